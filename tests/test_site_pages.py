"""The analysts' site: overview totals and charts, investor and location pages, downloads."""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import yaml
from selectolax.lexbor import LexborHTMLParser

from conftest import REPO, make_project
from corpus_site import build_corpus_site
from generator.aggregate import catalogue, totals
from generator.config import DEFAULT_USD_RATES, load_config
from generator.downloads import neutralise, published_url
from generator.names import investor_key
from generator.site import build_site, collect, generate


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    return build_corpus_site(tmp_path_factory.mktemp("corpus") / "project")


@pytest.fixture(scope="module")
def records(corpus: Path) -> list[dict]:
    return json.loads((corpus / "docs" / "data" / "briefings.json").read_text(encoding="utf-8"))["briefings"]


def _html(corpus: Path, path: str) -> LexborHTMLParser:
    return LexborHTMLParser((corpus / "site" / path / "index.html").read_text(encoding="utf-8"))


# ---------------------------------------------------------------------------
# Overview


def test_overview_counts_and_totals(corpus: Path, records: list[dict]):
    page = (corpus / "docs" / "index.md").read_text(encoding="utf-8")
    jobs = sum(r["facts"]["jobs"]["value"]["value"] for r in records if r["facts"]["jobs"])
    usd = sum(r["amount_usd_approx"] for r in records if r["amount_usd_approx"] is not None)
    assert '<span class="stat-value">30</span>' in page
    assert f'<span class="stat-value">{jobs:,}</span>' in page
    shown = re.search(r"≈ US\$([\d.,]+) billion", page)
    assert shown and abs(float(shown.group(1)) - usd / 1e9) < 0.01, (shown, usd)
    assert "approximate" in page and "2025-01-15" in page  # the rates' date is named


def test_totals_per_currency_and_unconverted():
    report = collect(load_config(REPO))  # the shipped sample seed
    result = totals(report.briefings, {"USD": 1.0})
    assert result.count == len(report.briefings)
    assert dict(result.by_currency).get("USD", 0) >= 5_000_000_000


def test_overview_links_charts_downloads_and_index_pages(corpus: Path):
    tree = _html(corpus, "")
    hrefs = {a.attributes.get("href") for a in tree.css("a")}
    assert {"data/briefings.csv", "data/briefings.json", "investors/", "locations/"} <= hrefs
    images = [img.attributes["src"] for img in tree.css("figure.chart img")]
    assert images == ["charts/amount-by-country.svg", "charts/amount-by-investor.svg", "charts/announcements-per-year.svg"]
    for src in images:
        assert (corpus / "site" / src).is_file()
    for img in tree.css("figure.chart img"):
        assert len(img.attributes["alt"]) > 20  # the chart in words


def test_master_table_cells_sort_as_numbers(corpus: Path):
    table = _html(corpus, "").css_first("table.master-table")
    heads = [th.text() for th in table.css("thead th")]
    assert heads == ["Date", "Investor", "Amount", "Jobs", "GDP impact", "Location", "Briefing"]
    rows = table.css("tbody tr")
    assert len(rows) == 30
    for row in rows:
        cells = row.css("td")
        for index in (0, 2, 3, 4):
            key = cells[index].attributes["data-sort"]
            assert re.fullmatch(r"-1|\d+", key), key
            if "not stated" in cells[index].text() or "no date" in cells[index].text():
                assert key == "-1"  # below every figure
        assert cells[6].css_first("a").attributes["href"].startswith("briefings/")


def test_charts_are_valid_deterministic_svg(corpus: Path, tmp_path: Path):
    charts = sorted((corpus / "docs" / "charts").glob("*.svg"))
    assert [c.name for c in charts] == ["amount-by-country.svg", "amount-by-investor.svg", "announcements-per-year.svg"]
    again = build_corpus_site(tmp_path / "again", strict=False)
    for chart in charts:
        data = chart.read_bytes()
        root = ET.fromstring(data)
        assert root.tag == "{http://www.w3.org/2000/svg}svg"
        assert root.get("width") and root.get("height")  # without them an <img> draws it at 300 px
        assert b"<script" not in data and b"<!--" not in data and b"href=\"http" not in data  # no date, nothing fetched
        assert (again / "docs" / "charts" / chart.name).read_bytes() == data, chart.name
    assert "Mexico" in (corpus / "docs" / "charts" / "amount-by-country.svg").read_text(encoding="utf-8")


def test_downloads_are_deterministic(corpus: Path, tmp_path: Path):
    again = build_corpus_site(tmp_path / "again", strict=False)
    for name in ("briefings.json", "briefings.csv"):
        assert (again / "docs" / "data" / name).read_bytes() == (corpus / "docs" / "data" / name).read_bytes()


# ---------------------------------------------------------------------------
# Investor and location pages


def test_investor_key_ignores_case_accents_and_legal_form():
    assert investor_key("Tesla") == investor_key("Tesla Inc.") == investor_key("TESLA, INC")
    assert investor_key("Nestlé México, S.A. de C.V.") == investor_key("Nestle Mexico")
    assert investor_key("Grupo Bimbo S.A.B. de C.V.") == investor_key("Grupo Bimbo")
    assert investor_key("Ford Motor Company") == investor_key("Ford Motor Co.")
    assert investor_key("Toyota Motor") != investor_key("Toyota Motor North America")


def _seed(investor: str, amount: str, region: str, country: str, title: str, day: int) -> str:
    return (f"---\ntitle: {title}\ndate: 2024-01-{day:02d}\nfacts:\n  investor: {json.dumps(investor)}\n"
            f"  amount: {amount}\n  jobs: 100\n  location: {{region: {region}, country: {country}}}\n---\n\n"
            f"{investor} will invest {amount} in {region}, {country}, creating 100 jobs.\n")


@pytest.fixture(scope="module")
def tesla(tmp_path_factory) -> Path:
    root = make_project(tmp_path_factory.mktemp("tesla") / "project", {
        "a.md": _seed("Tesla", "US$5 billion", "Nuevo León", "Mexico", "Tesla picks Nuevo León", 1),
        "b.md": _seed("Tesla Inc.", "US$1 billion", "Texas", "United States", "Tesla expands in Texas", 2),
        "c.md": _seed("=HYPERLINK(\"http://evil.example\",\"x\")", "US$2 billion", "Georgia", "United States",
                      "-Formula in Georgia", 3),
        "d.md": _seed("@Acme", "MX$100 million", "Querétaro", "Mexico", "+Acme in Querétaro", 4),
    })
    generate(load_config(root))
    build_site(load_config(root), strict=True)
    return root


def test_tesla_and_tesla_inc_share_a_page(tesla: Path):
    page = (tesla / "docs" / "investors" / "tesla" / "index.md").read_text(encoding="utf-8")
    assert "Tesla picks Nuevo León" in page and "Tesla expands in Texas" in page
    assert "Tesla Inc." in page  # the other spelling is named
    assert not (tesla / "docs" / "investors" / "tesla-inc").exists()
    assert 'href="../../briefings/tesla-picks-nuevo-leon/"' in page


def test_location_pages_for_countries_and_regions(tesla: Path):
    locations = tesla / "site" / "locations"
    assert {p.name for p in locations.iterdir() if p.is_dir()} >= {"mexico", "united-states", "nuevo-leon", "texas",
                                                                   "queretaro", "georgia"}
    mexico = (locations / "mexico" / "index.html").read_text(encoding="utf-8")
    assert "Tesla picks Nuevo León" in mexico and "Acme in Querétaro" in mexico and "Texas" not in mexico.split("<table")[1]
    region = (locations / "nuevo-leon" / "index.html").read_text(encoding="utf-8")
    assert 'href="../../locations/mexico/"' in region  # a region links to its country


def test_briefing_fact_box_links_investor_and_places(tesla: Path):
    tree = LexborHTMLParser((tesla / "site" / "briefings" / "tesla-expands-in-texas" / "index.html").read_text(encoding="utf-8"))
    investor = [a.attributes["href"] for a in tree.css("tr.fact-investor .fact-pages a")]
    places = [a.attributes["href"] for a in tree.css("tr.fact-location .fact-pages a")]
    assert investor == ["../../investors/tesla/"]
    assert places == ["../../locations/texas/", "../../locations/united-states/"]
    for href in investor + places:  # relative links resolve inside the built site
        assert (tesla / "site" / "briefings" / "tesla-expands-in-texas" / href / "index.html").resolve().is_file()


def test_index_pages_list_every_group(corpus: Path):
    cat = catalogue(collect(load_config(corpus)).briefings, DEFAULT_USD_RATES)
    investors = {a.attributes["href"] for a in _html(corpus, "investors").css("table.group-index a")}
    assert investors == {f"{g.slug}/" for g in cat.investors}
    locations = {a.attributes["href"] for a in _html(corpus, "locations").css("table.group-index a")}
    assert locations == {f"{g.slug}/" for g in cat.locations}
    assert {"mexico/", "nuevo-leon/", "queretaro/", "united-states/"} <= locations
    for group in cat.investors:
        page = (corpus / "site" / "investors" / group.slug / "index.html").read_text(encoding="utf-8")
        for briefing in group.briefings:
            assert f'href="../../briefings/{briefing.slug}/"' in page


def test_nav_lists_index_pages_and_no_briefing(corpus: Path):
    nav = yaml.load((REPO / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)["nav"]
    targets = [list(item.values())[0] for item in nav]
    assert "investors/index.md" in targets and "locations/index.md" in targets
    assert not any(t.startswith("briefings/") for t in targets)


# ---------------------------------------------------------------------------
# Downloads


def test_json_download_has_every_fact_with_evidence(records: list[dict]):
    assert len(records) == 30
    tesla = next(r for r in records if r["slug"].startswith("tesla-picks"))
    assert tesla["page_url"] == f"briefings/{tesla['slug']}/"
    assert tesla["investor_page"] == "investors/tesla/"
    assert "locations/nuevo-leon/" in tesla["location_pages"] and "locations/mexico/" in tesla["location_pages"]
    amount = tesla["facts"]["amount"]
    assert amount["value"] == {"currency": "USD", "value": 5000000000}
    assert amount["origin"] == "extracted" and "more than" in amount["qualifiers"]
    assert amount["evidence"] in amount["sentence"]
    assert set(tesla["facts"]) == {"investor", "amount", "jobs", "gdp_impact", "location"}


def test_csv_download_matches_json(corpus: Path, records: list[dict]):
    data = (corpus / "docs" / "data" / "briefings.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert [r["slug"] for r in rows] == [r["slug"] for r in records]
    tesla = next(r for r in rows if r["slug"].startswith("tesla-picks"))
    assert tesla["amount_value"] == "5000000000" and tesla["amount_currency"] == "USD"
    assert tesla["location_region"] == "Nuevo León" and tesla["amount_origin"] == "extracted"
    assert "US$" in tesla["amount_evidence_sentence"] or "$" in tesla["amount_evidence_sentence"]


def test_csv_cells_cannot_run_as_formulas(tesla: Path):
    text = (tesla / "docs" / "data" / "briefings.csv").read_bytes().decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    for row in rows:
        for column, value in row.items():
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), (column, value)
    assert any(r["investor"] == "'=HYPERLINK(\"http://evil.example\",\"x\")" for r in rows)
    assert any(r["title"] == "'-Formula in Georgia" for r in rows)
    assert neutralise("\tcmd") == "'\tcmd" and neutralise("\r=1") == "'\r=1"


def test_download_links_are_absolute_when_the_site_address_is_known(tmp_path: Path, monkeypatch):
    (tmp_path / "mkdocs.yml").write_text((REPO / "mkdocs.yml").read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.delenv("SITE_URL", raising=False)
    assert published_url(tmp_path) is None  # the local preview address is not published
    monkeypatch.setenv("SITE_URL", "https://acme.github.io/briefing")
    assert published_url(tmp_path) == "https://acme.github.io/briefing/"


def test_site_address_is_read_as_mkdocs_reads_it(tmp_path: Path, monkeypatch):
    """`!ENV` with a default, a site_url inherited from a parent file (`INHERIT`), MkDocs' `!relative`."""
    monkeypatch.delenv("SITE_URL", raising=False)
    (tmp_path / "mkdocs.yml").write_text('site_url: !ENV [SITE_URL, "https://example.org/docs"]\n', encoding="utf-8")
    assert published_url(tmp_path) == "https://example.org/docs/"
    (tmp_path / "base.yml").write_text("site_url: https://inherited.example/\n", encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text("INHERIT: base.yml\nsite_name: Briefings\n", encoding="utf-8")
    assert published_url(tmp_path) == "https://inherited.example/"
    (tmp_path / "mkdocs.yml").write_text("site_url: https://example.org/\nmarkdown_extensions:\n"
                                          "  - pymdownx.snippets:\n      base_path: !relative $config_dir\n",
                                          encoding="utf-8")
    assert published_url(tmp_path) == "https://example.org/"  # a tag only MkDocs knows
    (tmp_path / "mkdocs.yml").write_text("site_url: [not, an, address\n", encoding="utf-8")
    assert published_url(tmp_path) is None


# ---------------------------------------------------------------------------
# Briefing pages, language, search, publishing


def test_evidence_ids_are_unique_and_every_fact_link_has_a_target(corpus: Path):
    for page in (corpus / "site" / "briefings").glob("*/index.html"):
        tree = LexborHTMLParser(page.read_text(encoding="utf-8"))
        ids = [node.attributes["id"] for node in tree.css("[id]")]
        assert len(ids) == len(set(ids)), page
        for link in tree.css("a.fact-link"):
            target = tree.css_first(link.attributes["href"])
            assert target is not None and "evidence" in target.attributes.get("class", ""), (page, link.attributes)


def test_json_ld_is_a_valid_news_article(corpus: Path):
    for page in (corpus / "site" / "briefings").glob("*/index.html"):
        scripts = LexborHTMLParser(page.read_text(encoding="utf-8")).css('script[type="application/ld+json"]')
        assert len(scripts) == 1
        data = json.loads(scripts[0].text())
        assert data["@context"] == "https://schema.org" and data["@type"] == "NewsArticle"
        assert data["headline"] and data["inLanguage"] in ("en", "es")
        assert None not in (data.get("contentLocation", {}).get("address") or {}).values()


def test_spanish_site_gets_spanish_labels(tmp_path: Path):
    from conftest import CORPUS

    root = make_project(tmp_path / "es", {"honda.txt": (CORPUS / "22-honda-celaya.txt").read_bytes()})
    (root / "briefing.toml").write_text('language = "es"\n', encoding="utf-8")
    generate(load_config(root))
    page = next((root / "docs" / "briefings").glob("*.md")).read_text(encoding="utf-8")
    assert "Ficha" in page and "Inversionista" in page and "Empleos" in page
    assert "Anuncios" in (root / "docs" / "index.md").read_text(encoding="utf-8")
    assert "Inversionistas" in (root / "docs" / "investors" / "index.md").read_text(encoding="utf-8")


def test_tablesort_is_vendored_and_scripts_are_local():
    config = yaml.load((REPO / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
    scripts = config["extra_javascript"]
    assert scripts == ["assets/vendor/tablesort/tablesort.min.js", "assets/vendor/tablesort/tablesort.number.min.js",
                       "assets/briefing.js"]
    for script in scripts:
        assert (REPO / "docs" / script).is_file()
    assert "MIT" in (REPO / "docs/assets/vendor/tablesort/LICENSE").read_text(encoding="utf-8") or \
        "Permission is hereby granted" in (REPO / "docs/assets/vendor/tablesort/LICENSE").read_text(encoding="utf-8")
    assert "document$.subscribe" in (REPO / "docs/assets/briefing.js").read_text(encoding="utf-8")


def test_pages_workflow_tests_builds_and_deploys():
    workflow = yaml.load((REPO / ".github/workflows/pages.yml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
    assert workflow["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}
    build = workflow["jobs"]["build"]
    runs = " ".join(step.get("run", "") for step in build["steps"])
    uses = [step.get("uses", "") for step in build["steps"]]
    assert "python -m pip install -e '.[test]' && python -m pytest" in runs
    assert "apt-get install -y chromium" in runs and "briefing build" in runs
    site_url = next(step["env"]["SITE_URL"] for step in build["steps"] if "SITE_URL" in step.get("env", {}))
    assert "steps.pages.outputs.base_url" in site_url  # the repository's Pages address
    assert build["container"].startswith("python:3.11")  # Debian: Chromium at /usr/bin/chromium
    assert any(u.startswith("actions/configure-pages") for u in uses)
    assert any(u.startswith("actions/upload-pages-artifact") for u in uses)
    deploy = workflow["jobs"]["deploy"]
    assert deploy["environment"]["name"] == "github-pages"
    assert deploy["steps"][0]["uses"].startswith("actions/deploy-pages")


def test_strict_build_of_the_corpus_passes(corpus: Path):
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(corpus / "strict-site")],
                            cwd=corpus, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_search_page_header_box_and_index_are_built(corpus: Path):
    """Pagefind's index is built with the site; every page's header box opens the search page."""
    site = corpus / "site"
    assert (site / "pagefind" / "pagefind-entry.json").is_file()
    assert (site / "pagefind" / "pagefind-ui.js").is_file()
    search = LexborHTMLParser((site / "search" / "index.html").read_text(encoding="utf-8"))
    assert search.css_first("#briefing-search").attributes["data-bundle"] == "../pagefind/"
    tesla = next((site / "briefings").glob("tesla-picks-*/index.html"))
    form = LexborHTMLParser(tesla.read_text(encoding="utf-8")).css_first("form.briefing-search")
    assert form.attributes["action"] == "../../search/" and form.css_first("input").attributes["name"] == "q"


def test_words_about_facts_and_listing_tables_stay_out_of_the_search_index(corpus: Path):
    """Indexed: the facts and the article. Not indexed: "extracted", "All announcements",
    and the tables that repeat every briefing's facts (on the overview and group pages)."""
    page = next((corpus / "site" / "briefings").glob("panasonic-*/index.html"))
    tree = LexborHTMLParser(page.read_text(encoding="utf-8"))
    for selector in (".fact-origin", ".fact-pages", ".factbox .admonition-title"):
        assert tree.css(selector) and all("data-pagefind-ignore" in n.attributes for n in tree.css(selector)), selector
    assert "data-pagefind-ignore" not in tree.css_first(".article-body").attributes
    for listing in ("index.html", "investors/panasonic-energy/index.html"):
        tree = LexborHTMLParser((corpus / "site" / listing).read_text(encoding="utf-8"))
        tables = tree.css("table[data-sortable]")
        assert tables and all("data-pagefind-ignore" in t.attributes for t in tables), listing


def test_fact_boxes_name_the_search_filters(corpus: Path):
    page = next((corpus / "site" / "briefings").glob("tesla-picks-*/index.html"))
    filters = {a.attributes["data-pagefind-filter"]: a.text() for a in
               LexborHTMLParser(page.read_text(encoding="utf-8")).css("[data-pagefind-filter]")}
    assert filters == {"Investor": "Tesla", "Region": "Nuevo León", "Country": "Mexico"}


def test_a_large_overview_lists_the_newest_briefings_and_says_so(corpus: Path, tmp_path: Path):
    """The overview's table stops at `overview_table_rows`; the totals, the downloads and the
    other pages still count every briefing."""
    from conftest import corpus_files

    root = make_project(tmp_path / "p", {p.name: p.read_bytes() for p in corpus_files()})
    (root / "briefing.toml").write_text("overview_table_rows = 5\n", encoding="utf-8")
    generate(load_config(root))
    page = (root / "docs" / "index.md").read_text(encoding="utf-8")
    tree = LexborHTMLParser(page)
    dates = [row.css_first("td").attributes["data-sort"] for row in tree.css(".master-table tbody tr")]
    assert len(dates) == 5 and dates == sorted(dates, reverse=True)
    everything = [row for row in csv.DictReader(io.StringIO((root / "docs" / "data" / "briefings.csv").read_text(encoding="utf-8")))]
    assert len(everything) == 30
    newest = sorted((row["date"].replace("-", "") for row in everything if row["date"]), reverse=True)[:5]
    assert dates == newest
    assert "The 5 newest of 30 announcements" in page
    assert '<span class="stat-value">30</span>' in page  # the count is of every briefing
    # the default lists all 30 (fewer than 1,000): no note
    assert "newest of" not in (corpus / "docs" / "index.md").read_text(encoding="utf-8")


def test_header_override_is_materials_header_but_for_search():
    """overrides/partials/header.html copies Material's header to swap its search for ours.
    If a Material update changes the header, this fails: copy the new one and swap again."""
    import material

    theirs = (Path(material.__file__).parent / "templates" / "partials" / "header.html").read_text(encoding="utf-8")
    ours = (REPO / "overrides" / "partials" / "header.html").read_text(encoding="utf-8")

    def outside_search(template: str, start: str, end: str = "    {% if config.repo_url %}") -> str:
        body = template.split("-#}", 1)[1]  # after the opening comment
        return body[:body.index(start)] + body[body.index(end):]

    assert outside_search(ours, "    {#- Briefing: a search box") == outside_search(theirs, '    {% if "material/search" in config.plugins %}')
    assert 'action="{{ \'search/\' | url }}"' in ours
