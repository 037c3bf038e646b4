"""Where a news story starts: headline, dateline and lead sentence.

Wire-style articles open with a dateline ("MONTERREY, Mexico, March 1, 2023 —",
"CIUDAD DE MÉXICO, 27 de abril de 2012.-"). The dateline names where the story was
filed, not where the money goes, so finders skip it; the sentence right after it,
the lead, is where the announcement is made.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator.extract.document import Document, Sentence

# An all-caps place, an optional comma part (state, country, date, agency) and a
# dash: "TOPEKA, Kan., July 13, 2022 -", "VERACRUZ, Ver., 24 de octubre de 2019.-".
# Bounded repetitions only: this runs on the first 160 characters of the body.
_UPPER = "A-ZÁÉÍÓÚÑÃÕÇÜÂÊÔ"
_DATELINE = re.compile(
    rf"[\s*_]*(?P<place>[{_UPPER}][{_UPPER}.'’ -]{{1,40}}?)"
    rf"(?:\s*,[^\n—–]{{0,90}}?|\s*\([^)\n]{{1,30}}\))?"
    r"\s*(?:—|–|\s-{1,2}\s|\.-|\.—|:\s)\s*"
)

# Mixed-case datelines need a date or a news agency to tell them from a sentence:
# "Ciudad de México, 5 de marzo (EFE).-", "Mexico City, March 1 (Reuters) -".
_MONTH = (
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|"
    r"july|august|september|october|november|december|ene|abr|ago|dic|enero|febrero|marzo|abril|"
    r"mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)"
)
_MIXED_DATELINE = re.compile(
    rf"[\s*_]*(?P<place>[{_UPPER}][\w.'’ -]{{1,40}}?)"
    rf"(?:,\s*(?:[^,\n—–]{{0,25}},\s*)?(?i:{_MONTH}\.?\s+\d{{1,2}}|\d{{1,2}}\s+(?:de\s+)?{_MONTH})"
    r"[^\n—–]{0,30}?|\s*,?\s*\((?:[A-Z][\w .-]{1,25})\))"
    r"\s*(?:—|–|\s-{1,2}\s|\.-|\.—|\)\s*-)\s*"
)

@dataclass(frozen=True)
class Lead:
    """The story's opening: headline span, dateline span and lead sentence."""

    title_end: int  # text[:title_end] is the headline (0 when there is none)
    body_start: int
    dateline: tuple[int, int] | None  # (start, end) of the dateline, dash included
    lead: Sentence | None  # the first body sentence
    lead_start: int  # where the lead's own words begin (after the dateline)

    def in_title(self, offset: int) -> bool:
        return offset < self.title_end

    def in_dateline(self, offset: int) -> bool:
        return self.dateline is not None and self.dateline[0] <= offset < self.dateline[1]


def lead_of(doc: Document) -> Lead:
    """The `Lead` of a document (computed once)."""
    return doc.memo("lead", lambda: _find_lead(doc))


def _find_lead(doc: Document) -> Lead:
    text = doc.text
    body_start = doc.article.body_start if doc.article.title else 0
    body_start = min(max(body_start, 0), len(text))
    title_end = len(text[:body_start].rstrip()) if doc.article.title else 0
    while body_start < len(text) and text[body_start].isspace():
        body_start += 1
    dateline = find_dateline(text, body_start)
    lead_start = dateline[1] if dateline else body_start
    lead = doc.sentence_at(lead_start)
    if lead is None:
        lead = next((s for s in doc.sentences if s.start >= lead_start), None)
    return Lead(title_end, body_start, dateline, lead, lead_start)


def find_dateline(text: str, start: int) -> tuple[int, int] | None:
    """The dateline at ``start``, as (start, end), or None.

    >>> t = "MONTERREY, Mexico, March 1, 2023 — Tesla Inc. will build"
    >>> s, e = find_dateline(t, 0); t[e:]
    'Tesla Inc. will build'
    >>> s, e = find_dateline("CIUDAD DE MÉXICO, 27 de abril de 2012.- La armadora", 0); e
    40
    >>> find_dateline("Tesla Inc. will build a plant - officials said", 0) is None
    True
    >>> t = "Ciudad de México, 5 de marzo (EFE).- La empresa invertirá"
    >>> s, e = find_dateline(t, 0); t[e:]
    'La empresa invertirá'
    >>> find_dateline("Tesla, which employs 1,000 people - more than Ford - will build", 0) is None
    True
    """
    end = min(len(text), start + 160)
    match = _DATELINE.match(text, start, end)
    if match:
        place = match.group("place").strip()
        # The place must really be upper case ("MEXICO CITY"), not a capitalised word.
        if len(place) >= 3 and any(c.isalpha() for c in place) and place == place.upper():
            return match.start("place"), match.end()
    match = _MIXED_DATELINE.match(text, start, end)
    if match and len(match.group("place").split()) <= 4:
        return match.start("place"), match.end()
    return None
