"""The coding string of a sentence: tokens with actor mentions folded into ``@N`` units, and
the hits of dictionary patterns on it (internal to :mod:`entente.events`)."""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from entente.events.lexicon import _ADJECTIVES, _NOT_MODIFIERS, _PLACE_HEADS, _WEEKDAYS
from entente.events.verbs import Pattern
from entente.model import Actor, Mention
from entente.text.tokenize import Token


@dataclass(slots=True)
class _Unit:
    """A token or a whole actor mention in the coding string."""

    norm: str
    start: int
    end: int
    mention: int | None  # index into the sentence's mention list
    code: str = ""  # the mention's actor code
    weak: int | None = None  # a role noun without a country here (fallback actor)
    modifier: bool = False  # a word that may modify a noun ("the evil awful Gondor")
    pronoun: bool = False  # the mention is a pronoun ("he", "it")
    anaphor: bool = False  # ... or a description of an actor named before ("its ambassador")
    role_first: bool = False  # the mention's role noun comes first ("ambassadors of Arnor")
    tail: int | None = None  # a word of a mention after its possessive ("Iraq's prime minister")


@dataclass(slots=True)
class _Hit:
    pattern: Pattern
    first: int  # first unit of the match
    last: int  # last unit (inclusive)
    sources: list[int]
    targets: list[int]
    passive: bool = False
    confidence: float = 1.0
    verb: int | None = None  # the unit of the pattern's verb
    coordinated: bool = False  # "... and promised aid": the verb shares an earlier subject
    actors: dict[int, tuple[Actor, ...]] | None = None  # members coded with a shared role noun
    open_passive: bool = False  # a passive without "by": the source was searched after it
    framed_by: _Hit | None = None  # the frame whose object this hit is ("condemned the strike")
    mood: int | None = None  # the verb whose auxiliaries it shares ("will meet A and visit B")
    purpose: bool = False  # the purpose of a trip ("travelled to X to consult Y"): a fact
    reduced: bool = False  # a reduced passive relative ("a ceasefire brokered by Egypt")
    adjunct: bool = False  # "after talks with Z": a noun phrase adjoined to the clause's act
    reciprocal: bool = False  # "A and B accused each other": the members act on each other
    weapon: str | None = None  # the code its weapons give a use of force ("warplanes": 195)
    located: bool = False  # "fought rebels near Kinshasa": the object taken from its place


def _units(
    tokens: list[Token],
    mentions: list[Mention],
    vocabulary: frozenset[str] = frozenset(),
    memo: dict[str, bool] | None = None,
) -> list[_Unit]:
    """Tokens with each actor mention folded into one ``@N`` unit. A role noun without a country
    ("military", "delegation", "troops") stays as plain words, so that patterns can use them
    ("provided military aid to +"); its words remember the mention as a fallback actor.
    vocabulary (frozenset[str]): the dictionary's pattern words (never taken as modifiers, but
    for the adjectives of ``lexicon._ADJECTIVES``: "the first official visit");
    memo (dict[str, bool]): remembers which words may be modifiers (per dictionary)."""
    units: list[_Unit] = []
    tails: dict[int, int] = {}  # token -> mention, for the words of a mention after "'s"
    spans = sorted(enumerate(mentions), key=lambda x: x[1].start)
    n, n_spans = len(tokens), len(spans)
    j = 0
    i = 0
    while i < n:
        tok = tokens[i]
        while j < n_spans and spans[j][1].end <= tok.start:
            j += 1
        if j < n_spans and spans[j][1].start <= tok.start < spans[j][1].end:
            index, mention = spans[j]
            # "recalled its ambassador from", "pulled their troops out of": a role noun owned by
            # an actor named before stays as words too (a fallback actor with the owner's code)
            owned = mention.via == "description" and i > 0 and tokens[i - 1].norm in _OWNERS
            if owned or mention.actor.code.startswith("---"):
                # (a role noun of no country keeps its code, "---MIL": its sector tells whose
                # it may be, see roles._subject)
                code = "" if owned else mention.actor.code
                while i < n and tokens[i].start < mention.end:
                    units.append(
                        _Unit(tokens[i].norm, tokens[i].start, tokens[i].end, None, code, index)
                    )
                    i += 1
                j += 1
                continue
            # "Iran's military support": the placeholder ends before the possessive, so that
            # patterns such as "$ 's .. support for +" see the words after it.
            end = mention.end
            k = i
            while k < n and tokens[k].start < mention.end:
                if tokens[k].norm in ("'s", "'") and k > i and not _named_head(tokens, k, mention):
                    end = tokens[k - 1].end
                    break
                k += 1
            unit = _Unit(f"@{index}", mention.start, end, index, mention.actor.code)
            unit.pronoun = mention.via == "pronoun"
            unit.anaphor = mention.via in ("pronoun", "description")
            unit.role_first = mention.via == "agent" and any(
                t.norm in ("of", "in", "from")
                for t in tokens[i + 1 : k + 1]
                if t.start < mention.end
            )
            prev = units[-1] if units else None
            if prev is not None and prev.mention is not None and _nested(prev.code, unit.code):
                # "Bree Prime Minister Romendacil" resolved as two adjacent mentions (BREGOV,
                # BRE): one actor phrase, coded with the more specific code
                keep = prev if len(prev.code) >= len(unit.code) else unit
                units[-1] = _Unit(keep.norm, prev.start, end, keep.mention, keep.code)
                units[-1].pronoun, units[-1].role_first = keep.pronoun, keep.role_first
                units[-1].anaphor = keep.anaphor
            else:
                units.append(unit)
            head = None
            while i < n and tokens[i].start < end:
                head = tokens[i]
                i += 1
            for k in range(i, n):
                if tokens[k].start >= mention.end:
                    break
                tails[k] = index  # "Iraq's prime minister": the words after the placeholder
            if head is not None and head.norm in _PLACE_HEADS and units[-1].end == end:
                # "stormed the Saudi embassy": the mention's head noun stays visible after the
                # placeholder (zero-width), so that "$ <storm> + (embassy|...)" can match
                units.append(_Unit(head.norm, end, end, None))
            j += 1
            continue
        units.append(_Unit(tok.norm, tok.start, tok.end, None, tail=tails.get(i)))
        i += 1
    memo = {} if memo is None else memo
    for unit in units:
        if unit.mention is None:
            norm = unit.norm
            modifier = memo.get(norm)
            if modifier is None:
                modifier = memo[norm] = (
                    norm.isalpha()
                    and norm not in _NOT_MODIFIERS
                    and (norm not in vocabulary or norm in _ADJECTIVES)
                    and not norm.endswith(("ed", "ing", "ly"))
                )
            unit.modifier = modifier
    return units


_OWNERS = frozenset({"its", "his", "her", "their"})


def _named_head(tokens: list[Token], k: int, mention: Mention) -> bool:
    """True when the words after the possessive at ``k`` that are still part of the mention are
    all capitalised, a title and a name ("Jordan's King Abdullah", "Iran's Revolutionary
    Guards"): the possessed actor is the mention's head, so the placeholder spans the whole
    mention ("received @ at"), unlike "Iran's military support" (see :func:`_units`)."""
    inside = [t for t in tokens[k + 1 :] if t.start < mention.end]
    return bool(inside) and all(t.text[:1].isupper() for t in inside)


def _codes(units: list[_Unit], members: list[int]) -> tuple[str, ...]:
    """The actor codes of some mentions of the sentence (role nouns without a country have none)."""
    if not members:
        return ()
    return tuple([u.code for u in units if u.mention is not None and u.mention in members])


def _nested(a: str, b: str) -> bool:
    """True when one actor code extends the other (BRE and BREGOV)."""
    return a.startswith(b) or b.startswith(a)


_MONTHS = frozenset(
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ]
)
_PERIODS = frozenset(["week", "month", "year", "weekend", "night", "morning", "evening"])
_PARTS_OF_DAY = frozenset(["morning", "afternoon", "evening", "night"])
_DAYS = frozenset(["today", "yesterday", "tonight"])
#: what follows "last"/"next" in a time adverbial, and the months "in" takes ("may" is left out:
#: lower-cased, the month reads as the modal)
_AFTER_LAST = _PERIODS | _WEEKDAYS
_MONTHS_AFTER_IN = _MONTHS - {"may"}


def _time_expressions(units: list[_Unit]) -> set[int]:
    """The units of time adverbials ("on Wednesday", "last week", "earlier this month", "in
    March", "today"): left out of the coding string, so that patterns and their gaps pass over
    them ("held talks on Wednesday with +")."""
    out: set[int] = set()
    n = len(units)
    # the plain word of each unit ("" for an actor), padded so that the two look-ahead words
    # of the last units need no bounds checks
    plain = [u.norm if u.mention is None else "" for u in units]
    plain += ("", "")
    i = 0
    while i < n:
        word = plain[i]
        span = 0
        if word in _DAYS:
            span = 1
        elif word == "on" and plain[i + 1] in _WEEKDAYS:
            span = 3 if plain[i + 2] in _PARTS_OF_DAY else 2
        elif word in ("last", "next") and plain[i + 1] in _AFTER_LAST:
            span = 2
        elif word in ("earlier", "later") and plain[i + 1] == "this" and plain[i + 2] in _PERIODS:
            span = 3
        elif word == "in" and plain[i + 1] in _MONTHS_AFTER_IN:
            after = plain[i + 2]
            span = 3 if after.isdigit() and len(after) == 4 else 2
        if span:
            out.update(range(i, i + span))
            i += span
        else:
            i += 1
    return out


def _coding_string(units: list[_Unit]) -> tuple[str, list[int]]:
    """The coding string and the offset where each unit's piece (" " + word) starts. Time
    adverbials are left out: they start where the next unit starts (and take no characters)."""
    skip = _time_expressions(units)
    starts: list[int] = []
    pieces: list[str] = []
    at = 0
    for k, unit in enumerate(units):
        starts.append(at)
        if skip and k in skip:
            continue
        norm = unit.norm
        pieces.append(norm)
        at += len(norm) + 1
    return (" " + " ".join(pieces)) if pieces else "", starts


def _unit_at(starts: list[int], char: int) -> int:
    """The unit whose piece holds character ``char`` of the coding string."""
    return max(bisect.bisect_right(starts, char) - 1, 0)


def _member(unit: _Unit) -> int | None:
    """The mention a unit stands for: an actor, or a role noun without a country."""
    return unit.mention if unit.mention is not None else unit.weak


def _unknown(unit: _Unit) -> bool:
    """A mention of a role noun with no country ("officials", "gunmen"): not a usable actor."""
    return unit.code.startswith("---")


def _verb_of(hit: _Hit) -> int:
    """The unit of a hit's verb (its first unit for a pattern without one)."""
    return hit.verb if hit.verb is not None else hit.first
