"""Actor mechanisms of session 7 (second round), from classified misses of the wire development
sets: unaligned armed men placed by "in <state>" in their own phrase, armed role nouns placed in
a part of a state ("in eastern <state>"), "loyal to" a former or ousted office-holder, and the
Lima Group. Every sentence here is invented."""

import datetime as dt

import pytest

from conftest import mention_code, mention_codes


@pytest.fixture(scope="module")
def resolver(builtin_resolver):
    return builtin_resolver


_found = mention_codes
_code = mention_code


# -- unaligned armed men placed in their own phrase --------------------------------------------
def test_gunmen_in_a_state_are_of_that_state(resolver):
    text = "Gunmen in Nigeria abducted four Italian engineers from a construction site."
    assert _code(resolver, text, "Gunmen in Nigeria") == "NGAUAF"


def test_militiamen_in_a_state_are_of_that_state(resolver):
    text = "The envoy urged militiamen in Libya to hand over their heavy weapons."
    assert _code(resolver, text, "militiamen in Libya", dt.date(2014, 3, 1)) == "LBYUAF"


def test_foreign_fighters_in_a_state_stay_open(resolver):
    # guard: "foreign" says they are not of the place they are in
    text = "Turkey said foreign fighters in Syria were crossing its border."
    assert _code(resolver, text, "fighters", dt.date(2014, 3, 1)) == "---UAF"


def test_troops_in_a_state_stay_open(resolver):
    # guard: troops in a state are often foreign; only unaligned armed men join the place
    text = "Troops in Mali came under fire near the border."
    assert _code(resolver, text, "Troops", dt.date(2013, 3, 1)) == "---MIL"


# -- armed role nouns in a part of a state ----------------------------------------------------
def test_rebels_in_eastern_state_are_of_that_state(resolver):
    text = "The army launched a fresh offensive against rebels in northern Uganda."
    assert _code(resolver, text, "rebels in northern Uganda", dt.date(2003, 6, 1)) == "UGAREB"


def test_separatists_in_a_region_of_a_state_are_of_that_state(resolver):
    text = "Moscow denied arming separatists in eastern Moldova."
    assert _code(resolver, text, "separatists in eastern Moldova", dt.date(1992, 6, 1)) == "MDAREB"


def test_gunmen_in_southern_state_are_of_that_state(resolver):
    text = "Gunmen in southern Thailand shot dead two teachers on Tuesday."
    assert _code(resolver, text, "Gunmen in southern Thailand") == "THAUAF"


def test_a_hospital_in_a_region_of_a_state_is_still_the_place(resolver):
    # guard: only armed role nouns join "in <region> <state>" (the wire gold codes the place)
    text = "Government jets bombed a clinic in northern Chad."
    found = dict(_found(resolver, text, dt.date(2008, 2, 1)))
    assert "clinic in northern Chad" not in found
    assert found["Chad"] == "TCD"


# -- loyal to a former office-holder ----------------------------------------------------------
def test_rebels_loyal_to_a_former_vice_president_are_his(resolver):
    text = "Rebels loyal to former Vice President Riek Machar seized the town of Bor."
    assert _code(resolver, text, "Rebels", dt.date(2014, 1, 10)) == "SSDREB"


def test_fighters_loyal_to_a_former_president_are_his(resolver):
    # guard: "former" inside the person's mention was already read
    text = "Fighters loyal to former President Laurent Gbagbo clashed with UN peacekeepers."
    assert _code(resolver, text, "Fighters", dt.date(2011, 4, 1)) == "CIVUAF"


def test_troops_loyal_to_an_ousted_president_are_of_his_state(resolver):
    text = "Troops loyal to ousted President Mohamed Bazoum refused to lay down their arms."
    assert _code(resolver, text, "Troops", dt.date(2023, 8, 1))[:3] == "NER"


# -- knowledge base ---------------------------------------------------------------------------
def test_the_lima_group_is_an_organisation_not_perus_government(resolver):
    text = "The Lima Group urged Venezuela's military to break with Maduro."
    found = dict(_found(resolver, text, dt.date(2019, 2, 1)))
    assert found["Lima Group"] == "IGOLAMLMG"
    assert "PERGOV" not in found.values()


def test_lima_alone_is_still_perus_government(resolver):
    # guard
    text = "Lima recalled its ambassador from Caracas."
    assert _code(resolver, text, "Lima", dt.date(2019, 2, 1)) == "PERGOV"


def test_the_commonwealth_is_the_commonwealth_of_nations(resolver):
    text = "The Commonwealth suspended Fiji from its councils after the coup."
    assert _code(resolver, text, "Commonwealth", dt.date(2009, 9, 1)) == "IGOCWN"


def test_a_us_state_styled_commonwealth_is_not_the_organisation(resolver):
    # guard for the rule above: the longer name of the state matches first
    text = "The Commonwealth of Virginia sued the carmaker over emissions."
    found = dict(_found(resolver, text, dt.date(2016, 9, 1)))
    assert found["Commonwealth of Virginia"] == "USA"
    assert "IGOCWN" not in found.values()


def test_the_commonwealth_of_independent_states_stays_the_cis(resolver):
    # guard
    text = "Leaders of the Commonwealth of Independent States met in Minsk."
    assert "IGOCWN" not in dict(_found(resolver, text, dt.date(2009, 9, 1))).values()
