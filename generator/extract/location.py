"""Location finder: where the investment goes, as (city, region, country).

An article names many places: the dateline city, the venue of the announcement,
rivals' plants, earlier projects, distances ("30 km east of Monterrey"). Each place
mention gets a weight from simple, explainable features, and the best-supported
region wins; its best city (if any) comes with it.

Features of one mention (constants below):
  * where it is: headline (strong), lead sentence (strong), early sentences,
    later ones decaying; the dateline counts for nothing but context;
  * the words just before it: a site cue ("in the municipality of", "near",
    "en el municipio de") raises it; a venue or reference cue ("news conference
    in", "founded in", "30 miles southwest of") sinks it;
  * its sentence: rivals, existing plants, comparisons and candidate sites
    ("already", "rival", "under consideration") sink it; a list of three or more
    regions means "spread around", not a site;
  * its sentence: three or more countries ("customers in Japan, China and the
    United States") are markets, not a site;
  * what follows: "Ohio officials", "Texas Enterprise Fund" are not sites, and a
    country's possessive before a company ("Japan's Kansai", "a unit of India's
    Meridian") is where the investor comes from.
Stories that are not announcements (see `story`) get their country only.
Ambiguous names ("Georgia", "León", "Santa Catarina", "Córdoba") take the meaning
whose country the rest of the article supports. Regions of countries outside the
always-on list are looked up only for the countries the article names. Towns
missing from the city table are found by cue patterns ("Pesquería, a town", "near
Ellabell", "X, Kansas", "at X in Kiambu County", "the town of X", "at X, near Y",
"the X industrial park"); "the town of Alabama" is a town even though Alabama is
also a state.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from generator.data import cues
from generator.display import format_place
from generator.extract.document import Document, Sentence
from generator.extract.lead import Lead, lead_of
from generator.extract.patterns import WORD_START, trie_pattern
from generator.extract.places import (NameMatch, PlaceName, find_names, fold, gazetteer, merged_regions,
                                      name_key, region_display)
from generator.model import Fact, Place, Span

# Weights of a mention's position.
W_TITLE = 3.0
W_LEAD = 2.5
W_BODY = 1.0  # an ordinary body sentence, before the decay below
DECAY = 0.15  # per sentence after the lead: the tenth sentence counts about 40%
# Multipliers for the words around a mention.
SITE_CUE = 1.6
TOWN_CUE = 2.0  # "the municipality of X", "X, a town": the article points at a site
VENUE_CUE = 0.15
DISTRACTOR = 0.35
LIST = 0.3  # three or more regions in one sentence
ORG_PART = 0.3  # "Texas Enterprise Fund", "Ohio officials"
NATIONALITY = 0.1  # "Japan's Kansai Precision": where the company is from, not the site
PARK = 0.8  # "the Que Vo industrial park": the town the site is named after
REFERENCE = 0.5  # "at Nouaceur, near Casablanca": the second place only says where the first is
CITY_SHARE = 0.8  # how much a city mention lends to its region
# Thresholds.
REGION_MIN = 1.2  # below this a region is "not stated"
CITY_MIN = 1.6
LONE_MIN = 0.8  # enough for a region or a cued city that has no competitor

_PROPER = r"[A-ZÁÉÍÓÚÑÜÇÃÕ][\w'’.-]*"
_LINK = r"(?:\s(?:de|del|de la|el|la|los|las|do|da|dos)\s|\s)"
#: A capitalised name of one to four words: "Ellabell", "Villa de Reyes".
NAME = rf"{_PROPER}(?:{_LINK}{_PROPER}){{0,3}}"


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


#: The start of a word in lower-cased text, written so that the regex engine can skip
#: ahead: it opens with the character before the word, one outside a-z (a space,
#: mostly; hence a space put before the text), and only then checks that it is no
#: word character. An opening ``\b`` would make the engine try every position.
# Cues are searched in the lower-cased text, the name then read in the original.
# The spaces after the cue are looked at, not taken: they may hold the next cue's `WORD_START`.
# (Searched together with the demonyms: see `_word_cue_pattern`.)
_TOWN_INTRO = rf"(?P<cue>{trie_pattern(cues.TOWN_INTRO_CUES)})(?=(?P<space>\s+)[^\W\d_])"
_NAME = re.compile(NAME)
_TOWN_NOUN_TAIL = rf",\s+(?:a|an|un|una)\s+(?:[a-záéíóú-]+\s+){{0,3}}?(?:{_alternation(cues.TOWN_NOUNS)})\b"
_TOWN_NOUN = re.compile(rf"(?P<name>{NAME}){_TOWN_NOUN_TAIL}")
# What `_TOWN_NOUN` needs after the name: rare, and found fast, as the pattern opens with the
# comma; the whole pattern, which tries a name at every capital, then runs on few articles.
_TOWN_NOUN_CUE = re.compile(_TOWN_NOUN_TAIL)
# "X, in the northeastern state of" / "X, en el centro del estado de" just before a region.
_CITY_COMMA = re.compile(
    rf"(?P<name>{NAME}),\s*(?:(?:in|en)\s+(?:the\s+|el\s+)?(?:[a-záéíóú]+\s+){{0,3}}"
    r"(?:state|province|region|county|estado|provincia|región)\s+(?:of|de)\s+)?$"
)
# "at Tatu City in Kiambu County", "en Umán, en el estado de Yucatán": a site cue, a
# name, then "in" and the region.
_CITY_IN = re.compile(
    rf"\b(?:in|at|near|outside|en|cerca de)\s+(?:the\s+)?(?P<name>{NAME})\s+(?:in|en)\s+"
    r"(?:the\s+|el\s+)?(?:[a-záéíóú-]+\s+){0,3}?(?:(?:state|province|region|county|estado|provincia|región)"
    r"\s+(?:of|de)\s+)?$"
)
# "in the Que Vo industrial park", "Sedenak Tech Park": a site named after its town.
_PARK_CUE = re.compile(
    r"\s(?:industrial|economic|technology|tech|science|free|export)\s+(?:park|zone|estate|area|hub)\b"
)
# The words `_PARK_CUE` ends with, after a space, in the lower-cased text: one pattern finds
# them in about half the time of five substring tests.
_PARK_WORDS = re.compile(" (?:park|zone|estate|area|hub)")
_PARK_NAME_BEFORE = re.compile(rf"\b(?:in|at|inside|en)\s+the\s+(?P<name>{NAME})$")
# "at Nouaceur, near Casablanca": a site named, then placed by a better-known town.
_NEAR_CUE = re.compile(r",\s+(?:near|cerca de|close to|not far from)\s+(?=[A-ZÁÉÍÓÚÑ])")
_NEAR_WORDS = (", near ", ", cerca de ", ", close to ", ", not far from ")  # and only as spelled here
_SITE_NAME_BEFORE = re.compile(rf"\b(?:in|at|en)\s+(?:the\s+)?(?P<name>{NAME})$")
# "Nouaceur, near Casablanca": a place right after another place and "near".
_REFERENCE_BEFORE = re.compile(rf"{_PROPER},\s+(?:near|cerca de|close to|not far from)\s+$")
# How `_before`'s words end when `_REFERENCE_BEFORE` matches: a cheap test to make first.
_REFERENCE_ENDINGS = tuple(words.rstrip() for words in _NEAR_WORDS)
# The strongest town cues: the article says outright that the name is a town.
_TOWN_OF = re.compile(r"(?:town|city|village|municipality|township|municipio) of\s+$|municipio de\s+$")
# On lower case, after a space put in front: a trie opening with `WORD_START` is searched
# more than twice as fast as an alternation between two ``\b``.
_DISTRACTOR = re.compile(rf"{WORD_START}(?:{trie_pattern(cues.DISTRACTOR_SENTENCE_CUES)})\b")
# Words after a name that make it part of an organisation or a people, not a site.
_ORG_AFTER = re.compile(
    r"\s*(?:officials?|governor|government|legislature|state officials|authorities|"
    r"Governor|Government|Economic|Enterprise|Fund|Department|Ministry|Plan|Act|Semiconductor|"
    r"Cloud|Airport|University|Mission|Corp|Co\b|Inc\b)"
)
# "Japan's Kansai", "of India's Meridian": a country's possessive before a name.
_NATIONALITY_AFTER = re.compile(r"['’]s?\s+(?=[A-ZÁÉÍÓÚÑ])")
# ... unless the name is a place: "Vietnam's Bac Ninh province", "Taiwan's Nanzi district".
_GEOGRAPHIC_AFTER = re.compile(
    r"(?:[A-ZÁÉÍÓÚÑ][\w'’-]*\s+){1,4}(?:district|park|zone|area|province|state|county|region|city|"
    r"town|port|municipality|estate|island|valley|coast|corridor|belt|delta|river)\b"
)
# First words of public bodies after a country's possessive ("Mexico's Economy Ministry").
_PUBLIC_WORDS = frozenset(
    "economy finance trade industry development investment central national federal foreign prime "
    "supreme interior energy".split()
)
_STATE_WORD = re.compile(r"\s+(?:State|state|County|county|Province|province|Region|region)\b")
_CITY_OF = (" city of", " ciudad de", " puerto de", " port of", " municipio de", " municipality of",
            " town of", " outskirts of", " afueras de", " edge of")
_STATE_BEFORE = ("state of", "estado de", "province of", "provincia de", "department of",
                 "departamento de", "county of", "region of", "región de")
_FILLER = frozenset(
    """the el la los las a an of de del northern southern eastern western central north south
    east west upstate downstate northeastern northwestern southeastern southwestern nearby
    neighbouring neighboring vecino norte sur centro oriente poniente mexican u.s. american
    brazilian indian spanish moroccan nigerian kenyan argentine hungarian german""".split()
)
PARK_REASON = "park named after a town"
#: Capitalised words that start a sentence or a clause, never a town's name.
_NOT_A_TOWN_START = frozenset("The A An This That These Those It Its In At On For With By From As".split())
_GENERIC_TOWN_WORDS = frozenset(
    "county condado parish district megasite park industrial the la el plant planta state estado".split()
)


@dataclass
class Mention:
    """One place mention, resolved to a single meaning, with its weight."""

    start: int
    end: int
    text: str
    kind: str  # country | region | city
    country: str
    region: str | None
    city: str | None
    weight: float = 0.0
    town_cue: bool = False  # introduced as a town ("municipality of", "a town", "X, Kansas")
    city_cue: bool = False  # "city of", "puerto de": a shared name means the city
    abbreviation: bool = False
    reasons: list[str] = field(default_factory=list)


def find_location(doc: Document) -> Fact | None:
    """Where the investment goes, or None when the article names no place."""
    return doc.memo("location", lambda: _find_location(doc))


def _find_location(doc: Document) -> Fact | None:
    lead = lead_of(doc)
    mentions = place_mentions(doc)
    if not mentions:
        return None
    scored = [m for m in mentions if m.weight > 0]
    if not scored:
        scored = [m for m in mentions if lead.in_dateline(m.start)]
        for m in scored:
            m.weight = 0.5
            m.reasons.append("dateline only")
    if not scored:
        return None

    countries: dict[str, float] = defaultdict(float)
    regions: dict[tuple[str, str], float] = defaultdict(float)
    for m in scored:
        if not m.country:
            continue  # a town whose region is not known yet
        countries[m.country] += m.weight
        if m.region:
            regions[(m.country, m.region)] += m.weight * (CITY_SHARE if m.kind == "city" else 1.0)
    country = max(countries, key=lambda c: countries[c])
    ranked = sorted((r for r in regions if r[0] == country), key=lambda r: -regions[r])
    # A region needs REGION_MIN, or a little less when nothing else competes with it.
    region = None
    if ranked:
        top = regions[ranked[0]]
        if top >= REGION_MIN or (len(ranked) == 1 and top >= LONE_MIN):
            region = ranked[0][1]

    if region and not _is_announcement(doc):
        # A tariff, closure or analysis story is only placed in its country: its
        # regions and cities are where things happened, not where money goes.
        region = None
    city_mention = _best_city(scored, country, region)
    region_mention = _best_of([m for m in scored if m.kind == "region" and m.region == region]) if region else None
    country_mention = _best_of([m for m in scored if m.country == country and m.kind == "country"]) or _best_of(
        [m for m in scored if m.country == country])
    evidence = city_mention or region_mention or country_mention
    place = Place(
        city=_city_spelling(city_mention) if city_mention else None,
        region=_region_spelling(scored, country, region) if region else None,
        country=country,
    )
    total = sum(regions[r] for r in ranked) or 1.0
    confidence = round(min(0.95, 0.4 + 0.55 * (regions[ranked[0]] / total)), 2) if region else 0.5
    alternatives = tuple(
        _fact(doc, Place(None, r[1], country), best, "runner-up region", 0.2)
        for r in ranked[1:3]
        if (best := _best_of([m for m in scored if m.region == r[1] and m.country == country]))
    )
    rule = "+".join(dict.fromkeys(evidence.reasons)) or "mentions"
    return _fact(doc, place, evidence, rule, confidence, alternatives)


def _is_announcement(doc: Document) -> bool:
    from generator.extract.story import is_investment_story  # the gate uses the investor finder

    return is_investment_story(doc)


def _fact(doc: Document, place: Place, m: Mention, rule: str, confidence: float,
          alternatives: tuple[Fact, ...] = ()) -> Fact:
    sentence = doc.sentence_at(m.start)
    return Fact(
        field="location",
        value=place,
        display=format_place(place),
        evidence=Span.of(doc.text, m.start, m.end),
        sentence=sentence.span if sentence else None,
        rule=rule,
        confidence=confidence,
        alternatives=alternatives,
    )


def _best_of(mentions: list[Mention]) -> Mention | None:
    return max(mentions, key=lambda m: m.weight, default=None)


def _best_city(mentions: list[Mention], country: str, region: str | None) -> Mention | None:
    """The city of the site: named with a cue, in the headline or the lead. With no
    region, only a city that has none itself (Kaohsiung, Liverpool, Singapore)."""
    region_key = name_key(region or "")
    candidates = []
    for m in mentions:
        if not m.city or m.country not in (country, "") or (region is None and not m.country):
            continue
        if m.region is not None and m.region != region or region is None and m.region:
            continue
        if name_key(m.city) == region_key and not m.city_cue:
            continue  # "Querétaro" alone is the state; the city needs "city of"
        if m.weight >= LONE_MIN:
            candidates.append(m)
    best = _best_of(candidates)
    if best is None or best.weight >= CITY_MIN:
        return best
    # A weaker city still counts when it is the only one and a cue points at it.
    cued = "site cue" in best.reasons or best.town_cue
    return best if cued and len(candidates) == 1 else None


def _spelling(m: Mention, fallback: str) -> str:
    """The article's spelling when it is a normal one (not ALL CAPS, not an abbreviation)."""
    text = m.text
    if m.abbreviation or text.isupper() or fold(text) != fold(fallback):
        return fallback
    return text


def _city_spelling(m: Mention) -> str:
    """A city as the article names it: "Gqeberha", not the table's "Port Elizabeth"."""
    if m.abbreviation or m.text.isupper():
        return m.city or m.text
    return m.text


def _region_spelling(mentions: list[Mention], country: str, region: str) -> str:
    spelled = [m for m in mentions if m.kind == "region" and m.region == region and m.country == country]
    best = _best_of([m for m in spelled if not m.abbreviation and not m.text.isupper()])
    return _spelling(best, region) if best else region


# ---------------------------------------------------------------------------
# Mentions and their weights


def place_mentions(doc: Document) -> list[Mention]:
    """Every place mention in the document, resolved and weighted (computed once)."""
    return doc.memo("place_mentions", lambda: _place_mentions(doc))


def _place_mentions(doc: Document) -> list[Mention]:
    text = doc.text
    lead = lead_of(doc)
    matches = find_names(text)
    demonyms = _demonym_support(_word_cues(doc)[0])
    support = _country_support(matches, demonyms)
    regional = _regional_names(text, support)
    if regional:
        matches = _merge(matches, regional)
        support = _country_support(matches, demonyms)
    mentions = [m for match in matches if (m := _resolve(text, match, support)) is not None]
    mentions += _towns(doc, mentions)
    mentions.sort(key=lambda m: m.start)
    sentences = [doc.sentence_at(m.start) for m in mentions]
    # Places named together in one sentence: three regions or three countries are a list.
    listed: dict[int, set[str]] = defaultdict(set)
    for m, sentence in zip(mentions, sentences):
        if sentence and m.kind == "region" and m.region:
            listed[sentence.index].add(m.region)
        elif sentence and m.kind == "country":
            listed[-1 - sentence.index].add(m.country)
    for m, sentence in zip(mentions, sentences):
        _weigh(doc, lead, m, sentence, listed)
    return mentions


def _lower(doc: Document) -> str:
    """The text in lower case, where cue words are searched (made once per document)."""
    return doc.memo("lower", doc.text.lower)


def _demonym_support(found: list[str]) -> dict[str, float]:
    """Nationality words ("Mexican", "surcoreana") found in the text: half a mention of
    their country."""
    support: dict[str, float] = defaultdict(float)
    demonyms = gazetteer().demonyms
    for demonym in found:
        support[demonyms[demonym]] += 0.5
    return support


def _word_cues(doc: Document) -> tuple[list[str], list[re.Match[str]]]:
    """The demonyms and the town cues of the lower-cased text, found in one scan (made
    once per document)."""
    def scan() -> tuple[list[str], list[re.Match[str]]]:
        demonyms, town_cues = [], []
        for match in _word_cue_pattern().finditer(" " + _lower(doc)):
            if match["demonym"]:
                demonyms.append(match["demonym"])
            else:
                town_cues.append(match)
        return demonyms, town_cues
    return doc.memo("demonyms_and_town_cues", scan)


def _country_support(matches: list[NameMatch], demonyms: dict[str, float]) -> dict[str, float]:
    """How much the article is about each country: unambiguous names and demonyms."""
    support: dict[str, float] = defaultdict(float, demonyms)
    for match in matches:
        countries = {m.country for m in match.meanings if not m.needs_cue}
        if len(countries) == 1:
            support[countries.pop()] += 1.0
    return support


def _regional_names(text: str, support: dict[str, float]) -> list[NameMatch]:
    """Regions of the countries the article is about, for countries whose regions are
    not always on: read from pycountry once per country, searched only here."""
    table = merged_regions(tuple(support))
    return find_names(text, table) if table is not None else []


def _merge(base: list[NameMatch], extra: list[NameMatch]) -> list[NameMatch]:
    """Add regional names to the base ones: the longer name wins an overlap, and a name
    found by both keeps every meaning ("Kaohsiung" the city, "Johor" the state)."""
    merged = list(base)
    for match in sorted(extra, key=lambda m: m.start):
        clashes = [b for b in merged if b.start < match.end and match.start < b.end]
        if not clashes:
            merged.append(match)
        elif len(clashes) == 1 and (clashes[0].start, clashes[0].end) == (match.start, match.end):
            same = clashes[0]
            merged[merged.index(same)] = NameMatch(same.start, same.end, same.text,
                                                   same.meanings + match.meanings, same.abbreviation)
        elif all(match.end - match.start > b.end - b.start for b in clashes):
            merged = [b for b in merged if b not in clashes] + [match]
    return sorted(merged, key=lambda m: m.start)


@lru_cache(maxsize=1)
def _word_cue_pattern() -> re.Pattern[str]:
    """Every demonym and every town cue as one regex of two trie-shaped branches (on lower
    case, after a space): a branch per first letter, so each word start costs a letter
    test, not a try of every word; and most of a scan's cost is its word starts, so one
    scan for both kinds costs little more than one for either.

    No word is in both a demonym and a town cue, so a match of one kind never starts at
    or inside a match of the other, and the scan finds what two separate ones would:

    >>> demonym_words = {word for demonym in gazetteer().demonyms for word in demonym.split()}
    >>> sorted(demonym_words & {word for cue in cues.TOWN_INTRO_CUES for word in cue.split()})
    []
    """
    demonyms = trie_pattern(gazetteer().demonyms)
    return re.compile(rf"{WORD_START}(?:(?P<demonym>{demonyms})\b|{_TOWN_INTRO})")


def _resolve(text: str, match: NameMatch, support: dict[str, float]) -> Mention | None:
    """Pick one meaning for a name, by the article's support for its country."""
    before = _before(text, match.start)
    state_cue = (before[0].endswith(",") or _ends(before, _STATE_BEFORE)  # the cheapest test first
                 or bool(_STATE_WORD.match(text, match.end, match.end + 12)))
    meanings = [m for m in match.meanings if not m.needs_cue or state_cue]
    if state_cue and any(m.kind == "country" for m in meanings):
        # "el estado de México", "the state of Mexico": the state, not the country.
        cue = next((c for c in _STATE_BEFORE if _ends(before, (c,))), "")
        state = gazetteer().names.get(name_key(f"{cue} {match.text}")) if cue else None
        if state:
            meanings = [m for m in state if m.kind == "region"] or meanings
    if not meanings:
        return None
    if len(meanings) == 1:  # most names: no choice to make
        best_country = meanings[0].country
    else:
        # Countries in the order of the meanings: a tie goes to the first, whatever the hash seed.
        best_country = max(dict.fromkeys(m.country for m in meanings),
                           key=lambda c: (support.get(c, 0.0), c == meanings[0].country))
    first_of_kind: dict[str, PlaceName] = {}
    for m in meanings:
        if m.country == best_country:
            first_of_kind.setdefault(m.kind, m)
    region, city, country = first_of_kind.get("region"), first_of_kind.get("city"), first_of_kind.get("country")
    city_cue = _ends(before, _CITY_OF)
    if region and city and not city_cue and name_key(city.region or "") == name_key(region.name):
        city = None  # a shared name ("Querétaro") reads as the state unless a cue says "city"
    if region and not (city and city_cue):
        return Mention(match.start, match.end, match.text, "region", best_country, region.name,
                       city.name if city else None, abbreviation=match.abbreviation, city_cue=city_cue)
    if city:
        return Mention(match.start, match.end, match.text, "city", best_country,
                       region_display(best_country, city.region), city.name, city_cue=city_cue)
    if country:
        return Mention(match.start, match.end, match.text, "country", best_country, None, None)
    return None


def _towns(doc: Document, known: list[Mention]) -> list[Mention]:
    """Towns that are not in the city table, found by the words around them."""
    text = doc.text
    lead = lead_of(doc)
    known = sorted(known, key=lambda m: m.start)
    starts = [m.start for m in known]
    regions = [m for m in known if m.kind == "region"]
    region_starts = [m.start for m in regions]
    found: dict[int, Mention] = {}

    def known_at(offset: int) -> Mention | None:
        """The known mention covering ``offset`` (mentions do not overlap)."""
        i = bisect_right(starts, offset) - 1
        return known[i] if i >= 0 and known[i].start <= offset < known[i].end else None

    def region_after(offset: int) -> Mention | None:
        """The first region named after ``offset`` in the same sentence, if any."""
        sentence = doc.sentence_at(offset)
        i = bisect_left(region_starts, offset)
        if sentence is None or i == len(regions) or regions[i].start >= sentence.end:
            return None
        return regions[i]

    def add(start: int, name: str, region_mention: Mention | None, reason: str) -> None:
        name = name.strip()
        if lead.in_dateline(start) or not name:
            return
        words = name.split()
        if fold(words[0]) in _GENERIC_TOWN_WORDS or fold(words[-1]) in _GENERIC_TOWN_WORDS:
            return
        if words[0] in _NOT_A_TOWN_START:
            return
        covering = known_at(start)
        if covering is not None:
            if covering.kind == "city" and covering.start == start:
                covering.town_cue = True  # a known city introduced as a town: the cue still counts
            elif covering.kind == "region" and covering.start == start and reason == "town of":
                _make_town(covering, region_after(covering.end))  # "the town of Alabama, New York"
            return
        if name.isupper() and len(name) <= 5:
            return  # an acronym, not a town
        if start in found:
            found[start].reasons.append(reason)
            return
        country = region_mention.country if region_mention else ""
        region = region_mention.region if region_mention else None
        park = reason == PARK_REASON  # a site named after its town: a weaker hint
        found[start] = Mention(start, start + len(name), name, "city", country, region, name,
                               town_cue=not park, reasons=[reason])

    lower = _lower(doc)
    for cue in _word_cues(doc)[1]:
        cue_start, cue_end = cue.start("cue") - 1, cue.end("space") - 1  # less the space put in front
        match = _NAME.match(text, cue_end)
        if match:
            reason = "town of" if _TOWN_OF.search(lower, max(0, cue_start - 4), cue_end) else "town cue"
            add(match.start(), match.group(), region_after(match.end()), reason)
    for match in _TOWN_NOUN.finditer(text) if _TOWN_NOUN_CUE.search(text) else ():
        add(match.start("name"), match.group("name"), region_after(match.end()), "a town")
    for m in regions:
        window = text[max(0, m.start - 50):m.start]
        if "," not in window and " in " not in window:
            continue  # no "City, " or "at City in" before this region: skip the slower patterns
        before = _CITY_COMMA.search(text, max(0, m.start - 90), m.start) or _CITY_IN.search(
            text, max(0, m.start - 90), m.start)
        if before:
            add(before.start("name"), before.group("name"), m, "city, region")
    # The two patterns below start from their (rare) cue words and look back for the name.
    near_cues = list(_NEAR_CUE.finditer(text))  # fast, opening with a comma; then the substring test
    for cue in near_cues if near_cues and any(c in lower for c in _NEAR_WORDS) else ():
        match = _SITE_NAME_BEFORE.search(text, max(0, cue.start() - 80), cue.start())
        if match:
            near = known_at(cue.end())  # the better-known place says which region the town is in
            add(match.start("name"), match.group("name"), near if near and near.region else None,
                "town near a place")
    for cue in _PARK_CUE.finditer(text) if _PARK_WORDS.search(lower) else ():
        match = _PARK_NAME_BEFORE.search(text, max(0, cue.start() - 80), cue.start())
        if match and match.group("name").split()[0] not in _NOT_A_TOWN_START:
            add(match.start("name"), match.group("name"), region_after(cue.end()), PARK_REASON)
    return list(found.values())


def _make_town(m: Mention, region: Mention | None) -> None:
    """A region's name used for a town ("the town of Alabama"): the mention becomes
    that town, in the region named next to it (if any)."""
    m.kind, m.city, m.town_cue = "city", m.text, True
    m.country = region.country if region else m.country
    m.region = region.region if region else None
    m.reasons.append("town of")


def _after_region(text: str, start: int) -> bool:
    """Does a region or country come right before ", near" ("in Kentucky, near Louisville")?
    Then the town narrows the site down instead of placing a smaller one."""
    window = text[max(0, start - 60):start]
    cut = window.rfind(",")
    names = find_names(window[:cut]) if cut > 0 else []
    return bool(names) and names[-1].end >= cut - 1 and all(
        p.kind != "city" for p in names[-1].meanings)


def _names_place(text: str, end: int) -> bool:
    """After "X's": a place or a public body ("Mexico's Nuevo León", "Kenya's Ministry"),
    not a company."""
    after = _NATIONALITY_AFTER.match(text, end)
    window = text[after.end():after.end() + 60] if after else ""
    first = window.split(" ", 1)[0].strip(".,;:").lower()
    if first in cues.NOT_INVESTOR_WORDS or first in _PUBLIC_WORDS or _GEOGRAPHIC_AFTER.match(window):
        return True
    names = find_names(window)
    return bool(names) and names[0].start == 0


@lru_cache(maxsize=64)  # read for each mention by `_resolve`, then again by `_weigh`
def _before(text: str, start: int) -> tuple[str, ...]:
    """The words before ``start``, lower case: as written, then with fillers
    ("the northern", "upstate") dropped one by one, so that "in the northern state
    of" ends with "state of" and "in southeastern" ends with "in"."""
    window = " " + " ".join(text[max(0, start - 60):start].lower().split())
    variants = [window]
    while len(variants) < 4:
        head, _, last = variants[-1].rpartition(" ")
        if last not in _FILLER or not head:
            break
        variants.append(head)
    return tuple(variants)


def _ends(variants: tuple[str, ...], endings: tuple[str, ...]) -> bool:
    """Does a variant of `_before` end with one of ``endings``? (A plain loop: called
    several times per mention, it is faster than ``any`` over a generator.)"""
    for variant in variants:
        if variant.endswith(endings):
            return True
    return False


_SITE_ENDINGS = tuple(" " + c for c in cues.SITE_CUES)
_TOWN_ENDINGS = tuple(" " + c for c in cues.TOWN_INTRO_CUES)
_VENUE_ENDINGS = tuple(" " + c for c in cues.VENUE_CUES)


def _has_distractor(doc: Document, index: int) -> bool:
    """Does sentence ``index`` talk about rivals, existing plants or candidates? (memoised)"""
    memo = doc.memo("distractor_sentences", dict)
    if index not in memo:
        memo[index] = bool(_DISTRACTOR.search(" " + doc.sentences[index].text.lower()))
    return memo[index]


def _weigh(doc: Document, lead: Lead, m: Mention, sentence: Sentence | None,
           listed: dict[int, set[str]]) -> None:
    """``sentence``: the mention's (looked up once, by the caller); ``listed``: regions per
    sentence index, countries per ``-1 - index``."""
    text = doc.text
    if lead.in_dateline(m.start):
        m.weight = 0.0
        m.reasons.append("dateline")
        return
    if lead.in_title(m.start):
        weight, where = W_TITLE, "title"
    elif sentence is not None and lead.lead is not None and sentence.index == lead.lead.index:
        weight, where = W_LEAD, "lead"
    else:
        after_lead = (sentence.index - lead.lead.index) if sentence and lead.lead else 5
        weight, where = W_BODY / (1 + DECAY * max(after_lead, 0)), "body"
    m.reasons.append(where)
    before = _before(text, m.start)
    if _ends(before, _VENUE_ENDINGS):
        weight *= VENUE_CUE
        m.reasons.append("venue")
    elif (before[0].endswith(_REFERENCE_ENDINGS) and _REFERENCE_BEFORE.search(text, max(0, m.start - 40), m.start)
          and not _after_region(text, m.start)):
        weight *= REFERENCE
        m.reasons.append("reference point")
    elif m.town_cue or _ends(before, _TOWN_ENDINGS):
        weight *= TOWN_CUE
        m.reasons.append("town cue")
    elif _ends(before, _SITE_ENDINGS):
        weight *= SITE_CUE
        m.reasons.append("site cue")
    if PARK_REASON in m.reasons:
        weight *= PARK
    if where != "title" and sentence is not None and _has_distractor(doc, sentence.index):
        weight *= DISTRACTOR
        m.reasons.append("distractor sentence")
    if sentence is not None and (len(listed.get(sentence.index, ())) >= 3
                                 or len(listed.get(-1 - sentence.index, ())) >= 3):
        weight *= LIST
        m.reasons.append("list")
    if m.kind == "country" or m.city and name_key(m.city) == name_key(m.country):
        if _NATIONALITY_AFTER.match(text, m.end) and not _names_place(text, m.end):
            weight *= NATIONALITY  # "Japan's Kansai", "a unit of India's Meridian"
            m.reasons.append("nationality")
    after = text[m.end:m.end + 20]
    if _ORG_AFTER.match(after) and not _STATE_WORD.match(after):
        weight *= ORG_PART
        m.reasons.append("part of a name")
    m.weight = weight
