"""Lexicon round of session 7: gaps and wrong readings found in the wire development sets' misses.

The misses and extras of dev_sentences_wire … wire6 were classified by cause; these entries fix
the ones whose cause was the lexicon, each written as a general expression:

* "X's test drew condemnation from Y" with the verb as a lemma (<draw|prompt|provoke|spark|
  trigger>), so that the act's subject is searched as a verb's subject ("… on Sunday from
  Japan"), 111 from the critic (inverse);
* an appositive condemnation of the act just told ("…, a move Belgrade denounced as illegal"),
  111 from the actor of the appositive to the subject of the act (inverse);
* a ceasefire agreed after a longer phrase ("agreed to a full and immediate ceasefire",
  "agreed on Wednesday to a permanent cessation of hostilities"), 0871 both ways;
* persuading, or trying or failing to persuade, another actor to act, 020 (the coder may refine
  it to the sub-code of the act asked for);
* aircraft or ships "loaded with / carrying" relief sent to a country, 073;
* troops sent "to help X fight …", 072 to X (not a deployment against X, nor X's own fight);
* chanting slogans (or "death to …") against someone is demonstrating, 141 (was 140);
* police who "clubbed" a named group, 175.

Each sentence is written for this test (none is a development sentence); every expression case
fails with the lexicon before these entries, and the guards pin readings the entries must not take.
"""

import pytest

from conftest import event_keys as keys

EXPRESSIONS = [
    # 111 drawn criticism, the subject searched as a verb's
    (
        "Beijing's naval drills near the islands drew protests on Monday from Manila.",
        "PHL",
        "CHN",
        "111",
    ),
    # 111 an appositive condemnation of the act just told
    (
        "Armenia ratified the treaty on Friday, a move Azerbaijan denounced as a provocation.",
        "AZE",
        "ARM",
        "111",
    ),
    (
        "Israel closed the crossing, a decision Jordan condemned as collective punishment.",
        "JOR",
        "ISR",
        "111",
    ),
    (
        "Russia annexed the region on Tuesday, a step which Ukraine condemned as illegal.",
        "UKR",
        "RUS",
        "111",
    ),
    # 0871 a ceasefire agreed after a longer phrase
    (
        "Armenia and Azerbaijan agreed to a full and lasting ceasefire on Tuesday.",
        "ARM",
        "AZE",
        "0871",
    ),
    (
        "Armenia and Azerbaijan agreed to a full and lasting ceasefire on Tuesday.",
        "AZE",
        "ARM",
        "0871",
    ),
    (
        "Pakistan and India agreed on Saturday to an immediate and complete ceasefire.",
        "IND",
        "PAK",
        "0871",
    ),
    # 020 persuading another actor
    ("Egypt tried to persuade Israel to reopen the crossing.", "EGY", "ISR", "020"),
    ("The Vatican failed to persuade Argentina to drop its claim.", "VAT", "ARG", "020"),
    # 073 relief carried by aircraft or ships
    (
        "Greece sent military planes loaded with rescue teams and relief supplies to Turkey.",
        "GRC",
        "TUR",
        "073",
    ),
    # 072 troops sent to help another actor fight
    ("Rwanda sent troops to help Mozambique fight Islamist insurgents.", "RWA", "MOZ", "072"),
    # 141 chanting against someone
    (
        "Thousands of Egyptians chanted slogans against President Mubarak in Cairo.",
        "EGY",
        "EGY",
        "141",
    ),
    ("Students in Tehran chanted death to America outside the embassy.", "IRN", "USA", "141"),
    # 175 clubbing a named group
    ("Riot police in Minsk clubbed opposition supporters on Sunday.", "BLR", "BLR", "175"),
    ("Police in Karachi clubbed Pakistani journalists on Friday.", "PAK", "PAK", "175"),
]


@pytest.mark.parametrize(("text", "source", "target", "code"), EXPRESSIONS)
def test_expression_codes_its_event(builtin_pipeline, text, source, target, code):
    assert (source, target, code) in keys(builtin_pipeline, text)


def test_chanting_against_someone_is_no_longer_a_bare_dissent(builtin_pipeline):
    found = keys(
        builtin_pipeline,
        "Thousands of Egyptians chanted slogans against President Mubarak in Cairo.",
    )
    assert ("EGY", "EGY", "140") not in found


@pytest.mark.parametrize(
    "text",
    [
        "Armenia ratified the treaty on Friday, a move welcomed by France.",
        "Poland closed the border on Sunday, a decision Lithuania praised as necessary.",
    ],
)
def test_an_appositive_without_condemnation_codes_no_criticism(builtin_pipeline, text):
    assert not any(code.startswith("11") for _, _, code in keys(builtin_pipeline, text))


def test_a_drawn_protest_is_not_the_source_protesting(builtin_pipeline):
    found = keys(
        builtin_pipeline,
        "Beijing's naval drills near the islands drew protests on Monday from Manila.",
    )
    assert ("CHN", "PHL", "140") not in found


def test_troops_sent_to_help_are_no_fight_of_the_helped(builtin_pipeline):
    found = keys(
        builtin_pipeline, "Rwanda sent troops to help Mozambique fight Islamist insurgents."
    )
    assert not any(code.startswith(("15", "19")) for _, _, code in found)
