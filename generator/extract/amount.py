"""The headline investment amount and the GDP impact of an announcement.

An article names many sums: the announced investment, but also earlier spending,
rivals' plants, incentives, revenue, market sizes and currency conversions of
the same figure. Each money mention becomes a candidate with a score built from
a few features anyone can check:

=====================  ======  ==================================================
feature                weight  why
=====================  ======  ==================================================
invest cue             +3      "invest", "inversión", "plant worth" in the sentence
title figure           +4      same value and currency as a figure in the headline
in the title           +2      the headline itself states it
investor named         +1.5    the investor (or "the company") is in the sentence
lead position          +2/+1   first body sentence / second or third
distractor cue         -4      incentives, past or cumulative spending, revenue,
                               GDP, FDI, salaries, suppliers, rivals... near it
past year              -3      "In 2022" / "last year" before an older date
conversion             -2      "8 mil 600 millones de pesos, unos 470 millones
                               de dólares": the second is the same figure
per year               -3      "a year": a flow, not an investment
=====================  ======  ==================================================

A candidate needs an invest cue or a headline match, and a score of at least
`MIN_SCORE`; otherwise the amount is "not stated" (None). Conversions of the
chosen figure, and the runners-up, become the fact's alternatives.

The GDP impact is a money mention with a GDP cue ("gross domestic product",
"aportación al PIB", "economic impact"). A percentage alone is not an amount, and
the investment figure is never reused as a GDP impact.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from generator.display import format_money, with_qualifiers
from generator.extract.document import Document
from generator.extract.location import find_location
from generator.extract.money import MoneyMention, find_money
from generator.extract.patterns import cue_pattern, lowered
from generator.model import Fact, Span

# --- cue words (data, not logic) ----------------------------------------------

# Cue patterns are written in lower case and searched in `lowered` text (see `cue_pattern`).

#: The sentence announces spending on the project.
INVEST_CUES = cue_pattern(
    r"(?:invest\w*|pledg\w*|commit\w*|spend(?:ing|s)?|(?:put|pour)(?:s|ing)?(?=[^.;]{0,40}\binto\b)|"
    r"worth|cost(?:s|ing)?|budget\w*|to\s+build|will\s+build|capital\s+expenditure|"
    r"inver\w*|invierte|invirti[óo]|destinar\w*|desembols\w*|monto|por\s+un\s+valor|construir\w*|"
    r"aplicar[áa]|ejercer[áa]n?|compromiso)\b"
)

#: The story opens what the money paid for: "inauguró su nueva planta, en la que invirtió",
#: "opened its new plant, in which it invested".
OPENING_CUES = cue_pattern(r"(?:inaugur\w*|abri[óo]|opened|opens|puso\s+en\s+marcha|started\s+production)\b")

#: Near a figure, these say it is not the investor's new investment.
#: Each group names what it guards against.
DISTRACTOR_CUES: dict[str, str] = {
    # incentives, subsidies and public support
    "incentive": r"incentive|tax\s+(?:credit|break|abatement|exemption|refund)s?|subsid\w+|grants?\b|"
                 r"support\b|package|rebate|incentivos?|est[íi]mulos?|subsidios?|apoyos?|cr[ée]ditos?\s+fiscal",
    # money spent before, or cumulative totals over years
    "past": r"since\b|so\s+far|to\s+date|already|previously|earlier|has\s+(?:invested|spent)|have\s+(?:invested|spent)|"
            r"had\s+(?:invested|spent)|after\s+investing|desde|ha\s+invertido|han\s+invertido|"
            r"en\s+los\s+[úu]ltimos|en\s+lo\s+que\s+va|hasta\s+ahora|suma\s+(?:compromisos|inversiones)",
    # a bare past tense: money spent before, unless the story opens what it paid for
    "spent before": r"spent\b|invested\b|invirti[óo]",
    # sales, exports, markets and charges: money that is not invested
    "revenue": r"revenue|sales|sold|export\w*|imports?\b|market\b|ingresos|ventas|vendi[óo]|exporta\w*|"
               r"(?:el|del|un|tamaño\s+del|valor\s+de)\s+mercado|charges?\b|write-?downs?|valor\s+de|alcanz[óo]\s+un\s+valor",
    # national accounts and statistics
    "gdp": r"gdp|gross\s+domestic|economic\s+output|pib|producto\s+interno",
    "fdi": r"foreign\s+direct|inversi[óo]n\s+extranjera|\bied\b|\bfdi\b",
    "salary": r"salar\w+|wages?|per\s+(?:job|worker|employee)|for\s+each\s+of|por\s+empleo|sueldo",
    # other spenders: suppliers, governments, the whole group or sector
    "others": r"suppliers|parts\s+makers|combined|together|in\s+total\b|totall?ed|amounted|sumaron|suman\b|sumaban|proveedores|en\s+conjunto|"
              r"state\s+(?:government\s+)?(?:would|will)\s+(?:invest|provide|spend)|gobierno\s+(?:estatal|federal)|"
              r"globally|worldwide|global\b|capital\s+(?:spending|projects)|capex|"
              r"for\s+comparison|compares?\s+with|rivals?\b|competitors?\b|compite|outlay|program(?:me)?\b|"
              r"fund\b|fondo|infraestructura\s+p[úu]blica|obras\s+de\s+infraestructura",
    # "worth more than $40 billion" of goods, prices and valuations
    "valuation": r"valued\s+at|valuation|market\s+value|capitaliza",
}
_DISTRACTOR_RES = {name: cue_pattern(pattern) for name, pattern in DISTRACTOR_CUES.items()}

#: "the company" stands for the investor in most follow-up sentences.
COMPANY_REFERENCES = cue_pattern(
    r"(?:the\s+(?:company|group|carmaker|automaker|firm|chipmaker|manufacturer)|"
    r"la\s+(?:empresa|compa[ñn][íi]a|armadora|firma|automotriz)|el\s+(?:grupo|corporativo))\b"
)
#: Before the second of two figures, these say it restates the first in another currency.
CONVERSION_GAP = re.compile(
    r"^\s*(?:[,(;—–-]|\bor\b|\bo\b)?\s*(?:or\s+|o\s+|equivalent(?:e|es)?\s+(?:to|a)\s+|equal\s+to\s+|that\s+is\s+)?$",
    re.IGNORECASE,
)
CONVERSION_CUE = re.compile(r"(?:equivalent\w*\s+(?:to|a)|equal\s+to|at\s+current\s+exchange|al\s+tipo\s+de\s+cambio)\s*$", re.IGNORECASE)
#: A year named before a figure, for the "past year" feature.
YEAR = cue_pattern(r"(?:in|en|since|desde|during|durante)\s+((?:19|20)\d\d)\b|(last\s+year|el\s+año\s+pasado|el\s+año\s+anterior)\b")
#: Words in an investor's name that say nothing about who it is.
NAME_NOISE = frozenset(
    "the inc corp co ltd llc plc sa de cv sab ag nv se gmbh group grupo motor motors company corporation "
    "holdings technology technologies electronics energy international méxico mexico america north".split()
)

# --- weights -------------------------------------------------------------------

W_INVEST, W_TITLE_MATCH, W_IN_TITLE, W_INVESTOR = 3.0, 4.0, 2.0, 1.5
W_LEAD_FIRST, W_LEAD_NEAR = 2.0, 1.0
W_DISTRACTOR, W_PAST_YEAR, W_CONVERSION, W_PER_YEAR = -4.0, -3.0, -2.0, -3.0
MIN_SCORE = 3.0
#: Below this no announcement is news; such figures are prices, salaries, fees.
MIN_AMOUNT = 100_000
#: Two figures within this share of each other are the same figure rounded.
SAME_FIGURE = 0.015
#: How much of the sentence around a figure its cues are read from.
WINDOW_BEFORE, WINDOW_AFTER = 90, 45
#: How far from a figure sentence-level cues (invest verb, investor name) may be.
CLAUSE_REACH = 300


@dataclass
class Candidate:
    """A money mention and the features that score it."""

    mention: MoneyMention
    sentence_index: int
    in_title: bool
    features: dict[str, float]
    conversion_of: MoneyMention | None = None

    @property
    def score(self) -> float:
        return sum(self.features.values())


# --- shared helpers (jobs.py uses them too) ------------------------------------


def investor_pattern(investor: Fact | None) -> re.Pattern[str] | None:
    """A pattern matching the distinctive words of the investor's name."""
    if investor is None or not isinstance(investor.value, str):
        return None
    return _name_pattern(investor.value)


@lru_cache(maxsize=1024)
def _name_pattern(name: str) -> re.Pattern[str] | None:
    # Every finder asks for it, and investors recur across articles: built once per name.
    words = [w for w in re.findall(r"[\w&'-]+", name) if w.lower() not in NAME_NOISE and len(w) > 1]
    if not words:
        return None
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE)


def names_investor(sentence: str, investor: re.Pattern[str] | None) -> bool:
    return bool((investor and investor.search(sentence)) or COMPANY_REFERENCES.search(lowered(sentence)))


def local_window(doc: Document, start: int, end: int, before: int = WINDOW_BEFORE, after: int = WINDOW_AFTER,
                 bounds: tuple[int, int] | None = None) -> str:
    """The words around a figure, cut at its sentence's ends, or at ``bounds`` (see `neighbour_bounds`)."""
    if bounds is None:
        sentence = doc.sentence_at(start)
        bounds = (sentence.start, sentence.end) if sentence else (0, len(doc.text))
    lo, hi = bounds
    return doc.text[max(lo, start - before):start] + " " + doc.text[end:min(hi, end + after)]


def neighbour_bounds(spans: list[tuple[int, int]], number: int, lo: int, hi: int) -> tuple[int, int]:
    """The stretch of ``lo``..``hi`` (a sentence) with no other figure between it and figure
    ``number``: cue words past another figure speak of that one ("adding 1,000 jobs to the
    4,500 people already employed": "already employed" is about the 4,500).

    >>> neighbour_bounds([(0, 10), (30, 40), (60, 70)], 1, 0, 100)
    (10, 60)
    >>> neighbour_bounds([(0, 10), (30, 40), (60, 70)], 1, 25, 100)
    (25, 60)
    >>> neighbour_bounds([(30, 40)], 0, 0, 100)
    (0, 100)
    """
    if number and spans[number - 1][1] > lo:
        lo = spans[number - 1][1]
    if number + 1 < len(spans) and spans[number + 1][0] < hi:
        hi = spans[number + 1][0]
    return lo, hi


def first_body_sentence(doc: Document) -> int:
    """The index of the first sentence after the title."""
    return next((s.index for s in doc.sentences if s.start >= doc.article.body_start), 0)


def clause(doc: Document, start: int, end: int, reach: int = CLAUSE_REACH) -> str:
    """The sentence around a figure, cut to ``reach`` characters each side: cue words
    further away rarely speak of it, and the cut keeps run-on texts linear."""
    sentence = doc.sentence_at(start)
    lo, hi = (sentence.start, sentence.end) if sentence else (0, len(doc.text))
    return doc.text[max(lo, start - reach):min(hi, end + reach)]


#: Other peso countries, as the words that name them begin.
OTHER_PESO_COUNTRIES = ("Argentin", "Chile", "chilen", "Colombia")


def peso_country(doc: Document) -> str:
    """The currency bare "pesos" means: Mexican unless the story is set in another peso country."""
    text = doc.text[:3000]
    if not any(name in text for name in OTHER_PESO_COUNTRIES):
        return "MXN"  # the common case, told by a plain substring test before any counting
    counts = {
        "ARS": len(re.findall(r"\bArgentin", text)), "CLP": len(re.findall(r"\bChile\b|\bchilen", text)),
        "COP": len(re.findall(r"\bColombia", text)), "MXN": len(re.findall(r"\bM[ée]xic", text)),
    }
    best = max(counts, key=counts.get)
    return best if counts[best] > counts["MXN"] else "MXN"


#: Countries whose own currency is written with "$" (a peso), as Spanish-language press names them.
_PESO_COUNTRY_NAMES = re.compile(r"\bM[ée]xic|\bArgentin|\bChile\b|\bchilen|\bColombia")


def dollar_sign_currency(doc: Document) -> str:
    """What a bare "$" means: in the Spanish-language press of a peso country it is the
    peso ("$3,600 millones" in a Mexican paper), elsewhere the US dollar. A Spanish
    article that names no peso country (a US outlet's, say) keeps dollars.

    >>> from pathlib import Path
    >>> from generator.model import Article
    >>> def doc(text, lang): return Document(Article(Path("a.txt"), text, None, lang=lang))
    >>> dollar_sign_currency(doc("Amazon invertirá $3,600 millones en Querétaro, México.", "es"))
    'MXN'
    >>> dollar_sign_currency(doc("Amazon invertirá $3,600 millones en Texas.", "es"))
    'USD'
    >>> dollar_sign_currency(doc("Amazon will invest $5 billion in Mexico.", "en"))
    'USD'
    >>> dollar_sign_currency(doc("PUEBLA, Pue.- Grupo Bimbo destinará $1,500 millones a su planta de Puebla.", "es"))
    'MXN'
    """
    if doc.lang != "es":
        return "USD"
    if _PESO_COUNTRY_NAMES.search(doc.text[:3000]):
        return peso_country(doc)
    # "PUEBLA, Pue.- Grupo Bimbo destinará $1,500 millones": the place says which country.
    place = find_location(doc)
    country = getattr(place.value, "country", None) if place else None
    return _PESO_OF_COUNTRY.get(country or "", "USD")


#: The peso of each country whose press writes "$" for it.
_PESO_OF_COUNTRY = {"Mexico": "MXN", "Argentina": "ARS", "Chile": "CLP", "Colombia": "COP"}


def article_year(doc: Document) -> int | None:
    date = doc.article.date
    return date.year if date else None


def is_past(window: str, year: int | None) -> bool:
    """A year near the figure older than the article ("In 2022, ..." in a 2024 story)."""
    for match in YEAR.finditer(lowered(window)):
        if match.group(2):
            return True
        if year is not None and int(match.group(1)) < year:
            return True
    return False


def distractors(window: str) -> list[str]:
    lower = lowered(window)
    return [name for name, pattern in _DISTRACTOR_RES.items() if pattern.search(lower)]


# --- candidates ----------------------------------------------------------------


def _investor_key(investor: Fact | None) -> str | None:
    """What money candidates depend on in an investor: the words of its name."""
    pattern = investor_pattern(investor)
    return pattern.pattern if pattern else None


def money_candidates(doc: Document, investor: Fact | None) -> list[Candidate]:
    """Every money mention, with its features. The amount and GDP finders read the
    same figures, so the document keeps them."""
    return doc.memo(("money candidates", _investor_key(investor)), lambda: _money_candidates(doc, investor))


def _money_candidates(doc: Document, investor: Fact | None) -> list[Candidate]:
    mentions = find_money(doc.text, doc.lang, peso_country(doc), dollar_sign_currency(doc))
    pattern = investor_pattern(investor)
    year = article_year(doc)
    candidates: list[Candidate] = []
    first_body = first_body_sentence(doc)
    previous: MoneyMention | None = None
    spans = [(m.start, m.end) for m in mentions]
    for number, mention in enumerate(mentions):
        sentence = doc.sentence_at(mention.start)
        if sentence is None:
            continue
        before = doc.text[max(sentence.start, mention.start - WINDOW_BEFORE):mention.start]
        # Cue words past another amount speak of that one: the window stops at the amounts either side.
        window = local_window(doc, mention.start, mention.end, bounds=neighbour_bounds(
            spans, number, sentence.start, sentence.end))
        if pattern is not None:
            window = pattern.sub(" ", window)  # "Mercado Libre" names a company, not a market
        in_title = mention.start < doc.article.body_start
        rank = sentence.index - first_body
        near = clause(doc, mention.start, mention.end)
        near_lower = lowered(near)
        features: dict[str, float] = {}
        if INVEST_CUES.search(near_lower):
            features["invest cue"] = W_INVEST
        if in_title:
            features["in title"] = W_IN_TITLE
        if names_investor(near, pattern):
            features["investor named"] = W_INVESTOR
        if rank == 0:
            features["lead sentence"] = W_LEAD_FIRST
        elif 0 < rank <= 2:
            features["near lead"] = W_LEAD_NEAR
        found = distractors(window)
        if "spent before" in found and OPENING_CUES.search(near_lower):
            found.remove("spent before")  # "inauguró su nueva planta, en la que invirtió 200 millones"
        if found:
            features["distractor: " + ", ".join(found)] = W_DISTRACTOR
        if is_past(window, year):
            features["past year"] = W_PAST_YEAR
        if "a year" in mention.qualifiers:
            features["per year"] = W_PER_YEAR
        conversion_of = None
        if previous is not None and previous.currency != mention.currency:
            gap = doc.text[previous.end:mention.start]
            same_sentence = doc.sentence_at(previous.start) is sentence
            if (same_sentence and CONVERSION_GAP.match(gap)) or CONVERSION_CUE.search(before):
                conversion_of = previous
                features["conversion"] = W_CONVERSION
        candidates.append(Candidate(mention, sentence.index, in_title, features, conversion_of))
        previous = mention
    return candidates


def _is_eligible(candidate: Candidate, headline: list[Candidate]) -> bool:
    """An investment figure tied to this announcement: the headline's, or one stated with
    an invest cue where the investor acts or the story opens."""
    features = candidate.features
    if candidate.score < MIN_SCORE:
        return False
    if "title figure" in features or candidate in headline:
        return True
    tied = "investor named" in features or "lead sentence" in features or "near lead" in features
    return "invest cue" in features and tied


def same_figure(a: MoneyMention, b: MoneyMention) -> bool:
    return a.currency == b.currency and abs(a.value - b.value) <= SAME_FIGURE * max(a.value, b.value)


def find_amount(doc: Document, investor: Fact | None) -> Fact | None:
    """The investment the article announces, or None when it does not state one.
    The GDP finder asks for it too, so the document keeps it."""
    return doc.memo(("amount", _investor_key(investor)), lambda: _find_amount(doc, investor))


def _find_amount(doc: Document, investor: Fact | None) -> Fact | None:
    candidates = [c for c in money_candidates(doc, investor) if c.mention.value >= MIN_AMOUNT]
    headline = [c for c in candidates if c.in_title and not any(k.startswith("distractor") for k in c.features)]
    for candidate in candidates:
        if not candidate.in_title and any(same_figure(candidate.mention, h.mention) for h in headline):
            candidate.features["title figure"] = W_TITLE_MATCH
    eligible = [c for c in candidates if _is_eligible(c, headline)]
    if not eligible:
        return None
    # Best score first; on a tie, the body (readers can check it there), then the earlier.
    eligible.sort(key=lambda c: (-c.score, c.in_title, c.mention.start))
    best = eligible[0]
    if best.in_title:
        # Prefer the body sentence that states the same figure.
        body = [c for c in eligible if not c.in_title and same_figure(c.mention, best.mention)]
        if body:
            best = body[0]
    conversions = [c for c in candidates if c.conversion_of is best.mention or best.conversion_of is c.mention]
    runners = [c for c in eligible if c is not best and not same_figure(c.mention, best.mention)][:3]
    alternatives = tuple(_fact(doc, "amount", c, "amount: currency conversion of the same figure") for c in conversions)
    alternatives += tuple(_fact(doc, "amount", c, _rule(c)) for c in runners)
    return replace(_fact(doc, "amount", best, _rule(best), _confidence(best, eligible)), alternatives=alternatives)


# --- GDP impact ------------------------------------------------------------------

#: The figure is a contribution to the economy, not spending.
GDP_CUES = cue_pattern(
    r"(?:gdp|gross\s+domestic\s+product|economic\s+(?:impact|output|benefits?|activity)|"
    r"boost\s+to\s+(?:the\s+)?(?:economy|gdp)|pib|producto\s+interno\s+bruto|derrama(?:\s+econ[óo]mica)?|"
    r"impacto\s+econ[óo]mico|valor\s+agregado)\b"
)
#: Figures that shrink the economy or that are the investment itself are not an impact.
GDP_NEGATIVE = cue_pattern(r"(?:hit|loss|lose|cut|shrink|contraction|ca[íi]da|p[ée]rdida|recort\w+)\b")
GDP_WINDOW_BEFORE, GDP_WINDOW_AFTER = 70, 50


def find_gdp_impact(doc: Document, investor: Fact | None) -> Fact | None:
    """The economic contribution the article attributes to the project, or None."""
    found: list[Candidate] = []
    amount = find_amount(doc, investor)
    amount_span = amount.evidence if amount else None
    for candidate in money_candidates(doc, investor):
        mention = candidate.mention
        if amount_span and mention.start == amount_span.start:
            continue
        window = lowered(local_window(doc, mention.start, mention.end, GDP_WINDOW_BEFORE, GDP_WINDOW_AFTER))
        if not GDP_CUES.search(window) or GDP_NEGATIVE.search(window) or candidate.conversion_of:
            continue
        if mention.value < MIN_AMOUNT:
            continue
        found.append(candidate)
    if not found:
        return None
    # The body states it with its context; a headline-only figure is the fallback.
    found.sort(key=lambda c: (c.in_title, c.mention.start))
    best = found[0]
    return _fact(doc, "gdp_impact", best, "gdp impact: money with a GDP cue nearby", 0.8)


# --- facts -------------------------------------------------------------------------


def _fact(doc: Document, field: str, candidate: Candidate, rule: str, confidence: float = 0.5) -> Fact:
    mention = candidate.mention
    sentence = doc.sentence_at(mention.start)
    return Fact(
        field=field,
        value=mention.money,
        display=with_qualifiers(format_money(mention.money, doc.lang), mention.qualifiers),
        qualifiers=mention.qualifiers,
        evidence=Span.of(doc.text, mention.start, mention.end),
        sentence=sentence.span if sentence else None,
        rule=rule,
        confidence=confidence,
    )


def _rule(candidate: Candidate) -> str:
    return "amount: " + ", ".join(f"{name} {weight:+g}" for name, weight in candidate.features.items())


def _confidence(best: Candidate, eligible: list[Candidate]) -> float:
    """Higher when the winner clearly beats the best different figure."""
    rivals = [c.score for c in eligible if not same_figure(c.mention, best.mention)]
    margin = best.score - (max(rivals) if rivals else MIN_SCORE - 1)
    return round(min(0.95, 0.5 + 0.08 * margin), 2)
