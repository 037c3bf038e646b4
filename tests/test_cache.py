"""The extraction cache: a faithful round trip, and never an error or a wrong fact from a bad file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import CORPUS, corpus_files
from generator.briefings import extract_article
from generator.cache import CACHE_DIR, Cache, code_version, dumps, loads
from generator.config import load_config
from generator.site import Outcome, generate
from generator.sources import read_article


@pytest.mark.parametrize("path", corpus_files(), ids=lambda p: p.name)
def test_every_corpus_outcome_survives_the_round_trip(path: Path):
    outcome = Outcome(extract_article(read_article(path).article), ("a warning",))
    assert loads(dumps(outcome)) == outcome


def test_front_matter_values_keep_their_types():
    value = {"tags": ["a", "b"], "when": __import__("datetime").date(2024, 5, 1), "n": 1.5, ("x", 1): None}
    assert loads(dumps(value)) == value


@pytest.mark.parametrize("text", [
    '{"~type": "Popen", "args": ["rm", "-rf", "/"]}',  # not one of the project's own types
    '{"~type": "Money", "value": 5}',  # a field missing
    '{"~type": "Money", "value": 5, "currency": "USD", "extra": 1}',  # a field too many
    '{"~pickle": "cos\\nsystem"}',  # an unknown tag
    '{"a": 1, "b": 2}',  # an untagged object
])
def test_anything_but_the_projects_own_values_is_refused(text: str):
    with pytest.raises(ValueError):
        loads(text)


@pytest.fixture
def project(project_factory) -> Path:
    names = ["01-tesla-nuevo-leon.txt", "07-intel-ohio.txt"]
    root = project_factory({name: (CORPUS / name).read_bytes() for name in names})
    generate(load_config(root))
    return root


def _extracted(root: Path, monkeypatch) -> list[str]:
    import generator.site as site

    calls: list[str] = []
    original = site._process_one
    monkeypatch.setattr(site, "_process_one", lambda job: calls.append(job[0].name) or original(job))
    generate(load_config(root))
    return sorted(calls)


def test_an_unchanged_project_is_read_from_the_cache(project: Path, monkeypatch):
    assert _extracted(project, monkeypatch) == []


def test_a_damaged_entry_costs_only_its_seed(project: Path, monkeypatch):
    path = project / CACHE_DIR / "extract.jsonl"
    lines = path.read_text(encoding="utf-8").splitlines()
    key, _, text = lines[1].partition("\t")
    lines[1] = f"{key}\t{text[:len(text) // 2]}"  # cut short, as by a full disk
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert len(_extracted(project, monkeypatch)) == 1
    assert _extracted(project, monkeypatch) == []  # and the entry was written again


@pytest.mark.parametrize("content", [b"", b"\xff\xfe not text", b"[1, 2]\n", b"{}\nno tab here\n"])
def test_a_damaged_file_means_extracting_again(project: Path, monkeypatch, content: bytes):
    (project / CACHE_DIR / "extract.jsonl").write_bytes(content)
    before = (project / "docs" / "index.md").read_bytes()
    assert len(_extracted(project, monkeypatch)) == 2
    assert (project / "docs" / "index.md").read_bytes() == before


def test_another_generator_version_is_ignored(project: Path, monkeypatch):
    path = project / CACHE_DIR / "extract.jsonl"
    header, _, body = path.read_text(encoding="utf-8").partition("\n")
    assert json.loads(header) == {"version": code_version()}
    path.write_text(json.dumps({"version": "0" * 16}) + "\n" + body, encoding="utf-8")
    assert len(_extracted(project, monkeypatch)) == 2


def test_entries_of_removed_seeds_are_dropped(project: Path):
    (project / "seeds" / "07-intel-ohio.txt").unlink()
    generate(load_config(project))
    assert len(Cache(project, "extract").entries) == 1


def test_the_earlier_cache_file_is_removed(project: Path):
    old = project / CACHE_DIR / "extract.json"
    old.write_text('{"version": "x", "entries": {}}', encoding="utf-8")
    (project / "seeds" / "07-intel-ohio.txt").unlink()
    generate(load_config(project))
    assert not old.exists()


def test_a_run_cut_off_while_extracting_keeps_the_old_cache(project: Path, monkeypatch):
    import generator.site as site

    before = (project / CACHE_DIR / "extract.jsonl").read_bytes()
    (project / "seeds" / "07-intel-ohio.txt").write_text("Edited.\n\nA new text.\n", encoding="utf-8")
    monkeypatch.setattr(site, "_process_one", lambda job: (_ for _ in ()).throw(KeyboardInterrupt()))
    with pytest.raises(KeyboardInterrupt):
        generate(load_config(project))
    assert (project / CACHE_DIR / "extract.jsonl").read_bytes() == before


def test_what_was_extracted_is_kept_when_rendering_fails(project: Path, monkeypatch):
    import generator.pages as pages

    seed = project / "seeds" / "07-intel-ohio.txt"
    seed.write_text(seed.read_text(encoding="utf-8") + "\nA closing line.\n", encoding="utf-8")
    monkeypatch.setattr(pages, "make_catalogue", lambda *args: (_ for _ in ()).throw(RuntimeError("broken")))
    with pytest.raises(RuntimeError):
        generate(load_config(project))
    monkeypatch.undo()
    assert _extracted(project, monkeypatch) == []
