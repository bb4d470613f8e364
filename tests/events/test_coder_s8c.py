"""Coder mechanisms of session 8, round 3 (false events found by reading events of the sample
corpus): an act noun whose "take place" is negated did not happen; "will then <verb>" is
announced; a person coded as a group's member and the group are one side; a role noun after
"the <act noun> of" is the patient of the act praised, not its target; a crowd attacking a
state's embassy is not that state's people, nor is an embassy of no named state the sender's
own; a place after "gathered in" is a venue; "with" after an object names the means; an actor
after "against" is not the one supported; an attack in "killed in attacks on" is background.
The sentences are written for these tests."""

from __future__ import annotations

from conftest import LEXICON_TEST_DATE, coded
from entente.pipeline import Pipeline


def codes(pipeline: Pipeline, text: str) -> list[tuple[str, str | None, str]]:
    return coded(pipeline, text, LEXICON_TEST_DATE)


# -- acts said not to have happened --------------------------------------------------------------
def test_visit_that_has_not_taken_place_is_not_coded(builtin_pipeline: Pipeline) -> None:
    text = "A visit by Erdogan to Moscow that was announced last spring has not taken place."
    assert not any(c.startswith("04") for _, _, c in codes(builtin_pipeline, text))


def test_planned_meeting_that_never_took_place_is_not_coded(builtin_pipeline: Pipeline) -> None:
    text = "The planned meeting between Putin and Erdogan never took place."
    assert not any(c.startswith("04") for _, _, c in codes(builtin_pipeline, text))
    # one that took place is still coded
    text = "The meeting between Putin and Erdogan took place in Ankara."
    assert any(c.startswith("04") for _, _, c in codes(builtin_pipeline, text))


# -- "will then <verb>" ----------------------------------------------------------------------------
def test_will_then_conduct_is_an_intent(builtin_pipeline: Pipeline) -> None:
    for text in (
        "Turkish and Russian troops will then conduct joint patrols in a strip along the frontier.",
        "Iraqi and American soldiers will also conduct joint patrols in Mosul.",
    ):
        found = codes(builtin_pipeline, text)
        assert found
        assert all(c.startswith("03") for _, _, c in found)


# -- a member and his group ----------------------------------------------------------------------
def test_group_leader_and_group_are_one_side(builtin_pipeline: Pipeline) -> None:
    text = "Meshaal told reporters that Hamas was ready to pay any price for unity."
    found = codes(builtin_pipeline, text)
    assert not any(s == t for s, t, _ in found)


# -- the patient of a praised act ----------------------------------------------------------------
def test_praised_downing_of_jet_has_no_military_target(builtin_pipeline: Pipeline) -> None:
    found = codes(builtin_pipeline, "Hezbollah praised the downing of the jet")
    assert not any(t is not None and t.endswith("MIL") for _, t, _ in found)


def test_praised_killing_of_soldiers_is_not_aimed_at_them(builtin_pipeline: Pipeline) -> None:
    found = codes(builtin_pipeline, "Hamas praised the killing of the soldiers")
    assert not any(t == "PSEMIL" for _, t, _ in found)


# -- crowds at an embassy ------------------------------------------------------------------------
def test_crowd_ransacking_embassy_is_not_its_states_people(builtin_pipeline: Pipeline) -> None:
    found = codes(builtin_pipeline, "Crowds ransacked the Saudi embassy.")
    assert not any(s.startswith("SAU") for s, _, _ in found)


def test_embassy_reinforced_is_not_the_senders_government(builtin_pipeline: Pipeline) -> None:
    text = "The Pentagon said it was sending more Marines to guard the embassy."
    assert not any(t == "USAGOV" for _, t, _ in codes(builtin_pipeline, text))


# -- venues, means and opponents -----------------------------------------------------------------
def test_place_after_gathered_in_is_a_venue(builtin_pipeline: Pipeline) -> None:
    text = "Macron called on the leaders of African countries gathered in Dakar to fight terror."
    assert not any(t == "SEN" for _, t, _ in codes(builtin_pipeline, text))


def test_role_noun_after_means_with_is_no_target(builtin_pipeline: Pipeline) -> None:
    text = "France backed the operation with airstrikes and advisers."
    assert not any(t == "FRAMIL" or t == "FRAGOV" for _, t, _ in codes(builtin_pipeline, text))


def test_actor_after_support_against_is_no_target(builtin_pipeline: Pipeline) -> None:
    text = "Tehran has long armed the militias it supports against Israel."
    assert not any(t == "ISR" and c.startswith("05") for _, t, c in codes(builtin_pipeline, text))


def test_attack_that_killed_the_victims_is_background(builtin_pipeline: Pipeline) -> None:
    text = "Iran to compensate families of Lebanese killed in attacks on Israelis"
    assert not any(c.startswith("19") for _, _, c in codes(builtin_pipeline, text))
