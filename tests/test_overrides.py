"""A person's `facts:` in front matter win over the text, in every form people write them."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.briefings import extract_article
from generator.model import Jobs, Money, Place
from generator.sources import read_article

BODY = ("\n# Acme to build $1.2 billion plant in Monterrey\n\nMONTERREY, Mexico, May 2, 2024 — Acme Corp. will "
        "invest $1.2 billion in a plant in Monterrey, Nuevo León, creating 1,500 direct jobs, the company said.\n")

CASES = [
    pytest.param("jobs: 2100", "jobs", Jobs(2100, "unspecified"), id="bare job count"),
    pytest.param("jobs: {value: 900, kind: direct}", "jobs", Jobs(900, "direct"), id="job map"),
    pytest.param("amount: {value: 1350000000, currency: USD}", "amount", Money(1350000000, "USD"), id="money map"),
    pytest.param("amount: 1350000000\n  currency: USD", "amount", Money(1350000000, "USD"), id="bare number + currency key"),
    pytest.param("amount: 1350000000", "amount", Money(1350000000, "USD"), id="bare number takes the text's currency"),
    pytest.param("investor: Acme Holdings", "investor", "Acme Holdings", id="investor name"),
    pytest.param("location: {city: Apodaca, region: Nuevo León, country: Mexico}", "location",
                 Place("Apodaca", "Nuevo León", "Mexico"), id="place map"),
    pytest.param("gdp_impact: null", "gdp_impact", None, id="null says not stated"),
]


@pytest.mark.parametrize("facts, field, expected", CASES)
def test_front_matter_fact_wins(tmp_path: Path, facts: str, field: str, expected):
    seed = tmp_path / "acme.md"
    seed.write_text(f"---\ntitle: Acme to build $1.2 billion plant in Monterrey\nfacts:\n  {facts}\n---\n{BODY}",
                    encoding="utf-8")
    fact = extract_article(read_article(seed).article).facts.get(field)
    if expected is None:
        assert fact is None
    else:
        assert fact.value == expected
        assert fact.edited and fact.origin == "front matter"


def test_edited_fact_keeps_the_extracted_one_as_alternative(tmp_path: Path):
    seed = tmp_path / "acme.md"
    seed.write_text(f"---\nfacts: {{jobs: 2100}}\n---\n{BODY}", encoding="utf-8")
    fact = extract_article(read_article(seed).article).facts.jobs
    assert fact.value == Jobs(2100)
    assert [a.value.value for a in fact.alternatives] == [1500]
