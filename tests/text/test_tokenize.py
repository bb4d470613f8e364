"""The tokenizer's fast path (one ``findall``, offsets by running sums) against the plain one
(one match at a time, normal forms sliced from the lower-cased text)."""

import random

import pytest

from entente.text.tokenize import Token, _tokenize, _tokenize_slow, tokenize


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "Iran's army and Hamas' leaders met the U.S. envoy.",
        "  IRAN'S  foreign\tminister\n said 300,000 troops (25-year-olds) left. ",
        "Iran’s “deal” with the U.N.’s agency; O's and x's.",
        "it's-a Ya'alon al-Qaeda's 40-day 3.5% U.S.A.'s",
        "İstanbul's mayor",  # lower-casing lengthens İ: normal forms as sliced before
        "ΟΔΟΣ's ΟΔΟΣ.",  # a final sigma depends on context
        "café naïve ﬁnance\u00a0Iran’s",
        "''s 's ’s' s' 's's",
    ],
)
def test_fast_path_matches_plain_path(text):
    for offset in (0, 17):
        assert _tokenize(text, offset) == _tokenize_slow(text, offset)


def test_fast_path_matches_plain_path_on_random_text():
    rnd = random.Random(7)
    alphabet = list("aAbBsS İΣσß'’‘“”\".,-_%0123 \t\nU.S.éñ()?!ﬁ\u00a0")
    for _ in range(3000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 30)))
        assert _tokenize(text, 5) == _tokenize_slow(text, 5), text


def test_tokens_are_named_tuples_with_offsets():
    text = "  Iran's army"
    tokens = tokenize(text, 100)
    assert all(type(t) is Token for t in tokens)
    assert tokens[0] == Token("Iran", "iran", 102, 106)
    assert tokens[1] == Token("'s", "'s", 106, 108)
    assert all(text[t.start - 100 : t.end - 100] == t.text for t in tokens)
    assert isinstance(tokens, list)
    tokens.append(tokens[0])  # a fresh list each time: the cached tuple is not shared
    assert len(tokenize(text, 100)) == 3
