"""Fighting stated as the circumstance of a capture (internal to :mod:`entente.events`).

"Government troops retook the town after three days of heavy fighting with the rebels": the
capture is CAMEO 192 (occupy territory), and the fighting, stated as a fact with both sides
named, is a use of conventional military force (190) by the capturer against the side it
fought. The codebook files taking territory and fighting under separate codes of root 19, and
the PLOVER annotators code such sentences as a fight, so both are coded. The side fought is the
actor after "with" when it has a country; a side without one ("with guerrillas", "with
militants") is the holder of the ground taken: the capture's own target. Fighting that names
no side ("after five days of fighting") adds nothing: the capture alone is coded.
"""

from __future__ import annotations

from entente.events.lexicon import _CLAUSE_BREAK
from entente.events.roles import _compound, _skip_determiner_forward
from entente.events.units import _Hit, _member, _Unit, _unknown, _verb_of
from entente.events.verbs import Pattern

__all__: list[str] = []

#: the code of a capture or occupation of territory whose circumstance may be a fight
_CAPTURE_CODE = "192"
#: words that state the fight as what led to the capture
_BATTLE_OPENERS = frozenset({"after", "following"})
#: nouns of fighting between armed sides
_BATTLE_NOUNS = frozenset({"fighting", "clashes", "battles", "battle", "combat", "gunbattles"})
#: the words of a fight's duration and intensity ("three days of fierce", "a week of heavy")
_BATTLE_WORDS = frozenset(
    {
        "a",
        "an",
        "of",
        "days",
        "day",
        "weeks",
        "week",
        "hours",
        "months",
        "fierce",
        "heavy",
        "intense",
        "bitter",
        "bloody",
        "several",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "ten",
        "long",
        "street",
        "house-to-house",
        "prolonged",
    }
)
#: how far after the capture the circumstance may begin ("retook the village in the north after")
_WINDOW = 14


def _battle(units: list[_Unit], start: int, end: int) -> tuple[int, int] | None:
    """The units of "after" and of the fight's noun in "after (N days of) (fierce) fighting"
    between ``start`` and ``end`` (the next hit), before a clause break; None when there is
    none."""
    for k in range(start, min(end, start + _WINDOW)):
        norm = units[k].norm
        if norm not in _BATTLE_OPENERS:
            if norm in _CLAUSE_BREAK or norm in (",", "."):
                return None
            continue
        j = k + 1
        while j < end and j - k <= 6 and units[j].mention is None:
            word = units[j].norm
            if word in _BATTLE_NOUNS:
                return k, j
            if word not in _BATTLE_WORDS and not word.isdigit():
                break
            j += 1
        return None
    return None


def _side_fought(units: list[_Unit], noun: int, capture: _Hit) -> list[int]:
    """The side fought, named after "fighting with": that actor when it has a country, or else
    (a role noun of no country: "with guerrillas") the holder of the ground taken, the
    capture's target. No side when the fighting names none ("after heavy fighting")."""
    if noun + 1 >= len(units) or units[noun + 1].norm != "with":
        return []  # "after heavy fighting": no side named, the capture alone is coded
    j = _skip_determiner_forward(units, noun + 2)
    if j < len(units) and units[j].mention is not None and not _unknown(units[j]):
        return _compound(units, j)
    if j < len(units) and _member(units[j]) is None:
        return []  # "with the help of …": no side named
    return list(capture.targets)


def _capture_fights(hits: list[_Hit], units: list[_Unit], fight: Pattern) -> list[_Hit]:
    """``hits`` with, after each capture of territory (192) followed by "after (N days of)
    (fierce) fighting (with X)", a fight (``fight``, 190) by the capturer against the side it
    fought (:func:`_side_fought`). The fight shares the capture's mood (its verb), so an
    announced or denied capture announces or denies the fight with it."""
    out = list(hits)
    for n, hit in enumerate(hits):
        if hit.passive or not hit.sources or not hit.targets:
            continue
        if not hit.pattern.cameo.startswith(_CAPTURE_CODE):
            continue
        end = hits[n + 1].first if n + 1 < len(hits) else len(units)
        battle = _battle(units, hit.last + 1, end)
        if battle is None:
            continue
        opener, noun = battle
        sides = [s for s in _side_fought(units, noun, hit) if s not in hit.sources]
        if sides:
            out.append(
                _Hit(
                    fight,
                    opener,
                    noun,
                    list(hit.sources),
                    sides,
                    confidence=hit.confidence * 0.9,
                    verb=noun,
                    mood=_verb_of(hit),
                )
            )
    out.sort(key=lambda h: h.first)
    return out
