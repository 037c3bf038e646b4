"""Story gate, table-driven: (headline, body, lang, is it an investment announcement?)."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings, strategies as st

from conftest import article_doc
from generator.extract.story import is_investment_story




ANNOUNCEMENTS = [
    pytest.param("Kia to build $1 billion assembly plant in northern Mexico",
                 "MONTERREY, Mexico — Kia Motors Corp. said it will invest $1 billion.", "en", id="to-build"),
    pytest.param("Samsung picks Taylor, Texas, for $17 billion chip plant",
                 "Samsung Electronics will build a plant in Taylor.", "en", id="picks"),
    pytest.param("Google opens Mexico cloud region in Querétaro",
                 "Google on Thursday opened its first cloud region in Mexico.", "en", id="opens"),
    pytest.param("Heineken invertirá 8 mil 600 millones de pesos en Meoqui",
                 "Heineken México anunció una inversión de 8 mil 600 millones de pesos.", "es", id="es-invertira"),
    pytest.param("Walmart de México invertirá 6 mil millones pese a los aranceles",
                 "Walmex invertirá 6 mil millones de dólares, informó la empresa.", "es",
                 id="announcement-despite-tariffs-headline"),
    pytest.param("Pfizer to put $1.2 billion into North Carolina sites",
                 "Pfizer Inc. said it will put $1.2 billion into expanding two manufacturing sites.", "en",
                 id="put-into"),
    pytest.param(None,
                 "Despite the tariff threat, the company Amazon Web Services (AWS) announced an investment "
                 "of five billion dollars in Mexico.", "en", id="no-headline-tariff-in-lead"),
    pytest.param("Ford to close Brazil plants, invest $1 billion in Argentina",
                 "Ford Motor Co. will close its Brazil plants and invest $1 billion in Argentina.", "en",
                 id="closure-and-investment"),
    pytest.param("Unilever plans $400 million plant in Nuevo León",
                 "Unilever will invest $400 million to build a new plant.", "en", id="plans"),
    pytest.param("India approves Tata's Rs 91,000 crore chip fab in Gujarat",
                 "India's cabinet approved a proposal by Tata Electronics to build a fab.", "en",
                 id="government-approves-company-project"),
]

NOT_ANNOUNCEMENTS = [
    pytest.param("Peso slides as Trump vows 25% tariff on Mexican goods",
                 "MEXICO CITY — Mexico's peso weakened more than 2% on Tuesday.", "en", id="tariff-story"),
    pytest.param("Ford to end manufacturing in Brazil, cutting about 5,000 jobs",
                 "SÃO PAULO — Ford Motor Co. said it would stop making vehicles in Brazil and close its "
                 "three factories.", "en", id="closure-layoffs"),
    pytest.param("Análisis: la brecha entre los anuncios de nearshoring y la inversión que sí llega",
                 "Los anuncios de inversión sumaron más de 106 mil millones de dólares en 2023.", "es",
                 id="analysis-label"),
    pytest.param("Opinion: Why the chip boom will not last",
                 "Companies have pledged to invest billions in new fabs.", "en", id="opinion-label"),
    pytest.param("GM to lay off 1,000 workers at Ohio plant",
                 "General Motors said it will lay off 1,000 workers.", "en", id="layoffs"),
    pytest.param("Cierra planta de autopartes en Coahuila; despide a 800",
                 "La empresa cerrará su planta en Saltillo.", "es", id="es-closure"),
    pytest.param(None, "Economists said the peso could weaken further as tariffs loom.", "en",
                 id="no-headline-market-story"),
]

BUGS_CAUGHT = [
    # The sample seed has no headline and mentions a tariff threat before the announcement.
    pytest.param(None,
                 "Just a few days before the inauguration, and despite the tariff threat that the "
                 "Republican makes, the company Amazon Web Services (AWS) announced an investment.",
                 "en", True, id="sample-seed-opening"),
]

KNOWN_FAILURES: list = []

#: Forecasts and tallies by a government are not announcements; a forecast word in a
#: headline whose lead has a company investing still is one.
FORECASTS = [
    pytest.param("Mexico to receive $35 billion in investment this year, ministry says",
                 "The Economy Ministry expects companies to invest $35 billion in Mexico this year.",
                 "en", False, id="ministry-forecast"),
    pytest.param("Economía prevé inversiones por 35 mil millones de dólares este año",
                 "La Secretaría de Economía estima que las empresas invertirán 35 mil millones de dólares en México.",
                 "es", False, id="ministry-forecast-es"),
    pytest.param("Plan México suma 277 mil mdd en anuncios de inversión",
                 "El gobierno federal informó que los anuncios de inversión suman 277 mil millones de dólares.",
                 "es", False, id="tally-of-announcements"),
    pytest.param("Nuevo León expects $5 billion gigafactory",
                 "Tesla will invest $5 billion in a gigafactory near Monterrey, the company said.",
                 "en", True, id="forecast-word-but-a-company-invests"),
    pytest.param("Querétaro recibirá una inversión de 5 mil millones de dólares",
                 "Amazon Web Services invertirá 5 mil millones de dólares en Querétaro, anunció la empresa.",
                 "es", True, id="recibira-but-a-company-invests"),
]


@pytest.mark.parametrize("title, body, lang", ANNOUNCEMENTS)
def test_announcements_pass(title, body, lang):
    assert is_investment_story(article_doc(title, body, lang)) is True


@pytest.mark.parametrize("title, body, lang", NOT_ANNOUNCEMENTS)
def test_other_stories_stop(title, body, lang):
    assert is_investment_story(article_doc(title, body, lang)) is False


@pytest.mark.parametrize("title, body, lang, expected", BUGS_CAUGHT + FORECASTS + KNOWN_FAILURES)
def test_story_cases(title, body, lang, expected):
    assert is_investment_story(article_doc(title, body, lang)) is expected


@given(st.text(max_size=3000))
@settings(max_examples=200, deadline=None)
def test_never_raises(text):
    is_investment_story(article_doc(None, text))
    is_investment_story(article_doc(text.split("\n")[0][:200] or None, text))


@pytest.mark.parametrize("chunk", ["Tesla will invest in a plant, despite tariffs ", "Análisis: " + "x" * 40])
def test_one_megabyte_is_fast(chunk):
    text = (chunk * (1_000_000 // len(chunk) + 1))[:1_000_000]
    started = time.perf_counter()
    is_investment_story(article_doc(chunk[:60], text))
    assert time.perf_counter() - started < 10


# Openings beyond "invest": groundbreaking, construction start, a project presented.
ANNOUNCEMENTS_LATER = [
    pytest.param("Battery venture broke ground on Wednesday in West Java",
                 "The joint venture broke ground on a cell plant, the partners said.", "en", id="broke-ground"),
    pytest.param("Steel company began construction of rolling mill",
                 "The company began construction of a mill outside the city.", "en", id="began-construction"),
    pytest.param(None, "La minera presentó un proyecto de inversión de 500 millones de dólares para una planta.",
                 "es", id="es-presento-proyecto"),
]


@pytest.mark.parametrize("title, body, lang", ANNOUNCEMENTS_LATER)
def test_later_announcements_pass(title, body, lang):
    assert is_investment_story(article_doc(title, body, lang))
