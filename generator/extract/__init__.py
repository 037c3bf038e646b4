"""Fact extraction: text in, facts out. Pure functions, no I/O.

Each field has its own finder, an ordered cascade of small strategies. A person's
values in the seed's front matter (`facts:`) win over anything found in the text.
"""

from __future__ import annotations

from generator.extract import amount, investor, jobs, location, story
from generator.extract.document import Document
from generator.extract.overrides import apply_overrides
from generator.model import Article, FactBox


def extract(article: Article) -> FactBox:
    """The fact box for one article: extracted facts, then a person's overrides."""
    return apply_overrides(extract_from_text(article), article)


def extract_from_text(article: Article) -> FactBox:
    """Facts found in the text alone (no overrides)."""
    doc = Document(article)
    place = location.find_location(doc)
    if not story.is_investment_story(doc):
        # Tariff stories, closures and analyst pieces: only say where the story is.
        return FactBox(location=place)
    who = investor.find_investor(doc)
    return FactBox(
        investor=who,
        amount=amount.find_amount(doc, who),
        jobs=jobs.find_jobs(doc, who),
        gdp_impact=amount.find_gdp_impact(doc, who),
        location=place,
    )
