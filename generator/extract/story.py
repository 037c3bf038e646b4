"""Is this article an investment announcement at all?

Only announcements get a fact box: a tariff story, a plant closure with layoffs or
an analyst's piece on "announcements totalling $100 billion" is full of amounts
and places, none of them an investment. The headline and the lead decide:

  1. An opinion or analysis label ("Análisis:", "Opinion:") -> not an announcement.
  2. A company as subject of an invest/build verb in the headline -> announcement,
     whatever else the headline says ("... despite tariffs").
  3. Trade, closure, layoff or aggregate cues in the headline with no announcement
     cue there, or in a lead that announces nothing -> not an announcement
     ("despite the tariff threat, the company announced an investment" passes).
  3b. A forecast or tally cue in a headline with no company as its subject ("Mexico
     to receive $35 billion, ministry says") -> not an announcement, unless the lead
     has a company as the subject of an invest verb.
  4. A project word in the headline ("approves Tata's chip fab") with a lead that
     closes nothing -> announcement.
  5. Otherwise: an announcement if the first body sentences talk about investing,
     building or expanding. Recall matters more than precision
     here: a missed announcement loses every fact, a kept non-announcement only
     risks facts that the other finders must still justify.
"""

from __future__ import annotations

import re

from generator.data import cues
from generator.extract.document import Document
from generator.extract.investor import lead_subject, title_subject
from generator.extract.lead import lead_of
from generator.extract.patterns import phrases


def _words(words: tuple[str, ...]) -> re.Pattern[str]:
    """Any of ``words`` (phrases) as whole words, in any case."""
    return re.compile(rf"(?<!\w){phrases(words)}(?!\w)", re.IGNORECASE)


_OPINION = re.compile(
    rf"^\s*(?:{_words(cues.OPINION_LABELS).pattern})\s*[:|—–-]", re.IGNORECASE
)
_NON_ANNOUNCEMENT = _words(cues.NON_ANNOUNCEMENT_CUES)
_ANNOUNCEMENT = _words(cues.ANNOUNCEMENT_CUES)
_PROJECT = _words(cues.PROJECT_CUES)
_FORECAST = _words(cues.FORECAST_CUES)


def is_investment_story(doc: Document) -> bool:
    """True for an article announcing an investment (see the module docstring)."""
    return doc.memo("is_investment_story", lambda: _decide(doc))


def _decide(doc: Document) -> bool:
    lead = lead_of(doc)
    text = doc.text
    title = text[:lead.title_end]
    lead_text = text[lead.lead_start:lead.lead.end] if lead.lead else ""
    opening = title or lead_text
    if _OPINION.match(opening):
        return False
    # Each test below runs only when its answer is needed: most headlines decide alone.
    if title:
        announces = bool(_ANNOUNCEMENT.search(title))
        subject = title_subject(doc)
        if subject and (announces or _PROJECT.search(title)):
            return True
        if not subject and _FORECAST.search(title) and not lead_subject(doc):
            return False
        if announces:
            return not _NON_ANNOUNCEMENT.search(title) or bool(_ANNOUNCEMENT.search(lead_text))
        if _NON_ANNOUNCEMENT.search(title):
            return False
        if _PROJECT.search(title):
            return not _NON_ANNOUNCEMENT.search(lead_text)
    if _NON_ANNOUNCEMENT.search(lead_text) and not _ANNOUNCEMENT.search(lead_text):
        return False
    early = doc.sentences[lead.lead.index:lead.lead.index + 3] if lead.lead else []  # an index is a position
    return any(_ANNOUNCEMENT.search(s.text) for s in early)
