"""Coder mechanics added for the PLOVER gold standard: role nouns of no country in acts that stay
inside one country, a "that" clause ending the object search, attempted hostile acts, and the
dictionary entries for withdrawals of named forces, forcing an actor out and cyber attacks."""

import datetime as dt

from conftest import coded


def code(pipeline, text, date=dt.date(2010, 5, 1)):
    return coded(pipeline, text, date)


# -- a source of no country in a domestic act takes the target's country -----------------------
def test_protesters_of_no_country_are_of_the_government_they_protest(builtin_pipeline):
    events = code(
        builtin_pipeline, "Striking students staged a hunger strike against the Kenyan government."
    )
    assert [e[:2] for e in events if e[2][:2] == "14"] == [("KENEDU", "KENGOV")]


def test_an_unnamed_state_body_investigating_a_country_is_of_it(builtin_pipeline):
    text = "A magistrate opened an investigation against three Peruvian government officials."
    events = code(builtin_pipeline, text)
    assert [e[:2] for e in events if e[2][:2] == "09"] == [("PERJUD", "PERGOV")]


def test_an_unnamed_military_ruler_imposing_martial_law_is_of_the_country(builtin_pipeline):
    events = code(builtin_pipeline, "The military junta declared martial law in Thailand.")
    assert [e[:2] for e in events if e[2] == "1724"] == [("THAMIL", "THA")]


def test_a_foreign_act_keeps_the_source_of_no_country(builtin_pipeline):
    # a meeting or an attack does not stay inside one country: the source keeps no country
    assert ("---REB", "TCDMIL", "190") in code(
        builtin_pipeline, "Rebels attacked Chadian soldiers."
    )
    events = code(builtin_pipeline, "Protesters burned the French flag outside the Malian embassy.")
    assert all(not e[0].startswith("MLI") for e in events)


def test_ethnic_and_religious_groups_keep_their_codes_after_the_state(builtin_pipeline):
    # a people is coded by the state it lives in, its own code last (CAMEO has no top-level
    # ethnic actors): Kurdish activists in Kirkuk are Iraqi
    events = code(builtin_pipeline, "Iraqi troops arrested Kurdish activists in Kirkuk.")
    assert any(e[1] is not None and e[1].endswith("KUR") and e[1][:3] == "IRQ" for e in events)


def test_ethnic_groups_keep_their_own_code_first_when_no_single_state_is_named(builtin_pipeline):
    events = code(builtin_pipeline, "Kurdish activists accused Iran and Turkey of repression.")
    assert any(e[0] is not None and e[0].startswith("KUR") for e in events)


# -- a "that" clause after the object ends the object search ------------------------------------
def test_that_clause_with_the_source_as_its_subject_keeps_the_object(builtin_pipeline):
    text = "The Bolivian government accepted demands from miners that it raise wages."
    assert ("BOLGOV", "BOLLAB", "080") in code(builtin_pipeline, text)


# -- attempted hostile acts are acts ------------------------------------------------------------
def test_attempted_hostile_acts_are_coded(builtin_pipeline):
    events = code(builtin_pipeline, "Gunmen tried to kill the Yemeni interior minister.")
    assert [e[2][:2] for e in events] == ["18"]
    events = code(builtin_pipeline, "Russian hackers attempted to hack into Estonia's banks.")
    assert ("RUS", "ESTBUS", "170") in events


def test_attempted_cooperation_is_not_a_fact(builtin_pipeline):
    assert code(builtin_pipeline, "Sweden tried to meet Finland.") == []


# -- dictionary entries --------------------------------------------------------------------------
def test_withdrawal_of_named_forces_from_a_place(builtin_pipeline):
    text = "Britain began the withdrawal of its combat forces from Basra."
    assert ("GBR", "IRQ", "0874") in code(builtin_pipeline, text)


def test_forcing_an_actor_out_of_the_country(builtin_pipeline):
    text = "The Burmese junta forced the World Food Programme out of the country."
    assert [e[2] for e in code(builtin_pipeline, text)] == ["166"]


def test_cyber_attacks_are_coercion(builtin_pipeline):
    events = code(
        builtin_pipeline, "Chinese hackers hacked into the computers of Indian diplomats."
    )
    assert [e[2] for e in events] == ["170"]
    text = "Iran launched a cyberattack against Albania last July."
    assert ("IRN", "ALB", "170") in code(builtin_pipeline, text)


# -- the reason of a punishment is its charge, not a fact ---------------------------------------
def test_act_a_punishment_is_for_is_not_coded(builtin_pipeline):
    events = code(builtin_pipeline, "Iran jailed a British woman for spying for Israel.")
    assert [e[2] for e in events] == ["173"]
    text = "A Danish aid worker was arrested in Ethiopia for collaborating with Eritrea."
    assert all(e[2][:2] != "06" for e in code(builtin_pipeline, text))


def test_act_after_for_without_a_punishment_is_coded(builtin_pipeline):
    text = "Hamas was praised for cooperating with Egypt."
    assert any(e[2] == "050" for e in code(builtin_pipeline, text))


def test_refusing_entry_to_people(builtin_pipeline):
    events = code(builtin_pipeline, "Hungary refused entry to Syrian refugees.")
    assert [(e[0], e[2]) for e in events] == [("HUN", "1223")]


# -- curfews and martial law without a target are imposed on the state's own country -----------
def test_martial_law_without_a_target_is_imposed_on_the_own_country(builtin_pipeline):
    assert ("THAMIL", "THA", "1724") in code(
        builtin_pipeline, "The Thai army declared martial law."
    )
    text = "The Iraqi government said it was prepared to impose a curfew as riots spread."
    assert ("IRQGOV", "IRQ", "1323") in code(builtin_pipeline, text)


def test_a_state_imposing_martial_law_on_itself_has_no_dyad(builtin_pipeline):
    assert code(builtin_pipeline, "Thailand declared martial law.") == []


# -- a meeting named as the object of an infinitive or a modal is not a fact --------------------
def test_meeting_under_an_infinitive_or_modal_is_not_coded(builtin_pipeline):
    text = "Norway is ready to host a meeting between Colombia and the FARC."
    assert all(e[2] != "040" for e in code(builtin_pipeline, text))
    text = "Qatar would welcome talks between Iran and the United States."
    assert code(builtin_pipeline, text) == []


def test_meeting_hosted_is_a_fact(builtin_pipeline):
    text = "Egypt hosted a meeting between Israel and Hamas."
    assert ("ISR", "PSEREBHMS", "040") in code(builtin_pipeline, text)


def test_blocking_transport_is_an_obstruction(builtin_pipeline):
    events = code(builtin_pipeline, "Bolivian farmers blocked transport into La Paz.")
    assert [(e[1], e[2]) for e in events] == [("BOL", "144")]


def test_ordering_an_actor_to_stop_publishing_is_a_restriction(builtin_pipeline):
    events = code(builtin_pipeline, "Egypt ordered the Muslim Brotherhood to stop publishing.")
    assert [(e[0], e[2]) for e in events] == [("EGY", "1721")]
