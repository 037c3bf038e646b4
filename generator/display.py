"""How facts read on a page: "US$5 billion", "7,000 a year", "Querétaro, Mexico".

Numbers are grouped with Babel so that Spanish pages read "7000" / "5 mil millones"
the way Spanish readers expect, and English pages read "7,000" / "5 billion".
"""

from __future__ import annotations

from functools import lru_cache

from babel import Locale
from babel.numbers import format_decimal

from generator.model import Jobs, Money, Place

# Prefixes that make the currency unambiguous next to a number.
CURRENCY_PREFIX = {
    "USD": "US$", "MXN": "MX$", "EUR": "€", "BRL": "R$", "INR": "₹", "GBP": "£",
    "JPY": "¥", "CNY": "CN¥", "KRW": "₩", "TWD": "NT$", "CAD": "CA$", "AUD": "A$",
    "ARS": "AR$", "ZAR": "R ", "MAD": "MAD ", "NGN": "₦", "KES": "KSh ", "HUF": "HUF ",
    "MYR": "RM ", "CHF": "CHF ", "COP": "COL$", "CLP": "CLP$", "PEN": "S/ ",
}

# (threshold, English word, Spanish word). Spanish uses the long scale:
# a billion is "mil millones", a trillion is "billón".
SCALES = (
    (10**12, "trillion", "billones"),
    (10**9, "billion", "mil millones"),
    (10**6, "million", "millones"),
)


@lru_cache(maxsize=4096, typed=True)  # the same few figures recur on every page; typed: 7000 is not 7000.0
def format_number(value: float, lang: str = "en", digits: int = 2) -> str:
    """Digits grouped the local way.

    >>> format_number(7000), format_number(1234567.5, "es")
    ('7,000', '1,234,567.5')
    """
    return format_decimal(round(value, digits), locale=_locale(lang))


# Mexican Spanish groups digits like English: "1,300 millones".
LOCALES = {"en": "en_US", "es": "es_MX"}


@lru_cache(maxsize=None)
def _locale(lang: str) -> Locale:
    """Babel's locale for a page language, parsed once. Given a locale's name instead,
    `format_decimal` parses it, and looks for its data file on disk, at every call."""
    return Locale.parse(LOCALES.get(lang, "en_US"))


def load_locale(lang: str) -> None:
    """Read the language's number formats now. Babel reads them from disk on first
    use; read before forking, they are read once rather than in every process."""
    _locale(lang).decimal_formats


def scaled(value: float, lang: str = "en") -> str:
    """A large number in words the way newsrooms write it.

    >>> scaled(5_000_000_000), scaled(1_300_000_000, "es"), scaled(470_000_000), scaled(8_600)
    ('5 billion', '1,300 millones', '470 million', '8,600')
    >>> scaled(7_340_000_000)
    '7.34 billion'
    """
    for threshold, english, spanish in SCALES:
        if abs(value) >= threshold:
            if lang == "es" and threshold == 10**9:
                # "5 mil millones" but "1300 millones" reads naturally in Spanish only up to 10^9 multiples.
                if value % 10**9 == 0:
                    return f"{format_number(value / 10**9, lang)} {spanish}"
                return f"{format_number(value / 10**6, lang)} millones"
            return f"{format_number(value / threshold, lang)} {spanish if lang == 'es' else english}"
    return format_number(value, lang)


def format_money(money: Money, lang: str = "en") -> str:
    """
    >>> format_money(Money(5_000_000_000, "USD"))
    'US$5 billion'
    >>> format_money(Money(8_600_000_000, "MXN"), "es")
    'MX$8,600 millones'
    """
    prefix = CURRENCY_PREFIX.get(money.currency, money.currency + " ")
    return f"{prefix}{scaled(money.value, lang)}"


def format_jobs(jobs: Jobs, qualifiers: tuple[str, ...] = (), lang: str = "en") -> str:
    """
    >>> format_jobs(Jobs(7000, "unspecified"), ("a year",))
    '7,000 a year'
    >>> format_jobs(Jobs(6000, "direct"), ("more than",))
    'more than 6,000 direct'
    """
    before = [q for q in qualifiers if q in LEADING_QUALIFIERS]
    after = [q for q in qualifiers if q not in LEADING_QUALIFIERS]
    kind = [] if jobs.kind == "unspecified" else [KIND_WORDS[lang].get(jobs.kind, jobs.kind)]
    return " ".join([*before, format_number(jobs.value, lang), *kind, *after])


def format_place(place: Place) -> str:
    """
    >>> format_place(Place("Querétaro", "Querétaro", "Mexico"))
    'Querétaro, Mexico'
    """
    parts: list[str] = []
    for part in (place.city, place.region, place.country):
        if part and part not in parts:
            parts.append(part)
    return ", ".join(parts)


def with_qualifiers(text: str, qualifiers: tuple[str, ...]) -> str:
    """Put leading qualifiers ("up to") before and trailing ones ("a year") after a value."""
    before = [q for q in qualifiers if q in LEADING_QUALIFIERS]
    after = [q for q in qualifiers if q not in LEADING_QUALIFIERS and q not in KIND_WORDS["en"]]
    return " ".join([*before, text, *after])


# Qualifiers that read before the number; all others read after it.
LEADING_QUALIFIERS = frozenset(
    {"up to", "more than", "at least", "about", "almost", "over", "as many as", "nearly",
     "hasta", "más de", "al menos", "alrededor de", "cerca de", "casi", "unos"}
)
KIND_WORDS = {
    "en": {"direct": "direct", "indirect": "indirect", "total": "total"},
    "es": {"direct": "directos", "indirect": "indirectos", "total": "en total"},
}
