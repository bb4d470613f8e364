"""Phrase matching with an Aho–Corasick automaton over normalised tokens.

Every surface form in the knowledge base is compiled once into a pyahocorasick automaton keyed on
space-joined lower-case tokens; a sentence is matched in one pass, whatever the dictionary size.
Everything a hit needs (its length in tokens, its capitalisation rules, whether it may be part of
a person's name) is worked out when the automaton is built, not per sentence. A sentence is
matched from its words and normal forms (:meth:`PhraseMatcher.match_words`, as
:func:`~entente.text.tokenize.split_words` gives them); :meth:`PhraseMatcher.match` takes tokens.
A hit that is a suffix of the one before ("minister" in "prime minister") is dropped as it comes
when nothing overlaps so far, so the commonest overlap needs no leftmost-longest sort.
"""

from __future__ import annotations

from collections.abc import Iterator
from operator import attrgetter, itemgetter
from typing import NamedTuple

import ahocorasick

from entente.actors.kb import KnowledgeBase, Sense
from entente.text.tokenize import Token

__all__ = ["Match", "PhraseMatcher", "haystack"]


class Match(NamedTuple):
    """A dictionary phrase found at tokens ``[start, end)`` with its admissible senses."""

    start: int
    end: int
    senses: tuple[Sense, ...]


_new = tuple.__new__  # builds a Match without the Python-level NamedTuple constructor
_norm = attrgetter("norm")
_text = attrgetter("text")
_start = itemgetter(0)  # Match.start


class _Outcomes(dict[str, tuple[Sense, ...]]):
    """Senses admitted for a phrase by its first word as written (capitalised or not, an exact
    case-sensitive alias or not): the phrase's first word as written → senses, worked out on
    first sight (the words that normalise to the phrase's first word differ only in case). An
    empty tuple means the phrase is rejected."""

    def __init__(
        self,
        lower: tuple[Sense, ...],
        capital: tuple[Sense, ...],
        exact: dict[str, tuple[tuple[Sense, ...], tuple[Sense, ...]]],
    ) -> None:
        super().__init__()
        #: (lower-case, capitalised) outcomes for words that are not an exact alias, and per
        #: exact alias word its (lower-case, capitalised) outcome
        self.cases = (lower, capital)
        self.exact = exact

    def __missing__(self, word: str) -> tuple[Sense, ...]:
        first = word[:1]
        capital = first.isupper() or first.isdigit()
        exact = self.exact.get(word)
        senses = self[word] = self.cases[capital] if exact is None else exact[capital]
        return senses


#: A knowledge-base phrase as stored in the automaton: (number of tokens, the senses when no
#: capitalisation check is needed else None, the outcomes otherwise, and which outcomes are
#: ambiguous one-word names such as "Jordan" that may be part of a person's name).
_Payload = tuple[int, "tuple[Sense, ...] | None", "_Outcomes | None", "frozenset[int] | None"]


class PhraseMatcher:
    """Find knowledge-base phrases in token sequences (leftmost-longest, non-overlapping)."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self._automaton = ahocorasick.Automaton()
        for key, senses in kb.phrases.items():
            self._automaton.add_word(f" {key} ", _payload(key.count(" ") + 1, tuple(senses)))
        if len(kb.phrases):
            self._automaton.make_automaton()
        self._empty = not kb.phrases

    def match(
        self,
        tokens: list[Token],
        text: str,
        base: int = 0,
        norms: list[str] | None = None,
        haystack: str | None = None,
    ) -> list[Match]:
        """Match phrases in a sentence's tokens.

        text (str): the article text (to check capitalisation); base: unused offset hook;
        norms (list[str]): the tokens' normal forms when the caller has them; haystack (str):
        ditto, as :func:`haystack` makes them.
        RETURNS (list[Match]) sorted by position, overlaps resolved leftmost-longest.
        """
        if self._empty or not tokens:
            return []
        if norms is None:
            norms = list(map(_norm, tokens))
        return self.match_words(list(map(_text, tokens)), norms, haystack)

    def match_words(
        self, texts: list[str], norms: list[str], haystack: str | None = None
    ) -> list[Match]:
        """:meth:`match` for a sentence given as its tokens' texts and normal forms (as
        :func:`~entente.text.tokenize.split_words` gives them: no :class:`Token` needed).
        haystack (str): the normal forms as :func:`haystack` makes them, when the caller has it.
        """
        if self._empty or not texts:
            return []
        # " tok1 tok2 … ": a key " phrase " can only match on token boundaries, and the number of
        # spaces before a hit's last character (the space after its last token) counts tokens.
        # Hits come by end position, so the spaces are counted on from the previous hit.
        if haystack is None:
            haystack = " " + " ".join(norms) + " "
        spaces = haystack.count
        found: list[Match] = []
        keep = found.append  # (names bound once: a handful of hits per sentence)
        new, match = _new, Match
        ambiguous: list[Match] = []
        end = last_char = last_end = last_start = 0
        overlaps = False  # (hits come by end: without overlaps they are in order and all kept)
        for end_char, (n_tokens, senses, outcomes, names) in self._automaton.iter(haystack):
            end += spaces(" ", last_char, end_char)
            last_char = end_char
            if outcomes is not None:
                senses = outcomes[texts[end - n_tokens]]
                if not senses:
                    continue
            start = end - n_tokens
            if start < last_end:
                if not overlaps and end == last_end and start > last_start:
                    # "minister" after "prime minister": a suffix of the last hit, which
                    # overlaps no earlier one, is never kept (a hit that drops the last one
                    # covers it too), so the common overlap needs no sorting
                    continue
                overlaps = True
            last_end, last_start = end, start
            m = new(match, (start, end, senses))
            keep(m)
            if names is not None and id(senses) in names:
                ambiguous.append(m)
        if overlaps:
            found = _leftmost_longest(found)
        if not ambiguous:
            return found
        return [
            m for m in found if m not in ambiguous or not _in_name_words(m, texts, norms, found)
        ]

    def sense_tuples(self) -> Iterator[tuple[Sense, ...]]:
        """Every sense tuple a hit can carry: the very objects :meth:`match_words` hands out (a
        phrase's senses, or each of its capitalisation outcomes), so that callers may key
        what they work out from them by identity."""
        if self._empty:
            return
        for _, senses, outcomes, _ in self._automaton.values():
            if outcomes is None:
                yield senses
            else:
                yield from outcomes.cases
                for pair in outcomes.exact.values():
                    yield from pair


def haystack(norms: list[str]) -> str:
    """RETURNS (str): " word1 word2 … " — a sentence's normal forms as the automaton reads them
    (a phrase or a word ending in "-based" is found with ``in``: the words hold no blanks)."""
    return " " + " ".join(norms) + " "


def _payload(n_tokens: int, senses: tuple[Sense, ...]) -> _Payload:
    """Work out once what a phrase's hits can be (see :data:`_Payload`)."""
    plan = [(sense, *_case_rule(sense)) for sense in senses]
    if all(rule == 0 for _, rule, _ in plan):
        outcomes = None
        possible = [senses]
    else:

        def admitted(capital: bool, word: str | None) -> tuple[Sense, ...]:
            return tuple(
                sense
                for sense, rule, exact in plan
                if rule == 0 or (rule == 1 and capital) or (rule == 2 and word == exact)
            )

        exact_words = {exact for _, rule, exact in plan if rule == 2}
        outcomes = _Outcomes(
            admitted(False, None),
            admitted(True, None),
            {w: (admitted(False, w), admitted(True, w)) for w in exact_words},
        )
        possible = [*outcomes.cases, *(x for pair in outcomes.exact.values() for x in pair)]
    # identities of the outcomes that may be part of a person's name (kept alive by the payload)
    names = frozenset(
        id(x) for x in possible if n_tokens == 1 and x and all(_name_like(s) for s in x)
    )
    return n_tokens, (senses if outcomes is None else None), outcomes, names or None


def _case_rule(sense: Sense) -> tuple[int, str]:
    """How a sense's capitalisation is checked: 2 = declared or short-capital aliases match letter
    for letter on their first word; 1 = proper names must be capitalised in the text unless the
    knowledge base writes them lower-case (al-Qaeda); 0 = no check (role nouns)."""
    if sense.case_sensitive:
        return 2, sense.surface.split()[0]
    if sense.function != "agent" and sense.surface[:1].isupper():
        return 1, ""
    return 0, ""


def _name_like(sense: Sense) -> bool:
    """True for an ambiguous name sense (``ambiguous:`` in the knowledge base: Jordan, Chad) that
    may be part of a person's name; initialisms and seats are never."""
    return sense.case_sensitive and not sense.surface.isupper() and sense.function == "name"


# Capitalised words that follow or precede a place without being part of a name.
_NOT_NAME = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may "
    "june july august september october november december".split()
)


def _in_person_name(m: Match, tokens: list[Token], chosen: list[Match]) -> bool:
    """An ambiguous one-word country name (``ambiguous:`` in the knowledge base: Jordan, Chad,
    Israel) next to a capitalised word that no phrase covers is part of a person's name, not the
    country: "Jordan Peterson", "Michael Jordan" (not at the start of a sentence)."""
    return _in_name_words(m, list(map(_text, tokens)), list(map(_norm, tokens)), chosen)


def _in_name_words(m: Match, texts: list[str], norms: list[str], chosen: list[Match]) -> bool:
    """:func:`_in_person_name` for a sentence given as its tokens' texts and normal forms."""
    if m.end - m.start != 1 or not all(_name_like(s) for s in m.senses):
        return False  # seats stay: "Washington Post correspondent" is American media

    def name_like(i: int) -> bool:
        text = texts[i]
        if not (
            text[:1].isupper() and text.replace("-", "").isalpha() and norms[i] not in _NOT_NAME
        ):
            return False
        # (not covered by a phrase: looked up only for a capitalised neighbour)
        for x in chosen:  # noqa: SIM110
            if x.start <= i < x.end:
                return False
        return True

    return (m.end < len(texts) and name_like(m.end)) or (m.start > 1 and name_like(m.start - 1))


def _leftmost_longest(found: list[Match]) -> list[Match]:
    """Keep the leftmost, then longest, of overlapping hits. ``found`` is in the automaton's
    order (by end, so of two hits with the same start the shorter comes first): reversed, then
    stably sorted by start, it is ordered by start and, for the same start, longest first."""
    found.reverse()
    found.sort(key=_start)
    chosen: list[Match] = []
    last_end = -1
    for m in found:
        if m.start >= last_end:
            chosen.append(m)
            last_end = m.end
    return chosen
