"""Reading seeds: one small reader per format, chosen by suffix.

Every reader turns a file into an `Article` whose ``text`` is normalised plain text
(NFC, "\\n" line ends, no control characters). Offsets taken later refer to that
text, so they stay valid. A file that cannot be read raises `SourceError`, which
names the file and says what to do; a file that can be read with trouble (bad
front matter, say) is read anyway and the trouble goes into ``warnings``.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable

from generator.extract.patterns import trie_pattern
from generator.model import Article

#: Seed suffixes and the format each means.
FORMATS = {".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html"}

#: Larger seeds are skipped: nobody pastes a 2 MB news article on purpose.
DEFAULT_MAX_BYTES = 2 * 1024 * 1024


class SourceError(Exception):
    """A seed that cannot be read. ``str()`` names the file, the reason and the fix."""

    def __init__(self, path: Path | str, reason: str, hint: str = "") -> None:
        self.path = Path(path)
        self.reason = reason
        self.hint = hint
        super().__init__(f"{self.path}: {reason}" + (f" ({hint})" if hint else ""))


@dataclass(frozen=True)
class Reading:
    """An article and what went wrong on the way (nothing fatal)."""

    article: Article
    warnings: tuple[str, ...] = ()


# ---------------------------------------------------------------------------
# Finding seeds


def discover_seeds(folder: Path) -> tuple[list[Path], list[str]]:
    """Seed files under ``folder``, sorted, plus a note for each file passed over.

    Symbolic links are never followed: a seed folder must not be able to publish
    a file from elsewhere on the machine (``/etc/passwd``).
    """
    seeds: list[Path] = []
    notes: list[str] = []
    if not folder.is_dir():
        return seeds, [f"{folder}: seed folder not found (create it and put articles in it)"]
    for path in _walk(folder):
        if path.is_symlink():
            notes.append(f"{path}: symbolic link not followed (copy the article into the seed folder instead)")
            continue
        if not path.is_file():
            continue
        if path.suffix.lower() in FORMATS:
            seeds.append(path)
        elif path.name not in IGNORED_NAMES:
            notes.append(f"{path}: not a seed format, skipped (use .txt, .md or .html)")
    return seeds, notes


def _walk(folder: Path) -> list[Path]:
    """Every entry under ``folder``, sorted, without entering hidden or symlinked folders.

    `os.walk` with ``followlinks=False`` is explicit about links, whatever the
    Python version's `Path.rglob` does with them.
    """
    found: list[Path] = []
    for top, dirs, files in os.walk(folder, followlinks=False):
        base = Path(top)
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in dirs:
            if (base / name).is_symlink():
                found.append(base / name)  # reported, never entered
        found.extend(base / name for name in files if not name.startswith("."))
    return sorted(found)


IGNORED_NAMES = frozenset({"README", "README.md", "LICENSE", "Thumbs.db", "desktop.ini"})


def read_article(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES, label: Path | None = None) -> Reading:
    """Read one seed. Raises `SourceError` for a file that holds no readable article.

    ``label`` is how messages name the file (the path relative to the project), so
    they read the same wherever the project lives.
    """
    name = Path(label) if label is not None else path
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise SourceError(name, f"unsupported file type {path.suffix or '(none)'}", "use .txt, .md or .html")
    if path.is_symlink():
        raise SourceError(name, "symbolic link not followed", "copy the article into the seed folder instead")
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise SourceError(
                name,
                f"file is {_megabytes(size)}, over the {_megabytes(max_bytes)} limit",
                "trim it to the article text, or raise --max-seed-mb",
            )
        raw = path.read_bytes()
    except OSError as error:
        raise SourceError(name, f"cannot be read: {error.strerror or error}", "check the file's permissions") from None
    if len(raw) > max_bytes:  # it grew since stat()
        raise SourceError(name, f"file is over the {_megabytes(max_bytes)} limit", "trim it to the article text")
    text = normalise(decode(raw, name))
    if not text.strip():
        raise SourceError(name, "empty file", "put the article text in it or delete it")
    return READERS[fmt](name, text)


def _megabytes(size: int) -> str:
    """Sizes in messages: "2.0 MB", but never "0.0 MB" for a small limit."""
    megabytes = size / 1024 / 1024
    return f"{megabytes:.1f} MB" if megabytes >= 0.1 else f"{size:,} bytes"


# ---------------------------------------------------------------------------
# Bytes to normalised text


_BOMS = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)


def decode(raw: bytes, path: Path) -> str:
    """Decode with a byte-order mark, then strict UTF-8, then a charset detector.

    Binary files (images, archives, office documents) are refused rather than
    turned into pages of mojibake.
    """
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            try:
                return raw[len(bom):].decode(encoding)
            except UnicodeDecodeError:
                raise SourceError(path, f"starts with a {encoding} byte-order mark but is not {encoding}", "save it again as UTF-8") from None
    if _looks_like_utf16(raw):
        try:
            text = raw.decode("utf-16-le" if raw[1:2] == b"\x00" else "utf-16-be")
        except UnicodeDecodeError:
            text = None
        if text is not None and _control_ratio(text) <= 0.05:
            return text
    if b"\x00" in raw[:4096]:
        raise SourceError(path, "binary file, not text", "save the article as .txt, .md or .html")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes  # only needed for the rare non-UTF-8 seed

    best = from_bytes(raw, cp_isolation=["cp1252", "latin_1", "iso8859_15", "cp1250", "mac_roman", "utf_16"]).best()
    if best is None:
        raise SourceError(path, "text encoding not recognised", "save the article as UTF-8")
    text = str(best)
    if _control_ratio(text) > 0.05:
        raise SourceError(path, "binary file, not text", "save the article as .txt, .md or .html")
    return text


def _looks_like_utf16(raw: bytes) -> bool:
    """UTF-16 without a BOM: every other byte of ASCII-heavy text is NUL."""
    sample = raw[:200]
    if len(sample) < 4:
        return False
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    return max(even, odd) > 0.4 * len(sample) / 2 and min(even, odd) == 0


def _control_ratio(text: str) -> float:
    sample = text[:4096]
    bad = sum(1 for c in sample if unicodedata.category(c) == "Cc" and c not in "\n\r\t")
    return bad / max(1, len(sample))


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]")
#: C1 control codes in decoded text are almost always Windows-1252 read as Latin-1: 0x93 is “.
_C1_AS_CP1252 = {c: bytes([c]).decode("cp1252", "ignore") or None for c in range(0x80, 0xA0)}


def normalise(text: str) -> str:
    """NFC, "\\n" line ends, no control characters, no trailing spaces.

    Control characters would also make the page's YAML front matter unreadable.

    >>> normalise("Title\\r\\n\\r\\nBody\\u00a0text \\rmore")
    'Title\\n\\nBody text\\nmore'
    >>> normalise("\\x93quoted\\x94 \\x81")
    '“quoted”'
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    # Most articles hold no control character at all (C1 codes included): one scan tells,
    # and spares `str.translate`, which looks up every character. NFC makes none.
    if _CONTROL.search(text):
        text = unicodedata.normalize("NFC", text.translate(_C1_AS_CP1252))
        text = _CONTROL.sub("", text)
    else:
        text = unicodedata.normalize("NFC", text)
    text = text.replace("\u00a0", " ").replace("\t", " ")
    return "\n".join(line.rstrip() for line in text.split("\n")).strip("\n")


# ---------------------------------------------------------------------------
# Plain text


def read_text(path: Path, text: str) -> Reading:
    """First non-empty line is the headline, unless it reads like a paragraph."""
    text = text.strip()
    first_line, _, rest = text.partition("\n")
    title = first_line.strip() if is_headline(first_line) else None
    body_start = len(first_line) + 1 if title else 0
    body_start = min(body_start, len(text))
    while body_start < len(text) and text[body_start] == "\n":
        body_start += 1
    return Reading(_article(path, text, title, "txt", body_start=body_start))


def is_headline(line: str) -> bool:
    """A headline is short and is not a run of sentences.

    >>> is_headline("Tesla picks Nuevo León for its next gigafactory, pledging more than $5 billion")
    True
    >>> is_headline("Just a few days before the inauguration, the company announced an investment of five billion dollars in Mexico, with which it plans to generate seven thousand jobs a year.")
    False
    """
    words = line.split()
    if not words or len(words) > 30 or len(line) > 200:
        return False
    # A long line ending in a full stop is the lead paragraph, not a headline.
    return not (line.rstrip().endswith(".") and len(words) > 14)


# ---------------------------------------------------------------------------
# Markdown with optional YAML front matter

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)


def split_front_matter(path: Path, text: str) -> tuple[dict[str, Any], str, list[str]]:
    """YAML front matter (safe loader only: tags such as !!python/object are refused)."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text, []
    body = text[match.end():]
    import yaml  # only seeds with front matter need it; loaded on first use

    try:
        data = yaml.load(match.group(1) or "", Loader=_front_matter_loader()) or {}
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" at line {mark.line + 2}" if mark else ""
        problem = getattr(error, "problem", None) or str(error).splitlines()[0]
        return {}, body, [f"{path}{where}: front matter ignored: {problem} (fix the YAML between the --- lines)"]
    if not isinstance(data, dict):
        return {}, body, [f"{path}: front matter ignored: expected key: value pairs, got {type(data).__name__}"]
    return {str(k): v for k, v in data.items()}, body, []


@lru_cache(maxsize=None)
def _front_matter_loader() -> type:
    """The safe loader (no Python tags, nothing executed), lenient about impossible dates.

    ``date: 2023-13-45`` is a YAML timestamp that fails to construct with a bare
    ValueError; kept as text, it gets the usual "is not a date" warning instead.
    Built on first use, so that reading plain-text seeds never imports YAML.
    """
    import yaml

    class FrontMatterLoader(yaml.SafeLoader):
        def construct_yaml_timestamp(self, node):  # noqa: D102 - see the docstring above
            try:
                return super().construct_yaml_timestamp(node)
            except (ValueError, OverflowError):
                return self.construct_scalar(node)

    FrontMatterLoader.add_constructor("tag:yaml.org,2002:timestamp", FrontMatterLoader.construct_yaml_timestamp)
    return FrontMatterLoader


#: Front-matter values that read as text; lists and maps never do.
_SCALARS = (str, int, float, dt.date)


def read_markdown(path: Path, text: str) -> Reading:
    meta, body, warnings = split_front_matter(path, text)
    plain, heading = markdown_to_text(body)
    title = _meta_str(meta, "title", warnings, path) or heading or None
    if title is None:
        first_line = plain.partition("\n")[0]
        title = first_line if is_headline(first_line) else None
    body_start = 0
    if heading is not None and plain.startswith(heading):
        body_start = len(heading)
        while body_start < len(plain) and plain[body_start] == "\n":
            body_start += 1
    elif title is not None:
        # The title lives only in front matter: put it first so facts in it have evidence.
        plain = f"{title}\n\n{plain}"
        body_start = len(title) + 2
    return Reading(_article(path, plain, title, "md", meta=meta, warnings=warnings, body_start=body_start), tuple(warnings))


def markdown_to_text(source: str) -> tuple[str, str | None]:
    """Markdown to plain text, one block per paragraph, and the first level-1 heading.

    Markup is dropped, not interpreted: links keep their text, HTML blocks are
    reduced to their text, images to their alt text.

    >>> markdown_to_text("# Title\\n\\nSome **bold** [link](http://x).\\n\\n- item one\\n- item two")
    ('Title\\n\\nSome bold link.\\n\\nitem one\\n\\nitem two', 'Title')
    """
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark").parse(source)
    blocks: list[str] = []
    heading: str | None = None
    pending_h1 = False
    for token in tokens:
        if token.type == "heading_open":
            pending_h1 = token.tag == "h1"
        elif token.type == "inline":
            words = _inline_text(token.children or [])
            if words:
                blocks.append(words)
                if pending_h1 and heading is None:
                    heading = words
            pending_h1 = False
        elif token.type in ("fence", "code_block"):
            blocks.append(token.content.strip())
        elif token.type == "html_block":
            text = html_fragment_text(token.content)
            if text:
                blocks.append(text)
    return "\n\n".join(b for b in blocks if b), heading


def _inline_text(children: list) -> str:
    parts: list[str] = []
    for child in children:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
        elif child.type == "image":
            parts.append(child.content)
        elif child.type == "html_inline":
            continue  # inline tags carry no words worth keeping
    return " ".join("".join(parts).split())


def _meta_str(meta: dict, key: str, warnings: list[str], path: Path) -> str | None:
    value = meta.get(key)
    if value is None:
        return None
    if not isinstance(value, _SCALARS) or isinstance(value, bool):
        warnings.append(f"{path}: front matter `{key}` should be text, got a {type(value).__name__}; ignored")
        return None
    text = " ".join(normalise(str(value)).split())  # YAML escapes ("\\0") can bring back control characters
    return text or None


# ---------------------------------------------------------------------------
# HTML

#: Elements that are page furniture, never article text.
HTML_NOISE_TAGS = ("script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form",
                   "iframe", "svg", "button", "figure figcaption")
#: Class or id words that mark furniture inside the article area.
HTML_NOISE_WORDS = re.compile(
    r"\b(nav|menu|ticker|byline|share|social|related|most-?read|popular|newsletter|subscribe|promo|advert|ad|ads|"
    r"breadcrumbs?|comments?|sidebar|footer|header|cookie|banner|tags)\b",
    re.I,
)
#: Block elements whose text makes a paragraph.
HTML_BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, td"


def read_html(path: Path, text: str) -> Reading:
    """The article's text from an HTML page, without navigation, header or footer."""
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(text)
    meta: dict[str, Any] = {}
    html_node = tree.css_first("html")
    if html_node is not None and html_node.attributes.get("lang"):
        meta["lang"] = html_node.attributes["lang"]
    for selector, key in (("meta[property='article:published_time']", "date"),
                          ("link[rel='canonical']", "source_url"),
                          ("meta[property='og:url']", "source_url")):
        node = tree.css_first(selector)
        if node is not None and key not in meta:
            value = node.attributes.get("content") or node.attributes.get("href")
            if value:
                meta[key] = value
    time_node = tree.css_first("article time[datetime], main time[datetime], time[datetime]")
    if time_node is not None and "date" not in meta:
        meta["date"] = time_node.attributes.get("datetime")
    if "date" not in meta:
        published = published_date(tree)
        if published:
            meta["date"] = published.isoformat()
    page_title = tree.css_first("title")
    root = tree.css_first("article") or tree.css_first("main") or tree.css_first("[role=main]") or tree.body
    if root is None:
        raise SourceError(path, "no article text found in the HTML", "save the article's text as .txt instead")
    h1 = root.css_first("h1") or tree.css_first("h1")
    title = _clean(h1.text()) if h1 is not None else None
    if not title and page_title is not None:
        title = re.split(r"\s+[|–—-]\s+", _clean(page_title.text()))[0] or None
    for node in root.css(", ".join(HTML_NOISE_TAGS)):
        node.decompose()
    for node in root.css("[class], [id]"):
        marker = f"{node.attributes.get('class') or ''} {node.attributes.get('id') or ''}"
        if HTML_NOISE_WORDS.search(marker) and node.tag not in ("article", "main", "body", "html"):
            node.decompose()
    blocks: list[str] = []
    for node in root.css(HTML_BLOCKS):
        if node.css_first(HTML_BLOCKS) is not None and node.tag in ("li", "blockquote", "td"):
            continue  # the inner blocks carry the words
        words = _clean(node.text(separator=" "))
        if words:
            blocks.append(words)
    if not blocks:
        words = _clean(root.text(separator=" "))
        blocks = [words] if words else []
    if not blocks or sum(len(b.split()) for b in blocks) < 5:
        raise SourceError(path, "no article text found in the HTML", "save the article's text as .txt instead")
    plain = normalise("\n\n".join(blocks))
    body_start = 0
    if title and plain.startswith(title):
        body_start = len(title)
        while body_start < len(plain) and plain[body_start] == "\n":
            body_start += 1
    elif title:
        plain = f"{title}\n\n{plain}"
        body_start = len(title) + 2
    return Reading(_article(path, plain, title, "html", meta=meta, body_start=body_start))


#: Other places saved pages keep their publication date, most specific first (after
#: `article:published_time` and `<time datetime>`).
HTML_DATE_META = (
    "meta[itemprop='datePublished']", "meta[property='og:published_time']", "meta[name='pubdate']",
    "meta[name='publish-date']", "meta[name='date']", "meta[name='DC.date.issued']",
)
#: Elements that show the date to readers: "By Staff | March 24, 2023".
_DATE_MARKER = re.compile(r"byline|dateline|(?<!up)date|published|timestamp|posted|fecha", re.IGNORECASE)


def published_date(tree) -> dt.date | None:
    """A page's publication date from its metadata, its JSON-LD or the byline it shows.

    >>> from selectolax.lexbor import LexborHTMLParser
    >>> published_date(LexborHTMLParser('<p class="byline">By Staff | March 24, 2023</p><p>Text</p>'))
    datetime.date(2023, 3, 24)
    >>> published_date(LexborHTMLParser('<script type="application/ld+json">{"@type": "NewsArticle", '
    ...                                 '"datePublished": "2024-05-02T10:00:00Z"}</script>'))
    datetime.date(2024, 5, 2)
    >>> published_date(LexborHTMLParser('<p class="updated">Updated May 3, 2024</p>')) is None
    True
    """
    for selector in HTML_DATE_META:
        node = tree.css_first(selector)
        if node is not None and (date := _iso_date(node.attributes.get("content"))):
            return date
    for script in tree.css("script[type='application/ld+json']"):
        try:
            data = json.loads((script.text() or "")[:200_000])
        except ValueError:
            continue
        if date := _iso_date(_json_value(data, "datePublished")):
            return date
    for node in tree.css("[class], [id]"):
        marker = f"{node.attributes.get('class') or ''} {node.attributes.get('id') or ''}"
        if _DATE_MARKER.search(marker):
            words = _clean(node.text(separator=" "))[:200]
            date = find_dateline_date(words, "en") or find_dateline_date(words, "es")
            if date:
                return date
    return None


def _iso_date(value: object) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value).strip()[:10]) if value else None
    except ValueError:
        return None


def _json_value(data: object, key: str, depth: int = 0) -> object:
    """The first ``key`` in nested JSON (JSON-LD puts the article at any depth)."""
    if depth > 6:
        return None
    if isinstance(data, dict):
        if key in data:
            return data[key]
        data = list(data.values())
    if isinstance(data, list):
        for item in data[:50]:
            if (found := _json_value(item, key, depth + 1)) is not None:
                return found
    return None


def html_fragment_text(fragment: str) -> str:
    """The words of an HTML fragment, with scripts and styles dropped."""
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(fragment)
    for node in tree.css("script, style, template, noscript"):
        node.decompose()
    return _clean(tree.body.text(separator=" ")) if tree.body else ""


def _clean(text: str) -> str:
    return " ".join(text.split())


READERS: dict[str, Callable[[Path, str], Reading]] = {"txt": read_text, "md": read_markdown, "html": read_html}


# ---------------------------------------------------------------------------
# Metadata shared by every format


def _article(path: Path, text: str, title: str | None, fmt: str, *, meta: dict | None = None,
             warnings: list[str] | None = None, body_start: int = 0) -> Article:
    meta = meta or {}
    warnings = warnings if warnings is not None else []
    lang = _lang(meta.get("lang")) or detect_language(text)
    date = _meta_date(meta.get("date"), path, warnings) or find_dateline_date(text[body_start:body_start + 400], lang)
    slug = _meta_str(meta, "slug", warnings, path)
    url = _meta_str(meta, "source_url", warnings, path) or _meta_str(meta, "url", warnings, path)
    tags = _meta_tags(meta.get("tags"), path, warnings)
    return Article(
        source=path,
        text=text,
        title=title,
        lang=lang,
        date=date,
        source_url=url,
        slug=slug,
        tags=tags,
        front_matter=meta,
        format=fmt,
        body_start=body_start,
    )


def _meta_tags(value: Any, path: Path, warnings: list[str]) -> tuple[str, ...]:
    """Tags as clean text; a list or map inside the list is refused, not printed.

    Printing nested YAML could be huge: aliases make a "billion laughs" tiny on disk.
    """
    if value is None or value == "":
        return ()
    if isinstance(value, str):
        value = value.split(",")
    if not isinstance(value, list) or not all(isinstance(t, _SCALARS) or t is None for t in value):
        warnings.append(f"{path}: front matter `tags` should be a list of words, like `tags: [autos, Mexico]`; ignored")
        return ()
    tags = (" ".join(normalise(str(t)).split()) for t in value if t is not None)
    return tuple(dict.fromkeys(t for t in tags if t))


def _lang(value: Any) -> str | None:
    if isinstance(value, str) and value[:2].lower() in ("en", "es"):
        return value[:2].lower()
    return None


# Frequent short words that tell the two languages apart.
_ENGLISH = frozenset("the and of to in is will said that for with its on has from by was which".split())
_SPANISH = frozenset("el la los las de del y en que por con para una se su al millones anunció será".split())
#: One of those words as a whole word (no letter on either side). The pattern opens
#: with the character before the word, which must be outside a-z, and only then checks
#: that it is no letter at all: the regex engine skips through runs of lower-case
#: letters in C, instead of trying a match at every position or cutting out every word.
_MARKER = re.compile(rf"[^a-z](?<![^\W\d_])({trie_pattern(_ENGLISH | _SPANISH)})(?![^\W\d_])")


def detect_language(text: str) -> str:
    """English or Spanish, by counting each language's most frequent words.

    >>> detect_language("La armadora alemana invertirá mil millones de dólares en la planta")
    'es'
    >>> detect_language("The company will invest five billion dollars in the plant")
    'en'
    >>> detect_language("(La) planta—de la empresa; the bathe, theory, éthe, 3the")
    'es'
    """
    # The space makes a word at the very start follow a non-letter too.
    counts = Counter(_MARKER.findall(" " + text[:5000].lower()))
    english = sum(counts[word] for word in _ENGLISH)
    spanish = sum(counts[word] for word in _SPANISH)
    return "es" if spanish > english else "en"


def _meta_date(value: Any, path: Path, warnings: list[str]) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, (str, int)) or isinstance(value, bool):
        warnings.append(f"{path}: front matter `date` should be a date like 2024-05-01, got a {type(value).__name__}; ignored")
        return None
    text = str(value).strip()
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        warnings.append(f"{path}: front matter date {text!r} is not a date (use YYYY-MM-DD); ignored")
        return None


#: Month names and abbreviations in English and Spanish (lower case, no period), as
#: Babel's CLDR data spells them (`_babel_month_table` checks), plus AP style "sept".
#: Written out rather than built from Babel: importing its date module and reading
#: the tables would cost every run more start-up time than reading ten articles.
_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10,
    "nov": 11, "dec": 12,
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
    "agosto": 8, "septiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
    "ene": 1, "abr": 4, "ago": 8, "dic": 12,
    "sept": 9,  # AP style
}


def _babel_month_table() -> dict[str, int]:
    """The month table built from Babel's CLDR data, to check the written-out one.

    >>> _babel_month_table() == _MONTHS
    True
    """
    from babel.dates import get_month_names

    table: dict[str, int] = {}
    for locale in ("en", "es"):
        for width in ("wide", "abbreviated"):
            for number, name in get_month_names(width, locale=locale).items():
                table[name.lower().rstrip(".")] = number
    table["sept"] = 9  # AP style
    return table


#: Every month name as one trie-shaped regex: at each word the engine tests the first
#: letter instead of trying forty names one by one.
_MONTH_ALT = trie_pattern(_MONTHS)
# "March 1, 2023", "Dec. 6, 2021", "Sept. 27, 2021"
_DATE_EN = re.compile(rf"\b({_MONTH_ALT})\.?\s+(\d{{1,2}}),?\s+(\d{{4}})\b", re.I)
# "27 de abril de 2012", "1 March 2023"
# (The day is written "a digit with no word character before it" rather than "\b\d",
# so that the regex engine can skip from digit to digit.)
_DATE_DMY = re.compile(rf"(\d(?<!\w\d)\d?)(?:\s+de)?\s+({_MONTH_ALT})\.?(?:\s+de|,)?\s+(\d{{4}})\b", re.I)


def find_dateline_date(text: str, lang: str = "en") -> dt.date | None:
    """The first full date near the top of an article (its dateline).

    >>> find_dateline_date("MONTERREY, Mexico, March 1, 2023 — Tesla")
    datetime.date(2023, 3, 1)
    >>> find_dateline_date("CIUDAD DE MÉXICO, 27 de abril de 2012.- La armadora", "es")
    datetime.date(2012, 4, 27)
    >>> find_dateline_date("NASHVILLE, Tenn., Sept. 27, 2021 — Ford")
    datetime.date(2021, 9, 27)
    >>> find_dateline_date("in 2030 it will") is None
    True
    """
    found: list[tuple[int, dt.date]] = []
    for match in _DATE_EN.finditer(text):
        month, day, year = _MONTHS.get(match.group(1).lower()), int(match.group(2)), int(match.group(3))
        _maybe_date(found, match.start(), year, month, day)
    for match in _DATE_DMY.finditer(text):
        day, month, year = int(match.group(1)), _MONTHS.get(match.group(2).lower()), int(match.group(3))
        _maybe_date(found, match.start(), year, month, day)
    return min(found)[1] if found else None


def _maybe_date(found: list, position: int, year: int, month: int | None, day: int) -> None:
    if month is None:
        return
    try:
        found.append((position, dt.date(year, month, day)))
    except ValueError:
        pass
