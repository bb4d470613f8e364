"""A fast, offset-preserving English tokenizer for news text.

Possessive ``'s`` and a bare apostrophe after a plural (``Hamas'``) are tokens of their own, so
"Iran's" is ``Iran`` + ``'s``; initialisms keep their dots (``U.S.``, ``U.N.``).
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

__all__ = ["Token", "tokenize"]

_TOKEN = re.compile(
    r"(?:[A-Za-z]\.){2,}"  # U.S., U.N., U.S.A.
    r"|[’']s\b"  # possessive 's
    r"|\d+(?:[.,]\d+)*(?:-[A-Za-z]+)*%?"  # numbers, "40-day", "25-year"
    r"|\w+(?:[-’'.]\w+)*(?<![’'])"  # words, hyphenated words, al-Qaeda, Ya'alon
    r"|[’']"  # bare apostrophe (Hamas')
    r"|[^\w\s]",  # punctuation
    re.UNICODE,
)
_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'})


class Token(NamedTuple):
    """A token: its text, lower-cased normal form and character offsets."""

    text: str
    norm: str
    start: int
    end: int


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Split text into tokens. offset (int): added to every start/end. RETURNS (list[Token]).

    Results are cached: the actor and event stages tokenise the same sentence in turn.
    """
    return list(_tokenize(text, offset))


_new = tuple.__new__  # building the named tuples directly is a fifth faster


@functools.lru_cache(maxsize=4096)
def _tokenize(text: str, offset: int) -> tuple[Token, ...]:
    low = text.lower().translate(_QUOTES)  # same length: offsets stay valid
    tokens = []
    for m in _TOKEN.finditer(text):
        start, end = m.span()
        if end - start > 2 and low[end - 2 : end] == "'s":
            # "Iran's" reached the word rule through the apostrophe joiner: split it.
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
