"""The extractor on the labelled dev corpus: a floor on accuracy, evidence that holds.

The corpus is an evaluation set, kept apart from unit tests: these tests fail when
a change makes the extractor worse, they do not tune it.
"""

from __future__ import annotations

import contextlib
import importlib.util
import io
import json
from pathlib import Path

import pytest

from conftest import CORPUS, corpus_files
from generator.briefings import extract_article, extraction_record
from generator.model import FIELDS
from generator.sources import read_article

#: The accuracy reached; raise it when the extractor gets better, never lower it.
ACCURACY_FLOOR = 0.95
NOT_INVESTMENT = ("17-tariff-threat-peso.txt", "18-ford-brazil-closure.txt", "24-analisis-nearshoring.txt")


@pytest.fixture(scope="module")
def extracted():
    return {path.name: extract_article(read_article(path).article) for path in corpus_files()}


def _scorer():
    spec = importlib.util.spec_from_file_location("score_facts", CORPUS.parent / "score_facts.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_field_accuracy_does_not_fall(extracted):
    scorer = _scorer()
    predictions = [extraction_record(name, item) for name, item in extracted.items()]
    expected = scorer.load_expected(CORPUS / "expected.json")
    with contextlib.redirect_stdout(io.StringIO()) as printed:
        accuracy = scorer.score(expected, json.loads(json.dumps(predictions)), show_errors=True)
    assert accuracy >= ACCURACY_FLOOR, printed.getvalue()


@pytest.mark.parametrize("name", NOT_INVESTMENT)
def test_no_invented_facts_on_non_investment_articles(extracted, name):
    facts = extracted[name].facts
    assert facts.investor is None and facts.amount is None and facts.jobs is None and facts.gdp_impact is None


@pytest.mark.parametrize("path", corpus_files(), ids=lambda p: p.name)
def test_evidence_spans_hold(extracted, path: Path):
    item = extracted[path.name]
    text = item.article.text
    for fact in item.facts.facts():
        for span in (fact.evidence, fact.sentence):
            if span is not None:
                assert text[span.start:span.end] == span.text, fact.field
        if fact.evidence and fact.sentence:
            assert fact.sentence.start <= fact.evidence.start <= fact.evidence.end <= fact.sentence.end
        assert fact.field in FIELDS
        assert 0.0 <= fact.confidence <= 1.0
