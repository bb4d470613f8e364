"""Coder mechanisms of session 7 (classified misses and extras of the wire development sets):
the infinitive after "the first <actor> to" is an act done, not an intention; a resignation
after popular protests accedes to the leader's own people (0831); a participle clause telling
what an attack hit in the country it hit is that attack, not a second one, and so is the noun
of an attack that is the subject of a violent verb ("a strike at X killed Y"); protesters at a
state's post abroad are of the land it stands in, and "its embassy in <capital>" is another
state's. The sentences are written for these tests."""

from __future__ import annotations

import datetime as dt

from conftest import coded
from entente.pipeline import Pipeline


def codes(pipeline: Pipeline, text: str, date: dt.date = dt.date(2012, 6, 1)) -> set[tuple]:
    """(source, target, CAMEO code) of each event coded in ``text``."""
    return set(coded(pipeline, text, date))


# -- "became the first country to recognise X": the infinitive is a fact --------------------------
def test_first_country_to_recognise_is_a_recognition(builtin_pipeline: Pipeline) -> None:
    found = codes(builtin_pipeline, "Norway became the first country to recognise Palestine.")
    assert found == {("NOR", "PSE", "054")}


def test_first_actor_to_visit_in_an_appositive(builtin_pipeline: Pipeline) -> None:
    # the appositive's own actor is known: it made the visit
    found = codes(
        builtin_pipeline,
        "Obama laid a wreath on Friday, the first sitting U.S. president to visit Japan's "
        "Hiroshima.",
    )
    assert ("USAGOV", "JPN", "042") in found


def test_next_country_to_recognise_is_no_fact(builtin_pipeline: Pipeline) -> None:
    # "the next …" is still to come: no recognition
    found = codes(builtin_pipeline, "Malta will be the next country to recognise Palestine.")
    assert not any(code.startswith("05") for _, _, code in found)


def test_last_chance_to_recognise_is_no_fact(builtin_pipeline: Pipeline) -> None:
    # the noun before "to" names no actor: the infinitive stays an intention
    found = codes(builtin_pipeline, "It was the last chance to recognise Palestine.")
    assert found == set()


# -- a resignation after popular protests accedes to the leader's people (0831) -----------------
def test_resignation_after_protests_is_done_to_the_people(builtin_pipeline: Pipeline) -> None:
    found = codes(
        builtin_pipeline,
        "Bolivian President Carlos Mesa resigned on Monday after three weeks of violent protests.",
    )
    assert found == {("BOLGOV", "BOLCVL", "0831")}


def test_resignation_amid_student_demonstrations(builtin_pipeline: Pipeline) -> None:
    # a role noun of no country ("student") may stand between the opener and the noun
    found = codes(
        builtin_pipeline,
        "The Malian prime minister stepped down on Friday amid mass student demonstrations.",
    )
    assert ("MLIGOV", "MLICVL", "0831") in found


def test_resignation_for_other_reasons_has_no_target(builtin_pipeline: Pipeline) -> None:
    found = codes(
        builtin_pipeline, "Bolivian President Carlos Mesa resigned on Monday for health reasons."
    )
    assert found == {("BOLGOV", None, "0831")}


def test_concession_with_its_recipient_is_not_coded_twice(builtin_pipeline: Pipeline) -> None:
    # the concession to the protesters is coded with them: no second one to the people
    found = codes(
        builtin_pipeline,
        "Kyrgyz President Askar Akayev resigned, bowing to demands from opposition protesters.",
    )
    assert found == {("KGZGOV", "KGZOPP", "080")}


# -- ", hitting …" after an attack on the same country: one attack ------------------------------
def test_harm_clause_in_the_country_attacked_is_the_attack(builtin_pipeline: Pipeline) -> None:
    found = codes(
        builtin_pipeline,
        "Syrian gunboats shelled Haifa on Sunday, hitting two Israeli fishing boats.",
    )
    assert found == {("SYRMIL", "ISR", "194")}


def test_harm_clause_of_another_country_is_an_act(builtin_pipeline: Pipeline) -> None:
    found = codes(
        builtin_pipeline, "Syrian gunboats shelled Haifa on Sunday, killing two Egyptian sailors."
    )
    assert ("SYRMIL", "EGYMIL", "190") in found


def test_clause_of_another_act_is_an_act(builtin_pipeline: Pipeline) -> None:
    # seizing is not the harm of the shelling: an act of its own
    found = codes(
        builtin_pipeline,
        "Syrian gunboats shelled Haifa on Sunday, seizing two Israeli fishing boats.",
    )
    # session 10: a state's forces seizing boats confiscate property (1711), as the development
    # gold codes "Indonesian soldiers seized a fishing boat" (hijacking, 181, is for pirates)
    assert ("SYRMIL", "ISR", "1711") in found


def test_harm_clause_naming_a_person_is_an_act(builtin_pipeline: Pipeline) -> None:
    found = codes(
        builtin_pipeline,
        "Syrian gunboats shelled Haifa on Sunday, killing Israeli Defence Minister Moshe Arens.",
    )
    assert ("SYRMIL", "ISRGOV", "186") in found


# -- protesters at a state's post abroad are of the land it stands in ---------------------------
def test_protest_at_a_consulate_abroad_is_by_the_land_it_stands_in(
    builtin_pipeline: Pipeline,
) -> None:
    found = codes(
        builtin_pipeline, "Demonstrators rallied outside the Chinese consulate in Toronto."
    )
    assert found == {("CANOPP", "CHNGOV", "141")}


def test_embassy_compound_stormed_in_a_capital(builtin_pipeline: Pipeline) -> None:
    found = codes(builtin_pipeline, "Protesters stormed the French embassy compound in Bamako.")
    assert found == {("MLIOPP", "FRAGOV", "145")}


def test_protest_against_own_government_keeps_its_country(builtin_pipeline: Pipeline) -> None:
    found = codes(builtin_pipeline, "Protesters rallied in Paris against the government.")
    assert found == {("FRAOPP", "FRAGOV", "141")}


# -- "a US strike at X killed Y": the noun of the attack is the subject, one attack --------------
def test_strike_noun_as_subject_of_killed_is_one_attack(builtin_pipeline: Pipeline) -> None:
    found = codes(
        builtin_pipeline,
        "An Israeli air strike on a house in Gaza City on Sunday killed three Hamas militants.",
    )
    assert found == {("ISR", "PSEREBHMS", "190")}


def test_strike_place_is_not_a_second_target(builtin_pipeline: Pipeline) -> None:
    found = codes(
        builtin_pipeline,
        "A U.S. drone strike at Kabul airport on Friday killed an Iranian general.",
    )
    assert not any(target and target.startswith("AFG") for _, target, _ in found)


def test_attack_noun_of_another_kind_is_an_act(builtin_pipeline: Pipeline) -> None:
    # a chemical attack (20) is not what "killed" (19) tells
    found = codes(builtin_pipeline, "A Syrian chemical attack on Douma killed dozens of civilians.")
    assert any(code.startswith("20") for _, _, code in found)


def test_past_verb_before_killed_is_no_noun(builtin_pipeline: Pipeline) -> None:
    found = codes(builtin_pipeline, "Israeli jets struck Gaza and killed three Hamas militants.")
    assert ("ISRMIL", "PSE", "195") in found


# -- "its embassy in Damascus": the embassy of a state other than the host ----------------------
def test_its_embassy_in_a_capital_belongs_to_the_other_state(builtin_pipeline: Pipeline) -> None:
    found = codes(
        builtin_pipeline,
        "Denmark recalled its ambassador from Syria on Monday after protesters stormed its "
        "embassy in Damascus.",
    )
    assert found == {("DNK", "SYR", "161"), ("SYROPP", "DNK", "145")}


def test_own_embassy_closed_acts_toward_the_host(builtin_pipeline: Pipeline) -> None:
    # "its" is the subject's own: the act is toward the country the embassy stands in
    found = codes(builtin_pipeline, "Britain closed its embassy in Tehran on Monday.")
    assert found == {("GBR", "IRN", "161")}
