"""In a real browser, a briefing built from articles full of scripts runs none of them:
no dialog opens and `window.__xss` (which any of those scripts would set) stays undefined."""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import threading
from pathlib import Path

import pytest

from conftest import HOSTILE_SEEDS, SAMPLE_SEED, SEARCH_RESULTS_LOADED, make_project
from generator.cli import main

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


def _need_chromium() -> None:
    if Path(CHROMIUM).is_file() and shutil.which(CHROMIUM):
        return
    if os.environ.get("CI"):
        pytest.fail(f"{CHROMIUM} is missing; CI must run the browser tests")
    pytest.skip(f"{CHROMIUM} not installed")


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """The hostile site, built and served on 127.0.0.1 from a thread."""
    _need_chromium()
    root = make_project(tmp_path_factory.mktemp("browser") / "project",
                        {"good.txt": SAMPLE_SEED.read_text(encoding="utf-8"), **HOSTILE_SEEDS})
    assert main(["build", "--project", str(root), "--quiet"]) == 0
    handler = functools.partial(_QuietHandler, directory=str(root / "site"))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/", root
    finally:
        server.shutdown()
        server.server_close()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:  # keep test output clean
        pass


@pytest.fixture(scope="module")
def browser():
    _need_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        instance = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield instance
        instance.close()


def _pages(root: Path) -> list[str]:
    briefings = sorted(p.parent.name for p in (root / "site" / "briefings").glob("*/index.html"))
    return ["", "review/"] + [f"briefings/{slug}/" for slug in briefings]


def test_no_script_from_an_article_runs(served, browser):
    base, root = served
    pages = _pages(root)
    assert len([p for p in pages if "script" in p]) == 3, pages
    page = browser.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(f"{dialog.type}: {dialog.message}"), dialog.dismiss()))
    try:
        for path in pages:
            page.goto(base + path, wait_until="load")
            page.mouse.move(200, 300)  # would fire onmouseover handlers, were there any
            page.wait_for_timeout(100)
            assert page.evaluate("typeof window.__xss") == "undefined", path
        assert dialogs == []
    finally:
        page.close()


def test_clicking_article_links_and_facts_runs_nothing(served, browser):
    base, root = served
    slug = next(p for p in _pages(root) if p.startswith("briefings/acme-script"))
    page = browser.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    try:
        page.goto(base + slug, wait_until="load")
        for selector in (".article-body p", ".article-body mark", ".factbox td", ".briefing-source a", ".factbox a"):
            # Events fired from the page, so a click that navigates cannot detach the next element.
            clicked = page.evaluate("s => { const all = [...document.querySelectorAll(s)];"
                                    " all.forEach(e => e.click()); return all.length; }", selector)
            assert clicked, selector
            page.wait_for_timeout(100)
        assert page.evaluate("typeof window.__xss") == "undefined"
        assert dialogs == []
    finally:
        page.close()


def test_search_results_show_hostile_titles_as_text(served, browser):
    """Pagefind shows titles and excerpts of pages whose text is markup: still text."""
    base, _ = served
    page = browser.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    try:
        page.goto(base + "search/?q=xss", wait_until="load")
        page.wait_for_function(SEARCH_RESULTS_LOADED, timeout=15000)
        titles = page.eval_on_selector_all(".pagefind-ui__result-link", "links => links.map(a => a.textContent)")
        assert any("<script>" in title for title in titles), titles
        assert page.evaluate("document.querySelectorAll('.pagefind-ui__results script, .pagefind-ui__results img').length") == 0
        page.wait_for_timeout(200)
        assert page.evaluate("typeof window.__xss") == "undefined"
        assert dialogs == []
    finally:
        page.close()
