"""Actor mechanisms of session 7, from classified misses of the wire development sets: a state's
own armed forces named without it, rebels named again as "the rebels", "the country's" of a
state named in the same sentence, embassies abroad (whose embassy, whose protesters), a disguise
that is no actor, and knowledge-base gaps (Serbia and Montenegro, Cypriot peoples, US
congressional leaders). Every sentence here is invented."""

import datetime as dt

import pytest

from conftest import mention_code, mention_codes


@pytest.fixture(scope="module")
def resolver(builtin_resolver):
    return builtin_resolver


_found = mention_codes
_code = mention_code


# -- a state's own armed forces ---------------------------------------------------------------
def test_the_armed_forces_are_the_states_named_in_the_sentence(resolver):
    text = "Bolivian President Evo Morales resigned and handed power to the armed forces."
    assert _code(resolver, text, "armed forces", dt.date(2019, 11, 10)) == "BOLMIL"


def test_compass_forces_of_a_civil_war_are_the_states(resolver):
    text = "Southern forces shelled the port of Juba, deepening the civil war in Sudan."
    assert _code(resolver, text, "forces", dt.date(1995, 5, 1)) == "SDNMIL"


def test_the_army_is_the_states_named_in_the_sentence(resolver):
    # (taken up once an order to one's own forces stopped being coded as an event between actors)
    text = "Zambian President Frederick Chiluba said the army had quelled a coup attempt."
    assert _code(resolver, text, "army", dt.date(1997, 10, 28)) == "ZMBMIL"


def test_an_army_without_the_stays_open(resolver):
    text = "An army of volunteers cleaned the streets of Lusaka after the floods."
    assert _code(resolver, text, "army", dt.date(1997, 10, 28)) == "---MIL"


def test_forces_without_the_stay_open(resolver):
    # foreign forces are often named so: only "the" or a compass word makes them the state's
    text = "Forces shelled the port of Juba, deepening the civil war in Sudan."
    assert _code(resolver, text, "Forces", dt.date(1995, 5, 1)) == "---MIL"


# -- rebels named again -----------------------------------------------------------------------
def test_the_rebels_are_the_rebel_group_named_before(resolver):
    text = (
        "Manila resumed talks with the Moro Islamic Liberation Front a week after the "
        "guerrillas freed two soldiers."
    )
    found = dict(_found(resolver, text))
    assert found["guerrillas"] == found["Moro Islamic Liberation Front"]
    assert found["guerrillas"].startswith("PHLREB")


def test_the_leftist_rebel_group_is_the_group_named_before(resolver):
    text = (
        "Peru broke off contacts with the Shining Path, blaming the Maoist guerrilla group "
        "for a bombing in Lima."
    )
    found = dict(_found(resolver, text, dt.date(1992, 7, 20)))
    assert found["guerrilla"] == found["Shining Path"]


# -- "the country's" --------------------------------------------------------------------------
def test_the_countrys_role_noun_is_the_state_named_before_in_the_sentence(resolver):
    text = "Irish President Mary McAleese thanked the country's teachers on Monday."
    assert _code(resolver, text, "teachers", dt.date(2005, 9, 5)) == "IRLEDU"


# -- embassies abroad -------------------------------------------------------------------------
def test_its_embassy_in_a_place_is_not_the_places_state(resolver):
    text = "Norway protested to Syria after a crowd burned its embassy in Damascus."
    assert _code(resolver, text, "embassy", dt.date(2006, 2, 5)) == "NORGOV"


def test_protesters_at_a_consulate_are_of_the_state_it_stands_in(resolver):
    text = "Hundreds of demonstrators gathered outside the Turkish consulate in Berlin."
    assert _code(resolver, text, "demonstrators") == "DEUOPP"


# -- a disguise -------------------------------------------------------------------------------
def test_a_uniform_is_no_actor(resolver):
    text = "Gunmen wearing Nigerian police uniforms robbed a bank in Kano."
    found = _found(resolver, text)
    assert not any(code.startswith("NGACOP") for _, code in found), found


# -- knowledge base ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("date", "code"), [(dt.date(1995, 6, 1), "YUG"), (dt.date(2005, 6, 1), "SRB")]
)
def test_serbia_and_montenegro_is_one_state(resolver, date, code):
    text = "Greece lifted its embargo on Serbia and Montenegro."
    assert _code(resolver, text, "Serbia and Montenegro", date) == code


@pytest.mark.parametrize("people", ["Greek Cypriots", "Turkish Cypriots"])
def test_cypriot_peoples_are_of_cyprus(resolver, people):
    text = f"{people} voted in a referendum on the reunification plan."
    assert _code(resolver, text, people) == "CYP"


@pytest.mark.parametrize(
    ("text", "mention", "date"),
    [
        ("Pelosi flew to Taipei despite warnings.", "Pelosi", dt.date(2022, 8, 2)),
        ("Gingrich criticised the Clinton administration.", "Gingrich", dt.date(1996, 3, 1)),
        (
            "Senator Lindsey Graham urged Turkey to halt its offensive.",
            "Senator Lindsey Graham",
            dt.date(2019, 10, 10),
        ),
        ("McConnell blocked the bill.", "McConnell", dt.date(2016, 3, 16)),
    ],
)
def test_congressional_leaders_are_the_legislature(resolver, text, mention, date):
    assert _code(resolver, text, mention, date) == "USALEG"


# -- navy ships -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        ("Houthi boats fired on the USS Mason off Yemen.", "USS Mason", "USAMIL"),
        # a ship named after a person is the ship, not its namesake
        ("China shadowed the USS Ronald Reagan near Taiwan.", "USS Ronald Reagan", "USAMIL"),
        ("Iranian boats tried to stop the HMS Montrose escort.", "HMS Montrose", "GBRMIL"),
    ],
)
def test_a_navy_ships_name_is_its_navy(resolver, text, mention, code):
    assert _code(resolver, text, mention, dt.date(2019, 7, 10)) == code


# -- "militant" as an adjective ----------------------------------------------------------------
def test_militant_before_a_place_noun_is_no_actor(resolver):
    text = "Turkish jets bombed militant hideouts in northern Iraq."
    found = _found(resolver, text, dt.date(2015, 7, 25))
    assert not any(code.endswith("REB") for _, code in found), found


def test_a_militant_group_stays_an_actor(resolver):
    text = "A militant group claimed the bombing in Quetta."
    assert _code(resolver, text, "militant group", dt.date(2015, 7, 25)).endswith("REB")


def test_a_ship_name_stops_at_a_word_in_capitals(resolver):
    # an all-capitals headline: the ship's name does not swallow the actors after it
    found = dict(
        _found(resolver, "THE USS COLE WAS ATTACKED BY AL QAEDA IN YEMEN", dt.date(2000, 10, 12))
    )
    assert found.get("YEMEN") == "YEM"
