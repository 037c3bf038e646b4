"""A person's corrections: the seed's front matter `facts:` map wins over the text.

    facts:
      investor: Toyota Motor North America
      amount: US$1.29 billion        # or {value: 1290000000, currency: USD}
      jobs: 2100                     # or {value: 2100, kind: direct}
      gdp_impact: null               # null says "not stated", whatever the text has
      location: {city: Liberty, region: North Carolina, country: United States}

An edited fact keeps the extracted one as its first alternative, so a reviewer can
still see what the text said.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import replace
from typing import Any

from generator import display
from generator.model import FIELDS, ORIGIN_EDITED, Article, Fact, FactBox, Jobs, Money, Place

JOB_KINDS = ("direct", "indirect", "total", "unspecified")
#: Values are capped: nobody announces more than a quadrillion of anything.
MAX_VALUE = 10**15


#: ISO 4217's code for "no currency".
NO_CURRENCY = "XXX"


class OverrideError(ValueError):
    """A `facts:` entry that cannot be understood; the message says what to write instead."""


def apply_overrides(box: FactBox, article: Article) -> FactBox:
    """Replace extracted facts by the ones a person wrote; bad entries are ignored.

    Problems are reported by `override_problems`, so callers can warn about them.
    """
    facts = article.front_matter.get("facts")
    if not isinstance(facts, dict):
        return box
    changes: dict[str, Fact | None] = {}
    for name in FIELDS:
        if name not in facts:
            continue
        extracted = box.get(name)
        try:
            value = parse_override(name, facts[name], article.lang, _currency_for(name, facts, extracted))
        except OverrideError:
            continue
        if value is None:
            changes[name] = None
            continue
        changes[name] = Fact(
            field=name,
            value=value,
            display=_display(value, article.lang),
            origin=ORIGIN_EDITED,
            rule="front matter `facts`",
            confidence=1.0,
            alternatives=(replace(extracted, alternatives=()),) if extracted else (),
            # Evidence of the extracted fact still helps when it agrees with the person.
            evidence=extracted.evidence if extracted and extracted.value == value else None,
            sentence=extracted.sentence if extracted and extracted.value == value else None,
        )
    return replace(box, **changes)


def override_problems(article: Article) -> list[str]:
    """One message per `facts:` entry that was ignored, naming the file."""
    facts = article.front_matter.get("facts")
    if facts is None:
        return []
    if not isinstance(facts, dict):
        return [f"{article.source}: front matter `facts` should be a map of field: value; ignored"]
    problems = []
    for name, value in facts.items():
        if name == "currency" and isinstance(value, str):
            continue  # the currency of a bare-number amount
        if name not in FIELDS:
            problems.append(f"{article.source}: unknown fact `{name}` in front matter (known: {', '.join(FIELDS)})")
            continue
        try:
            # The text's currency is unknown here; ISO 4217's "no currency" code lets the number be checked.
            parse_override(name, value, article.lang, _currency_for(name, facts, None) or NO_CURRENCY)
        except OverrideError as error:
            problems.append(f"{article.source}: front matter fact `{name}` ignored: {error}")
    return problems


def _currency_for(name: str, facts: dict, extracted: Fact | None) -> str | None:
    """The currency a bare number means: `facts.currency`, else the extracted figure's."""
    if name not in ("amount", "gdp_impact"):
        return None
    given = facts.get("currency")
    if isinstance(given, str) and len(given.strip()) == 3 and given.strip().isalpha():
        return given.strip().upper()
    if extracted is not None and isinstance(extracted.value, Money):
        return extracted.value.currency
    return None


def parse_override(name: str, raw: Any, lang: str = "en", currency: str | None = None) -> Any:
    """The value a person wrote for one field, checked.

    A bare number for a sum of money takes ``currency`` (from `facts.currency`
    or the currency of the extracted figure):

    >>> parse_override("amount", 1350000000, currency="USD")
    Money(value=1350000000, currency='USD')

    >>> parse_override("jobs", 2100)
    Jobs(value=2100, kind='unspecified')
    >>> parse_override("amount", {"value": 1.29e9, "currency": "usd"})
    Money(value=1290000000, currency='USD')
    >>> parse_override("location", "Liberty, North Carolina, United States")
    Place(city='Liberty', region='North Carolina', country='United States')
    >>> parse_override("jobs", "lots")  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    ...
    generator.extract.overrides.OverrideError: jobs should be a whole number, e.g. `jobs: 2100` or `jobs: {value: 2100, kind: direct}`
    """
    if raw is None or raw == "":
        return None
    if name == "investor":
        return _text(raw, "investor should be a name, e.g. `investor: Toyota`")
    if name in ("amount", "gdp_impact"):
        return _money(name, raw, lang, currency)
    if name == "jobs":
        return _jobs(raw)
    return _place(raw)


def _text(raw: Any, hint: str) -> str | None:
    """A scalar as one line of text. Lists and maps are refused, never printed:
    YAML aliases can make a tiny one enormous ("billion laughs")."""
    if raw is None:
        return None
    if not isinstance(raw, (str, int, float, dt.date)) or isinstance(raw, bool):
        raise OverrideError(hint)
    return " ".join(str(raw).split()) or None


def _number(raw: Any) -> int | float | None:
    if isinstance(raw, bool):
        return None
    if isinstance(raw, str):
        raw = raw.replace(",", "").replace("_", "").strip()
        try:
            raw = float(raw)
        except ValueError:
            return None
    if not isinstance(raw, (int, float)) or not math.isfinite(raw) or raw < 0 or raw > MAX_VALUE:
        return None
    return int(raw) if float(raw).is_integer() else raw


def _money(name: str, raw: Any, lang: str, currency: str | None = None) -> Money:
    hint = f"{name} should be like `{name}: US$5 billion` or `{name}: {{value: 5000000000, currency: USD}}`"
    if isinstance(raw, (int, float)) and not isinstance(raw, bool) and currency:
        value = _number(raw)
        if value is None:
            raise OverrideError(hint)
        return Money(value, currency)
    if isinstance(raw, dict):
        value = _number(raw.get("value"))
        currency = (_text(raw.get("currency"), hint) or "").upper()
        if value is None or len(currency) != 3 or not currency.isalpha():
            raise OverrideError(hint)
        return Money(value, currency)
    if isinstance(raw, str):
        from generator.extract import money

        parsed = money.parse_money_text(raw, lang) if hasattr(money, "parse_money_text") else None
        if parsed is not None:
            return parsed
    raise OverrideError(hint)


def _jobs(raw: Any) -> Jobs:
    hint = "jobs should be a whole number, e.g. `jobs: 2100` or `jobs: {value: 2100, kind: direct}`"
    kind = "unspecified"
    if isinstance(raw, dict):
        kind = (_text(raw.get("kind"), hint) or "unspecified").lower()
        raw = raw.get("value")
        if kind not in JOB_KINDS:
            raise OverrideError(f"jobs kind should be one of {', '.join(JOB_KINDS)}")
    value = _number(raw)
    if value is None or value != int(value):
        raise OverrideError(hint)
    return Jobs(int(value), kind)


def _place(raw: Any) -> Place:
    if isinstance(raw, dict):
        hint = "location should be like `location: {city: Liberty, region: North Carolina, country: United States}`"
        parts = {k: _text(raw.get(k), hint) for k in ("city", "region", "country")}
        if not any(parts.values()):
            raise OverrideError("location should name a city, region or country")
        return Place(**parts)
    if isinstance(raw, str):
        names = [p.strip() for p in raw.split(",") if p.strip()]
        if 1 <= len(names) <= 3:
            padded = [None] * (3 - len(names)) + names
            return Place(*padded)
    raise OverrideError("location should be like `location: Liberty, North Carolina, United States`")


def _display(value: Any, lang: str) -> str:
    if isinstance(value, Money):
        return display.format_money(value, lang)
    if isinstance(value, Jobs):
        return display.format_jobs(value, (), lang)
    if isinstance(value, Place):
        return display.format_place(value)
    return str(value)
