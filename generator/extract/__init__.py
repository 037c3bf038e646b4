"""Fact extraction: text in, facts out. Pure functions, no I/O.

Each field has its own finder, an ordered cascade of small strategies. A person's
values in the seed's front matter (`facts:`) win over anything found in the text.
"""

from __future__ import annotations

from pathlib import Path

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


def _sample(title: str, body: str, lang: str) -> Article:
    """A plain-text article: its headline, a blank line, its body."""
    return Article(Path("warm-up.txt"), f"{title}\n\n{body}", title, lang=lang, body_start=len(title) + 2)


#: One short announcement per language, with every kind of fact, read by `warm_up`.
WARM_UP_ARTICLES = (
    _sample("Acme Motors to invest $1.2 billion in Monterrey plant",
            "MONTERREY, Mexico, March 3, 2024 — Acme Motors will invest between $1 billion and $1.2 billion "
            "to build a plant in Monterrey, Nuevo León, creating 2,000 direct jobs, the company said. "
            "The plant will add $300 million a year to the state's GDP.", "en"),
    _sample("Acme invertirá 500 millones de dólares en Saltillo",
            "SALTILLO, Coah., 3 de marzo de 2024.- La empresa Acme anunció una inversión de entre 400 y 500 "
            "millones de dólares en una planta en Saltillo, Coahuila, que generará mil 200 empleos directos, "
            "con una derrama económica de 8 mil millones de pesos.", "es"),
)


def warm_up() -> None:
    """Build the tables and patterns the finders make on first use (places, cue and
    number patterns of each language) by reading a short article in each language.
    Done before forking, they are built once and shared by every worker."""
    for article in WARM_UP_ARTICLES:
        extract(article)
