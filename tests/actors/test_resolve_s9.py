"""Actor mechanisms of session 9 (strict actor codes of the wire development sets): a capital
that is a part of a city, a city armies take or bomb, or before a city's facility is the place;
"him"/"her" is not its own clause's subject; a weapon's type and "-led (allied)" between a state
and its role noun; a state's helicopters and agents; gunmen loyal to a rebel leader; "X said its
forces"; a stance "opposition to"; a people's enclave; two offices held at once; dictators and
rulers; the MDC's leader. Every sentence here is invented; the guards pass before the change as
well."""

import datetime as dt

import pytest

from conftest import mention_code, mention_codes


@pytest.fixture(scope="module")
def resolver(builtin_resolver):
    return builtin_resolver


_found = mention_codes
_code = mention_code


# -- a capital that is the city, not the government -------------------------------------------
def test_capital_after_a_part_of_the_city_is_the_place(resolver):
    text = "Marines secured the outskirts of Kabul on Tuesday."
    assert _code(resolver, text, "Kabul", dt.date(2010, 5, 4)) == "AFG"


def test_capital_an_army_seizes_is_the_place(resolver):
    text = "Rebel fighters seized Tripoli after a week of street battles."
    assert _code(resolver, text, "Tripoli", dt.date(2011, 8, 24)) == "LBY"


def test_capital_before_a_city_facility_is_the_place(resolver):
    text = "A gas attack on the Seoul subway injured forty commuters."
    assert _code(resolver, text, "Seoul", dt.date(2003, 2, 18)) == "KOR"


def test_capital_as_speaker_stays_the_government(resolver):
    # guard: passes before the change as well
    text = "Nairobi said the talks would resume next week."
    assert _code(resolver, text, "Nairobi", dt.date(2008, 1, 15)) == "KENGOV"


# -- "him"/"her" is not its own clause's subject ----------------------------------------------
def test_object_him_is_not_the_clause_subject(resolver):
    text = (
        "Cuban President Raul Castro accepted the invitation, Brazilian President Luiz Inacio "
        "Lula da Silva said after visiting him in Havana."
    )
    assert _code(resolver, text, "him", dt.date(2008, 1, 15)) == "CUBGOV"


def test_object_him_after_an_object_person_stays_that_person(resolver):
    # guard: "Lula met Castro and praised him": Castro is the object of "met", not a subject
    text = "Brazilian President Luiz Inacio Lula da Silva met Raul Castro and praised him."
    assert _code(resolver, text, "him", dt.date(2008, 1, 15)) == "CUBGOV"


# -- weapons and "-led (allied)" between a state and its role noun -----------------------------
def test_weapon_type_joins_state_and_role_noun(resolver):
    text = "Egyptian F-16 jets struck targets near the border."
    assert ("Egyptian F-16 jets", "EGYMIL") in _found(resolver, text, dt.date(2015, 2, 16))


def test_dotted_led_compound_before_role_noun(resolver):
    text = "U.S.-led forces entered the town at dawn."
    assert ("U.S.-led forces", "USAMIL") in _found(resolver, text, dt.date(2003, 4, 2))


def test_led_allied_before_role_noun(resolver):
    text = "UK-led allied warplanes hit the airfield overnight."
    assert ("UK-led allied warplanes", "GBRMIL") in _found(resolver, text, dt.date(2011, 3, 21))


# -- a state's helicopters and agents; bare ones name no actor ---------------------------------
def test_state_helicopters_are_its_military(resolver):
    text = "Indian helicopters dropped food to villagers cut off by the floods."
    assert _code(resolver, text, "Indian helicopters", dt.date(2013, 6, 20)) == "INDMIL"


def test_bare_helicopters_name_no_actor(resolver):
    # guard: passes before the change as well (bare "helicopters" was no role noun)
    text = "Helicopters carried the injured climbers to a hospital."
    assert all("elicopter" not in surface for surface, _ in _found(resolver, text))


def test_its_helicopters_are_the_owners(resolver):
    text = "Jordan said its helicopters had dropped supplies over the camp."
    assert _code(resolver, text, "helicopters", dt.date(2016, 6, 1)) == "JORMIL"


def test_state_agents_are_its_intelligence(resolver):
    text = "Syrian agents kidnapped a dissident in Beirut."
    assert _code(resolver, text, "Syrian agents", dt.date(2011, 2, 25)) == "SYRSPY"


def test_bare_agents_name_no_actor(resolver):
    # guard: passes before the change as well
    text = "Lawmakers debated a bill on foreign agents."
    assert all("agents" not in surface for surface, _ in _found(resolver, text))


# -- armed men loyal to a rebel leader; "X said its forces" --------------------------------------
def test_gunmen_loyal_to_a_rebel_leader_are_the_rebels(resolver):
    text = "Somali gunmen loyal to General Mohamed Farah Aidid ambushed a convoy."
    assert _code(resolver, text, "Somali gunmen", dt.date(1993, 9, 1)) == "SOMREB"


def test_its_forces_after_a_sayer_are_the_sayers(resolver):
    text = (
        "Armenia and Azerbaijan traded accusations on Sunday, and Baku said its forces had "
        "repelled the attack."
    )
    assert _code(resolver, text, "forces", dt.date(2016, 4, 3)) == "AZEMIL"


# -- a stance "opposition to"; a people's enclave ----------------------------------------------
def test_states_opposition_to_is_the_state(resolver):
    text = "Japan welcomed India's opposition to the proposed tariff."
    found = _found(resolver, text, dt.date(2019, 5, 2))
    assert ("India", "IND") in found
    assert all(code != "INDOPP" for _, code in found)


def test_opposition_to_without_owner_stays_the_opposition(resolver):
    # guard: "calls from the opposition to resign" are the opposition's
    text = "The Kenyan president rejected calls from the opposition to resign."
    assert _code(resolver, text, "opposition", dt.date(2008, 1, 15)) == "KENOPP"


def test_faith_adjective_before_enclave_is_no_actor(resolver):
    text = "Artillery shelled the Muslim enclave of Zepa on Monday."
    found = _found(resolver, text, dt.date(1995, 7, 17))
    assert all(surface != "Muslim" for surface, _ in found)
    assert ("Zepa", "BIH") in found


# -- two offices at once; dictators and rulers; the MDC's leader -------------------------------
def test_title_chooses_between_two_offices_held(resolver):
    text = "Sudan's army chief Abdel Fattah al-Burhan flew to Cairo."
    found = _found(resolver, text, dt.date(2023, 8, 29))
    assert ("Sudan's army chief Abdel Fattah al-Burhan", "SDNMIL") in found


def test_person_of_two_offices_without_title_takes_the_first(resolver):
    # guard: passes before the change as well
    text = "Burhan flew to Cairo on Tuesday."
    assert _code(resolver, text, "Burhan", dt.date(2023, 8, 29)) == "SDNGOV"


def test_group_title_between_two_offices_takes_the_groups_dated_code(resolver):
    # guard: "Taliban leader" in 2001 names the Taliban government (the group's dated code)
    text = "Envoys urged Taliban leader Mullah Mohammad Omar to hand over the suspects."
    assert _code(resolver, text, "Taliban leader Mullah Mohammad Omar", dt.date(2001, 9, 17)) == (
        "AFGGOV"
    )


def test_former_dictator_joins_the_person(resolver):
    text = "Spanish judges sought the extradition of former Chilean dictator Augusto Pinochet."
    found = _found(resolver, text, dt.date(1998, 11, 1))
    assert ("Chilean", "CHL") not in found
    assert any(code == "CHLELI" and "Pinochet" in surface for surface, code in found)


def test_the_countrys_rulers_are_its_government(resolver):
    text = "Demonstrators marched through several Iranian cities against the country's rulers."
    assert _code(resolver, text, "rulers", dt.date(2022, 9, 20)) == "IRNGOV"


def test_mdc_leader_is_coded_with_his_party(resolver):
    text = "Riot police detained Morgan Tsvangirai outside Harare."
    assert _code(resolver, text, "Morgan Tsvangirai", dt.date(2007, 3, 11)) == "ZWEOPPMDC"
