"""The briefings as data files: `data/briefings.json` and `data/briefings.csv`.

Analysts load these into spreadsheets and notebooks, so they are complete (every
fact with its qualifiers, origin and evidence sentence) and byte-for-byte the same
for the same seeds: sorted keys, no timestamps. CSV cells that a spreadsheet
would run as a formula are neutralised.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any, Mapping
from urllib.parse import urlsplit

from generator.aggregate import Catalogue, usd
from generator.model import FIELDS, Briefing, Fact, Jobs, Money, Place

JSON_PATH = "data/briefings.json"
CSV_PATH = "data/briefings.csv"

#: A cell starting with one of these is a formula to Excel, LibreOffice and Sheets.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")


def published_url(project: Path) -> str | None:
    """The site's public address from mkdocs.yml (`site_url`, `!ENV SITE_URL` resolved).

    A loopback address is a local preview, not where readers find the site, so
    downloads then carry links relative to the site root instead.
    """
    try:
        url = _mkdocs_config(project / "mkdocs.yml").get("site_url")
    except Exception:  # noqa: BLE001 - no address known is a fine answer
        return None
    if not isinstance(url, str) or not url.startswith(("http://", "https://")):
        return None
    if (urlsplit(url).hostname or "") in ("127.0.0.1", "localhost", "::1", "0.0.0.0"):
        return None
    return url if url.endswith("/") else url + "/"


def _mkdocs_config(path: Path) -> dict:
    """mkdocs.yml as MkDocs reads it: PyYAML's loader with the `!ENV` tag.

    That is what `mkdocs.utils.yaml.yaml_load` does, but importing it imports most of
    MkDocs, which took longer than writing the downloads. MkDocs' other tags (`!relative`)
    mark settings not read here; a file that inherits another (`INHERIT`) is left to MkDocs.
    """
    import yaml
    from yaml_env_tag import construct_env_tag

    class Loader(yaml.Loader):
        pass

    Loader.add_constructor("!ENV", construct_env_tag)
    Loader.add_multi_constructor("!", lambda loader, suffix, node: None)
    with open(path, encoding="utf-8") as handle:
        config = yaml.load(handle, Loader=Loader) or {}
    if "INHERIT" in config:
        from mkdocs.utils.yaml import yaml_load

        with open(path, encoding="utf-8") as handle:
            config = yaml_load(handle)
    return config


def fact_record(fact: Fact | None) -> dict[str, Any] | None:
    if fact is None:
        return None
    value = fact.value
    return {
        "value": value if isinstance(value, str) else value.as_dict(),
        "display": fact.display,
        "qualifiers": list(fact.qualifiers),
        "origin": "edited" if fact.edited else "extracted",
        "evidence": fact.evidence.text if fact.evidence else None,
        "sentence": fact.sentence.text if fact.sentence else None,
        "confidence": round(fact.confidence, 3),
    }


def briefing_record(briefing: Briefing, catalogue: Catalogue, base: str, rates: Mapping[str, float]) -> dict[str, Any]:
    article = briefing.article
    investor = catalogue.investor_of.get(briefing.slug)
    amount = briefing.facts.amount
    converted = usd(amount.value, rates) if amount and isinstance(amount.value, Money) else None
    return {
        "slug": briefing.slug,
        "title": briefing.title,
        "date": article.date.isoformat() if article.date else None,
        "language": article.lang,
        "tags": list(article.tags),
        "source_file": str(article.source).replace("\\", "/"),
        "source_url": article.source_url,
        "page_url": base + briefing.url,
        "investor_page": base + f"investors/{investor.slug}/" if investor else None,
        "location_pages": [base + f"locations/{g.slug}/" for g in catalogue.places_of.get(briefing.slug, ())],
        "amount_usd_approx": round(converted) if converted is not None else None,
        "facts": {name: fact_record(briefing.facts.get(name)) for name in FIELDS},
    }


def briefing_records(briefings: list[Briefing], catalogue: Catalogue, base: str,
                     rates: Mapping[str, float]) -> list[dict[str, Any]]:
    """Every briefing's record, made once for both files."""
    return [briefing_record(b, catalogue, base, rates) for b in briefings]


def briefings_json(records: list[dict[str, Any]], rates: Mapping[str, float], rates_date: str) -> bytes:
    """One briefing per line: readable, diffable, and written by json's C encoder
    (an indented dump of 10,000 records runs the slow pure-Python one)."""
    dumps = json.JSONEncoder(ensure_ascii=False, sort_keys=True).encode
    lines = ",\n".join(dumps(record) for record in records)
    rates_info = {"date": rates_date, "usd_per_unit": dict(sorted(rates.items())), "note": "approximate; for totals only"}
    text = (f'{{"briefings": [\n{lines}\n],\n"count": {len(records)},\n'
            f'"usd_rates": {dumps(rates_info)}}}\n')
    return text.encode("utf-8")


CSV_COLUMNS = (
    "slug", "title", "date", "language", "source_url", "page_url", "tags",
    "investor", "amount_value", "amount_currency", "amount_usd_approx", "jobs_value", "jobs_kind",
    "gdp_impact_value", "gdp_impact_currency", "location_city", "location_region", "location_country",
    *(f"{name}_{part}" for name in FIELDS for part in ("display", "qualifiers", "origin", "evidence_sentence")),
)


def csv_row(briefing: Briefing, record: dict[str, Any]) -> dict[str, Any]:
    """The CSV columns of a briefing, from its JSON ``record``, one value a cell."""
    row: dict[str, Any] = {key: record[key] for key in ("slug", "title", "date", "language", "source_url", "page_url")}
    row["tags"] = "; ".join(record["tags"])
    row["amount_usd_approx"] = record["amount_usd_approx"]
    facts = briefing.facts
    row["investor"] = facts.investor.value if facts.investor and isinstance(facts.investor.value, str) else None
    for name in ("amount", "gdp_impact"):
        fact = facts.get(name)
        if fact and isinstance(fact.value, Money):
            row[f"{name}_value"], row[f"{name}_currency"] = fact.value.value, fact.value.currency
    if facts.jobs and isinstance(facts.jobs.value, Jobs):
        row["jobs_value"], row["jobs_kind"] = facts.jobs.value.value, facts.jobs.value.kind
    if facts.location and isinstance(facts.location.value, Place):
        place = facts.location.value
        row["location_city"], row["location_region"], row["location_country"] = place.city, place.region, place.country
    for name in FIELDS:
        fact = record["facts"][name]
        if fact:
            row[f"{name}_display"] = fact["display"]
            row[f"{name}_qualifiers"] = "; ".join(fact["qualifiers"])
            row[f"{name}_origin"] = fact["origin"]
            row[f"{name}_evidence_sentence"] = fact["sentence"] or fact["evidence"]
    return row


def neutralise(cell: Any) -> str:
    """A cell as text a spreadsheet shows rather than runs.

    >>> neutralise("=HYPERLINK(\\"http://x\\")"), neutralise("-2+3"), neutralise("@SUM(A1)"), neutralise("Tesla")
    ('\\'=HYPERLINK("http://x")', "'-2+3", "'@SUM(A1)", 'Tesla')
    >>> neutralise(5000000000), neutralise(None), neutralise(1.5)
    ('5000000000', '', '1.5')
    """
    if cell is None:
        return ""
    if not isinstance(cell, str):
        if isinstance(cell, bool):
            return "true" if cell else "false"
        if isinstance(cell, (int, float)):
            return str(int(cell)) if float(cell).is_integer() else repr(cell)
    text = str(cell)
    return "'" + text if text.startswith(FORMULA_START) else text


def briefings_csv(briefings: list[Briefing], records: list[dict[str, Any]]) -> bytes:
    """UTF-8 with a byte-order mark, so spreadsheets read the accents right; RFC 4180 line ends.

    ``records`` are the briefings' JSON records (`briefing_records`), in the same order."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    writer.writerows([neutralise(row.get(column)) for column in CSV_COLUMNS]
                     for row in map(csv_row, briefings, records))
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")
