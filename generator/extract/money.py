"""Money mentions: where a text names an amount of money, how much, in which currency.

A mention is ``[qualifier] [currency prefix] quantity [range] [currency suffix] [per-year]``:
"more than US$5 billion", "EUR785m", "Rs 91,000 crore", "three billion reais",
"mil 300 millones de dólares", "8 mil 600 millones de pesos", "500 mdd".
A quantity without any currency is not money and is skipped.

Ranges ("$1 billion to $1.5 billion", "$15-16 billion") keep their HIGH end with
the qualifier "up to": a fact box shows the ceiling the announcement allows, and
the low end stays available as ``MoneyMention.low``.

Currency defaults, where the text leaves them open: a bare "$" is US dollars
(unless a suffix such as "pesos" says otherwise) or whatever the caller says it is
(pesos, in the Spanish-language press of a peso country), and bare "pesos" are
Mexican pesos unless the caller says the article is about another peso country.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from generator.extract.numbers import MAX_VALUE, SCALE_WORDS, parse_quantity, quantity_matches, quantity_pattern
from generator.model import Money

# --- vocabulary (data, not logic) -------------------------------------------

#: Currency written before the number. Order matters: longer symbols first.
#: Letter codes need a word boundary; "R" (rand) and "Sh" (shilling) only count glued
#: to the digits, because alone they are just letters.
PREFIXES: tuple[tuple[str, str], ...] = (
    (r"U\.?S\.?\s?\$", "USD"), (r"MX\$|Mex\$|MXN\$", "MXN"), (r"R\$", "BRL"), (r"NT\$", "TWD"),
    (r"C\$|CA\$|CAD\$", "CAD"), (r"A\$|AU\$", "AUD"), (r"HK\$", "HKD"), (r"S\$", "SGD"),
    (r"AR\$", "ARS"), (r"COL\$", "COP"), (r"CLP\$", "CLP"), (r"CN¥|RMB¥", "CNY"),
    (r"\$", "USD"), (r"€", "EUR"), (r"£", "GBP"), (r"¥", "JPY"), (r"₹", "INR"), (r"₩", "KRW"),
    (r"₦", "NGN"), (r"₱", "PHP"),
    (r"\bRs\.?", "INR"), (r"\bKSh\.?|\bKsh\.?|\bSh(?=\d)", "KES"), (r"\bR(?=\d)", "ZAR"),
    (r"\bDhs?\.?(?=\s?\d)", "MAD"), (r"\bRM(?=\s?\d)", "MYR"), (r"\bS/\.?", "PEN"),
    (r"\b(?:USD|MXN|EUR|BRL|INR|GBP|JPY|CNY|RMB|KRW|TWD|ZAR|MAD|NGN|KES|HUF|MYR|ARS|CAD|AUD|CHF|COP|CLP|PEN)(?![A-Za-z])", ""),
)

#: Currency written after the number ("5 billion reais", "800 millones de dólares").
#: Adjectives that name the country come first so that "Argentine pesos" is ARS.
SUFFIXES: tuple[tuple[str, str], ...] = (
    (r"(?:U\.?S\.?|American|US)\s+dollars?|d[óo]lares\s+(?:estadounidenses|americanos)", "USD"),
    (r"(?:New\s+)?Taiwan(?:ese)?\s+dollars?|d[óo]lares\s+taiwaneses", "TWD"),
    (r"Canadian\s+dollars?|d[óo]lares\s+canadienses", "CAD"),
    (r"Australian\s+dollars?|d[óo]lares\s+australianos", "AUD"),
    (r"Hong\s+Kong\s+dollars?", "HKD"), (r"Singapore\s+dollars?", "SGD"),
    (r"dollars?|d[óo]lares|d[óo]lar", "USD"),
    (r"Argentine\s+pesos|Argentinian\s+pesos|pesos\s+argentinos", "ARS"),
    (r"Chilean\s+pesos|pesos\s+chilenos", "CLP"), (r"Colombian\s+pesos|pesos\s+colombianos", "COP"),
    (r"Philippine\s+pesos", "PHP"),
    (r"Mexican\s+pesos|pesos\s+mexicanos", "MXN"),
    (r"pesos", "PESO"),  # resolved by the caller's default peso country
    (r"euros?", "EUR"), (r"(?:Brazilian\s+)?reais|reales|real(?=\s+brasile)", "BRL"),
    (r"(?:Indian\s+)?rupees|rupias", "INR"),
    (r"(?:South\s+Korean\s+)?won", "KRW"), (r"(?:South\s+African\s+)?rand", "ZAR"),
    (r"(?:Moroccan\s+)?dirhams?|d[íi]rhams?", "MAD"), (r"naira", "NGN"), (r"ringgit", "MYR"),
    (r"forints?|florines", "HUF"), (r"pounds\s+sterling|pounds(?!\s+of\b)|libras(?:\s+esterlinas)?", "GBP"),
    (r"yen|yenes", "JPY"), (r"yuan|renminbi", "CNY"),
    (r"(?:Kenyan\s+)?shillings|chelines", "KES"), (r"Swiss\s+francs|francos\s+suizos", "CHF"),
    (r"(?:USD|MXN|EUR|BRL|INR|GBP|JPY|CNY|KRW|TWD|ZAR|MAD|NGN|KES|HUF|MYR|ARS|CAD|AUD|CHF|COP|CLP|PEN)\b", ""),
)

#: Mexican press abbreviations that are scale and currency at once.
ABBREVIATION_CURRENCY = {"mdd": "USD", "mmdd": "USD", "mdp": "PESO", "mmdp": "PESO"}

#: Qualifiers written before an amount, mapped to the form a fact box shows.
QUALIFIERS: dict[str, str] = {
    "up to": "up to", "as much as": "up to", "as many as": "as many as",
    "more than": "more than", "over": "over", "in excess of": "more than", "upwards of": "more than",
    "at least": "at least", "no less than": "at least",
    "about": "about", "around": "about", "approximately": "about", "roughly": "about", "some": "about",
    "an estimated": "about", "close to": "nearly", "nearly": "nearly", "almost": "almost",
    "hasta": "hasta", "más de": "más de", "mas de": "más de", "poco más de": "más de",
    "superior a": "más de", "arriba de": "más de", "al menos": "al menos", "por lo menos": "al menos",
    "alrededor de": "alrededor de", "aproximadamente": "alrededor de", "cerca de": "cerca de",
    "casi": "casi", "unos": "unos", "unas": "unos",
}
#: Written after an amount: the figure is per year.
PER_YEAR = r"a\s+year|per\s+year|each\s+year|every\s+year|annually|anuales|al\s+año|por\s+año|anualmente"
#: Words joining the two ends of a range ("$1 billion to $1.5 billion", "$15-16 billion").
RANGE_JOINERS = {"en": r"to|-|–|—", "es": r"a|-|–|—"}
#: "between $200 million and $250 million", "entre 200 y 250 millones": "and" joins a range
#: only when "between" opens it ("$200 million and 250 jobs" is two figures).
BETWEEN_JOINERS = {"en": r"and", "es": r"y|e"}
_BETWEEN_BEFORE = re.compile(r"\b(?:between|entre)\s+\S{0,4}$", re.IGNORECASE)
#: How a range's upper end is qualified, in the article's language.
RANGE_QUALIFIER = {"en": "up to", "es": "hasta"}


def _alternation(pairs: tuple[tuple[str, str], ...]) -> str:
    return "|".join(f"(?:{pattern})" for pattern, _ in pairs)


_NO_LOOKAHEAD = re.compile(r"[(][?]=[^)]*[)]")
# Prefixes are matched on their own text here, so their "(?=digit)" guards are dropped.
_PREFIX_RES = tuple(
    (re.compile(rf"(?:{_NO_LOOKAHEAD.sub('', p)})$", re.IGNORECASE if p.startswith(r"\b(?:USD") else 0), c)
    for p, c in PREFIXES
)
_SUFFIX_RES = tuple((re.compile(rf"(?:{p})", re.IGNORECASE), c) for p, c in SUFFIXES)
_QUALIFIER = "|".join(sorted((re.escape(q).replace(r"\ ", r"\s+") for q in QUALIFIERS), key=len, reverse=True))


# Read in a window that ends where the quantity starts, so the "(?=digit)" guards of
# single-letter prefixes are already met and would fail at the window's end: drop them.
_PREFIX_BEFORE = re.compile(rf"(?:{_NO_LOOKAHEAD.sub('', _alternation(PREFIXES))})\s?$")
_QUALIFIER_BEFORE = re.compile(rf"\b(?P<qual>{_QUALIFIER})\s+$", re.IGNORECASE)
_AFTER = re.compile(
    rf"(?!\w)(?:\s+(?:de\s+|in\s+)?(?P<suf>{_alternation(SUFFIXES)})(?!\w))?(?:,?\s+(?P<year>{PER_YEAR})\b)?",
    re.IGNORECASE,
)
#: Longest prefix and qualifier, in characters: how far back to look for them.
PREFIX_REACH, QUALIFIER_REACH = 8, 24


def range_re(lang: str) -> re.Pattern[str]:
    """The second end of a range ("to $1.5 billion"); English words for any language but Spanish."""
    return _range_re("es" if lang == "es" else "en")


@lru_cache(maxsize=None)
def _range_re(lang: str, joiners: str | None = None) -> re.Pattern[str]:
    # Built on first use: a batch in one language never compiles the other's.
    return re.compile(
        rf"\s*(?:{joiners or RANGE_JOINERS[lang]})\s*(?:(?P<pre2>{_alternation(PREFIXES)})\s?)?"
        rf"(?P<qty2>{quantity_pattern(lang)})",
        re.IGNORECASE,
    )
_LAST_SCALE = re.compile(rf"(?:{'|'.join(sorted(SCALE_WORDS, key=len, reverse=True))})\s*$", re.IGNORECASE)
_GLUED_SCALE = re.compile(r"\d\s?(bn|mn|mln|tn|cr|[mbk])\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class MoneyMention:
    """One amount of money in a text: its span, value, currency and qualifiers."""

    start: int
    end: int
    text: str
    value: int | float
    currency: str
    qualifiers: tuple[str, ...] = ()
    low: int | float | None = None  # the low end of a range; ``value`` is the high end

    @property
    def money(self) -> Money:
        return Money(self.value, self.currency)


def find_money(text: str, lang: str = "en", peso: str = "MXN", dollar_sign: str = "USD") -> list[MoneyMention]:
    """Every money mention in ``text``, in order. Never raises; absurd values are skipped.
    Only the text's first `~generator.extract.numbers.MAX_QUANTITIES` numbers are read,
    which bounds the work on any input.

    >>> [(m.text, m.value, m.currency, m.qualifiers) for m in find_money("pledging more than US$5 billion")]
    [('more than US$5 billion', 5000000000, 'USD', ('more than',))]
    >>> [(m.value, m.currency) for m in find_money("$2.5B, US$5bn, EUR785m and €1.2 billion")]
    [(2500000000, 'USD'), (5000000000, 'USD'), (785000000, 'EUR'), (1200000000, 'EUR')]
    >>> [(m.value, m.currency) for m in find_money("Rs 91,000 crore (about $11 billion), three billion reais")]
    [(910000000000, 'INR'), (11000000000, 'USD'), (3000000000, 'BRL')]
    >>> [(m.value, m.currency, m.qualifiers) for m in find_money("spend $1 billion to $1.5 billion, or $15-16 billion")]
    [(1500000000, 'USD', ('up to',)), (16000000000, 'USD', ('up to',))]
    >>> [(m.value, m.low, m.qualifiers) for m in find_money("between $200 million and $250 million")]
    [(250000000, 200000000, ('up to',))]
    >>> [(m.value, m.low, m.qualifiers) for m in find_money("entre 200 y 250 millones de dólares", "es")]
    [(250000000, 200000000, ('hasta',))]
    >>> [(m.text, m.value, m.currency) for m in find_money("invertirá mil 300 millones de dólares", "es")]
    [('mil 300 millones de dólares', 1300000000, 'USD')]
    >>> [(m.value, m.currency, m.qualifiers) for m in find_money("8 mil 600 millones de pesos, unos 470 millones de dólares", "es")]
    [(8600000000, 'MXN', ()), (470000000, 'USD', ('unos',))]
    >>> [(m.value, m.currency) for m in find_money("500 mdd y 2 mil mdp; 40 trillion won; 2.9 trillion forints", "es")]
    [(500000000, 'USD'), (2000000000, 'MXN'), (40000000000000, 'KRW'), (2900000000000, 'HUF')]
    >>> [(m.value, m.currency, m.qualifiers) for m in find_money("about $9.2 billion a year to GDP")]
    [(9200000000, 'USD', ('about', 'a year'))]
    >>> [(m.value, m.currency) for m in find_money("50 billion Argentine pesos and 3 billion pesos")]
    [(50000000000, 'ARS'), (3000000000, 'MXN')]
    >>> [(m.value, m.currency) for m in find_money("$3,600 millones y US$200 millones", "es", dollar_sign="MXN")]
    [(3600000000, 'MXN'), (200000000, 'USD')]
    >>> find_money("$1e400 and $" + "9" * 30 + " and 2,000 workers")
    []
    """
    mentions: list[MoneyMention] = []
    consumed = 0  # the second end of a range is not a mention of its own
    for quantity in quantity_matches(text, lang):
        if quantity.start() < consumed:
            continue
        mention = _read_mention(text, quantity, lang, peso, dollar_sign)
        if mention is not None:
            mentions.append(mention)
            consumed = mention.end
    return mentions


def _read_mention(text: str, quantity: re.Match[str], lang: str, peso: str,
                  dollar_sign: str = "USD") -> MoneyMention | None:
    """Read the words around one quantity: prefix and qualifier before, range and suffix after."""
    start, end = quantity.span()
    qty, qty2 = quantity.group(), None
    ranged = range_re(lang).match(text, end)
    if not ranged and _BETWEEN_BEFORE.search(text, max(0, start - 14), start):
        language = "es" if lang == "es" else "en"
        ranged = _range_re(language, BETWEEN_JOINERS[language]).match(text, end)
    if ranged:
        qty2, end = ranged["qty2"], ranged.end()
    after = _AFTER.match(text, end)
    if after is None:
        return None  # glued to more word characters: "$1e400"
    prefix = _PREFIX_BEFORE.search(text, max(0, start - PREFIX_REACH), start) if start else None
    pre = prefix.group() if prefix else None
    currency = _currency(pre, after["suf"], qty2 or qty, peso, dollar_sign)
    if not currency:
        return None  # a number, not money ("2019-2020" is no range of money either)
    value = parse_quantity(qty, lang)
    if value is None:
        return None
    if prefix:
        start = prefix.start()
    qualifier = _QUALIFIER_BEFORE.search(text, max(0, start - QUALIFIER_REACH), start)
    qualifiers: list[str] = []
    if qualifier:
        start = qualifier.start()
        qualifiers.append(QUALIFIERS.get(" ".join(qualifier["qual"].lower().split()), qualifier["qual"].lower()))
    low = None
    if qty2 is not None:
        high = parse_quantity(qty2, lang)
        if high is None:
            return None
        if not _has_scale(qty) and _has_scale(qty2):
            value = value * _scale_of(qty2)  # "$15-16 billion": the first end shares the scale
        if high > value:
            low, value = value, high
            up_to = RANGE_QUALIFIER["es" if lang == "es" else "en"]
            qualifiers = [q for q in qualifiers if q != up_to]
            qualifiers.insert(0, up_to)
        else:
            return None  # "5-3 billion" is not a range
    if after["year"]:
        qualifiers.append("a year")
    if not (0 < value <= MAX_VALUE):
        return None
    value = int(value) if float(value).is_integer() else value
    end = after.end()
    return MoneyMention(start, end, text[start:end], value, currency, tuple(qualifiers), low)


def _currency(prefix: str | None, suffix: str | None, qty: str, peso: str, dollar_sign: str = "USD") -> str | None:
    """The ISO code, from the suffix first (it is the more specific), then the prefix;
    a bare "$" is ``dollar_sign``."""
    code = None
    if suffix:
        for pattern, currency in _SUFFIX_RES:
            if pattern.fullmatch(suffix):
                code = currency or suffix.strip().upper()
                break
    if code is None:
        last = qty.split()[-1].lower() if qty.split() else ""
        code = ABBREVIATION_CURRENCY.get(last)
    if code is None and prefix:
        if prefix.strip() == "$":
            code = dollar_sign
        else:
            for pattern, currency in _PREFIX_RES:
                if pattern.search(prefix.strip()):
                    code = currency or prefix.strip().upper()
                    break
    if code == "RMB":
        code = "CNY"
    if code == "PESO":
        code = peso
    return code


def _has_scale(qty: str) -> bool:
    return bool(_LAST_SCALE.search(qty) or _GLUED_SCALE.search(qty))


def _scale_of(qty: str) -> int:
    glued = _GLUED_SCALE.search(qty)
    if glued:
        return SCALE_WORDS[glued.group(1).lower()]
    word = _LAST_SCALE.search(qty)
    return SCALE_WORDS[word.group().strip().lower()] if word else 1


def parse_money_text(text: str, lang: str = "en") -> Money | None:
    """A whole short string read as one amount of money, e.g. a person's override.

    >>> parse_money_text("US$5 billion"), parse_money_text("5000000000 USD")
    (Money(value=5000000000, currency='USD'), Money(value=5000000000, currency='USD'))
    >>> parse_money_text("8 mil 600 millones de pesos", "es")
    Money(value=8600000000, currency='MXN')
    >>> parse_money_text("US$1.29 billion")
    Money(value=1290000000, currency='USD')
    >>> parse_money_text("lots of money") is None, parse_money_text("$5 billion and $6 billion") is None
    (True, True)
    """
    text = " ".join(str(text).split())
    for language in (lang, "es" if lang == "en" else "en"):
        mentions = find_money(text, language)
        if len(mentions) == 1 and mentions[0].start == 0 and mentions[0].end == len(text.rstrip(". ")):
            return mentions[0].money
    return None
