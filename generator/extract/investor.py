"""Investor finder: the organisation that announces or makes the investment.

"Investor" is a role, not an entity type. Many organisations appear in an article:
rivals, partners, suppliers, governments, ministries, news agencies. The investor
is the subject of the announcement: the name in front of "will invest", "to
build", "invertirá", "anunció" in the headline and the lead sentence.

Every capitalised name in the headline and the first body sentences is a candidate,
scored with simple features (constants below):
  * position: in the headline, in the lead sentence, first name of the lead;
  * role: subject of an invest/build/announce verb; introduced as a company
    ("the company X", "carmaker X", "la empresa argentina ... X"); a possessive
    with a project ("Tata's ... chip fab");
  * form: a legal suffix ("Inc.", "Corp.", "S.A. de C.V.") or a business word;
  * frequency of the name's head word in the whole article;
  * distractors: a rival or partner cue before it ("rival Audi") sinks it, and so
    does an owner or partner cue earlier in its clause ("X, a unit of India's Y",
    "a joint venture between Y and Z": X invests, Y and Z do not); a
    government, ministry, official, person with a title, news agency, place or
    nationality is never a candidate.
Candidates naming the same company ("Kia", "Kia Motors Corp.", "TSMC" and "Taiwan
Semiconductor Manufacturing Co.") are merged; the fullest body spelling is shown,
without its legal suffix. Nationality prefixes ("South Korea's", "Taiwan's") are
dropped; ALL-CAPS headlines take their case from the body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from generator.data import cues
from generator.extract.document import Document, Sentence
from generator.extract.lead import lead_of
from generator.extract.patterns import phrases
from generator.extract.places import find_names, fold
from generator.model import Fact, Span

# Feature weights.
IN_TITLE = 2.0
IN_LEAD = 2.0
FIRST_IN_LEAD = 1.0
SUBJECT_OF_VERB = 3.0
SUBJECT_OF_SAY = 1.0
COMPANY_CUE = 2.0
POSSESSIVE_PROJECT = 2.0
LEGAL_FORM = 1.0
FREQUENCY = 0.3  # per mention of the head word, up to MAX_FREQUENCY mentions
MAX_FREQUENCY = 6
RIVAL = -4.0
PARENT = -4.0  # the owner or a partner of the investing unit or joint venture
APPOSITIVE_MAX = 150  # ", a joint venture between Hyundai Motor Group and LG Energy Solution,"
MIN_SCORE = 4.0  # below this the article does not say who invests
SENTENCE_CAP = 2000  # characters of one sentence searched for names
MAX_RANKED = 8  # candidates whose frequency is counted
EARLY_SENTENCES = 3  # body sentences searched for candidates, lead included

# A capitalised word, or a digit-led brand ("3M", "7-Eleven"); never a bare number.
_WORD = r"(?:[A-ZÁÉÍÓÚÑÜÇ]|\d+-?[A-Za-z])[\w&'’.+\-]*"
#: The same, written to open with a character class (a capital or a digit; after a
#: digit, more digits and a letter): the engine then skips ahead to the next capital or
#: digit instead of trying the pattern at every position of the text.
_FIRST_WORD = r"[A-ZÁÉÍÓÚÑÜÇ\d](?:(?<=\d)\d*-?[A-Za-z]|(?<!\d))[\w&'’.+\-]*"
_CONNECTOR = r"(?:de|del|de la|y|and|&|of|du|von|van|der|do|da|dos)"
_ACRONYM = r"\([A-Z][\w&.\-]{1,15}\)"
_SUFFIX = r"(?:Inc|Ltd|LLC|S\.A\.B\. de C\.V|S\.A\. de C\.V|S\.A|AG|plc|PLC)\.?"
#: A run of capitalised words: "Walmart de México y Centroamérica (Walmex)".
#: Bounded repetition only, so the scan stays linear on any text.
NAME_RUN = re.compile(
    rf"{_FIRST_WORD}(?:(?:\s{_CONNECTOR})?\s{_WORD}){{0,7}}(?:\s{_ACRONYM})?(?:,\s{_SUFFIX}(?=[\s,;:]))?"
)
_POSSESSIVE = re.compile(r"['’]s?$")
_POSSESSIVE_INSIDE = re.compile(r"['’]s?\s")
_SUFFIX_END = re.compile(rf"(?:{_SUFFIX}|Co\.|Corp\.)$")
_SPACES = re.compile(r"\s+")
_PARENTHESES = re.compile(r"\([^)]*\)")
_IN_PARENTHESES = re.compile(r"\(([^)]+)\)")


_VERB = re.compile(
    rf"(?:{phrases(cues.INVEST_VERBS_EN + cues.INVEST_VERBS_ES)})\b", re.IGNORECASE
)
_SAY = re.compile(rf"(?:{phrases(cues.SAY_VERBS)})\b", re.IGNORECASE)
_PERSON_APPOSITIVE = re.compile(rf"\b(?:{phrases(cues.PERSON_TITLES)})\b", re.IGNORECASE)
_COMPANY_BEFORE = re.compile(  # "the company X", "carmaker X", "the company, X,"
    rf"\b(?:{phrases(cues.COMPANY_CUES)})\b(?:\s+[a-záéíóúñ-]+){{0,5}},?\s*$", re.IGNORECASE
)
_RIVAL_BEFORE = re.compile(rf"\b(?:{phrases(cues.RIVAL_CUES)})\s*$", re.IGNORECASE)
# A parent or partner cue earlier in the same clause: "a joint venture between X and Y".
_PARENT_BEFORE = re.compile(rf"\b(?:{phrases(cues.PARENT_CUES)})\s[^,;:()]{{0,80}}$", re.IGNORECASE)
_PARENT_WORDS = frozenset(max(w.split(), key=len) for w in cues.PARENT_CUES)  # cheap test before the regex
_GOVERNMENT_AFTER = re.compile(r"\s*(?:officials|government|authorities|state|gobierno|autoridades|governor)\b")
_LIST_COMMA = re.compile(r",\s*(?:and|y)\b")  # ", and": a list goes on, not an appositive
_TITLE_BEFORE = re.compile(rf"\b(?:{phrases(cues.PERSON_TITLES)})\s*$", re.IGNORECASE)
# Used with .match(text, pos): no "^", which would only match at the string's start.
_PROJECT_AFTER = re.compile(rf"[^.;]{{0,40}}?\b(?:{phrases(cues.PROJECT_NOUNS)})\b", re.IGNORECASE)
# Between a subject and its verb: auxiliaries, "on Thursday", "said it would".
_FILLER_WORDS = frozenset(
    """will would is are was has have had also to be could may might plans plan aims
    on this last next said says it que dijo that se ha han hoy este esta el la today
    in a an statement un comunicado mediante
    monday tuesday wednesday thursday friday saturday sunday lunes martes miércoles jueves
    viernes sábado domingo""".split()
)
_LEGAL_SUFFIX_END = re.compile(
    rf"(?:,?\s(?:{phrases(cues.LEGAL_SUFFIXES)}))+(?=\s*(?:\([^)]*\))?$)"
)
_BUSINESS_WORDS = frozenset(
    """inc corp co ltd llc plc group motor motors technology technologies electronics energy
    industries holdings semiconductor manufacturing systems solutions labs automotive
    grupo compañía corporación industrias sa sab""".split()
)


@dataclass
class Candidate:
    """All mentions of one organisation and the evidence for its role."""

    key: str
    forms: list[tuple[int, int, str, str]] = field(default_factory=list)  # (start, end, text, where)
    score: float = 0.0
    reasons: list[str] = field(default_factory=list)
    acronym: str = ""
    #: Starts of mentions that name an owner, partner or rival ("the parts arm of Hyundai
    #: Motor Group"): they share a head word with the investor but are never its spelling.
    others: set[int] = field(default_factory=set)


def find_investor(doc: Document) -> Fact | None:
    """The investor named by the article, or None when it does not say."""
    return doc.memo("investor", lambda: _find_investor(doc))


def title_subject(doc: Document) -> str | None:
    """The headline's subject of an invest verb ("Kia" in "Kia to build ..."), if any."""
    return _subject(doc, "title", "title subject")


def lead_subject(doc: Document) -> str | None:
    """A name the lead sentence makes the subject of an invest verb ("Tesla will invest"), if any."""
    return _subject(doc, "lead", "subject of verb")


def _subject(doc: Document, where: str, reason: str) -> str | None:
    for c in ranked_candidates(doc):
        if reason in c.reasons and any(place == where for *_, place in c.forms):
            return c.key
    return None


def _find_investor(doc: Document) -> Fact | None:
    candidates = ranked_candidates(doc)
    if not candidates or candidates[0].score < MIN_SCORE:
        return None
    best = candidates[0]
    alternatives = tuple(_fact(doc, c, 0.2) for c in candidates[1:3] if c.score >= MIN_SCORE / 2)
    runner_up = candidates[1].score if len(candidates) > 1 else 0.0
    confidence = round(min(0.95, 0.5 + 0.05 * (best.score - runner_up)), 2)
    return _fact(doc, best, confidence, alternatives)


def _fact(doc: Document, c: Candidate, confidence: float, alternatives: tuple[Fact, ...] = ()) -> Fact:
    start, end, text, _ = _display_form(c)
    value = clean_name(text)
    sentence = doc.sentence_at(start)
    return Fact(
        field="investor",
        value=value,
        display=value,
        evidence=Span.of(doc.text, start, end),
        sentence=sentence.span if sentence else None,
        rule="+".join(dict.fromkeys(c.reasons)),
        confidence=max(0.05, confidence),
        alternatives=alternatives,
    )


def _display_form(c: Candidate) -> tuple[int, int, str, str]:
    """The spelling to show: the lead's (fullest, in body case), else the headline's
    unless it is ALL CAPS, else any other early mention."""
    for where in ("lead", "title", "early"):
        pool = [f for f in c.forms if f[3] == where and (not f[2].isupper() or len(f[2]) <= 6)
                and f[0] not in c.others]
        if pool:
            return max(pool, key=lambda f: (len(clean_name(f[2]).split()), -f[0]))
    return c.forms[0]


@lru_cache(maxsize=4096)  # names recur across mentions and articles
def clean_name(name: str) -> str:
    """A company name without its legal form.

    >>> clean_name("Tesla Inc."), clean_name("Contemporary Amperex Technology Co. Ltd (CATL)")
    ('Tesla', 'Contemporary Amperex Technology (CATL)')
    >>> clean_name("Grupo Bimbo, S.A.B. de C.V."), clean_name("Amazon Web Services (AWS)")
    ('Grupo Bimbo', 'Amazon Web Services (AWS)')
    """
    name = _SPACES.sub(" ", name.strip())
    stripped = _LEGAL_SUFFIX_END.sub("", name).strip(" ,")
    return stripped or name


# ---------------------------------------------------------------------------
# Candidates


def ranked_candidates(doc: Document) -> list[Candidate]:
    """Every candidate organisation, best first (computed once per document)."""
    return doc.memo("investor_candidates", lambda: _ranked(doc))


def _ranked(doc: Document) -> list[Candidate]:
    text = doc.text
    lead = lead_of(doc)
    groups: dict[str, Candidate] = {}

    def add(start: int, end: int, name: str, where: str, score: float, reasons: list[str]) -> None:
        key, acronym = _key(name)
        if not key:
            return
        group = _find_group(groups, key, acronym, name)
        if group is None:
            group = groups.setdefault(key, Candidate(key, acronym=acronym))
        group.forms.append((start, end, name, where))
        if "parent or partner" in reasons or "rival" in reasons:
            group.others.add(start)
        group.score += score
        group.reasons.extend(reasons)
        group.acronym = group.acronym or acronym

    if lead.title_end:
        _scan_title(doc, add)
    early = _early_sentences(doc)
    for rank, sentence in enumerate(early):
        where = "lead" if rank == 0 else "early"
        first = True
        start_at = max(sentence.start, lead.lead_start) if rank == 0 else sentence.start
        # A real sentence is short; a "sentence" of megabytes is not prose.
        for start, end, name, possessive in _names(text, start_at, min(sentence.end, start_at + SENTENCE_CAP)):
            features, reasons = _features(text, sentence, start, end, possessive)
            if features is None:
                continue
            if where == "lead":
                features += IN_LEAD + (FIRST_IN_LEAD if first else 0.0)
                reasons.insert(0, "lead")
            first = False
            add(start, end, name, where, features, reasons)
    # Frequency: how often the head word appears in the whole article.
    # Only the leading candidates: a pathological article may have thousands of names.
    for group in sorted(groups.values(), key=lambda c: -c.score)[:MAX_RANKED]:
        if group.score <= 0:
            continue  # frequency only ranks real candidates
        head = clean_name(group.forms[0][2]).split()[0]
        if head.isupper() and len(head) > 5:
            head = head.capitalize()  # "PANASONIC" in a caps headline, "Panasonic" in the body
        count = _count_word(head, text)
        if group.acronym:
            count += _count_word(group.acronym, text)
        group.score += FREQUENCY * min(count, MAX_FREQUENCY)
    return sorted(groups.values(), key=lambda c: (-c.score, c.forms[0][0]))


def _count_word(word: str, text: str) -> int:
    r"""How often ``word`` occurs in ``text`` as a whole word (no word character on either side).

    `str.find` jumps from one occurrence to the next, with no pattern to build and
    compile for each new word (most articles name a company the last one did not).
    Occurrences do not overlap, and a word holding a line break is not checked on
    its left, as ``re.findall(rf"{word}(?<!\w.{{{len(word)}}})(?!\w)", text)`` counts.

    >>> _count_word("Kia", "Kia Motors, Kia's plant, Kiara and SKia: Kia")
    3
    >>> _count_word("aa", "aaa aa aaaa"), _count_word("B\nC", "AB\nC")
    (1, 1)
    """
    count, size = 0, len(word)
    check_left = "\n" not in word
    at = text.find(word)
    while at >= 0:
        end = at + size
        if _is_word_char(text, end) or check_left and _is_word_char(text, at - 1):
            at = text.find(word, at + 1)
        else:
            count += 1
            at = text.find(word, end)
    return count


def _is_word_char(text: str, index: int) -> bool:
    r"""Is ``text[index]`` a word character (what ``\w`` matches: a letter, digit or "_")?"""
    if not 0 <= index < len(text):
        return False
    char = text[index]
    return char.isalnum() or char == "_"


def _early_sentences(doc: Document) -> list[Sentence]:
    lead = lead_of(doc)
    if lead.lead is None:
        return []
    return [s for s in doc.sentences if s.index >= lead.lead.index][:EARLY_SENTENCES]


def _scan_title(doc: Document, add) -> None:
    text = doc.text
    lead = lead_of(doc)
    title = text[:lead.title_end]
    if title.isupper() or sum(map(str.isupper, title)) > 0.6 * sum(map(str.isalpha, title)):
        _scan_caps_title(doc, title, add)
        return
    for start, end, name, possessive in _names(text, 0, min(lead.title_end, SENTENCE_CAP)):
        if _rejected(text, start, end, name):
            continue
        score, reasons = IN_TITLE, ["title"]
        if _subject_of_verb(text, end, lead.title_end) == SUBJECT_OF_VERB:
            score += SUBJECT_OF_VERB
            reasons.append("title subject")
        if possessive and _PROJECT_AFTER.match(text, end, lead.title_end):
            score += POSSESSIVE_PROJECT
            reasons.append("possessive project")
        if _RIVAL_BEFORE.search(text, max(0, start - 25), start):
            score += RIVAL
            reasons.append("rival")
        add(start, end, name, "title", score, reasons)


def _scan_caps_title(doc: Document, title: str, add) -> None:
    """ "PANASONIC TO BUILD $4 BILLION ..." : the words before the verb, cased as in the body."""
    words = list(re.finditer(r"\S+", title))
    lowered = title.lower()
    for i, word in enumerate(words):
        if i and _VERB.match(lowered, word.start()):
            subject = title[words[0].start():words[i - 1].end()]
            body = doc.text[lead_of(doc).body_start:]
            found = re.search(rf"\b{re.escape(subject)}\b", body, re.IGNORECASE)
            if found and not found.group().isupper() or found and len(subject) <= 5:
                start = words[0].start()
                add(start, start + len(subject), found.group(), "title", IN_TITLE + SUBJECT_OF_VERB,
                    ["title", "title subject", "case from body"])
            return


def _names(text: str, start: int, end: int):
    """(start, end, name, possessive) for each capitalised run in text[start:end].

    Sentence-opening words ("La", "The") are dropped; a possessive place prefix
    ("South Korea's Kia Motors") is split off.
    """
    for match in NAME_RUN.finditer(text, start, end):
        s, e, name, possessive = _split_possessive(match.start(), match.end(), match.group())
        # Drop sentence openers, nationality adjectives and "Singapore-based" at the front.
        while True:
            first, _, rest = name.partition(" ")
            word = first.lower()
            if rest and (word in cues.SENTENCE_OPENERS or word in cues.NATIONALITY_WORDS or word.endswith("-based")):
                s += len(first) + 1
                name = rest
                continue
            break
        if name.endswith(".") and not _SUFFIX_END.search(name):
            name = name[:-1]
            e = s + len(name)
        if name:
            yield s, e, name, possessive


def _split_possessive(s: int, e: int, name: str) -> tuple[int, int, str, bool]:
    """The name spanning ``s``..``e`` without a possessive place in front ("Taiwan's Foxconn")
    or its own possessive ending ("Tata's"), and whether it had that ending."""
    if "'" not in name and "’" not in name:
        return s, e, name, False  # the common case, told without a regex
    # Split at possessives: "Taiwan's Foxconn Technology Group".
    while True:
        m = _POSSESSIVE_INSIDE.search(name)
        if not m:
            break
        prefix = name[:m.start()]
        rest_offset = m.end()
        if rest_offset >= len(name):
            break
        if not _is_place(prefix):
            # "Tata's Rs 91,000 crore fab": the possessive itself is the name.
            name = name[:m.end() - 1]
            e = s + len(name)
            break
        s += rest_offset
        name = name[rest_offset:]
    ending = _POSSESSIVE.search(name)
    if ending is None:
        return s, e, name, False
    cut = len(name) - len(ending.group())
    return s, s + cut, name[:cut], True


def _features(text: str, sentence: Sentence, start: int, end: int, possessive: bool):
    name = text[start:end]
    if _rejected(text, start, end, name):
        return None, []
    score, reasons = 0.0, []
    subject = _subject_of_verb(text, end, sentence.end, text[max(sentence.start, start - 2):start].strip() == ",")
    if subject < 0:
        return None, []  # a person, named with their title
    if subject:
        score += subject
        reasons.append("subject of verb" if subject == SUBJECT_OF_VERB else "subject of say")
    window = text[max(sentence.start, start - 60):start]
    if _COMPANY_BEFORE.search(window):
        score += COMPANY_CUE
        reasons.append("company cue")
    if _RIVAL_BEFORE.search(text, max(sentence.start, start - 25), start):
        score += RIVAL
        reasons.append("rival")
    elif _parent_before(text, max(sentence.start, start - 100), start):
        score += PARENT
        reasons.append("parent or partner")
    if possessive and _PROJECT_AFTER.match(text, end, sentence.end):
        score += POSSESSIVE_PROJECT
        reasons.append("possessive project")
    if any(w.strip(".,").lower() in _BUSINESS_WORDS for w in name.split()[1:]):
        score += LEGAL_FORM
        reasons.append("company form")
    return score, reasons


def _parent_before(text: str, start: int, end: int) -> bool:
    """An owner or partner cue earlier in the clause ("a unit of", "formada por")."""
    window = text[start:end]
    clause = window[max(map(window.rfind, ",;:()")) + 1:].lower()
    return not _PARENT_WORDS.isdisjoint(clause.split()) and bool(_PARENT_BEFORE.search(text, start, end))


def _subject_of_verb(text: str, end: int, limit: int, appositive: bool = False) -> float:
    """How strongly the name ending at ``end`` is the subject of an invest verb.

    SUBJECT_OF_VERB for "X will invest", "X, the chipmaker, said it would build";
    SUBJECT_OF_SAY for "X said" alone; 0 for anything else; -1 when an appositive
    shows the name is a person ("Jane Doe, the economy minister, said"). An
    ``appositive`` name, set off by commas, is followed by its verb after the second
    one: "The company, Acme Robotics, will invest".
    """
    rest = text[end:min(limit, end + 200)]
    # Skip an appositive: ", the world's largest contract chipmaker,".
    if rest.startswith(","):
        close = rest.find(",", 1)
        if 0 < close <= APPOSITIVE_MAX and not _LIST_COMMA.match(rest):
            if _PERSON_APPOSITIVE.search(rest[1:close]):
                return -1.0
            rest = rest[close + 1:]
    words = [word.lower() for word in rest.split()[:10]]
    # One lower-cased string, matched from each word's start (not one join per word).
    joined = " ".join(words)
    said = False
    next_at = 0
    for i, word in enumerate(words):
        at, next_at = next_at, next_at + len(word) + 1
        if _VERB.match(joined, at):
            return SUBJECT_OF_VERB
        if not said and _SAY.match(joined, at):
            said = True
            continue
        if appositive and i == 0 and word == ",":
            continue
        if word.strip(",") not in _FILLER_WORDS:
            break
    return SUBJECT_OF_SAY if said else 0.0


def _rejected(text: str, start: int, end: int, name: str) -> bool:
    """Governments, officials, agencies, people with titles, places and nationalities."""
    words = [w.strip(".,()").lower() for w in name.split()]
    if not words or max(map(len, words)) <= 1:
        return True
    if not cues.NOT_INVESTOR_WORDS.isdisjoint(words):
        return True
    if len(words) == 1 and (words[0] in cues.NATIONALITY_WORDS or words[0] in cues.SENTENCE_OPENERS):
        return True
    if _is_place(name):
        return True
    if _TITLE_BEFORE.search(text, max(0, start - 30), start):
        return True
    after = text[end:end + 25].lower()
    if _GOVERNMENT_AFTER.match(after):
        return True
    return False


@lru_cache(maxsize=4096)
def _is_place(name: str) -> bool:
    """Is the whole name one place ("Nuevo León", "South Korea", "México")?"""
    stripped = re.sub(r"['’]s?$", "", name.strip())
    matches = find_names(stripped)
    return bool(matches) and matches[0].start == 0 and matches[-1].end >= len(stripped.rstrip(".")) and (
        len(matches) == 1 or all(m.meanings for m in matches)
    ) and _covers(stripped, matches)


def _covers(name: str, matches) -> bool:
    """Do the place names cover every capitalised word of ``name``?"""
    covered = "".join(" " if any(m.start <= i < m.end for m in matches) else c for i, c in enumerate(name))
    return not re.search(r"[A-Za-zÁÉÍÓÚÑáéíóúñ]{2,}", covered.replace(" de ", " ").replace(" y ", " "))


@lru_cache(maxsize=4096)
def _key(name: str) -> tuple[str, str]:
    """A grouping key ("kia", "general motors") and the acronym in parentheses, if any
    (computed once per name: names recur across mentions and articles)."""
    acronym_match = _IN_PARENTHESES.search(name)
    acronym = acronym_match.group(1) if acronym_match else ""
    words = fold(clean_name(_PARENTHESES.sub("", name))).split()
    if not words:
        return "", acronym
    if words[0] in cues.GENERIC_FIRST_WORDS and len(words) > 1:
        return " ".join(words[:2]), acronym
    return words[0], acronym


def _find_group(groups: dict[str, Candidate], key: str, acronym: str, name: str) -> Candidate | None:
    if key in groups:
        return groups[key]
    bare = name.strip()
    for group in groups.values():
        if acronym and (group.key == fold(acronym) or group.acronym == acronym):
            return group
        if group.acronym and fold(group.acronym) == key:
            return group
        # "TSMC" and "Taiwan Semiconductor Manufacturing Co.": initials match.
        for _, _, form, _ in group.forms:
            if bare.isupper() and len(bare) >= 2 and _initials(form).startswith(bare):
                return group
            if form.isupper() and len(form) >= 2 and _initials(bare).startswith(form):
                return group
    return None


def _initials(name: str) -> str:
    words = [w for w in _PARENTHESES.sub("", clean_name(name)).split() if w[:1].isupper()]
    return "".join(w[0] for w in words)
