"""A fast, offset-preserving English tokenizer for news text.

Possessive ``'s`` and a bare apostrophe after a plural (``Hamas'``) are tokens of their own, so
"Iran's" is ``Iran`` + ``'s``; initialisms keep their dots (``U.S.``, ``U.N.``).
"""

from __future__ import annotations

import re
from typing import NamedTuple

__all__ = ["Token", "tokenize"]

_TOKEN = re.compile(
    r"(?:[A-Za-z]\.){2,}"  # U.S., U.N., U.S.A.
    r"|[’']s\b"  # possessive 's
    r"|\d+(?:[.,]\d+)*%?"  # numbers
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
    """Split text into tokens. offset (int): added to every start/end. RETURNS (list[Token])."""
    tokens = []
    for m in _TOKEN.finditer(text):
        word = m.group()
        if word[-2:] in ("'s", "’s") and len(word) > 2:
            # "Iran's" can come through the word rule via the apostrophe joiner: split it.
            stem = word[:-2]
            tokens.append(
                Token(
                    stem,
                    stem.lower().translate(_QUOTES),
                    offset + m.start(),
                    offset + m.start() + len(stem),
                )
            )
            tokens.append(Token(word[-2:], "'s", offset + m.end() - 2, offset + m.end()))
            continue
        tokens.append(
            Token(word, word.lower().translate(_QUOTES), offset + m.start(), offset + m.end())
        )
    return tokens
