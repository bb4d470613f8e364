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


#: words of a sentence one of which must occur (the gate of :func:`_seized_for_hostages`)
HOSTAGE_WORDS = frozenset({"hostage", "hostages"})
#: buildings and vehicles whose seizure holds the people in them ("seized a school")
_HELD_PLACES = frozenset(
    "school schools hotel hotels embassy consulate residence theatre theater hospital church "
    "mosque parliament office offices compound building plane airliner ship bus train".split()
)
#: how many units may stand between the seizure and the hostage-taking
_HOSTAGE_REACH = 16
#: words that end the clause of the seizure before the hostage-taking would follow
_HOSTAGE_BREAKS = frozenset({";", ":", "but", "while", "after", "before", "when", "since"})


def _seized_for_hostages(hits: list[_Hit], units: list[_Unit]) -> list[_Hit]:
    """RETURNS (list[_Hit]): the hits, an attack on or a seizure of a building by the actor
    who then takes the people in it hostage dropped, as the means of one act of hostage-taking
    (181) (session 10, round 18): "Chechen gunmen seized a school in the southern Russian town
    of Beslan and took more than 1,000 people hostage" and "rebels stormed the Japanese
    ambassador's residence in Lima and took hundreds of guests hostage" are one hostage-taking,
    as the wire gold codes them, not an occupation (192) or an attack (190) beside it. A
    hostage-taking without a target of its own takes the seizure's (Beslan's state: Russia).
    The building must be named between the two ("seized the town and took soldiers hostage"
    is a capture of territory of its own), and the two share their source."""
    drop: set[int] = set()
    for n, hit in enumerate(hits):
        if (
            not hit.sources
            or hit.passive
            or hit.pattern.cameo not in ("190", "192")
            or n + 1 >= len(hits)
        ):
            continue
        held = hits[n + 1]
        if (
            held.pattern.cameo != "181"
            or held.passive
            or held.sources != hit.sources
            or held.first - hit.last > _HOSTAGE_REACH
            or not HOSTAGE_WORDS & {units[k].norm for k in range(held.first, held.last + 1)}
        ):
            continue
        # the object's words after the verb: "seized a school in …", "stormed the Japanese
        # ambassador's residence" (the actor of the possessive is one unit)
        between = [u.norm for u in units[hit.first + 1 : held.first] if u.mention is None]
        if _HOSTAGE_BREAKS & set(between) or not _HELD_PLACES & set(between[:5]):
            continue
        if not held.targets:
            held.targets = list(hit.targets)
        drop.add(n)
    return [h for n, h in enumerate(hits) if n not in drop]


def _dispersed_protesters(hits: list[_Hit], units: list[_Unit], groups: set[int]) -> list[_Hit]:
    """RETURNS (list[_Hit]): the hits, a crackdown (175) whose object names no actor given the
    protesters of a protest coded before it in the sentence as its targets (session 10,
    round 18): "Protesters in Kiev occupied the city hall … after riot police violently broke
    up a rally in Independence Square", "students marched through the capital, and police
    fired tear gas to disperse them": the crowd dispersed ("them", "a rally") is the crowd of
    the protest (14), whose source is the crackdown's target. A crackdown on an actor it names
    ("fired tear gas at Palestinian students") keeps it. groups (set[int]): the mentions that
    name a group of people (a sector such as OPP or EDU); protesters named only by their
    country ("thousands of Egyptians") are not borrowed, as the police of a state acting on
    the state itself is no dyad, nor an ethnic group ("ethnic Albanian students"), whose land
    is the place of its own act."""
    protesters: list[int] = []
    for hit in hits:
        if hit.pattern.cameo[:2] == "14" and hit.sources and not hit.passive:
            at = [k for k, u in enumerate(units) if u.mention in hit.sources]
            ethnic = bool(at) and at[0] > 0 and units[at[0] - 1].norm == "ethnic"
            protesters = [] if ethnic else [m for m in hit.sources if m in groups]
        elif (
            hit.pattern.cameo == "175"
            and protesters
            and hit.sources
            and not hit.targets
            and not hit.passive
            and not set(protesters) & set(hit.sources)
        ):
            hit.targets = list(protesters)
    return hits


#: words of a sentence one of which must occur (the gate of :func:`_investigated_agents`)
AGENT_WORDS = frozenset({"by", "under"})
#: how many units after the victims "by"/"under" may stand ("of Spanish citizens under")
_AGENT_REACH = 4
#: words that end the phrase of the act investigated before its agent would be named
_AGENT_BREAKS = frozenset({",", ";", ":", ".", "and", "who", "which", "that", "after", "when"})


def _investigated_agents(hits: list[_Hit], units: list[_Unit]) -> list[_Hit]:
    """RETURNS (list[_Hit]): the hits, an investigation (09) into an act on persons whose
    agent follows them ("opened an investigation into the disappearance of Spanish citizens
    under Argentina's military government", "an inquiry into the killing of civilians by
    government troops") aimed at that agent, not at the victims (session 11, attachment round):
    what is investigated is the agent's conduct. The victims must be the object of "of" after
    the act's noun, and "by" or "under" with a known actor must follow them within a few
    words, before any clause break."""
    for hit in hits:
        if (
            hit.pattern.cameo[:2] != "09"
            or hit.passive
            or not hit.targets
            or hit.pattern.target_slot != "right"
        ):
            continue
        at = next(
            (
                k
                for k in range(hit.last + 1, len(units))
                if (units[k].mention if units[k].mention is not None else units[k].weak)
                in hit.targets
            ),
            None,
        )
        if at is None or units[at - 1].norm != "of":
            continue
        k = at + 1
        while k < len(units) and units[k].weak is not None and units[k].weak in hit.targets:
            k += 1  # the words of a role noun of no country ("of civilians")
        for j in range(k, min(len(units) - 1, k + _AGENT_REACH)):
            unit = units[j]
            if unit.norm in _AGENT_BREAKS or unit.mention is not None:
                break
            if unit.norm not in AGENT_WORDS:
                continue
            if (found := _named_actor_at(units, j + 1, hit)) is not None:
                hit.targets = [found]
            break
    return hits


def _named_actor_at(units: list[_Unit], at: int, hit: _Hit) -> int | None:
    """The mention at unit ``at`` (past an article: "by the Taliban"), when it is an actor of
    a known country and not one of the hit's sources; else None."""
    if units[at].norm in ("the", "a", "an") and at + 1 < len(units):
        at += 1
    found = units[at].mention
    if found is None or units[at].code.startswith("---") or found in hit.sources:
        return None
    return found


#: words of a sentence one of which must occur (the gate of :func:`_aimed_postures`)
AIMED_WORDS = frozenset({"aimed", "directed"})
#: how far after a show of force its "aimed at X" may stand
_AIMED_REACH = 10


def _aimed_postures(hits: list[_Hit], units: list[_Unit]) -> list[_Hit]:
    """RETURNS (list[_Hit]): the hits, a show of force (15) whose target is the place it was
    shown over or near given the actor it is "aimed at" instead (session 11, attachment
    round): "The Pentagon flew B-52 bombers over the Korean peninsula in a show of force aimed
    at North Korea" is a posture against North Korea; the peninsula is where the bombers flew.
    The phrase must follow in the same clause, before any other act of the sentence."""
    for n, hit in enumerate(hits):
        if hit.pattern.cameo[:2] != "15" or hit.passive or not hit.targets:
            continue
        stop = hits[n + 1].first if n + 1 < len(hits) else len(units)
        for k in range(hit.last + 1, min(stop, hit.last + _AIMED_REACH, len(units) - 2)):
            if units[k].norm in (";", ":", "."):
                break
            if units[k].norm not in AIMED_WORDS or units[k + 1].norm != "at":
                continue
            if (found := _named_actor_at(units, k + 2, hit)) is not None:
                hit.targets = [found]
            break
    return hits
