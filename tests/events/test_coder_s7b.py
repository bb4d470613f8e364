"""Coder mechanisms of session 7, second round: a state's troops serving in an organisation's
force act for their state ("Nigerian troops of the ECOMOG force"); the noun of an earlier act
given as the reason of the clause's act ("in retaliation for X's visit to Y") is background; an
order to one's own forces is no event between actors; a participle labelling what the same
source just acted on (", calling it a betrayal") restates that act; "days of fighting" and
"after heavy fighting" name the fighting, not a new fight; ", the first Israeli strike on …"
after a strike names it again; and adjectives named by a dictionary
pattern ("first", "official") still modify nouns. The sentences are written for
these tests."""

from __future__ import annotations

import datetime as dt

from conftest import coded
from entente.events.units import _units
from entente.pipeline import Pipeline
from entente.text.tokenize import tokenize


def codes(pipeline: Pipeline, text: str, date: dt.date = dt.date(2023, 3, 1)) -> set[tuple]:
    """(source, target, CAMEO code) of each event coded in ``text``."""
    return set(coded(pipeline, text, date))


# -- "<state's troops> of <organisation's force>": the state acts ------------------------------
def test_troops_of_an_organisations_force_act_for_their_state(builtin_pipeline: Pipeline) -> None:
    found = codes(
        builtin_pipeline,
        "Ghanaian troops of the ECOMOG force guarded the port of Monrovia on Tuesday.",
        dt.date(1996, 5, 1),
    )
    assert ("GHAMIL", "LBRGOV", "074") in found
    assert not any(source.startswith("IGO") for source, _, _ in found)


def test_a_delegation_of_an_organisation_is_the_organisation(builtin_pipeline: Pipeline) -> None:
    # no state's mention before "of": the organisation stays the subject
    found = codes(builtin_pipeline, "A delegation of the European Union visited Iran on Monday.")
    assert ("IGOEUREEC", "IRN", "042") in found


# -- "in retaliation for X's visit to Y": the reason is no event of its own ---------------------
def test_visit_given_as_a_reason_is_not_coded(builtin_pipeline: Pipeline) -> None:
    found = codes(
        builtin_pipeline,
        "Beijing halted cooperation with Prague on trade and culture in retaliation for the "
        "Czech Senate leader's visit to Taiwan.",
    )
    assert ("CHNGOV", "CZEGOV", "160") in found
    assert not any(code.startswith("04") for _, _, code in found)


def test_visit_after_after_is_still_coded(builtin_pipeline: Pipeline) -> None:
    # "after" only dates the act: the visit stays an event
    found = codes(
        builtin_pipeline,
        "China staged drills after Speaker Nancy Pelosi's visit to Taiwan.",
        dt.date(2022, 8, 5),
    )
    assert ("USALEG", "TWN", "042") in found


# -- an order to one's own forces is no event between actors ---------------------------------
def test_order_to_own_troops_is_no_demand(builtin_pipeline: Pipeline) -> None:
    found = codes(
        builtin_pipeline,
        "President Vladimir Putin ordered Russian troops to restore order in the region.",
        dt.date(2010, 1, 1),
    )
    assert not any(code.startswith("10") for _, _, code in found)


def test_order_to_another_states_troops_stays(builtin_pipeline: Pipeline) -> None:
    found = codes(
        builtin_pipeline,
        "President Bush ordered Iraqi troops to leave Kuwait.",
        dt.date(1991, 1, 10),
    )
    assert ("USAGOV", "IRQMIL", "166") in found


def test_demand_to_forces_of_the_same_country_stays(builtin_pipeline: Pipeline) -> None:
    # a demand is no command: "demanded that the Azerbaijani forces lay down their arms" stays
    found = codes(
        builtin_pipeline,
        "Azerbaijan demanded that the Azerbaijani forces lay down their arms.",
    )
    assert any(code.startswith("10") for _, _, code in found)


# -- ", calling it …" after an act on the same thing: one statement ----------------------------
def test_calling_it_restates_a_condemnation(builtin_pipeline: Pipeline) -> None:
    found = codes(
        builtin_pipeline,
        "Cuba criticised the European Union for extending its sanctions, calling it an act of "
        "hostility.",
    )
    assert found == {("CUB", "IGOEUREEC", "111")}


def test_calling_it_restates_a_condemnation_of_another(builtin_pipeline: Pipeline) -> None:
    found = codes(
        builtin_pipeline,
        "Israel condemned Norway on Sunday for recognising a Palestinian state, calling it a "
        "reward for terrorism.",
    )
    assert found == {("ISR", "NOR", "111")}


def test_calling_a_named_thing_stays_a_comment(builtin_pipeline: Pipeline) -> None:
    # the label names another actor's act, not a pronoun for the one just named (a scathing
    # label is disapproval, 111, since session 9; a neutral one stays 010)
    found = codes(
        builtin_pipeline,
        "Russia denied any role in the attack, calling the British accusations absurd.",
    )
    assert ("RUS", "GBR", "111") in found


# -- "in two days of fighting in X": a noun, not the verb "fight X" ------------------------------
def test_days_of_fighting_is_no_second_fight(builtin_pipeline: Pipeline) -> None:
    found = codes(
        builtin_pipeline,
        "Government troops routed the rebels in two days of fighting in Mogadishu.",
        dt.date(2007, 1, 1),
    )
    assert ("SOM", "SOMREB", "190") not in found
    assert ("---REB", "SOM", "190") not in found


def test_fighting_with_an_object_stays_a_fight(builtin_pipeline: Pipeline) -> None:
    found = codes(
        builtin_pipeline,
        "Kurdish fighters have been fighting Islamic State militants in Kobani for weeks.",
        dt.date(2015, 1, 1),
    )
    assert ("SYRUAFKUR", "IMGMUSISI", "190") in found


# -- ", the heaviest Turkish raid on …": the act just told, named again ------------------------
def test_appositive_names_the_strike_just_told(builtin_pipeline: Pipeline) -> None:
    found = codes(
        builtin_pipeline,
        "Israeli jets bombed targets in Gaza on Monday, the first Israeli air strike on the Gaza "
        "Strip since the truce.",
        dt.date(2012, 6, 1),
    )
    assert found == {("ISRMIL", "PSE", "195")}


def test_an_earlier_attack_by_the_other_side_stays(builtin_pipeline: Pipeline) -> None:
    found = codes(
        builtin_pipeline,
        "Israeli jets struck Syrian positions on Monday, a day after a Syrian attack on Israel.",
        dt.date(2012, 6, 1),
    )
    assert ("SYR", "ISR", "190") in found


def test_an_appositive_visit_after_talks_stays(builtin_pipeline: Pipeline) -> None:
    # talks and a visit are two acts, even of one root
    found = codes(
        builtin_pipeline,
        "Greek Prime Minister Kyriakos Mitsotakis held talks with Turkish President Recep Tayyip "
        "Erdogan in Ankara on Thursday, the first visit by a Greek leader to Turkey in four years.",
        dt.date(2023, 12, 7),
    )
    assert ("GRCGOV", "TUR", "042") in found


# -- adjectives named by a pattern still modify nouns ------------------------------------------
def test_pattern_adjectives_stay_modifiers() -> None:
    text = "the first official visit"
    units = _units(tokenize(text, 0), [], frozenset({"first", "official", "visit"}))
    modifiers = {u.norm: u.modifier for u in units}
    assert modifiers["first"] and modifiers["official"]
    assert not modifiers["visit"]  # a pattern's noun or verb is never a modifier


def test_pattern_adjective_in_a_user_dictionary_changes_no_compound(tmp_path) -> None:
    # a dictionary naming "first" must not change how "the first X and Y" is read elsewhere
    (tmp_path / "extra.yaml").write_text(
        '- cameo: "054"\n  patterns:\n    - "$ <become> the first .. to <recognise> +"\n',
        "utf-8",
    )
    from entente.api import build_pipeline

    text = "The first Israeli and Egyptian delegations met in Cairo."
    plain = codes(Pipeline.from_names(), text)
    extra = codes(build_pipeline([tmp_path]), text)
    assert plain == extra
