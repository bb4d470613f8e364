"""Event shapes that PLOVER codes and our coder used to miss or misread: acts without a target by
nature (resignations, surrenders), peoples named as "ethnic X" living in another country, protests
called off, agents after "by", charges, pairs named again ("the two leaders"), and the PLOVER
version a gold record is scored in. Every sentence here was written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import coded
from entente.model import Article
from entente.pipeline import Pipeline

DATE = dt.date(2005, 3, 14)


def code(pipeline: Pipeline, text: str) -> list[tuple[str, str | None, str]]:
    return coded(pipeline, text, DATE)


def plover(pipeline: Pipeline, text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    """(source, target, PLOVER type, PLOVER mode) of each event of ``text``."""
    article = pipeline(Article.from_parts(id="t", parts=[("body", text, None)], published=DATE))
    return [
        (e.source.code, e.target.code if e.target else None, e.plover, e.plover_mode)
        for e in article.events
    ]


# -- acts without a target by nature --------------------------------------------------------------
def test_a_resignation_has_no_target_and_is_plover_retreat(builtin_pipeline):
    events = plover(builtin_pipeline, "The Peruvian interior minister resigned on Tuesday.")
    assert events == [("PERGOV", None, "RETREAT", "resign")]
    assert code(builtin_pipeline, "The Peruvian interior minister resigned on Tuesday.") == [
        ("PERGOV", None, "0831")
    ]


def test_a_surrender_without_a_receiver_is_coded_without_a_target(builtin_pipeline):
    events = code(builtin_pipeline, "About two hundred Colombian rebels surrendered on Sunday.")
    assert events == [("COLREB", None, "0874")]


def test_an_agreement_to_resign_is_an_intent_without_a_target(builtin_pipeline):
    events = code(builtin_pipeline, "The Peruvian interior minister agreed to resign on Tuesday.")
    assert events == [("PERGOV", None, "0341")]


@pytest.mark.parametrize(
    "text",
    [
        "Protesters demanded that the Peruvian interior minister resign.",
        "Students marched until the Peruvian interior minister resigned.",
        "The Peruvian interior minister said he was ready to resign if the inquiry found"
        " against him.",
    ],
)
def test_a_resignation_demanded_awaited_or_conditional_is_not_coded(builtin_pipeline, text):
    assert not [e for e in code(builtin_pipeline, text) if e[2] in ("0831", "0341")]


def test_a_resignation_by_an_unknown_official_is_not_coded(builtin_pipeline):
    assert code(builtin_pipeline, "The minister resigned on Friday.") == []


def test_a_resignation_with_a_named_receiver_is_one_event(builtin_pipeline):
    events = code(
        builtin_pipeline, "The Pakistani president stepped down and handed power to the army."
    )
    assert events == [("PAKGOV", "PAKMIL", "0831")]


# -- protests called off, organised and explained -------------------------------------------------
def test_a_strike_called_off_eases_dissent_toward_the_government(builtin_pipeline):
    events = code(builtin_pipeline, "Ghana's teachers' union called off its strike on Monday.")
    assert events == [("GHAEDU", "GHAGOV", "082")]


def test_prisoners_held_by_a_state_act_toward_that_state(builtin_pipeline):
    # (Kurds held in Turkey: Turkish civilians of the Kurdish people, by residence)
    events = code(builtin_pipeline, "Kurdish prisoners in Turkish jails ended their hunger strike.")
    assert events == [("TURCVLKUR", "TURGOV", "082")]


def test_an_organised_general_strike_in_protest_of_arrests_is_one_protest(builtin_pipeline):
    text = (
        "Opposition parties in Bangladesh organized a general strike in protest of the arrest"
        " of activists."
    )
    assert code(builtin_pipeline, text) == [("BGDOPP", "BGDGOV", "143")]


def test_a_demonstration_is_aimed_at_the_government_of_the_place_named(builtin_pipeline):
    events = code(
        builtin_pipeline, "Several thousand Chileans demonstrated in Argentina on Friday."
    )
    assert events == [("CHL", "ARGGOV", "141")]


def test_a_protest_calling_for_something_is_not_a_second_appeal(builtin_pipeline):
    text = "Hundreds of Kenyans rallied in Nairobi calling for the release of political prisoners."
    assert code(builtin_pipeline, text) == [("KEN", "KENGOV", "141")]


# -- peoples named as "ethnic X" ------------------------------------------------------------------
def test_an_ethnic_group_takes_the_country_where_the_act_takes_place(builtin_pipeline):
    events = code(
        builtin_pipeline,
        "Serbian police killed two ethnic Albanians in a shootout in southern Serbia.",
    )
    assert [(s, t) for s, t, _ in events] == [("SRBCOP", "SRBCVL")]


def test_an_ethnic_group_protesting_a_state_lives_in_it(builtin_pipeline):
    text = "Ethnic Russians staged a hunger strike against Latvia's new language law."
    assert code(builtin_pipeline, text) == [("LVACVL", "LVA", "142")]


def test_a_nation_named_without_ethnic_keeps_its_own_code(builtin_pipeline):
    events = code(
        builtin_pipeline, "Serbian police killed two Albanians in a shootout in southern Serbia."
    )
    assert [(s, t[:3] if t else None) for s, t, _ in events] == [("SRBCOP", "ALB")]


# -- agents, charges, pairs, noun readings --------------------------------------------------------
def test_by_after_the_verb_names_the_doer_not_the_target(builtin_pipeline):
    events = code(
        builtin_pipeline, "The Kenyan government ordered patrols by police across Nairobi."
    )
    assert not [e for e in events if e[1] and e[1].endswith("COP")]


def test_an_act_named_as_a_role_in_a_charge_is_not_a_fact(builtin_pipeline):
    text = (
        "A British journalist was put under investigation in France for his alleged role in"
        " rioting in Paris."
    )
    assert not [e for e in code(builtin_pipeline, text) if e[2].startswith("14")]


def test_the_two_leaders_are_the_pair_named_before(builtin_pipeline):
    events = code(
        builtin_pipeline, "Putin hosted Erdogan in Sochi for talks between the two leaders."
    )
    assert not [e for e in events if e[0].startswith("---") or (e[1] or "").startswith("---")]


def test_a_compound_noun_ending_in_ing_is_a_noun(builtin_pipeline):
    text = "Two Kenyan policemen were wounded in a roadside car bombing in Mombasa."
    assert code(builtin_pipeline, text) == []


def test_a_hyphenated_modifier_makes_the_verb_form_a_noun():
    from entente.events.roles import _noun_reading
    from entente.events.units import _Unit

    words = ["the", "long-delayed", "visit"]
    units = [_Unit(w, i, i + 1, None) for i, w in enumerate(words)]
    assert _noun_reading(units, 2)


# -- curfews, investigations, concessions ---------------------------------------------------------
def test_a_curfew_shortened_by_some_hours_is_eased(builtin_pipeline):
    text = "The Sudanese government shortened by two hours the nightly curfew in Khartoum."
    assert code(builtin_pipeline, text) == [("SDNGOV", "SDN", "0813")]


def test_a_leader_announcing_a_longer_curfew_in_a_named_city_threatens_it(builtin_pipeline):
    text = "President Ouattara said he will extend the curfew in Abidjan."
    events = coded(builtin_pipeline, text, dt.date(2012, 5, 1))
    assert [(s, t, c[:2]) for s, t, c in events] == [("CIVGOV", "CIV", "13")]


def test_a_team_sent_to_investigate_is_an_investigation(builtin_pipeline):
    text = (
        "The OSCE sent a dozen military and civilian experts to Georgia to investigate the"
        " border incidents."
    )
    assert code(builtin_pipeline, text) == [("IGOEURSCE", "GEO", "090")]


def test_an_unnamed_government_conceding_to_a_group_is_the_groups_state(builtin_pipeline):
    events = code(builtin_pipeline, "The government conceded to demands from UNITA rebels.")
    assert events == [("AGOGOV", "AGOREB", "080")]
