"""Sports reports are not coded: entente.events.sports."""

import datetime as dt

import pytest

from conftest import coded
from entente.events.sports import is_sports


@pytest.mark.parametrize(
    "text",
    [
        "Argentina beat France 4-2 on penalties to win the final in Qatar.",
        "Pakistan beat India by six wickets in the cricket World Cup semi-final.",
        "Germany crushed Brazil 7–1 in the semi-final in Belo Horizonte.",
        "The striker scored twice in the World Cup as Nigeria knocked Cameroon out.",
    ],
)
def test_sports_sentences(text):
    assert is_sports(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Security Council passed the resolution 13-2 on Friday.",
        "Israel and Hamas agreed a final ceasefire on Thursday.",
        "Talks held in 1994-95 failed to end the war.",
        "The army beat back a rebel attack on the stadium.",
        "Russia was banned from the Olympics over doping.",
        # a leader's visit to watch a match is diplomacy
        "Musharraf flew to Delhi to watch a cricket match and hold talks with Singh.",
    ],
)
def test_political_sentences(text):
    assert not is_sports(text)


def test_a_match_is_no_assault(builtin_pipeline):
    text = "Argentina beat France 4-2 on penalties in the World Cup final in Qatar."
    assert coded(builtin_pipeline, text, dt.date(2022, 12, 18)) == []
