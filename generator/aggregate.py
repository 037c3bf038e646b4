"""Totals and groupings across briefings: the numbers behind the overview,
investor and location pages, charts and downloads.

Computed once per build from the briefings, as frozen values, so every page
that shows a total shows the same one.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Iterable, Mapping

from generator.model import Briefing, Money, Place
from generator.names import investor_key, place_key
from generator.slugs import slugify


def usd(money: Money, rates: Mapping[str, float]) -> float | None:
    """An approximate US-dollar value, or None when there is no rate for the currency."""
    rate = rates.get(money.currency)
    return None if rate is None else money.value * rate


@dataclass(frozen=True)
class Totals:
    """What a set of briefings adds up to."""

    count: int = 0
    by_currency: tuple[tuple[str, float], ...] = ()  # (ISO code, sum), by code
    usd: float = 0.0  # approximate: the amounts whose currency has a rate, converted
    unconverted: tuple[str, ...] = ()  # currencies without a rate (left out of ``usd``)
    with_amount: int = 0
    jobs: int = 0
    with_jobs: int = 0


def totals(briefings: Iterable[Briefing], rates: Mapping[str, float]) -> Totals:
    """
    >>> from generator.model import Article, FactBox, Fact, Jobs
    >>> from pathlib import Path
    >>> def b(amount, jobs): return Briefing(Article(Path("x"), "", "t"), FactBox(
    ...     amount=Fact("amount", amount, ""), jobs=Fact("jobs", Jobs(jobs), "")), "s", "t")
    >>> t = totals([b(Money(10, "USD"), 5), b(Money(100, "MXN"), 7), b(Money(3, "XYZ"), 1)], {"USD": 1, "MXN": .05})
    >>> t.count, t.by_currency, t.usd, t.unconverted, t.jobs
    (3, (('MXN', 100), ('USD', 10), ('XYZ', 3)), 15.0, ('XYZ',), 13)
    """
    count = with_amount = jobs = with_jobs = 0
    sums: dict[str, float] = {}
    total_usd = 0.0
    unconverted: set[str] = set()
    for briefing in briefings:
        count += 1
        money = amount_of(briefing)
        if money is not None and math.isfinite(money.value):
            with_amount += 1
            sums[money.currency] = sums.get(money.currency, 0) + money.value
            converted = usd(money, rates)
            if converted is None or not math.isfinite(converted):
                unconverted.add(money.currency)
            else:
                total_usd += converted
        if briefing.facts.jobs is not None:
            with_jobs += 1
            jobs += briefing.facts.jobs.value.value
    return Totals(count, tuple(sorted(sums.items())), total_usd, tuple(sorted(unconverted)), with_amount, jobs, with_jobs)


def amount_of(briefing: Briefing) -> Money | None:
    fact = briefing.facts.amount
    return fact.value if fact is not None and isinstance(fact.value, Money) else None


def place_of(briefing: Briefing) -> Place | None:
    fact = briefing.facts.location
    return fact.value if fact is not None and isinstance(fact.value, Place) else None


@dataclass(frozen=True)
class Group:
    """Briefings that share an investor, a country or a region, with their page slug."""

    kind: str  # "investor", "country" or "region"
    key: str  # the folded name the briefings were grouped by
    slug: str
    name: str  # the spelling most articles use
    briefings: tuple[Briefing, ...]
    totals: Totals
    country: str | None = None  # a region's country
    spellings: tuple[str, ...] = ()  # every spelling seen, most common first

    @property
    def label(self) -> str:
        return f"{self.name}, {self.country}" if self.country and self.country != self.name else self.name


@dataclass(frozen=True)
class Catalogue:
    """Every investor and location group, and which groups each briefing belongs to."""

    investors: tuple[Group, ...] = ()
    locations: tuple[Group, ...] = ()  # countries first, then regions
    investor_of: Mapping[str, Group] = field(default_factory=dict)  # briefing slug → group
    places_of: Mapping[str, tuple[Group, ...]] = field(default_factory=dict)  # briefing slug → (region, country)

    @property
    def countries(self) -> tuple[Group, ...]:
        return tuple(g for g in self.locations if g.kind == "country")

    @property
    def regions(self) -> tuple[Group, ...]:
        return tuple(g for g in self.locations if g.kind == "region")


def catalogue(briefings: list[Briefing], rates: Mapping[str, float]) -> Catalogue:
    investors = _investor_groups(briefings, rates)
    locations = _location_groups(briefings, rates)
    investor_of = {b.slug: g for g in investors for b in g.briefings}
    places: dict[str, list[Group]] = {}
    for group in sorted(locations, key=lambda g: g.kind != "region"):  # region before country
        for b in group.briefings:
            places.setdefault(b.slug, []).append(group)
    return Catalogue(investors, locations, investor_of, {k: tuple(v) for k, v in places.items()})


def _most_common(spellings: list[str]) -> tuple[str, ...]:
    """Most frequent first; ties go to the shorter, then alphabetical, so the choice is stable."""
    counts = Counter(spellings)
    return tuple(sorted(counts, key=lambda s: (-counts[s], len(s), s)))


def _investor_groups(briefings: list[Briefing], rates: Mapping[str, float]) -> tuple[Group, ...]:
    members: dict[str, list[Briefing]] = {}
    names: dict[str, list[str]] = {}
    for briefing in briefings:
        fact = briefing.facts.investor
        if fact is None or not str(fact.display).strip():
            continue
        name = " ".join(str(fact.display).split())
        key = investor_key(name)
        if not key:
            continue
        members.setdefault(key, []).append(briefing)
        names.setdefault(key, []).append(name)
    groups = []
    for key in sorted(members):
        spellings = _most_common(names[key])
        groups.append(Group("investor", key, slugify(key, fallback="investor"), spellings[0],
                            tuple(members[key]), totals(members[key], rates), spellings=spellings))
    return _unique(groups)


def _location_groups(briefings: list[Briefing], rates: Mapping[str, float]) -> tuple[Group, ...]:
    countries: dict[str, list[Briefing]] = {}
    country_names: dict[str, list[str]] = {}
    regions: dict[tuple[str, str], list[Briefing]] = {}
    region_names: dict[tuple[str, str], list[str]] = {}
    region_country: dict[tuple[str, str], list[str]] = {}
    for briefing in briefings:
        place = place_of(briefing)
        if place is None:
            continue
        country = " ".join((place.country or "").split())
        region = " ".join((place.region or "").split())
        country_key, region_key = place_key(country), place_key(region)
        if country and country_key:
            countries.setdefault(country_key, []).append(briefing)
            country_names.setdefault(country_key, []).append(country)
        if region and region_key and region_key != country_key:
            key = (region_key, country_key)
            regions.setdefault(key, []).append(briefing)
            region_names.setdefault(key, []).append(region)
            if country:
                region_country.setdefault(key, []).append(country)
    groups = []
    for key in sorted(countries):
        spellings = _most_common(country_names[key])
        groups.append(Group("country", key, slugify(key, fallback="location"), spellings[0],
                            tuple(countries[key]), totals(countries[key], rates), spellings=spellings))
    taken = {g.slug for g in groups}
    plain = Counter(slugify(region, fallback="location") for region, _ in regions)
    for key in sorted(regions):
        region, country = key
        slug = slugify(region, fallback="location")
        if slug in taken or plain[slug] > 1:  # Georgia (US) vs Georgia the country; two "Central" regions
            slug = slugify(f"{region} {country}", fallback="location")
        spellings = _most_common(region_names[key])
        country_name = _most_common(region_country[key])[0] if key in region_country else None
        groups.append(Group("region", f"{region}|{country}", slug, spellings[0], tuple(regions[key]),
                            totals(regions[key], rates), country=country_name, spellings=spellings))
    return _unique(groups)


def _unique(groups: list[Group]) -> tuple[Group, ...]:
    """Slugs unique within a folder (a long name cut at 80 characters can clash)."""
    seen: set[str] = set()
    out = []
    for group in groups:
        slug, n = group.slug, 1
        while slug in seen:
            n += 1
            slug = f"{group.slug}-{n}"
        seen.add(slug)
        out.append(group if slug == group.slug else replace(group, slug=slug))
    return tuple(out)

