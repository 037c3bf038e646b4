"""Article text is data, never markup: HTML, JavaScript, Markdown and template syntax
in a seed show as the characters they are on the built site, and nothing runs."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser

from conftest import HOSTILE_SEEDS, SAMPLE_SEED, active_markup, generate_project, generated_files, make_project
from generator.cli import main
from generator.render import json_for_script, safe_url, yaml_string


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    seeds = {"good.txt": SAMPLE_SEED.read_text(encoding="utf-8"), **HOSTILE_SEEDS}
    root = make_project(tmp_path_factory.mktemp("escaping") / "project", seeds)
    assert main(["build", "--project", str(root), "--quiet"]) == 0
    return root


def _briefing_pages(site: Path) -> dict[str, Path]:
    return {p.parent.name: p for p in (site / "site" / "briefings").glob("*/index.html")}


def _hostile_page(site: Path, prefix: str) -> LexborHTMLParser:
    page = next(path for slug, path in _briefing_pages(site).items() if slug.startswith(prefix))
    return LexborHTMLParser(page.read_text(encoding="utf-8"))


def test_every_hostile_seed_became_a_page(site: Path):
    slugs = sorted(_briefing_pages(site))
    assert any(s.startswith("acme-script") for s in slugs), slugs
    assert any(s.startswith("plain-script") for s in slugs), slugs
    assert any(s.startswith("gamma-script") for s in slugs), slugs


def test_no_page_has_active_markup(site: Path):
    pages = list((site / "site").rglob("*.html"))
    assert len(pages) >= 6
    for page in pages:
        assert active_markup(page.read_text(encoding="utf-8")) == [], page


def test_title_is_text_in_title_header_and_h1(site: Path):
    tree = _hostile_page(site, "acme-script")
    title = tree.css_first("title").text()
    assert "<script>window.__xss = 1; alert('xss')</script>" in title
    assert "{{ config.site_name }}" in title
    h1 = tree.css_first("article h1, .md-content h1")
    assert "<script>window.__xss" in h1.text()
    assert h1.css_first("script") is None
    header = tree.css_first(".md-header__topic:last-child .md-ellipsis")
    assert header is not None and "<script>window.__xss" in header.text()


def test_markdown_seed_markup_is_dropped_and_template_syntax_kept(site: Path):
    """A .md seed is Markdown: its formatting is read as such, and its raw HTML is never kept as HTML."""
    body = _hostile_page(site, "acme-script").css_first(".article-body")
    text = body.text()
    for literal in ("[click me](javascript:window.__xss=1)", "{{ config }}", '{% include "x" %}', "{# comment #}",
                    "| col | col |", '{: onclick="window.__xss=1" }', "~~strike~~"):
        assert literal in text, literal
    for tag in ("em", "strong", "code", "table", "hr", "a", "img", "iframe", "script", "style", "del", "div[onmouseover]"):
        assert body.css_first(tag) is None, tag


def test_text_and_html_seeds_show_markup_literally(site: Path):
    body = _hostile_page(site, "plain-script").css_first(".article-body")
    text = body.text()
    for literal in ("</script><script>window.__xss=1</script>", "<img src=x onerror=window.__xss=1>",
                    "[x](javascript:window.__xss=1) {{ 7*7 }} {% if %} | a | b |", "---", "* item", "`code`",
                    '<iframe src="javascript:window.__xss=1"></iframe> *emphasis* **strong** {: onclick="window.__xss=1" }',
                    "<style>body { display: none }</style> <!-- comment --> &lt;b&gt; &amp;amp;"):
        assert literal in text, literal
    for tag in ("em", "strong", "code", "table", "hr", "a", "img", "iframe", "script", "style", "ul", "li"):
        assert body.css_first(tag) is None, tag
    html_body = _hostile_page(site, "gamma-script").css_first(".article-body")
    assert "<img src=x onerror=window.__xss=1>" in html_body.text()
    assert "{{ config }}" in html_body.text()
    assert html_body.css_first("a, iframe, script, img, [onclick]") is None


def test_fact_box_and_overview_escape_names(site: Path):
    tree = _hostile_page(site, "acme-script")
    box = tree.css_first(".factbox")
    assert "Acme <img src=x onerror=window.__xss=1> | Co" in box.text()
    assert "Saltillo<svg onload=window.__xss=1>" in box.text()
    assert box.css_first("img, svg") is None
    assert len(box.css("tr")) == 5, "a | or </td> in a value must not restructure the table"
    overview = LexborHTMLParser((site / "site" / "index.html").read_text(encoding="utf-8"))
    table = overview.css_first(".master-table")
    assert "Acme <img src=x onerror=window.__xss=1> | Co" in table.text()
    assert table.css_first("img, svg") is None
    assert {len(row.css("td")) for row in table.css("tbody tr")} == {7}


def test_tags_are_text(site: Path):
    tree = _hostile_page(site, "acme-script")
    assert tree.css_first(".md-tags img, .md-content img") is None
    assert "<img src=x onerror=window.__xss=1>" in (tree.css_first(".md-tags") or tree.body).text()


def test_source_url_javascript_is_inert(site: Path):
    tree = _hostile_page(site, "acme-script")
    link = tree.css_first(".briefing-source a")
    assert link.attributes["href"] == "#"
    assert link.text() == "javascript:window.__xss = 1"


def test_json_ld_cannot_close_its_script(site: Path):
    for slug in ("acme-script", "plain-script", "gamma-script"):
        scripts = _hostile_page(site, slug).css('script[type="application/ld+json"]')
        assert len(scripts) == 1
        data = json.loads(scripts[0].text())
        assert data["@type"] == "NewsArticle"
        assert "<script>window.__xss" in data["headline"]
        assert "isBasedOn" not in data or data["isBasedOn"].startswith("http")


def test_generated_markdown_keeps_article_text_inside_html_blocks(site: Path):
    """Python-Markdown reads lines outside HTML blocks as Markdown: no article text may be there."""
    for page in (site / "docs" / "briefings").glob("*.md"):
        text = page.read_text(encoding="utf-8")
        _, front, body = text.split("---\n", 2)
        for line in body.splitlines():
            assert not line or line.startswith("<") or re.fullmatch(r"## \w+", line), (page, line)


def test_front_matter_strings_are_escaped(site: Path):
    """Every generated page's front matter reads as YAML (else MkDocs shows it as text), escaped."""
    from mkdocs.utils.meta import get_data

    pages = [name for name in generated_files(site) if name.endswith(".md")]
    assert len(pages) >= 5
    for name in pages:
        _, meta = get_data((site / "docs" / name).read_text(encoding="utf-8"))
        assert meta.get("title"), name
        assert "<" not in str(meta["title"]) and ">" not in str(meta["title"]), name
        assert all("<" not in str(tag) for tag in meta.get("tags", [])), name


FORMULAS = {
    "formula.md": """---
title: '=HYPERLINK("http://evil.example","x")'
tags: ["@SUM(1+1)", "+cmd", "-2+3"]
facts:
  investor: "=cmd|' /C calc'!A0"
  location: {city: "+1+1", region: "@region", country: "-Mexico"}
  jobs: 100
---
=1+1 Acme will build a plant in Saltillo, Mexico.
""",
}


def test_csv_download_neutralises_formulas(tmp_path: Path):
    import csv
    import io

    root = make_project(tmp_path / "project", FORMULAS)
    generate_project(root)
    path = root / "docs" / "data" / "briefings.csv"
    if not path.is_file():
        pytest.skip("no CSV download generated")
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"))))
    cells = [cell for row in rows[1:] for cell in row]
    assert any("HYPERLINK" in cell for cell in cells) and any("cmd|" in cell for cell in cells)
    for cell in cells:
        assert not cell.startswith(("=", "+", "-", "@", "\t", "\r", "\n")), cell


@pytest.mark.parametrize("url", ["javascript:alert(1)", " JAVASCRIPT:alert(1)", "\tjavascript:alert(1)",
                                 "data:text/html,<script>", "vbscript:x", "//evil.example", "file:///etc/passwd"])
def test_safe_url_refuses_everything_but_web_links(url: str):
    assert safe_url(url) == "#"


def test_json_for_script_escapes_closing_tags():
    text = str(json_for_script({"a": "</script><!--<script>&"}))
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text) == {"a": "</script><!--<script>&"}


def test_yaml_string_is_one_line_of_valid_yaml():
    import yaml

    nasty = "a\n---\nb: c\r\n\u2028\x85 # not a comment {{ x }} ' \" \\ <b>&"
    value = yaml.safe_load(f"title: {yaml_string(nasty)}")["title"]
    assert "\n" not in str(yaml_string(nasty))
    assert value == "a --- b: c # not a comment {{ x }} &#x27; &quot; \\ &lt;b&gt;&amp;"
