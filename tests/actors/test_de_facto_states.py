"""De facto states (recognised state + PRE, dated) and EU organs with a sector: the knowledge
base conventions taken from PLOVER/NGEC where they say more than Phoenix."""

import datetime as dt

import pytest

from entente.actors.evaluate import resolve_text
from entente.actors.kb import SECTORS
from entente.api import build_pipeline
from entente.model import Article


def code(text: str, date: dt.date) -> str | None:
    actor = resolve_text(text, date=date)
    return actor.code if actor else None


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        ("Abkhazia", dt.date(2009, 5, 1), "GEOPRE"),
        ("Abkhazia", dt.date(1989, 7, 1), "GEO"),  # an autonomous republic of Georgia then
        ("South Ossetia", dt.date(2008, 8, 9), "GEOPRE"),
        ("Tskhinvali", dt.date(2008, 8, 9), "GEOPRE"),  # the seat speaks for the authorities
        ("Transnistria", dt.date(2006, 9, 17), "MDAPRE"),
        ("Tiraspol", dt.date(2006, 9, 17), "MDAPRE"),
        ("Nagorno-Karabakh", dt.date(2020, 10, 3), "AZEPRE"),
        ("Nagorno-Karabakh", dt.date(2024, 6, 1), "AZE"),  # dissolved at the start of 2024
        ("Somaliland", dt.date(2024, 1, 2), "SOMPRE"),
        ("the Turkish Republic of Northern Cyprus", dt.date(1999, 3, 1), "CYPPRE"),
        ("Donetsk People's Republic", dt.date(2015, 2, 12), "UKRPRE"),
        ("a breakaway republic", dt.date(2015, 2, 12), "---PRE"),
        ("Gagra", dt.date(2009, 5, 1), "GEO"),  # other towns stay places of the state
    ],
)
def test_de_facto_states_are_the_recognised_state_plus_pre(text, date, expected):
    assert code(text, date) == expected


def test_pre_is_a_known_sector():
    assert "PRE" in SECTORS


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the European Union", "IGOEUREEC"),
        ("the European Commission", "IGOEUREECGOV"),
        ("the European Parliament", "IGOEUREECLEG"),
        ("EU lawmakers", "IGOEUREECLEG"),
        ("Brussels", "IGOEUREEC"),
    ],
)
def test_eu_organs_carry_a_sector_after_the_eu_code(text, expected):
    assert code(text, dt.date(2021, 5, 1)) == expected


def test_recognising_a_breakaway_region_is_not_an_act_towards_the_state():
    pipeline = build_pipeline()
    text = "Russia recognised Abkhazia as an independent state."
    article = pipeline(
        Article.from_parts(id="a", parts=[("body", text, None)], published=dt.date(2008, 8, 26))
    )
    pairs = {(e.source.code, e.target.code if e.target else None) for e in article.events}
    assert pairs == {("RUS", "GEOPRE")}
