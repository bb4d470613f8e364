"""Recall mechanisms of session 5 (miss-cause analysis of the wire2-5 development sets): a
passive coordinated after an arrival takes the traveller as its patient, and a warning in a
participle clause after an appeal or a demand is the speaker's threat to the one appealed to.
The sentences are written for these tests."""

from __future__ import annotations

import datetime as dt

from conftest import coded
from entente.pipeline import Pipeline


def roots(pipeline: Pipeline, text: str, date: dt.date = dt.date(2012, 6, 1)) -> set[tuple]:
    """(source country, target country, CAMEO root) of each event coded in ``text``."""
    return {(s[:3], t[:3] if t else None, c[:2]) for s, t, c in coded(pipeline, text, date)}


def codes(pipeline: Pipeline, text: str, date: dt.date = dt.date(2012, 6, 1)) -> set[tuple]:
    """(source, target, CAMEO code) of each event coded in ``text``."""
    return set(coded(pipeline, text, date))


# -- "arrived in X, …, and was greeted by Y": the traveller is greeted, not X ---------------------
def test_coordinated_passive_takes_the_subject_of_the_arrival(builtin_pipeline: Pipeline) -> None:
    found = roots(
        builtin_pipeline,
        "Indian Prime Minister Narendra Modi arrived in Kabul on Friday, becoming the first "
        "Indian leader to visit Afghanistan in a decade, and was greeted at the airport by "
        "President Ashraf Ghani.",
    )
    assert ("AFG", "IND", "04") in found
    assert ("AFG", "AFG", "04") not in found


def test_coordinated_passive_after_a_plain_arrival(builtin_pipeline: Pipeline) -> None:
    found = roots(
        builtin_pipeline,
        "Japanese Prime Minister Shinzo Abe arrived in Hanoi on Monday and was received by "
        "Vietnamese President Tran Dai Quang at the presidential palace.",
    )
    assert ("VNM", "JPN", "04") in found
    assert ("VNM", "VNM", "04") not in found


def test_passive_with_its_own_subject_keeps_it(builtin_pipeline: Pipeline) -> None:
    # the second clause has a subject of its own: no sharing
    found = roots(
        builtin_pipeline,
        "Indian Prime Minister Narendra Modi arrived in Kabul on Friday, and Afghan President "
        "Ashraf Ghani was praised by Pakistan.",
    )
    assert ("PAK", "AFG", "05") in found
    assert ("PAK", "IND", "05") not in found


# -- "called on X to …, warning that …": the speaker's threat to X -------------------------------
def test_warning_after_an_appeal_is_a_threat_to_the_addressee(builtin_pipeline: Pipeline) -> None:
    found = roots(
        builtin_pipeline,
        "Turkish President Recep Tayyip Erdogan called on Greece on Tuesday to halt its naval "
        "exercises in the Aegean, warning that Ankara would defend its rights by force.",
    )
    assert ("TUR", "GRC", "02") in found
    assert ("TUR", "GRC", "13") in found
    assert ("TUR", "TUR", "13") not in found


def test_warning_after_a_demand_is_a_threat_to_the_addressee(builtin_pipeline: Pipeline) -> None:
    found = roots(
        builtin_pipeline,
        "Iran demanded on Sunday that Britain release the seized tanker, warning of serious "
        "consequences if London failed to comply.",
    )
    assert ("IRN", "GBR", "10") in found
    assert ("IRN", "GBR", "13") in found


def test_content_of_an_appeal_is_still_not_coded(builtin_pipeline: Pipeline) -> None:
    # the infinitive is what is asked for, not a threat made
    found = roots(
        builtin_pipeline,
        "Turkish President Recep Tayyip Erdogan called on Greece on Tuesday to stop threatening "
        "Cyprus.",
    )
    assert ("TUR", "GRC", "02") in found
    assert not any(key[2] == "13" for key in found)


# -- "Russia's Gazprom and China's CNPC signed": the owners are the compound subject ---------------
def test_possessed_names_in_a_compound_subject(builtin_pipeline: Pipeline) -> None:
    found = roots(
        builtin_pipeline,
        "Russia's Rosatom and India's NPCIL signed a nuclear cooperation agreement on Monday.",
    )
    assert ("RUS", "IND", "05") in found
    assert ("IND", "RUS", "05") in found


def test_possessed_name_outside_a_compound_is_not_joined(builtin_pipeline: Pipeline) -> None:
    # no "and" after the possessed noun: only the actor nearest the verb is the subject
    found = roots(
        builtin_pipeline,
        "After Russia's veto, India signed a contract with France on Monday.",
    )
    assert ("IND", "FRA", "05") in found
    assert not any(key[0] == "RUS" for key in found)


# -- "declined to comment on a report that Tokyo had …": the report is about the other party -------
def test_comment_on_report_about_the_source_targets_the_other_party(
    builtin_pipeline: Pipeline,
) -> None:
    found = roots(
        builtin_pipeline,
        "The French foreign ministry declined to comment on Tuesday on a press report that "
        "Paris had held secret talks with Iranian officials in Oman.",
    )
    assert ("FRA", "IRN", "01") in found
    assert ("FRA", "FRA", "01") not in found
    # the reported talks are a claim, not a fact
    assert not any(key[2] == "04" for key in found)


def test_report_about_another_actor_keeps_that_actor(builtin_pipeline: Pipeline) -> None:
    found = roots(
        builtin_pipeline,
        "The French foreign ministry declined to comment on Tuesday on a press report that "
        "Germany had held secret talks with Iranian officials in Oman.",
    )
    assert ("FRA", "FRA", "01") not in found
    assert not any(key[0] == "FRA" and key[1] == "IRN" for key in found)


# -- "will ride … and hold talks with Y": the second verb shares the "will" -
def test_coordinated_verb_shares_the_future_of_a_verb_outside_the_dictionary(
    builtin_pipeline: Pipeline,
) -> None:
    found = codes(
        builtin_pipeline,
        "Greek Prime Minister Alexis Tsipras will open a new border crossing near Florina next "
        "week and hold talks there with Macedonian Prime Minister Zoran Zaev.",
    )
    assert any(s[:3] == "GRC" and t[:3] == "MKD" and c == "036" for s, t, c in found)
    assert not any(c.startswith("04") for _, _, c in found)


def test_coordinated_verb_in_the_past_stays_a_fact(builtin_pipeline: Pipeline) -> None:
    found = codes(
        builtin_pipeline,
        "Greek Prime Minister Alexis Tsipras opened a new border crossing near Florina on "
        "Monday and held talks there with Macedonian Prime Minister Zoran Zaev.",
    )
    assert any(s[:3] == "GRC" and t[:3] == "MKD" and c.startswith("04") for s, t, c in found)
    assert not any(c == "036" for _, _, c in found)


# -- ", killing …" after a clause whose subject is no actor -
def test_casualty_clause_after_a_bomb_is_not_the_place_s_act(builtin_pipeline: Pipeline) -> None:
    found = roots(
        builtin_pipeline,
        "A truck bomb exploded near a police checkpoint in the Iraqi city of Kirkuk on Monday, "
        "killing six policemen.",
    )
    assert not any(key[2] == "19" for key in found)


def test_casualty_clause_after_a_disaster_and_a_participle(builtin_pipeline: Pipeline) -> None:
    found = roots(
        builtin_pipeline,
        "A powerful earthquake struck eastern Turkey on Monday, flattening villages near Van "
        "and killing more than 100 people.",
    )
    assert not any(key[2] in ("18", "19", "20") for key in found)


def test_casualty_clause_after_an_actor_s_attack_is_still_its_act(
    builtin_pipeline: Pipeline,
) -> None:
    found = roots(
        builtin_pipeline,
        "Taliban fighters attacked an Afghan army base in Kandahar on Monday, killing six "
        "soldiers.",
    )
    assert ("AFG", "AFG", "19") in found


# -- "telephoned X to offer condolences": said in the call, to the one called ----------------------
def test_purpose_of_a_telephone_call_is_said_to_the_one_called(builtin_pipeline: Pipeline) -> None:
    found = roots(
        builtin_pipeline,
        "Japanese Prime Minister Fumio Kishida telephoned Moroccan King Mohammed VI on Saturday "
        "to offer his condolences over the earthquake that killed thousands of people in the "
        "Atlas mountains.",
    )
    assert ("JPN", "MAR", "04") in found
    assert ("JPN", "MAR", "01") in found


def test_condolences_after_a_trip_are_not_a_call_s_purpose(builtin_pipeline: Pipeline) -> None:
    # without a call before it the infinitive stays a bare purpose: not coded
    found = roots(
        builtin_pipeline,
        "Japanese Prime Minister Fumio Kishida flew to Rabat on Saturday to offer his "
        "condolences over the earthquake.",
    )
    assert not any(key[2] == "01" for key in found)


# -- "A and his B counterpart C": a compound subject -
def test_compound_subject_with_a_possessive_counterpart(builtin_pipeline: Pipeline) -> None:
    found = roots(
        builtin_pipeline,
        "Indian Prime Minister Narendra Modi and his Japanese counterpart Shinzo Abe signed a "
        "civil nuclear agreement in Tokyo on Friday.",
    )
    assert ("IND", "JPN", "05") in found
    assert ("JPN", "IND", "05") in found


def test_possessive_object_is_not_joined_to_the_subject(builtin_pipeline: Pipeline) -> None:
    found = roots(
        builtin_pipeline,
        "Indian Prime Minister Narendra Modi met his Japanese counterpart Shinzo Abe in Tokyo "
        "on Friday.",
    )
    assert ("IND", "JPN", "04") in found
    assert ("IND", "IND", "04") not in found


# -- "demanded …, as X pressed its assault on Y": the "as" clause states a fact -------------------
def test_as_clause_after_a_demand_is_a_fact(builtin_pipeline: Pipeline) -> None:
    found = roots(
        builtin_pipeline,
        "Syrian rebel commanders demanded on Thursday that Damascus open negotiations, as "
        "Russian warplanes bombed the city of Idlib.",
    )
    assert any(key[0] == "SYR" and key[2] == "10" for key in found)
    assert ("RUS", "SYR", "19") in found


def test_as_phrase_without_a_subject_is_still_content(builtin_pipeline: Pipeline) -> None:
    # "as" before a noun phrase that is no clause: the bombing stays what is demanded against
    found = roots(
        builtin_pipeline,
        "Syrian rebel commanders demanded on Thursday that Russia stop bombing Idlib as a "
        "gesture of good will.",
    )
    assert not any(key[2] == "19" for key in found)


# -- "arrived in X … and was welcomed by Y": the host's reception, not praise -
def test_welcome_of_a_visitor_is_hosting(builtin_pipeline: Pipeline) -> None:
    found = codes(
        builtin_pipeline,
        "Chinese President Hu Jintao arrived in Canberra on Monday for a four-day state visit "
        "and was welcomed by Australian Prime Minister John Howard.",
    )
    assert any(s[:3] == "AUS" and t[:3] == "CHN" and c == "043" for s, t, c in found)
    assert not any(c.startswith("05") for _, _, c in found)


def test_welcome_of_a_decision_is_still_praise(builtin_pipeline: Pipeline) -> None:
    found = codes(
        builtin_pipeline,
        "Australian Prime Minister John Howard welcomed China's decision to lift the ban.",
    )
    assert any(c.startswith("05") for _, _, c in found)
    assert not any(c == "043" for _, _, c in found)


# -- "to stop them from seizing Aden", "to head off an invasion": prevented acts -
def test_act_a_strike_is_meant_to_prevent_is_not_coded(builtin_pipeline: Pipeline) -> None:
    found = roots(
        builtin_pipeline,
        "Turkish jets bombed Kurdish militia positions in northern Syria on Monday to stop them "
        "from seizing the town of Manbij.",
    )
    # the bombing is Turkey's; the seizure it is meant to stop has not happened
    assert all(key[0] == "TUR" for key in found if key[2] == "19")


def test_invasion_a_call_is_meant_to_head_off_is_not_coded(builtin_pipeline: Pipeline) -> None:
    found = roots(
        builtin_pipeline,
        "German Chancellor Olaf Scholz telephoned Russian President Vladimir Putin on Sunday in "
        "an attempt to head off a Russian invasion of Ukraine.",
    )
    assert ("DEU", "RUS", "04") in found
    assert ("RUS", "UKR", "19") not in found


def test_invasion_that_happened_is_still_coded(builtin_pipeline: Pipeline) -> None:
    found = roots(builtin_pipeline, "Russia's invasion of Ukraine began on February 24.")
    assert ("RUS", "UKR", "19") in found


# -- "four partly occupied regions": an adverb and a participle before a noun are modifiers ------
def test_participle_after_an_adverb_is_an_adjective(builtin_pipeline: Pipeline) -> None:
    found = roots(
        builtin_pipeline,
        "Russia held referendums in four partly occupied Ukrainian regions on Friday.",
    )
    assert ("RUS", "UKR", "19") not in found
    found = roots(
        builtin_pipeline, "Turkey sent aid to the recently captured Syrian town of Afrin."
    )
    assert ("TUR", "SYR", "07") in found
    assert ("TUR", "SYR", "19") not in found


# -- "Leopard 2 battle tanks", "the 2010 raid": a verb form after a number is a noun ------------
def test_verb_form_after_a_number_is_a_noun(builtin_pipeline: Pipeline) -> None:
    found = roots(
        builtin_pipeline,
        "Warsaw agreed to supply Leopard 2 battle tanks following weeks of pressure from Kyiv "
        "and its allies.",
    )
    assert not any(key[2] == "19" for key in found)
