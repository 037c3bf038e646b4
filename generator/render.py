"""Rendering: the site model in, page texts out. No I/O besides loading templates.

Article text is data, never markup. It reaches pages only through HTML escaping
(Jinja's autoescape, or markupsafe's `escape` where table rows are made in Python),
inside raw HTML blocks that Python-Markdown passes through without interpreting
Markdown, so `*`, `|`, backticks, `{{ }}` or `<script>` in an article show as the
characters they are. Front-matter strings are escaped too, because Material prints
`page.title` unescaped into `<title>` and `<h1>`.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
from functools import lru_cache
from typing import Iterable, Mapping, NamedTuple, Sequence

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup, escape

from generator import display
from generator.aggregate import Catalogue, totals, usd
from generator.labels import labels_for
from generator.model import FIELDS, Briefing, Fact, Money


class _Environment(Environment):
    """Jinja's environment, with quicker `row.field` lookups in plain dicts.

    Jinja reads ``row.field`` as an attribute first and an item only after that
    fails, which costs a raised AttributeError per lookup; the pages' data is
    mostly dicts. A plain dict has exactly the attributes of its class, so looking
    the key up first whenever the name is not one of those gives the same answer.
    """

    def getattr(self, obj: object, attribute: str) -> object:
        if type(obj) is dict and attribute not in _DICT_ATTRIBUTES:
            try:
                return obj[attribute]
            except KeyError:
                return self.undefined(obj=obj, name=attribute)
        return super().getattr(obj, attribute)


_DICT_ATTRIBUTES = frozenset(dir(dict))


@lru_cache(maxsize=1)
def environment() -> Environment:
    env = _Environment(
        loader=PackageLoader("generator", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        auto_reload=False,  # templates are part of the package: no need to look at their files at every page
    )
    env.filters["yaml"] = yaml_string
    env.filters["yaml_json"] = yaml_json
    env.filters["number"] = display.format_number
    env.filters["safe_url"] = safe_url
    env.filters["filter_value"] = filter_value
    return env


def load_templates() -> None:
    """Compile every template now: processes forked afterwards share them
    instead of each compiling its own."""
    env = environment()
    for name in env.list_templates():
        env.get_template(name)


def filter_value(name: str) -> str:
    """A search filter's value, with no character that could make markup.

    Pagefind's interface shows filter values as HTML, decoding any escaping it finds,
    so a name that reads like a tag would become one. ``<``, ``>`` and ``&`` are swapped
    for look-alikes; real names rarely have the first two, and "＆" reads as "&".

    >>> filter_value("Acme <img src=x onerror=alert(1)> & Co")
    'Acme ‹img src=x onerror=alert(1)› ＆ Co'
    """
    return str(name).translate(_MARKUP_LOOKALIKES)


_MARKUP_LOOKALIKES = str.maketrans({"<": "‹", ">": "›", "&": "＆"})


def yaml_string(value: object) -> Markup:
    """A YAML scalar that is also safe where Material prints it raw into HTML.

    Characters YAML refuses (control codes, U+FFFE) are dropped: one of them would
    make MkDocs ignore the whole front matter and show it as page text.

    >>> str(yaml_string('Tesla <script>alert(1)</script> & "Co"'))
    '"Tesla &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Co&quot;"'
    >>> str(yaml_string("a\\x81b\\x00\\ufffe c"))
    '"ab c"'
    """
    text = _NOT_YAML.sub("", " ".join(str(value).split()))
    return Markup(_UNICODE_JSON.encode(html.escape(text)))


#: Characters a YAML document may not contain (YAML 1.1, section 5.1).
_NOT_YAML = re.compile(r"[^\x09\x0a\x0d\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def yaml_json(value: object) -> Markup:
    """JSON for a <script> element, as one ASCII YAML string (the theme prints it in <head>).

    >>> import yaml
    >>> print(yaml.safe_load(str(yaml_json({"headline": "</script> Querétaro"}))))
    {"headline": "\\u003c/script\\u003e Querétaro"}
    """
    return Markup(json.dumps(str(json_for_script(value))))


# Encoders made once: `json.dumps` with options makes a new one at every call, several times a page.
_UNICODE_JSON = json.JSONEncoder(ensure_ascii=False)
_SORTED_JSON = json.JSONEncoder(ensure_ascii=False, sort_keys=True)


def safe_url(url: str) -> str:
    """Only web links: a `javascript:` or `data:` source URL becomes an inert "#".

    >>> safe_url("https://example.com/a?b=1"), safe_url(" JavaScript:alert(1)")
    ('https://example.com/a?b=1', '#')
    """
    url = url.strip()
    return url if url.lower().startswith(("http://", "https://")) else "#"


def json_for_script(value: object) -> Markup:
    """JSON that cannot close its <script> element or open a comment."""
    text = _SORTED_JSON.encode(value)
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return Markup(text)


# ---------------------------------------------------------------------------
# Evidence in the article body


class _Mark(NamedTuple):
    start: int
    end: int
    field: str  # "" for a sentence highlight


def annotate(text: str, facts: Iterable[Fact], start: int = 0) -> Markup:
    """The article body as HTML paragraphs, evidence marked and its sentence highlighted.

    Every evidence gets ``id="evidence-<field>"`` once, on its first piece, so a
    fact box can link to it; several facts may share one sentence.

    >>> from generator.model import Span
    >>> fact = Fact("amount", None, "$5", evidence=Span(8, 10, "$5"), sentence=Span(0, 12, "Invest <$5>."))
    >>> str(annotate("Invest <$5>.\\n\\nNext", [fact]))
    '<p><span class="evidence-sentence">Invest &lt;<mark class="evidence" data-field="amount" id="evidence-amount">$5</mark>&gt;.</span></p>\\n<p>Next</p>'
    """
    marks: dict[_Mark, None] = {}  # a sentence that holds several facts is one mark
    for fact in facts:
        if fact.evidence is None or fact.evidence.end <= start:
            continue
        marks[_Mark(fact.evidence.start, fact.evidence.end, fact.field)] = None
        if fact.sentence is not None:
            marks[_Mark(fact.sentence.start, fact.sentence.end, "")] = None
    paragraphs: list[str] = []
    position = start
    for block in text[start:].split("\n"):
        end = position + len(block)
        if block.strip():
            inside = [m for m in marks if m.start < end and m.end > position]
            html_text = _annotate_range(text, position, end, inside) if inside else escape_text(block)
            paragraphs.append(f"<p>{html_text}</p>")
        position = end + 1
    return Markup("\n".join(paragraphs))


def escape_text(text: str) -> str:
    """Text as HTML outside attributes: `html.escape(text, quote=False)`, which runs
    `str.replace` over the whole text for each of ``&<>``. Most article text has none
    of them, and ``in`` finds that out many times faster.

    >>> escape_text("AT&T <b>"), escape_text('"Acme" Co')
    ('AT&amp;T &lt;b&gt;', '"Acme" Co')
    """
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    return text


def _annotate_range(text: str, start: int, end: int, marks: list[_Mark]) -> str:
    """``text[start:end]`` as HTML, with the ``marks`` that overlap it."""
    cuts = sorted({start, end, *(max(start, min(end, p)) for m in marks for p in (m.start, m.end))})
    seen: set[str] = set()
    out: list[str] = []
    for a, b in zip(cuts, cuts[1:]):
        piece = escape_text(text[a:b])
        fields = {m.field for m in marks if m.start <= a and m.end >= b}  # "" for a sentence
        if fields:
            for field in sorted(fields - {""}):
                anchor = "" if field in seen else f' id="evidence-{field}"'
                seen.add(field)
                piece = f'<mark class="evidence" data-field="{field}"{anchor}>{piece}</mark>'
            if "" in fields:
                piece = f'<span class="evidence-sentence">{piece}</span>'
        out.append(piece)
    # Adjacent pieces with the same highlight read better as one.
    return "".join(out).replace('</span><span class="evidence-sentence">', "")


# ---------------------------------------------------------------------------
# Pages


def fact_rows(briefing: Briefing, labels: dict[str, str], root: str,
              catalogue: Catalogue | None = None) -> list[Markup]:
    """What the fact box shows, field by field, with links to the investor's and places' pages.

    Made here like the tables' rows: every page has a fact box, and as a template loop
    its rows took as long as all the rest of the page's template."""
    rows = []
    for name in FIELDS:
        fact = briefing.facts.get(name)
        rows.append(fact_row(name, fact, labels, group_links(briefing, name, catalogue, root, labels) if fact else []))
    return rows


def fact_row(field: str, fact: Fact | None, labels: Mapping[str, str], pages: list[dict]) -> Markup:
    """One fact, linked to its evidence, with where it came from and the ``pages`` that gather it.

    Where it came from and those pages are words about the fact, not the fact: kept out
    of the search index. The pages are the search filters (investor, region, country);
    see `filter_value` on why their values are not quite the names.
    """
    head = f'<th scope="row">{escape_recurring(labels[field])}</th>'
    if fact is None:
        return Markup(f'<tr class="fact fact-{field} fact-missing">\n{head}\n'
                      f'<td class="not-stated">{escape_recurring(labels["not_stated"])}</td>\n</tr>')
    text = escape_recurring(fact.display)
    if fact.evidence and fact.evidence.end > 0:  # marked in the headline or the body, with this id
        title = escape_recurring(labels["evidence"])
        text = f'<a class="fact-link" href="#evidence-{field}" title="{title}">{text}</a>'
    edited = " fact-edited" if fact.edited else ""
    origin = labels["edited"] if fact.edited else labels["extracted"]
    cell = f'{text} <span class="fact-origin{edited}" data-pagefind-ignore>{escape_recurring(origin)}</span>'
    if pages:
        links = " · ".join(_group_link(page["href"], page["text"], page["filter"]) for page in pages)
        cell += f' <span class="fact-pages" data-pagefind-ignore>{escape_recurring(labels["see_all"])} {links}</span>'
    return Markup(f'<tr class="fact fact-{field}">\n{head}\n<td>{cell}</td>\n</tr>')


@lru_cache(maxsize=4096)
def _group_link(href: str, text: str, search_filter: str) -> str:
    """A link to an investor's or a place's page, with the search filter it feeds; the
    same on every briefing of the group, so made once."""
    return (f'<a href="{escape(href)}">{escape(text)}</a>'
            f'<span hidden data-pagefind-filter="{escape(search_filter)}">{escape(filter_value(text))}</span>')


@lru_cache(maxsize=4096, typed=True)  # typed: Markup("&amp;") is not the text "&amp;"
def escape_recurring(text: str) -> Markup:
    """`escape` for a label, or a name or figure that recurs on many rows: escaped once each."""
    return escape(text)


def group_links(briefing: Briefing, field: str, catalogue: Catalogue | None, root: str,
                labels: dict[str, str] | None = None) -> list[dict]:
    """Links from a fact to the pages that gather it: the investor's, the region's and the
    country's. Each names the search filter it feeds ("Investor", "Region", "Country")."""
    if catalogue is None:
        return []
    labels = labels or labels_for("en")
    if field == "investor" and (group := catalogue.investor_of.get(briefing.slug)):
        return [{"href": f"{root}investors/{group.slug}/", "text": group.name, "filter": labels["investor"]}]
    if field == "location":
        return [{"href": f"{root}locations/{g.slug}/", "text": g.name, "filter": labels[g.kind]}
                for g in catalogue.places_of.get(briefing.slug, ())]
    return []


def render_briefing(briefing: Briefing, language: str, root: str = "../../", catalogue: Catalogue | None = None) -> str:
    """A briefing page: the fact box, then the article with its evidence marked."""
    article = briefing.article
    labels = labels_for(language, article.lang)
    body_start = article.body_start
    # Facts whose evidence sits in the headline are marked there too.
    headline_facts = [f for f in briefing.facts.facts() if f.evidence and f.evidence.end <= body_start]
    body_facts = [f for f in briefing.facts.facts() if f.evidence and f.evidence.end > body_start]
    return environment().get_template("briefing.md.j2").render(
        b=briefing,
        article=article,
        labels=labels,
        rows=fact_rows(briefing, labels, root, catalogue),
        headline=annotate(article.text[:body_start].rstrip("\n"), headline_facts) if body_start else None,
        body=annotate(article.text, body_facts, body_start),
        tags=page_tags(briefing),
        jsonld=json_ld(briefing),
        root=root,
    )


def page_tags(briefing: Briefing) -> list[str]:
    tags = list(briefing.article.tags)
    if briefing.facts.investor:
        tags.append(briefing.facts.investor.display)
    place = briefing.facts.location.value if briefing.facts.location else None
    if place is not None and getattr(place, "country", None):
        tags.append(place.country)
    return list(dict.fromkeys(" ".join(t.split()) for t in tags if t and t.strip()))


def json_ld(briefing: Briefing) -> dict:
    """schema.org NewsArticle with the facts as properties."""
    article = briefing.article
    data: dict = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": briefing.title,
        "inLanguage": article.lang,
    }
    if article.date:
        data["datePublished"] = article.date.isoformat()
    if article.source_url and safe_url(article.source_url) != "#":
        data["isBasedOn"] = article.source_url
    facts = briefing.facts
    if facts.investor:
        data["about"] = {"@type": "Organization", "name": facts.investor.display}
    if facts.location:
        place = facts.location.value
        address = {"addressLocality": place.city, "addressRegion": place.region, "addressCountry": place.country}
        data["contentLocation"] = {"@type": "Place", "name": facts.location.display,
                                   "address": {"@type": "PostalAddress", **{k: v for k, v in address.items() if v}}}
    extra = []
    for name in ("amount", "jobs", "gdp_impact"):
        fact = facts.get(name)
        if fact:
            value = fact.value
            prop = {"@type": "PropertyValue", "name": name, "value": value.value, "description": fact.display}
            if isinstance(value, Money):
                prop["unitCode"] = value.currency
            extra.append(prop)
    if extra:
        data["additionalProperty"] = extra
    return data


def render_overview(briefings: list[Briefing], language: str, catalogue: Catalogue | None = None,
                    rates: Mapping[str, float] | None = None, rates_date: str = "",
                    charts: Sequence[Mapping[str, object]] = (), table_rows: int = 0) -> str:
    """The front page: counts and totals, charts, downloads, and the sortable master table.

    With ``table_rows``, the table lists that many of the newest briefings (``briefings``
    come newest first): ten thousand rows make a page browsers take seconds to open, and
    every briefing stays on its investor's and location's pages, in search and in the downloads.
    """
    labels = labels_for(language)
    listed = briefings[:table_rows] if table_rows and len(briefings) > table_rows else briefings
    rates = rates or {}
    catalogue = catalogue or Catalogue()
    sums = totals(briefings, rates)
    note = labels["usd_note"].format(date=rates_date) if rates_date else ""
    if sums.unconverted:
        note += " " + labels["usd_missing"].format(currencies=", ".join(sums.unconverted))
    return environment().get_template("overview.md.j2").render(
        briefings=briefings,
        labels=labels,
        totals=sums,
        usd_total="≈ " + display.format_money(Money(round(sums.usd), "USD"), language),
        usd_note=note.strip(),
        currency_totals=[display.format_money(Money(v, c), language) for c, v in sums.by_currency],
        language=language,
        charts=charts,
        rows=[master_row(b, catalogue, rates, labels) for b in listed],
        table_note=labels["table_newest"].format(shown=display.format_number(len(listed), language),
                                                 total=display.format_number(len(briefings), language))
        if len(listed) < len(briefings) else "",
    )


def master_row(briefing: Briefing, catalogue: Catalogue, rates: Mapping[str, float],
               labels: Mapping[str, str]) -> Markup:
    """One row of the master table; ``data-sort`` is the number tablesort orders a column by."""
    investor = briefing.facts.investor
    group = catalogue.investor_of.get(briefing.slug)
    places = catalogue.places_of.get(briefing.slug, ())
    location = briefing.facts.location
    not_stated = not_stated_mark(labels)
    cells = [date_cell(briefing.article.date, labels),
             table_cell(investor.display if investor else None, not_stated,
                        href=f"investors/{group.slug}/" if group else None)]
    for name in ("amount", "jobs", "gdp_impact"):
        fact = briefing.facts.get(name)
        cells.append(table_cell(fact.display if fact else None, not_stated, sort=sort_key(fact, rates),
                                title=approximate_usd(fact, rates) if name != "jobs" else None))
    cells.append(table_cell(location.display if location else None, not_stated,
                            href=f"locations/{places[0].slug}/" if places else None))
    cells.append(f'<td><a href="{escape(briefing.url)}">{escape(briefing.title)}</a></td>')
    return table_row(cells)


# ---------------------------------------------------------------------------
# Rows of the briefings tables (the overview's, and the investor and location pages')
#
# A site has thousands of rows. Made here, they cost a fraction of a template loop
# with a dozen lookups per row; every value goes through `escape`, as autoescape would.


def table_row(cells: Iterable[str]) -> Markup:
    return Markup("<tr>\n" + "\n".join(cells) + "\n</tr>")


def table_cell(text: str | None, not_stated: str, href: str | None = None, sort: str | None = None,
               title: str | None = None) -> str:
    """A cell that shows a fact: its text, a link when ``href`` is given, or ``not_stated``
    when there is none; ``sort`` is tablesort's `data-sort`, ``title`` a tooltip.
    Names, figures and links recur from row to row."""
    attributes = ""
    if sort is not None:
        attributes += f' data-sort="{escape_recurring(sort)}"'
    if title:
        attributes += f' title="{escape_recurring(title)}"'
    if text is None:
        content = not_stated
    elif href:
        content = f'<a href="{escape_recurring(href)}">{escape_recurring(text)}</a>'
    else:
        content = escape_recurring(text)
    return f"<td{attributes}>{content}</td>"


def date_cell(date: dt.date | None, labels: Mapping[str, str]) -> str:
    """The date cell, sorted by the number yyyymmdd, undated rows below every date."""
    if date is None:
        no_date = escape_recurring(labels["no_date"])
        return f'<td data-sort="{NOT_STATED_SORT}"><span class="not-stated">{no_date}</span></td>'
    iso = date.isoformat()
    return f'<td data-sort="{date.strftime("%Y%m%d")}"><time datetime="{iso}">{iso}</time></td>'


def not_stated_mark(labels: Mapping[str, str]) -> str:
    return f'<span class="not-stated">{escape_recurring(labels["not_stated"])}</span>'


#: Where "not stated" sorts: below every figure (all figures are zero or more).
NOT_STATED_SORT = "-1"


def sort_key(fact: Fact | None, rates: Mapping[str, float] | None = None) -> str:
    """A full number tablesort can sort by (`data-sort`), so 10 billion sorts after 900 million.

    Money sorts by its approximate US-dollar value when the currency has a rate, so
    rupees and dollars compare sensibly; "not stated" sorts below every number.

    >>> from generator.model import Jobs
    >>> sort_key(None), sort_key(Fact("jobs", Jobs(7000), "7,000"))
    ('-1', '7000')
    >>> sort_key(Fact("amount", Money(1_000_000_000, "MXN"), ""), {"MXN": 0.05})
    '50000000'
    """
    if fact is None:
        return NOT_STATED_SORT
    value = fact.value
    if isinstance(value, Money):
        converted = usd(value, rates or {})
        number = converted if converted is not None else value.value
    else:
        number = getattr(value, "value", None)
    if isinstance(number, (int, float)):
        return str(round(number)) if float(number).is_integer() or abs(number) >= 1 else repr(float(number))
    return NOT_STATED_SORT


def approximate_usd(fact: Fact | None, rates: Mapping[str, float]) -> str | None:
    """"≈ US$1.3 billion" for money in another currency, shown as a tooltip."""
    if fact is None or not isinstance(fact.value, Money) or fact.value.currency == "USD":
        return None
    converted = usd(fact.value, rates)
    return None if converted is None else "≈ " + display.format_money(Money(round(converted, -6) or round(converted), "USD"))


#: The search page, where Pagefind's interface is shown (see generator/search.py).
SEARCH_PAGE = "search/index.md"


def render_search(language: str) -> str:
    return environment().get_template("search.md.j2").render(labels=labels_for(language))


def render_review(items: list, briefings: list[Briefing], language: str) -> str:
    by_slug = {b.slug: b for b in briefings}
    return environment().get_template("review.md.j2").render(
        items=items, by_slug=by_slug, labels=labels_for(language), count=len(briefings)
    )
