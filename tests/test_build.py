"""End to end: seeds → docs → site, through the library and the command line."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import CORPUS, SAMPLE_SEED, make_project
from generator.cli import main


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    root = make_project(tmp_path_factory.mktemp("built"), {SAMPLE_SEED.name: SAMPLE_SEED.read_text(encoding="utf-8")})
    shutil.copy(CORPUS / "27-toyota-north-carolina.md", root / "seeds")
    assert main(["build", "--project", str(root), "--quiet"]) == 0
    return root


def test_site_has_overview_and_briefing_pages(built: Path):
    assert (built / "site" / "index.html").is_file()
    page = built / "site" / "briefings" / "amazon-web-services-queretaro" / "index.html"
    assert page.is_file()
    html = page.read_text(encoding="utf-8")
    assert "Fact box" in html
    for shown in ("Amazon Web Services (AWS)", "US$5 billion", "7,000 a year", "US$10 billion", "Querétaro, Mexico"):
        assert shown in html, shown


def test_briefing_url_comes_from_the_headline(built: Path):
    assert (built / "docs" / "briefings" / "toyota-picks-north-carolina-for-1-29-billion-battery-plant.md").is_file()


def test_front_matter_fact_is_marked_as_edited(built: Path):
    page = (built / "docs" / "briefings" / "toyota-picks-north-carolina-for-1-29-billion-battery-plant.md")
    text = page.read_text(encoding="utf-8")
    assert "2,100" in text and "edited by a person" in text


def test_overview_links_every_briefing(built: Path):
    overview = (built / "docs" / "index.md").read_text(encoding="utf-8")
    assert 'href="briefings/amazon-web-services-queretaro/"' in overview
    assert 'href="briefings/toyota-picks-north-carolina-for-1-29-billion-battery-plant/"' in overview


def test_no_outside_hosts_in_built_pages(built: Path):
    for page in (built / "site").rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        assert "fonts.googleapis.com" not in html and "fonts.gstatic.com" not in html, page
        assert "cdn.jsdelivr" not in html and "unpkg.com" not in html, page


def test_rerun_rewrites_nothing(built: Path):
    before = {p: p.stat().st_mtime_ns for p in (built / "docs").rglob("*") if p.is_file()}
    assert main(["generate", "--project", str(built), "--quiet"]) == 0
    after = {p: p.stat().st_mtime_ns for p in (built / "docs").rglob("*") if p.is_file()}
    assert before == after


def test_mkdocs_build_strict_passes(built: Path):
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(built / "strict-site")],
                            cwd=built, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_extract_json_schema(capsys):
    assert main(["extract", "--json", str(SAMPLE_SEED)]) == 0
    records = json.loads(capsys.readouterr().out)
    assert len(records) == 1
    record = records[0]
    assert record["source"] == str(SAMPLE_SEED)
    assert set(record) >= {"source", "title", "lang", "date", "investor", "amount", "jobs", "gdp_impact",
                           "location", "evidence"}
    assert record["amount"] == {"value": 5000000000, "currency": "USD"}
    assert record["jobs"]["value"] == 7000 and record["jobs"]["kind"] in ("direct", "indirect", "total", "unspecified")
    for field, span in record["evidence"].items():
        assert set(span) == {"start", "end", "text"}, field


def test_extract_folder_means_all_its_seeds(capsys):
    assert main(["extract", "--json", str(CORPUS)]) == 0
    records = json.loads(capsys.readouterr().out)
    assert len(records) == 30


def test_extract_missing_file_fails(capsys, tmp_path: Path):
    assert main(["extract", "--json", str(tmp_path / "nope.txt")]) == 1
    assert "nope.txt" in capsys.readouterr().err


def test_strict_fails_on_a_skipped_seed(project_factory, capsys):
    root = project_factory({"good.txt": SAMPLE_SEED.read_text(encoding="utf-8"), "empty.txt": ""})
    assert main(["generate", "--project", str(root), "--quiet"]) == 0
    assert main(["generate", "--project", str(root), "--strict", "--quiet"]) == 1
    err = capsys.readouterr().err
    assert "seeds/empty.txt" in err and "empty file" in err


def test_bad_arguments_exit_2(capsys):
    with pytest.raises(SystemExit) as caught:
        main(["build", "--no-such-option"])
    assert caught.value.code == 2


def test_check_lists_facts_to_review_with_their_candidates(project_factory, capsys):
    root = project_factory({
        "aws.txt": SAMPLE_SEED.read_text(encoding="utf-8"),
        "tariff.txt": (CORPUS / "17-tariff-threat-peso.txt").read_text(encoding="utf-8"),
    })
    assert main(["check", "--project", str(root)]) == 0
    out = capsys.readouterr().out
    assert "seeds/tariff.txt: no investor and no amount found" in out
    assert "seeds/aws.txt" not in out  # every fact found with confidence
    assert main(["check", "--project", str(root), "--strict"]) == 1


def test_check_strict_passes_when_nothing_needs_review(project_factory):
    root = project_factory({"aws.txt": SAMPLE_SEED.read_text(encoding="utf-8")})
    assert main(["check", "--project", str(root), "--strict"]) == 0


def test_a_failed_search_index_fails_the_build_with_its_reason(tmp_path: Path, monkeypatch, capsys):
    """Pagefind runs as a MkDocs plugin; its failure fails `briefing build`, saying why."""
    from generator import search

    root = make_project(tmp_path / "p", {"a.txt": SAMPLE_SEED.read_text(encoding="utf-8")})
    monkeypatch.setattr(search, "build_index", lambda site: "search index not built: disk full")
    assert main(["build", "--project", str(root), "--quiet"]) != 0
    assert "search index not built: disk full" in capsys.readouterr().err


def test_pagefind_says_why_it_could_not_index(tmp_path: Path):
    from generator.search import build_index

    message = build_index(tmp_path)  # an empty folder: no pages to index
    assert message and message.startswith("search index not built: pagefind exited with")
