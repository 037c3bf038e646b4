"""Investor and location pages, and the two index pages that list them.

`/investors/<slug>/`, `/locations/<slug>/` (countries and regions), `/investors/`
and `/locations/`: stable addresses wikis link to. Links are written relative to
each page so the site works under any base path (GitHub Pages project sites too).
"""

from __future__ import annotations

from typing import Iterable, Mapping

from markupsafe import Markup, escape

from generator import display
from generator.aggregate import Catalogue, Group
from generator.labels import labels_for
from generator.model import Briefing, Money
from generator.render import date_cell, environment, not_stated_mark, sort_key, table_cell, table_row


def usd_text(value: float, language: str) -> str:
    return "≈ " + display.format_money(Money(round(value), "USD"), language)


def group_pages(catalogue: Catalogue, language: str, rates: Mapping[str, float]) -> dict[str, str]:
    """Every investor and location page, by path in the docs folder."""
    labels = labels_for(language)
    files = {
        "investors/index.md": render_index(labels["investors"], [
            _section(None, labels["investor"], catalogue.investors, False, language)], language),
        "locations/index.md": render_index(labels["locations"], [
            section for section in (
                _section(labels["countries"], labels["country"], catalogue.countries, False, language),
                _section(labels["regions"], labels["region"], catalogue.regions, True, language),
            ) if section["rows"]], language),
    }
    investor_rows = _table_rows(catalogue.investors, catalogue, labels, rates)
    for group in catalogue.investors:
        files[f"investors/{group.slug}/index.md"] = render_group(group, catalogue, language, rates, investor_rows)
    location_rows = _table_rows(catalogue.locations, catalogue, labels, rates)
    for group in catalogue.locations:
        files[f"locations/{group.slug}/index.md"] = render_group(group, catalogue, language, rates, location_rows)
    return files


def _section(heading: str | None, name_label: str, groups: tuple[Group, ...], show_country: bool,
             language: str) -> dict:
    return {
        "heading": heading,
        "name_label": name_label,
        "show_country": show_country,
        "rows": [_index_row(g, show_country, language) for g in groups],
    }


def _index_row(group: Group, show_country: bool, language: str) -> Markup:
    """A group in an index: its page, a region's country, and its totals. A site can have
    thousands of investors; rows are made here like the briefings tables' rows."""
    totals = group.totals
    country = f"<td>{escape(group.country or '')}</td>" if show_country else ""
    usd = usd_text(totals.usd, language) if totals.usd else "—"
    return Markup(f'<tr>\n<td><a href="{escape(f"{group.slug}/")}">{escape(group.name)}</a></td>{country}'
                  f'<td data-sort="{totals.count}">{escape(display.format_number(totals.count, language))}</td>\n'
                  f'<td data-sort="{round(totals.usd)}">{escape(usd)}</td>\n'
                  f'<td data-sort="{totals.jobs}">{escape(display.format_number(totals.jobs, language))}</td>\n</tr>')


def render_index(title: str, sections: list[dict], language: str) -> str:
    return environment().get_template("groups.md.j2").render(
        title=title, sections=sections, labels=labels_for(language), language=language)


def render_group(group: Group, catalogue: Catalogue, language: str, rates: Mapping[str, float],
                 rows: Mapping[str, str] | None = None) -> str:
    """One investor's or place's announcements, newest first, with their totals.

    ``rows`` are the briefings' table rows by slug, from `_table_rows` for the same kind of group.
    """
    labels = labels_for(language)
    root = "../../"
    rows = rows or _table_rows([group], catalogue, labels, rates)
    if group.kind == "investor":
        other_label, related, related_label = labels["location"], [], ""
    else:
        other_label = labels["investor"]
        related_label = labels["country"] if group.kind == "region" else labels["regions"]
        related = [{"href": f"{root}locations/{g.slug}/", "text": g.name} for g in _related_places(group, catalogue)]
    return environment().get_template("group.md.j2").render(
        group=group,
        labels=labels,
        language=language,
        usd_total=usd_text(group.totals.usd, language),
        currency_totals=[display.format_money(Money(v, c), language) for c, v in group.totals.by_currency],
        spellings=[s for s in group.spellings if s != group.name],
        related=related,
        related_label=related_label,
        other_label=other_label,
        rows=[rows[b.slug] for b in group.briefings],
    )


def _related_places(group: Group, catalogue: Catalogue) -> list[Group]:
    """A region's country; a country's regions."""
    slugs = {b.slug for b in group.briefings}
    wanted = "country" if group.kind == "region" else "region"
    found = {g.slug: g for s in slugs for g in catalogue.places_of.get(s, ()) if g.kind == wanted}
    return sorted(found.values(), key=lambda g: g.key)


def _table_rows(groups: Iterable[Group], catalogue: Catalogue, labels: Mapping[str, str],
                rates: Mapping[str, float]) -> dict[str, Markup]:
    """The table row of every briefing in these groups, by slug: made once for a briefing
    that both its region's and its country's page list. Groups of one kind only: an
    investor's page shows a briefing's place, a place's page its investor."""
    rows: dict[str, Markup] = {}
    for group in groups:
        for briefing in group.briefings:
            if briefing.slug not in rows:
                rows[briefing.slug] = _row(briefing, group.kind == "investor", catalogue, labels, rates)
    return rows


def _row(briefing: Briefing, on_investor_page: bool, catalogue: Catalogue, labels: Mapping[str, str],
         rates: Mapping[str, float]) -> Markup:
    """Date, the place (on an investor's page) or the investor (on a place's), amount, jobs, and the briefing."""
    root = "../../"
    facts = briefing.facts
    not_stated = not_stated_mark(labels)
    if on_investor_page:
        places = catalogue.places_of.get(briefing.slug, ())
        other = facts.location.display if facts.location else None
        other_href = f"{root}locations/{places[0].slug}/" if places else None
    else:
        investor = catalogue.investor_of.get(briefing.slug)
        other = facts.investor.display if facts.investor else None
        other_href = f"{root}investors/{investor.slug}/" if investor else None
    return table_row([
        date_cell(briefing.article.date, labels),
        table_cell(other, not_stated, href=other_href),
        table_cell(facts.amount.display if facts.amount else None, not_stated, sort=sort_key(facts.amount, rates)),
        table_cell(facts.jobs.display if facts.jobs else None, not_stated, sort=sort_key(facts.jobs, rates)),
        f'<td><a class="group-briefing-link" href="{escape(root + briefing.url)}">{escape(briefing.title)}</a></td>',
    ])
