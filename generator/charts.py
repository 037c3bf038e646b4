"""Overview charts as static SVG, drawn at build time with pygal.

No JavaScript: the charts show without scripts, print, and are plain files in
the site. The same briefings give byte-identical SVG (a fixed chart id, no date
comment, no script), so a rebuild rewrites nothing. pygal writes SVG directly
and takes milliseconds, so a changed total never slows a build down.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: Bars beyond this many are added up into one "other" bar.
TOP = 12
BAR_COLOUR = "#3f51b5"  # the site's indigo
WIDTH = 720  # px; the overview shows charts at most this wide
ROW_HEIGHT = 28  # px per bar of a horizontal chart
LABEL_CHARACTERS = 38  # longer labels are cut with an ellipsis


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


def load_charts() -> None:
    """Import the chart library now (a good part of drawing the first chart), where it
    costs least: before workers fork, or while they work."""
    import pygal  # noqa: F401


def svg(chart: Bars, chart_id: str = "chart") -> bytes:
    """The chart as SVG bytes.

    >>> data = svg(Bars("By country", ("Mexico", "India"), (5.0, 1.5), "US$ billions"), "by-country")
    >>> data.startswith(b"<?xml") and b'id="chart-by-country"' in data and b"Mexico" in data
    True
    >>> b"<script" in data or b"<!--" in data or b"http://pygal" in data
    False
    """
    import pygal

    horizontal = chart.horizontal
    kind = pygal.HorizontalBar if horizontal else pygal.Bar
    count = max(len(chart.values), 1)
    crowded = not horizontal and count > 12
    graph = kind(
        style=_style(),
        js=[],  # no scripts: the SVG is shown as an image, and nothing is fetched from outside
        width=WIDTH,
        height=(90 + ROW_HEIGHT * count) if horizontal else 320,
        title=chart.title,
        x_title=chart.axis if horizontal else None,
        y_title=None if horizontal else chart.axis,
        show_legend=False,
        print_values=horizontal,
        print_values_position="top",  # past the end of the bar, readable whatever its length
        value_formatter=lambda value: _value_text(value, chart.integers),
        truncate_label=LABEL_CHARACTERS,
        x_label_rotation=45 if crowded else 0,
        show_minor_x_labels=True,
        margin=12,
        explicit_size=True,  # width and height on <svg>: an <img> of it then scales as a whole
    )
    graph.uuid = chart_id  # pygal draws a random id otherwise; a fixed one keeps the bytes stable
    graph.add_xml_filter(_without_comments_or_scripts)
    if horizontal:
        graph.add_xml_filter(_values_after_bars)
    # pygal draws the first horizontal bar at the bottom; the chart reads largest first, top down.
    labels, values = (chart.labels[::-1], chart.values[::-1]) if horizontal else (chart.labels, chart.values)
    graph.x_labels = [_short(label) for label in labels]
    graph.add(chart.axis, [{"value": value, "label": label} for label, value in zip(labels, values)])
    return graph.render()


def _style():
    from pygal.style import Style

    return Style(
        background="white",  # readable on the dark scheme and on paper
        plot_background="white",
        foreground="#333333",
        foreground_strong="#222222",
        foreground_subtle="#dddddd",
        colors=(BAR_COLOUR,),
        opacity="1",  # solid bars, as printed
        opacity_hover="1",
        guide_stroke_dasharray="0",  # light solid grid lines
        major_guide_stroke_dasharray="0",
        guide_stroke_color="#dddddd",
        major_guide_stroke_color="#dddddd",
        value_colors=("#222222",),
        font_family="sans-serif",  # the reader's own font: nothing to download
        title_font_size=15,
        label_font_size=12,
        major_label_font_size=12,
        value_font_size=11,
        title_font_family="sans-serif",
        label_font_family="sans-serif",
        major_label_font_family="sans-serif",
        value_font_family="sans-serif",
        value_label_font_family="sans-serif",
        tooltip_font_family="sans-serif",
        legend_font_family="sans-serif",
        no_data_font_family="sans-serif",
    )


def _without_comments_or_scripts(root):
    """pygal's comments carry today's date and its site; its script configures tooltips
    that an SVG shown as an image never runs."""
    for parent in list(root.iter()):
        for child in list(parent):
            if not isinstance(child.tag, str) or child.tag.rsplit("}", 1)[-1] == "script":
                parent.remove(child)
    return root


def _values_after_bars(root):
    """Each value starts just past the end of its bar, rather than centred on the end."""
    for text in root.iter():
        if isinstance(text.tag, str) and text.tag.rsplit("}", 1)[-1] == "text" and text.get("class") == "value":
            text.set("text-anchor", "start")
            text.set("x", f"{float(text.get('x', 0)) + 4:g}")
    return root


def _short(label: str, limit: int = LABEL_CHARACTERS) -> str:
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


def chart_files(specs: list[tuple[str, Bars]]) -> list[ChartFile]:
    files = []
    for path, chart in specs:
        data = svg(chart, path.rsplit("/", 1)[-1].removesuffix(".svg"))
        width, height = _size(data)
        files.append(ChartFile(path, data, _alt(chart), width, height))
    return files


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
    """Pixel size from the SVG's view box."""
    box = re.search(rb'viewBox="0 0 ([\d.]+) ([\d.]+)"', data[:2000])
    if not box:
        return WIDTH, 400
    return round(float(box.group(1))), round(float(box.group(2)))
