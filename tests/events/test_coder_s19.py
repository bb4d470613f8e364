"""Coder and lexicon round 19 of session 11 (dev_sentences_wire10): two riot-control weapons in
a row; criticism that the subject defies or ignores; an appositive's verdict on the act told
before it ("a move X called counterproductive", "in a move X denounced as"); an initialled text
of any kind; air defence sent to a border; a state ordered to shrink its embassy; a claim of
responsibility for the act told before it; "the Islamist movement" as the group named before; one
charge rejected; a participle after a clause whose act is not coded; a guest welcomed with
ceremony. The sentences are written for these tests."""

from __future__ import annotations

from conftest import event_keys, event_roots
from entente.pipeline import Pipeline


# -- repression with two crowd-control weapons ----------------------------------------------------
def test_tear_gas_and_rubber_bullets_are_repression(builtin_pipeline: Pipeline) -> None:
    text = "Kenyan police fired tear gas and rubber bullets at opposition supporters in Kisumu."
    found = event_roots(builtin_pipeline, text)
    assert ("KEN", "KEN", "17") in found
    assert not any(c == "19" for _, _, c in found)


# -- criticism the subject defies -----------------------------------------------------------------
def test_defying_criticism_from_another_actor(builtin_pipeline: Pipeline) -> None:
    text = (
        "The Polish government pressed ahead with its court reform on Monday, "
        "defying sharp criticism from the European Commission."
    )
    found = event_roots(builtin_pipeline, text)
    assert ("IGO", "POL", "11") in found
    assert ("POL", "IGO", "12") in found


def test_shrugging_off_criticism_from_another_actor(builtin_pipeline: Pipeline) -> None:
    text = "The Greek prime minister shrugged off criticism from Turkey over the naval drills."
    assert ("TUR", "GRC", "11") in event_roots(builtin_pipeline, text)


# -- an appositive's verdict on the act before it -------------------------------------------------
def test_a_move_another_state_called_counterproductive(builtin_pipeline: Pipeline) -> None:
    text = (
        "Finland's parliament voted on Monday to join the alliance, "
        "a move Russia's foreign ministry called counterproductive."
    )
    assert ("RUS", "FIN", "11") in event_roots(builtin_pipeline, text)


def test_in_a_move_another_state_denounced_as(builtin_pipeline: Pipeline) -> None:
    text = "Japan banned fish imports from China on Monday, in a move Beijing denounced as hostile."
    found = event_roots(builtin_pipeline, text)
    assert ("CHN", "JPN", "11") in found
    assert ("JPN", "CHN", "16") in found


# -- initialled texts -----------------------------------------------------------------------------
def test_initialled_framework_is_a_signed_agreement(builtin_pipeline: Pipeline) -> None:
    text = "Armenia and Azerbaijan initialled a framework for a peace treaty in Washington."
    found = event_roots(builtin_pipeline, text)
    assert ("ARM", "AZE", "05") in found
    assert ("AZE", "ARM", "05") in found


# -- air defence moved to a border ----------------------------------------------------------------
def test_batteries_sent_to_a_border_are_a_mobilisation(builtin_pipeline: Pipeline) -> None:
    text = "Greece sent tanks and air defence batteries to its border with Turkey on Friday."
    found = event_keys(builtin_pipeline, text)
    assert ("GRC", "TUR", "154") in found
    assert not any(c.startswith("07") for _, _, c in found)


# -- a state ordered to shrink its mission --------------------------------------------------------
def test_ordered_to_cut_embassy_staff_reduces_relations(builtin_pipeline: Pipeline) -> None:
    text = "Estonia ordered Russia on Tuesday to reduce its diplomatic staff in Tallinn."
    assert ("EST", "RUS", "161") in event_keys(builtin_pipeline, text)


# -- a claim of responsibility names the author and victim of the act told before it -------------
def test_claimed_attack_of_an_unknown_bomber(builtin_pipeline: Pipeline) -> None:
    text = (
        "A suicide bomber blew himself up at a police checkpoint in Kabul on Sunday, "
        "killing eight officers, and the Taliban claimed the attack."
    )
    found = event_roots(builtin_pipeline, text)
    assert ("AFG", "AFG", "18") in found
    assert ("AFG", "AFG", "01") in found
    assert not any(c in ("11", "18") and s == "---" for s, _, c in found)
    assert not any(c == "11" for _, _, c in found)  # the claimant accuses no one of its act


def test_claim_of_responsibility_after_an_attack_by_gunmen(builtin_pipeline: Pipeline) -> None:
    text = (
        "Gunmen attacked an army base in northern Mali on Friday, killing 20 soldiers, "
        "and an al Qaeda affiliate claimed responsibility."
    )
    found = event_roots(builtin_pipeline, text)
    assert ("IMG", "MLI", "19") in found
    assert ("IMG", "MLI", "01") in found
    # no claimant named, no claim
    text = (
        "Gunmen kidnapped three Chinese engineers in Nigeria, and no group claimed responsibility."
    )
    assert not any(c == "01" for _, _, c in event_roots(builtin_pipeline, text))


def test_claimed_massacre_of_named_victims(builtin_pipeline: Pipeline) -> None:
    text = (
        "The rebels of the ADF claimed responsibility on Monday "
        "for the massacre of 40 Ugandan villagers."
    )
    assert any(t == "UGA" and c == "01" for _, t, c in event_roots(builtin_pipeline, text))


# -- "the Islamist movement", "the paramilitary group": the armed group named before --------------
def test_the_islamist_movement_is_the_group_named_before(builtin_pipeline: Pipeline) -> None:
    text = (
        "An Israeli air strike killed a senior Hamas commander in Gaza on Tuesday, "
        "and the Islamist movement accused Israel of a massacre."
    )
    found = event_keys(builtin_pipeline, text)
    assert any(s == "PSE" and t == "ISR" and c.startswith("11") for s, t, c in found)
    assert not any(s == t == "ISR" for s, t, _ in found)


def test_the_paramilitary_group_is_the_force_named_before(builtin_pipeline: Pipeline) -> None:
    text = (
        "Sudan's army chief met an envoy of the Rapid Support Forces on Monday "
        "but later accused the paramilitary group of looting Khartoum."
    )
    assert ("SDN", "SDN", "11") in event_roots(builtin_pipeline, text)


# -- one charge rejected is a denial --------------------------------------------------------------
def test_rejecting_a_single_charge_is_a_denial(builtin_pipeline: Pipeline) -> None:
    text = "Iran on Monday rejected as absurd a charge by Israel that it had sent drones to Russia."
    found = event_roots(builtin_pipeline, text)
    assert ("IRN", "ISR", "01") in found
    assert not any(c == "12" for _, _, c in found)


# -- a participle after a clause whose own act is not coded ---------------------------------------
def test_participle_takes_the_subject_of_its_clause(builtin_pipeline: Pipeline) -> None:
    text = (
        "Egypt's parliament voted on Friday to stay out of the Saudi-led war in Yemen, "
        "rebuffing a request from Riyadh for troops."
    )
    found = event_roots(builtin_pipeline, text)
    assert ("EGY", "SAU", "12") in found
    text = (
        "South Africa took Israel to the International Court of Justice on Friday, "
        "accusing Israel of genocide in Gaza."
    )
    found = event_roots(builtin_pipeline, text)
    assert ("ZAF", "ISR", "11") in found


# -- a guest welcomed with ceremony is hosted -----------------------------------------------------
def test_welcomed_with_a_ceremony_is_a_hosted_visit(builtin_pipeline: Pipeline) -> None:
    text = (
        "Vietnam's president welcomed the Indian prime minister "
        "with a red-carpet ceremony in Hanoi."
    )
    found = event_keys(builtin_pipeline, text)
    assert ("VNM", "IND", "043") in found
    assert not any(c.startswith("05") for _, _, c in found)


# -- a kind of train is a vehicle (lead's review) -------------------------------------------------
def test_a_kind_of_train_is_the_vehicle_not_training(builtin_pipeline: Pipeline) -> None:
    text = (
        "Police said Pakistani intelligence agents planned the bombings of Mumbai commuter "
        "trains that killed 180 people."
    )
    assert not any(c == "07" for _, _, c in event_roots(builtin_pipeline, text))
