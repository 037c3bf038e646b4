"""The built site in a real browser: search, sorting, evidence links, investor pages,
printing, and not a single request to another host.

Drives Debian's Chromium through Playwright (never a downloaded browser). Without
Chromium these tests are skipped, except in CI (`CI` set), where they fail.
Screenshots go to a temporary folder; with BRIEFING_UPDATE_SCREENSHOTS=1 they are
copied to docs/assets/screenshots/ for the README.
"""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import threading
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from conftest import REPO, SEARCH_RESULTS_LOADED
from corpus_site import build_corpus_site

pytestmark = pytest.mark.browser

#: Where Chromium may be: Debian's package first; BRIEFING_CHROMIUM names another.
CHROMIUM_PATHS = ("/usr/bin/chromium", "/usr/bin/chromium-browser", "/snap/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
LOCAL_HOSTS = {"127.0.0.1", "localhost"}
TESLA = "briefings/tesla-picks-nuevo-leon-for-its-next-gigafactory-pledging-more-than-5-billion/"


def chromium() -> str:
    wanted = os.environ.get("BRIEFING_CHROMIUM")
    for path in ((wanted,) if wanted else CHROMIUM_PATHS):
        if Path(path).is_file() and os.access(path, os.X_OK):
            return path
    message = f"Chromium not found ({wanted or ', '.join(CHROMIUM_PATHS)}); install it with `apt-get install chromium`"
    if os.environ.get("CI"):
        pytest.fail(message + " - CI must run the browser tests")
    pytest.skip(message)


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """The 30 dev articles, built and served on 127.0.0.1 from a thread."""
    chromium()
    folder = tmp_path_factory.mktemp("browser-site")
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0),
                                             functools.partial(_QuietHandler, directory=str(folder / "project" / "site")))
    address = f"http://127.0.0.1:{server.server_address[1]}/"
    build_corpus_site(folder / "project", site_url=address)  # so that Material navigates instantly
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield address
    finally:
        server.shutdown()
        server.server_close()


#: Every URL any page asked for, across the tests of this module.
REQUESTS: list[str] = []


@pytest.fixture(scope="module")
def context(site):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium(), args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": 1280, "height": 900}, service_workers="block")
        context.on("request", lambda request: REQUESTS.append(request.url))
        try:
            yield context
        finally:
            context.close()
            browser.close()


@pytest.fixture
def page(context):
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(f"{page.url}: {error} {error.stack}"))
    yield page
    page.close()
    assert not errors, errors  # no script error on any page


def _result_links(page) -> list[str]:
    page.wait_for_function(SEARCH_RESULTS_LOADED, timeout=15000)
    return page.eval_on_selector_all(".pagefind-ui__result-link", "links => links.map(a => a.href)")


def _search(page, site: str, query: str) -> list[str]:
    """Type in the header's box and press Enter, as a reader would; the result links."""
    page.goto(site)
    box = page.locator("#briefing-query")
    box.click()
    box.press_sequentially(query, delay=20)
    box.press("Enter")
    return _result_links(page)


def test_search_finds_a_briefing_by_investor_name(page, site):
    links = _search(page, site, "Panasonic")
    assert any("/briefings/panasonic-to-build" in link for link in links), links


def test_search_finds_words_of_the_article_itself(page, site):
    links = _search(page, site, "Sunflower")  # a word only the Panasonic article's body has
    assert links and all("/briefings/panasonic-to-build" in link for link in links), links


def test_search_results_can_be_filtered_by_country(page, site):
    _search(page, site, "plant")
    before = page.locator(".pagefind-ui__result").count()
    page.locator(".pagefind-ui__filter-name", has_text="Country").click()
    page.locator(".pagefind-ui__filter-label", has_text="Brazil").click()
    page.wait_for_function(f"document.querySelectorAll('.pagefind-ui__result').length < {before}")
    links = _result_links(page)
    message = page.locator(".pagefind-ui__message").inner_text()
    assert links and all("/briefings/" in link for link in links), links
    assert message.startswith(f"{page.locator('.pagefind-ui__result').count()} result"), message


def test_search_page_works_after_instant_navigation(page, site):
    """Material swaps pages without reloading them: the search page must still set itself up."""
    page.goto(site)
    page.locator(".md-tabs__link", has_text="Search").click()
    box = page.locator(".pagefind-ui__search-input")
    box.wait_for(timeout=15000)
    box.fill("Hyundai")
    links = _result_links(page)
    assert any("/briefings/hyundai" in link for link in links), links


def test_header_search_works_after_instant_navigation_to_a_deeper_page(page, site):
    """The header is kept when Material swaps pages: its form must not depend on the page's depth."""
    page.goto(site)
    page.evaluate("window.__sameDocument = true")
    page.locator(".md-tabs__link", has_text="Investors").click()
    page.wait_for_url("**/investors/")
    assert page.evaluate("window.__sameDocument === true")  # an instant, in-page navigation
    box = page.locator("#briefing-query")
    box.fill("Panasonic")
    box.press("Enter")
    page.wait_for_selector(".pagefind-ui__result-link", timeout=15000)
    assert page.url.startswith(site + "search/?q=Panasonic"), page.url


def test_search_does_not_offer_the_not_found_page(page, site):
    links = _search(page, site, "found")  # "How facts are found" is a result; "404 - Not found" is not
    assert links and not [link for link in links if "404" in link], links


def test_search_page_says_so_when_the_index_cannot_load(context, site):
    """Opened as files, or with the index missing: a sentence, not an empty box."""
    page = context.new_page()
    try:
        page.route("**/pagefind/**", lambda route: route.abort())
        page.goto(site + "search/?q=Tesla")
        page.wait_for_selector(".briefing-search--missing", timeout=15000)
        assert "could not be loaded" in page.locator("#briefing-search").inner_text()
    finally:
        page.close()


def test_slash_key_goes_to_the_search_box(page, site):
    page.goto(site)
    page.keyboard.press("/")
    assert page.evaluate("document.activeElement.id") == "briefing-query"


def test_search_finds_an_accented_place_typed_without_accents(page, site):
    links = _search(page, site, "Queretaro")
    briefings = [link for link in links if "/briefings/" in link]
    assert any("microsoft" in link or "google" in link for link in briefings), links


def _column(page, index: int) -> list[float]:
    return page.eval_on_selector_all(
        "table.master-table tbody tr", f"rows => rows.map(r => parseFloat(r.cells[{index}].dataset.sort))")


def test_master_table_sorts_amounts_as_numbers(page, site):
    page.goto(site)
    header = page.locator("table.master-table thead th", has_text="Amount")
    header.click()
    first = _column(page, 2)
    assert first == sorted(first, reverse=True), first  # largest first
    assert first[0] >= 100e9 and first[-1] == -1  # US$100 billion on top; "not stated" below every figure
    header.click()
    assert _column(page, 2) == sorted(first)


def test_sorting_works_after_instant_navigation(page, site):
    page.goto(site)
    page.locator("nav a.md-tabs__link", has_text="Investors").click()
    page.wait_for_url("**/investors/")
    page.locator("table.group-index thead th").nth(1).click()  # announcements
    counts = page.eval_on_selector_all("table.group-index tbody tr",
                                       "rows => rows.map(r => parseFloat(r.cells[1].dataset.sort))")
    assert counts == sorted(counts, reverse=True) and counts[0] >= 1


def test_clicking_a_fact_scrolls_to_its_highlighted_evidence(page, site):
    page.set_viewport_size({"width": 1280, "height": 480})  # the evidence starts below the fold
    page.goto(site + TESLA)
    evidence = page.locator("#evidence-amount")
    assert not _in_viewport(page, "#evidence-amount")
    page.locator("tr.fact-amount a.fact-link").click()
    page.wait_for_function("location.hash === '#evidence-amount'")
    page.wait_for_timeout(300)
    assert _in_viewport(page, "#evidence-amount")
    classes = evidence.get_attribute("class").split()
    assert "evidence" in classes and "evidence-active" in classes
    assert evidence.evaluate("e => getComputedStyle(e).backgroundColor") != "rgba(0, 0, 0, 0)"


def _in_viewport(page, selector: str) -> bool:
    return page.eval_on_selector(selector, "e => { const r = e.getBoundingClientRect();"
                                           " return r.top >= 0 && r.bottom <= window.innerHeight; }")


def test_investor_page_lists_the_investors_briefings(page, site):
    page.goto(site + "investors/")
    page.locator("table.group-index a", has_text="Tesla").click()
    page.wait_for_url("**/investors/tesla/")
    titles = page.locator("table.group-briefings a.group-briefing-link").all_inner_texts()
    assert titles == ["Tesla picks Nuevo León for its next gigafactory, pledging more than $5 billion"]


def test_fact_box_links_to_investor_and_location_pages(page, site):
    page.goto(site + TESLA)
    page.locator("tr.fact-location .fact-pages a", has_text="Nuevo León").click()
    page.wait_for_url("**/locations/nuevo-leon/")
    assert "Tesla" in page.locator("table.group-briefings").inner_text()


def test_a_briefing_prints_with_its_fact_box_and_without_navigation(page, site, tmp_path):
    page.goto(site + TESLA)
    page.emulate_media(media="print")
    assert page.locator(".factbox").is_visible()
    assert page.locator("#evidence-amount").is_visible()
    for chrome in (".md-header", ".md-tabs", ".md-sidebar--primary", ".md-footer"):
        locator = page.locator(chrome)
        assert locator.count() == 0 or not locator.first.is_visible(), chrome
    pdf = page.pdf(format="A4")
    assert pdf.startswith(b"%PDF") and len(pdf) > 10_000
    (tmp_path / "briefing.pdf").write_bytes(pdf)


def test_screenshots(page, site, tmp_path_factory):
    folder = tmp_path_factory.mktemp("screenshots")
    page.goto(site)
    page.wait_for_load_state("networkidle")
    page.screenshot(path=str(folder / "overview.png"))
    page.goto(site + TESLA)
    page.wait_for_load_state("networkidle")
    page.screenshot(path=str(folder / "briefing.png"))
    page.goto(site + "search/?q=battery%20plant")
    page.wait_for_selector(".pagefind-ui__result")
    page.locator(".pagefind-ui__filter-name", has_text="Country").click()
    page.wait_for_load_state("networkidle")
    page.screenshot(path=str(folder / "search.png"))
    names = ("overview.png", "briefing.png", "search.png")
    for name in names:
        assert (folder / name).read_bytes().startswith(b"\x89PNG")
    if os.environ.get("BRIEFING_UPDATE_SCREENSHOTS") == "1":
        target = REPO / "docs" / "assets" / "screenshots"
        target.mkdir(parents=True, exist_ok=True)
        for name in names:
            shutil.copy(folder / name, target / name)


def test_no_request_left_localhost(context, site):
    assert REQUESTS, "the other browser tests should have loaded pages"
    outside = sorted({url for url in REQUESTS if urlsplit(url).hostname not in LOCAL_HOSTS
                      and not url.startswith(("data:", "blob:", "about:"))})
    assert not outside, outside
