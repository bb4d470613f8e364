"""Session 9 (issue #4, strict scores): the actors of reported military acts, of a fight
between a state's forces and an armed group of its own country, and of a fight or strike on a
role noun named with its place."""

from __future__ import annotations

from conftest import LEXICON_TEST_DATE, coded
from entente.pipeline import Pipeline


def _codes(pipeline: Pipeline, text: str) -> set[tuple[str, str | None, str]]:
    """(source code, target code, CAMEO root) of each event: the full actor codes."""
    return {(s, t, c[:2]) for s, t, c in coded(pipeline, text, LEXICON_TEST_DATE)}


def test_said_its_forces_is_the_forces(builtin_pipeline: Pipeline) -> None:
    # the role noun the speaker owns is the reported act's subject (the speaker's military)
    events = _codes(
        builtin_pipeline, "Armenia said on Tuesday its forces had shot down two Azerbaijani drones."
    )
    assert ("ARMMIL", "AZEMIL", "19") in events
    assert not any(s == "ARM" for s, _, _ in events)


def test_said_their_troops_is_the_troops(builtin_pipeline: Pipeline) -> None:
    events = _codes(
        builtin_pipeline,
        "Heavy clashes went on near the border, and Kyrgyzstan said its troops had recaptured "
        "a village from Tajikistan.",
    )
    assert any(s == "KGZMIL" and c == "19" for s, _, c in events)
    assert not any(s == "KGZ" and c == "19" for s, _, c in events)


def test_state_forces_and_own_rebels_fight_each_other(builtin_pipeline: Pipeline) -> None:
    # "pro-Russian" opens the second member of the compound; the two sides fight each other,
    # not the city they fight over
    events = _codes(
        builtin_pipeline,
        "Ukrainian army units and pro-Russian separatists fought for control of the Luhansk "
        "airport on Sunday.",
    )
    assert ("UKRMIL", "UKRREB", "19") in events
    assert ("UKRREB", "UKRMIL", "19") in events
    assert not any(t == "UKR" for _, t, _ in events)


def test_fought_rebels_near_a_city(builtin_pipeline: Pipeline) -> None:
    # the rebels fought, of the city's country; not the city, and not fighting back
    events = _codes(
        builtin_pipeline,
        "Burundian and Tanzanian troops fought rebels on the northern outskirts of Goma.",
    )
    assert ("BDIMIL", "CODREB", "19") in events
    assert ("TZAMIL", "CODREB", "19") in events
    assert not any(t == "COD" for _, t, _ in events)
    assert not any(s == "CODREB" for s, _, _ in events)


def test_fought_militants_in_the_city_of(builtin_pipeline: Pipeline) -> None:
    events = _codes(
        builtin_pipeline,
        "Nigerian soldiers fought Islamist militants in the northeastern town of Bama.",
    )
    assert ("NGAMIL", "NGAREB", "19") in events


def test_rebel_positions_near_a_city(builtin_pipeline: Pipeline) -> None:
    # a place held by a role noun's side is that side's, of the place's country; a building
    # is no people of the place: the place's country stays the target
    events = _codes(builtin_pipeline, "Russian jets bombed rebel positions near the city of Hama.")
    assert ("RUSMIL", "SYRREB", "19") in events
    assert ("RUSMIL", "SYR", "19") not in events
    events = _codes(builtin_pipeline, "Russian jets bombed a hospital in the city of Hama.")
    assert ("RUSMIL", "SYR", "19") in events


def test_police_posts_in_a_region(builtin_pipeline: Pipeline) -> None:
    events = _codes(builtin_pipeline, "Rebels attacked several police posts in Kidal on Tuesday.")
    assert any(t == "MLICOP" for _, t, _ in events)
