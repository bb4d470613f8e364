"""False events found by classifying the extras of the development sets (session 11): the
motive of an official act named as "in protest at …", a noun of an earlier act given as the
cause of the clause's act ("because of fighting between …"), an issued arrest warrant coded as
a legal action instead of the order to arrest, an act said to be unproven ("there was no
evidence that …") and a verb whose object is negated ("signed no agreements"). The sentences
are written for these tests."""

from __future__ import annotations

from conftest import LEXICON_TEST_DATE, coded, event_keys, event_roots
from entente.pipeline import Pipeline


# -- "in protest at …" after an official act --------------------------------------------------
def test_protest_adjunct_of_a_recall_is_its_motive(builtin_pipeline: Pipeline) -> None:
    for text in (
        "Morocco recalled its ambassador from Algeria in protest at the arrest of its fishermen.",
        "Ghana suspended its cooperation with Togo in protest over the killing of two traders.",
    ):
        roots = event_roots(builtin_pipeline, text)
        assert not any(code == "14" for _, _, code in roots), (text, roots)
    kept = event_roots(
        builtin_pipeline,
        "Morocco recalled its ambassador from Algeria in protest at the arrest of its fishermen.",
    )
    assert ("MAR", "DZA", "16") in kept
    # the protest act itself keeps its code; only an official act's motive is dropped
    found = event_roots(builtin_pipeline, "Kenyan students protested against the government.")
    assert any(code == "14" for _, _, code in found)


# -- a noun of an earlier act as the cause of the clause's act ---------------------------------
def test_fighting_named_as_the_cause_is_no_event(builtin_pipeline: Pipeline) -> None:
    text = (
        "Kenya closed its border with Somalia because of fighting between Ethiopians and Eritreans."
    )
    roots = event_roots(builtin_pipeline, text)
    assert not any(code == "19" for _, _, code in roots), roots


def test_clashes_after_which_an_act_was_taken_are_its_setting(builtin_pipeline: Pipeline) -> None:
    text = (
        "Nigerian authorities imposed a curfew in Jos on Monday after clashes between Christians"
        " and Muslims killed 30 people."
    )
    roots = event_roots(builtin_pipeline, text)
    assert not any(code == "19" for _, _, code in roots), roots
    # a clause after "after" keeps its event
    kept = event_roots(
        builtin_pipeline, "Kenya closed its border after Somali rebels attacked Kenyan troops."
    )
    assert ("SOM", "KEN", "19") in kept, kept


def test_embargo_defied_is_no_event_of_the_sentence(builtin_pipeline: Pipeline) -> None:
    text = (
        "The Sudanese leader flew to Cairo on Monday, in defiance of the European Union arms"
        " embargo against Sudan."
    )
    roots = event_roots(builtin_pipeline, text)
    assert not any(code == "16" for _, _, code in roots), roots


# -- an issued arrest warrant orders the arrest ---------------------------------------------------
def test_issued_arrest_warrant_is_an_arrest(builtin_pipeline: Pipeline) -> None:
    keys = event_keys(
        builtin_pipeline,
        "A Belgian court issued an arrest warrant for the former Chadian dictator.",
    )
    assert any(code == "173" for _, _, code in keys), keys
    assert not any(code == "115" for _, _, code in keys), keys
    # asking for one stays a legal action
    asked = event_keys(
        builtin_pipeline,
        "The Belgian prosecutor sought an arrest warrant for the Chadian minister.",
    )
    assert any(code == "115" for _, _, code in asked), asked
    # a warrant naming charges of war crimes is the accusation (1124), as before
    charged = event_keys(
        builtin_pipeline,
        "The International Criminal Court issued an arrest warrant for the Chadian general on"
        " charges of war crimes.",
    )
    assert any(code == "1124" for _, _, code in charged), charged


# -- acts said to be unproven, or with a negated object ------------------------------------------
def test_no_proof_that_leaves_the_act_unproven(builtin_pipeline: Pipeline) -> None:
    text = (
        "Cuba defended Venezuela on Monday, saying there was no proof that Venezuelan troops had"
        " attacked Colombian villagers."
    )
    roots = event_roots(builtin_pipeline, text)
    assert not any(code == "19" for _, _, code in roots), roots


def test_no_evidence_without_that(builtin_pipeline: Pipeline) -> None:
    text = (
        "Iran defended Syria on Thursday, insisting there was no evidence Syrian forces had"
        " bombed Turkish villages."
    )
    roots = event_roots(builtin_pipeline, text)
    assert not any(code == "19" for _, _, code in roots), roots


def test_negated_object_is_no_act(builtin_pipeline: Pipeline) -> None:
    for text in (
        "The Serbian and Croatian presidents signed no agreements on Friday.",
        "Egypt and Sudan reached no agreement on the dam.",
    ):
        roots = event_roots(builtin_pipeline, text)
        assert not any(code in ("05", "03", "06") for _, _, code in roots), (text, roots)
    # the same act with an object is coded
    done = event_roots(builtin_pipeline, "Egypt and Sudan reached an agreement on the dam.")
    assert done


# -- one act aimed at a state and at its capital ---------------------------------------------
def test_capital_and_country_of_one_strike_are_one_target(builtin_pipeline: Pipeline) -> None:
    for text, country in (
        ("Iran launched a wave of drone strikes on Baghdad and other Iraqi cities.", "IRQ"),
        ("Turkey rained rockets on Damascus and other Syrian towns on Friday.", "SYR"),
        ("Venezuela condemned the attacks on Moscow and St Petersburg.", "RUS"),
    ):
        found = coded(builtin_pipeline, text, LEXICON_TEST_DATE)
        targets = [t for _, t, _ in found]
        assert targets == [country], (text, found)


# -- the site of an attack named in the subject of a verb of killing ------------------------------
def test_site_of_an_attack_noun_is_not_the_killer(builtin_pipeline: Pipeline) -> None:
    for text in (
        "The bombings on the Kabul airport killed 40 people.",
        "Ukraine claimed responsibility for the drone strikes on the Moscow airport that injured"
        " 12 people.",
    ):
        roots = event_roots(builtin_pipeline, text)
        assert not any(code == "19" for _, _, code in roots), (text, roots)
    # an actor before the locative phrase is still the killer
    kept = event_roots(builtin_pipeline, "Russian troops in Syria killed 20 rebels.")
    assert any(s == "RUS" and code == "19" for s, _, code in kept), kept
