"""General coder mechanics with the built-in dictionaries: domestic dyads, participle clauses,
compounds in a slot between words, trailing attributions, noun readings of verbs."""

import datetime as dt

import pytest

from conftest import coded


def code(pipeline, text, date=dt.date(2001, 5, 1)):
    return coded(pipeline, text, date)


# -- domestic dyads: two mentions with one code are two entities ------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state and one of its provinces (both resolve to the bare state)
        ("Myanmar sent 500 more troops to the troubled Shan state.", ("MMR", "MMR", "154")),
        ("Iraq deployed 2,000 soldiers to the province of Anbar.", ("IRQ", "IRQ", "154")),
    ],
)
def test_mechanics_domestic_dyads_with_one_code(builtin_pipeline, text, expected):
    assert expected in code(builtin_pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "Iran said Iran would never attack Iran.",  # the same words: one entity
        # two role nouns of one body: the diplomats and their ambassador
        "Moroccan diplomats met at a lunch hosted by the ambassador of Morocco.",
    ],
)
def test_mechanics_one_entity_is_no_dyad(builtin_pipeline, text):
    assert not [e for e in code(builtin_pipeline, text) if e[0] == e[1]]


def test_mechanics_distinct_mentions_helper():
    from entente.events.building import _distinct
    from entente.model import Actor, Mention

    text = "Iran … Iran … Tehran … it"
    idn = Actor("IRN", "Iran")
    a, b = Mention(0, 4, 0, idn), Mention(7, 11, 0, idn)
    c, pronoun = Mention(14, 20, 0, idn), Mention(23, 25, 0, idn, "pronoun")
    assert not _distinct(text, a, a, idn, idn)  # one mention
    assert not _distinct(text, a, b, idn, idn)  # the same words
    assert _distinct(text, a, c, idn, idn)  # another place of the state
    assert not _distinct(text, a, pronoun, idn, idn)  # "it": the state again


# -- participle clauses after a comma: the subject of the clause before ------------------------
def test_mechanics_participle_takes_the_main_subject(builtin_pipeline):
    events = code(
        builtin_pipeline,
        "Sudanese rebels ambushed a convoy in eastern Chad, killing two French soldiers.",
    )
    # the ambush and the killing, both by the rebels (not Chad's); victims of no country ("two
    # soldiers") or of the country attacked ("two Chadian soldiers") are the ambush's
    # casualties, not a second act (test_wire3_mechanics.py, test_coder_s7.py)
    assert len(events) == 2
    assert all(source == "SDNREB" for source, _, _ in events)


def test_mechanics_participle_clause_is_coded(builtin_pipeline):
    events = code(
        builtin_pipeline,
        "Eritrea expelled the Ethiopian envoy, accusing Addis Ababa of arming rebels.",
    )
    assert ("ERI", "ETHGOV", "112") in events


def test_mechanics_participle_after_a_passive_is_the_agent_s_act(builtin_pipeline):
    events = code(
        builtin_pipeline,
        "The Syrian army post was shelled by Turkish artillery, killing four Syrian soldiers.",
    )
    assert events and all(source.startswith("TUR") for source, _, _ in events)


# -- compounds ---------------------------------------------------------------------------------
def test_mechanics_compound_fills_a_slot_between_words(builtin_pipeline):
    events = code(builtin_pipeline, "Japan will give Laos and Cambodia 20 million dollars.")
    targets = {t for _, t, _ in events}
    assert {"LAO", "KHM"} <= targets


def test_mechanics_compound_stops_at_a_trailing_attribution(builtin_pipeline):
    events = code(
        builtin_pipeline,
        "Switzerland offered to mediate between the Colombian government and the FARC, "
        "Swiss diplomats said.",
    )
    assert events
    assert not [e for e in events if e[1].startswith("CHE")]


# -- noun readings -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Putin met Bush in Moscow, the first such visit since the Cold War ended.",
        "It was the worst single attack of the war in Bosnia.",
    ],
)
def test_mechanics_noun_after_determiner_and_adjectives(builtin_pipeline, text):
    assert not [
        e for e in code(builtin_pipeline, text) if e[2][:2] in ("04", "19") and e[2] != "040"
    ]


def test_mechanics_two_sides_is_no_adjective():
    from entente.events.roles import _adjectives_after_determiner
    from entente.events.units import _Unit

    def units(words):
        return [_Unit(w, 0, 0, None, modifier=w.isalpha() and w != "the") for w in words]

    assert _adjectives_after_determiner(units(["the", "first", "such", "visit"]), 3)
    assert not _adjectives_after_determiner(units(["the", "two", "sides", "meet"]), 3)
    assert not _adjectives_after_determiner(units(["the", "visit"]), 1)


# -- role nouns owned by an actor named before -------------------------------------------------
def test_mechanics_owned_role_noun_keeps_pattern_words(builtin_pipeline):
    # "its ambassador" is Kenya's; the target is Uganda, and "ambassador" is still a pattern word
    events = code(builtin_pipeline, "Kenya recalled its ambassador from Uganda.")
    assert events and events[0][:2] == ("KEN", "UGA")
