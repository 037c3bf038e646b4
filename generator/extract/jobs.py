"""The jobs an announcement creates: how many, and of which kind.

A job mention is a quantity followed, within three words, by a job noun ("6,000
direct jobs", "3 mil 800 empleos directos", "four thousand jobs"). "People" and
"workers" only count after a hiring verb ("employ about 3,000 people"), because
"16,000 residents" and "train five million people" are not jobs.

Each mention is scored with features anyone can check:

===================  ======  ======================================================
feature              weight  why
===================  ======  ======================================================
create cue           +3      "create", "generate", "will employ", "generará"
in the title         +2      the headline states it
title figure         +2      same number as a job figure in the headline
announcement named   +1.5    the investor, "the company", "the plant", "the project"
lead position        +2/+1   first body sentence / second or third
kind                 +1      direct (+1), total (+0.5), indirect (-1): a fact box
                             shows the direct jobs when both are given
construction         -3      temporary jobs lose to permanent ones ("permanent" +1)
distractor cue       -4      layoffs and cuts, an existing workforce ("employs
                             36,000 people"), suppliers, training, sector targets
past year            -3      "in 2021" in a 2023 story
===================  ======  ======================================================

A mention needs a create cue or the headline, plus a tie to the announcement, and
a score of at least `MIN_SCORE`; otherwise the jobs are "not stated" (None).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator.display import format_jobs
from generator.extract.amount import (
    article_year, clause, first_body_sentence, investor_pattern, is_past, local_window, names_investor, neighbour_bounds,
)
from generator.extract.document import Document
from generator.extract.money import QUALIFIERS, RANGE_QUALIFIER
from generator.extract.numbers import MAX_VALUE, parse_quantity, quantity_matches
from generator.extract.patterns import trie_pattern
from generator.model import Fact, Jobs, Span


def _any_of(*alternatives: str) -> str:
    """The regex ``alternatives`` as one alternation, in order, behind a look-ahead for
    the letters they open with: it changes no match, but where none can start the
    engine makes one test instead of trying each. Each must open with a letter that
    is not optional.

    >>> _any_of("jobs?", r"empleos?")
    '(?=[ej])(?:jobs?|empleos?)'
    """
    if not all(a[:1].isalpha() and a[1:2] not in ("?", "*", "{") for a in alternatives):
        raise ValueError(f"an alternative opens with no definite letter: {alternatives}")
    initials = "".join(sorted({a[0] for a in alternatives}))
    return rf"(?=[{initials}])(?:{'|'.join(alternatives)})"


# --- cue words (data, not logic) ----------------------------------------------

#: Nouns that name jobs. Plain "people"/"workers" need a hiring verb (below).
JOB_NOUNS = _any_of(
    r"jobs?", "positions", "posts", "roles", "vacancies", "hires", "careers",
    r"empleos?", r"puestos(?:\s+de\s+trabajo)?", r"plazas(?:\s+de\s+trabajo)?", r"fuentes\s+de\s+(?:empleo|trabajo)",
    "vacantes",
)
PEOPLE_NOUNS = _any_of(
    "people", "workers", "employees", "staff", "persons", "personas", "trabajadores", "empleados", "colaboradores",
    "operarios",
)
#: A hiring verb before "people"/"workers" makes them jobs.
HIRING_VERBS = re.compile(
    r"\b(?:employ|hire|hiring|recruit\w*|jobs?\s+for|emplear[áa]?|contratar[áa]?|contrataci[óo]n\s+de|"
    r"dar[áa]n?\s+(?:empleo|trabajo)(?:\s+(?:directo|indirecto))?\s+a|"
    r"laborar[áa]n|trabajar[áa]n)\b",  # "donde laborarán 1,000 personas": the new plant's staff
    re.IGNORECASE,
)
#: People who "will work" at the new site are its jobs: "where 2,000 people will work by 2026".
_WILL_WORK = re.compile(r"\s+(?:will|would)\s+(?:work|be\s+employed)\b|\s+(?:trabajar[áa]n|laborar[áa]n)\b", re.IGNORECASE)
#: The sentence says jobs will be created.
CREATE_CUES = re.compile(r"\b" + _any_of(
    r"creat\w*", r"generat\w*", r"add(?:s|ing)?", r"bring\w*", r"support\w*", r"will\s+employ", r"would\s+employ",
    r"to\s+employ", "hire", "hiring", r"new\s+jobs", r"open\w*\s+up", r"will\s+(?:need|require)", r"demandar[áa]",
    r"requerir[áa]", r"dar[áa]n?\s+empleo", r"crear(?:[áa]n?)?", r"creaci[óo]n", r"generar(?:[áa]n?)?",
    r"generaci[óo]n", r"detonar[áa]", r"nuevos\s+empleos", r"emplear(?:[áa]n?)?", r"contratar(?:[áa]n?)?",
    r"laborar[áa]n", r"trabajar[áa]n",
) + r"\b", re.IGNORECASE)
#: Near a figure, these say the jobs are not created by this announcement.
DISTRACTOR_CUES = {
    "cuts": r"cut\w*|eliminat\w*|lay(?:ing)?\s*offs?|laid\s+off|los[et]\b|losing|shed\w*|cost\b|closure|clos\w+|"
            r"exit|despid\w*|recort\w*|elimina\w*|p[ée]rdida|perder|cierre",
    "existing workforce": r"employs|employed|currently|already|workforce\s+of|headcount|has\s+about|existing|"
                          r"emplea\b|empleaba|plantilla|cuenta\s+con|ya\s+(?:tiene|emplea)|trabajan\b|laboran\b|"
                          r"total\s+de\s+(?:empleados|trabajadores)",
    "suppliers": r"suppliers|component\s+makers|parts\s+makers|proveedores",
    "training": r"train(?:s|ed|ing)?\b|capacitar\w*|capacitaci[óo]n|scholarships|becas",
    "sector": r"in\s+the\s+sector|sector\s+by|en\s+el\s+sector|nationwide|statewide|formal\s+employment|"
              r"empleo\s+formal|imss|residents|habitantes|population",
    "comparison": r"for\s+comparison|rivals?\b|competitors?|compite",
}
#: Lower-case cues, searched in the lower-cased window (see `generator.extract.amount.distractors`).
_DISTRACTOR_RES = {name: re.compile(rf"\b(?:{p})") for name, p in DISTRACTOR_CUES.items()}
#: Any of them: most windows hold none, which one search tells instead of one per kind.
_ANY_DISTRACTOR = re.compile(rf"\b(?:{'|'.join(DISTRACTOR_CUES.values())})")
_DIRECT = r"direct(?:ly|os?|as?|amente)?"
_INDIRECT = r"indirect(?:ly|os?|as?|amente)?"
KIND_CUES = (  # checked in order: "direct and indirect" before "direct"
    ("total", re.compile(rf"\b{_DIRECT}\s+(?:and|y|e)\s+{_INDIRECT}\b|\b(?:in|en)\s+total\b|\btotal(?:es)?\b", re.IGNORECASE)),
    ("construction", re.compile(r"\bconstruction\b|\bconstrucci[óo]n\b|\btemporary\b|\btemporales\b", re.IGNORECASE)),
    ("indirect", re.compile(rf"\b{_INDIRECT}\b|\binduced\b|\bin\s+the\s+community\b", re.IGNORECASE)),
    ("direct", re.compile(rf"\b{_DIRECT}\b", re.IGNORECASE)),
)
#: Said before the number: "At the peak of construction the project will employ 14,000
#: workers", "dará empleo directo a 3.000 personas".
CONSTRUCTION_BEFORE = re.compile(r"\b(?:construction|construcci[óo]n|building\s+phase)\b", re.IGNORECASE)
DIRECT_BEFORE = re.compile(r"\b" + _any_of(
    rf"empleo\s+{_DIRECT}\s+a", rf"trabajo\s+{_DIRECT}\s+a", rf"jobs?\s+{_DIRECT}\s+a", r"employ\s+directly",
) + r"\s*$", re.IGNORECASE)
#: Permanent jobs are what a fact box shows; construction jobs end with the works.
PERMANENT = re.compile(r"\bpermanent(?:ly|es?)?\b", re.IGNORECASE)
W_PERMANENT = 1.0
#: Where the words after a job noun stop describing it ("300 empleos directos y mil 200 indirectos").
KIND_STOP = re.compile(r"[,;.()]|\s(?:and|y|e|while|mientras|as\s+well|along|plus|más)\s", re.IGNORECASE)
#: "for a total of 50,000 jobs": the kind is said before the number.
TOTAL_BEFORE = re.compile(
    r"\b" + _any_of(r"a\s+total\s+of", r"un\s+total\s+de", r"in\s+all", r"en\s+total") + r"\s*$", re.IGNORECASE
)
#: References to the announced project, which tie a jobs figure to it.
PROJECT_REFERENCES = re.compile(
    r"\b(?:the\s+(?:new\s+)?(?:project|plant|factory|facility|complex|campus|site|investment|fab|region|hub|center|centre|mine|refinery|"
    r"park|mill|smelter|terminal|port|warehouse|gigafactory)|"
    r"(?:el|este)\s+(?:proyecto|complejo|parque)|la\s+(?:planta|f[áa]brica|inversi[óo]n|nueva\s+planta|gigaf[áa]brica|gigafactor[íi]a|mina|refiner[íi]a))\b",
    re.IGNORECASE,
)
PER_YEAR = re.compile(r"^\s*(?:a|per|each|every)\s+year\b|^\s*(?:al|por)\s+año\b|^\s*anuales\b", re.IGNORECASE)

# --- weights -------------------------------------------------------------------

W_CREATE, W_IN_TITLE, W_TITLE_MATCH, W_NAMED = 3.0, 2.0, 2.0, 1.5
W_LEAD_FIRST, W_LEAD_NEAR = 2.0, 1.0
KIND_WEIGHTS = {"direct": 1.0, "total": 0.5, "unspecified": 0.0, "indirect": -1.0, "construction": -3.0}
W_DISTRACTOR, W_PAST_YEAR = -4.0, -3.0
MIN_SCORE = 3.0
_YEAR_SHAPED = re.compile(r"(?:19|20)\d\d")
#: Job counts outside this range are misreadings (years, prices).
MIN_JOBS, MAX_JOBS = 10, 5_000_000

_QUALIFIER = _any_of(*sorted((re.escape(q).replace(r"\ ", r"\s+") for q in QUALIFIERS), key=len, reverse=True))
#: Words that end a description: the noun must come before them.
_GAP_STOP_WORDS = ("and", "y", "e", "or", "o", "de", "of", "in", "en", "a", "the", "el", "la", "los", "las", "to", "at",
                   "for", "por", "para")
#: Up to three describing words between number and noun ("2,000 direct high-tech jobs"). A
#: word is taken whole (possessive "++": only a space may follow it), and the stop words
#: are a trie, so a figure that no job noun follows is rejected quickly.
_GAP = (
    r"(?:[ \t\u00a0]+(?:direct\w*\s+(?:and|y|e)\s+indirect\w*"
    rf"|(?!(?:{trie_pattern(_GAP_STOP_WORDS)})\b)[\w-]++)){{0,3}}?"
)


#: What follows a job figure: describing words, then the job noun.
_NOUN_AFTER = re.compile(rf"(?P<gap>{_GAP})[ \t\u00a0]+(?:(?P<jobs>{JOB_NOUNS})|(?P<people>{PEOPLE_NOUNS}))\b", re.IGNORECASE)
_QUALIFIER_BEFORE = re.compile(rf"\b(?P<qual>{_QUALIFIER})\s+$", re.IGNORECASE)
#: The upper end of "between 1,000 and 1,500 jobs", "entre mil y mil 500 empleos".
_RANGE_START_BEFORE = re.compile(r"\b(?:between|entre)\s+[\w.,\u00a0 ]{1,24}?\s(?:and|y|e)\s+$", re.IGNORECASE)
#: A figure whose job noun is left out because the sentence just said it: "6 mil empleos
#: durante la construcción y 350 permanentes", "4,000 construction jobs and 900 permanent".
_ELLIPSIS_AFTER = re.compile(
    rf"(?P<gap>[ \t\u00a0]+{_any_of('permanent(?:es)?', 'direct(?:os|as)?', 'indirect(?:os|as)?')})(?P<jobs>)\b",
    re.IGNORECASE,
)
#: ... only right after "and" / "y" that follows the job noun in the same sentence.
_ELLIPSIS_BEFORE = re.compile(rf"\b(?:{JOB_NOUNS})\b[^.;]{{0,80}}?\s(?:y|and|e)\s+$", re.IGNORECASE)




@dataclass
class JobsCandidate:
    start: int
    end: int
    value: int
    kind: str  # direct | indirect | total | unspecified | construction
    qualifiers: tuple[str, ...]
    in_title: bool
    features: dict[str, float]

    @property
    def score(self) -> float:
        return sum(self.features.values())


def find_job_mentions(doc: Document, investor: Fact | None = None) -> list[JobsCandidate]:
    """Every job figure in the article, with its kind and features. Only the text's first
    `~generator.extract.numbers.MAX_QUANTITIES` numbers are read, so a megabyte of job
    phrases costs what a long report does."""
    text = doc.text
    pattern = investor_pattern(investor)
    year = article_year(doc)
    found: list[JobsCandidate] = []
    first_body = first_body_sentence(doc)
    quantities = quantity_matches(text, doc.lang)
    spans = [q.span() for q in quantities]
    for number, quantity in enumerate(quantities):
        noun = _NOUN_AFTER.match(text, quantity.end())
        elliptical = noun is None
        if elliptical:
            noun = _ELLIPSIS_AFTER.match(text, quantity.end())
            if noun is None:
                continue  # most figures: amounts, years (their sentence is not even looked up)
        sentence = doc.sentence_at(quantity.start())
        if sentence is None or elliptical and not _ELLIPSIS_BEFORE.search(text, sentence.start, quantity.start()):
            continue
        will_work = bool(_WILL_WORK.match(text, noun.end()))
        if noun.groupdict().get("people") and not will_work and not HIRING_VERBS.search(
                text[max(sentence.start, quantity.start() - 60):quantity.start()]):
            continue
        qualifier = _QUALIFIER_BEFORE.search(text, max(0, quantity.start() - 24), quantity.start())
        start, end = (qualifier.start() if qualifier else quantity.start()), noun.end()
        value = parse_quantity(quantity.group(), doc.lang)
        if value is None or not (MIN_JOBS <= value <= min(MAX_JOBS, MAX_VALUE)) or value != int(value):
            continue
        if _YEAR_SHAPED.fullmatch(quantity.group().strip()) and not CREATE_CUES.search(
                text, max(sentence.start, quantity.start() - 40), quantity.start()):
            continue  # "2024 jobs report" is a year; "generará 2000 empleos" is a count
        after = text[end:min(sentence.end, end + 30)]
        before = text[max(sentence.start, start - 60):start]
        # An elliptical figure's kind is its own word: "y 350 permanentes" after construction jobs.
        kind = _kind(noun["gap"], "", "") if elliptical else _kind(noun["gap"] + " " + noun.group(noun.lastgroup), after, before)
        qualifiers = []
        if qualifier:
            qualifiers.append(QUALIFIERS.get(" ".join(qualifier["qual"].lower().split()), qualifier["qual"].lower()))
        elif _RANGE_START_BEFORE.search(text, max(sentence.start, start - 40), start):
            qualifiers.append(RANGE_QUALIFIER["es" if doc.lang == "es" else "en"])  # "entre mil y mil 500 empleos"
        if PER_YEAR.search(after):
            qualifiers.append("a year")
        # Cue words past another figure speak of that one: in "adding 1,000 jobs to the 4,500
        # people already employed", "already employed" is about the 4,500, not the 1,000.
        window = local_window(doc, start, end, 80, 30,
                              bounds=neighbour_bounds(spans, number, sentence.start, sentence.end))
        if pattern is not None:
            window = pattern.sub(" ", window)
        in_title = start < doc.article.body_start
        rank = sentence.index - first_body
        near = clause(doc, start, end)
        features: dict[str, float] = {}
        if will_work or CREATE_CUES.search(near):
            features["create cue"] = W_CREATE
        if in_title:
            features["in title"] = W_IN_TITLE
        if names_investor(near, pattern) or PROJECT_REFERENCES.search(near):
            features["announcement named"] = W_NAMED
        if rank == 0:
            features["lead sentence"] = W_LEAD_FIRST
        elif 0 < rank <= 2:
            features["near lead"] = W_LEAD_NEAR
        if PERMANENT.search(noun["gap"] + " " + KIND_STOP.split(after, 1)[0]):
            features["permanent"] = W_PERMANENT
        if KIND_WEIGHTS[kind]:
            features[f"kind {kind}"] = KIND_WEIGHTS[kind]
        lower = window.lower()
        cues = []
        if _ANY_DISTRACTOR.search(lower):
            cues = [name for name, cue in _DISTRACTOR_RES.items() if cue.search(lower)]
        if cues:
            features["distractor: " + ", ".join(cues)] = W_DISTRACTOR
        if is_past(window, year):
            features["past year"] = W_PAST_YEAR
        found.append(JobsCandidate(start, end, int(value), kind, tuple(qualifiers), in_title, features))
    return found


def _kind(words: str, after: str, before: str) -> str:
    """The kind from the words naming the jobs, then those right after, then those before."""
    if TOTAL_BEFORE.search(before):
        return "total"
    if DIRECT_BEFORE.search(before):
        return "direct"
    for text in (words, after if KIND_CUES[0][1].match(after.strip()) else KIND_STOP.split(after, 1)[0]):
        for kind, cue in KIND_CUES:
            if cue.search(text):
                return kind
    if CONSTRUCTION_BEFORE.search(before):
        return "construction"
    return "unspecified"


def find_jobs(doc: Document, investor: Fact | None) -> Fact | None:
    """The jobs the announcement creates, or None when the article does not say."""
    candidates = find_job_mentions(doc, investor)
    title_values = {c.value for c in candidates if c.in_title and not any(k.startswith("distractor") for k in c.features)}
    for candidate in candidates:
        if not candidate.in_title and candidate.value in title_values:
            candidate.features["title figure"] = W_TITLE_MATCH
    eligible = [c for c in candidates if _is_eligible(c)]
    if not eligible:
        return None
    eligible.sort(key=lambda c: (-c.score, c.in_title, c.start))
    best = eligible[0]
    if best.in_title:
        body = [c for c in eligible if not c.in_title and c.value == best.value]
        best = body[0] if body else best
    runners = [c for c in eligible if c is not best and c.value != best.value][:3]
    rival = max((c.score for c in runners), default=MIN_SCORE - 1)
    confidence = round(min(0.95, 0.5 + 0.08 * (best.score - rival)), 2)
    return _fact(doc, best, confidence, tuple(_fact(doc, c, 0.3) for c in runners))


def _is_eligible(candidate: JobsCandidate) -> bool:
    features = candidate.features
    if candidate.score < MIN_SCORE:
        return False
    if "title figure" in features or candidate.in_title:
        return True
    tied = "announcement named" in features or "lead sentence" in features or "near lead" in features
    return "create cue" in features and tied


def _fact(doc: Document, candidate: JobsCandidate, confidence: float, alternatives: tuple[Fact, ...] = ()) -> Fact:
    kind = "unspecified" if candidate.kind == "construction" else candidate.kind
    qualifiers = candidate.qualifiers + (("construction",) if candidate.kind == "construction" else ())
    jobs = Jobs(candidate.value, kind)
    sentence = doc.sentence_at(candidate.start)
    return Fact(
        field="jobs",
        value=jobs,
        display=format_jobs(jobs, qualifiers, doc.lang),
        qualifiers=qualifiers,
        evidence=Span.of(doc.text, candidate.start, candidate.end),
        sentence=sentence.span if sentence else None,
        rule="jobs: " + ", ".join(f"{name} {weight:+g}" for name, weight in candidate.features.items()),
        confidence=confidence,
        alternatives=alternatives,
    )
