"""Source and target attachment round of session 11: which mention fills a role. An attack noun
followed by "claimed by X" is no verb whose object is X; an appositive verdict ("a move X
condemned as") judges the doer of the act told before it, not its victims; an investigation
into an act on persons "under" an agent is aimed at the agent; a speaker inside a relative
clause ("a strike that officials said had killed") is not the subject of its verb; a verb after
"and" shares the subject of the verb before it, not that verb's object; a truce of two opposing
sides over a place is between them; a show of force "aimed at" X targets X, not the place. The
sentences are written for these tests."""

from __future__ import annotations

from conftest import event_keys, event_roots
from entente.pipeline import Pipeline


# -- a reduced passive after an attack noun -------------------------------------------------------
def test_attacks_claimed_by_a_group_do_not_target_it(builtin_pipeline: Pipeline) -> None:
    text = (
        "Drone attacks claimed by Lebanon's Hezbollah movement set fire to an army base "
        "in northern Israel."
    )
    found = event_roots(builtin_pipeline, text)
    assert not any(t == "LBN" for _, t, _ in found)


# -- an appositive verdict judges the doer ------------------------------------------------------
def test_a_move_condemned_judges_the_doer_not_the_victims(builtin_pipeline: Pipeline) -> None:
    text = (
        "Israel deported dozens of Eritrean migrants to Uganda on Tuesday, "
        "a move the Eritrean government condemned as cruel."
    )
    found = event_roots(builtin_pipeline, text)
    assert ("ERI", "ISR", "11") in found
    assert ("ERI", "ERI", "11") not in found


# -- an investigation is aimed at the agent of the act ------------------------------------------
def test_investigation_into_disappearances_under_a_regime(builtin_pipeline: Pipeline) -> None:
    text = (
        "An Italian prosecutor opened an investigation into the disappearance of Italian "
        "citizens under Chile's military government."
    )
    found = event_roots(builtin_pipeline, text)
    assert ("ITA", "CHL", "09") in found
    assert ("ITA", "ITA", "09") not in found


def test_investigation_into_disappearances_under_a_government(builtin_pipeline: Pipeline) -> None:
    text = (
        "Kenya opened an investigation into the disappearance of Somali refugees "
        "under Ethiopia's military government."
    )
    found = event_keys(builtin_pipeline, text)
    assert any(s == "KEN" and t == "ETH" and c.startswith("09") for s, t, c in found)
    assert not any(t == "SOM" for _, t, _ in found)


# -- a speaker inside a relative clause ----------------------------------------------------------
def test_speaker_in_a_relative_clause_is_not_the_killer(builtin_pipeline: Pipeline) -> None:
    text = (
        "The president condemned an American air strike that Afghan officials said had "
        "killed 30 civilians in Helmand."
    )
    found = event_roots(builtin_pipeline, text)
    assert ("AFG", "AFG", "19") not in found


# -- coordinated verbs share the subject, not the first verb's object ---------------------------
def test_second_verb_after_an_object_shares_the_subject(builtin_pipeline: Pipeline) -> None:
    text = "Egyptian police broke up an Islamic State cell and arrested five Libyans."
    found = event_roots(builtin_pipeline, text)
    assert ("EGY", "LBY", "17") in found
    assert ("IMG", "LBY", "17") not in found


# -- a truce of two opposing sides over a place -------------------------------------------------
def test_truce_of_two_sides_over_a_region_is_between_them(builtin_pipeline: Pipeline) -> None:
    text = "Georgia and Russia declared a ceasefire in the war over South Ossetia on Tuesday."
    found = event_roots(builtin_pipeline, text)
    assert ("GEO", "RUS", "08") in found
    assert ("RUS", "GEO", "08") in found


# -- a show of force "aimed at" an actor -----------------------------------------------------------
def test_show_of_force_aimed_at_an_actor_over_a_place(builtin_pipeline: Pipeline) -> None:
    text = (
        "Russia flew strategic bombers over Belarus in a show of force aimed at Poland on Monday."
    )
    found = event_roots(builtin_pipeline, text)
    assert ("RUS", "POL", "15") in found
    assert ("RUS", "BLR", "15") not in found
