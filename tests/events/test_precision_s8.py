"""False events found by reading a random sample of the events coded in the bundled sample
corpus (session 8): "called" that is no telephone call, a protest that is only the reason of
another act ("in protest"), and a noun read as a verb after "weeks of". Each shape produced events
between actors that had no contact at all. The sentences are written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import coded
from entente.errors import DictionaryError
from entente.events.verbs import VerbDictionary, compile_pattern
from entente.pipeline import Pipeline

DATE = dt.date(2019, 6, 1)


def codes(pipeline: Pipeline, text: str) -> set[tuple[str, str | None, str]]:
    return set(coded(pipeline, text, DATE))


# -- "called": a telephone call only when the actor called follows the verb --------------------
def test_calling_an_act_a_provocation_is_no_call(builtin_pipeline: Pipeline) -> None:
    found = codes(
        builtin_pipeline,
        "The Russian president called the shooting a provocation aimed at wrecking relations "
        "between Russia and Turkey.",
    )
    assert not [c for c in found if c[2] == "041"]


def test_a_mission_called_by_its_name_pairs_no_list_of_countries(
    builtin_pipeline: Pipeline,
) -> None:
    found = codes(
        builtin_pipeline,
        "The minister said Denmark, Greece, Canada and Spain would join the naval force, "
        "called Operation Sea Shield.",
    )
    assert not [c for c in found if c[2] == "041"]


def test_calling_a_pronoun_a_name_is_a_label(builtin_pipeline: Pipeline) -> None:
    found = codes(
        builtin_pipeline,
        "Hungary banned two Romanian cultural associations, calling them foreign agents.",
    )
    assert not [c for c in found if c[2] == "041"]


@pytest.mark.parametrize(
    "text, called",
    [
        ("Putin called Erdogan on Tuesday to discuss Syria.", "TURGOV"),
        ("Putin called his Turkish counterpart late on Tuesday.", "TURGOV"),
        ("Macron called the Iranian president on Friday.", "IRNGOV"),
    ],
)
def test_calling_an_actor_is_still_a_call_both_ways(
    builtin_pipeline: Pipeline, text: str, called: str
) -> None:
    found = codes(builtin_pipeline, text)
    caller = next(s for s, t, c in found if c == "041" and t == called)
    assert (called, caller, "041") in found


def test_adjacent_needs_a_pattern_that_ends_with_its_target() -> None:
    with pytest.raises(ValueError, match="adjacent"):
        compile_pattern("$ <call> + back", cameo="041", rule="t:1#1", adjacent=True)
    assert compile_pattern("$ <call> +", cameo="041", rule="t:1#1", adjacent=True).adjacent


def test_adjacent_key_is_read_from_a_verb_file(tmp_path) -> None:
    path = tmp_path / "calls.yaml"
    path.write_text('- cameo: "041"\n  patterns: ["$ <ring> +"]\n  adjacent: true\n', "utf-8")
    verbs = VerbDictionary()
    verbs.load_file(path)
    assert [p.adjacent for p in verbs.patterns] == [True]
    bad = tmp_path / "bad.yaml"
    bad.write_text('- cameo: "041"\n  patterns: ["+ <ring> $"]\n  adjacent: true\n', "utf-8")
    with pytest.raises(DictionaryError, match="adjacent"):
        VerbDictionary().load_file(bad)


# -- "in protest": the reason of another act, not a protest against one's own government -------
def test_in_protest_is_the_reason_of_the_recall(builtin_pipeline: Pipeline) -> None:
    found = codes(
        builtin_pipeline,
        "Jordan recalled its ambassador from Israel in protest, officials in Amman said.",
    )
    assert ("JOR", "ISR", "161") in found
    assert not [c for c in found if c[2].startswith("14")]


def test_in_protest_at_a_named_plan_stays_a_protest(builtin_pipeline: Pipeline) -> None:
    found = codes(
        builtin_pipeline,
        "Italian rail workers stayed off the job on Monday in protest at the government's "
        "pension plans.",
    )
    assert [c for c in found if c[2].startswith("14")]


# -- "weeks of mass protests": a noun after "of" and a modifier -------------------------------
def test_weeks_of_mass_protests_is_a_noun(builtin_pipeline: Pipeline) -> None:
    found = codes(
        builtin_pipeline,
        "The king agreed to recall parliament, bowing to weeks of mass protests and a general "
        "strike called by opposition parties.",
    )
    assert not [c for c in found if c[2].startswith("14")]


# -- the subject of a reported clause is never the speaker across "said" ----------------------
def test_militants_in_a_reported_clause_are_not_the_speaker(builtin_pipeline: Pipeline) -> None:
    found = codes(
        builtin_pipeline,
        "On Friday Kenya said gunmen had stormed its embassy in Mogadishu and seized two guards.",
    )
    assert not [c for c in found if c[0] == "KEN"]


@pytest.mark.parametrize(
    "text, source",
    [
        # session 9: the forces the speaker owns are the speaker's military (PAKMIL)
        ("Pakistan said its forces had shot down two Indian jets.", "PAKMIL"),
        ("Russian officials said troops were fighting to repel Ukrainian forces.", "RUSGOV"),
        (
            "The Dutch government announced that they would withdraw their troops from Mali.",
            "NLDGOV",
        ),
    ],
)
def test_the_speakers_own_forces_stay_the_speaker(
    builtin_pipeline: Pipeline, text: str, source: str
) -> None:
    assert [c for c in codes(builtin_pipeline, text) if c[0] == source]


def test_a_team_of_officials_is_those_officials(builtin_pipeline: Pipeline) -> None:
    found = codes(
        builtin_pipeline,
        "Speaking to lawmakers, Erdogan said a team of Saudi officials had flown into Istanbul "
        "two days earlier.",
    )
    assert ("SAUGOV", "TUR", "042") in found
    assert not [c for c in found if c[0] == "TURGOV"]


# -- "A and B, C": a list ends with its conjunction ---------------------------------------------
def test_a_pair_before_a_comma_is_no_part_of_the_subject(builtin_pipeline: Pipeline) -> None:
    found = codes(
        builtin_pipeline,
        "At the summit, attended by Emmanuel Macron and Olaf Scholz, Japanese Prime Minister "
        "Fumio Kishida thanked President Joe Biden.",
    )
    assert {c[0] for c in found if c[2] == "051"} == {"JPNGOV"}


def test_a_list_closed_by_its_conjunction_is_one_subject(builtin_pipeline: Pipeline) -> None:
    found = codes(builtin_pipeline, "Iran, Syria and Iraq condemned Israel.")
    assert {c[0] for c in found if c[2] == "111"} == {"IRN", "SYR", "IRQ"}


# -- "activists report heavy shelling of Homs": the teller is not the actor ---------------------
@pytest.mark.parametrize(
    "text",
    [
        "Opposition activists report heavy shelling of Aleppo for a third day.",
        "Residents described fierce shelling of Donetsk on Sunday.",
    ],
)
def test_who_tells_of_an_attack_did_not_make_it(builtin_pipeline: Pipeline, text: str) -> None:
    assert not [c for c in codes(builtin_pipeline, text) if c[2].startswith("19")]


def test_an_attacker_named_before_the_act_stays(builtin_pipeline: Pipeline) -> None:
    found = codes(builtin_pipeline, "Residents reported Russian troops shelling Kharkiv.")
    assert [c for c in found if c[0] == "RUSMIL" and c[2].startswith("19")]


# -- "accused": the one accused follows the verb; what is alleged is no act of the accuser ------
def test_an_actor_inside_the_allegation_is_not_the_accused(builtin_pipeline: Pipeline) -> None:
    found = codes(
        builtin_pipeline,
        "Bahrain cut ties with Qatar, accusing the emirate of financing militant groups.",
    )
    assert ("BHR", "QAT", "161") in found
    assert [c for c in found if c[0] == "BHR"] == [("BHR", "QAT", "161")]


def test_the_alleged_act_is_not_the_accusers(builtin_pipeline: Pipeline) -> None:
    found = codes(builtin_pipeline, "Jordan accused the neighbouring kingdom of arming Hamas.")
    assert not [c for c in found if c[0] == "JOR"]


@pytest.mark.parametrize(
    "text, accused",
    [
        ("Iran accused Israel on Monday of sabotaging the Natanz plant.", "ISR"),
        ("Syria accused both Turkey and Qatar of arming the rebels.", "TUR"),
    ],
)
def test_the_accused_right_after_the_verb_stays(
    builtin_pipeline: Pipeline, text: str, accused: str
) -> None:
    assert [c for c in codes(builtin_pipeline, text) if c[1] == accused and c[2] == "112"]


def test_accusing_each_other_stays_mutual(builtin_pipeline: Pipeline) -> None:
    found = codes(builtin_pipeline, "Serbia and Croatia accused each other of provocations.")
    assert {("SRB", "HRV"), ("HRV", "SRB")} <= {(s[:3], (t or "")[:3]) for s, t, _ in found}


# -- an object is not looked for past the verb of another clause --------------------------------
def test_no_object_past_a_verb_of_saying(builtin_pipeline: Pipeline) -> None:
    found = codes(
        builtin_pipeline,
        "Arab leaders meeting there declared that there would be no peace with Israel.",
    )
    assert not [c for c in found if c[2].startswith("04")]


def test_a_reported_act_is_still_an_object(builtin_pipeline: Pipeline) -> None:
    found = codes(
        builtin_pipeline,
        "The Israeli army declined to comment on the reported strike on Iran's air base.",
    )
    assert [c for c in found if c[1] == "IRN"]


# -- gladness at a harm done to an actor is no praise of it -------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "A spokesman for the Afghan government welcomed bin Laden's death.",
        "The French president welcomed the capture of Saddam Hussein.",
    ],
)
def test_welcoming_a_downfall_is_no_praise(builtin_pipeline: Pipeline, text: str) -> None:
    found = codes(builtin_pipeline, text)
    assert found and all(c[2] == "010" for c in found)


# -- review of the session's changes: regressions they had caused --------------------------------
@pytest.mark.parametrize(
    "text, called",
    [
        ("Putin called newly elected President Emmanuel Macron on Monday.", "FRAGOV"),
        ("Putin called outgoing President Barack Obama.", "USAGOV"),
    ],
)
def test_a_title_may_have_modifiers_after_called(
    builtin_pipeline: Pipeline, text: str, called: str
) -> None:
    assert ("RUSGOV", called, "041") in codes(builtin_pipeline, text)


def test_called_each_other_names_is_no_call(builtin_pipeline: Pipeline) -> None:
    assert not codes(builtin_pipeline, "India and Pakistan called each other liars.")


def test_states_as_a_noun_does_not_end_the_object(builtin_pipeline: Pipeline) -> None:
    found = codes(
        builtin_pipeline, "The United States imposed sanctions on several states including Iran."
    )
    assert ("USA", "IRN", "163") in found


def test_a_passive_accusation_keeps_its_act(builtin_pipeline: Pipeline) -> None:
    found = codes(builtin_pipeline, "Russia was accused of bombing a hospital in Aleppo.")
    assert [c for c in found if c[0] == "RUS" and c[2].startswith("19")]


def test_a_crowd_of_no_country_does_not_take_its_targets(builtin_pipeline: Pipeline) -> None:
    found = codes(builtin_pipeline, "Angry crowds attacked Japanese shops in Beijing.")
    assert not [c for c in found if c[0].startswith("JPN")]


def test_a_role_noun_may_name_what_was_struck(builtin_pipeline: Pipeline) -> None:
    found = codes(
        builtin_pipeline, "Israel struck what the military said were Hezbollah targets in Lebanon."
    )
    assert [c for c in found if c[1] == "LBNREB"]
    assert not [c for c in found if (c[1] or "").startswith("ISR")]


def test_a_government_is_not_made_the_speakers_own(builtin_pipeline: Pipeline) -> None:
    found = codes(
        builtin_pipeline,
        "Protesters in Kiev demanded that the government resign, and the Kremlin criticised "
        "the government.",
    )
    assert ("RUSGOV", "RUSGOV", "111") not in found


def test_attention_drawn_to_a_threat_is_no_warning(builtin_pipeline: Pipeline) -> None:
    assert not codes(
        builtin_pipeline, "Japan's defence plan drew attention to the threat from China."
    )
    found = codes(builtin_pipeline, "Iran's missile plan drew stern warnings from Israel.")
    assert ("ISR", "IRN", "130") in found


@pytest.mark.parametrize(
    "text",
    [
        "Erdogan called Netanyahu and Herzog murderers.",
        "Erdogan called Netanyahu murderous.",
        "The Turkish foreign ministry called it stillborn.",
    ],
)
def test_a_word_said_of_the_one_called_makes_a_label(builtin_pipeline: Pipeline, text: str) -> None:
    assert not [c for c in codes(builtin_pipeline, text) if c[2] == "041"]
