"""Lexicon round 16 (session 9): misses of dev_sentences_wire6, wire5, wire4 and wire2 whose
cause is a phrasing the dictionary lacked, written as general patterns.

Dictionary:

* a bloc's decision to impose a penalty with a time phrase after the verb of deciding ("agreed on
  Monday to ban X's airlines from its airspace", "to cut off X's banks from SWIFT") (163);
* contacts and talks suspended together, the partner named once after both (160);
* optimism or pessimism about a prospect with no other party named (013, 012, no target), and
  owning up to one's own failures (015, no target);
* a denial with a time phrase after the verb and an actor in the denied clause's subject (016);
* a formal request for membership handed to its addressee (020);
* an investigation of "what it called …" (090, no target);
* approving another actor's request (051);
* troops landing in "the … town of X" to protect or help (074);
* censorship of the press lifted (0811), a court or government reversing its own decision
  against an actor (0832), fighters abandoning a city (0874).

Each sentence is written for this test in words of our own; each fails with the lexicon before
this round, and the guards pin the readings the new entries must not take.
"""

from conftest import LEXICON_TEST_DATE, coded
from conftest import event_keys as keys
from conftest import event_roots as roots


def test_bloc_agrees_after_a_time_phrase_to_ban_airlines_from_its_airspace(builtin_pipeline):
    text = "The European Union agreed on Thursday to ban Iranian airlines from its airspace."
    assert ("IGO", "IRN", "163") in keys(builtin_pipeline, text)


def test_allies_agree_after_a_time_phrase_to_cut_banks_off_from_swift(builtin_pipeline):
    text = (
        "Canada and Japan agreed on Tuesday to cut off several large Iranian banks from the"
        " SWIFT payments network."
    )
    found = roots(builtin_pipeline, text)
    assert {("CAN", "IRN", "16"), ("JPN", "IRN", "16")} <= found


def test_contacts_and_talks_suspended_with_one_partner(builtin_pipeline):
    text = "Tokyo suspended defence contacts and trade talks with Seoul on Wednesday."
    assert ("JPN", "KOR", "160") in keys(builtin_pipeline, text)


def test_optimism_about_a_prospect_without_a_party_has_no_target(builtin_pipeline):
    text = "The Kenyan president said he was optimistic that the economy would recover this year."
    assert ("KEN", None, "013") in keys(builtin_pipeline, text)
    # a party named before the modal is the target: the targeted entries win then
    text = "The Irish government said it was hopeful that the Irish Republican Army would disarm."
    found = keys(builtin_pipeline, text)
    assert ("IRL", "GBR", "013") in found
    assert ("IRL", None, "013") not in found


def test_scepticism_about_a_prospect_without_a_party_has_no_target(builtin_pipeline):
    text = "The Georgian opposition said it was sceptical that the new electoral law would help."
    assert ("GEO", None, "012") in keys(builtin_pipeline, text)


def test_responsibility_accepted_for_ones_own_failures_has_no_target(builtin_pipeline):
    text = "The Nigerian president said he accepted responsibility for the security lapses."
    assert ("NGA", None, "015") in keys(builtin_pipeline, text)


def test_denial_after_a_time_phrase_with_an_actor_in_the_denied_subject(builtin_pipeline):
    text = (
        "Syria's government denied on Tuesday that any Syrian intelligence officer had been"
        " involved in the bombing in Beirut."
    )
    assert ("SYR", "LBN", "016") in keys(builtin_pipeline, text)


def test_request_for_membership_submitted_to_its_addressee(builtin_pipeline):
    text = (
        "Kosovo submitted a request for full NATO membership to the Secretary-General of the"
        " United Nations."
    )
    assert ("KSV", "IGO", "020") in keys(builtin_pipeline, text)


def test_investigating_what_it_called_an_attack_has_no_target(builtin_pipeline):
    text = (
        "Norway said on Friday it was investigating what it called an act of sabotage on a"
        " pipeline."
    )
    assert ("NOR", None, "090") in keys(builtin_pipeline, text)


def test_approving_another_actors_request_is_an_endorsement(builtin_pipeline):
    text = "The Turkish parliament approved President Erdogan's request to extend the mandate."
    assert ("TUR", "TUR", "051") in keys(builtin_pipeline, text)


def test_troops_landing_in_the_town_of_a_place_to_protect_it(builtin_pipeline):
    text = (
        "Belgian troops landed in the northern Malian town of Gao on Monday to protect aid"
        " workers from militants."
    )
    assert ("BEL", "MLI", "074") in keys(builtin_pipeline, text)


def test_censorship_of_the_press_abolished(builtin_pipeline):
    text = "Tunisia abolished censorship of the press on Friday."
    events = coded(builtin_pipeline, text, LEXICON_TEST_DATE)
    assert ("TUN", "TUNMED", "0811") in events


def test_court_reverses_its_decision_against_an_actor(builtin_pipeline):
    text = (
        "Bolivia's Constitutional Court reversed its decision to suspend the opposition-led"
        " Senate on Monday."
    )
    assert ("BOL", "BOL", "0832") in keys(builtin_pipeline, text)


def test_fighters_abandoning_a_city_retreat(builtin_pipeline):
    text = (
        "Islamic State fighters abandoned the city of Raqqa on Sunday after months of air strikes."
    )
    assert ("IMG", "SYR", "0874") in keys(builtin_pipeline, text)
