"""Investor and location pages, and the two index pages that list them.

`/investors/<slug>/`, `/locations/<slug>/` (countries and regions), `/investors/`
and `/locations/`: stable addresses wikis link to. Links are written relative to
each page so the site works under any base path (GitHub Pages project sites too).
"""

from __future__ import annotations

from typing import Mapping

from generator import display
from generator.aggregate import Catalogue, Group
from generator.labels import labels_for
from generator.model import Briefing, Money
from generator.render import NOT_STATED_SORT, environment, sort_key


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
    for group in catalogue.investors:
        files[f"investors/{group.slug}/index.md"] = render_group(group, catalogue, language, rates)
    for group in catalogue.locations:
        files[f"locations/{group.slug}/index.md"] = render_group(group, catalogue, language, rates)
    return files


def _section(heading: str | None, name_label: str, groups: tuple[Group, ...], show_country: bool,
             language: str) -> dict:
    return {
        "heading": heading,
        "name_label": name_label,
        "show_country": show_country,
        "rows": [{"href": f"{g.slug}/", "name": g.name, "country": g.country, "count": g.totals.count,
                  "usd": usd_text(g.totals.usd, language) if g.totals.usd else "—",
                  "usd_sort": round(g.totals.usd), "jobs": g.totals.jobs} for g in groups],
    }


def render_index(title: str, sections: list[dict], language: str) -> str:
    return environment().get_template("groups.md.j2").render(
        title=title, sections=sections, labels=labels_for(language), language=language)


def render_group(group: Group, catalogue: Catalogue, language: str, rates: Mapping[str, float]) -> str:
    """One investor's or place's announcements, newest first, with their totals."""
    labels = labels_for(language)
    root = "../../"
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
        rows=[_row(b, group, catalogue, root, rates) for b in group.briefings],
    )


def _related_places(group: Group, catalogue: Catalogue) -> list[Group]:
    """A region's country; a country's regions."""
    slugs = {b.slug for b in group.briefings}
    wanted = "country" if group.kind == "region" else "region"
    found = {g.slug: g for s in slugs for g in catalogue.places_of.get(s, ()) if g.kind == wanted}
    return sorted(found.values(), key=lambda g: g.key)


def _row(briefing: Briefing, group: Group, catalogue: Catalogue, root: str, rates: Mapping[str, float]) -> dict:
    facts = briefing.facts
    date = briefing.article.date
    if group.kind == "investor":
        places = catalogue.places_of.get(briefing.slug, ())
        other = facts.location.display if facts.location else None
        other_href = f"{root}locations/{places[0].slug}/" if places else None
    else:
        investor = catalogue.investor_of.get(briefing.slug)
        other = facts.investor.display if facts.investor else None
        other_href = f"{root}investors/{investor.slug}/" if investor else None
    return {
        "date": date.isoformat() if date else None,
        "date_sort": date.strftime("%Y%m%d") if date else NOT_STATED_SORT,
        "other": other,
        "other_href": other_href,
        "amount": facts.amount.display if facts.amount else None,
        "amount_sort": sort_key(facts.amount, rates),
        "jobs": facts.jobs.display if facts.jobs else None,
        "jobs_sort": sort_key(facts.jobs, rates),
        "href": f"{root}{briefing.url}",
        "title": briefing.title,
    }
