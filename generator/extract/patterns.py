"""Building blocks for the finders' regular expressions.

Python's regex engine tries a pattern at every position of a text, unless the
pattern opens with something it can skip ahead to: a literal or a character class.
Cue words are searched many times in every article, so how a pattern opens matters
more than what follows. Two shapes recur:

* `cue_pattern`: lower-case cue words searched in `lowered` text. The pattern opens
  with the character before the word (`WORD_START`), so the engine skips through
  words in C;
* `phrases`: words as a trie (`trie_pattern`) behind a look-ahead for their first
  characters, for patterns matched at a given position or in any case.
"""

from __future__ import annotations

import re
from typing import Iterable

#: The start of a word in lower-cased text: a character outside a-z0-9_ (a space,
#: mostly), then a check that it is no word character at all. An opening ``\b`` would
#: make the engine try the whole pattern at every position. Patterns that open with it
#: read `lowered` text, whose leading space gives a word at the very start a character
#: before it too.
WORD_START = r"[^a-z0-9_](?<!\w)"


def cue_pattern(body: str) -> re.Pattern[str]:
    r"""``body`` (lower case, every alternative opening with a letter) at a word's start,
    to search in `lowered` text: as ``\b(?:body)`` searched case-insensitively, only faster.

    >>> bool(cue_pattern(r"invest\w*").search(lowered("Tesla Invests"))), cue_pattern("vest").search(lowered("invest"))
    (True, None)
    """
    return re.compile(rf"{WORD_START}(?:{body})")


def lowered(text: str) -> str:
    """``text`` as `cue_pattern` patterns read it: lower case, after a space."""
    return " " + text.lower()


def trie_pattern(words: Iterable[str]) -> str:
    """A regex matching exactly ``words``, sharing their prefixes.

    Python's regex engine tries an alternation's branches one by one; as a trie, each
    position costs a test of its first letter, not a try of every word. Where one word
    is a prefix of another, the longer is tried first.

    >>> re.fullmatch(trie_pattern(["mexican", "mexicano", "indian"]), "mexicano") is not None
    True
    >>> trie_pattern(["inc", "inca", "co"])
    '(?:co|inc(?:a)?)'
    """
    root: dict = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict) -> str:
        branches = [re.escape(char) + build(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 and "" not in node else f"(?:{'|'.join(branches)})"
        return body + ("?" if "" in node else "")

    return build(root)


def phrases(words: Iterable[str]) -> str:
    """Any of ``words`` (plain text, none empty) as a trie behind a look-ahead for their
    first characters: where no word can start the engine makes one test, and where one
    can it follows one branch instead of trying every word.

    >>> phrases(["invest", "inversión", "build"])
    '(?=[bi])(?:(?:build|inve(?:rsión|st)))'
    """
    words = set(words)
    initials = "".join(sorted({re.escape(w[0]) for w in words}))
    return rf"(?=[{initials}])(?:{trie_pattern(words)})"
