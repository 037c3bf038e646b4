"""One bad seed never stops the build: it is skipped, or built with what could be read,
and the report names it (relative to the project) with the reason and what to do."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from conftest import SAMPLE_SEED, generate_project, make_project

MARKER = "briefing-yaml-was-executed"
ARTICLE = ("Acme Robotics opens a plant in Saltillo\n\n"
           "SALTILLO, Mexico, March 1, 2023 — Acme Robotics said it will build a plant in Saltillo, Coahuila.\n")
KIA = ("Kia invertirá mil millones de dólares en Pesquería\n\n"
       "MONTERREY, N.L., 27 de agosto de 2014.- La armadora coreana Kia anunció una inversión en “Nuevo León”.\n")


def bad_seeds(marker: Path) -> dict[str, str | bytes]:
    """Every kind of broken seed, by file name."""
    return {
        "empty.txt": "",
        "whitespace.md": "  \n\t\n   \n",
        "image.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4,
        "archive.html": b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(range(256)) * 4,
        "undecodable.txt": b"Acme invests \xff\xfe\xfd\x81\x8d\x8f\x90\x9d in stuff " * 20,
        "utf16le-bom.txt": b"\xff\xfe" + KIA.replace("Kia", "Kia LE BOM", 1).encode("utf-16-le"),
        "utf16be-bom.txt": b"\xfe\xff" + KIA.replace("Kia", "Kia BE BOM", 1).encode("utf-16-be"),
        "utf16le.txt": KIA.replace("Kia", "Kia LE", 1).encode("utf-16-le"),
        "utf16be.txt": KIA.replace("Kia", "Kia BE", 1).encode("utf-16-be"),
        "utf8-bom.txt": b"\xef\xbb\xbf" + KIA.replace("Kia", "Kia UTF8 BOM", 1).encode("utf-8"),
        "cp1252.txt": "Smart quotes “here”\n\nThe company said “it will invest” in Mexico’s north.\n".encode("cp1252"),
        "too-big.txt": "Big article\n\n" + "word " * (2 * 1024 * 1024 // 5 + 10),
        "unclosed-quote.md": f'---\ntitle: "unclosed\ndate: 2023-01-01\n---\n{ARTICLE}',
        "bad-date.md": f"---\ntitle: Bad date seed\ndate: 2023-13-45\n---\n{ARTICLE}",
        "wrong-types.md": f"---\ntitle: [a, b]\ntags: {{x: 1}}\nfacts: [1, 2]\ndate: [2020]\nslug: {{a: 1}}\n---\n{ARTICLE}",
        "list-front-matter.md": f"---\n- a\n- b\n---\n{ARTICLE}",
        "python-tag.md": (f"---\ntitle: !!python/object/apply:os.system ['touch {marker}']\n"
                          f"date: !!python/object/apply:os.system ['touch {marker}']\n---\n{ARTICLE}"),
        "dup-a.txt": "Same headline twice\n\nFirst article body with some words.",
        "dup-b.txt": "Same headline twice\n\nSecond article body with some words.",
        "dotdot.md": f"---\ntitle: ../../../../tmp/escaped\nslug: ../../../../tmp/escaped\n---\n{ARTICLE}",
        "absolute.md": f"---\ntitle: /etc/passwd\nslug: /etc/cron.d/evil\n---\n{ARTICLE}",
        "nav-only.html": "<html><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav></body></html>",
        "script-only.html": "<script>window.__xss = 1; alert(1)</script>",
        "absurd.txt": ("Acme pledges $1e400 for a Texas plant\n\nAUSTIN, Texas — Acme Corp will invest $1e400 in "
                       "Austin, Texas, creating 999999999999999999999999999999 jobs, and 10^400 dollars more.\n"),
        "name with spaces & ácçents.txt": "Spaces, accents and ampersands\n\nAcme said it will invest in Mexico.",
        "aliases.md": ("---\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                       "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
                       "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]\n"
                       f"tags: [*f]\ntitle: Aliases in front matter\nfacts: {{location: {{city: *f}}}}\n---\n{ARTICLE}"),
        "control-chars.md": f'---\ntitle: "Control\\x81 chars\\0 and \\uFFFE here"\n---\n{ARTICLE}',
    }


@pytest.fixture(scope="module")
def outside(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("outside")
    (folder / "passwd.txt").write_text("root:x:0:0:SECRET-OUTSIDE-TEXT\n\nroot:x:0:0:root:/root:/bin/bash more words\n")
    return folder


@pytest.fixture(scope="module")
def project(tmp_path_factory, outside: Path):
    marker = outside / MARKER
    seeds = {"good.txt": SAMPLE_SEED.read_text(encoding="utf-8"), **bad_seeds(marker)}
    root = make_project(tmp_path_factory.mktemp("bad") / "project", seeds)
    os.symlink(outside / "passwd.txt", root / "seeds" / "linked.txt")
    os.symlink(outside, root / "seeds" / "linked-folder")
    report = generate_project(root)
    return root, report, marker


def _messages(report) -> list[str]:
    return [*report.skipped, *report.warnings]


def _message_for(report, name: str) -> list[str]:
    return [m for m in _messages(report) if m.startswith(f"seeds/{name}")]


def _titles(report) -> dict[str, str]:
    return {Path(b.article.source).name: b.title for b in report.briefings}


def _page(root: Path, report, name: str) -> str:
    briefing = next(b for b in report.briefings if Path(b.article.source).name == name)
    return (root / "docs" / briefing.page).read_text(encoding="utf-8")


def test_good_seed_still_builds(project):
    root, report, _ = project
    assert "good.txt" in _titles(report)
    assert (root / "docs" / "index.md").is_file()


SKIPPED = {
    "empty.txt": "empty file",
    "whitespace.md": "empty file",
    "image.txt": "binary file",
    "archive.html": "binary file",
    "undecodable.txt": "encoding not recognised",
    "too-big.txt": "over the 2.0 MB limit",
    "nav-only.html": "no article text",
    "script-only.html": "no article text",
    "linked.txt": "symbolic link not followed",
    "linked-folder": "symbolic link not followed",
}


@pytest.mark.parametrize("name, reason", SKIPPED.items(), ids=list(SKIPPED))
def test_unreadable_seed_is_skipped_with_reason_and_hint(project, name: str, reason: str):
    _, report, _ = project
    messages = [m for m in report.skipped if m.startswith(f"seeds/{name}:")]
    assert len(messages) == 1, report.skipped
    assert reason in messages[0]
    assert "(" in messages[0] and messages[0].endswith(")"), "the message says what to do"
    assert name not in _titles(report)


@pytest.mark.parametrize("name, title", [
    ("utf16le-bom.txt", "Kia LE BOM invertirá mil millones de dólares en Pesquería"),
    ("utf16be-bom.txt", "Kia BE BOM invertirá mil millones de dólares en Pesquería"),
    ("utf16le.txt", "Kia LE invertirá mil millones de dólares en Pesquería"),
    ("utf16be.txt", "Kia BE invertirá mil millones de dólares en Pesquería"),
    ("utf8-bom.txt", "Kia UTF8 BOM invertirá mil millones de dólares en Pesquería"),
    ("cp1252.txt", "Smart quotes “here”"),
])
def test_encodings_build_with_the_right_characters(project, name: str, title: str):
    root, report, _ = project
    assert _titles(report)[name] == title
    assert not _message_for(report, name) or all("not stated" in m for m in _message_for(report, name))
    page = _page(root, report, name)
    assert "\ufffd" not in page and "\x00" not in page


@pytest.mark.parametrize("name, expected", [
    ("unclosed-quote.md", "at line 4: front matter ignored"),
    ("bad-date.md", "date '2023-13-45' is not a date"),
    ("wrong-types.md", "`title` should be text"),
    ("wrong-types.md", "`tags` should be a list"),
    ("wrong-types.md", "`facts` should be a map"),
    ("wrong-types.md", "`date` should be a date"),
    ("wrong-types.md", "`slug` should be text"),
    ("list-front-matter.md", "expected key: value pairs, got list"),
    ("python-tag.md", "at line 2: front matter ignored"),
    ("aliases.md", "`tags` should be a list"),
    ("aliases.md", "fact `location` ignored"),
])
def test_bad_front_matter_is_a_warning_and_the_seed_still_builds(project, name: str, expected: str):
    _, report, _ = project
    assert name in _titles(report)
    assert any(expected in m for m in _message_for(report, name)), _message_for(report, name)


def test_unsafe_yaml_tag_is_never_executed(project):
    _, report, marker = project
    assert not marker.exists()
    assert any("python/object/apply" in m for m in _message_for(report, "python-tag.md"))


def test_duplicate_titles_get_distinct_stable_urls(project, tmp_path: Path):
    root, report, _ = project
    slugs = {Path(b.article.source).name: b.slug for b in report.briefings}
    assert slugs["dup-a.txt"] == "same-headline-twice"
    assert slugs["dup-b.txt"] == "same-headline-twice-2"
    for slug in ("same-headline-twice", "same-headline-twice-2"):
        assert (root / "docs" / "briefings" / f"{slug}.md").is_file()
    # Created the other way round, the same file gets the same URL.
    seeds = {"dup-b.txt": "Same headline twice\n\nSecond article body with some words.",
             "dup-a.txt": "Same headline twice\n\nFirst article body with some words."}
    again = generate_project(make_project(tmp_path / "again", seeds))
    assert {Path(b.article.source).name: b.slug for b in again.briefings} == {
        "dup-a.txt": "same-headline-twice", "dup-b.txt": "same-headline-twice-2"}


def test_paths_in_slugs_and_titles_stay_inside_docs(project):
    root, report, _ = project
    slugs = {Path(b.article.source).name: b.slug for b in report.briefings}
    assert slugs["dotdot.md"] == "tmp-escaped"
    assert slugs["absolute.md"] == "etc-cron-d-evil"
    for path in root.parent.rglob("*"):
        relative = path.relative_to(root.parent)
        assert relative.parts[0] == "project", f"written outside the project: {path}"
    docs = (root / "docs").resolve()
    for path in (root / "docs").rglob("*"):
        assert docs in path.resolve().parents
    assert not Path("/tmp/escaped").exists()


def test_symlinks_never_publish_outside_files(project):
    root, report, _ = project
    for path in (root / "docs").rglob("*"):
        if path.is_file():
            assert "SECRET-OUTSIDE-TEXT" not in path.read_text(encoding="utf-8", errors="replace"), path
    assert not any("passwd" in b.slug for b in report.briefings if b.article.source.name != "absolute.md")


def test_absurd_numbers_build_without_crash(project):
    root, report, _ = project
    assert "absurd.txt" in _titles(report)
    assert not any("could not be processed" in m for m in _messages(report))


def test_absurd_numbers_are_not_shown_as_facts(project):
    root, report, _ = project
    briefing = next(b for b in report.briefings if b.article.source.name == "absurd.txt")
    for fact in briefing.facts.facts():
        value = getattr(fact.value, "value", None)
        assert not (isinstance(value, (int, float)) and (value != value or abs(value) > 10**15)), fact
        assert "inf" not in fact.display.lower() and "999999999" not in fact.display.replace(",", ""), fact
    page = _page(root, report, "absurd.txt")
    factbox = page[page.index('class="admonition abstract factbox"'):page.index("</table>")]
    for absurd in ("1e400", "999,999,999,999", "999999999999", "inf", "10^400"):
        assert absurd not in factbox.lower()


def test_odd_file_names_build_and_are_named_in_messages(project):
    root, report, _ = project
    name = "name with spaces & ácçents.txt"
    assert name in _titles(report)
    briefing = next(b for b in report.briefings if b.article.source.name == name)
    assert briefing.slug == "spaces-accents-and-ampersands"
    assert all(m.startswith(f"seeds/{name}:") for m in _message_for(report, name))


def test_front_matter_survives_control_characters(project):
    """A control character in a title must not make MkDocs drop the front matter."""
    from mkdocs.utils.meta import get_data

    root, report, _ = project
    _, meta = get_data(_page(root, report, "control-chars.md"))
    assert meta["title"] == "Control chars and here"


def test_every_generated_page_has_readable_front_matter(project):
    from mkdocs.utils.meta import get_data

    root, report, _ = project
    for briefing in report.briefings:
        page = root / "docs" / briefing.page
        _, meta = get_data(page.read_text(encoding="utf-8"))
        assert meta.get("title"), page


def test_messages_name_files_relative_to_the_project(project):
    root, report, _ = project
    for message in _messages(report):
        assert str(root) not in message and str(root.resolve()) not in message, message
        assert message.startswith("seeds/"), message
