""" "She" and "he" take the last person of a compatible gender (entente.actors.gender)."""

import datetime as dt

import pytest

from conftest import resolved
from entente.model import Article
from entente.text.segment import SegmentStage


@pytest.fixture(scope="module")
def resolver(builtin_resolver):
    return builtin_resolver


def _pronouns(resolver, text, date=dt.date(2015, 1, 1)):
    """(pronoun text, person's name) of every pronoun mention of the article."""
    article = resolved(resolver, text, date)
    return [
        (article.text[m.start : m.end], m.actor.name)
        for m in article.mentions
        if m.via in ("pronoun", "description")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the woman named before the last man
        (
            "Angela Merkel met Vladimir Putin in Sochi. The two leaders spoke for hours. "
            "She said the talks had been useful.",
            [("She", "Angela Merkel")],
        ),
        (
            "Angela Merkel met Vladimir Putin in Sochi. He said the talks had been useful.",
            [("He", "Vladimir Putin")],
        ),
        # "he" skips a woman named last
        (
            "Vladimir Putin received Angela Merkel in Sochi. He said Russia wanted peace.",
            [("He", "Vladimir Putin")],
        ),
        # an object pronoun, several sentences later
        (
            "Theresa May flew to Moscow. Vladimir Putin met her at the Kremlin. "
            "Reporters asked him about Syria.",
            [("her", "Theresa May"), ("him", "Vladimir Putin")],
        ),
        # no woman named: "she" takes a person of unknown gender, never a man
        (
            "Vladimir Putin met Kim Jong Un in Vladivostok. She said nothing.",
            [("She", "Kim Jong Un")],
        ),
        ("Vladimir Putin arrived in Paris. She said nothing.", []),
    ],
)
def test_pronouns_take_a_person_of_their_gender(resolver, text, expected):
    assert _pronouns(resolver, text) == expected


def test_told_clause_teller_must_fit_the_pronoun(resolver):
    # "X told Y she …": the teller when she can be a "she", otherwise the one told
    assert _pronouns(resolver, "Merkel told Putin she would not yield.") == [
        ("she", "Angela Merkel")
    ]
    assert _pronouns(resolver, "Putin told Merkel she could not win.") == [("she", "Angela Merkel")]
    assert _pronouns(resolver, "Putin told Merkel he could take Kiev.") == [
        ("he", "Vladimir Putin")
    ]


def test_possessive_her_takes_the_woman(resolver):
    article = Article.from_parts(
        id="a",
        parts=[("body", "Angela Merkel met Vladimir Putin. Her government said little.", None)],
        published=dt.date(2015, 1, 1),
    )
    article = resolver(SegmentStage()(article))
    owned = [m for m in article.mentions if m.via == "description"]
    assert [m.actor.code for m in owned] == ["DEUGOV"]


def test_unknown_person_named_with_a_role_carries_a_gender(resolver):
    text = "Mary Jones, a US diplomat, met Vladimir Putin. She said the meeting went well."
    assert _pronouns(resolver, text) == [("She", "Mary Jones")]
    text = "John Smith, a US diplomat, met Angela Merkel. He said the meeting went well."
    assert _pronouns(resolver, text) == [("He", "John Smith")]
