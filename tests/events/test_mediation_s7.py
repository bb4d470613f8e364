"""Mediation named by an adjective compound (session 7): "agreed to an Egyptian-brokered
ceasefire". The actor stage gives "X-brokered", "X-mediated" and "X-sponsored" before a process
between parties a mention of X marked ``via="mediator"``; the coder never takes it as the source
or target of a pattern, and codes 045 from X to each party of the process
(:mod:`entente.events.mediation`). The sentences are our own."""

import datetime as dt

import pytest

from conftest import coded, resolved
from entente.model import Article

DATE = dt.date(2015, 6, 1)


def code(pipeline, text):
    return coded(pipeline, text, DATE)


def mediations(events):
    return {(s, t) for s, t, c in events if c == "045"}


def mentions(resolver, text):
    article = resolved(resolver, text, DATE)
    return [(article.text[m.start : m.end], m.actor.code, m.via) for m in article.mentions]


# -- the actor stage: a mention of the mediator, marked as a modifier --------------------------
@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Kenyan-mediated talks resumed in Nairobi.", ("Kenyan-mediated", "KEN", "mediator")),
        ("The UN-sponsored dialogue stalled.", ("UN-sponsored", "IGOUNO", "mediator")),
        # a state matched in the dictionary, "-" and the participle: one mention of the compound
        ("The U.N.-brokered truce held.", ("U.N.-brokered", "IGOUNO", "mediator")),
        ("A Qatar-brokered prisoner swap began.", ("Qatar-brokered", "QAT", "mediator")),
    ],
)
def test_a_compound_before_a_process_names_its_mediator(builtin_resolver, text, mention):
    assert mention in mentions(builtin_resolver, text)


def test_a_sponsor_of_a_plan_stays_an_actor_but_a_sponsor_of_talks_mediates(builtin_resolver):
    # "a U.S.-sponsored plan" is the sponsor's own proposal: an ordinary mention, as before
    assert ("U.S.", "USA", "dictionary") in mentions(
        builtin_resolver, "Iran rejected a U.S.-sponsored plan."
    )
    found = mentions(builtin_resolver, "Iran joined U.S.-sponsored talks.")
    assert ("U.S.-sponsored", "USA", "mediator") in found


def test_a_mediator_is_no_country_of_the_sentence_for_role_nouns(builtin_resolver):
    # made after the context passes: "the opposition" takes no country from "U.S.-brokered"
    text = "The opposition and the government accepted a U.S.-brokered deal."
    found = mentions(builtin_resolver, text)
    assert ("U.S.-brokered", "USA", "mediator") in found
    assert ("opposition", "---OPP", "agent") in found


def test_a_party_of_no_country_takes_none_from_the_mediator(builtin_pipeline):
    events = code(
        builtin_pipeline, "Sudan's government signed a Kenyan-brokered deal with the rebels."
    )
    assert mediations(events) == {("KEN", "SDNGOV")}  # not KENREB: the rebels are Sudan's


# -- the coder: 045 from the mediator to the parties, never a pattern's actor -----------------
def test_parties_that_agree_to_a_brokered_ceasefire_are_mediated(builtin_pipeline):
    events = code(
        builtin_pipeline, "Ethiopia and Eritrea agreed to an Algerian-brokered ceasefire."
    )
    assert mediations(events) == {("DZA", "ETH"), ("DZA", "ERI")}
    assert ("ETH", "ERI", "0871") in events  # the parties' own act is still coded
    assert not [e for e in events if e[1] == "DZA"]  # the mediator is no target


def test_a_compound_in_three_tokens_reads_as_one_word(builtin_pipeline):
    # "U.S." "-" "brokered": not a verb ("brokered") nor three words in the pattern's gap
    events = code(builtin_pipeline, "Israel and Hamas agreed to a U.S.-brokered ceasefire.")
    assert mediations(events) == {("USA", "ISR"), ("USA", "PSEREBHMS")}
    assert ("ISR", "PSEREBHMS", "0871") in events
    assert not [e for e in events if e[1] == "USA"]


def test_the_parties_between_after_the_process_noun(builtin_pipeline):
    events = code(
        builtin_pipeline,
        "A Turkish-mediated truce between Azerbaijan and Armenia took effect at noon.",
    )
    assert mediations(events) == {("TUR", "AZE"), ("TUR", "ARM")}


def test_parties_acting_under_a_brokered_accord(builtin_pipeline):
    events = code(
        builtin_pipeline,
        "Colombia and the FARC rebels halted hostilities under a Cuban-brokered accord.",
    )
    assert mediations(events) == {("CUB", "COL"), ("CUB", "COLREB")}


def test_the_subject_and_the_party_after_with(builtin_pipeline):
    events = code(builtin_pipeline, "Eritrea signed a Saudi-brokered peace accord with Ethiopia.")
    assert mediations(events) == {("SAU", "ERI"), ("SAU", "ETH")}
    assert not [e for e in events if e[1] == "SAU"]


def test_resumed_talks_sponsored_by_a_third_party(builtin_pipeline):
    events = code(builtin_pipeline, "Greece and Turkey resumed U.N.-sponsored talks in Geneva.")
    assert mediations(events) == {("IGOUNO", "GRC"), ("IGOUNO", "TUR")}


@pytest.mark.parametrize(
    "text",
    [
        # no parties: the process is named as the circumstance of another act
        "Turkey released 30 prisoners as part of a Swiss-brokered deal.",
        # one side only: mediation is between parties
        "Iraq resumed oil exports under a Swiss-brokered deal.",
        # only sought: no mediation done
        "Jordan called for a Swiss-brokered ceasefire between Israel and Hamas.",
        # the parties' act announced or negated: no mediation coded with it
        "Sudan and South Sudan will sign a Swiss-brokered deal next month.",
        "Sudan and South Sudan did not sign the Swiss-brokered deal.",
    ],
)
def test_no_mediation_without_parties_acting_on_the_process(builtin_pipeline, text):
    article = builtin_pipeline(
        Article.from_parts(id="t", parts=[("body", text, None)], published=DATE)
    )
    assert [m.via for m in article.mentions if m.actor.code == "CHE"] == ["mediator"]
    assert not [e for e in article.events if "CHE" in (e.source.code, e.target and e.target.code)]


def test_each_mediation_names_its_rule(builtin_pipeline):
    between = builtin_pipeline(
        Article.from_parts(
            id="t",
            parts=[("body", "A Kenyan-mediated deal between Sudan and South Sudan held.", None)],
            published=DATE,
        )
    )
    parties = builtin_pipeline(
        Article.from_parts(
            id="t",
            parts=[("body", "Sudan and South Sudan signed a Kenyan-mediated deal.", None)],
            published=DATE,
        )
    )
    assert {e.rule for e in between.events if e.cameo == "045"} == {
        "coder:compound-mediator:between"
    }
    assert {e.rule for e in parties.events if e.cameo == "045"} == {
        "coder:compound-mediator:parties"
    }
