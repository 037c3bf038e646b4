"""The data that flows through the pipeline: frozen values, no I/O.

seeds --read--> Article --extract--> FactBox --(overrides)--> Briefing --render--> pages
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping, Union

#: The fact fields, in the order a fact box shows them.
FIELDS = ("investor", "amount", "jobs", "gdp_impact", "location")

#: Where a fact came from.
ORIGIN_TEXT = "text"  # found in the article text by a rule
ORIGIN_EDITED = "front matter"  # set by a person in the seed's `facts:` map


@dataclass(frozen=True)
class Span:
    """A stretch of the article text: ``article.text[start:end] == text`` always holds."""

    start: int
    end: int
    text: str

    @classmethod
    def of(cls, source: str, start: int, end: int) -> "Span":
        return cls(start, end, source[start:end])

    def as_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True)
class Money:
    """An amount of money: a full number (5000000000, not 5) and an ISO 4217 code."""

    value: Union[int, float]
    currency: str

    def as_dict(self) -> dict:
        return {"value": self.value, "currency": self.currency}


@dataclass(frozen=True)
class Jobs:
    """A job count and its kind: direct, indirect, total or unspecified."""

    value: int
    kind: str = "unspecified"

    def as_dict(self) -> dict:
        return {"value": self.value, "kind": self.kind}


@dataclass(frozen=True)
class Place:
    """Where the investment goes. Names as the article spells them; country in English."""

    city: str | None = None
    region: str | None = None
    country: str | None = None

    def as_dict(self) -> dict:
        return {"city": self.city, "region": self.region, "country": self.country}

    def __bool__(self) -> bool:
        return bool(self.city or self.region or self.country)


FactValue = Union[str, Money, Jobs, Place]


def value_as_json(value: FactValue | None) -> Any:
    """The JSON form of a fact value (names stay strings)."""
    if value is None or isinstance(value, str):
        return value
    return value.as_dict()


@dataclass(frozen=True)
class Fact:
    """One fact of a fact box, with the evidence a reader can check it against."""

    field: str
    value: FactValue
    display: str  # what a reader sees, qualifiers included: "more than US$5 billion", "7,000 a year"
    qualifiers: tuple[str, ...] = ()  # "up to", "more than", "a year", "direct"...
    evidence: Span | None = None  # the matched words
    sentence: Span | None = None  # the sentence holding them
    origin: str = ORIGIN_TEXT
    rule: str = ""  # which strategy found it, for review and debugging
    confidence: float = 1.0
    alternatives: tuple["Fact", ...] = ()  # runner-up candidates, best first

    @property
    def edited(self) -> bool:
        return self.origin == ORIGIN_EDITED


@dataclass(frozen=True)
class FactBox:
    """At most one fact per field; ``None`` means "not stated"."""

    investor: Fact | None = None
    amount: Fact | None = None
    jobs: Fact | None = None
    gdp_impact: Fact | None = None
    location: Fact | None = None

    def get(self, name: str) -> Fact | None:
        return getattr(self, name)

    def facts(self) -> list[Fact]:
        return [f for f in (self.get(n) for n in FIELDS) if f is not None]

    def as_dict(self) -> dict:
        """Field values and evidence, as `briefing extract --json` prints them."""
        out: dict[str, Any] = {n: value_as_json(f.value) if (f := self.get(n)) else None for n in FIELDS}
        out["evidence"] = {f.field: f.evidence.as_dict() for f in self.facts() if f.evidence}
        return out


@dataclass(frozen=True)
class Article:
    """One seed, read and normalised. Offsets of every Span refer to ``text``."""

    source: Path  # the seed's path (as given, or relative to the project)
    text: str  # normalised plain text (NFC, "\n" line ends), title line included where the seed has one
    title: str | None  # None when the seed has no headline (a title is derived later)
    lang: str = "en"  # "en" or "es"
    date: dt.date | None = None
    source_url: str | None = None
    slug: str | None = None  # from front matter only; otherwise derived from the title or file name
    tags: tuple[str, ...] = ()
    front_matter: Mapping[str, Any] = field(default_factory=dict)
    format: str = "txt"  # txt | md | html
    body_start: int = 0  # offset in ``text`` where the body starts (after the title line)


@dataclass(frozen=True)
class Briefing:
    """An article with its fact box and its stable URL."""

    article: Article
    facts: FactBox
    slug: str
    title: str

    @property
    def url(self) -> str:
        return f"briefings/{self.slug}/"

    @property
    def page(self) -> str:
        """The Markdown file, relative to the docs folder. A flat file gives the same URL
        as ``<slug>/index.md`` and saves creating a folder per article."""
        return f"briefings/{self.slug}.md"
