"""Numbers as newsrooms write them, in English and Spanish.

The doctests below are the specification. A quantity is a short run of tokens:

* digits with local grouping: "1,300" and "6.500" (Spanish) are thousands,
  "1.6" and "1,6" (Spanish) are decimals;
* spelled-out numbers below a thousand ("eight", "one hundred and twenty",
  "ochocientos"), read by text2num;
* scale words: thousand, million, billion, trillion, bn, mn, m, b, k; mil,
  millón/millones, billón/billones (10^12, the long scale); crore (10^7) and
  lakh (10^5); and "and a half" / "y medio".

Tokens combine the way the words are spoken: a scale bigger than everything read
so far multiplies it ("mil millones" = 10^9, "1.26 lakh crore" = 1.26 x 10^12),
a smaller one adds ("2 millones 300 mil" = 2,300,000). That one rule also reads
Mexican press forms: "mil 300 millones" = 1.3 x 10^9 and "3 mil 200" = 3200.

Values above `MAX_VALUE` are refused: nobody announces a quadrillion of anything,
and refusing them keeps absurd inputs ("$1e400", 30-digit strings) harmless.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from itertools import islice
from typing import Iterable

from text_to_num import text2num

#: Nothing real is bigger; larger values are treated as noise.
MAX_VALUE = 10**15
#: Longest digit string worth reading (10^15 has 16 digits, plus separators and decimals).
MAX_DIGITS = 24
#: Quantities read per text. A news article states a few dozen numbers, a long report a
#: few hundred; a text with more is a table or a dump, not an article, and the facts a
#: fact box shows are stated in the headline and the opening paragraphs. Past this many,
#: the rest of the text is not read for numbers, which bounds the work on any input.
MAX_QUANTITIES = 1000

# --- vocabulary (data, not logic) -------------------------------------------

#: Scale words and their multipliers. Spanish uses the long scale: "billón" is 10^12.
#: "mdd"/"mdp" (millones de dólares/pesos) and "mmdd" (miles de millones de dólares)
#: carry their currency too; money.py reads that part.
SCALE_WORDS: dict[str, int] = {
    "thousand": 10**3, "k": 10**3,
    "million": 10**6, "millions": 10**6, "mn": 10**6, "m": 10**6, "mln": 10**6,
    "billion": 10**9, "billions": 10**9, "bn": 10**9, "b": 10**9, "bln": 10**9,
    "trillion": 10**12, "tn": 10**12, "trn": 10**12,
    "mil": 10**3,
    "millón": 10**6, "millon": 10**6, "millones": 10**6, "mdd": 10**6, "mdp": 10**6,
    "mmdd": 10**9, "mmdp": 10**9,
    "billón": 10**12, "billon": 10**12, "billones": 10**12,
    "lakh": 10**5, "lakhs": 10**5, "lac": 10**5, "crore": 10**7, "crores": 10**7, "cr": 10**7,
}

#: Words text2num reads as numbers below a thousand. "thousand" and "mil" are scales
#: (above) so that "Eight thousand one hundred" and "mil 300" go through one rule.
NUMBER_WORDS_EN = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen "
    "fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty "
    "sixty seventy eighty ninety hundred"
).split()
NUMBER_WORDS_ES = (
    "un uno una dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce "
    "quince dieciséis dieciseis diecisiete dieciocho diecinueve veinte veintiuno veintiún "
    "veintidós veintidos veintitrés veintitres veinticuatro veinticinco veintiséis veintiseis "
    "veintisiete veintiocho veintinueve treinta cuarenta cincuenta sesenta setenta ochenta "
    "noventa cien ciento doscientos doscientas trescientos trescientas cuatrocientos "
    "cuatrocientas quinientos quinientas seiscientos seiscientas setecientos setecientas "
    "ochocientos ochocientas novecientos novecientas"
).split()
#: "and a half", "y medio": adds one half to the number before the scale.
HALF_WORDS = ("and a half", "y medio", "y media")

# --- patterns ----------------------------------------------------------------

#: Short scale letters written against the digits: "$2.5B", "US$5bn", "EUR785m", "5k".
#: Single letters only count glued to the digits ("5 m" is more likely metres).
_ATTACHED_SCALE = r"(?:\s?(?:bn|mn|mln|tn)|bn|mn|mln|tn|cr|[mbk])(?![\w])"
#: Digits with optional grouping ("1,300", "6.500", "1 300" with a no-break space) and decimals.
#: Possessive, and never starting inside another number, so long digit runs stay linear.
DIGITS = r"(?<!\d)(?<!\d[.,])\d++(?:[.,\u00a0\u202f]\d++)*+"
#: The same digits, written to fail fast where a scan starts: the digit is read first,
#: then the look-behinds check what precedes it.
_DIGITS_FIRST = r"\d(?<!\d\d)(?<!\d[.,]\d)\d*+(?:[.,\u00a0\u202f]\d++)*+"
_HALF = r"(?:and\s+a\s+half|y\s+medi[oa])"
#: "half a billion", "medio millón": one half of the scale that follows.
_HALF_OF = (r"half\s+an?(?=\s+(?:hundred|thousand|million|billion|trillion)\b)"
            r"|medi[oa](?=\s+(?:mill[oó]n|millones|bill[oó]n|billones)\b)")
#: The words that start such a half.
HALF_OF_WORDS = ("half", "medio", "media")


def _alternation(words: Iterable[str]) -> str:
    """Regex source matching any of ``words`` (plain letters), shaped as a trie.

    >>> _alternation(["un", "uno", "una", "dos", "doce", "doscientos"])
    'do(?:ce|s(?:cientos)?)|un(?:a|o)?'

    The engine tries this at every word start of an article, and a trie tests one
    letter per branch where a flat list ("doscientos|doce|dos|una|uno|un") would test
    every word in turn. Optional tails are greedy, so the longest word is tried first.
    """
    return "|".join(_trie_branches({word for word in words if word}))


def _trie_branches(words: set[str]) -> list[str]:
    branches = []
    for head in sorted({word[0] for word in words}):
        tails = {word[1:] for word in words if word[0] == head}
        inner = _trie_branches(tails - {""})
        rest = "|".join(inner)
        if inner and "" in tails:
            rest = f"(?:{rest})?"  # a word ends here, longer ones go on
        elif len(inner) > 1:
            rest = f"(?:{rest})"
        branches.append(re.escape(head) + rest)
    return branches


_SCALE_ALTERNATION = _alternation(w for w in SCALE_WORDS if len(w) > 1 and w not in ("mn", "cr", "mln", "bn", "tn"))


def quantity_pattern(lang: str = "en") -> str:
    """The regex source of one quantity in ``lang``, to embed in bigger patterns.

    Every token is one word and tokens are separated by spaces, so the pattern
    runs in linear time whatever the input.
    """
    words = _alternation(NUMBER_WORDS_ES if lang == "es" else NUMBER_WORDS_EN)
    compound = rf"(?:{words})(?:-(?:{words}))?"
    token = (
        rf"(?:{DIGITS}(?:{_ATTACHED_SCALE})?"
        rf"|\b(?:{compound})\b"
        rf"|\b(?:{_SCALE_ALTERNATION}|mn|mln|bn|tn|cr)\b"
        rf"|{_HALF}\b"
        rf"|\b(?:and|y)(?=\s+(?:{words})\b))"
    )
    # A first-character check lets the scanner skip most positions cheaply; then the
    # digits branch tests its digit before its look-behinds (it fails at every letter),
    # and the word branches share one word-boundary test.
    initials = "".join(sorted({w[0] for w in (NUMBER_WORDS_ES if lang == "es" else NUMBER_WORDS_EN)} | {"a", "h", "m"}))
    first = (
        rf"(?=[\d{initials}])(?:{_DIGITS_FIRST}(?:{_ATTACHED_SCALE})?"
        rf"|\b(?:(?:{compound}|mil)\b|a(?=\s+(?:hundred|thousand|million|billion)\b)|{_HALF_OF}))"
    )
    # At most a dozen tokens, taken possessively: no quantity is longer, and it bounds
    # the work done at each start position.
    return rf"{first}(?:[ \t\u00a0]+{token}){{0,12}}+"


@lru_cache(maxsize=None)
def _quantity_re(lang: str) -> re.Pattern[str]:
    """The compiled quantity pattern, built on first use: it is the largest pattern of the
    extractor, and a batch of articles in one language never pays for the other."""
    return re.compile(quantity_pattern(lang), re.IGNORECASE)


def quantity_re(lang: str) -> re.Pattern[str]:
    """The quantity pattern of ``lang``; English words for any language but Spanish."""
    return _quantity_re("es" if lang == "es" else "en")


_TOKEN_RE = re.compile(
    rf"(?P<digits>\d+(?:[.,\u00a0\u202f]\d+)*)(?P<attached>{_ATTACHED_SCALE})?"
    rf"|(?P<half>{_HALF})"
    rf"|(?P<word>[^\W\d_]+(?:-[^\W\d_]+)?)",
    re.IGNORECASE,
)
_SPACES = str.maketrans("", "", "\u00a0\u202f ")


def parse_digits(token: str, lang: str = "en") -> Decimal | None:
    """Digits with grouping and decimals, read the way the article's language writes them.

    >>> parse_digits("1,300"), parse_digits("1.6"), parse_digits("5.54")
    (Decimal('1300'), Decimal('1.6'), Decimal('5.54'))
    >>> parse_digits("6.500", "es"), parse_digits("1,6", "es"), parse_digits("2.6", "es")
    (Decimal('6500'), Decimal('1.6'), Decimal('2.6'))
    >>> parse_digits("1,300", "es"), parse_digits("1.234.567,5", "es"), parse_digits("1,234,567.5")
    (Decimal('1300'), Decimal('1234567.5'), Decimal('1234567.5'))
    >>> parse_digits("6\u00a0500")
    Decimal('6500')
    >>> parse_digits("1" * 40) is None
    True
    """
    token = token.translate(_SPACES)
    if not token or len(token) > MAX_DIGITS:
        return None
    dots, commas = token.count("."), token.count(",")
    if dots and commas:
        decimal_mark = "." if token.rfind(".") > token.rfind(",") else ","
    elif dots or commas:
        mark = "." if dots else ","
        tail = len(token) - token.rfind(mark) - 1
        # Several marks, or one mark before exactly three digits, group thousands.
        # English reads "1.300" as 1.3; Spanish writes 6.500 for six thousand five hundred.
        grouping = dots + commas > 1 or (tail == 3 and (mark == "," or lang == "es"))
        decimal_mark = ("," if mark == "." else ".") if grouping else mark
    else:
        decimal_mark = "."
    group_mark = "." if decimal_mark == "," else ","
    try:
        value = Decimal(token.replace(group_mark, "").replace(decimal_mark, "."))
    except (InvalidOperation, ValueError):
        return None  # "1.2.3": more than one decimal mark
    return value if value.is_finite() else None


@lru_cache(maxsize=4096)
def parse_words(words: str, lang: str = "en") -> int | None:
    """A spelled-out number below a thousand, via text2num; None when it is not one.

    >>> parse_words("eight"), parse_words("one hundred and twenty"), parse_words("ochocientos", "es")
    (8, 120, 800)
    >>> parse_words("treinta y cinco", "es"), parse_words("fifty-five")
    (35, 55)
    >>> parse_words("banana") is None
    True
    """
    for language in (lang, "es" if lang == "en" else "en"):
        try:
            return int(text2num(words.lower(), language))
        except (ValueError, TypeError, IndexError):
            continue
    return None


@lru_cache(maxsize=8192)
def parse_quantity(text: str, lang: str = "en") -> int | float | None:
    """The full value of a quantity such as "mil 300 millones"; None when it is not one.

    >>> parse_quantity("5 billion"), parse_quantity("$2.5B"[1:]), parse_quantity("5bn")
    (5000000000, 2500000000, 5000000000)
    >>> parse_quantity("five billion"), parse_quantity("five and a half billion")
    (5000000000, 5500000000)
    >>> parse_quantity("half a billion"), parse_quantity("a billion and a half"), parse_quantity("medio millón", "es")
    (500000000, 1500000000, 500000)
    >>> parse_quantity("un millón y medio", "es"), parse_quantity("mil millones y medio", "es")
    (1500000, 1500000000)
    >>> parse_quantity("Eight thousand one hundred"), parse_quantity("four thousand")
    (8100, 4000)
    >>> parse_quantity("mil 300 millones", "es"), parse_quantity("2 mil 800 millones", "es")
    (1300000000, 2800000000)
    >>> parse_quantity("3 mil 200", "es"), parse_quantity("5 mil 500", "es"), parse_quantity("mil millones", "es")
    (3200, 5500, 1000000000)
    >>> parse_quantity("ochocientos millones", "es"), parse_quantity("36 mil 58 millones", "es")
    (800000000, 36058000000)
    >>> parse_quantity("1.300 millones", "es"), parse_quantity("2.9 trillion"), parse_quantity("3 billones", "es")
    (1300000000, 2900000000000, 3000000000000)
    >>> parse_quantity("91,000 crore"), parse_quantity("1.26 lakh crore"), parse_quantity("5 lakh")
    (910000000000, 1260000000000, 500000)
    >>> parse_quantity("2 millones 300 mil", "es"), parse_quantity("785m"), parse_quantity("6,000")
    (2300000, 785000000, 6000)
    >>> parse_quantity("1.6 billion"), parse_quantity("1,6 millones", "es"), parse_quantity("5.54 billion")
    (1600000000, 1600000, 5540000000)
    >>> parse_quantity("9" * 30) is None, parse_quantity("1e400") is None, parse_quantity("2 million billion") is None
    (True, True, True)
    """
    if len(text) > 200:
        return None
    result = Decimal(0)
    group: Decimal | None = None
    largest = 1  # the largest scale applied so far
    scale_run = 0  # the scales just read, multiplied ("mil millones": 10**9); 0 after anything else
    half_of = False  # "half a": the "a" is not a number
    words: list[str] = []

    def flush() -> bool:
        nonlocal group
        if words:
            value = parse_words(" ".join(words), lang)
            words.clear()
            if value is None:
                return False
            group = (group or 0) + value
        return True

    def apply_scale(multiplier: int) -> None:
        nonlocal result, group, largest, scale_run
        scale_run = (scale_run or 1) * multiplier
        # A bare scale counts one of it ("mil" = 1000), unless it scales what came before.
        count = group if group is not None else (0 if result else 1)
        if multiplier > largest:
            result = (result + count) * multiplier
            largest = multiplier
        else:
            result += count * multiplier
        group = None

    for match in _TOKEN_RE.finditer(text):
        after_scale, scale_run = scale_run, 0
        if match["digits"]:
            if not flush():
                return None
            value = parse_digits(match["digits"], lang)
            if value is None:
                return None
            group = (group or 0) + value
            if match["attached"]:
                apply_scale(SCALE_WORDS[match["attached"].strip().lower()])
        elif match["half"]:
            if not flush():
                return None
            if after_scale and group is None:
                result += Decimal(after_scale) / 2  # "un millón y medio", "a billion and a half"
            else:
                group = (group or 0) + Decimal("0.5")  # "five and a half billion"
        else:
            word = match["word"].lower()
            if word in SCALE_WORDS:
                if not flush():
                    return None
                scale_run = after_scale
                # English slang "mil" is a million; in Spanish "mil" is a thousand.
                apply_scale(10**6 if word == "mil" and lang == "en" else SCALE_WORDS[word])
            elif word in HALF_OF_WORDS and not words and group is None and not result:
                group, half_of = Decimal("0.5"), True  # "half a billion", "medio millón"
            elif word in ("a", "an") and half_of:
                half_of = False
            elif word == "a" and not words and group is None:
                group = Decimal(1)  # "a million"
            else:
                words.append(word)
        if result > MAX_VALUE or (group is not None and group > MAX_VALUE):
            return None
    if not flush():
        return None
    total = result + (group or 0)
    if total <= 0 or total > MAX_VALUE:
        return None
    return int(total) if total == total.to_integral_value() else float(total)


_last_scan: tuple[str, str, list[re.Match[str]]] | None = None


def quantity_matches(text: str, lang: str = "en") -> list[re.Match[str]]:
    """The quantity-shaped stretches of ``text``, in order, at most `MAX_QUANTITIES`.
    Money and jobs finders share one scan of the same article, so the last result is kept."""
    global _last_scan
    if _last_scan is not None and _last_scan[0] is text and _last_scan[1] == lang:
        return _last_scan[2]
    matches = list(islice(quantity_re(lang).finditer(text), MAX_QUANTITIES))
    _last_scan = (text, lang, matches)
    return matches


def find_quantities(text: str, lang: str = "en"):
    """Every quantity in ``text`` as (start, end, value); a quick scan, for tests and tools.

    >>> [v for _, _, v in find_quantities("invertirá mil 300 millones y creará 3 mil 800 empleos", "es")]
    [1300000000, 3800]
    >>> [v for _, _, v in find_quantities("about two thousand direct jobs and $5.5 billion")]
    [2000, 5500000000]
    """
    for match in quantity_matches(text, lang):
        value = parse_quantity(match.group(), lang)
        if value is not None:
            yield match.start(), match.end(), value
