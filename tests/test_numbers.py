"""Number parsing, table-driven: (text, lang, expected value)."""

from __future__ import annotations

import time

import pytest

from generator.extract.numbers import MAX_QUANTITIES, find_quantities, parse_digits, parse_quantity, quantity_matches

EXAMPLES = [
    ("1,300", "en", 1300),
    ("1.6 billion", "en", 1_600_000_000),
    ("5.54 billion", "en", 5_540_000_000),
    ("6.500", "es", 6500),
    ("1,6 millones", "es", 1_600_000),
    ("2.6 millones", "es", 2_600_000),
    ("five billion", "en", 5_000_000_000),
    ("five and a half billion", "en", 5_500_000_000),
    ("Eight thousand one hundred", "en", 8100),
    ("four thousand", "en", 4000),
    ("ten billion", "en", 10_000_000_000),
    ("ochocientos millones", "es", 800_000_000),
    ("mil millones", "es", 1_000_000_000),
    ("mil 300 millones", "es", 1_300_000_000),
    ("2 mil 800 millones", "es", 2_800_000_000),
    ("3 mil 200", "es", 3200),
    ("5 mil 500", "es", 5500),
    ("2 mil 500", "es", 2500),
    ("36 mil 58 millones", "es", 36_058_000_000),
    ("122 mil millones", "es", 122_000_000_000),
    ("3 billones", "es", 3_000_000_000_000),
    ("91,000 crore", "en", 910_000_000_000),
    ("1.26 lakh crore", "en", 1_260_000_000_000),
    ("2.5B", "en", 2_500_000_000),
    ("5bn", "en", 5_000_000_000),
    ("785m", "en", 785_000_000),
    ("40 trillion", "en", 40_000_000_000_000),
    ("500 mdd", "es", 500_000_000),
]

BUGS_CAUGHT = [
    # A bare scale after "mil" must not count one extra thousand.
    ("mil millones", "es", 1_000_000_000),
    # A smaller scale after a bigger one adds instead of multiplying.
    ("2 millones 300 mil", "es", 2_300_000),
    # Spanish thousands with a dot, English decimals with a dot.
    ("1.300 millones", "es", 1_300_000_000),
    ("1.300", "en", 1.3),
]

ABSURD = ["9" * 30, "1e400", "2 million billion", "", "banana"]

#: Halves: once read as twice the amount ("half a billion" as "a billion") or as
#: "a million and a half unit" ("un millón y medio" as 1,000,000.5).
HALVES = [
    ("half a billion", "en", 500_000_000),
    ("half a million", "en", 500_000),
    ("a billion and a half", "en", 1_500_000_000),
    ("one and a half billion", "en", 1_500_000_000),
    ("un millón y medio", "es", 1_500_000),
    ("mil millones y medio", "es", 1_500_000_000),
    ("medio millón", "es", 500_000),
    ("2 mil 800 millones y medio", "es", 2_800_500_000),
]



@pytest.mark.parametrize("text, lang, expected", EXAMPLES + BUGS_CAUGHT + HALVES,
                         ids=lambda v: v if isinstance(v, str) else None)
def test_parse_quantity(text, lang, expected):
    assert parse_quantity(text, lang) == expected


@pytest.mark.parametrize("text", ABSURD)
def test_absurd_values_are_refused(text):
    assert parse_quantity(text) is None


@pytest.mark.parametrize("token, lang, expected", [
    ("1,234,567.5", "en", 1234567.5), ("1.234.567,5", "es", 1234567.5), ("6\u00a0500", "es", 6500),
])
def test_parse_digits(token, lang, expected):
    assert float(parse_digits(token, lang)) == expected


def test_reading_stops_after_max_quantities():
    text = "Acme invests $5 billion. " + "1 and 2, " * 5000
    matches = quantity_matches(text)
    assert len(matches) == MAX_QUANTITIES
    assert matches[0].group() == "5 billion"  # the opening figures are always read


@pytest.mark.parametrize("unit", ["1 ", "1,", "one ", "mil ", "3 mil 200 ", "a million ", "twenty-one, ", "9" * 40 + " "])
def test_two_megabytes_of_numbers_are_fast(unit):
    text = unit * (2_000_000 // len(unit))
    started = time.perf_counter()
    for lang in ("en", "es"):
        list(find_quantities(text, lang))
    assert time.perf_counter() - started < 2
