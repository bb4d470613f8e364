"""A fast, offset-preserving English tokenizer for news text.

Possessive ``'s`` and a bare apostrophe after a plural (``Hamas'``) are tokens of their own, so
"Iran's" is ``Iran`` + ``'s``; initialisms keep their dots (``U.S.``, ``U.N.``).

Speed: a sentence is tokenised with one ``findall`` of a pattern that also captures the
whitespace before each token, so offsets follow from a running sum of lengths and every token is
built without a Python-level loop (a fifth faster than a ``finditer`` loop, and the cache keeps
fewer tokens alive for the garbage collector to walk).
"""

from __future__ import annotations

import functools
import re
from itertools import accumulate, chain, repeat
from typing import NamedTuple

__all__ = ["Token", "tokenize"]

# The token rules, in order of preference. (No rule matches whitespace and every other character
# starts some token, so the tokens and the whitespace between them tile the text.)
_RULES = (
    r"(?:[A-Za-z]\.){2,}"  # U.S., U.N., U.S.A.
    r"|[’']s\b"  # possessive 's
    r"|\d++(?:[.,]\d++)*+(?:-[A-Za-z]++)*+%?"  # numbers, "40-day", "25-year"
    r"|\w++(?:[-’'.]\w++)*+"  # words, hyphenated words, al-Qaeda, Ya'alon
    r"|[’']"  # bare apostrophe (Hamas')
    r"|[^\w\s]"  # punctuation
)
_TOKEN = re.compile(_RULES, re.UNICODE)
#: (whitespace before, token) pairs: lengths give the offsets.
_SPACED = re.compile(r"(\s*+)(" + _RULES + ")", re.UNICODE)
#: a word ending in possessive 's in the space-joined normal forms ("iran's"), to split off
_POSSESSIVE = re.compile(r"(?<=\S)'s(?= |$)")
_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'})


class Token(NamedTuple):
    """A token: its text, lower-cased normal form and character offsets."""

    text: str
    norm: str
    start: int
    end: int


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Split text into tokens. offset (int): added to every start/end. RETURNS (list[Token]).

    Results are cached: the actor and event stages tokenise the same sentence in turn. The cache
    holds one article's sentences with room to spare (512): a larger one keeps tens of thousands
    of tokens alive for nothing but garbage-collector work.
    """
    return list(_tokenize(text, offset))


_new = tuple.__new__  # building the named tuples directly is a fifth faster


@functools.lru_cache(maxsize=512)
def _tokenize(text: str, offset: int) -> tuple[Token, ...]:
    """The tokens of ``text`` (cached; see :func:`tokenize`)."""
    pairs = _SPACED.findall(text)
    if not pairs:
        return ()
    texts = [pair[1] for pair in pairs]
    joined = " ".join(texts)
    low = joined.lower()
    if not joined.isascii():
        # Lower-casing is per character except for a final sigma, and may lengthen a character
        # (İ): then normal forms are cut from the lower-cased sentence, offsets as they fall.
        if len(low) != len(joined) or "Σ" in joined:
            return _tokenize_slow(text, offset)
        low = low.translate(_QUOTES)
    # positions after each whitespace run and each token: starts and ends alternate
    pos = list(accumulate(map(len, chain.from_iterable(pairs)), initial=offset))
    fields = zip(texts, low.split(" "), pos[1::2], pos[2::2], strict=True)
    tokens = list(map(_new, repeat(Token), fields))
    if "'s" in low:
        _split_possessives(tokens, low)
    return tuple(tokens)


def _split_possessives(tokens: list[Token], low: str) -> None:
    """Split "Iran's" (reached through the word rule's apostrophe joiner) into "Iran" + "'s",
    in place. low (str): the tokens' normal forms joined by single spaces."""
    hits = [low.count(" ", 0, m.start()) for m in _POSSESSIVE.finditer(low)]
    for i in reversed(hits):
        text, norm, start, end = tokens[i]
        tokens[i : i + 1] = (
            _new(Token, (text[:-2], norm[:-2], start, end - 2)),
            _new(Token, (text[-2:], "'s", end - 2, end)),
        )


def _tokenize_slow(text: str, offset: int) -> tuple[Token, ...]:
    """One match at a time, normal forms sliced from the lower-cased text (rare scripts)."""
    low = text.lower().translate(_QUOTES)
    tokens = []
    for m in _TOKEN.finditer(text):
        start, end = m.span()
        if end - start > 2 and low[end - 2 : end] == "'s":
            tokens.append(
                _new(
                    Token,
                    (text[start : end - 2], low[start : end - 2], offset + start, offset + end - 2),
                )
            )
            tokens.append(_new(Token, (text[end - 2 : end], "'s", offset + end - 2, offset + end)))
            continue
        tokens.append(_new(Token, (text[start:end], low[start:end], offset + start, offset + end)))
    return tuple(tokens)
