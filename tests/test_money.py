"""Money mentions, table-driven: (text, lang, [(value, currency, qualifiers)])."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings, strategies as st

from generator.extract.money import find_money, parse_money_text
from generator.model import Money

EXAMPLES = [
    ("pledging more than $5 billion", "en", [(5_000_000_000, "USD", ("more than",))]),
    ("$2.5B", "en", [(2_500_000_000, "USD", ())]),
    ("US$5bn", "en", [(5_000_000_000, "USD", ())]),
    ("EUR785m", "en", [(785_000_000, "EUR", ())]),
    ("five billion dollars", "en", [(5_000_000_000, "USD", ())]),
    ("three billion reais", "en", [(3_000_000_000, "BRL", ())]),
    ("Rs 91,000 crore", "en", [(910_000_000_000, "INR", ())]),
    ("₹1.26 lakh crore", "en", [(1_260_000_000_000, "INR", ())]),
    ("NT$355 billion", "en", [(355_000_000_000, "TWD", ())]),
    ("40 trillion won", "en", [(40_000_000_000_000, "KRW", ())]),
    ("6 billion dirhams", "en", [(6_000_000_000, "MAD", ())]),
    ("2.9 trillion forints", "en", [(2_900_000_000_000, "HUF", ())]),
    ("R5 billion", "en", [(5_000_000_000, "ZAR", ())]),
    ("50 billion naira", "en", [(50_000_000_000, "NGN", ())]),
    ("KSh 2 billion", "en", [(2_000_000_000, "KES", ())]),
    ("£1.2bn", "en", [(1_200_000_000, "GBP", ())]),
    ("50 billion Argentine pesos", "en", [(50_000_000_000, "ARS", ())]),
    ("up to 7.34 billion euros", "en", [(7_340_000_000, "EUR", ("up to",))]),
    ("5 mil millones de dólares", "es", [(5_000_000_000, "USD", ())]),
    ("mil 300 millones de dólares", "es", [(1_300_000_000, "USD", ())]),
    ("ochocientos millones de dólares", "es", [(800_000_000, "USD", ())]),
    ("más de 2 mil millones de dólares", "es", [(2_000_000_000, "USD", ("más de",))]),
    ("alrededor de 122 mil millones de pesos", "es", [(122_000_000_000, "MXN", ("alrededor de",))]),
    ("hasta 500 mdd", "es", [(500_000_000, "USD", ("hasta",))]),
    ("cerca de 2 mil millones de dólares anuales", "es", [(2_000_000_000, "USD", ("cerca de", "a year"))]),
    # Ranges keep the high end, qualified "up to".
    ("$1 billion to $1.5 billion", "en", [(1_500_000_000, "USD", ("up to",))]),
    ("$15-16 billion", "en", [(16_000_000_000, "USD", ("up to",))]),
]

BUGS_CAUGHT = [
    # A code glued to the digits is still a prefix.
    ("EUR785m", "en", [(785_000_000, "EUR", ())]),
    # A year range is no money.
    ("between 2019-2020 sales rose", "en", []),
    # Numbers without a currency are not money.
    ("2,000 workers and 300,000 vehicles", "en", []),
    # Nonsense must be skipped, never overflow.
    ("$1e400 and $" + "9" * 30, "en", []),
]

HALVES = [
    ("Acme will invest half a billion dollars in Ohio", "en", [(500_000_000, "USD", ())]),
    ("invertirá un millón y medio de dólares", "es", [(1_500_000, "USD", ())]),
    ("invertirá medio millón de pesos", "es", [(500_000, "MXN", ())]),
    ("a billion and a half dollars", "en", [(1_500_000_000, "USD", ())]),
]

KNOWN_FAILURES: list = []


@pytest.mark.parametrize("dollar_sign", ["MXN", "USD"])
def test_a_bare_dollar_sign_is_what_the_caller_says(dollar_sign):
    """Mexican press writes "$" for pesos; `generator.extract.amount.dollar_sign_currency`
    decides per article. Explicit dollars stay dollars."""
    text = "$3,600 millones y 200 millones de dólares; US$5 millones"
    found = [(m.value, m.currency) for m in find_money(text, "es", dollar_sign=dollar_sign)]
    assert found == [(3_600_000_000, dollar_sign), (200_000_000, "USD"), (5_000_000, "USD")]


@pytest.mark.parametrize("text, lang, expected", EXAMPLES + BUGS_CAUGHT + HALVES + KNOWN_FAILURES,
                         ids=lambda v: v if isinstance(v, str) else None)
def test_find_money(text, lang, expected):
    mentions = find_money(text, lang)
    assert [(m.value, m.currency, m.qualifiers) for m in mentions] == expected
    for m in mentions:
        assert text[m.start:m.end] == m.text


@pytest.mark.parametrize("text, lang, expected", [
    ("US$5 billion", "en", Money(5_000_000_000, "USD")),
    ("5000000000 USD", "en", Money(5_000_000_000, "USD")),
    ("8 mil 600 millones de pesos", "es", Money(8_600_000_000, "MXN")),
    ("€557 million", "en", Money(557_000_000, "EUR")),
    ("nothing here", "en", None),
], ids=lambda v: v if isinstance(v, str) else None)
def test_parse_money_text(text, lang, expected):
    assert parse_money_text(text, lang) == expected


@settings(max_examples=300, deadline=None)
@given(st.text(), st.sampled_from(["en", "es"]))
def test_find_money_never_raises(text, lang):
    for m in find_money(text, lang):
        assert 0 < m.value <= 10**15
        assert text[m.start:m.end] == m.text


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["$", "1", ",", ".", " ", "billion", "mil", "de", "dólares", "US$", "5", "one",
                                  "and a half", "crore", "Rs", "-", "to", "millones", "e", "\n"])), st.sampled_from(["en", "es"]))
def test_find_money_on_money_like_noise(tokens, lang):
    text = " ".join(tokens)
    for m in find_money(text, lang):
        assert text[m.start:m.end] == m.text


#: Seconds one megabyte of any text may take, both languages together. Reading is linear
#: and stops after `MAX_QUANTITIES` numbers, so this holds with a wide margin (~0.2 s).
ONE_MEGABYTE_SECONDS = 2


@pytest.mark.parametrize("unit", ["1", "1,", "one ", "$1 billion ", "mil 300 millones de dólares ", "9" * 50 + "e ", "a ",
                                  "jobs and words without numbers ", "US$ "])
def test_one_megabyte_is_fast(unit):
    text = unit * (1_000_000 // len(unit))
    started = time.perf_counter()
    find_money(text, "es")
    find_money(text, "en")
    assert time.perf_counter() - started < ONE_MEGABYTE_SECONDS
