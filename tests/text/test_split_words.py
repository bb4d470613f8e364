"""split_words gives the tokens of tokenize as four parallel lists (the actor stage's path)."""

from __future__ import annotations

import random

import pytest

from entente.text.tokenize import Token, Words, _tokenize, split_words, tokenize

TEXTS = [
    "",
    "   ",
    "Iran's army and Hamas' leaders met the U.S. envoy.",
    "  IRAN'S  foreign\tminister\n said 300,000 troops (25-year-olds) left. ",
    "Iran’s “deal” with the U.N.’s agency; O's and x's.",
    "it's-a Ya'alon al-Qaeda's 40-day 3.5% U.S.A.'s",
    "İstanbul's mayor",
    "ΟΔΟΣ's ΟΔΟΣ.",
    "café naïve ﬁnance\u00a0Iran’s",
    "''s 's ’s' s' 's's",
]


@pytest.mark.parametrize("text", TEXTS)
def test_split_words_are_the_tokens(text):
    for offset in (0, 17):
        words = split_words(text, offset)
        assert type(words) is Words
        assert [Token(*t) for t in zip(*words, strict=True)] == tokenize(text, offset)


def test_split_words_on_random_text():
    rnd = random.Random(11)
    alphabet = list("aAbBsS İΣσß'’‘“”\".,-_%0123 \t\nU.S.éñ()?!ﬁ\u00a0")
    for _ in range(2000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 30)))
        split_words.cache_clear()
        _tokenize.cache_clear()
        expected = list(zip(*split_words(text, 5), strict=True))
        assert [tuple(t) for t in tokenize(text, 5)] == expected, text
