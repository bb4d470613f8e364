"""Actor mechanisms of session 8, from wrong-actor misses of the wire development sets: companies
often named in political news (country + BUS), "government forces" and "the government" of the
one state a sentence about its opposition names, dissidents and other private people of note, and
the epithet "Kremlin critic". Every sentence here is invented; the two guards pass before the
change as well."""

import datetime as dt

import pytest

from conftest import mention_code, mention_codes


@pytest.fixture(scope="module")
def resolver(builtin_resolver):
    return builtin_resolver


_found = mention_codes
_code = mention_code


# -- companies --------------------------------------------------------------------------------
def test_state_gas_company_after_its_country(resolver):
    text = "Russia's Gazprom cut gas deliveries to Moldova on Tuesday."
    assert _code(resolver, text, "Russia's Gazprom", dt.date(2022, 10, 1)) == "RUSBUS"


def test_state_gas_company_without_its_country(resolver):
    text = "Naftogaz said it had paid its gas debt to Moscow."
    assert _code(resolver, text, "Naftogaz", dt.date(2014, 6, 1)) == "UKRBUS"


def test_company_abbreviation(resolver):
    text = "Venezuela's president ordered PDVSA to halt oil shipments to the island."
    assert _code(resolver, text, "PDVSA", dt.date(2019, 4, 1)) == "VENBUS"


def test_planemaker_named_after_its_trade(resolver):
    text = "Ethiopia said it would send the flight recorders to the U.S. planemaker Boeing."
    assert _code(resolver, text, "Boeing", dt.date(2019, 3, 12)) == "USABUS"


def test_conglomerate_as_modifier_of_a_person_noun(resolver):
    text = "Prosecutors in Seoul questioned a Samsung heir over bribes paid to a presidential aide."
    assert _code(resolver, text, "Samsung", dt.date(2017, 1, 12)) == "KORBUS"


# -- "government forces" ------------------------------------------------------------------------
def test_government_forces_of_the_one_state_named(resolver):
    text = "The Sudanese opposition accused government forces of burning villages."
    assert _code(resolver, text, "government forces", dt.date(2004, 5, 1)) == "SDNMIL"


def test_government_troops_of_a_place_named(resolver):
    text = "Rebels took the town of Bunia in eastern Congo after government troops withdrew."
    assert _code(resolver, text, "government troops", dt.date(2003, 5, 1)) == "CODMIL"


def test_government_forces_stay_open_when_only_a_government_names_the_state(resolver):
    # guard: foreign officials speak of another state's forces
    text = "U.S. officials said government forces had shelled the rebel stronghold."
    assert _code(resolver, text, "government forces", dt.date(2012, 5, 1)) == "---MIL"


# -- "the government" of a state's opposition ---------------------------------------------------
def test_the_government_protesters_oppose(resolver):
    text = "Thousands of protesters marched in Albania, demanding that the government resign."
    assert _code(resolver, text, "government", dt.date(2019, 2, 16)) == "ALBGOV"


def test_the_government_denying_the_opposition(resolver):
    text = "The Syrian opposition said hundreds were killed in Homs, a claim the government denied."
    assert _code(resolver, text, "government", dt.date(2012, 2, 1)) == "SYRGOV"


def test_the_government_without_an_opposition_stays_open(resolver):
    # guard: "the government" in a sentence about no opposition may be another state's
    found = _found(resolver, "Canada said the government would review the contract.")
    assert ("government", "---GOV") in found


# -- dissidents, detainees and other private people of note -------------------------------------
def test_dissident_is_the_opposition(resolver):
    text = "A court in Moscow extended the sentence of Alexei Navalny on Tuesday."
    assert _code(resolver, text, "Alexei Navalny", dt.date(2022, 3, 22)) == "RUSOPP"


def test_executive_is_business(resolver):
    text = "Beijing again demanded that Canada free Meng Wanzhou."
    assert _code(resolver, text, "Meng Wanzhou", dt.date(2019, 1, 10)) == "CHNBUS"


def test_journalist_is_media(resolver):
    text = "Turkish prosecutors said Jamal Khashoggi was strangled inside the consulate."
    assert _code(resolver, text, "Jamal Khashoggi", dt.date(2018, 10, 31)) == "SAUMED"


def test_candidate_named_without_his_second_surname(resolver):
    text = "Caracas issued an arrest warrant for Edmundo Gonzalez on Monday."
    assert _code(resolver, text, "Edmundo Gonzalez", dt.date(2024, 9, 2)) == "VENOPP"


def test_kremlin_critic_is_one_opposition_phrase(resolver):
    # the seat inside the epithet is no actor of its own
    found = _found(resolver, "Police detained Kremlin critic Alexei Navalny.", dt.date(2021, 1, 17))
    assert found[-1] == ("Kremlin critic Alexei Navalny", "RUSOPP")
    assert all(code != "RUSGOV" for _, code in found)


# -- "opposition leaders" of the one state named -------------------------------------------------
def test_opposition_leaders_of_the_one_state_named(resolver):
    text = (
        "Police broke up a rally in Minsk, and opposition leaders accused the authorities of fraud."
    )
    assert _code(resolver, text, "opposition leaders", dt.date(2010, 12, 20)) == "BLROPP"


# -- "deposed/ousted President X": no longer in that office ---------------------------------------
def test_deposed_president_takes_his_role_of_the_day(resolver):
    text = "Police dispersed thousands of supporters of deposed President Mohamed Mursi in Cairo."
    code = _code(resolver, text, "President Mohamed Mursi", dt.date(2013, 8, 14))
    assert code == "EGYOPPMBR"


def test_ousted_president_without_a_name_is_no_government(resolver):
    text = "The ousted president flew to Riyadh on Friday."
    assert _code(resolver, text, "president", dt.date(2011, 1, 14)) == "---ELI"


# -- "aircraft" ----------------------------------------------------------------------------------
def test_aircraft_of_a_state_are_its_air_force(resolver):
    text = "Pakistan said it had shot down two Indian aircraft over Kashmir."
    assert _code(resolver, text, "Indian aircraft", dt.date(2019, 2, 27)) == "INDMIL"


def test_aircraft_barred_from_airspace_are_no_air_force(resolver):
    found = _found(
        resolver, "Canada closed its airspace to Russian aircraft.", dt.date(2022, 2, 27)
    )
    assert ("Russian", "RUS") in found
    assert all(not code.endswith("MIL") for _, code in found)


def test_passenger_aircraft_are_no_air_force(resolver):
    text = "Iran admitted shooting down a Ukrainian passenger aircraft near Tehran."
    code = _code(resolver, text, "Ukrainian passenger aircraft", dt.date(2020, 1, 11))
    assert code == "UKRBUS"


# -- "<group>-led <role noun>" -------------------------------------------------------------------
def test_group_led_opposition_is_the_groups_state(resolver):
    text = "The Hezbollah-led opposition ended its sit-in outside the government offices."
    assert _code(resolver, text, "Hezbollah-led opposition", dt.date(2008, 5, 22)) == "LBNOPP"


# -- the Bosnian Serb army: rebels in the war, an entity's army after Dayton ---------------------
def test_bosnian_serb_forces_in_the_war_are_rebels(resolver):
    text = "Bosnian Serb forces shelled the town of Bihac on Sunday."
    assert _code(resolver, text, "Bosnian Serb forces", dt.date(1994, 11, 20)) == "BIHREB"


def test_bosnian_serb_army_after_dayton_is_military(resolver):
    text = "The Bosnian Serb army handed over its heavy weapons to NATO-led troops."
    assert _code(resolver, text, "Bosnian Serb army", dt.date(1996, 6, 1)) == "BIHMIL"
