"""Shared fixtures: small temporary projects built from a dict of files (as MkDocs' tests do)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
CORPUS = Path(__file__).resolve().parent / "corpus" / "dev"

os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")


def make_project(root: Path, seeds: dict[str, str | bytes], docs: dict[str, str] | None = None) -> Path:
    """A project folder with the repository's mkdocs.yml and hand-written docs, plus ``seeds``."""
    root.mkdir(parents=True, exist_ok=True)
    shutil.copy(REPO / "mkdocs.yml", root / "mkdocs.yml")
    shutil.copytree(REPO / "overrides", root / "overrides", dirs_exist_ok=True)
    for folder in ("about", "assets"):
        if (REPO / "docs" / folder).is_dir():
            shutil.copytree(REPO / "docs" / folder, root / "docs" / folder, dirs_exist_ok=True,
                            ignore=shutil.ignore_patterns("screenshots"))
    (root / "seeds").mkdir(exist_ok=True)
    for name, content in seeds.items():
        path = root / "seeds" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    for name, content in (docs or {}).items():
        path = root / "docs" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content, encoding="utf-8")
    return root


@pytest.fixture
def project_factory(tmp_path: Path):
    """Call with a dict of seed files (and optional docs files); returns the project folder."""
    count = 0

    def factory(seeds: dict[str, str | bytes], docs: dict[str, str] | None = None) -> Path:
        nonlocal count
        count += 1
        return make_project(tmp_path / f"project{count}", seeds, docs)

    return factory


def corpus_files() -> list[Path]:
    """The labelled dev articles (not expected.json)."""
    return sorted(p for p in CORPUS.iterdir() if p.name[:2].isdigit())


SAMPLE_SEED = REPO / "seeds" / "amazon-web-services-queretaro.txt"


# ---------------------------------------------------------------------------
# Hostile input: generating a project and checking built pages for live markup


def generate_project(root: Path):
    """Generate docs/ for a project made by `make_project`; returns the run's report."""
    from generator.config import load_config
    from generator.site import generate

    return generate(load_config(root))


def generated_files(root: Path) -> dict[str, bytes]:
    """Every file the generator says it owns in docs/, by path, with the manifest itself."""
    from generator.writer import MANIFEST, read_manifest

    docs = root / "docs"
    names = sorted(read_manifest(docs)) + [MANIFEST]
    return {name: (docs / name).read_bytes() for name in names}


def active_markup(html: str, allowed_script_srcs: tuple[str, ...] = ("assets/",)) -> list[str]:
    """What in a built page could run: scripts not from the theme, on* handlers,
    javascript: links, frames. An empty list means the page is inert."""
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(html)
    found: list[str] = []
    for script in tree.css("script"):
        src = script.attributes.get("src")
        kind = (script.attributes.get("type") or "").lower()
        body = script.text() or ""
        if src is not None:
            if not any(part in src for part in allowed_script_srcs):
                found.append(f"script src={src!r}")
        elif kind in ("application/ld+json", "application/json"):
            continue  # data, not code (checked to parse as JSON elsewhere)
        elif "__xss" in body or "alert" in body:
            found.append(f"inline script {body[:60]!r}")
    for node in tree.css("*"):
        for name, value in node.attributes.items():
            if name.lower().startswith("on"):
                found.append(f"<{node.tag} {name}=...>")
            if name.lower() in ("href", "src", "action", "formaction", "xlink:href", "data") and value:
                squashed = "".join(str(value).split()).lower()
                if squashed.startswith(("javascript:", "vbscript:", "data:text/html")):
                    found.append(f"<{node.tag} {name}={value!r}>")
    for tag in ("iframe", "frame", "object", "embed", "base"):
        if tree.css_first(tag) is not None:
            found.append(f"<{tag}>")
    return found


#: Articles full of markup that must show as text: scripts, handlers, javascript: links,
#: frames, Markdown and template syntax. If any of it ran, it would set window.__xss.
XSS = "<script>window.__xss = 1; alert('xss')</script>"
HOSTILE_SEEDS: dict[str, str] = {
    "hostile.md": f"""---
title: "Acme {XSS} {{{{ config.site_name }}}} | pipe | `tick` *star* </script><!-- --->"
date: 2024-02-03
source_url: "javascript:window.__xss = 1"
tags: ["<img src=x onerror=window.__xss=1>", "{{% raw %}}", "a|b"]
facts:
  investor: "Acme <img src=x onerror=window.__xss=1> | Co"
  location: {{city: "Saltillo<svg onload=window.__xss=1>", country: "Mexico | </td></tr>"}}
  jobs: 1200
---

# Acme {XSS} opens a plant in Saltillo

SALTILLO, Mexico, Feb. 3, 2024 — Acme will invest $300 million in Saltillo, creating 1,200 jobs.
<img src=x onerror="window.__xss = 1">
<iframe src="javascript:window.__xss = 1"></iframe>
[click me](javascript:window.__xss=1) and <a href="javascript:window.__xss=1">link</a>
{{{{ config }}}} {{% include "x" %}} {{# comment #}} ${{7*7}}
| col | col |
|-----|-----|
| a   | b   |

---

*emphasis* **strong** `code` ~~strike~~ {{: onclick="window.__xss=1" }}
<div onmouseover="window.__xss=1">div text</div> </script><script>window.__xss=1</script>
<style>body {{ display: none }}</style>
""",
    "hostile.txt": (f"Plain {XSS} headline with <b>tags</b>\n\n"
                    "MONTERREY, Mexico, Jan. 5, 2024 — Beta Corp said </script><script>window.__xss=1</script> "
                    "it will invest <img src=x onerror=window.__xss=1> in Monterrey.\n"
                    "[x](javascript:window.__xss=1) {{ 7*7 }} {% if %} | a | b |\n---\n* item\n`code`\n"
                    '<iframe src="javascript:window.__xss=1"></iframe> *emphasis* **strong** {: onclick="window.__xss=1" }\n'
                    "<style>body { display: none }</style> <!-- comment --> &lt;b&gt; &amp;amp;\n"),
    "hostile.html": ("<html><head><title>Gamma <script>window.__xss=1</script></title></head><body><article>"
                     "<h1>Gamma &lt;script&gt;window.__xss=1&lt;/script&gt; builds in Puebla</h1>"
                     "<p>PUEBLA, Mexico, Jan. 9, 2024 — Gamma will invest in Puebla "
                     "&lt;img src=x onerror=window.__xss=1&gt; and says {{ config }}.</p>"
                     "<p onclick=\"window.__xss=1\">Clicking <a href=\"javascript:window.__xss=1\">here</a> "
                     "does nothing. <iframe src=\"javascript:window.__xss=1\"></iframe></p>"
                     "<script>window.__xss=1</script></article></body></html>"),
}


def article_doc(title: str | None, body: str, lang: str = "en"):
    """A Document as the reader builds it: the headline is the text's first line."""
    from generator.extract.document import Document
    from generator.model import Article

    text = f"{title}\n\n{body}" if title else body
    start = len(title) + 2 if title else 0
    return Document(Article(source=Path("t.txt"), text=text, title=title, lang=lang, body_start=start))


#: Pagefind lists a search result at once and fills it in when its data arrives: browser
#: tests read results only when every listed one is filled in (a `wait_for_function` script).
SEARCH_RESULTS_LOADED = ("() => { const results = document.querySelectorAll('.pagefind-ui__result');"
                         " return results.length > 0"
                         " && !document.querySelector('.pagefind-ui__results .pagefind-ui__loading'); }")
