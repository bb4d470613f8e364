"""Lexicon round of session 7 (checklist lexicon9): common wire expressions of cooperation,
talks and criticism.

Gaps were found by judging, as a CAMEO coder would, the events a field dictionary coded on our own
text and by probing common wire phrasings of the same concepts; a checklist of fresh wire
sentences (tests/events/data/dev_sentences_lexicon9.jsonl) was scored before any entry. The
entries are general expressions written for Entente:

* sitting down to negotiate ("sat down for talks", "at the negotiating table", "sat down
  together"), 046 both ways, for a compound subject or with a named partner;
* a telephone conversation a compound subject "had", 041 both ways;
* pledged closer cooperation (compound subject) and sought closer ties with someone, 030;
* burying the hatchet and ending a feud, rift or estrangement, 050 both ways (only the finite
  "ended": "signed a treaty, ending a dispute" stays the signing);
* stepped-up, sharpened or renewed criticism of someone, 111; alarm voiced at someone's act,
  110 (at someone's act only: "alarm at the fighting in Ukraine" is no disapproval of Ukraine);
* traded accusations or charges, blamed each other, 112 both ways;
* weapons acquired or taken delivery of from a supplier, 072 from the supplier (inverse);
* "helped X retake / fight ..." (072) and "helped X rebuild / repair ..." (070), the finite verb
  only: the purpose infinitive "to help Italy fight the outbreak" stays with its aid act.

Each sentence is written for this test in words of our own (none is a checklist sentence); each
asserts an event the session's entries code (it fails with the lexicon before them), and the
guards pin the readings the entries must not take.
"""

import pytest

from conftest import event_keys as keys
from conftest import event_roots as roots

EXPRESSIONS = [
    # 046 sitting down to negotiate
    ("Sudan and South Sudan sat down for talks in Addis Ababa.", "SDN", "SSD", "046"),
    ("Sudan and South Sudan sat down for talks in Addis Ababa.", "SSD", "SDN", "046"),
    ("Egypt sat down at the negotiating table with Ethiopia on Tuesday.", "EGY", "ETH", "046"),
    ("Kosovo and Serbia sat down together in Brussels.", "KSV", "SRB", "046"),
    ("Turkey sat down to negotiate with Greece over the islands.", "TUR", "GRC", "046"),
    # 041 a joint telephone conversation
    ("Scholz and Zelensky had a phone call on Monday.", "DEU", "UKR", "041"),
    # 030 closer cooperation pledged or sought
    ("Indonesia and Australia pledged closer cooperation on Monday.", "IDN", "AUS", "030"),
    ("Mongolia sought closer ties with Japan.", "MNG", "JPN", "030"),
    ("Kazakhstan is seeking stronger ties with the European Union.", "KAZ", "IGO", "030"),
    # 050 an end to a feud
    ("Bahrain and Qatar buried the hatchet on Thursday.", "BHR", "QAT", "050"),
    ("Morocco ended its rift with Germany in February.", "MAR", "DEU", "050"),
    ("Algeria and Morocco ended their feud.", "MAR", "DZA", "050"),
    # 111 sharper criticism
    ("Sweden stepped up its criticism of Turkey over the detentions.", "SWE", "TUR", "111"),
    ("Canada sharpened its criticism of India on Tuesday.", "CAN", "IND", "111"),
    # 110 alarm at another's act
    ("Norway voiced alarm at Russia's troop movements.", "NOR", "RUS", "110"),
    ("Chile expressed alarm over Bolivia's decision to close the border.", "CHL", "BOL", "110"),
    # 112 mutual accusations
    ("Kenya and Somalia traded accusations over the border raid.", "KEN", "SOM", "112"),
    ("Kenya and Somalia traded accusations over the border raid.", "SOM", "KEN", "112"),
    ("Thailand and Cambodia blamed each other for the shelling.", "KHM", "THA", "112"),
    ("Moldova traded charges with Russia over the gas supply.", "MDA", "RUS", "112"),
    # 072 weapons acquired from a supplier
    ("Serbia acquired missiles from Russia.", "RUS", "SRB", "072"),
    ("Egypt took delivery of weapons from France on Monday.", "FRA", "EGY", "072"),
    # 072 / 070 help with another's act
    ("France helped Mali repel the jihadist advance.", "FRA", "MLI", "072"),
    ("Japan helped Vietnam rebuild its railways.", "JPN", "VNM", "070"),
]


@pytest.mark.parametrize(("text", "source", "target", "code"), EXPRESSIONS)
def test_expression_codes_its_event(builtin_pipeline, text, source, target, code):
    assert (source, target, code) in keys(builtin_pipeline, text)


SIGNED_ENDING = (
    "Chile and Argentina signed a treaty on Friday, ending their dispute over the channel."
)


def test_ending_a_dispute_by_signing_stays_the_signing(builtin_pipeline):
    found = keys(builtin_pipeline, SIGNED_ENDING)
    assert ("CHL", "ARG", "057") in found
    assert not any(code == "050" for _, _, code in found)


def test_alarm_at_fighting_in_a_country_is_no_disapproval_of_it(builtin_pipeline):
    found = roots(builtin_pipeline, "Austria expressed alarm at the fighting in eastern Congo.")
    assert not any(root == "11" for _, _, root in found)


def test_the_purpose_infinitive_of_help_stays_with_its_aid_act(builtin_pipeline):
    found = keys(
        builtin_pipeline,
        "Cuba sent doctors to Peru to help the country fight the epidemic.",
    )
    assert not any(code in {"070", "072"} for _, _, code in found)


def test_sitting_down_after_a_speech_is_no_negotiation(builtin_pipeline):
    found = roots(builtin_pipeline, "The Iraqi minister sat down after his speech in Cairo.")
    assert not any(root == "04" for _, _, root in found)
