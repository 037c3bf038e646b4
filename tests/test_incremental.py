"""Re-runs touch only what changed: unchanged seeds come from the cache, unchanged pages are not rewritten."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import CORPUS
from generator.config import load_config
from generator.site import generate

SEEDS = ["01-tesla-nuevo-leon.txt", "02-kia-pesqueria.txt", "07-intel-ohio.txt", "19-audi-san-jose-chiapa.txt",
         "29-panasonic-kansas.txt"]


@pytest.fixture
def project(project_factory) -> Path:
    root = project_factory({name: (CORPUS / name).read_bytes() for name in SEEDS})
    generate(load_config(root))
    return root


def _changed(root: Path, action) -> set[str]:
    docs = root / "docs"
    before = {p.relative_to(docs).as_posix(): p.stat().st_mtime_ns for p in docs.rglob("*") if p.is_file()}
    action()
    report = generate(load_config(root))
    after = {p.relative_to(docs).as_posix(): p.stat().st_mtime_ns for p in docs.rglob("*") if p.is_file()}
    assert set(report.written.written) <= set(after)
    return {path for path, mtime in after.items() if before.get(path) != mtime}


def test_no_change_rewrites_nothing(project: Path):
    assert _changed(project, lambda: None) == set()


def test_an_edited_seed_rewrites_its_page_and_the_pages_that_depend_on_it(project: Path):
    seed = project / "seeds" / "07-intel-ohio.txt"
    edit = lambda: seed.write_text(seed.read_text(encoding="utf-8").replace("$20 billion", "$28 billion", 2),
                                   encoding="utf-8")
    changed = _changed(project, edit)
    slug = "intel-to-build-28-billion-chip-manufacturing-site-in-ohio"
    assert f"briefings/{slug}.md" in changed  # the headline changed, so the page moved
    assert "index.md" in changed and "data/briefings.json" in changed and "data/briefings.csv" in changed
    assert "investors/intel/index.md" in changed
    # Other articles' pages are untouched.
    assert not any(p.startswith("briefings/") and "intel" not in p for p in changed), changed


def test_a_new_seed_adds_its_page_without_rewriting_the_others(project: Path):
    add = lambda: (project / "seeds" / "03-bmw-san-luis-potosi.txt").write_bytes(
        (CORPUS / "03-bmw-san-luis-potosi.txt").read_bytes())
    changed = _changed(project, add)
    new_pages = {p for p in changed if p.startswith("briefings/")}
    assert new_pages == {"briefings/bmw-confirms-1-billion-car-plant-in-san-luis-potosi.md"}


def test_unchanged_seeds_are_not_extracted_again(project: Path, monkeypatch):
    import generator.site as site

    calls: list[Path] = []
    original = site._process_one
    monkeypatch.setattr(site, "_process_one", lambda job: calls.append(job[0]) or original(job))
    seed = project / "seeds" / "02-kia-pesqueria.txt"
    seed.write_text(seed.read_text(encoding="utf-8") + "\nA closing line.\n", encoding="utf-8")
    generate(load_config(project))
    assert [p.name for p in calls] == ["02-kia-pesqueria.txt"]


def test_parallel_extraction_and_rendering_give_the_serial_output(project_factory, monkeypatch):
    import generator.pages as pages
    import generator.site as site
    from conftest import corpus_files

    outputs = []
    for threshold in (10**9, 1):  # serial, then on all cores
        monkeypatch.setattr(site, "PARALLEL_FROM", threshold)
        monkeypatch.setattr(pages, "PARALLEL_FROM", threshold)
        root = project_factory({p.name: p.read_bytes() for p in corpus_files()})
        generate(load_config(root))
        docs = root / "docs"
        outputs.append({p.relative_to(docs).as_posix(): p.read_bytes() for p in docs.rglob("*")
                        if p.is_file() and p.suffix in (".md", ".json", ".csv", ".svg")})
    assert outputs[0] == outputs[1]


@pytest.mark.parametrize("threshold", [10**9, 1], ids=["one process", "all cores"])
def test_progress_counts_every_seed_up_to_the_total(project_factory, monkeypatch, threshold):
    """A terminal shows "extracting: n/total"; the count must reach the total to end its line."""
    import generator.site as site
    from conftest import corpus_files

    monkeypatch.setattr(site, "PARALLEL_FROM", threshold)
    root = project_factory({p.name: p.read_bytes() for p in corpus_files()[:8]})
    calls: list[tuple[int, int, str]] = []
    generate(load_config(root), progress=lambda done, total, stage: calls.append((done, total, stage)))
    counts = [done for done, total, stage in calls if stage == "extracting"]
    assert counts == list(range(1, 9))
    assert calls[-1] == (0, 0, "writing pages for 8 briefings")


def test_the_warm_up_reads_every_fact_in_both_languages():
    """Workers share the tables `warm_up` builds: it must reach every finder in each language."""
    from generator.extract import WARM_UP_ARTICLES, extract

    assert {a.lang for a in WARM_UP_ARTICLES} == {"en", "es"}
    for article in WARM_UP_ARTICLES:
        facts = extract(article)
        assert all(facts.get(name) is not None for name in ("investor", "amount", "jobs", "gdp_impact", "location"))


def _no_rendering(monkeypatch):
    import generator.pages as pages

    def refuse(*args, **kwargs):
        raise AssertionError("pages were rendered")

    monkeypatch.setattr(pages, "render_site", refuse)


def test_a_run_with_no_change_reads_its_files_instead_of_rendering_them(project: Path, monkeypatch):
    owned = len(json.loads((project / "docs" / ".briefing-manifest.json").read_text(encoding="utf-8"))["files"])
    _no_rendering(monkeypatch)
    report = generate(load_config(project))
    assert report.written.written == [] and report.written.unchanged == owned


@pytest.mark.parametrize("change", ["seed", "setting", "site address", "page deleted", "page edited"])
def test_any_change_to_what_pages_are_made_from_renders_them(project: Path, monkeypatch, change: str):
    docs = project / "docs"
    page = next((docs / "briefings").glob("*.md"))
    if change == "seed":
        seed = project / "seeds" / "07-intel-ohio.txt"
        seed.write_text(seed.read_text(encoding="utf-8") + "\nA closing line.\n", encoding="utf-8")
    elif change == "setting":
        (project / "briefing.toml").write_text('language = "es"\n', encoding="utf-8")
    elif change == "site address":
        mkdocs = project / "mkdocs.yml"
        mkdocs.write_text(mkdocs.read_text(encoding="utf-8") + "\nsite_url: https://briefings.example.org/\n",
                          encoding="utf-8")
    elif change == "page deleted":
        page.unlink()
    else:
        page.write_text(page.read_text(encoding="utf-8") + "\nA person's note.\n", encoding="utf-8")
    calls = []
    import generator.pages as pages

    real = pages.render_site
    monkeypatch.setattr(pages, "render_site", lambda *args, **kwargs: calls.append(1) or real(*args, **kwargs))
    report = generate(load_config(project))
    assert calls, "pages were not rendered"
    if change == "page deleted":
        assert page.is_file()
    if change == "page edited":
        assert any("edited by hand" in w for w in report.warnings)
        again = generate(load_config(project))  # and every later run says it leaves the page alone
        assert any(page.name in w and "left as it is" in w for w in again.warnings)
        assert "A person's note." in page.read_text(encoding="utf-8")
