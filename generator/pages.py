"""Every file the generator owns in the docs folder, as path → bytes.

Paths are built from slugs only, so nothing a seed says can place a file
outside the generator's own folders.
"""

from __future__ import annotations

from generator.config import Config
from generator.model import Briefing
from generator.render import render_briefing, render_overview, render_review
from generator.review import review_items


def site_pages(briefings: list[Briefing], config: Config) -> dict[str, bytes]:
    files: dict[str, str] = {"index.md": render_overview(briefings, config.language)}
    for briefing in briefings:
        files[f"briefings/{briefing.slug}/index.md"] = render_briefing(briefing, config.language)
    files["review/index.md"] = render_review(review_items(briefings, config.review_below), briefings, config.language)
    return {path: text.encode("utf-8") for path, text in files.items()}
