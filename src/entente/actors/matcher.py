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
            plan = tuple((sense, *_case_rule(sense)) for sense in senses)
            simple = all(rule == 0 for _, rule, _ in plan)
            self._automaton.add_word(
                f" {key} ", (key.count(" ") + 1, tuple(senses), plan, simple)
            )
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
        # " tok1 tok2 … ": a key " phrase " can only match on token boundaries; `ends` maps the
        # index of the space after each token to that token.
        norms = [t.norm for t in tokens]
        ends: dict[int, int] = {}
        pos = 0
        for i, norm in enumerate(norms):
            pos += len(norm) + 1
            ends[pos] = i
        found: list[Match] = []
        haystack = " " + " ".join(norms) + " "
        for end_char, (n_tokens, senses, plan, simple) in self._automaton.iter(haystack):
            last = ends[end_char]
            first = last - n_tokens + 1
            if simple:
                found.append(Match(first, last + 1, senses))
                continue
            word = tokens[first].text
            capital = word[:1].isupper() or word[:1].isdigit()
            ok = tuple(
                sense for sense, rule, exact in plan
                if rule == 0 or (rule == 1 and capital) or (rule == 2 and word == exact)
            )
            if ok:
                found.append(Match(first, last + 1, ok))
        chosen = _leftmost_longest(found)
        return [m for m in chosen if not _in_person_name(m, tokens, chosen)]


def _case_rule(sense: Sense) -> tuple[int, str]:
    """How a sense's capitalisation is checked: 2 = declared or short-capital aliases match letter
    for letter on their first word; 1 = proper names must be capitalised in the text unless the
    knowledge base writes them lower-case (al-Qaeda); 0 = no check (role nouns)."""
    if sense.case_sensitive:
        return 2, sense.surface.split()[0]
    if sense.function != "agent" and sense.surface[:1].isupper():
        return 1, ""
    return 0, ""


# Capitalised words that follow or precede a place without being part of a name.
_NOT_NAME = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may "
    "june july august september october november december".split()
)


def _in_person_name(m: Match, tokens: list[Token], chosen: list[Match]) -> bool:
    """An ambiguous one-word country name (``ambiguous:`` in the knowledge base: Jordan, Chad,
    Israel) next to a capitalised word that no phrase covers is part of a person's name, not the
    country: "Jordan Peterson", "Michael Jordan" (not at the start of a sentence)."""
    if m.end - m.start != 1 or not all(
        s.case_sensitive and not s.surface.isupper() and s.function == "name" for s in m.senses
    ):
        return False  # seats stay: "Washington Post correspondent" is American media
    covered = {i for x in chosen for i in range(x.start, x.end)}

    def name_like(i: int) -> bool:
        tok = tokens[i]
        return (
            i not in covered
            and tok.text[:1].isupper()
            and tok.text.replace("-", "").isalpha()
            and tok.norm not in _NOT_NAME
        )

    return (m.end < len(tokens) and name_like(m.end)) or (m.start > 1 and name_like(m.start - 1))


def _leftmost_longest(found: list[Match]) -> list[Match]:
    found.sort(key=lambda m: (m.start, -(m.end - m.start)))
    chosen: list[Match] = []
    last_end = -1
    for m in found:
        if m.start >= last_end:
            chosen.append(m)
            last_end = m.end
    return chosen
