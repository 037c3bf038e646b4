"""What a person should look at: facts that are missing or found with low confidence."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from generator.model import FIELDS, Briefing


@dataclass(frozen=True)
class ReviewItem:
    source: Path
    slug: str
    field: str
    message: str
    alternatives: tuple[str, ...] = ()


def review_items(briefings: list[Briefing], below: float) -> list[ReviewItem]:
    """Missing facts of investment stories, and uncertain facts, seed by seed.

    A story without investor, amount and location (a tariff story, a closure) is
    listed once rather than field by field: a person confirms it is not news of an
    investment. GDP impact is often not given at all, so its absence is not listed.
    """
    items: list[ReviewItem] = []
    for briefing in sorted(briefings, key=lambda b: str(b.article.source)):
        facts = briefing.facts
        source = briefing.article.source
        if not (facts.investor or facts.amount):
            items.append(ReviewItem(source, briefing.slug, "", "no investor and no amount found: "
                                    "not an investment announcement? (set `facts:` in front matter if it is)"))
            continue
        for name in FIELDS:
            fact = facts.get(name)
            if fact is None:
                if name != "gdp_impact":
                    items.append(ReviewItem(source, briefing.slug, name, f"{name}: not stated"))
            elif not fact.edited and fact.confidence < below:
                items.append(ReviewItem(
                    source, briefing.slug, name,
                    f"{name}: {fact.display} (confidence {fact.confidence:.2f}, rule: {fact.rule})",
                    tuple(a.display for a in fact.alternatives),
                ))
    return items
