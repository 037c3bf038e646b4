"""From read articles to briefings: facts, a title when the seed has none, a stable slug."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

from generator.extract import extract
from generator.model import Article, Briefing, FactBox, Place
from generator.slugs import slugify, unique_slugs


def derive_title(article: Article, facts: FactBox) -> str:
    """A short title for a seed without a headline, made from its facts.

    "Amazon Web Services (AWS): US$5 billion investment in Querétaro, Mexico"
    """
    if article.title:
        return article.title
    investor = facts.investor.display if facts.investor else None
    amount = facts.amount.display if facts.amount else None
    place = _short_place(facts.location.value) if facts.location else None
    spanish = article.lang == "es"
    what = (f"inversión de {amount}" if spanish else f"{amount} investment") if amount else ("inversión" if spanish else "investment")
    where = f" {'en' if spanish else 'in'} {place}" if place else ""
    if investor:
        return f"{investor}: {what}{where}"
    # Nothing to go on: the first words of the text.
    words = article.text.split()
    return " ".join(words[:12]) + ("…" if len(words) > 12 else "")


def _short_place(place: Any) -> str | None:
    if not isinstance(place, Place):
        return None
    parts = [p for p in (place.city or place.region, place.country) if p]
    return ", ".join(dict.fromkeys(parts)) or None


@dataclass(frozen=True)
class Extracted:
    """An article with its facts and its title, before slugs are settled across the site."""

    article: Article
    facts: FactBox
    title: str


def extract_article(article: Article) -> Extracted:
    facts = extract(article)
    return Extracted(article, facts, derive_title(article, facts))


def make_briefings(items: Iterable[Extracted]) -> list[Briefing]:
    """Give every article its slug, unique across the site, and sort by date (newest first).

    The slug comes from the front-matter `slug`, else the headline, else the file
    name: never from the body, so editing the text does not move the page.
    """
    items = sorted(items, key=lambda e: str(e.article.source))
    wanted = [slugify(e.article.slug or e.article.title or Path(e.article.source).stem) for e in items]
    slugs = unique_slugs(wanted, [str(e.article.source) for e in items])
    briefings = [Briefing(e.article, e.facts, slug, e.title) for e, slug in zip(items, slugs)]
    return sorted(briefings, key=lambda b: (-(b.article.date.toordinal() if b.article.date else 0), b.slug))


def extraction_record(source: str, item: Extracted) -> dict:
    """One object of `briefing extract --json` output."""
    article = item.article
    return {
        "source": source,
        "title": item.title,
        "lang": article.lang,
        "date": article.date.isoformat() if article.date else None,
        **item.facts.as_dict(),
        "details": {
            f.field: {
                "display": f.display,
                "qualifiers": list(f.qualifiers),
                "sentence": f.sentence.as_dict() if f.sentence else None,
                "origin": f.origin,
                "rule": f.rule,
                "confidence": round(f.confidence, 3),
                "alternatives": [a.display for a in f.alternatives],
            }
            for f in item.facts.facts()
        },
    }
