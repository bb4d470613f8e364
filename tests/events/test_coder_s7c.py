"""Coder mechanisms of session 7, third round: targets that sit in another clause. A
disapproval, rejection or threat whose object names an earlier act of the sentence again ("the
move", "the decision") is aimed at that act's source; the actor of a consequence clause may
follow an article (", prompting the British government to summon …"): the act is a fact, aimed
at the source of the act that prompted it when it names no target. The sentences are written
for these tests."""

from __future__ import annotations

import datetime as dt

from conftest import coded
from entente.pipeline import Pipeline


def codes(pipeline: Pipeline, text: str, date: dt.date = dt.date(2023, 3, 1)) -> set[tuple]:
    """(source, target, CAMEO code) of each event coded in ``text``."""
    return set(coded(pipeline, text, date))


# -- "…, and Y denounced the move": aimed at the source of the earlier act ----------------------
def test_condemning_the_move_targets_the_earlier_actor(builtin_pipeline: Pipeline) -> None:
    found = codes(
        builtin_pipeline,
        "Sudan closed its border with Chad on Monday, and Chadian President Idriss Deby "
        "condemned the move as an act of aggression.",
    )
    assert ("TCDGOV", "SDN", "111") in found
    assert ("SDN", "TCD", "163") in found


def test_rejecting_the_decision_targets_the_earlier_actor(builtin_pipeline: Pipeline) -> None:
    found = codes(
        builtin_pipeline,
        "Greece expelled two Turkish diplomats, and the Turkish government rejected the decision.",
    )
    assert ("TURGOV", "GRC", "120") in found


def test_denouncing_the_move_after_a_seizure(builtin_pipeline: Pipeline) -> None:
    found = codes(
        builtin_pipeline, "Venezuela seized a Guyanese fishing boat, and Guyana denounced the move."
    )
    assert ("GUY", "VEN", "111") in found


def test_the_move_without_an_earlier_act_has_no_target(builtin_pipeline: Pipeline) -> None:
    assert codes(builtin_pipeline, "Kenya condemned the move on Monday.") == set()


def test_the_move_named_with_its_own_actor_is_unchanged(builtin_pipeline: Pipeline) -> None:
    # the object names its actor: the ordinary target, not the earlier act's source
    found = codes(
        builtin_pipeline,
        "Sudan closed its border with Chad, and Egypt condemned the move by Ethiopia.",
    )
    assert not any(s == "EGY" and t == "SDN" for s, t, _ in found)


# -- ", prompting the <actor> to <act>": a consequence with an article before its actor ---------
def test_consequence_with_an_article_is_a_fact(builtin_pipeline: Pipeline) -> None:
    found = codes(
        builtin_pipeline,
        "Iran seized a British tanker in the Gulf, prompting the British government to summon "
        "the Iranian ambassador.",
    )
    assert ("GBRGOV", "IRNGOV", "114") in found


def test_consequence_with_an_article_targets_the_prompting_actor(
    builtin_pipeline: Pipeline,
) -> None:
    found = codes(
        builtin_pipeline,
        "Azerbaijan shelled Armenian positions on Monday, prompting the Armenian government to "
        "suspend talks.",
    )
    assert ("ARMGOV", "AZE", "164") in found


def test_an_infinitive_after_an_article_without_an_opener_is_no_fact(
    builtin_pipeline: Pipeline,
) -> None:
    # "urged the Armenian government to suspend talks": a demand, not a suspension
    found = codes(
        builtin_pipeline,
        "Azerbaijan urged the Armenian government to suspend talks with Turkey.",
    )
    assert not any(code.startswith("16") for _, _, code in found)
