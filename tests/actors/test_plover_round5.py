"""PLOVER round 5: a people or a faith placed in a country is coded with that country (the
country of residence), as the PLOVER annotators and the CAMEO codebook do."""

import datetime as dt

import pytest

from entente.actors.evaluate import resolve_text

DATE = dt.date(1995, 6, 1)


def code(text: str) -> str | None:
    actor = resolve_text(text, date=DATE)
    return actor.code if actor else None


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # a military role of a faith, placed in a part of the country
        ("Moslem forces in east Bosnia", "BIH"),
        ("Shiite militias in southern Iraq", "IRQ"),
        # roles that were placed before keep their country
        ("Muslim leaders in France", "FRA"),
    ],
)
def test_a_people_placed_in_a_country_takes_that_country(text: str, country: str) -> None:
    found = code(text)
    assert found is not None and found.startswith(country)


def test_refugees_keep_the_people_they_fled_with() -> None:
    # refugees have left their country: the country they are in is not theirs
    assert code("Hutu refugees in Zaire") == "HTUREF"


def test_a_people_in_a_city_is_placed_by_the_state_its_sentence_names() -> None:
    # a capital or town does not join the people's phrase ("in Kigali" is no part of it), but
    # the one state the sentence names (Kigali's) places them
    found = resolve_text("Tutsi civilians in Kigali", date=DATE)
    assert found is not None and found.code == "RWACVLTTS"


def test_a_region_word_needs_a_country_after_it() -> None:
    # "in east" with no country named leaves the role where it was
    assert code("Moslem forces in the east") == "MOSMIL"


def test_a_body_noun_between_the_people_and_the_country_is_skipped() -> None:
    # "extremist organization in Northern Ireland": the organisation lives in the UK
    found = code("the largest Protestant extremist organization in Northern Ireland")
    assert found is not None and found.startswith("GBR")
