"""Coder mechanics for wire-copy style: relative clauses, denied and rumoured acts, possibility
modals, abstract passive subjects, joint target-less acts, time and place adverbials in gaps,
purpose infinitives of a trip, places named in a protest's subject, domestic role nouns."""

import datetime as dt

import pytest

from conftest import coded


def code(pipeline, text, date=dt.date(2010, 5, 1)):
    return coded(pipeline, text, date)


def roots(events):
    return {cameo[:2] for _, _, cameo in events}


# -- a relative clause's verb takes the relative's antecedent --------------------------------------
def test_wire_relative_clause_of_a_plain_noun_has_no_actor_subject(builtin_pipeline):
    text = "Pakistan denied involvement in the bombings in Mumbai, which killed 170 people."
    assert not {"18", "19", "20"} & roots(code(builtin_pipeline, text))


def test_wire_relative_clause_of_an_actor_takes_it(builtin_pipeline):
    events = code(builtin_pipeline, "Officials said Hamas, which controls Gaza, attacked Israel.")
    assert ("PSEREBHMS", "ISR", "190") in events


def test_wire_relative_clause_takes_the_actor_modifying_its_antecedent(builtin_pipeline):
    text = "A Chadian military raid that killed a senior rebel commander angered Sudan."
    assert next(e for e in code(builtin_pipeline, text) if e[2][:2] == "18")[0] == "TCDMIL"


def test_wire_relative_clause_after_a_role_noun_is_skipped(builtin_pipeline):
    events = code(builtin_pipeline, "The rebels, who attacked Chad last week, met Sudan.")
    assert ("---REB", "SDN", "040") in events
    assert not [e for e in events if e[:2] == ("TCD", "SDN")]


def test_wire_relative_antecedent_helper():
    from entente.events.roles import _relative_antecedent
    from entente.events.units import _Unit

    def units(words):
        return [
            _Unit(w, 0, 0, 0 if w == "@0" else None, code="ISR" if w == "@0" else "") for w in words
        ]

    assert _relative_antecedent(units(["the", "attacks", ",", "which", "killed"]), 4) == []
    assert _relative_antecedent(units(["@0", ",", "which", "has", "killed"]), 4) == [0]
    assert _relative_antecedent(units(["said", "that", "@0", "killed"]), 3) is None


# -- denied or rumoured acts are not facts ---------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Kenya's army denied that its soldiers had killed civilians in Somalia.",
        "Israel denied on Friday that it had attacked Syria.",
    ],
)
def test_wire_denied_acts_are_not_coded(builtin_pipeline, text):
    assert not {"18", "19", "20"} & roots(code(builtin_pipeline, text))


def test_wire_act_in_a_report_is_not_coded(builtin_pipeline):
    text = "Japan declined to comment on a report that Tokyo had held secret talks with Pyongyang."
    assert "04" not in roots(code(builtin_pipeline, text))


def test_wire_reported_act_is_still_coded(builtin_pipeline):
    assert ("ISR", "SYR", "190") in code(builtin_pipeline, "Iran said that Israel attacked Syria.")


# -- "might", "could": a possibility ---------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Officials said the Pakistani army might launch operations against the Taliban.",
        "The Pakistani army could launch operations against the Taliban.",
    ],
)
def test_wire_possibility_is_no_threat(builtin_pipeline, text):
    assert not {"13", "19"} & roots(code(builtin_pipeline, text))


# -- a passive whose subject is no actor -----------------------------------------------------------
def test_wire_abstract_passive_subject_is_no_target(builtin_pipeline):
    text = "Abbas said the peace process had been killed by the American decision."
    assert "19" not in roots(code(builtin_pipeline, text))


def test_wire_possessed_passive_subject_is_still_the_target(builtin_pipeline):
    events = code(builtin_pipeline, "Haniyeh's convoy was attacked by Israel.")
    assert [e for e in events if e[2][:2] == "19" and e[0] == "ISR" and e[1]]


# -- joint target-less acts of a compound subject --------------------------------------------------
def test_wire_compound_subject_declares_a_truce_both_ways(builtin_pipeline):
    events = code(builtin_pipeline, "Sudan's government and the SPLM declared a truce.")
    assert ("SDNGOV", "SDNREB", "0871") in events
    assert ("SDNREB", "SDNGOV", "0871") in events


def test_wire_possessive_head_joins_a_compound(builtin_pipeline):
    events = code(builtin_pipeline, "Britain met with Colombia's government and the FARC.")
    assert ("GBR", "COLGOV", "040") in events
    assert ("GBR", "COLREB", "040") in events


# -- time and place adverbials in gaps -------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Merkel held talks last week with Putin.", ("DEUGOV", "RUSGOV", "046")),
        (
            "Putin held talks in Beijing on Wednesday with Chinese President Xi Jinping.",
            ("RUSGOV", "CHNGOV", "046"),
        ),
    ],
)
def test_wire_gaps_pass_over_time_and_place(builtin_pipeline, text, expected):
    assert expected in code(builtin_pipeline, text)


def test_wire_time_expressions_helper():
    from entente.events.units import _coding_string, _time_expressions, _Unit

    words = ["@0", "met", "@1", "on", "monday", "night", "in", "march", "last", "week", "."]
    units = [_Unit(w, 0, 0, 0 if w.startswith("@") else None) for w in words]
    assert _time_expressions(units) == {3, 4, 5, 6, 7, 8, 9}
    coding, starts = _coding_string(units)
    assert coding == " @0 met @1 ."
    assert len(starts) == len(units)


def test_wire_gap_place_step_is_compiled():
    from entente.events.verbs import compile_pattern

    pattern = compile_pattern("$ <hold> talks .. with +", cameo="046", rule="t")
    assert pattern.regex.search(" @0 held talks in @1 with @2")
    assert not pattern.regex.search(" @0 held talks @1 with @2")


# -- the purpose of a trip -------------------------------------------------------------------------
def test_wire_purpose_of_a_trip_is_coded(builtin_pipeline):
    text = (
        "Kenyan President Uhuru Kenyatta travelled to Addis Ababa to consult Ethiopian Prime "
        "Minister Hailemariam Desalegn."
    )
    events = code(builtin_pipeline, text)
    assert ("KENGOV", "ETH", "042") in events  # (the capital visited is the place)
    assert ("KENGOV", "ETHGOV", "040") in events


# -- a place named in a protest's subject ----------------------------------------------------------
def test_wire_protest_place_in_the_subject(builtin_pipeline):
    events = code(builtin_pipeline, "Kurdish prisoners in Turkish jails began a hunger strike.")
    assert events == [("TURCVLKUR", "TURGOV", "142")]


# -- role nouns of no country acted on by a state --------------------------------------------------
def test_wire_role_noun_target_of_a_state_is_domestic(builtin_pipeline):
    assert ("NGAMIL", "NGACVL", "190") in code(
        builtin_pipeline, "Nigerian soldiers killed 20 civilians."
    )


def test_wire_role_noun_after_a_possessive_pronoun_is_not_domestic(builtin_pipeline):
    events = code(builtin_pipeline, "Iran said Israel killed its top nuclear scientist.")
    assert not [e for e in events if e[0] == "ISR" and (e[1] or "").startswith("ISR")]
