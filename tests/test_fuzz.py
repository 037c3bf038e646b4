"""Random bytes and random text through reading, extraction and rendering: the only
exception allowed is `SourceError`, and a rendered page never holds live markup."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.briefings import extract_article, make_briefings
from generator.render import render_briefing
from generator.sources import SourceError, read_article

SUFFIXES = st.sampled_from([".txt", ".md", ".html"])
FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

#: Pieces that exercise the readers' and extractors' special paths.
PIECES = st.sampled_from([
    "---\n", "title: ", "date: 2023-13-45\n", "tags: [a, {b: c}]\n", "facts: {jobs: 1e400}\n", "!!python/object:x ",
    "<script>alert(1)</script>", "<article>", "<h1>", "</p>", "<!--", "{{ x }}", "{% y %}", "|", "`", "*", "#",
    "$5 billion", "US$1e400", "999999999999999999999999999999 jobs", "mil millones de pesos", "7,000 empleos",
    "in Monterrey, Mexico", "March 1, 2023", "\u2028", "\x00", "\ufeff", "\r\n", "\n\n", " ", "é", "😀",
])
TEXTS = st.one_of(st.text(max_size=400), st.lists(st.one_of(PIECES, st.text(max_size=20)), max_size=40).map("".join))


def _through_everything(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"seed{suffix}"
        path.write_bytes(data)
        try:
            reading = read_article(path, max_bytes=64 * 1024)
        except SourceError as error:
            assert "seed" in str(error) and error.reason
            return
    item = extract_article(reading.article)
    (briefing,) = make_briefings([item])
    assert briefing.slug and "/" not in briefing.slug and ".." not in briefing.slug
    page = render_briefing(briefing, "en")
    front, body = page.split("\n---\n", 1)
    assert "<script>alert" not in page
    for line in body.splitlines():
        assert not line or line.startswith("<") or line.startswith("## "), line


@FUZZ
@given(data=st.binary(max_size=2000), suffix=SUFFIXES)
def test_random_bytes(data: bytes, suffix: str):
    _through_everything(data, suffix)


@FUZZ
@given(text=TEXTS, suffix=SUFFIXES, encoding=st.sampled_from(["utf-8", "utf-16", "utf-16-le", "cp1252", "latin-1"]))
def test_random_text(text: str, suffix: str, encoding: str):
    _through_everything(text.encode(encoding, errors="ignore"), suffix)


@FUZZ
@given(front=st.lists(PIECES, max_size=12).map("".join), body=TEXTS)
def test_random_front_matter(front: str, body: str):
    _through_everything(f"---\n{front}\n---\n{body}".encode("utf-8", errors="ignore"), ".md")
