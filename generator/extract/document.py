"""An article cut into sentences, the unit every finder works on.

Sentence boundaries matter twice: a fact's evidence quotes its sentence, and cue
words ("invest", "jobs", "PIB") only count when they share a sentence with the
number they qualify. Abbreviations common in news datelines and company names
("Inc.", "Co.", "U.S.", "N.C.", "Chih.", "Gto.") must not end a sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cached_property
from typing import Callable, Hashable, NamedTuple, TypeVar

from generator.model import Article, Span

T = TypeVar("T")

# Words that end with a period but do not end a sentence: company suffixes, titles,
# month and state abbreviations used in datelines (English and Mexican press).
ABBREVIATIONS = frozenset(
    """
    inc corp co ltd llc plc cia cía sr sra dr mr mrs ms st no nos vs etc approx
    jan feb mar apr jun jul aug sep sept oct nov dec
    ene abr ago dic
    u.s u.k u.n e.u ee.uu s.a c.v s.a.b n.c s.c n.y d.c
    ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo
    mont neb nev okla ore pa tenn tex va vt wash wis wyo
    ags bc bcs camp chih chis coah col dgo gro gto hgo jal mich mor nay oax pue qro
    sin son tab tamps tlax ver yuc zac edomex cdmx
    """.split()
)

# A sentence ends at a run of newlines, or at terminal punctuation (and closing quotes)
# before a capitalised word or a number. The pattern opens with the one character
# every boundary starts with, so the regex engine skips ahead between candidates
# instead of trying the whole pattern at every position.
_BOUNDARY = re.compile(
    r"[.!?…\n]"
    r"(?:(?<=\n)\n*"  # newlines: a paragraph break
    r"|[.!?…]*[\"'”’»)]*(?=\s+[\"'“‘«(¿¡]*[A-ZÁÉÍÓÚÑ0-9]))"  # punctuation before a new sentence
)
#: The word a period ends ("Inc", "U.S", "colleges"), read in the 20 characters before it.
#: Anchored at both ends and matched once, rather than searched from each position.
_WORD_BEFORE = re.compile(r"(?s:.*[^\w.])?([\w.]+)\.\Z")


class Sentence(NamedTuple):
    """One sentence of the article: its span, its position and its paragraph.
    (A named tuple: an article has dozens, and a tuple is built faster than a frozen
    dataclass.)"""

    span: Span
    index: int  # 0-based position in the article
    paragraph: int  # 0-based paragraph (line) number

    @property
    def start(self) -> int:
        return self.span.start

    @property
    def end(self) -> int:
        return self.span.end

    @property
    def text(self) -> str:
        return self.span.text


def split_sentences(text: str) -> list[Sentence]:
    """Cut ``text`` into sentences whose spans index into ``text`` itself.

    >>> [s.text for s in split_sentences("Tesla Inc. will invest $5 billion. It said so.\\nNew line")]
    ['Tesla Inc. will invest $5 billion.', 'It said so.', 'New line']
    >>> [s.text for s in split_sentences("TOPEKA, Kan., July 13 - Panasonic Energy Co. will build.")]
    ['TOPEKA, Kan., July 13 - Panasonic Energy Co. will build.']
    """
    sentences: list[Sentence] = []
    paragraph = 0
    start = 0
    for match in _BOUNDARY.finditer(text):
        at, after = match.span()
        mark = text[at]
        newlines = mark == "\n"
        if mark == ".":
            before = _WORD_BEFORE.match(text, max(0, at - 20), at + 1)
            if before:
                word = before.group(1)
                if word.lower().rstrip(".") in ABBREVIATIONS:
                    continue
                # A single capital letter before the period is an initial ("John F. Kennedy").
                if len(word) == 1 and word.isupper():
                    continue
        _add(sentences, text, start, at if newlines else after, paragraph)
        if newlines:
            paragraph += 1
        start = after
    _add(sentences, text, start, len(text), paragraph)
    return sentences


def _add(sentences: list[Sentence], text: str, start: int, end: int, paragraph: int) -> None:
    """Append ``text[start:end]`` without its surrounding whitespace, unless nothing is left."""
    piece = text[start:end]
    lead = piece.lstrip()
    if lead:
        words = lead.rstrip()
        start += len(piece) - len(lead)
        sentences.append(Sentence(Span(start, start + len(words), words), len(sentences), paragraph))


@dataclass(frozen=True)
class Document:
    """What finders see: the article, its text and its sentences."""

    article: Article

    @property
    def text(self) -> str:
        return self.article.text

    @property
    def lang(self) -> str:
        return self.article.lang

    @cached_property
    def sentences(self) -> list[Sentence]:
        return split_sentences(self.article.text)

    def memo(self, key: Hashable, compute: Callable[[], T]) -> T:
        """``compute()``, once per document and key: finders that read the same figures
        (the amount and the GDP impact, say) share the work. Like `functools.cached_property`,
        the store lives in the instance ``__dict__``, which a frozen dataclass leaves writable."""
        store = self.__dict__.setdefault("_finder_memo", {})
        if key not in store:
            store[key] = compute()
        return store[key]

    @cached_property
    def _sentence_ends(self) -> list[int]:
        return [s.end for s in self.sentences]

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence holding ``offset`` (binary search over the sentence ends)."""
        sentences = self.sentences
        index = bisect_right(self._sentence_ends, offset)
        if index < len(sentences) and sentences[index].start <= offset:
            return sentences[index]
        return None
