"""A small gazetteer: country, region and city names, and where they occur in a text.

Regions come from pycountry's ISO 3166-2 tables: always for the countries listed
in `generator.data.places.REGION_TYPES`, and for any other country only once an
article names it (`country_regions`), so that a Thai province or a Ghanaian region
called "Central" cannot fire in a story about Ohio. Countries come from Babel's
English and Spanish territory names, cities from the curated
`generator/data/cities.tsv`. Names are
matched on whole words, accent- and case-insensitively, longest name first
("Baja California Sur" before "Baja California", "Mexico City" before "Mexico").

Everything is built once, lazily, on first use.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple
from importlib import resources

from generator.data import places as data

#: One word of running text: "N.C.", "Kan.", "Rabat-Salé-Kénitra", "Tata's".
TOKEN = re.compile(r"[^\W_](?:[\w'’]|[.\-](?=[^\W_]))*\.?")

#: A stretch of capitalised words, possibly joined by "de", "del", "and"...: the
#: only places a name can start. Scanning for these first keeps the lookup off the
#: lower-case bulk of the text.
_CAP = "[A-ZÀ-ÖØ-ÞĀ-Ž]"
NAME_SPAN = re.compile(
    rf"(?<!\w){_CAP}[\w'’.\-]*"
    rf"(?:(?: | - | (?:de|del|de la|de los|de las|el|la|las|los|do|da|dos|das|and|y|of|upon|on) ){_CAP}[\w'’.\-]*){{0,5}}"
)

#: Longest place name, in words ("San Pedro Garza García" is 4).
MAX_WORDS = 6


@dataclass(frozen=True)
class PlaceName:
    """One meaning of a name: a country, a region of a country or a city."""

    kind: str  # "country" | "region" | "city"
    name: str  # how a page shows it when the article's spelling cannot be used
    country: str  # English country name
    region: str | None = None  # the region's display name (a region's own name for regions)
    needs_cue: bool = False  # an ordinary word too: counts only with "state of", "X State"...
    exact_case: bool = False  # short forms ("US", "NL") must match letter for letter
    alias: str = ""  # the spelling that matched, for exact-case checks


class Token(NamedTuple):
    """One word of the text (a tuple: articles have thousands of them)."""

    start: int
    end: int
    text: str
    key: str  # folded: lower case, no accents, no trailing dot or possessive
    capitalised: bool


@dataclass(frozen=True)
class NameMatch:
    """A place name found in the text, with every meaning it can have."""

    start: int
    end: int
    text: str
    meanings: tuple[PlaceName, ...]
    abbreviation: bool = False  # "Gto.", "Tenn.": only after a comma


_OWN_LETTERS = str.maketrans("ĐđŁłØøİı", "DdLlOoIi")


def fold(text: str) -> str:
    """Lower case without accents; hyphens and curly quotes made plain.

    >>> fold("Rabat-Salé-Kénitra"), fold("Querétaro’s")
    ('rabat sale kenitra', "queretaro's")
    """
    if not text.isascii():
        # "Đ" (Vietnamese) and "Ł" (Polish) are letters of their own, not accented ones.
        text = unicodedata.normalize("NFKD", text.translate(_OWN_LETTERS))
        text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.replace("’", "'").replace("-", " ").lower().split())


@lru_cache(maxsize=1 << 16)
def token_key(text: str) -> str:
    """The lookup key of one token: folded, possessive and final period dropped."""
    key = fold(text)
    if key.endswith("'s"):
        key = key[:-2]
    elif key.endswith("'"):
        key = key[:-1]
    return key.rstrip(".")


def name_key(name: str) -> str:
    """The lookup key of a multi-word name, built the way text tokens are."""
    return " ".join(token_key(m.group()) for m in TOKEN.finditer(name))


def tokens(text: str) -> list[Token]:
    return [
        Token(m.start(), m.end(), w, token_key(w), w[0].isupper() or w[0].isdigit())
        for m in TOKEN.finditer(text)
        for w in (m.group(),)
    ]


# ---------------------------------------------------------------------------
# Building the tables


@dataclass
class Gazetteer:
    names: dict[str, list[PlaceName]]  # name key -> meanings
    first_words: frozenset[str]  # the first word of every name, to skip other words fast
    abbreviations: dict[str, list[PlaceName]]  # "gto." -> meanings (after a comma only)
    demonyms: dict[str, str]  # "mexican" -> "Mexico"
    country_codes: dict[str, str]  # "Mexico" -> "MX"
    region_names: dict[tuple[str, str], str]  # (country, region key) -> region display name


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The place tables (built on first use, then shared)."""
    from babel import Locale

    english = Locale.parse("en").territories
    spanish = Locale.parse("es").territories
    names: dict[str, list[PlaceName]] = {}
    abbreviations: dict[str, list[PlaceName]] = {}
    country_codes: dict[str, str] = {}
    country_name: dict[str, str] = {}

    def add(name: str, meaning: PlaceName, table: dict[str, list[PlaceName]] | None = None) -> None:
        table = names if table is None else table
        key = name.lower() if table is abbreviations else name_key(name)
        if not key:
            return
        exact = len(name.replace(".", "")) <= 4 and name.isupper()
        meaning = PlaceName(**{**meaning.__dict__, "exact_case": exact, "alias": name})
        bucket = table.setdefault(key, [])
        if not any(m.kind == meaning.kind and m.name == meaning.name and m.country == meaning.country
                   for m in bucket):
            bucket.append(meaning)

    for code, english_name in english.items():
        if len(code) != 2 or not code.isalpha() or code in data.COUNTRY_SKIP:
            continue
        display = "United States" if code == "US" else english_name
        country_name[code] = display
        country_codes[display] = code
        meaning = PlaceName("country", display, display)
        for alias in {english_name, display, spanish.get(code, english_name), *data.COUNTRY_ALIASES.get(code, ())}:
            add(alias, meaning)

    region_names: dict[tuple[str, str], str] = {}
    import pycountry

    for code, types in data.REGION_TYPES.items():
        country = country_name[code]
        for sub in pycountry.subdivisions.get(country_code=code) or ():
            if sub.type not in types:
                continue
            display = data.REGION_DISPLAY.get(sub.code) or _clean_official(sub.name)
            for alias in _region_aliases(sub.code, sub.name, display):
                needs_cue = name_key(alias) in data.NEEDS_CUE
                add(alias, PlaceName("region", display, country, display, needs_cue))
                region_names[(country, name_key(alias))] = display
            for abbreviation in data.REGION_ABBREVIATIONS.get(sub.code, ()):
                add(abbreviation, PlaceName("region", display, country, display), abbreviations)

    for city, region, country, aliases in _read_cities():
        region_display = region_names.get((country, name_key(region)), region) if region else None
        meaning = PlaceName("city", city, country, region_display)
        for alias in (city, *aliases):
            add(alias, meaning)

    demonyms = {
        word.lower(): country_name[code] for code, words in data.DEMONYMS.items() for word in words
    }
    first_words = frozenset(key.split(" ")[0] for key in names)
    return Gazetteer(names, first_words, abbreviations, demonyms, country_codes, region_names)


def _region_aliases(code: str, official: str, display: str) -> set[str]:
    """Every name a subdivision is matched by: aliases, official spellings, display."""
    aliases = set(data.REGION_ALIASES.get(code, ()))
    if code not in data.SKIP_OFFICIAL_NAME:
        aliases |= _official_variants(official) | {display}
    for name in list(aliases):
        for affix in data.NATIVE_AFFIXES:
            if affix in name and name.replace(affix, "").strip():
                aliases.add(name.replace(affix, "").strip())  # "Gyeonggi-do" -> "Gyeonggi"
    return aliases


def _dynamic_types(code: str, subdivisions: list) -> list:
    """The subdivisions of a country read on demand that count as its regions."""
    types = data.DYNAMIC_REGION_TYPES.get(code)
    if types is not None:
        return [s for s in subdivisions if s.type in types]
    return [s for s in subdivisions
            if s.parent_code is None and not any(w in s.type.lower() for w in data.CITY_LIKE_TYPES)]


@lru_cache(maxsize=None)
def country_regions(country: str) -> Gazetteer | None:
    """The regions of one country that is not in ``REGION_TYPES``, built on first use.

    A name that already means something else (a country, another country's city)
    or is an ordinary phrase ("Central", "Upper East") needs a cue ("X Region").
    """
    base = gazetteer()
    code = base.country_codes.get(country)
    if code is None or code in data.REGION_TYPES:
        return None
    import pycountry

    names: dict[str, list[PlaceName]] = {}
    region_names: dict[tuple[str, str], str] = {}
    for sub in _dynamic_types(code, list(pycountry.subdivisions.get(country_code=code) or ())):
        display = data.REGION_DISPLAY.get(sub.code) or _clean_official(sub.name)
        for alias in _region_aliases(sub.code, sub.name, display):
            key = name_key(alias)
            if not key:
                continue
            region_names[(country, key)] = display
            others = [m for m in base.names.get(key, ()) if m.country != country or m.kind == "country"]
            generic = all(w in data.GENERIC_REGION_WORDS for w in key.split())
            needs_cue = bool(others) or generic or key in data.NEEDS_CUE
            bucket = names.setdefault(key, [])
            if not any(m.name == display for m in bucket):
                bucket.append(PlaceName("region", display, country, display, needs_cue, alias=alias))
    if not names:
        return None
    first_words = frozenset(key.split(" ")[0] for key in names)
    return Gazetteer(names, first_words, {}, {}, {}, region_names)


def region_display(country: str, region: str | None) -> str | None:
    """The display name of a region as a city row spells it ("Jawa Barat" -> "West Java")."""
    if not region:
        return region
    key = (country, name_key(region))
    shown = gazetteer().region_names.get(key)
    if shown is None and (table := country_regions(country)) is not None:
        shown = table.region_names.get(key)
    return shown or region


def _read_cities() -> list[tuple[str, str, str, list[str]]]:
    rows = []
    text = resources.files("generator.data").joinpath("cities.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t") + ["", "", ""]
        city, region, country, aliases = (p.strip() for p in parts[:4])
        rows.append((city, region, country, [a.strip() for a in aliases.split("|") if a.strip()]))
    return rows


def _clean_official(name: str) -> str:
    """A pycountry name as newsrooms write it.

    >>> _clean_official("Gujarāt"), _clean_official("Catalunya [Cataluña]")
    ('Gujarat', 'Catalunya')
    >>> _clean_official("Madrid, Comunidad de"), _clean_official("Laâyoune (EH)")
    ('Comunidad de Madrid', 'Laâyoune')
    """
    name = re.sub(r"\s*[\[(].*?[\])]", "", name).strip()
    if ", " in name:  # "Madrid, Comunidad de" -> "Comunidad de Madrid"
        head, tail = name.split(", ", 1)
        name = f"{tail} {head}"
    # Romanised Indian names carry macrons ("Gujarāt") that no newspaper prints.
    return unicodedata.normalize("NFC", unicodedata.normalize("NFD", name).replace("\u0304", ""))


def _official_variants(name: str) -> set[str]:
    """Every spelling inside an official name: "Lugo [Lugo]", "Ourense [Orense]"."""
    variants = {_clean_official(name)}
    variants.update(re.findall(r"\[(.*?)\]", name))
    base = re.sub(r"\s*[\[(].*?[\])]", "", name).strip()
    if ", " in base:
        variants.add(base.split(", ")[0])  # "Asturias, Principado de" -> "Asturias"
    return {v for v in variants if v}


# ---------------------------------------------------------------------------
# Finding names in text


def find_names(text: str, table: Gazetteer | None = None) -> list[NameMatch]:
    """Every place name in ``text`` (from ``table``, the base gazetteer by default),
    left to right, longest match first. A name glued to "$" is a currency ("US$").

    >>> [(m.text, m.meanings[0].kind) for m in find_names("Kia will build in Pesquería, N.L., Mexico.")]
    [('Pesquería', 'city'), ('N.L.', 'region'), ('Mexico', 'country')]
    >>> [m.text for m in find_names("US$2.1bn for a plant in the US")]
    ['US']
    """
    table = table or gazetteer()
    found: list[NameMatch] = []
    for words in _capitalised_runs(text):
        _find_in_span(text, words, table, found)
    return found


@lru_cache(maxsize=8)
def _capitalised_runs(text: str) -> tuple[list[Token], ...]:
    """The words of each run of capitalised words (kept for the next table's scan)."""
    return tuple(
        [Token(m.start(), m.end(), w, token_key(w), w[0].isupper() or w[0].isdigit())
         for m in TOKEN.finditer(text, span.start(), span.end())
         for w in (m.group(),)]
        for span in NAME_SPAN.finditer(text)
    )


def merged_regions(countries: tuple[str, ...]) -> Gazetteer | None:
    """One table holding the on-demand regions of several countries (one scan, not one each)."""
    return _merged_regions(tuple(sorted(set(countries))))


@lru_cache(maxsize=256)
def _merged_regions(countries: tuple[str, ...]) -> Gazetteer | None:
    tables = [t for c in countries if (t := country_regions(c)) is not None]
    if len(tables) <= 1:
        return tables[0] if tables else None
    names: dict[str, list[PlaceName]] = {}
    region_names: dict[tuple[str, str], str] = {}
    for t in tables:
        for key, meanings in t.names.items():
            names.setdefault(key, []).extend(meanings)
        region_names.update(t.region_names)
    return Gazetteer(names, frozenset(k.split(" ")[0] for k in names), {}, {}, {}, region_names)


def _find_in_span(text: str, words: list[Token], table: "Gazetteer", found: list[NameMatch]) -> None:
    i = 0
    while i < len(words):
        word = words[i]
        if not word.capitalised:
            i += 1
            continue
        match = _longest_name(text, words, i, table) if word.key.partition(" ")[0] in table.first_words else None
        if match is not None:
            if not text.startswith("$", match[0].end):  # "US$", "HK$": a currency, not a place
                found.append(match[0])
            i += match[1]
            continue
        abbreviation = table.abbreviations.get(word.text.lower())
        if abbreviation and text[max(0, word.start - 2):word.start].strip() == ",":
            found.append(NameMatch(word.start, word.end, word.text, tuple(abbreviation), True))
        i += 1


def _longest_name(text: str, words: list[Token], i: int, table: Gazetteer) -> tuple[NameMatch, int] | None:
    last = i
    # Words of one name are separated by a single space or hyphen, never by a
    # line break or punctuation, and the name does not run across a period.
    while last + 1 < len(words) and last - i + 1 < MAX_WORDS:
        gap = text[words[last].end:words[last + 1].start]
        if gap not in (" ", "-", " - ") or words[last].text.endswith(".") and len(words[last].text) > 4:
            break
        last += 1
    for j in range(last, i - 1, -1):
        if not words[j].capitalised and j > i and words[j].key not in _CONNECTORS:
            continue
        key = " ".join(w.key for w in words[i:j + 1])
        meanings = table.names.get(key)
        if not meanings:
            continue
        surface = text[words[i].start:words[j].end]
        if surface.endswith(("'s", "’s")):
            surface = surface[:-2]
        elif surface.endswith(".") and not any(m.alias.endswith(".") for m in meanings):
            surface = surface[:-1]
        meanings = [m for m in meanings if not m.exact_case or m.alias.replace(" ", "") == surface.replace(" ", "")]
        if meanings:
            return NameMatch(words[i].start, words[i].start + len(surface), surface, tuple(meanings)), j - i + 1
    return None


#: Lower-case words allowed inside a place name ("Villa de Reyes", "Apaseo el Grande").
_CONNECTORS = frozenset("de del la las el los do da dos das y and of on upon".split())
