"""Every file the generator owns in the docs folder, as path → bytes.

Paths are built from slugs only, so nothing a seed says can place a file
outside the generator's own folders.
"""

from __future__ import annotations

from concurrent.futures import as_completed
from contextlib import nullcontext
from dataclasses import dataclass
from typing import Callable, Iterator

from generator.aggregate import Catalogue, catalogue as make_catalogue
from generator.charts import chart_files, chart_specs, load_charts
from generator.config import Config
from generator.display import load_locale
from generator.downloads import CSV_PATH, JSON_PATH, briefing_records, briefings_csv, briefings_json, published_url
from generator.group_pages import group_pages
from generator.labels import labels_for
from generator.model import Briefing
from generator.parallel import PARALLEL_FROM, forked_pool, shared, slices, worker_count
from generator.render import (SEARCH_PAGE, load_templates, render_briefing, render_overview, render_review,
                              render_search)
from generator.review import review_items


def render_site(briefings: list[Briefing], config: Config,
                meanwhile: Callable[[], object] | None = None) -> Iterator[dict[str, bytes]]:
    """The site's files, part by part as they are ready, so that the caller can write
    some while the rest is rendered. ``meanwhile`` is work of the caller's own, done
    while workers render.

    On a large site the parts are rendered by forked workers: the pages that gather
    briefings, the largest first, then slices of the briefings."""
    catalogue = make_catalogue(briefings, config.usd_rates)
    state = _State(briefings, catalogue, config)
    prepare_rendering(config)
    parts: list[tuple[str, tuple[int, int]]] = [(name, (0, 0)) for name in GATHERING_PAGES]
    parts += [("briefings", bounds) for bounds in slices(len(briefings), 4 * worker_count())]
    with forked_pool(state) if len(briefings) >= PARALLEL_FROM else nullcontext() as pool:
        if pool is None:
            if meanwhile:
                meanwhile()
            for part in parts:
                yield _render_part(part, state)
        else:
            futures = [pool.submit(_render_part, part) for part in parts]
            if meanwhile:
                meanwhile()
            for future in as_completed(futures):
                yield future.result()


def prepare_rendering(config: Config) -> None:
    """Load what several parts need (templates, number formats, the chart library) once,
    before workers fork to share it. Repeated calls cost nothing."""
    load_templates()
    load_locale(config.language)
    load_charts()


@dataclass(frozen=True)
class _State:
    """What every part of the site is rendered from."""

    briefings: list[Briefing]
    catalogue: Catalogue
    config: Config


def _render_part(part: tuple[str, tuple[int, int]], state: _State | None = None) -> dict[str, bytes]:
    name, (start, stop) = part
    state = state or shared()
    if name == "briefings":
        files = {b.page: render_briefing(b, state.config.language, catalogue=state.catalogue)
                 for b in state.briefings[start:stop]}
    else:
        files = GATHERING_PAGES[name](state)
    return {path: data if isinstance(data, bytes) else data.encode("utf-8") for path, data in files.items()}


def _groups(state: _State) -> dict[str, str]:
    """Investor and location pages, and their indexes."""
    return group_pages(state.catalogue, state.config.language, state.config.usd_rates)


def _search(state: _State) -> dict[str, str]:
    return {SEARCH_PAGE: render_search(state.config.language)}


def _review(state: _State) -> dict[str, str]:
    config = state.config
    return {"review/index.md": render_review(review_items(state.briefings, config.review_below), state.briefings,
                                             config.language)}


def _downloads(state: _State) -> dict[str, str]:
    config, briefings, catalogue = state.config, state.briefings, state.catalogue
    records = briefing_records(briefings, catalogue, published_url(config.project) or "", config.usd_rates)
    return {JSON_PATH: briefings_json(records, config.usd_rates, config.usd_rates_date.isoformat()),
            CSV_PATH: briefings_csv(briefings, records)}


def _overview(state: _State) -> dict[str, str | bytes]:
    """The overview and its charts."""
    config, briefings, catalogue = state.config, state.briefings, state.catalogue
    charts = chart_files(chart_specs(briefings, catalogue, labels_for(config.language)))
    files: dict[str, str | bytes] = {chart.path: chart.data for chart in charts}
    files["index.md"] = render_overview(briefings, config.language, catalogue, config.usd_rates,
                                        config.usd_rates_date.isoformat(),
                                        [{"path": c.path, "alt": c.alt, "width": c.width, "height": c.height}
                                         for c in charts], config.overview_table_rows)
    return files


#: The pages that gather briefings, each rendered in one piece, the costliest first.
GATHERING_PAGES: dict[str, Callable[[_State], dict]] = {
    "downloads": _downloads, "overview": _overview, "groups": _groups, "review": _review, "search": _search,
}
