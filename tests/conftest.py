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


# ---------------------------------------------------------------------------
# Hostile input: generating a project and checking built pages for live markup


def generate_project(root: Path):
    """Generate docs/ for a project made by `make_project`; returns the run's report."""
    from generator.config import load_config
    from generator.site import generate

    return generate(load_config(root))


def generated_files(root: Path) -> dict[str, bytes]:
    """Every file the generator says it owns in docs/, by path, with the manifest itself."""
    from generator.writer import MANIFEST, read_manifest

    docs = root / "docs"
    names = sorted(read_manifest(docs)) + [MANIFEST]
    return {name: (docs / name).read_bytes() for name in names}


def active_markup(html: str, allowed_script_srcs: tuple[str, ...] = ("assets/",)) -> list[str]:
    """What in a built page could run: scripts not from the theme, on* handlers,
    javascript: links, frames. An empty list means the page is inert."""
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(html)
    found: list[str] = []
    for script in tree.css("script"):
        src = script.attributes.get("src")
        kind = (script.attributes.get("type") or "").lower()
        body = script.text() or ""
        if src is not None:
            if not any(part in src for part in allowed_script_srcs):
                found.append(f"script src={src!r}")
        elif kind in ("application/ld+json", "application/json"):
            continue  # data, not code (checked to parse as JSON elsewhere)
        elif "__xss" in body or "alert" in body:
            found.append(f"inline script {body[:60]!r}")
    for node in tree.css("*"):
        for name, value in node.attributes.items():
            if name.lower().startswith("on"):
                found.append(f"<{node.tag} {name}=...>")
            if name.lower() in ("href", "src", "action", "formaction", "xlink:href", "data") and value:
                squashed = "".join(str(value).split()).lower()
                if squashed.startswith(("javascript:", "vbscript:", "data:text/html")):
                    found.append(f"<{node.tag} {name}={value!r}>")
    for tag in ("iframe", "frame", "object", "embed", "base"):
        if tree.css_first(tag) is not None:
            found.append(f"<{tag}>")
    return found
