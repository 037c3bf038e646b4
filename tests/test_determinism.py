"""The same seeds give byte-identical generated files, whatever the order the files
were created in, their mtimes, the project's path, the hash seed or the time of day."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import CORPUS, SAMPLE_SEED, corpus_files, generated_files, make_project

DUPLICATES = {
    "dup-a.txt": "Same headline twice\n\nFirst article body, Monterrey, Mexico.\n",
    "dup-b.txt": "Same headline twice\n\nSecond article body, Puebla, Mexico.\n",
}


def _seeds() -> dict[str, bytes]:
    files = {p.name: p.read_bytes() for p in corpus_files()[:12]}
    for name in ("26-ford-blueoval-city.html", "27-toyota-north-carolina.md", "28-gm-ramos-arizpe.txt"):
        files[name] = (CORPUS / name).read_bytes()
    files[SAMPLE_SEED.name] = SAMPLE_SEED.read_bytes()
    files.update({name: text.encode() for name, text in DUPLICATES.items()})
    return files


def _make(root: Path, seeds: dict[str, bytes], order: list[str], base_mtime: int) -> Path:
    """A project whose seeds are created in ``order``, each with its own mtime."""
    make_project(root, {})
    for number, name in enumerate(order):
        path = root / "seeds" / name
        path.write_bytes(seeds[name])
        os.utime(path, (base_mtime + number * 3600, base_mtime + number * 3600))
    return root


def _generate(root: Path, hash_seed: str) -> None:
    env = {**os.environ, "PYTHONHASHSEED": hash_seed, "NO_MKDOCS_2_WARNING": "1"}
    env.pop("CI", None)
    result = subprocess.run([sys.executable, "-m", "generator", "generate", "--project", str(root), "--quiet"],
                            capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr


def _hashes(root: Path) -> dict[str, str]:
    return {name: hashlib.sha256(data).hexdigest() for name, data in generated_files(root).items()}


@pytest.fixture(scope="module")
def two_runs(tmp_path_factory) -> tuple[Path, Path]:
    seeds = _seeds()
    names = sorted(seeds)
    first = _make(tmp_path_factory.mktemp("first") / "a", seeds, names, 1_600_000_000)
    second = _make(tmp_path_factory.mktemp("second") / "somewhere else", seeds, names[::-1], 1_700_000_000)
    _generate(first, "1")
    time.sleep(1.05)  # so that a timestamp, even to the second, would differ
    _generate(second, "2")
    return first, second


def test_two_fresh_projects_give_identical_files(two_runs):
    first, second = two_runs
    a, b = _hashes(first), _hashes(second)
    assert len(a) > 5
    assert a.keys() == b.keys()
    assert [name for name in a if a[name] != b[name]] == []


def test_duplicate_titles_get_the_same_urls_either_way(two_runs):
    for root in two_runs:
        page = (root / "docs" / "briefings" / "same-headline-twice.md").read_text(encoding="utf-8")
        assert "First article body" in page
        assert "Second article body" in (root / "docs" / "briefings" / "same-headline-twice-2.md").read_text(encoding="utf-8")


def test_no_run_time_or_project_path_in_generated_files(two_runs):
    today = dt.date.today()
    stamps = {today.isoformat(), (today - dt.timedelta(days=1)).isoformat(), today.strftime("%d/%m/%Y")}
    for root in two_runs:
        for name, data in generated_files(root).items():
            text = data.decode("utf-8")
            assert not any(stamp in text for stamp in stamps), name
            assert str(root) not in text and str(root.resolve()) not in text, name


def test_regenerating_in_place_changes_nothing(two_runs):
    first, _ = two_runs
    before = _hashes(first)
    _generate(first, "3")
    assert _hashes(first) == before
