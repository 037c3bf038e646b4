"""Every file the generator owns in the docs folder, as path → bytes.

Paths are built from slugs only, so nothing a seed says can place a file
outside the generator's own folders.
"""

from __future__ import annotations


from generator.aggregate import catalogue as make_catalogue
from generator.charts import chart_files, chart_specs
from generator.config import Config
from generator.downloads import CSV_PATH, JSON_PATH, briefings_csv, briefings_json, published_url
from generator.group_pages import group_pages
from generator.labels import labels_for
from generator.model import Briefing
from generator.render import render_briefing, render_overview, render_review
from generator.review import review_items


def site_pages(briefings: list[Briefing], config: Config) -> dict[str, bytes]:
    rates = config.usd_rates
    catalogue = make_catalogue(briefings, rates)
    files: dict[str, str | bytes] = {}
    index_bodies = len(briefings) <= config.search_full_text_up_to
    for briefing in briefings:
        files[briefing.page] = render_briefing(briefing, config.language, catalogue=catalogue, index_body=index_bodies)
    files.update(group_pages(catalogue, config.language, rates))
    files["review/index.md"] = render_review(review_items(briefings, config.review_below), briefings, config.language)
    base = published_url(config.project) or ""
    files[JSON_PATH] = briefings_json(briefings, catalogue, base, rates, config.usd_rates_date.isoformat())
    files[CSV_PATH] = briefings_csv(briefings, catalogue, base, rates)
    charts = chart_files(chart_specs(briefings, catalogue, labels_for(config.language)))
    files["index.md"] = render_overview(briefings, config.language, catalogue, rates, config.usd_rates_date.isoformat(),
                                        [{"path": c.path, "alt": c.alt, "width": c.width, "height": c.height}
                                         for c in charts])
    for chart in charts:
        files[chart.path] = chart.data
    return {path: data if isinstance(data, bytes) else data.encode("utf-8") for path, data in files.items()}
