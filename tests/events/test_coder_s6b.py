"""Coder mechanisms of session 6b: a past participle after "be" is a passive even for a pattern
written without a passive reading (its subject suffered the act; a stative "engaged in" is not
one); agreeing to set up a joint investigation is a commitment to judicial cooperation; an
appeal in a participle after a comma ("appealed for calm, urging X to …") is the speaker's next
act, not the content of the appeal before it; a bare verb form after "despite", "amid" … is a
noun ("despite protests from X": no protest coded); a generic appeal whose infinitive names a
known act takes that act's appeal code ("pressed X to resume talks": 026), and a generic threat
whose "that" clause announces one with "would" its threat code ("would resume fighting": 138);
the words of a mention after its possessive ("Iraq's prime minister travelled") lead the subject
search to the actor; aircraft named in an attacker's own mention ("Turkish jets attacked") make
a fight an aerial attack (195), tanks or artillery one with heavy weapons (194), and an
ambassador in the target's mention makes an expulsion a break of relations (161); the inflector
doubles the final consonant of one-syllable verbs ending in one vowel and one consonant and of a
listed few stressed on the last syllable. The sentences are written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import coded
from entente.events.inflect import participles, verb_forms
from entente.pipeline import Pipeline


def codes(pipeline: Pipeline, text: str, date: dt.date = dt.date(2012, 6, 1)) -> set[tuple]:
    """(source, target, CAMEO code) of each event coded in ``text``."""
    return set(coded(pipeline, text, date))


# -- "was shot dead": a passive, whose subject is the victim, not the attacker ----------------
def test_shot_dead_after_be_is_no_act_of_the_subject(builtin_pipeline: Pipeline) -> None:
    found = codes(builtin_pipeline, "The Iraqi ambassador was shot dead in Baghdad on Monday.")
    assert not any(source.startswith("IRQGOV") for source, _, _ in found)


def test_hacked_to_death_after_be_is_no_act_of_the_subject(builtin_pipeline: Pipeline) -> None:
    found = codes(
        builtin_pipeline, "Two Kenyan policemen were hacked to death near Mombasa on Friday."
    )
    assert not any(source.startswith("KENCOP") for source, _, _ in found)


def test_stative_engaged_in_keeps_the_subject(builtin_pipeline: Pipeline) -> None:
    # "were engaged in fighting": the subject fights; no passive
    found = codes(
        builtin_pipeline, "Serbian forces were engaged in fighting with Kosovo rebels on Sunday."
    )
    assert ("SRBMIL", "KSVREB", "190") in found


# -- "agreed to set up a joint investigation": judicial cooperation (0313), not a bare 030 -----
def test_agree_to_set_up_joint_inquiry_is_judicial_cooperation(
    builtin_pipeline: Pipeline,
) -> None:
    found = codes(
        builtin_pipeline, "France and Germany agreed to set up a joint inquiry into the crash."
    )
    assert found == {("FRA", "DEU", "0313"), ("DEU", "FRA", "0313")}


def test_agree_to_establish_joint_investigation(builtin_pipeline: Pipeline) -> None:
    found = codes(
        builtin_pipeline,
        "Russia and Turkey agreed to establish a joint investigation into the killing.",
    )
    assert found == {("RUS", "TUR", "0313"), ("TUR", "RUS", "0313")}


# -- the inflector: doubled final consonants -------------------------------------------------
@pytest.mark.parametrize(
    ("lemma", "past", "ing"),
    [
        ("dub", "dubbed", "dubbing"),
        ("prod", "prodded", "prodding"),
        ("shrug", "shrugged", "shrugging"),
        ("drum", "drummed", "drumming"),
        ("cap", "capped", "capping"),
        ("squat", "squatted", "squatting"),
        ("incur", "incurred", "incurring"),
        ("embed", "embedded", "embedding"),
        ("confer", "conferred", "conferring"),
        ("concur", "concurred", "concurring"),
        ("extol", "extolled", "extolling"),
        ("deter", "deterred", "deterring"),
        ("ban", "banned", "banning"),
        ("admit", "admitted", "admitting"),
    ],
)
def test_final_consonant_doubles(lemma: str, past: str, ing: str) -> None:
    forms = verb_forms(lemma)
    assert past in forms and ing in forms


@pytest.mark.parametrize(
    ("lemma", "past", "ing"),
    [
        ("visit", "visited", "visiting"),
        ("open", "opened", "opening"),
        ("offer", "offered", "offering"),
        ("limit", "limited", "limiting"),
        ("target", "targeted", "targeting"),
        ("seat", "seated", "seating"),
        ("need", "needed", "needing"),
        ("fix", "fixed", "fixing"),
        ("show", "showed", "showing"),
        ("stay", "stayed", "staying"),
        ("help", "helped", "helping"),
        ("attack", "attacked", "attacking"),
        ("boycott", "boycotted", "boycotting"),
        ("panic", "panicked", "panicking"),
        ("question", "questioned", "questioning"),
        ("threaten", "threatened", "threatening"),
    ],
)
def test_final_consonant_stays_single(lemma: str, past: str, ing: str) -> None:
    forms = verb_forms(lemma)
    assert past in forms and ing in forms
    assert lemma + lemma[-1] + "ed" not in forms or lemma.endswith(lemma[-1] * 2)


def test_became_is_the_past_of_become() -> None:
    assert "became" in verb_forms("become")
    assert "becomed" not in verb_forms("become")
    assert participles("become") == ("become",)
    assert "underwent" in verb_forms("undergo")


# -- "appealed for calm, urging X to …": the participle is the speaker's next act -------------
def test_appeal_in_participle_after_an_appeal_is_coded(builtin_pipeline: Pipeline) -> None:
    found = codes(
        builtin_pipeline,
        "The Arab League appealed for restraint, urging Sudan to negotiate with the rebels.",
    )
    assert ("IGOMEAARL", "SDN", "026") in found


# -- "despite protests from X", "amid protests from X": a noun, no protest of the subject ------
def test_despite_protests_is_no_protest(builtin_pipeline: Pipeline) -> None:
    found = codes(
        builtin_pipeline,
        "Greece and Turkey held naval exercises off Crete on Monday despite protests from Cyprus.",
    )
    assert not any(code.startswith("14") for _, _, code in found)


def test_amid_protests_is_no_protest(builtin_pipeline: Pipeline) -> None:
    found = codes(
        builtin_pipeline, "The Chinese navy began drills near Taiwan amid protests from Japan."
    )
    assert not any(code.startswith("14") for _, _, code in found)
    assert ("CHNMIL", "TWN", "150") in found


# -- "pressed X to resume talks": the infinitive's act refines a generic appeal ----------------
def test_appeal_to_resume_talks_is_an_appeal_to_negotiate(builtin_pipeline: Pipeline) -> None:
    found = codes(builtin_pipeline, "Britain pressed Iran to resume talks with the United States.")
    assert found == {("GBR", "IRN", "026")}


def test_appeal_to_declare_a_truce_is_an_appeal_to_de_escalate(
    builtin_pipeline: Pipeline,
) -> None:
    found = codes(
        builtin_pipeline, "France asked Chad on Monday to declare a truce with the rebels."
    )
    assert found == {("FRA", "TCD", "0256")}


def test_appeal_to_an_uncoded_act_stays_generic(builtin_pipeline: Pipeline) -> None:
    # guard: "send more grain" names no act of the dictionary's content table
    found = codes(builtin_pipeline, "Germany urged Russia to send more grain to Egypt.")
    assert found == {("DEU", "RUS", "020")}


# -- "Iraq's prime minister travelled": the words after the possessive belong to the actor ------
def test_possessive_subject_of_a_written_out_verb(builtin_pipeline: Pipeline) -> None:
    found = codes(builtin_pipeline, "Egypt's foreign minister travelled to Khartoum on Sunday.")
    assert found == {("EGYGOV", "SDN", "042")}


def test_possessive_subject_of_a_noun_pattern(builtin_pipeline: Pipeline) -> None:
    found = codes(builtin_pipeline, "Russia's navy began naval exercises near Norway on Monday.")
    assert found == {("RUSMIL", "NOR", "150")}


def test_adjective_subject_unchanged(builtin_pipeline: Pipeline) -> None:
    # guard: the same act with the country as an adjective was coded before
    found = codes(
        builtin_pipeline, "The Egyptian foreign minister travelled to Khartoum on Sunday."
    )
    assert found == {("EGYGOV", "SDN", "042")}


# -- "warned that they would resume fighting": the announced act refines a generic threat -------
def test_threat_to_resume_fighting_is_a_threat_of_force(builtin_pipeline: Pipeline) -> None:
    found = codes(
        builtin_pipeline,
        "Tuareg rebels warned Mali that they would resume fighting if the army entered Kidal.",
    )
    assert found == {("MLIREBTRG", "MLI", "138")}


def test_threat_of_sanctions_is_a_sanctions_threat(builtin_pipeline: Pipeline) -> None:
    found = codes(
        builtin_pipeline,
        "The European Union warned Belarus that it would face sanctions over the crackdown.",
    )
    assert found == {("IGOEUREEC", "BLR", "1312")}


def test_threat_of_an_uncoded_act_stays_generic(builtin_pipeline: Pipeline) -> None:
    # guard: "respond" names no act of the dictionary
    found = codes(builtin_pipeline, "Iran warned Israel that it would respond to any attack.")
    assert found == {("IRN", "ISR", "130")}


# -- "Turkish jets attacked": aircraft in the attacker's mention make it an air attack (195) -----
def test_jets_attacking_is_an_aerial_attack(builtin_pipeline: Pipeline) -> None:
    found = codes(
        builtin_pipeline,
        "Turkish jets attacked Kurdish rebel positions in northern Iraq on Monday.",
    )
    assert found == {("TURMIL", "KURREB", "195")}


def test_helicopter_gunships_attacking_is_an_aerial_attack(builtin_pipeline: Pipeline) -> None:
    found = codes(
        builtin_pipeline,
        "Russian helicopter gunships attacked rebel positions in Chechnya on Tuesday.",
    )
    assert {code for _, _, code in found} == {"195"}


def test_troops_attacking_stays_a_fight(builtin_pipeline: Pipeline) -> None:
    # guard: no aircraft in the attacker's mention
    found = codes(
        builtin_pipeline,
        "Turkish troops attacked Kurdish rebel positions in northern Iraq on Monday.",
    )
    assert found == {("TURMIL", "KURREB", "190")}


# -- "expelled the Algerian ambassador": an envoy in the target's mention makes it 161 ---------
def test_expelling_an_ambassador_breaks_relations(builtin_pipeline: Pipeline) -> None:
    found = codes(builtin_pipeline, "Morocco expelled the Algerian ambassador on Tuesday.")
    assert found == {("MAR", "DZAGOV", "161")}


def test_expelling_an_envoy_breaks_relations(builtin_pipeline: Pipeline) -> None:
    found = codes(builtin_pipeline, "Kenya expelled the Somali envoy over the border dispute.")
    assert found == {("KEN", "SOMGOV", "161")}


def test_expelling_journalists_is_no_break_of_relations(builtin_pipeline: Pipeline) -> None:
    # guard: no envoy in the target's mention
    found = codes(builtin_pipeline, "Morocco expelled two Algerian journalists on Tuesday.")
    assert found and not any(code == "161" for _, _, code in found)


def test_expelling_reporters_deports_individuals(builtin_pipeline: Pipeline) -> None:
    # the codebook codes expulsions of individuals 174, not 166
    found = codes(builtin_pipeline, "Egypt expelled two Italian journalists on Sunday.")
    assert found == {("EGY", "ITAMED", "174")}


def test_expelling_troops_stays_an_expulsion(builtin_pipeline: Pipeline) -> None:
    # guard: no reporter in the target's mention
    assert codes(builtin_pipeline, "Niger expelled French troops.") == {("NER", "FRAMIL", "166")}


def test_tanks_attacking_is_an_artillery_attack(builtin_pipeline: Pipeline) -> None:
    found = codes(
        builtin_pipeline, "Ethiopian tanks attacked Eritrean positions near Badme on Monday."
    )
    assert found == {("ETHMIL", "ERI", "194")}
