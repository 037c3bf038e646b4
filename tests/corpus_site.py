"""A built site from the 30 labelled dev articles, shared by the site-page and browser tests."""

from __future__ import annotations

from pathlib import Path

from conftest import corpus_files, make_project


def build_corpus_site(root: Path, strict: bool = True) -> Path:
    """Seeds from tests/corpus/dev, the repository's mkdocs.yml and hand-written docs; generated and built."""
    from generator.config import load_config
    from generator.site import build_site, generate

    project = make_project(root, {path.name: path.read_bytes() for path in corpus_files()})
    config = load_config(project)
    report = generate(config)
    assert len(report.briefings) == 30, report.skipped
    build_site(config, strict=strict)
    return project
