"""Session 10, coder/lexicon round 18 (dev_sentences_wire2, wire3 and wire8): a building seized
by hostage-takers; hostages named by a coordinated object; investigations in the plural; appeals
for aid to donors or the international community; a rally broken up after a protest. The
sentences are written for these tests."""

from __future__ import annotations

from conftest import event_keys
from entente.pipeline import Pipeline


# -- one act of hostage-taking: the seizure of the building is its means ---------------------------
def test_seizing_a_building_and_taking_hostages_is_one_hostage_taking(
    builtin_pipeline: Pipeline,
) -> None:
    events = event_keys(
        builtin_pipeline,
        "Gunmen seized a hotel in the Malian capital Bamako on Friday and took 170 guests hostage.",
    )
    assert ("---", "MLI", "181") in events
    assert not any(code.startswith("19") for _, _, code in events)
    # a town is territory: its capture is an act of its own
    town = event_keys(
        builtin_pipeline, "Rebels seized the town of Goma and took ten Congolese soldiers hostage."
    )
    assert ("---", "COD", "192") in town


def test_storming_a_residence_and_taking_hostages_is_no_attack_beside_it(
    builtin_pipeline: Pipeline,
) -> None:
    events = event_keys(
        builtin_pipeline,
        "Colombian rebels stormed the Venezuelan ambassador's residence in Bogota and took "
        "dozens of guests hostage.",
    )
    assert ("COL", "VEN", "181") in events
    assert ("COL", "VEN", "190") not in events


def test_hostages_named_by_a_coordinated_object(builtin_pipeline: Pipeline) -> None:
    events = event_keys(
        builtin_pipeline,
        "Separatist gunmen seized a school in the Russian town of Nalchik on Monday, taking "
        "hundreds of pupils and teachers hostage.",
    )
    assert ("---", "RUS", "181") in events
    assert ("---", "RUS", "192") not in events


# -- investigations ------------------------------------------------------------------------------
def test_plural_investigations_into_war_crimes(builtin_pipeline: Pipeline) -> None:
    events = event_keys(
        builtin_pipeline,
        "Georgia's chief prosecutor said her office had opened hundreds of investigations into "
        "alleged war crimes by Russian forces.",
    )
    assert ("GEO", "RUS", "094") in events


# -- appeals for aid to no named actor ------------------------------------------------------------
def test_appeal_to_donors_has_no_target(builtin_pipeline: Pipeline) -> None:
    events = event_keys(
        builtin_pipeline,
        "Uganda's president appealed to donors on Monday to fund the return of Sudanese refugees.",
    )
    assert ("UGA", None, "023") in events
    assert not any(target == "SDN" for _, target, _ in events)


def test_appeal_to_the_international_community_for_food(builtin_pipeline: Pipeline) -> None:
    events = event_keys(
        builtin_pipeline,
        "Niger appealed to the international community for emergency food aid after the drought.",
    )
    assert ("NER", None, "0233") in events
    # an addressee named is the target
    named = event_keys(builtin_pipeline, "Niger appealed to the United Nations for food aid.")
    assert ("NER", "IGO", "0233") in named


# -- a rally broken up after a protest ------------------------------------------------------------
def test_rally_broken_up_targets_the_protesters(builtin_pipeline: Pipeline) -> None:
    events = event_keys(
        builtin_pipeline,
        "Opposition protesters in Minsk occupied the town hall after riot police broke up a "
        "rally in October Square.",
    )
    assert ("BLR", "BLR", "175") in events
    assert ("BLR", "BLR", "144") in events


# -- a condition opened by "as long as" -----------------------------------------------------------
def test_as_long_as_opens_a_condition(builtin_pipeline: Pipeline) -> None:
    events = event_keys(
        builtin_pipeline,
        "Al-Shabaab said Kenya would remain a target as long as its troops bombed Somalia.",
    )
    assert not any(code.startswith("19") for _, _, code in events)
    done = event_keys(builtin_pipeline, "Kenyan warplanes bombed Somalia on Monday.")
    assert any(code.startswith("19") for _, _, code in done)


# -- a commitment is one party's own --------------------------------------------------------------
def test_commitment_at_a_summit_is_not_mutual(builtin_pipeline: Pipeline) -> None:
    events = event_keys(
        builtin_pipeline,
        "Iranian President Hassan Rouhani committed to work toward peace in the region at his "
        "summit with Russian President Vladimir Putin in Sochi.",
    )
    assert ("IRN", "RUS", "030") in events
    assert ("RUS", "IRN", "030") not in events
