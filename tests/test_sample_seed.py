"""The sample article shipped in seeds/ comes out fully right, with evidence."""

from __future__ import annotations

import pytest

from conftest import SAMPLE_SEED
from generator.briefings import extract_article
from generator.model import Money
from generator.sources import read_article


@pytest.fixture(scope="module")
def sample():
    return extract_article(read_article(SAMPLE_SEED).article)


def test_sample_facts(sample):
    facts = sample.facts
    assert facts.investor.value == "Amazon Web Services (AWS)"
    assert facts.amount.value == Money(5_000_000_000, "USD")
    assert facts.jobs.value.value == 7000
    assert "a year" in facts.jobs.qualifiers
    assert facts.gdp_impact.value == Money(10_000_000_000, "USD")
    assert facts.location.value.country == "Mexico"
    assert "Querétaro" in (facts.location.value.city, facts.location.value.region)


def test_sample_display(sample):
    shown = {f.field: f.display for f in sample.facts.facts()}
    assert shown["investor"] == "Amazon Web Services (AWS)"
    assert shown["amount"] == "US$5 billion"
    assert shown["jobs"] == "7,000 a year"
    assert shown["gdp_impact"] == "US$10 billion"
    assert shown["location"] == "Querétaro, Mexico"


@pytest.mark.parametrize(
    "field, words",
    [
        ("investor", "Amazon Web Services (AWS)"),
        ("amount", "five billion dollars"),
        ("jobs", "seven thousand jobs"),
        ("gdp_impact", "10 billion dollars"),
        ("location", "Querétaro"),
    ],
)
def test_sample_evidence_points_at_the_words(sample, field, words):
    fact = sample.facts.get(field)
    text = sample.article.text
    assert text[fact.evidence.start:fact.evidence.end] == fact.evidence.text
    assert words in fact.evidence.text or fact.evidence.text in words
    assert text[fact.sentence.start:fact.sentence.end] == fact.sentence.text
    assert fact.sentence.start <= fact.evidence.start < fact.evidence.end <= fact.sentence.end


def test_sample_title_is_made_from_the_facts(sample):
    assert sample.article.title is None
    assert sample.title == "Amazon Web Services (AWS): US$5 billion investment in Querétaro, Mexico"
