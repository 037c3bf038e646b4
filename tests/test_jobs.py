"""Jobs, table-driven on short articles (title line, then body)."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings, strategies as st

from generator.extract import extract_from_text
from generator.extract.jobs import find_jobs
from generator.model import Jobs
from tests.test_amount import doc, investor

EXAMPLES = [
    ("direct jobs", "Acme picks Ohio\nAcme will build a plant, creating 3,000 direct jobs.", "en", Jobs(3000, "direct"), ()),
    ("people in direct jobs",
     "Acme picks Ohio\nThe factory is expected to employ about 6,000 people in direct jobs.", "en", Jobs(6000, "direct"),
     ("about",)),
    ("employ directly", "Acme picks Ohio\nIt will employ about 3,000 people directly.", "en", Jobs(3000, "direct"), ("about",)),
    ("spelled out", "Acme picks Ohio\nAcme will create as many as four thousand direct jobs.", "en", Jobs(4000, "direct"),
     ("as many as",)),
    ("Mexican format", "Acme invertirá\nAcme invertirá y generará 3 mil 200 empleos directos.", "es", Jobs(3200, "direct"), ()),
    ("unspecified", "Acme invierte\nAcme creará 7 mil 600 nuevos empleos, anunció su director.", "es",
     Jobs(7600, "unspecified"), ()),
    ("direct and indirect is total",
     "Acme fab approved\nThe project is expected to generate more than 20,000 direct and indirect skilled jobs.", "en",
     Jobs(20000, "total"), ("more than",)),
    ("a year", "Acme expands\nAcme will create 7,000 jobs a year.", "en", Jobs(7000, "unspecified"), ("a year",)),
    ("direct preferred over indirect",
     "Acme picks Ohio\nThe project will create 4,500 direct jobs and about twenty thousand indirect jobs.", "en",
     Jobs(4500, "direct"), ()),
]

BUGS_CAUGHT = [
    ("indirect listed after the direct figure",
     "Acme invierte\nLa planta generará 300 empleos directos y mil 200 indirectos.", "es", Jobs(300, "direct"), ()),
    ("indirect after a comma does not change the kind",
     "Acme picks Texas\nAcme said the project would create about 2,000 direct high-tech jobs and thousands of indirect jobs.",
     "en", Jobs(2000, "direct"), ("about",)),
    ("'capacity' is not training",
     "Acme picks Hungary\nThe factory will have a capacity of 100 GWh and is expected to create up to 9,000 jobs.",
     "en", Jobs(9000, "unspecified"), ("up to",)),
    ("layoffs are not jobs",
     "Acme closes plants\nAcme will close its plants, eliminating about 5,000 jobs.", "en", None, ()),
    ("an existing workforce is not jobs",
     "Acme picks Ohio\nAcme will build a plant. Acme employs about 36,000 people in the US.", "en", None, ()),
    ("construction loses to permanent jobs",
     "Acme picks Ohio\nThe project will create 3,000 jobs, as well as 7,000 construction jobs.", "en",
     Jobs(3000, "unspecified"), ()),
    ("jobs named before the number",
     "Acme pone la primera piedra\nAcme invertirá en una planta que dará empleo directo a 3.000 personas.", "es",
     Jobs(3000, "direct"), ()),
    ("construction said before the number, permanent jobs after",
     "Acme picks Brazil\nAt the peak of construction the project will employ up to 14,000 workers. "
     "Once the mill is running, it will employ about 3,000 people permanently.", "en", Jobs(3000, "unspecified"), ("about",)),
    ("construction phase against permanent direct jobs",
     "Acme invierte\nEl proyecto demandará unos 2.800 puestos de trabajo durante la etapa de construcción y "
     "620 empleos directos permanentes.", "es", Jobs(620, "direct"), ()),
    ("training is not jobs", "Acme invests\nThe company will train five million people.", "en", None, ()),
    ("a year-shaped count after a creation verb",
     "Acme invertirá\nAcme construirá una planta que generará 2000 empleos directos.", "es", Jobs(2000, "direct"), ()),
    ("an infinitive creation verb",
     "Acme invierte\nAcme destinará 1,500 millones de pesos a una línea, lo que permitirá crear 400 empleos.", "es",
     Jobs(400, "unspecified"), ()),
    ("permanent jobs named only by their adjective",
     "Acme invierte\nEl proyecto creará 6 mil empleos durante la construcción y 350 permanentes.", "es",
     Jobs(350, "unspecified"), ()),
    ("the same in English",
     "Acme picks Ohio\nThe plant will create 4,000 construction jobs and 900 permanent.", "en",
     Jobs(900, "unspecified"), ()),
    ("an adjective after a number is not a job without a job noun before it",
     "Acme picks Ohio\nAcme will invest in 3 plants and 12 permanent sites.", "en", None, ()),
    ("the upper end of a range opened by 'entre'",
     "Acme invierte\nLa planta generará entre mil y mil 500 empleos directos.", "es", Jobs(1500, "direct"), ("hasta",)),
    ("the upper end of a range opened by 'between'",
     "Acme picks Ohio\nThe plant will create between 1,000 and 1,500 jobs.", "en", Jobs(1500, "unspecified"),
     ("up to",)),
    ("an existing workforce named after the new jobs belongs to its own figure",
     "Acme expands\nAcme will expand its plant, adding 1,000 jobs to the 4,500 people already employed there.", "en",
     Jobs(1000, "unspecified"), ()),
    ("an existing workforce named before the new jobs belongs to its own figure",
     "Acme amplía\nAcme invertirá 90 millones de dólares en su planta, donde actualmente laboran 4 mil personas, "
     "con lo que se crearán 600 nuevas plazas.", "es", Jobs(600, "unspecified"), ()),
    ("people who will work at the new plant",
     "Bosch opens plant\nBosch opened a $250 million plant in Celaya, where 2,000 people will work by 2026.", "en",
     Jobs(2000, "unspecified"), ()),
    ("the staff of the new plant",
     "Danfoss abre planta\nDanfoss inauguró su planta en Apodaca, donde laborarán 1,000 personas.", "es",
     Jobs(1000, "unspecified"), ()),
    ("people working there today are not new jobs",
     "Danfoss abre planta\nDanfoss invertirá 60 millones de dólares en su planta, donde laboran 1,000 personas.", "es",
     None, ()),
    ("a year before 'jobs report' is not a count",
     "Acme picks Ohio\nAcme will build a plant, the 2024 jobs report said.", "en", None, ()),
]

KNOWN_FAILURES = [
    pytest.param("demonym", "Acme picks Georgia\nEight thousand one hundred Georgians will start new careers.", "en",
                 Jobs(8100, "unspecified"), (), marks=pytest.mark.xfail(reason="'Georgians' is not a job noun")),
]


@pytest.mark.parametrize("name, text, lang, expected, qualifiers", EXAMPLES + BUGS_CAUGHT + KNOWN_FAILURES,
                         ids=lambda v: v if isinstance(v, str) and len(v) < 70 and "\n" not in v else None)
def test_find_jobs(name, text, lang, expected, qualifiers):
    fact = find_jobs(doc(text, lang), investor("Acme"))
    assert (fact.value if fact else None) == expected
    if fact:
        assert fact.qualifiers == qualifiers
        assert text[fact.evidence.start:fact.evidence.end] == fact.evidence.text


@settings(max_examples=200, deadline=None)
@given(st.text(), st.sampled_from(["en", "es"]))
def test_find_jobs_never_raises(text, lang):
    fact = find_jobs(doc(text, lang), investor("Acme"))
    if fact:
        assert text[fact.evidence.start:fact.evidence.end] == fact.evidence.text


#: Seconds one megabyte may take. A job phrase every 18 characters once took 13 s; the
#: finders now read at most `MAX_QUANTITIES` numbers per text (~0.2 s here).
ONE_MEGABYTE_SECONDS = 2


@pytest.mark.parametrize("unit", ["1 ", "3 mil 200 empleos ", "one two three four ", "jobs " , "9" * 40 + " jobs ",
                                  "Acme will create 3,000 jobs. ", "creará 3 mil empleos directos; "])
def test_one_megabyte_is_fast(unit):
    text = "Acme invertirá 300 millones de dólares y creará 3 mil empleos\n" + unit * (1_000_000 // len(unit))
    started = time.perf_counter()
    for lang in ("es", "en"):
        find_jobs(doc(text, lang), investor("Acme"))
    assert time.perf_counter() - started < ONE_MEGABYTE_SECONDS


@pytest.mark.parametrize("unit", ["3 mil 200 empleos ", "Acme will invest $5 billion and create 3,000 jobs. "])
def test_whole_extraction_of_one_megabyte_is_fast(unit):
    """Every finder together, on an announcement repeated for a megabyte: the worst case
    for the figure finders, since each repetition is a candidate."""
    text = "Acme invertirá 300 millones de dólares y creará 3 mil empleos\n" + unit * (1_000_000 // len(unit))
    started = time.perf_counter()
    box = extract_from_text(doc(text, "es").article)
    assert time.perf_counter() - started < ONE_MEGABYTE_SECONDS
    assert box.jobs is not None and box.amount is not None
