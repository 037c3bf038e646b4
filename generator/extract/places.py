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
from typing import Iterable, NamedTuple
from importlib import resources

from generator.data import places as data

#: One word of running text: "N.C.", "Kan.", "Rabat-Salé-Kénitra", "Tata's".
TOKEN = re.compile(r"[^\W_](?:[\w'’]|[.\-](?=[^\W_]))*\.?")

#: A stretch of capitalised words, possibly joined by "de", "del", "and"...: the
#: only places a name can start. Scanning for these first keeps the lookup off the
#: lower-case bulk of the text. The pattern opens with the capital itself and only
#: then looks back for a word character before it, so that the regex engine can
#: skip ahead to the next capital instead of trying the pattern at every position.
_CAP = "[A-ZÀ-ÖØ-ÞĀ-Ž]"
NAME_SPAN = re.compile(
    rf"{_CAP}(?<!\w.)[\w'’.\-]*"
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


class NameMatch(NamedTuple):
    """A place name found in the text, with every meaning it can have (a tuple: one is
    made for each name in each article, and a frozen dataclass is slower to build)."""

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


@lru_cache(maxsize=1 << 14)
def name_key(name: str) -> str:
    """The lookup key of a multi-word name, built the way text tokens are (cached: the
    location finder compares the same few city, region and country names many times)."""
    return " ".join(token_key(m.group()) for m in TOKEN.finditer(name))


def tokens(text: str) -> list[Token]:
    """The words of ``text``, each with its lookup key."""
    return [
        Token(m.start(), m.end(), w, token_key(w), w[0].isupper() or w[0].isdigit())
        for m in TOKEN.finditer(text)
        for w in (m.group(),)
    ]


# ---------------------------------------------------------------------------
# Building the tables


@dataclass(eq=False)  # compared by identity: a key of `_names_in_run`'s cache
class Gazetteer:
    names: dict[str, list[PlaceName]]  # name key -> meanings
    prefixes: frozenset[str]  # every name key's leading words ("baja", "baja california"): see `_prefixes`
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
        bucket = table.setdefault(key, [])
        if not any(m.kind == meaning.kind and m.name == meaning.name and m.country == meaning.country
                   for m in bucket):
            exact = len(name.replace(".", "")) <= 4 and name.isupper()
            bucket.append(PlaceName(**{**meaning.__dict__, "exact_case": exact, "alias": name}))

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
    for code, types in data.REGION_TYPES.items():
        country = country_name[code]
        for sub in subdivisions(code):
            if sub.type not in types:
                continue
            display = data.REGION_DISPLAY.get(sub.code) or _clean_official(sub.name)
            for alias in sorted(_region_aliases(sub.code, sub.name, display)):
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
    return Gazetteer(names, _prefixes(names), abbreviations, demonyms, country_codes, region_names)


def _prefixes(keys: Iterable[str]) -> frozenset[str]:
    """Every leading run of whole words of every name key.

    A name is read word by word from a capitalised word, and the reading stops as
    soon as the words so far begin no name: most words begin none ("Officials"),
    and a run of "A. A. A." stops after one word, instead of trying every length
    at every word.

    >>> sorted(_prefixes(["baja california sur", "baja california"]))
    ['baja', 'baja california', 'baja california sur']
    """
    prefixes: set[str] = set()
    for key in keys:
        words = key.split(" ")
        prefixes.update(" ".join(words[:n]) for n in range(1, len(words) + 1))
    return frozenset(prefixes)


class Subdivision(NamedTuple):
    """One row of the ISO 3166-2 table, with the fields of a pycountry subdivision we read."""

    code: str  # "MX-NLE"
    name: str  # "Nuevo León"
    type: str  # "State"
    parent_code: str | None  # "ES-MD" for a province of a community, else None


def subdivisions(country_code: str) -> list[Subdivision]:
    """The ISO 3166-2 subdivisions of one country, ordered by code.

    >>> [s.name for s in subdivisions("MX") if s.code == "MX-NLE"]
    ['Nuevo León']
    """
    return _subdivision_table().get(country_code, [])


@lru_cache(maxsize=1)
def _subdivision_table() -> dict[str, list[Subdivision]]:
    """pycountry's ISO 3166-2 table, by country, read straight from the JSON file it ships.

    `pycountry.subdivisions` builds an object and several indexes for each of its 5,000
    rows on first use: with its import, some 60 ms of every run's start-up, against
    5 ms to read the file. It also hands a country's subdivisions back as a set, whose
    order changed from run to run; two regions sharing a name (Spain's province and
    community of Madrid) then came out in either order. Rows here keep the file's
    order, by code. Should the file move in a later pycountry, its API is used instead.
    """
    import importlib.util
    import json
    import os

    spec = importlib.util.find_spec("pycountry")  # finds the package without importing it
    folder = (spec.submodule_search_locations or [""])[0] if spec else ""
    path = os.path.join(folder, "databases", "iso3166-2.json")
    if not os.path.isfile(path):
        return _subdivision_table_from_api()
    with open(path, encoding="utf-8") as file:
        rows = json.load(file)["3166-2"]
    table: dict[str, list[Subdivision]] = {}
    for row in rows:
        country = row["code"].split("-")[0]
        parent = row.get("parent")
        if parent is not None and parent.split("-")[0] != country:
            parent = f"{country}-{parent}"  # as pycountry spells ``parent_code``
        table.setdefault(country, []).append(Subdivision(row["code"], row["name"], row["type"], parent))
    for rows_of_country in table.values():
        rows_of_country.sort(key=lambda sub: sub.code)
    return table


def _subdivision_table_from_api() -> dict[str, list[Subdivision]]:
    """The same table through pycountry's API (slower), also a check of the reader above.

    >>> _subdivision_table_from_api() == _subdivision_table()
    True
    """
    import pycountry

    table: dict[str, list[Subdivision]] = {}
    for sub in sorted(pycountry.subdivisions, key=lambda sub: sub.code):
        table.setdefault(sub.country_code, []).append(Subdivision(sub.code, sub.name, sub.type, sub.parent_code))
    return table


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
    names: dict[str, list[PlaceName]] = {}
    region_names: dict[tuple[str, str], str] = {}
    for sub in _dynamic_types(code, subdivisions(code)):
        display = data.REGION_DISPLAY.get(sub.code) or _clean_official(sub.name)
        for alias in sorted(_region_aliases(sub.code, sub.name, display)):
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
    return Gazetteer(names, _prefixes(names), {}, {}, {}, region_names)


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
    for offset, run in _capitalised_runs(text):
        for name in _names_in_run(run, table):
            start, end = offset + name.start, offset + name.end
            if name.abbreviation:
                if text[max(0, start - 2):start].strip() != ",":
                    continue  # "Gto.", "Tenn." only after a comma: "León, Gto."
            elif text.startswith("$", end):
                continue  # "US$", "HK$": a currency, not a place
            found.append(NameMatch(start, end, name.text, name.meanings, name.abbreviation))
    return found


@lru_cache(maxsize=8)
def _capitalised_runs(text: str) -> tuple[tuple[int, str], ...]:
    """Each run of capitalised words, with where it starts (kept for the next table's scan)."""
    return tuple([(span.start(), span.group()) for span in NAME_SPAN.finditer(text)])  # a list is built faster


@lru_cache(maxsize=1 << 14)
def _run_words(run: str) -> tuple[Token, ...]:
    """The words of one run (cached: several tables read the same runs)."""
    return tuple(tokens(run))


@lru_cache(maxsize=1 << 14)
def _names_in_run(run: str, table: Gazetteer) -> tuple[NameMatch, ...]:
    """The names in one run of capitalised words, offsets relative to the run, before
    the checks that look outside it (a comma before an abbreviation, "$" after a name).

    Cached by the run's text: "The", "Officials", the investor's and the site's names
    recur in every article, and a pathological text repeats one run many times.
    """
    words = _run_words(run)
    found: list[NameMatch] = []
    i = 0
    while i < len(words):
        word = words[i]
        if not word.capitalised:
            i += 1
            continue
        match = _longest_name(run, words, i, table) if word.key in table.prefixes else None
        if match is not None:
            found.append(match[0])
            i += match[1]
            continue
        abbreviation = table.abbreviations.get(word.text.lower())
        if abbreviation:
            found.append(NameMatch(word.start, word.end, word.text, tuple(abbreviation), True))
        i += 1
    return tuple(found)


def merged_regions(countries: tuple[str, ...]) -> Gazetteer | None:
    """One table holding the on-demand regions of several countries (one scan, not one each)."""
    return _merged_regions(tuple(sorted(set(countries))))


@lru_cache(maxsize=256)
def _merged_regions(countries: tuple[str, ...]) -> Gazetteer | None:
    tables = [t for c in countries if (t := country_regions(c)) is not None]
    if len(tables) <= 1:
        return tables[0] if tables else None
    # Built per set of countries an article names: copy the first table whole (in C),
    # join the others' meanings onto it, and reuse each table's prefixes.
    names = dict(tables[0].names)
    region_names = dict(tables[0].region_names)
    for t in tables[1:]:
        for key, meanings in t.names.items():
            names[key] = names[key] + meanings if key in names else meanings
        region_names.update(t.region_names)
    return Gazetteer(names, frozenset().union(*(t.prefixes for t in tables)), {}, {}, {}, region_names)


def _longest_name(run: str, words: tuple[Token, ...], i: int, table: Gazetteer) -> tuple[NameMatch, int] | None:
    """The longest name starting at ``words[i]``, and how many words it takes.

    The words are read one by one while they still begin some name (`_prefixes`),
    then the longest reading that is a whole name wins.
    """
    keys = [words[i].key]  # keys[n]: the key of words[i:i + n + 1]
    last = i
    # Words of one name are separated by a single space or hyphen, never by a
    # line break or punctuation, and the name does not run across a period.
    while last + 1 < len(words) and last - i + 1 < MAX_WORDS:
        gap = run[words[last].end:words[last + 1].start]
        if gap not in (" ", "-", " - ") or words[last].text.endswith(".") and len(words[last].text) > 4:
            break
        key = f"{keys[-1]} {words[last + 1].key}"
        if key not in table.prefixes:
            break
        keys.append(key)
        last += 1
    for j in range(last, i - 1, -1):
        if not words[j].capitalised and j > i and words[j].key not in _CONNECTORS:
            continue
        meanings = table.names.get(keys[j - i])
        if not meanings:
            continue
        start = words[i].start
        surface = run[start:words[j].end]
        if surface.endswith(("'s", "’s")):
            surface = surface[:-2]
        elif surface.endswith(".") and not any(m.alias.endswith(".") for m in meanings):
            surface = surface[:-1]
        meanings = [m for m in meanings if not m.exact_case or m.alias.replace(" ", "") == surface.replace(" ", "")]
        if meanings:
            return NameMatch(start, start + len(surface), surface, tuple(meanings)), j - i + 1
    return None


#: Lower-case words allowed inside a place name ("Villa de Reyes", "Apaseo el Grande").
_CONNECTORS = frozenset("de del la las el los do da dos das y and of on upon".split())
