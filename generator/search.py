"""Site search with Pagefind, as a MkDocs plugin (`briefing-search` in mkdocs.yml).

Material's built-in search sends the browser every page's text and has it build an
index before the first result: about 9 s at 10,000 briefings on a two-core laptop.
Pagefind indexes the built HTML once, at build time, into small fragments; a query
downloads a few hundred kilobytes whatever the size of the site, and diacritics are
folded ("Queretaro" finds "Querétaro"). The index is built after every `mkdocs build`
and every rebuild of `mkdocs serve`, so it always matches the pages.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from mkdocs.config import config_options
from mkdocs.config.base import Config as MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, get_plugin_logger

log = get_plugin_logger(__name__)

#: Where the index and Pagefind's scripts go, inside the site.
BUNDLE = "pagefind"

#: Parts of pages that are not worth finding: permalink signs, and the listing tables
#: that repeat every briefing's facts (the briefing pages themselves are indexed).
IGNORED = (".headerlink", ".md-source-file", "[data-pagefind-ignore]")


class PagefindOptions(MkDocsConfig):
    enabled = config_options.Type(bool, default=True)


class PagefindPlugin(BasePlugin[PagefindOptions]):
    """Runs Pagefind on the site MkDocs has just written."""

    def on_post_build(self, *, config) -> None:
        if not self.config.enabled:
            return
        problem = build_index(Path(config.site_dir))
        if problem:
            raise PluginError(problem)


def build_index(site: Path) -> str | None:
    """Index ``site`` into ``site/pagefind``; what went wrong, or None."""
    command = [sys.executable, "-m", "pagefind", "--site", str(site), "--output-subdir", BUNDLE,
               "--root-selector", "article.md-content__inner", "--silent"]
    for selector in IGNORED:
        command += ["--exclude-selectors", selector]
    try:
        finished = subprocess.run(command, capture_output=True, text=True, timeout=1800)
    except (OSError, subprocess.TimeoutExpired) as error:
        return f"search index not built: {error} (is the `pagefind[bin]` package installed?)"
    if finished.returncode != 0:
        detail = (finished.stderr or finished.stdout).strip().splitlines()
        if any("No module named" in line for line in detail):
            return f"search index not built: {detail[-1]} (install the `pagefind[bin]` package)"
        return f"search index not built: pagefind exited with {finished.returncode}{': ' + detail[-1] if detail else ''}"
    log.debug("search index written to %s", site / BUNDLE)
    return None
