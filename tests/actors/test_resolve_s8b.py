"""Actor mechanisms of session 8, second actor round: an object pronoun or "the country" is not
its own clause's subject, "Congress" of the one Latin American state (or the Philippines) a
sentence names, separatists of the one state named, and "the two leaders in X" not X's. Every
sentence here is invented; the two guards pass before the change as well."""

import datetime as dt

import pytest

from conftest import mention_code, mention_codes


@pytest.fixture(scope="module")
def resolver(builtin_resolver):
    return builtin_resolver


_found = mention_codes
_code = mention_code


# -- an object is not its clause's subject ------------------------------------------------------
def test_object_it_is_not_the_subject_organisation(resolver):
    text = (
        "Iran tested a long-range missile on Sunday, and the UN Security Council condemned it "
        "as a threat to regional stability."
    )
    assert _code(resolver, text, "it", dt.date(2017, 1, 29)) == "IRN"


def test_object_it_is_not_the_subject_state(resolver):
    text = "Sudan shut its border crossings on Monday, and Chad criticised it for the move."
    assert _code(resolver, text, "it", dt.date(2001, 6, 1)) == "SDN"


def test_the_country_after_a_capital_is_the_other_state(resolver):
    text = (
        "Morocco recalled its ambassador from Algeria on Monday. Rabat blamed the country for "
        "the unrest along the border."
    )
    assert _code(resolver, text, "country", dt.date(2004, 3, 1)) == "DZA"


def test_it_after_a_saying_verb_stays_the_sayer(resolver):
    # (a guard: "said it would" is the subject of the reported clause)
    text = "Peru recalled its envoy from Chile, and Lima said it would review the treaty."
    assert _code(resolver, text, "it", dt.date(2004, 3, 1)) != "CHL"


# -- "Congress" of the state named -------------------------------------------------------------
def test_congress_of_the_latin_american_state_named(resolver):
    text = "Peru's president asked Congress on Friday to approve new mining rules."
    assert _code(resolver, text, "Congress", dt.date(2012, 5, 4)) == "PERLEG"
    text = "Brazilian farmers marched on Congress to demand cheaper credit."
    assert _code(resolver, text, "Congress", dt.date(2012, 5, 4)) == "BRALEG"


def test_congress_alone_is_still_the_us_congress(resolver):
    text = "Peru's president met investors in Lima. Congress passed a new budget in Washington."
    found = _found(resolver, text, dt.date(2012, 5, 4))
    assert ("Congress", "USALEG") in found


# -- separatists -------------------------------------------------------------------------------
def test_separatists_take_the_state_named(resolver):
    text = "Georgian troops exchanged fire with separatists overnight, officials said."
    assert _code(resolver, text, "separatists", dt.date(2008, 8, 7)) == "GEOREB"


def test_pro_foreign_separatists_take_the_state_they_fight(resolver):
    text = "Kiev accused pro-Russian separatists of shelling a school on Sunday."
    assert _code(resolver, text, "separatists", dt.date(2015, 1, 25)) == "UKRREB"


# -- people counted back ----------------------------------------------------------------------
def test_the_two_leaders_in_a_place_are_not_its_leaders(resolver):
    text = (
        "Kenya's president spoke with Uganda's president by phone on Friday, ahead of talks "
        "between the two leaders in Rwanda."
    )
    assert _code(resolver, text, "leaders", dt.date(2019, 3, 1)) != "RWAGOV"
