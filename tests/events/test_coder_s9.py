"""Coder mechanisms of session 9, round 14 (wire development sets): talks mediated after a span
of time and by a "neighbouring" state; an ultimatum or a threatening resolution that its
addressee rejects; a crowd's occupation or storming is a protest and an armed force's occupation
is no sit-in; an expulsion "from" a place of the expeller's own country; a capital taken is the
country; a military alert aimed at the other state; "the two armies" as the pair named before;
forces sent across the border "in response". The sentences are written for these tests."""

from __future__ import annotations

from conftest import LEXICON_TEST_DATE, coded, event_keys, event_roots
from entente.pipeline import Pipeline


def codes(pipeline: Pipeline, text: str) -> list[tuple[str, str | None, str]]:
    return coded(pipeline, text, LEXICON_TEST_DATE)


# -- mediation ------------------------------------------------------------------------------------
def test_talks_mediated_after_a_span_of_time(builtin_pipeline: Pipeline) -> None:
    text = (
        "Armenia and Azerbaijan signed a peace treaty in Geneva on Monday, "
        "after two years of talks mediated by Switzerland."
    )
    found = event_roots(builtin_pipeline, text)
    assert ("CHE", "ARM", "04") in found
    assert ("CHE", "AZE", "04") in found


def test_talks_brokered_by_neighbouring_state(builtin_pipeline: Pipeline) -> None:
    text = "Sudan and South Sudan signed an oil deal after talks brokered by neighbouring Ethiopia."
    found = event_roots(builtin_pipeline, text)
    assert ("ETH", "SDN", "04") in found
    assert ("ETH", "SSD", "04") in found


# -- what the addressee rejects -------------------------------------------------------------------
def test_rejected_ultimatum_is_the_issuers_ultimatum(builtin_pipeline: Pipeline) -> None:
    text = "Serbia rejected on Tuesday a NATO ultimatum to withdraw its police from the province."
    found = event_keys(builtin_pipeline, text)
    assert ("IGO", "SRB", "139") in found
    assert any(s == "SRB" and c.startswith("12") for s, _, c in found)


def test_rejected_resolution_threatening_sanctions(builtin_pipeline: Pipeline) -> None:
    text = (
        "Iran rejected a UN Security Council resolution threatening sanctions over its programme."
    )
    assert ("IGO", "IRN", "1312") in event_keys(builtin_pipeline, text)
    # a resolution that says nothing of what it does to its addressee is no act of the body
    found = event_roots(builtin_pipeline, "Iran rejected a UN Security Council resolution.")
    assert not any(s == "IGO" for s, _, _ in found)


# -- crowds and armed forces ----------------------------------------------------------------------
def test_protesters_occupying_embassies_protest(builtin_pipeline: Pipeline) -> None:
    text = "Tamil protesters occupied the Indian embassy in Colombo on Monday."
    found = codes(builtin_pipeline, text)
    assert found
    assert all(c == "144" for _, _, c in found)


def test_supporters_storming_parliament_protest_violently(builtin_pipeline: Pipeline) -> None:
    text = "Supporters of former president Evo Morales stormed the Bolivian Congress on Friday."
    found = codes(builtin_pipeline, text)
    assert found
    assert all(c == "145" for _, _, c in found)


def test_troops_occupying_an_airport_take_it(builtin_pipeline: Pipeline) -> None:
    found = codes(builtin_pipeline, "Russian troops occupied the airport in Kherson.")
    assert [c for _, _, c in found] == ["192"]


# -- expulsions -----------------------------------------------------------------------------------
def test_expelled_from_own_region_is_no_act_on_own_country(builtin_pipeline: Pipeline) -> None:
    text = "Ethiopia expelled 12 foreign aid agencies from Tigray on Thursday."
    assert not any(s == t for s, t, _ in event_keys(builtin_pipeline, text))
    # expelling them from another country's territory is not touched
    text = "Ethiopia expelled 12 foreign aid agencies from Eritrea on Thursday."
    assert any(c.startswith("16") for _, _, c in event_keys(builtin_pipeline, text))


# -- a capital taken ------------------------------------------------------------------------------
def test_capital_taken_is_the_country(builtin_pipeline: Pipeline) -> None:
    found = codes(builtin_pipeline, "Islamist rebels seized Mogadishu on Sunday.")
    assert any(t == "SOM" and c == "192" for _, t, c in found)


# -- a military alert -----------------------------------------------------------------------------
def test_military_alert_is_aimed_at_the_attacker(builtin_pipeline: Pipeline) -> None:
    text = (
        "Greece put its armed forces on high alert on Monday after Turkish warships "
        "fired shells near the island of Imia."
    )
    assert ("GRC", "TUR", "152") in event_keys(builtin_pipeline, text)


# -- the two armies -------------------------------------------------------------------------------
def test_two_armies_are_the_pair_named_before(builtin_pipeline: Pipeline) -> None:
    text = (
        "Ethiopia put its troops on high alert along the border with Eritrea after the "
        "two armies exchanged fire near Badme."
    )
    found = event_roots(builtin_pipeline, text)
    assert ("ETH", "ERI", "19") in found
    assert ("ERI", "ETH", "19") in found


# -- in response ----------------------------------------------------------------------------------
def test_tanks_sent_across_the_border_in_response(builtin_pipeline: Pipeline) -> None:
    text = (
        "Azerbaijani troops shelled Armenian villages on Tuesday, and Armenia sent tanks "
        "across the border in response."
    )
    assert ("ARM", "AZE", "19") in event_roots(builtin_pipeline, text)


# -- a participle after a refusal or a threat ----------------------------------------------------
def test_defying_after_a_refusal_is_its_own_act(builtin_pipeline: Pipeline) -> None:
    text = (
        "Poland refused to accept asylum seekers and closed its border, defying calls from "
        "the European Union to share the burden."
    )
    assert ("POL", "IGO", "12") in event_roots(builtin_pipeline, text)


def test_defying_after_a_threat_is_its_own_act(builtin_pipeline: Pipeline) -> None:
    text = (
        "Israel's cabinet authorised the army to launch operations against Hezbollah in "
        "southern Lebanon, defying French calls for restraint."
    )
    assert ("ISR", "FRA", "12") in event_roots(builtin_pipeline, text)


# -- military ties agreed by a compound subject --------------------------------------------------
def test_exchanges_between_their_armed_forces(builtin_pipeline: Pipeline) -> None:
    text = (
        "Vietnamese President Tran Dai Quang and Philippine President Rodrigo Duterte met in "
        "Manila on Tuesday and agreed to strengthen contacts between their armed forces."
    )
    found = event_keys(builtin_pipeline, text)
    assert ("VNM", "PHL", "0312") in found
    assert ("PHL", "VNM", "0312") in found


# -- a foreign post stormed by the host state's forces --------------------------------------------
def test_commandos_storming_a_foreign_residence_at_home(builtin_pipeline: Pipeline) -> None:
    text = (
        "Colombian commandos stormed the Spanish ambassador's residence in Bogota on Sunday "
        "and freed 20 hostages."
    )
    assert not any(t == "ESP" for _, t, _ in event_keys(builtin_pipeline, text))
