"""The generator writes only what it owns: hand-written and hand-edited pages are never
replaced or removed, writes are atomic, and a damaged manifest deletes nothing."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from conftest import SAMPLE_SEED, generate_project, make_project
from generator import writer
from generator.writer import MANIFEST, read_manifest

SECOND = "Acme Robotics opens a plant in Saltillo\n\nSALTILLO, Mexico, March 1, 2023 — Acme Robotics will build a plant.\n"
SEEDS = {"good.txt": SAMPLE_SEED.read_text(encoding="utf-8"), "second.txt": SECOND}
SECOND_PAGE = "briefings/acme-robotics-opens-a-plant-in-saltillo.md"


def _snapshot(docs: Path) -> dict[str, bytes]:
    return {p.relative_to(docs).as_posix(): p.read_bytes() for p in docs.rglob("*") if p.is_file()}


@pytest.fixture
def project(tmp_path: Path) -> Path:
    root = make_project(tmp_path / "project", SEEDS)
    assert not generate_project(root).written.refused
    return root


def test_hand_written_pages_are_never_touched(project: Path):
    methodology = project / "docs" / "about" / "methodology.md"
    before = (methodology.read_bytes(), methodology.stat().st_mtime_ns)
    (project / "seeds" / "second.txt").unlink()
    generate_project(project)
    assert (methodology.read_bytes(), methodology.stat().st_mtime_ns) == before
    assert "about/methodology.md" not in read_manifest(project / "docs")


def test_user_index_written_before_first_generate_is_kept_with_a_warning(tmp_path: Path):
    mine = "# My own home page\n\nWritten by hand.\n"
    root = make_project(tmp_path / "project", SEEDS, docs={"index.md": mine})
    report = generate_project(root)
    assert (root / "docs" / "index.md").read_text(encoding="utf-8") == mine
    assert any("index.md: exists and was not written by briefing" in w for w in report.warnings), report.warnings
    assert (root / "docs" / SECOND_PAGE).is_file()
    assert "index.md" not in read_manifest(root / "docs")
    # And on every later run too.
    generate_project(root)
    assert (root / "docs" / "index.md").read_text(encoding="utf-8") == mine


def test_a_generated_page_edited_by_hand_is_not_overwritten(project: Path):
    page = project / "docs" / SECOND_PAGE
    edited = page.read_text(encoding="utf-8") + "\nA person's note.\n"
    page.write_text(edited, encoding="utf-8")
    (project / "seeds" / "second.txt").write_text(SECOND + "\nMore text.\n", encoding="utf-8")
    report = generate_project(project)
    assert page.read_text(encoding="utf-8") == edited
    assert any("edited by hand" in w and SECOND_PAGE.split("/")[1] in w for w in report.warnings)


def test_a_generated_page_edited_by_hand_is_not_deleted_when_its_seed_goes(project: Path):
    page = project / "docs" / SECOND_PAGE
    page.write_text(page.read_text(encoding="utf-8") + "\nA person's note.\n", encoding="utf-8")
    (project / "seeds" / "second.txt").unlink()
    report = generate_project(project)
    assert page.is_file()
    assert any("kept because it may hold a person's edits" in w for w in report.warnings)


def test_stale_generated_pages_are_removed_but_nothing_else(project: Path):
    own = project / "docs" / "briefings" / "my-notes.md"
    own.write_text("Hand-written, next to generated pages.\n", encoding="utf-8")
    (project / "seeds" / "second.txt").unlink()
    report = generate_project(project)
    assert SECOND_PAGE in report.written.removed
    assert not (project / "docs" / SECOND_PAGE).exists()
    assert own.is_file()


def test_pages_written_in_a_folder_of_their_own_move_to_a_flat_file(project: Path):
    """Pages used to be ``briefings/<slug>/index.md``: an older site moves to the flat
    layout (same URL), its old pages and emptied folders removed, hand edits kept."""
    docs = project / "docs"
    manifest = json.loads((docs / MANIFEST).read_text(encoding="utf-8"))
    old_page = SECOND_PAGE.removesuffix(".md") + "/index.md"
    (docs / old_page).parent.mkdir()
    (docs / SECOND_PAGE).rename(docs / old_page)
    manifest["files"][old_page] = manifest["files"].pop(SECOND_PAGE)
    del manifest["inputs"]  # an older generator made them: its code, so its inputs, differed
    (docs / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    report = generate_project(project)
    assert old_page in report.written.removed and SECOND_PAGE in report.written.written
    assert not (docs / old_page).parent.exists()
    assert (docs / SECOND_PAGE).is_file()


@pytest.mark.parametrize("manifest", [
    b"{ not json",
    b"\x00\xff\xfe garbage",
    b"[]",
    b'{"files": "everything"}',
    b'{"files": 42}',
    b"",
], ids=["broken json", "binary", "list", "string", "number", "empty"])
def test_a_corrupt_manifest_deletes_nothing(project: Path, manifest: bytes):
    docs = project / "docs"
    (project / "seeds" / "second.txt").unlink()  # its page would be stale
    (docs / MANIFEST).write_bytes(manifest)
    before = _snapshot(docs)
    report = generate_project(project)
    after = _snapshot(docs)
    assert report.written.removed == []
    for name in before:
        if name != MANIFEST:
            assert name in after, f"{name} was deleted"
    assert (docs / SECOND_PAGE).is_file()


def test_a_tampered_manifest_cannot_reach_outside_or_delete_hand_written_pages(project: Path, tmp_path: Path):
    docs = project / "docs"
    outside = tmp_path / "outside.md"
    outside.write_text("not yours\n", encoding="utf-8")
    entries = {"../../outside.md": None, str(outside): None, "/etc/passwd": None, "..": None,
               "about/methodology.md": ["0" * 64], "assets\\briefing.css": None}
    data = json.loads((docs / MANIFEST).read_text(encoding="utf-8"))
    data["files"].update(entries)
    (docs / MANIFEST).write_text(json.dumps(data), encoding="utf-8")
    generate_project(project)
    assert outside.is_file()
    assert (docs / "about" / "methodology.md").is_file()
    assert (docs / "assets" / "briefing.css").is_file()


def _power_cut_after_one_page(project: Path, monkeypatch) -> Path:
    """Generate, cut off as a second file of docs/ is put in place; the page written first."""
    docs = project / "docs"
    placed: list[Path] = []
    real_replace = os.replace

    def failing_replace(source, target):
        if docs in Path(target).parents:
            placed.append(Path(target))
            if len(placed) == 2:
                raise RuntimeError("power cut")
        return real_replace(source, target)

    monkeypatch.setattr(writer.os, "replace", failing_replace)
    with pytest.raises(RuntimeError):
        generate_project(project)
    monkeypatch.undo()
    return placed[0]


def test_an_interrupted_write_leaves_the_previous_docs_usable(project: Path, monkeypatch):
    """A crash in the middle of writing: every page is whole (old or new), and the next run finishes the job."""
    from mkdocs.utils.meta import get_data

    docs = project / "docs"
    before = _snapshot(docs)
    for name in SEEDS:
        path = project / "seeds" / name
        path.write_text(path.read_text(encoding="utf-8").replace("Querétaro", "Querétaro City")
                        .replace("Saltillo", "Ramos Arizpe"), encoding="utf-8")
    _power_cut_after_one_page(project, monkeypatch)

    middle = _snapshot(docs)
    assert not [name for name in middle if ".tmp-" in name], "temporary files left behind"
    json.loads(middle[MANIFEST])
    for name, data in middle.items():
        if name.endswith(".md"):
            _, meta = get_data(data.decode("utf-8"))
            assert meta.get("title") or name.startswith("about/"), name
    assert set(before) - {SECOND_PAGE} <= set(middle)

    report = generate_project(project)
    assert report.written.refused == [], "the generator's own half-written pages are still its own"
    fresh = make_project(project.parent / "fresh", {n: (project / "seeds" / n).read_text(encoding="utf-8") for n in SEEDS})
    generate_project(fresh)
    assert _snapshot(docs) == _snapshot(fresh / "docs")


def test_pages_an_interrupted_run_wrote_stay_its_own_when_the_seeds_change_again(project: Path, monkeypatch):
    """The journal: a run cut off after replacing some pages, then seeds edited again.
    The half-written pages hold what no manifest lists, yet they are the generator's."""
    docs = project / "docs"
    for name in SEEDS:
        path = project / "seeds" / name
        path.write_text(path.read_text(encoding="utf-8") + "\nA first edit.\n", encoding="utf-8")
    page = _power_cut_after_one_page(project, monkeypatch)
    assert (docs / writer.JOURNAL).is_file() and "A first edit." in page.read_text(encoding="utf-8")

    for name in SEEDS:
        path = project / "seeds" / name
        path.write_text(path.read_text(encoding="utf-8") + "\nA second edit.\n", encoding="utf-8")
    report = generate_project(project)
    assert report.written.refused == []
    assert "A second edit." in (docs / SECOND_PAGE).read_text(encoding="utf-8")
    assert not (docs / writer.JOURNAL).exists()


def test_a_damaged_journal_line_is_skipped(project: Path):
    docs = project / "docs"
    good = json.dumps([SECOND_PAGE, "ab" * 32])
    (docs / writer.JOURNAL).write_text(f'["{SECOND_PAGE}", "cut short\n{good}\n["../../etc/passwd", "00"]\n',
                                       encoding="utf-8")
    owned = read_manifest(docs)
    assert "ab" * 32 in owned[SECOND_PAGE] and "../../etc/passwd" not in owned
    assert not generate_project(project).written.refused


def test_a_failed_write_keeps_the_old_page_and_is_reported(project: Path, monkeypatch):
    docs = project / "docs"
    page = docs / SECOND_PAGE
    old = page.read_bytes()
    (project / "seeds" / "second.txt").write_text(SECOND + "\nMore text.\n", encoding="utf-8")
    real = writer.write_atomically

    def disk_full(path: Path, data: bytes) -> None:
        if path == page:
            raise OSError(28, "No space left on device")
        real(path, data)

    monkeypatch.setattr(writer, "write_atomically", disk_full)
    report = generate_project(project)
    assert page.read_bytes() == old
    assert any("No space left on device" in w for w in report.warnings)
    monkeypatch.undo()
    assert not generate_project(project).written.refused  # and the next run updates it


def test_links_inside_docs_are_never_written_through(project: Path, tmp_path: Path):
    docs = project / "docs"
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    shutil.rmtree(docs / "briefings")
    (docs / "briefings").symlink_to(elsewhere, target_is_directory=True)
    report = generate_project(project)
    assert list(elsewhere.iterdir()) == []
    assert any("not a regular file" in w for w in report.warnings)


def test_a_folder_where_a_page_should_be_is_reported_not_fatal(project: Path):
    docs = project / "docs"
    (docs / "review" / "index.md").unlink()
    (docs / "review" / "index.md").mkdir()
    report = generate_project(project)
    assert any("review/index.md: not a regular file" in w for w in report.warnings)
    assert (docs / SECOND_PAGE).is_file()
