"""Overview charts as static SVG, drawn at build time.

No JavaScript: the charts show without scripts, print, and are plain files in
the site. The same briefings give byte-identical SVG (fixed hash salt, no date
or creator in the metadata, text kept as text), so a rebuild rewrites nothing.
"""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass
from typing import MutableMapping

#: Bars beyond this many are added up into one "other" bar.
TOP = 12

STYLE = {
    "svg.hashsalt": "briefing",  # ids in the SVG stay the same from run to run
    "svg.fonttype": "none",  # text stays text: small, selectable, printed sharp
    "text.parse_math": False,  # "US$5 billion" is not TeX
    "font.family": "sans-serif",
    "font.size": 9,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.edgecolor": "#555555",
    "axes.labelcolor": "#222222",
    "xtick.color": "#333333",
    "ytick.color": "#333333",
    "figure.facecolor": "white",  # readable on the dark scheme and on paper
    "axes.facecolor": "white",
}
BAR_COLOUR = "#3f51b5"  # the site's indigo


@dataclass(frozen=True)
class Bars:
    """One bar chart: labels and values, in the order to draw them (top to bottom)."""

    title: str
    labels: tuple[str, ...]
    values: tuple[float, ...]
    axis: str  # what the values measure
    horizontal: bool = True
    integers: bool = False


def top_bars(pairs: list[tuple[str, float]], other: str) -> tuple[tuple[str, ...], tuple[float, ...]]:
    """The largest ``TOP`` - 1 bars and one for the rest, largest first (ties by name).

    >>> top_bars([("a", 1), ("b", 3), ("c", 3)], "other")
    (('b', 'c', 'a'), (3, 3, 1))
    """
    ordered = sorted(pairs, key=lambda p: (-p[1], p[0]))
    if len(ordered) > TOP:
        rest = ordered[TOP - 1:]
        ordered = [*ordered[:TOP - 1], (other.format(count=len(rest)), sum(v for _, v in rest))]
    return tuple(label for label, _ in ordered), tuple(value for _, value in ordered)


def svg(chart: Bars, drawn: MutableMapping[str, str] | None = None) -> bytes:
    """The chart as SVG bytes, from ``drawn`` when the same chart was drawn before.

    Matplotlib takes about half a second to import; a re-run with unchanged
    briefings should not pay it.
    """
    key = _key(chart)
    if drawn is not None and key in drawn:
        return drawn[key].encode("utf-8")
    data = _draw(chart)
    if drawn is not None:
        drawn[key] = data.decode("utf-8")
    return data


def _key(chart: Bars) -> str:
    return hashlib.sha256(repr((chart, STYLE, BAR_COLOUR)).encode()).hexdigest()


def _draw(chart: Bars) -> bytes:
    import matplotlib

    matplotlib.use("Agg")  # no display
    from matplotlib import rc_context
    from matplotlib.backends.backend_svg import FigureCanvasSVG
    from matplotlib.figure import Figure

    count = max(len(chart.values), 1)
    if chart.horizontal:
        size = (7.5, 1.0 + 0.32 * count)
    else:
        size = (7.5, 3.2)
    with rc_context(STYLE):
        figure = Figure(figsize=size, dpi=72)
        FigureCanvasSVG(figure)
        axes = figure.add_subplot()
        positions = list(range(len(chart.values)))
        if chart.horizontal:
            axes.barh(positions, chart.values, color=BAR_COLOUR, height=0.65)
            axes.set_yticks(positions, [_short(label) for label in chart.labels])
            axes.invert_yaxis()
            axes.set_xlabel(chart.axis)
            axes.grid(axis="x", color="#dddddd", linewidth=0.6)
            for position, value in zip(positions, chart.values):
                axes.annotate(_value_text(value, chart.integers), (value, position), xytext=(3, 0),
                              textcoords="offset points", va="center", fontsize=8, color="#222222")
            axes.margins(x=0.12)
        else:
            axes.bar(positions, chart.values, color=BAR_COLOUR, width=0.7)
            axes.set_xticks(positions, list(chart.labels), rotation=45 if len(positions) > 12 else 0,
                            ha="right" if len(positions) > 12 else "center")
            axes.set_ylabel(chart.axis)
            axes.grid(axis="y", color="#dddddd", linewidth=0.6)
            if chart.integers:
                axes.yaxis.get_major_locator().set_params(integer=True)
        axes.set_axisbelow(True)
        axes.set_title(chart.title, loc="left", fontsize=11, color="#222222")
        figure.tight_layout()
        buffer = io.BytesIO()
        figure.savefig(buffer, format="svg", metadata={"Date": None, "Creator": None})
    return buffer.getvalue()


def _short(label: str, limit: int = 38) -> str:
    return label if len(label) <= limit else label[: limit - 1].rstrip() + "…"


def _value_text(value: float, integers: bool) -> str:
    if integers:
        return f"{int(value):,}"
    return f"{value:,.1f}" if value < 100 else f"{value:,.0f}"


# ---------------------------------------------------------------------------
# The overview's three charts


@dataclass(frozen=True)
class ChartFile:
    """A chart as the overview embeds it: where it is, what it says in words, its size."""

    path: str  # in the docs folder, e.g. "charts/amount-by-country.svg"
    data: bytes
    alt: str
    width: int
    height: int


def overview_charts(briefings: list, catalogue, rates, labels: dict[str, str], language: str,
                    drawn: MutableMapping[str, str] | None = None) -> list[ChartFile]:
    """Amount by country, amount by investor (approximate US$), announcements per year."""
    return chart_files(chart_specs(briefings, catalogue, labels), drawn)


def chart_specs(briefings: list, catalogue, labels: dict[str, str]) -> list[tuple[str, Bars]]:
    """What the overview's charts show, as data: cheap, no drawing."""
    if not briefings:
        return []
    other = labels["chart_other"]
    by_country = top_bars([(g.name, g.totals.usd / 1e9) for g in catalogue.countries if g.totals.usd > 0], other)
    by_investor = top_bars([(g.name, g.totals.usd / 1e9) for g in catalogue.investors if g.totals.usd > 0], other)
    years: dict[str, int] = {}
    for briefing in briefings:
        if briefing.article.date:
            year = f"{briefing.article.date.year:04d}"
            years[year] = years.get(year, 0) + 1
    per_year = year_bars(years)
    charts = [
        ("charts/amount-by-country.svg", Bars(labels["chart_location"], *by_country, labels["chart_usd_axis"])),
        ("charts/amount-by-investor.svg", Bars(labels["chart_investor"], *by_investor, labels["chart_usd_axis"])),
        ("charts/announcements-per-year.svg", Bars(labels["chart_time"], *per_year, labels["chart_count_axis"],
                                                   horizontal=False, integers=True)),
    ]
    return [(path, chart) for path, chart in charts if chart.values]


def chart_files(specs: list[tuple[str, Bars]], drawn: MutableMapping[str, str] | None = None) -> list[ChartFile]:
    files = []
    for path, chart in specs:
        data = svg(chart, drawn)
        width, height = _size(data)
        files.append(ChartFile(path, data, _alt(chart), width, height))
    return files


class BackgroundDrawing:
    """Draws the charts ``drawn`` lacks in a forked process while the caller renders pages.

    Importing matplotlib and drawing take about a second, as long as rendering a
    thousand pages; on two cores the two can overlap. `finish` puts the SVG into
    ``drawn``. Where processes cannot be forked, `finish` draws in this process.
    """

    def __init__(self, specs: list[tuple[str, Bars]], drawn: MutableMapping[str, str]) -> None:
        self.drawn = drawn
        self.missing = {_key(chart): chart for _, chart in specs if _key(chart) not in drawn}
        self.future = None
        self.pool = None
        if self.missing:
            try:
                import multiprocessing
                from concurrent.futures import ProcessPoolExecutor

                self.pool = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("fork"))
                self.future = self.pool.submit(_draw_all, self.missing)
            except (ImportError, OSError, ValueError):
                self.pool = self.future = None

    def finish(self) -> None:
        if self.future is not None:
            try:
                results = self.future.result()
            except Exception:  # noqa: BLE001 - a broken worker: draw here instead
                results = {}
            finally:
                self.pool.shutdown()
            for key, data in results.items():
                self.drawn[key] = data
        for key, chart in self.missing.items():
            if key not in self.drawn:
                self.drawn[key] = _draw(chart).decode("utf-8")


def _draw_all(charts: dict[str, Bars]) -> dict[str, str]:
    return {key: _draw(chart).decode("utf-8") for key, chart in charts.items()}


def year_bars(years: dict[str, int]) -> tuple[tuple[str, ...], tuple[float, ...]]:
    """Every year from the first to the last, so gaps show; over a long span, only the years with news.

    >>> year_bars({"2020": 2, "2022": 1})
    (('2020', '2021', '2022'), (2.0, 0.0, 1.0))
    >>> year_bars({"1900": 1, "2024": 3})
    (('1900', '2024'), (1.0, 3.0))
    """
    if not years:
        return (), ()
    first, last = int(min(years)), int(max(years))
    shown = [str(y) for y in range(first, last + 1)] if last - first < MAX_YEARS else sorted(years)[-MAX_YEARS:]
    return tuple(shown), tuple(float(years.get(year, 0)) for year in shown)


#: Longest run of years the per-year chart draws bar by bar.
MAX_YEARS = 40


def _alt(chart: Bars) -> str:
    """The chart in words, for screen readers and when images are off."""
    parts = [f"{label}: {_value_text(value, chart.integers)}" for label, value in zip(chart.labels, chart.values)]
    return f"{chart.title} ({chart.axis}). " + "; ".join(parts)


def _size(data: bytes) -> tuple[int, int]:
    """Pixel size from the SVG's width and height in points (1 pt = 4/3 px)."""
    import re

    head = data[:600].decode("utf-8", "replace")
    width = re.search(r'width="([\d.]+)pt"', head)
    height = re.search(r'height="([\d.]+)pt"', head)
    if not (width and height):
        return 720, 400
    return round(float(width.group(1)) * 4 / 3), round(float(height.group(1)) * 4 / 3)
