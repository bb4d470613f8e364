"""General mechanisms found by studying the misses of the PLOVER gold-standard records: the two
parties of "between A and B" when A's noun phrase goes on past its mention, a gap that crosses
the commas of a list of words, the last member of a list behind a comma-set phrase ("and, to a
lesser extent, Russia"), and the fighting stated as the circumstance of a capture. The sentences
are written for these tests."""

from __future__ import annotations

import datetime as dt

from conftest import coded
from entente.pipeline import Pipeline

DAY = dt.date(2004, 3, 1)


def dyads(pipeline: Pipeline, text: str) -> set[tuple[str, str | None, str]]:
    """(source country, target country, CAMEO code) of each event coded in ``text``."""
    return {(s[:3], t[:3] if t else None, c) for s, t, c in coded(pipeline, text, DAY)}


# -- "between A and B": both parties, even when A's phrase goes on past its mention -------------
def test_between_pair_after_a_longer_first_phrase(builtin_pipeline: Pipeline) -> None:
    found = dyads(
        builtin_pipeline,
        "Norway said it was willing to host a meeting between a Sudanese rebel coalition and "
        "the government of Chad.",
    )
    targets = {t for s, t, c in found if s == "NOR" and c.startswith("03")}
    assert {"SDN", "TCD"} <= targets


def test_between_pair_keeps_a_plain_pair(builtin_pipeline: Pipeline) -> None:
    found = dyads(builtin_pipeline, "Qatar brokered a truce between Ethiopia and Eritrea.")
    assert ("QAT", "ETH", "045") in found
    assert ("QAT", "ERI", "045") in found


def test_between_pair_does_not_join_a_role_noun_of_no_country(builtin_pipeline: Pipeline) -> None:
    # "the opposition" has no country of its own: it is not given the host's country
    found = dyads(
        builtin_pipeline,
        "Kazakhstan offered to host talks between the Syrian government and the opposition.",
    )
    assert not any(t == "KAZ" for _, t, _ in found)


# -- a gap across the commas of a list of words ------------------------------------------------
def test_gap_crosses_a_list_of_weapons(builtin_pipeline: Pipeline) -> None:
    found = dyads(
        builtin_pipeline,
        "Ethiopian troops launched mortar, tank, and rocket fire against Eritrean positions "
        "near Badme on Sunday.",
    )
    assert ("ETH", "ERI", "194") in found


def test_gap_crosses_a_list_without_the_serial_comma(builtin_pipeline: Pipeline) -> None:
    found = dyads(
        builtin_pipeline,
        "Turkey launched artillery, mortar and rocket attacks on Syria overnight.",
    )
    assert any(s == "TUR" and t == "SYR" and c.startswith("19") for s, t, c in found)


def test_gap_does_not_cross_an_attribution(builtin_pipeline: Pipeline) -> None:
    # ", officials said, and": an attribution, not a list; the gap stops at its comma
    found = dyads(
        builtin_pipeline,
        "Pakistan imposed restrictions, officials said, and a trade embargo on India.",
    )
    assert ("PAK", "IND", "163") not in found


# -- the last member of a list behind a phrase set off by commas ------------------------------
def test_list_member_after_an_interjected_phrase(builtin_pipeline: Pipeline) -> None:
    found = dyads(
        builtin_pipeline,
        "Britain criticised Iran, Syria and, to a lesser extent, Venezuela on Monday.",
    )
    assert {("GBR", "IRN", "111"), ("GBR", "SYR", "111"), ("GBR", "VEN", "111")} <= found


def test_no_list_member_across_a_clause_of_its_own(builtin_pipeline: Pipeline) -> None:
    found = dyads(
        builtin_pipeline,
        "Egypt criticised Israel and on Friday, Jordan said it would expel the envoy.",
    )
    assert ("EGY", "JOR", "111") not in found


# -- a capture "after fierce fighting with X": a fight as well -----------------------------------
def test_capture_after_fighting_with_a_named_side(builtin_pipeline: Pipeline) -> None:
    found = dyads(
        builtin_pipeline,
        "Armenian forces seized the town of Lachin after three days of heavy fighting with "
        "Azerbaijan.",
    )
    assert ("ARM", "AZE", "190") in found
    assert any(s == "ARM" and c == "192" for s, _, c in found)


def test_capture_after_fighting_with_a_side_of_no_country(builtin_pipeline: Pipeline) -> None:
    # the guerrillas have no country: the fight is with the holder of the ground taken
    found = dyads(
        builtin_pipeline,
        "Angolan troops recaptured a village in northern Namibia after fierce fighting with "
        "guerrillas.",
    )
    assert ("AGO", "NAM", "190") in found


def test_capture_after_fighting_that_names_no_side(builtin_pipeline: Pipeline) -> None:
    found = dyads(
        builtin_pipeline,
        "Angolan troops recaptured a village in northern Namibia after two days of fighting.",
    )
    assert not any(c == "190" for _, _, c in found)


def test_denied_capture_after_fighting_codes_no_fight(builtin_pipeline: Pipeline) -> None:
    found = dyads(
        builtin_pipeline,
        "Armenian forces did not seize the town of Lachin after heavy fighting with Azerbaijan.",
    )
    assert not any(c.startswith("19") for _, _, c in found)


# -- a participle with no object after a plain noun: a reduced relative, not the clause's verb ---
def test_reduced_relative_without_by_is_not_the_subjects_act(builtin_pipeline: Pipeline) -> None:
    found = dyads(
        builtin_pipeline,
        "The Kosovo Liberation Army said it would hand back rifles seized last month from "
        "Serbian police.",
    )
    assert not any(c.startswith(("17", "18", "19")) for _, _, c in found)


def test_participle_with_its_own_object_is_still_the_verb(builtin_pipeline: Pipeline) -> None:
    found = dyads(builtin_pipeline, "Chadian rebels seized weapons from Sudanese soldiers.")
    assert any(s == "TCD" and t == "SDN" for s, t, _ in found)


def test_land_captured_from_a_country_is_no_capture_by_the_subject(
    builtin_pipeline: Pipeline,
) -> None:
    found = dyads(builtin_pipeline, "Rwanda handed back land captured from Uganda in 1998.")
    assert ("RWA", "UGA", "192") not in found


# -- "X did A to Y, but did B": the verb after "but" shares X, not Y -----------------------
def test_verb_after_but_shares_the_subject(builtin_pipeline: Pipeline) -> None:
    found = dyads(builtin_pipeline, "Ghana welcomed Togo, but refused admittance to Nigerians.")
    assert ("GHA", "NGA", "1245") in found
    assert ("TGO", "NGA", "1245") not in found


def test_but_before_a_subject_of_its_own(builtin_pipeline: Pipeline) -> None:
    found = dyads(builtin_pipeline, "Ghana criticised Togo but Benin praised Niger.")
    assert ("BEN", "NER", "051") in found
    assert ("GHA", "NER", "051") not in found


# -- "A and B violated the ceasefire": each side against the other ------------------------------
def test_compound_subject_violating_a_ceasefire(builtin_pipeline: Pipeline) -> None:
    found = coded(
        builtin_pipeline,
        "Both the Sri Lankan army and the Tamil Tigers violated the truce signed in February.",
        DAY,
    )
    assert ("LKAMIL", "LKAREB", "196") in found
    assert ("LKAREB", "LKAMIL", "196") in found


def test_single_subject_violating_a_ceasefire_needs_a_target(builtin_pipeline: Pipeline) -> None:
    assert not dyads(builtin_pipeline, "Eritrea violated the ceasefire on Sunday.")
