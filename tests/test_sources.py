"""Reading seeds: each format and encoding gives the same normalised article."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from conftest import CORPUS
from generator.sources import SourceError, read_article

ARTICLE = "Kia invertirá mil millones de dólares en Pesquería\n\nMONTERREY, N.L., 27 de agosto de 2014.- La armadora coreana Kia anunció una inversión en “Nuevo León”.\n"


@pytest.mark.parametrize(
    "encoding, prefix",
    [
        pytest.param("utf-8", b"", id="utf-8"),
        pytest.param("utf-8", b"\xef\xbb\xbf", id="utf-8 with BOM"),
        pytest.param("utf-16-le", b"\xff\xfe", id="utf-16-le with BOM"),
        pytest.param("utf-16-be", b"\xfe\xff", id="utf-16-be with BOM"),
        pytest.param("utf-16-le", b"", id="utf-16-le without BOM"),
        pytest.param("cp1252", b"", id="cp1252 smart quotes"),
    ],
)
def test_encodings_decode_to_the_same_text(tmp_path: Path, encoding: str, prefix: bytes):
    path = tmp_path / "kia.txt"
    path.write_bytes(prefix + ARTICLE.encode(encoding))
    article = read_article(path).article
    assert article.text == ARTICLE.strip()
    assert article.title == "Kia invertirá mil millones de dólares en Pesquería"
    assert article.lang == "es"
    assert article.date == dt.date(2014, 8, 27)


def test_latin1_seed_from_the_corpus():
    article = read_article(CORPUS / "28-gm-ramos-arizpe.txt").article
    assert article.title.startswith("General Motors invertirá mil millones de dólares")
    assert "\ufffd" not in article.text


def test_crlf_and_all_caps_title():
    article = read_article(CORPUS / "29-panasonic-kansas.txt").article
    assert "\r" not in article.text
    assert article.title == "PANASONIC TO BUILD $4 BILLION EV BATTERY PLANT IN KANSAS"
    assert article.text[article.body_start:].startswith("TOPEKA, Kan.")


def test_markdown_front_matter_and_body():
    article = read_article(CORPUS / "27-toyota-north-carolina.md").article
    assert article.title == "Toyota picks North Carolina for $1.29 billion battery plant"
    assert article.date == dt.date(2021, 12, 6)
    assert article.source_url.startswith("https://")
    assert article.front_matter["facts"] == {"jobs": 2100}
    assert "autos" in article.tags
    assert "**" not in article.text and "#" not in article.text  # Markdown syntax is gone
    assert "LIBERTY, N.C., Dec. 6, 2021" in article.text


def test_html_keeps_only_the_article():
    article = read_article(CORPUS / "26-ford-blueoval-city.html").article
    assert article.title == "Ford to build $5.6 billion BlueOval City electric truck campus in Tennessee"
    assert article.date == dt.date(2021, 9, 27)
    for furniture in ("Subscribe", "DOW 34,869", "Most read", "Industry Daily staff"):
        assert furniture not in article.text
    assert "NASHVILLE, Tenn., Sept. 27, 2021" in article.text


def test_text_without_headline_has_no_title(tmp_path: Path):
    path = tmp_path / "lead.txt"
    path.write_text("The company announced an investment of five billion dollars in Mexico, with which it "
                    "plans to generate seven thousand jobs a year and more growth for the region.\nMore.")
    article = read_article(path).article
    assert article.title is None
    assert article.body_start == 0


@pytest.mark.parametrize("content", [b"", b"   \n\n  \t\n", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00"])
def test_unreadable_seeds_name_the_file(tmp_path: Path, content: bytes):
    path = tmp_path / "bad seed.txt"
    path.write_bytes(content)
    with pytest.raises(SourceError) as caught:
        read_article(path)
    assert "bad seed.txt" in str(caught.value)
    assert caught.value.hint


def test_language_is_detected_per_article():
    assert read_article(CORPUS / "19-audi-san-jose-chiapa.txt").article.lang == "es"
    assert read_article(CORPUS / "01-tesla-nuevo-leon.txt").article.lang == "en"


@pytest.mark.parametrize("head, body", [
    ("", '<p class="byline">By Staff | March 24, 2023</p>'),
    ('<script type="application/ld+json">{"@graph": [{"@type": "NewsArticle", "datePublished": "2023-03-24"}]}</script>', ""),
    ('<meta itemprop="datePublished" content="2023-03-24T08:00:00-07:00">', ""),
], ids=["byline", "json-ld", "itemprop"])
def test_saved_pages_give_their_date_where_they_keep_it(tmp_path: Path, head: str, body: str):
    """A saved page without `article:published_time` or `<time>` still has a date somewhere."""
    page = tmp_path / "lg.html"
    page.write_text(f"<html><head>{head}</head><body><article><h1>LG to invest $5.5 billion in Arizona</h1>{body}"
                    "<p>QUEEN CREEK, Ariz. — LG Energy Solution will invest $5.5 billion in a battery complex.</p>"
                    "</article></body></html>", encoding="utf-8")
    article = read_article(page).article
    assert article.date == dt.date(2023, 3, 24)
    assert "By Staff" not in article.text  # the byline is still not article text
