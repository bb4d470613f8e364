"""The tokenizer's speed-ups split text exactly as the plain rules do: the rules written to start
with a character class, and the ASCII variant of the splitting pattern on ASCII text."""

import random
import re

import pytest

from entente.text.tokenize import _RULES, _SPLIT, _SPLIT_ASCII, _tokenize

#: the token rules as first written (each rule led by a repetition, not a character class)
_PLAIN_RULES = (
    r"(?:[A-Za-z]\.){2,}"
    r"|[’']s\b"
    r"|\d++(?:[.,]\d++)*+(?:-[A-Za-z]++)*+%?"
    r"|\w++(?:[-’'.]\w++)*+"
    r"|[’']"
    r"|[^\w\s]"
)
_PLAIN = re.compile("(" + _PLAIN_RULES + ")")

_SAMPLES = [
    "",
    "Iran's army and Hamas' leaders met the U.S. envoy.",
    "  IRAN'S  foreign\tminister\n said 300,000 troops (25-year-olds) left. ",
    "it's-a Ya'alon al-Qaeda's 40-day 3.5% U.S.A.'s e.g. a.b",
    "A.B.C. 1.2.3 12,5-Day x_y __init__ 7%% 'ss ’s’",
    "control\x1cchars\x1d and\x1e\x1fseparators \x0b\x0c\x7f",
]


def _random_texts(alphabet: str, count: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 40))) for _ in range(count)]


@pytest.mark.parametrize("text", _SAMPLES)
def test_rules_split_as_the_plain_rules(text):
    assert _SPLIT.split(text) == _PLAIN.split(text)


def test_rules_split_as_the_plain_rules_on_random_text():
    alphabet = "aAbBsSzZ İΣσß'’‘“”\".,-_%0123 \t\nU.S.éñ()?!ﬁ\u00a0\x1c"
    for text in _random_texts(alphabet, 5000, 11):
        assert _SPLIT.split(text) == _PLAIN.split(text), text


def test_every_rule_starts_with_a_character_class():
    # (what lets the regular expression engine skip a rule on its first character)
    for rule in _RULES.split("|"):
        assert rule.startswith(("[", r"\d", r"\w")), rule


@pytest.mark.parametrize("text", [s for s in _SAMPLES if s.isascii()])
def test_ascii_pattern_splits_ascii_text_alike(text):
    assert _SPLIT_ASCII.split(text) == _SPLIT.split(text)


def test_ascii_pattern_splits_random_ascii_text_alike():
    texts = _random_texts("".join(map(chr, range(128))), 5000, 3)
    texts += _random_texts("aB1_.'-, \x1c\x1d\x1e\x1f\x0b\t%s", 5000, 4)
    for text in texts:
        assert _SPLIT_ASCII.split(text) == _SPLIT.split(text), repr(text)


def test_ascii_and_unicode_sentences_tokenise_alike():
    # the same words with a curly apostrophe (not ASCII: the Unicode pattern) and a straight one
    curly = _tokenize("Iran’s envoy met the U.N. chief in 2019, officials said.", 0)
    straight = _tokenize("Iran's envoy met the U.N. chief in 2019, officials said.", 0)
    assert [t.norm for t in curly] == [t.norm for t in straight]
    assert [(t.start, t.end) for t in curly] == [(t.start, t.end) for t in straight]
