"""Shared fixtures: small temporary projects built from a dict of files (as MkDocs' tests do)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
CORPUS = Path(__file__).resolve().parent / "corpus" / "dev"

os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")


def make_project(root: Path, seeds: dict[str, str | bytes], docs: dict[str, str] | None = None) -> Path:
    """A project folder with the repository's mkdocs.yml and hand-written docs, plus ``seeds``."""
    root.mkdir(parents=True, exist_ok=True)
    shutil.copy(REPO / "mkdocs.yml", root / "mkdocs.yml")
    for folder in ("about", "assets"):
        if (REPO / "docs" / folder).is_dir():
            shutil.copytree(REPO / "docs" / folder, root / "docs" / folder, dirs_exist_ok=True,
                            ignore=shutil.ignore_patterns("screenshots"))
    (root / "seeds").mkdir(exist_ok=True)
    for name, content in seeds.items():
        path = root / "seeds" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    for name, content in (docs or {}).items():
        path = root / "docs" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content, encoding="utf-8")
    return root


@pytest.fixture
def project_factory(tmp_path: Path):
    """Call with a dict of seed files (and optional docs files); returns the project folder."""
    count = 0

    def factory(seeds: dict[str, str | bytes], docs: dict[str, str] | None = None) -> Path:
        nonlocal count
        count += 1
        return make_project(tmp_path / f"project{count}", seeds, docs)

    return factory


def corpus_files() -> list[Path]:
    """The labelled dev articles (not expected.json)."""
    return sorted(p for p in CORPUS.iterdir() if p.name[:2].isdigit())


SAMPLE_SEED = REPO / "seeds" / "amazon-web-services-queretaro.txt"
