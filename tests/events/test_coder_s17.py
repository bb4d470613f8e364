"""Session 10, coder/lexicon round 17 (dev_sentences_wire9): a time phrase between a verb of
deciding and its "to", and sanctions decided; peacekeepers admitted from their sender; soldiers
killed in clashes; hotlines cut; amounts of military aid written out; troops massing or put on
alert along a border; armies and crowds surrounding a building; supporters of a leader rioting;
the wire's closing attribution; killings by the hundreds; claims of bombings; plural embassies;
the owner of a decision protested against; protest camps stormed; marches against a ruler's
rule; aid seized; cruise missiles; accusations of aggression and massacres; a move judged by a
third party; joint projects; blame laid on another actor; armed attacks on embassies and car
bombs; a bomber from a named group; tear gas fired at crowds; a leader killed in battle; the
noun "finance" before "industries". The sentences are written for these tests."""

from __future__ import annotations

from conftest import LEXICON_TEST_DATE, coded, event_keys, event_roots
from entente.pipeline import Pipeline


def codes(pipeline: Pipeline, text: str) -> list[tuple[str, str | None, str]]:
    return coded(pipeline, text, LEXICON_TEST_DATE)


# -- mood: a time phrase before "to"; sanctions decided -------------------------------------------
def test_sanctions_agreed_on_a_weekday_are_imposed(builtin_pipeline: Pipeline) -> None:
    events = event_keys(
        builtin_pipeline, "The European Union agreed on Thursday to ban imports of Syrian oil."
    )
    assert ("IGO", "SYR", "163") in events
    # only a penalty is imposed by deciding it; lifting one stays an intent (0354)
    lifted = event_keys(
        builtin_pipeline,
        "The European Union agreed on Thursday to lift the embargo on sales to Syria.",
    )
    assert ("IGO", "SYR", "0354") in lifted


def test_sanctions_decided_today_are_imposed(builtin_pipeline: Pipeline) -> None:
    events = event_keys(
        builtin_pipeline, "Canada decided today to freeze the assets of Venezuela's central bank."
    )
    assert ("CAN", "VEN", "163") in events
    assert not any(c == "1312" for _, _, c in events)


def test_peacekeepers_admitted_from_the_united_nations(builtin_pipeline: Pipeline) -> None:
    events = codes(
        builtin_pipeline,
        "Sudan agreed on Friday to let a United Nations peacekeeping force into Darfur.",
    )
    assert ("SDN", "IGOUNO", "0355") in events


# -- lexicon: fighting, ties, aid, alerts ----------------------------------------------------------
def test_soldiers_killed_in_clashes_with_troops(builtin_pipeline: Pipeline) -> None:
    events = event_roots(
        builtin_pipeline,
        "Eight Pakistani soldiers were killed in clashes with Afghan troops near the border.",
    )
    assert ("PAK", "AFG", "19") in events
    assert ("AFG", "PAK", "19") in events


def test_hotline_cut(builtin_pipeline: Pipeline) -> None:
    events = event_keys(builtin_pipeline, "South Korea cut the military hotline with North Korea.")
    assert ("KOR", "PRK", "161") in events


def test_military_aid_with_its_amount_written_out(builtin_pipeline: Pipeline) -> None:
    events = event_keys(
        builtin_pipeline,
        "Britain announced an additional 500 million pounds in military aid for Ukraine.",
    )
    assert ("GBR", "UKR", "072") in events
    assert not any(c.startswith("19") for _, _, c in events)


def test_went_into_action_against(builtin_pipeline: Pipeline) -> None:
    events = event_roots(
        builtin_pipeline, "Kenyan troops went into action against Somali militants."
    )
    assert ("KEN", "SOM", "19") in events


def test_agreed_a_deal(builtin_pipeline: Pipeline) -> None:
    events = event_keys(builtin_pipeline, "Britain and Norway agreed a deal on fishing rights.")
    assert ("GBR", "NOR", "057") in events
    assert ("NOR", "GBR", "057") in events


def test_missiles_into_the_waters_around(builtin_pipeline: Pipeline) -> None:
    events = event_keys(
        builtin_pipeline, "North Korea fired missiles into the waters around Japan."
    )
    assert ("PRK", "JPN", "150") in events
    assert ("PRK", "JPN", "194") not in events


def test_troops_massed_near_a_border(builtin_pipeline: Pipeline) -> None:
    events = event_keys(builtin_pipeline, "Thousands of Turkish troops massed near Syria's border.")
    assert ("TUR", "SYR", "154") in events
    # only armed forces are mobilised
    crowd = event_keys(
        builtin_pipeline, "Thousands of Syrian refugees massed near Turkey's border."
    )
    assert not any(c == "154" for _, _, c in crowd)


def test_troops_along_the_border_on_alert(builtin_pipeline: Pipeline) -> None:
    events = event_keys(
        builtin_pipeline, "Pakistan put its troops along the border with India on high alert."
    )
    assert ("PAK", "IND", "152") in events


def test_joint_projects_launched(builtin_pipeline: Pipeline) -> None:
    events = event_keys(
        builtin_pipeline,
        "Chinese President Xi Jinping and Pakistani Prime Minister Imran Khan launched energy and "
        "infrastructure projects worth billions of dollars.",
    )
    assert ("CHN", "PAK", "061") in events
    assert ("PAK", "CHN", "061") in events


def test_bore_responsibility_is_an_accusation(builtin_pipeline: Pipeline) -> None:
    events = event_keys(
        builtin_pipeline, "Israel said that Hezbollah bore responsibility for the attack."
    )
    assert ("ISR", "LBN", "112") in events


# -- who surrounds, riots, suffers -----------------------------------------------------------------
def test_tanks_surrounding_a_parliament_besiege_it(builtin_pipeline: Pipeline) -> None:
    events = codes(builtin_pipeline, "Russian tanks surrounded the Georgian parliament.")
    assert ("RUSMIL", "GEOLEG", "191") in events


def test_protesters_surrounding_a_parliament_block_it(builtin_pipeline: Pipeline) -> None:
    events = event_keys(builtin_pipeline, "Protesters surrounded the parliament of Serbia.")
    assert ("SRB", "SRB", "144") in events
    assert not any(c == "191" for _, _, c in events)


def test_supporters_of_a_leader_clash_with_police(builtin_pipeline: Pipeline) -> None:
    events = codes(
        builtin_pipeline,
        "Thousands of supporters of opposition leader Alexei Navalny clashed with riot police "
        "in Moscow on Saturday.",
    )
    assert ("RUSOPP", "RUSCOP", "145") in events
    assert not any(c.startswith("19") for _, _, c in events)


def test_closing_attribution_is_no_accusation(builtin_pipeline: Pipeline) -> None:
    events = event_keys(
        builtin_pipeline,
        "Hamas militants kidnapped three Israeli teenagers in the West Bank, Israeli officials "
        "said.",
    )
    assert ("PSE", "ISR", "181") in events
    assert not any(c.startswith("11") for _, _, c in events)


def test_killed_by_the_hundreds(builtin_pipeline: Pipeline) -> None:
    events = event_keys(builtin_pipeline, "Burmese troops killed hundreds of Karen villagers.")
    assert ("MMR", "MMR", "202") in events
    # fighters killed by the hundreds fell in combat
    combat = event_keys(builtin_pipeline, "Afghan forces killed hundreds of Taliban fighters.")
    assert ("AFG", "AFG", "190") in combat
    assert not any(c == "202" for _, _, c in combat)


def test_hundreds_of_people_are_no_people_named(builtin_pipeline: Pipeline) -> None:
    events = event_keys(
        builtin_pipeline, "Rebels killed hundreds of people in the Congolese town of Beni."
    )
    assert not any(c == "202" for _, _, c in events)
    assert ("---", "COD", "190") not in events


def test_claimed_gun_and_suicide_bomb_attacks(builtin_pipeline: Pipeline) -> None:
    events = event_keys(
        builtin_pipeline,
        "The Pakistani Taliban claimed responsibility for the deadly gun and suicide bomb attacks "
        "in Lahore.",
    )
    assert ("PAK", "PAK", "015") in events
    assert not any(c.startswith("19") for _, _, c in events)


def test_fire_set_to_two_embassies(builtin_pipeline: Pipeline) -> None:
    events = event_keys(
        builtin_pipeline, "Iranian students set fire to the British and French embassies in Tehran."
    )
    assert ("IRN", "GBR", "145") in events
    assert ("IRN", "FRA", "145") in events


def test_protest_against_the_governments_plan(builtin_pipeline: Pipeline) -> None:
    events = event_roots(
        builtin_pipeline,
        "Thousands of Brazilians marched in Rio on Sunday to protest against the government's "
        "plan to sell oil fields to China.",
    )
    assert ("BRA", "BRA", "14") in events
    assert ("BRA", "CHN", "14") not in events


def test_protest_camps_of_supporters_cleared(builtin_pipeline: Pipeline) -> None:
    events = event_keys(
        builtin_pipeline,
        "Thai riot police cleared two protest camps of supporters of Thaksin Shinawatra.",
    )
    assert ("THA", "THA", "175") in events


def test_march_demanding_an_end_to_a_rule(builtin_pipeline: Pipeline) -> None:
    events = event_keys(
        builtin_pipeline,
        "Thousands of Syrians marched in Homs demanding an end to Bashar al-Assad's rule.",
    )
    assert ("SYR", "SYR", "1411") in events
    assert ("SYR", "SYR", "100") not in events


def test_aid_seized_from_its_sender(builtin_pipeline: Pipeline) -> None:
    events = event_keys(
        builtin_pipeline, "Ethiopian soldiers seized food aid sent by the World Food Programme."
    )
    assert ("ETH", "IGO", "1711") in events
    assert ("ETH", "IGO", "192") not in events


# -- subcodes ------------------------------------------------------------------------------------
def test_cruise_missiles_as_the_subject(builtin_pipeline: Pipeline) -> None:
    events = event_keys(builtin_pipeline, "US cruise missiles struck targets in Yemen.")
    assert ("USA", "YEM", "195") in events


def test_accused_of_an_act_of_aggression(builtin_pipeline: Pipeline) -> None:
    events = event_keys(
        builtin_pipeline, "Britain accused Russia of an act of aggression against Georgia."
    )
    assert ("GBR", "RUS", "1123") in events


def test_accused_of_massacring(builtin_pipeline: Pipeline) -> None:
    events = event_keys(
        builtin_pipeline, "Kyiv accused Russian soldiers of massacring civilians in Irpin."
    )
    assert ("UKR", "RUS", "1124") in events


def test_car_bomb_attack_on_an_embassy(builtin_pipeline: Pipeline) -> None:
    events = event_keys(
        builtin_pipeline,
        "Al Shabaab militants attacked the Turkish embassy in Mogadishu with a car bomb.",
    )
    assert ("SOM", "TUR", "1832") in events
    assert not any(c.startswith("14") for _, _, c in events)


def test_armed_attack_on_a_consulate_is_no_riot(builtin_pipeline: Pipeline) -> None:
    events = event_roots(
        builtin_pipeline, "Taliban fighters attacked the Indian consulate in Jalalabad."
    )
    assert ("AFG", "IND", "19") in events
    assert ("AFG", "IND", "14") not in events


def test_leader_killed_in_a_gun_battle(builtin_pipeline: Pipeline) -> None:
    # a killing in combat, no assassination (186)
    events = event_keys(
        builtin_pipeline,
        "Russian troops killed Chechen rebel leader Aslan Maskhadov in a gun battle in a "
        "village near Grozny.",
    )
    assert ("RUS", "RUS", "193") in events
    assert ("RUS", "RUS", "186") not in events


# -- actors of the clause -------------------------------------------------------------------------
def test_move_condemned_by_a_third_party(builtin_pipeline: Pipeline) -> None:
    events = event_keys(
        builtin_pipeline,
        "Serbia recalled its ambassador from Montenegro on Friday, in a move condemned by the "
        "European Union.",
    )
    assert ("IGO", "SRB", "111") in events
    assert ("SRB", "MNE", "161") in events


def test_bomber_from_a_named_group(builtin_pipeline: Pipeline) -> None:
    events = codes(
        builtin_pipeline, "A suicide bomber from Boko Haram killed 20 Nigerian soldiers."
    )
    assert any(s.startswith("NGAREB") and c == "1831" for s, _, c in events)
    assert not any(s.startswith("---") for s, _, _ in events)


def test_tear_gas_at_crowds_protesting(builtin_pipeline: Pipeline) -> None:
    events = event_keys(
        builtin_pipeline,
        "Kenyan police fired tear gas at crowds protesting against the election results.",
    )
    assert ("KEN", "KEN", "175") in events


def test_finance_industries_fund_no_one(builtin_pipeline: Pipeline) -> None:
    events = event_keys(
        builtin_pipeline,
        "The United States imposed sanctions on Iran's energy and finance industries over its "
        "role in Syria.",
    )
    assert ("USA", "IRN", "163") in events
    assert not any(c.startswith("07") for _, _, c in events)
