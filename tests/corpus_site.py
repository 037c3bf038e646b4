"""A built site from the 30 labelled dev articles, shared by the site-page and browser tests."""

from __future__ import annotations

import os
from pathlib import Path

from conftest import corpus_files, make_project


def build_corpus_site(root: Path, strict: bool = True, site_url: str | None = None) -> Path:
    """Seeds from tests/corpus/dev, the repository's mkdocs.yml and hand-written docs; generated
    and built. ``site_url`` is where it will be served: Material navigates instantly (without
    reloading pages) only between pages under the site's address."""
    from generator.config import load_config
    from generator.site import build_site, generate

    project = make_project(root, {path.name: path.read_bytes() for path in corpus_files()})
    config = load_config(project)
    report = generate(config)
    assert len(report.briefings) == 30, report.skipped
    previous = os.environ.get("SITE_URL")
    if site_url:
        os.environ["SITE_URL"] = site_url  # mkdocs.yml: site_url: !ENV [SITE_URL, ...]
    try:
        build_site(config, strict=strict)
    finally:
        if previous is None:
            os.environ.pop("SITE_URL", None)
        else:
            os.environ["SITE_URL"] = previous
    return project
