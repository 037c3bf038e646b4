"""Comparing names the way readers do: accents, case and company suffixes ignored.

"Tesla", "TESLA, Inc." and "Tesla Inc" are one investor; "Querétaro" is found by
someone who types "Queretaro". Only comparison keys and search terms are folded;
pages keep the names as the articles spell them.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_WORD = re.compile(r"[a-z0-9]+")
_PARENTHESES = re.compile(r"\([^()]*\)")

#: Legal-form words that trail a company name without changing who it is.
#: Dotted forms ("S.A. de C.V.") are matched after dots are dropped ("sa de cv").
COMPANY_SUFFIXES = (
    ("sa", "de", "cv"), ("sab", "de", "cv"), ("s", "de", "rl", "de", "cv"), ("s", "de", "rl"),
    ("sapi", "de", "cv"), ("sa", "de", "rl"), ("de", "cv"),
    ("inc",), ("incorporated",), ("corp",), ("corporation",), ("co",), ("company",), ("ltd",),
    ("limited",), ("llc",), ("plc",), ("lp",), ("sa",), ("sab",), ("sas",), ("srl",), ("spa",),
    ("gmbh",), ("ag",), ("se",), ("nv",), ("bv",), ("ab",), ("oy",), ("asa",), ("kk",), ("pte",),
    ("pty",), ("ltda",), ("cia",), ("group",), ("grupo",), ("holdings",), ("holding",),
)


def fold(text: str) -> str:
    """Text without accents (NFKD, combining marks dropped); case is kept.

    >>> fold("Querétaro, Nuevo León, Camaçari, São Paulo")
    'Queretaro, Nuevo Leon, Camacari, Sao Paulo'
    """
    decomposed = unicodedata.normalize("NFKD", text)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))


def words(text: str) -> list[str]:
    """Lower-case ASCII words: the common ground of every spelling of a name.

    >>> words("S.A. de C.V. — Nestlé México")
    ['sa', 'de', 'cv', 'nestle', 'mexico']
    """
    return _WORD.findall(fold(text).lower().replace(".", "").replace("'", "").replace("’", ""))


@lru_cache(maxsize=16384)  # a site names the same investors and places again and again
def investor_key(name: str) -> str:
    """The key investors are grouped by: words, without a bracketed short name or legal form.

    >>> investor_key("Tesla, Inc."), investor_key("TESLA"), investor_key("Nestlé México, S.A. de C.V.")
    ('tesla', 'tesla', 'nestle mexico')
    >>> investor_key("Amazon Web Services (AWS)"), investor_key("BMW Group"), investor_key("Inc.")
    ('amazon web services', 'bmw', 'inc')
    """
    parts = words(_PARENTHESES.sub(" ", name)) or words(name)
    trimmed = list(parts)
    changed = True
    while changed:
        changed = False
        for suffix in COMPANY_SUFFIXES:
            n = len(suffix)
            if len(trimmed) > n and tuple(trimmed[-n:]) == suffix:
                trimmed = trimmed[:-n]
                changed = True
                break
    return " ".join(trimmed or parts)


@lru_cache(maxsize=16384)
def place_key(name: str) -> str:
    """
    >>> place_key("Nuevo León") == place_key("nuevo leon")
    True
    """
    return " ".join(words(name))
