"""A fast, offset-preserving English tokenizer for news text.

Possessive ``'s`` and a bare apostrophe after a plural (``Hamas'``) are tokens of their own, so
"Iran's" is ``Iran`` + ``'s``; initialisms keep their dots (``U.S.``, ``U.N.``).

Speed: a sentence is tokenised with one ``split`` on a capturing pattern, which returns the
whitespace runs and the tokens alternately as one flat list of strings (no per-token match or
tuple objects), so offsets follow from a running sum of lengths and every token is built without
a Python-level loop (about a sixth faster than a ``findall`` of (whitespace, token) pairs, and
far faster than a ``finditer`` loop; the cache keeps fewer tokens alive for the garbage
collector). ASCII text, the common case, is split with ASCII character classes.
:func:`split_words` returns the same tokens as four parallel lists (texts, normal forms, starts,
ends) for callers that need no :class:`Token` objects (the actor stage); :func:`tokenize` builds
its tokens from the same cached split, so a sentence is split once for both stages.
"""

from __future__ import annotations

import functools
import re
from itertools import accumulate, repeat
from typing import NamedTuple

__all__ = ["Token", "Words", "clear_caches", "split_words", "tokenize"]

# The token rules, in order of preference. (No rule matches whitespace and every other character
# starts some token, so the tokens and the whitespace between them tile the text.) Every rule
# starts with a character class ("\d\d*+" for "\d++"): the regular expression engine then skips
# a rule whose first character does not fit without trying it (an eighth faster). A token that
# starts with an ASCII letter, most of them, is read by the first rule: an initialism (U.S.,
# U.N., U.S.A.) else a word, the two rules that such a token could match, in that order, after
# one test of its first letter (a tenth faster than trying the initialism's rule on every word).
_RULES = (
    r"[A-Za-z](?:\.(?:[A-Za-z]\.)+|\w*+(?:[-’'.]\w++)*+)"  # U.S., U.N., U.S.A.; Iran, al-Qaeda
    r"|[’']s\b"  # possessive 's
    r"|\d\d*+(?:[.,]\d++)*+(?:-[A-Za-z]++)*+%?"  # numbers, "40-day", "25-year"
    r"|\w\w*+(?:[-’'.]\w++)*+"  # words of another first letter: Ürümqi, Đà Nẵng
    r"|[’']"  # bare apostrophe (Hamas')
    r"|[^\w\s]"  # punctuation
)
_TOKEN = re.compile(_RULES, re.UNICODE)
#: splits a text into [whitespace, token, whitespace, token, …, whitespace] (the tokens and the
#: whitespace between them tile the text): lengths give the offsets.
_SPLIT = re.compile("(" + _RULES + ")", re.UNICODE)
#: the same for ASCII text, a sixth faster: ASCII classes, with the control characters that
#: Unicode counts as whitespace (\x1c-\x1f) kept out of punctuation, split alike on ASCII text
_SPLIT_ASCII = re.compile("(" + _RULES.replace(r"[^\w\s]", r"[^\w\s\x1c-\x1f]") + ")", re.ASCII)


def _straight_quotes(text: str) -> str:
    """Curly quotes made straight (’ ‘ → ', “ ” → "). Four ``replace`` calls scan the text in
    C, a hundred times faster than ``str.translate`` with a mapping, which looks up every
    character of a non-ASCII text in Python objects (each replacement is ASCII, so the order
    does not matter)."""
    return text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')


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
    of tokens alive for nothing but garbage-collector work. The actor stage empties it at each
    article (:func:`clear_caches`).
    """
    return list(_tokenize(text, offset))


class Words(NamedTuple):
    """A sentence's tokens as four parallel lists (what :func:`split_words` returns): the i-th
    token is ``Token(texts[i], norms[i], starts[i], ends[i])``. The lists are shared through the
    cache: callers read them and never change them."""

    texts: list[str]
    norms: list[str]
    starts: list[int]
    ends: list[int]


_new = tuple.__new__  # building the named tuples directly is a fifth faster


@functools.lru_cache(maxsize=512)
def split_words(text: str, offset: int = 0) -> Words:
    """The tokens of ``text`` as parallel lists (cached like :func:`tokenize`, whose tokens are
    made from them).

    Speed: a caller that reads only words and offsets (the actor stage) skips building one
    :class:`Token` per token (about two fifths of the cost of tokenising a sentence); the
    events stage's :func:`tokenize` of the same sentence then builds its tokens from this
    cache's entry, so the text is split once per sentence either way.
    """
    ascii = text.isascii()
    parts = (_SPLIT_ASCII if ascii else _SPLIT).split(text)
    if len(parts) == 1:
        return _new(Words, ([], [], [], []))
    texts = parts[1::2]
    joined = " ".join(texts)
    low = joined.lower()
    if not ascii and not joined.isascii():  # (the tokens of an ASCII text are)
        # Lower-casing is per character except for a final sigma, and may lengthen a character
        # (İ): then normal forms are cut from the lower-cased sentence, offsets as they fall.
        if len(low) != len(joined) or "Σ" in joined:
            return _words_slow(text, offset)
        low = _straight_quotes(low)
    # positions after each whitespace run and each token: starts and ends alternate
    pos = list(accumulate(map(len, parts), initial=offset))
    words = _new(Words, (texts, low.split(" "), pos[1:-1:2], pos[2::2]))
    if "'s" in low:
        _split_possessives(words, low)
    return words


@functools.lru_cache(maxsize=512)
def _tokenize(text: str, offset: int) -> tuple[Token, ...]:
    """The tokens of ``text`` (cached; see :func:`tokenize`), made from :func:`split_words`."""
    # (the four lists have one item per token; a strict zip would check that at every step)
    return tuple(map(_new, repeat(Token), zip(*split_words(text, offset))))  # noqa: B905


def clear_caches() -> None:
    """Empty the caches of :func:`split_words` and :func:`tokenize`: the first stage that
    tokenises an article (the actor stage) calls this when it starts one, the stages after it
    having read the article before.

    Speed: the caches keep an article's sentences for the next stage (the events stage reads the
    split the actor stage made); a full cache instead drops a sentence split 512 sentences
    earlier, whose hundred-odd objects have long left the processor's caches by then, and
    freeing them cost the actor stage about a twentieth of its time. Emptied at each article,
    the caches free the sentences of the article before, just read."""
    split_words.cache_clear()
    _tokenize.cache_clear()


def _split_possessives(words: Words, low: str) -> None:
    """Split "Iran's" (reached through the word rule's apostrophe joiner) into "Iran" + "'s",
    in place. low (str): the tokens' normal forms joined by single spaces."""
    texts, norms, starts, ends = words
    # (a word ending in "'s", found with str.find, three times faster than a regular
    # expression: the tokens hold no blanks, so "'s" ends a word when a blank or the end
    # follows, and is part of one when no blank precedes it; the token's index is the number
    # of blanks before it, counted on from the last hit)
    hits = []
    size = len(low)
    at = low.find("'s")
    index = last = 0
    while at >= 0:
        after = at + 2
        if at and low[at - 1] != " " and (after == size or low[after] == " "):
            index += low.count(" ", last, at)
            last = at
            hits.append(index)
        at = low.find("'s", after)
    for i in reversed(hits):
        text, norm, end = texts[i], norms[i], ends[i]
        texts[i : i + 1] = (text[:-2], text[-2:])
        norms[i : i + 1] = (norm[:-2], "'s")
        starts[i + 1 : i + 1] = (end - 2,)
        ends[i : i + 1] = (end - 2, end)


def _tokenize_slow(text: str, offset: int) -> tuple[Token, ...]:
    """The tokens of :func:`_words_slow`."""
    return tuple(map(_new, repeat(Token), zip(*_words_slow(text, offset))))  # noqa: B905


def _words_slow(text: str, offset: int) -> Words:
    """One match at a time, normal forms sliced from the lower-cased text (rare scripts)."""
    low = _straight_quotes(text.lower())
    texts: list[str] = []
    norms: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for m in _TOKEN.finditer(text):
        start, end = m.span()
        if end - start > 2 and low[end - 2 : end] == "'s":
            texts += (text[start : end - 2], text[end - 2 : end])
            norms += (low[start : end - 2], "'s")
            starts += (offset + start, offset + end - 2)
            ends += (offset + end - 2, offset + end)
            continue
        texts.append(text[start:end])
        norms.append(low[start:end])
        starts.append(offset + start)
        ends.append(offset + end)
    return _new(Words, (texts, norms, starts, ends))
