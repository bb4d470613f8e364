"""The persons an act was done to, named after it in an appositive list (session 9, lexicon
round 15).

"Rebels took hundreds of guests hostage, among them the Japanese ambassador and several
Peruvian cabinet ministers", "Hamas freed 24 hostages held in Gaza on Friday, among them 13
Israelis": an act on people named only by a count or a plain noun ("hundreds of guests", "24
hostages") has no actor as its object; the list after ", among them" or ", including" names who
they were, and they are its targets.
"""

from __future__ import annotations

from entente.events.units import _Hit, _Unit

#: words of a sentence one of which must occur (the gate of :func:`_named_among`)
AMONG_WORDS = frozenset({"among", "including"})
#: roots of an act on persons whose list of victims or captives may follow it
_PERSON_ROOTS = frozenset({"08", "17", "18", "19", "20"})
#: how many words may stand between the act's last word and the comma of the list
_REACH = 8
#: words that may stand in the list between its actors ("the", "and", "several", "13")
_LIST_WORDS = frozenset({"the", "a", "an", "and", ",", "several", "some", "two", "three", "four"})


def _opener(units: list[_Unit], k: int) -> int | None:
    """RETURNS (int | None): the first unit of the list after ", among them" / ", among whom" /
    ", including" at ``k`` (the comma), None when no such opener stands there."""
    if units[k].norm != "," or k + 1 >= len(units):
        return None
    word = units[k + 1].norm
    if word == "including":
        return k + 2
    if word == "among" and k + 2 < len(units):
        them = units[k + 2]
        if them.norm in ("them", "whom") or them.pronoun:  # "them" may be read as an actor
            return k + 3
    return None


def _named_among(hits: list[_Hit], units: list[_Unit]) -> list[_Hit]:
    """RETURNS (list[_Hit]): the hits, an act on persons without a target given the actors of
    the list after it as its targets ("took hundreds of guests hostage, among them the Japanese
    ambassador and several Peruvian cabinet ministers"). The list must follow within a few words
    of the act, before any other act of the sentence; it ends at the first word that is no actor,
    number, determiner or conjunction."""
    for n, hit in enumerate(hits):
        if (
            hit.targets
            or not hit.sources
            or hit.passive
            or hit.pattern.cameo[:2] not in _PERSON_ROOTS
            or hit.pattern.target_slot not in ("right", "none")
        ):
            continue
        stop = hits[n + 1].first if n + 1 < len(hits) else len(units)
        for k in range(hit.last + 1, min(stop, hit.last + 1 + _REACH)):
            start = _opener(units, k)
            if start is None:
                if units[k].norm in (";", ":", ".") or (units[k].norm == "," and k > hit.last + 1):
                    break
                continue
            found: list[int] = []
            for unit in units[start:stop]:
                if unit.mention is not None:
                    if unit.mention not in found and unit.mention not in hit.sources:
                        found.append(unit.mention)
                elif unit.norm in _LIST_WORDS or unit.norm.isdigit():
                    if unit.norm == "," and found:
                        break
                else:
                    break
            hit.targets = found
            break
    return hits


#: roots of an attack whose objects are places struck (assault, fight, mass violence)
_ATTACK_ROOTS = frozenset({"18", "19", "20"})
#: prepositions that name the country of a thing struck ("camps in Afghanistan")
_IN = frozenset({"in", "near"})
#: how many plain words may name the second thing struck ("a pharmaceutical plant")
_THING_WORDS = 5


def _conjoined_places(hits: list[_Hit], units: list[_Unit]) -> list[_Hit]:
    """RETURNS (list[_Hit]): the hits, an attack on a thing in a country given the country of a
    second thing joined by "and" as a target too: "fired cruise missiles at militant training
    camps in Afghanistan and a pharmaceutical plant in Sudan" (Afghanistan and Sudan). The
    second thing is named by a few plain words, no act of the sentence stands among them, and
    its country follows "in" or "near", as the first one's did."""
    attacks = [
        h for h in hits if h.targets and not h.passive and h.pattern.cameo[:2] in _ATTACK_ROOTS
    ]
    starts = {h.first for h in hits} if attacks else set()
    for hit in attacks:
        at = max((k for k, u in enumerate(units) if u.mention in hit.targets), default=0)
        if at < 1 or units[at - 1].norm not in _IN or at + 3 >= len(units):
            continue
        k = at + 1
        if units[k].norm != "and":
            continue
        k += 1
        if units[k].norm in ("at", "on"):
            k += 1
        words = 0
        while (
            k < len(units)
            and words <= _THING_WORDS
            and k not in starts
            and units[k].mention is None
            and units[k].weak is None
            and units[k].norm.isalpha()
            and units[k].norm not in _IN
        ):
            k += 1
            words += 1
        if not (0 < words <= _THING_WORDS and k + 1 < len(units) and units[k].norm in _IN):
            continue
        place = units[k + 1].mention
        if place is not None and place not in hit.targets and place not in hit.sources:
            hit.targets = [*hit.targets, place]
    return hits
