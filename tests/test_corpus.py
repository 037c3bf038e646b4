"""The extractor on the labelled corpora (dev and held-out): a floor on accuracy, evidence that holds.

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

from conftest import CORPUS
from generator.briefings import extract_article, extraction_record
from generator.model import FIELDS
from generator.sources import read_article

HOLDOUT = CORPUS.parent / "holdout"

#: Per corpus: the accuracy reached (raise it when the extractor gets better, never
#: lower it) and the articles that are not investment announcements. The held-out
#: set is never used to tune rules; its floor shows that they carry over.
CORPORA = {
    "dev": (CORPUS, 0.95, ("17-tariff-threat-peso.txt", "18-ford-brazil-closure.txt",
                           "24-analisis-nearshoring.txt")),
    "holdout": (HOLDOUT, 1.00, ("22-dunacell-strike-hungary.txt", "23-mahanadi-steel-q3.txt",
                                "24-copom-selic.txt")),
}


def _files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.name[:2].isdigit())


@pytest.fixture(scope="module")
def extracted():
    """Extraction results per corpus, computed once per corpus on first use."""
    cache: dict[str, dict] = {}

    def get(corpus: str) -> dict:
        if corpus not in cache:
            cache[corpus] = {p.name: extract_article(read_article(p).article) for p in _files(CORPORA[corpus][0])}
        return cache[corpus]

    return get


def _scorer():
    spec = importlib.util.spec_from_file_location("score_facts", CORPUS.parent / "score_facts.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("corpus", CORPORA)
def test_field_accuracy_does_not_fall(extracted, corpus):
    folder, floor, _ = CORPORA[corpus]
    scorer = _scorer()
    predictions = [extraction_record(name, item) for name, item in extracted(corpus).items()]
    expected = scorer.load_expected(folder / "expected.json")
    with contextlib.redirect_stdout(io.StringIO()) as printed:
        accuracy = scorer.score(expected, json.loads(json.dumps(predictions)), show_errors=True)
    assert accuracy >= floor, printed.getvalue()


@pytest.mark.parametrize("corpus, name", [(c, n) for c, (_, _, names) in CORPORA.items() for n in names])
def test_no_invented_facts_on_non_investment_articles(extracted, corpus, name):
    facts = extracted(corpus)[name].facts
    assert facts.investor is None and facts.amount is None and facts.jobs is None and facts.gdp_impact is None


@pytest.mark.parametrize("corpus, path", [(c, p) for c, (folder, _, _) in CORPORA.items() for p in _files(folder)],
                         ids=lambda v: v.name if isinstance(v, Path) else v)
def test_evidence_spans_hold(extracted, corpus, path: Path):
    item = extracted(corpus)[path.name]
    text = item.article.text
    for fact in item.facts.facts():
        for span in (fact.evidence, fact.sentence):
            if span is not None:
                assert text[span.start:span.end] == span.text, fact.field
        if fact.evidence and fact.sentence:
            assert fact.sentence.start <= fact.evidence.start <= fact.evidence.end <= fact.sentence.end
        assert fact.field in FIELDS
        assert 0.0 <= fact.confidence <= 1.0
