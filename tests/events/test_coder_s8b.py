"""Coder precision of session 8, second coder round (extras of the wire development sets): a
base verb form after "a" and an actor adjective is a noun ("a Turkish ship carrying …"); an
adverb and a participle after a gerund modify its object ("battling heavily armed fighters");
"occupied Kuwait" coordinated with a place after a preposition is an adjective; a relative clause
in the perfect ("who had attacked") is background; the object search stops at "since" and
"until", and an act in a "since" clause after a coded act is background; "capable of attacking"
is a possibility, not an act; the source's own state opening the "that" clause right after the
verb ("promised that Japan would help X") is not its object; a verb form after "from" is a noun
("from exile"); the owners of one role noun in a compound subject ("the ministers of A and B")
are one side of a joint act. The sentences are written for these tests."""

from __future__ import annotations

from conftest import event_keys, event_roots
from entente.pipeline import Pipeline


# -- nouns and adjectives read as verbs ----------------------------------------------------------
def test_base_form_after_article_and_actor_adjective_is_a_noun(builtin_pipeline: Pipeline) -> None:
    # "a Turkish ship": the ship is stopped, nobody ships supplies to Gaza
    text = "Egyptian police stopped a Turkish ship carrying supplies to Gaza on Friday."
    found = event_roots(builtin_pipeline, text)
    assert not any(code == "07" for _, _, code in found)


def test_adverb_and_participle_after_a_gerund_modify_its_object(
    builtin_pipeline: Pipeline,
) -> None:
    found = event_roots(
        builtin_pipeline,
        "Iraqi troops entered Mosul on Sunday, battling heavily armed Islamic State fighters.",
    )
    assert not any(code == "07" for _, _, code in found)


def test_occupied_land_coordinated_with_a_place_is_an_adjective(
    builtin_pipeline: Pipeline,
) -> None:
    text = "Iraqi jets bombed targets across Iran and occupied Kuwait on Monday."
    found = event_roots(builtin_pipeline, text)
    assert ("IRQ", "IRN", "19") in found
    assert not any(target == "KWT" for _, target, _ in found)
    # after a movement "into" a land, "and occupied" is the second verb of the clause
    found = event_roots(builtin_pipeline, "Syrian troops moved into Lebanon and occupied Beirut.")
    assert ("SYR", "LBN", "19") in found


# -- background clauses ------------------------------------------------------------------------
def test_relative_clause_in_the_perfect_is_background(builtin_pipeline: Pipeline) -> None:
    found = event_roots(
        builtin_pipeline,
        "Egyptian police arrested five Palestinian activists who had attacked an Israeli patrol.",
    )
    assert ("EGY", "PSE", "17") in found
    assert not any(code == "19" for _, _, code in found)


def test_protest_in_a_perfect_relative_is_not_coded(builtin_pipeline: Pipeline) -> None:
    found = event_roots(
        builtin_pipeline,
        "Jordanian police detained two Syrian refugees who had protested against the Jordanian "
        "government.",
    )
    assert not any(code == "14" for _, _, code in found)


def test_object_search_stops_at_since(builtin_pipeline: Pipeline) -> None:
    text = "Turkey has blocked trade with the region since Iraq seized control of it."
    found = event_keys(builtin_pipeline, text)
    assert ("TUR", "IRQ", "061") not in found


def test_act_in_a_since_clause_after_a_coded_act_is_background(
    builtin_pipeline: Pipeline,
) -> None:
    found = event_roots(
        builtin_pipeline,
        "Putin hosted Modi in Moscow on Monday, the first visit by Modi since Russia sent troops "
        "into Ukraine.",
    )
    assert ("RUS", "IND", "04") in found
    assert ("RUS", "UKR", "19") not in found


# -- mood -----------------------------------------------------------------------------------
def test_capable_of_attacking_is_no_attack(builtin_pipeline: Pipeline) -> None:
    assert not event_roots(builtin_pipeline, "Iran is capable of attacking Israel.")


# -- objects -----------------------------------------------------------------------------------
def test_own_state_opening_the_content_clause_is_not_the_object(
    builtin_pipeline: Pipeline,
) -> None:
    found = event_keys(
        builtin_pipeline, "Japan's prime minister promised that Japan would help Nepal rebuild."
    )
    assert ("JPN", "NPL", "030") in found
    assert ("JPN", "JPN", "030") not in found


def test_base_form_after_from_is_a_noun(builtin_pipeline: Pipeline) -> None:
    # "from exile": where the leader acted from, not an expulsion by Syria
    found = event_roots(
        builtin_pipeline,
        "Meshaal, who led the group from exile in Damascus, met Erdogan on Monday.",
    )
    assert not any(code == "17" for _, _, code in found)


# -- compound subjects -------------------------------------------------------------------------
def test_owners_of_one_role_noun_are_one_side_of_a_joint_act(builtin_pipeline: Pipeline) -> None:
    text = "Erdogan and the foreign ministers of Russia and Iran signed trade agreements in Ankara."
    found = event_roots(builtin_pipeline, text)
    assert ("TUR", "RUS", "05") in found and ("IRN", "TUR", "05") in found
    assert ("RUS", "IRN", "05") not in found and ("IRN", "RUS", "05") not in found
