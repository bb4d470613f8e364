"""Phrase matching with an Aho–Corasick automaton over normalised tokens.

Every surface form in the knowledge base is compiled once into a pyahocorasick automaton keyed on
space-joined lower-case tokens; a sentence is matched in one pass, whatever the dictionary size.
"""

from __future__ import annotations

from dataclasses import dataclass

import ahocorasick

from entente.actors.kb import KnowledgeBase, Sense
from entente.text.tokenize import Token

__all__ = ["Match", "PhraseMatcher"]


@dataclass(frozen=True, slots=True)
class Match:
    """A dictionary phrase found at tokens ``[start, end)`` with its admissible senses."""

    start: int
    end: int
    senses: tuple[Sense, ...]


class PhraseMatcher:
    """Find knowledge-base phrases in token sequences (leftmost-longest, non-overlapping)."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self._automaton = ahocorasick.Automaton()
        for key, senses in kb.phrases.items():
            self._automaton.add_word(f" {key} ", (key.count(" ") + 1, tuple(senses)))
        if len(kb.phrases):
            self._automaton.make_automaton()
        self._empty = not kb.phrases

    def match(self, tokens: list[Token], text: str, base: int = 0) -> list[Match]:
        """Match phrases in a sentence's tokens.

        text (str): the article text (to check capitalisation); base: unused offset hook.
        RETURNS (list[Match]) sorted by position, overlaps resolved leftmost-longest.
        """
        if self._empty or not tokens:
            return []
        starts: dict[int, int] = {}
        parts = [" "]
        pos = 1
        for i, tok in enumerate(tokens):
            starts[pos] = i
            parts.append(tok.norm)
            parts.append(" ")
            pos += len(tok.norm) + 1
        haystack = "".join(parts)
        found: list[Match] = []
        for end_char, (n_tokens, senses) in self._automaton.iter(haystack):
            # end_char is the index of the trailing space of the key
            last_token_end = end_char - 1
            first = self._first_token(starts, haystack, last_token_end, n_tokens)
            if first is None:
                continue
            ok = tuple(
                s for s in senses if _case_ok(s, tokens[first], tokens[first + n_tokens - 1])
            )
            if ok:
                found.append(Match(first, first + n_tokens, ok))
        return _leftmost_longest(found)

    @staticmethod
    def _first_token(
        starts: dict[int, int], haystack: str, last_char: int, n_tokens: int
    ) -> int | None:
        # walk back n_tokens spaces from the end of the match
        pos = last_char
        seen = 0
        while pos > 0:
            if haystack[pos - 1] == " ":
                seen += 1
                if seen == n_tokens:
                    return starts.get(pos)
            pos -= 1
        return None


def _case_ok(sense: Sense, first: Token, last: Token) -> bool:
    """Case rules: declared/short-capital aliases match letter for letter on their first word;
    proper names must be capitalised in the text unless the knowledge base writes them lower-case
    (al-Qaeda)."""
    if sense.case_sensitive:
        return first.text == sense.surface.split()[0]
    if sense.function != "agent" and sense.surface[:1].isupper():
        return first.text[:1].isupper() or first.text[:1].isdigit()
    return True


def _leftmost_longest(found: list[Match]) -> list[Match]:
    found.sort(key=lambda m: (m.start, -(m.end - m.start)))
    chosen: list[Match] = []
    last_end = -1
    for m in found:
        if m.start >= last_end:
            chosen.append(m)
            last_end = m.end
    return chosen
