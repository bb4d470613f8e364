"""Choosing among the hits of a sentence: overlaps, acts that are the content of a demand or
an accusation, reported accusations, coordinated verbs sharing a subject or an object, and the
dyads of a hit (internal to :mod:`entente.events`)."""

from __future__ import annotations

import itertools

from entente.events.lexicon import _ALLEGING, _CLAUSE_BREAK, _OBJECT_END, _SAYING
from entente.events.roles import (
    _compound,
    _coordinated,
    _ends_with_verb,
    _just_before,
    _object,
    _participle_clause,
    _partner_act,
)
from entente.events.units import _codes, _Hit, _member, _Unit, _unknown, _verb_of


def _best(
    candidates: list[_Hit], units: list[_Unit], *, direct: bool = True, places: bool = False
) -> list[_Hit]:
    """Keep non-overlapping hits: more literal words first, then more specific codes. places
    (bool): an act done with a partner has no place as its object (CAMEO semantics, see
    :func:`~entente.events.roles._partner_act`); PETRARCH dictionaries code "arrived in X" so."""
    candidates = _drop_empty_readings(candidates)
    candidates.sort(
        key=lambda h: (-h.pattern.literals, -_digits(h.pattern.cameo), -bool(h.targets), h.first)
    )
    chosen: list[_Hit] = []
    for hit in candidates:
        if any(not (hit.last < c.first or hit.first > c.last) for c in chosen):
            continue
        chosen.append(hit)
    chosen.sort(key=lambda h: h.first)
    chosen = _drop_reported_content(chosen, units)
    chosen = [h for h in chosen if not _punished_for(h, units)]
    chosen = _merge_agent_phrases(chosen)
    chosen = _drop_reduced_relatives(chosen, units)
    for hit, nxt in itertools.pairwise(chosen):
        if hit.open_passive:  # "was seen to break into …": the source is before the next verb
            hit.sources = _object(units, hit.last, stop=nxt.first, avoid=_codes(units, hit.targets))
        elif hit.pattern.target_slot == "right" and hit.targets and not hit.passive:
            direct_object = direct and _ends_with_verb(hit.pattern)
            avoid = _codes(units, hit.sources)
            partner = places and _partner_act(hit.pattern)
            targets = _object(
                units, hit.last, stop=nxt.first, direct=direct_object, avoid=avoid, places=partner
            )
            if not targets and units[nxt.first - 1].norm == "to" and nxt.first - 1 >= hit.last:
                # a purpose clause: "willing to send material to help defend Saudi Arabia"
                # sends it to Saudi Arabia
                targets = _object(
                    units, hit.last, direct=direct_object, avoid=avoid, places=partner
                )
            hit.targets = targets
    for hit, nxt in reversed(list(itertools.pairwise(chosen))):
        # "Iran arms and funds Hezbollah": coordinated verbs share the object after the last
        if (
            not hit.targets
            and hit.pattern.target_slot == "right"
            and not hit.passive
            and nxt.targets
            and not nxt.passive
            and nxt.pattern.source_slot == "left"
            and _joined(units[hit.last + 1 : nxt.first])
        ):
            hit.targets = list(nxt.targets)
    _share_subjects(chosen, units)
    _joint_after_meeting(chosen, units)
    for prev, hit in itertools.pairwise(chosen):
        # "A and B met aboard a ship off X, in talks brokered by C": the parties of the
        # brokered talks are the subject of the clause the relative follows
        if (
            hit.reduced
            and prev.sources
            and not prev.passive
            and not set(prev.sources) & set(hit.sources)
        ):
            hit.targets = list(prev.sources)
    chosen = _trip_purposes(chosen, units)
    return [h for h in chosen if h.sources]


def _trip_purposes(hits: list[_Hit], units: list[_Unit]) -> list[_Hit]:
    """ "X arrived in Y for talks with Z": a purpose phrase (a pattern of an entry marked
    ``trip: purpose``) right after a trip in the same clause is a second event, done by the
    traveller (:func:`_traveller`) and in the trip's mood ("will fly to Y for talks with Z":
    both announced); a stay (``trip: stay``, "X was in Y") is a visit only when such a purpose
    follows it. A purpose phrase after anything else ("ready for talks with Z") and a stay
    without one are dropped.
    RETURNS (list[_Hit]): the hits kept."""
    out: list[_Hit] = []
    for i, hit in enumerate(hits):
        role = hit.pattern.trip
        if role == "stay":
            if i + 1 >= len(hits) or not _purpose_of(hit, hits[i + 1], units):
                continue
        elif role == "purpose":
            trip = out[-1] if out else None
            if trip is None or not _purpose_of(trip, hit, units):
                continue
            hit.sources = list(_traveller(trip))
            hit.purpose = True
            hit.mood = trip.mood if trip.mood is not None else _verb_of(trip)
        out.append(hit)
    return out


def _purpose_of(trip: _Hit, hit: _Hit, units: list[_Unit]) -> bool:
    """True when ``hit`` is a purpose phrase that states what ``trip`` (a visit, trip or stay
    done by a known traveller) is for: it follows the trip with no clause break between."""
    return (
        hit.pattern.trip == "purpose"
        and _trip(trip)
        and bool(_traveller(trip))
        and hit.first > trip.last
        and not any(u.norm in _CLAUSE_BREAK for u in units[trip.last + 1 : hit.first])
    )


def _traveller(trip: _Hit) -> list[int]:
    """The actor who travels on a trip: the visitor of a visit (042), the guest of a host (043:
    "King Hassan received Arafat in Rabat for talks with …" are Arafat's talks)."""
    return trip.targets if trip.pattern.cameo[:3] == "043" else trip.sources


def _joint_after_meeting(hits: list[_Hit], units: list[_Unit]) -> None:
    """ "X met A in Lisbon and agreed to cooperate": a joint act written without a target
    (symmetric, such as "agreed to cooperate" or "pledged to settle their dispute") whose verb is
    coordinated with "and" after a meeting between X and A, and shares X as its subject, is done
    with A. Only this narrow form: a coordinated act with its own target keeps it, and a joint
    act after any other kind of verb is not given that verb's object."""
    for prev, hit in itertools.pairwise(hits):
        if (
            hit.targets
            or not prev.targets
            or hit.passive
            or prev.passive
            or hit.pattern.target_slot != "none"
            or not hit.pattern.symmetric
            or not prev.pattern.symmetric
            or prev.pattern.cameo[:2] != "04"
            or hit.sources != prev.sources
        ):
            continue
        between = [u for u in units[prev.last + 1 : hit.first] if u.mention is None]
        if between and between[-1].norm == "and" and not any(u.norm == ";" for u in between):
            hit.targets = list(prev.targets)


def _drop_empty_readings(candidates: list[_Hit]) -> list[_Hit]:
    """A longer reading of the same kind of act that finds no target yields to a shorter one
    that does: in "lodged a protest with China over the arrest", "$ <lodge> .. protest with ^
    over +" has no actor after "over", and "$ <lodge> .. protest with +" codes China."""
    if len(candidates) < 2:
        return candidates
    targeted = [h for h in candidates if h.targets]
    if not targeted:
        return candidates
    return [
        h
        for h in candidates
        if h.targets
        or not _ends_in_preposition(h.pattern.text)
        or not any(
            t.pattern.cameo[:2] == h.pattern.cameo[:2] and t.first >= h.first and t.last <= h.last
            for t in targeted
        )
    ]


_PREPOSITIONS = frozenset(
    {"against", "over", "with", "to", "on", "at", "into", "from", "for", "of"}
)


def _ends_in_preposition(text: str) -> bool:
    """True when a pattern ends in a preposition (or a choice of prepositions) before ``+``:
    the act needs that object ("protest with ^ over +"), unlike "protested against .. policy +",
    whose target the coder may find elsewhere."""
    words = text.split()
    if len(words) < 2 or words[-1] != "+":
        return False
    return set(words[-2].strip("()[]").split("|")) <= _PREPOSITIONS


# hostile acts a speaker can allege (coerce, assault, fight, mass violence); of these, the ones
# whose victim's report is an accusation (assault: kidnapping, assassination, torture; mass
# violence)
_ACCUSABLE = frozenset({"17", "18", "19", "20"})
_DENIABLE = frozenset({"18", "20"})


def _drop_reduced_relatives(hits: list[_Hit], units: list[_Unit]) -> list[_Hit]:
    """ "X boycotted the parade supporting Y": a gerund right after the plain noun that is the
    object of the verb before it is a reduced relative clause: it describes the noun (the
    parade supports Y), it is no act of X. It is not coded, and the verb's object runs on through
    it (X boycotted Y's parade: the target is Y)."""
    out: list[_Hit] = []
    for hit in hits:
        prev = out[-1] if out else None
        if prev is not None and _reduced_relative(units, prev, hit):
            continue
        out.append(hit)
    return out


def _reduced_relative(units: list[_Unit], prev: _Hit, hit: _Hit) -> bool:
    """True when ``hit`` starts with a gerund that modifies the object noun of ``prev``."""
    verb = hit.verb if hit.verb is not None else hit.first
    if (
        prev.passive
        or prev.pattern.target_slot != "right"
        or hit.passive
        or hit.pattern.source_slot != "left"
        or verb != hit.first
        or not units[verb].norm.endswith("ing")
        or hit.first - prev.last < 3  # at least a determiner and the noun between
    ):
        return False
    noun = units[hit.first - 1]
    if not (noun.mention is None and noun.weak is None and noun.modifier):
        return False
    between = units[prev.last + 1 : hit.first - 1]
    return not any(
        u.mention is not None or u.weak is not None or u.norm in _OBJECT_END for u in between
    )


def _leading_attribution(units: list[_Unit], start: int) -> int | None:
    """The saying verb right before a reported clause that starts at ``start`` ("Israel said
    [that] Hamas …"), or None."""
    i = start - 1
    if i >= 0 and units[i].norm == "that":
        i -= 1
    if i > 0 and (units[i].norm in _SAYING or units[i].norm in _ALLEGING):
        return i
    return None


def _trailing_attribution(units: list[_Unit]) -> tuple[int, list[int]] | None:
    """For "…, U.S. prosecutors alleged." (an actor and a saying verb after the last comma,
    ending the sentence): the saying verb and the speaker, or None."""
    comma = max((i for i, u in enumerate(units) if u.norm == ","), default=-1)
    if comma < 0 or len(units) - comma > 10:
        return None
    for i in range(comma + 1, len(units)):
        norm = units[i].norm
        if norm in _SAYING or norm in _ALLEGING:
            if any(u.mention is not None or u.norm in _SAYING for u in units[i + 1 :]):
                return None
            speaker = next((k for k in range(comma + 1, i) if _member(units[k]) is not None), None)
            return (i, _compound(units, speaker)) if speaker is not None else None
    return None


def _victim(units: list[_Unit], speaker: list[int], victims: list[int]) -> bool:
    """True when the victims of a reported act are the speaker or its people (same country), or
    "its"/"their"/"our" people of no known country ("Iran said Israel killed its scientist")."""
    countries = {u.code[:3] for u in units if u.mention in speaker and not _unknown(u)}
    for i, unit in enumerate(units):
        if _member(unit) not in victims:
            continue
        if unit.mention is None or _unknown(unit):  # a role noun: "its top nuclear scientist"
            j = i - 1
            while j >= 0 and i - j <= 3 and units[j].mention is None and units[j].norm.isalpha():
                if units[j].norm in ("its", "their", "our"):
                    return True
                j -= 1
            if j >= 0 and units[j].norm in ("its", "their", "our"):
                return True
        elif unit.code[:3] in countries:
            return True
    return False


def _merge_agent_phrases(hits: list[_Hit]) -> list[_Hit]:
    """ "Palestinians were killed by Israeli airstrikes on the camp": the phrase after the agent
    ("Israeli airstrikes on") names the same act as the passive; one event, for the passive's
    dyad, with the more specific code of the same root (195, not 190)."""
    out: list[_Hit] = []
    for hit in hits:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.passive
            and not prev.open_passive
            and hit.first == prev.last + 1
            and not hit.passive
            and set(hit.sources) == set(prev.sources)
        ):
            if (
                hit.pattern.cameo[:2] == prev.pattern.cameo[:2]
                and prev.pattern.cameo.endswith("0")
                and hit.pattern.cameo != prev.pattern.cameo
            ):
                prev.pattern = hit.pattern
            prev.last = hit.last
            continue
        out.append(hit)
    return out


def _joined(between: list[_Unit]) -> bool:
    """True for the words between two coordinated verbs: "and", "or", ", and"."""
    return (
        0 < len(between) <= 2
        and all(u.norm in ("and", "or", ",") for u in between)
        and between[-1].norm != ","
    )


def _digits(cameo: str) -> int:
    """How specific a code is: its number of digits ("0356" 4; a test code "075A" 3)."""
    return len(cameo) - len(cameo.lstrip("0123456789"))


# Acts named inside an appeal, a demand, a rejection, a threat or an accusation are its content,
# not facts: "demanded that the US cancel arms sales", "accused Iran of arming the Houthis".
_CONTENT_ROOTS = frozenset({"02", "10", "12", "13"})
_CONTENT_CODES = ("112", "1121", "1122", "1123", "1124", "1125")


# Acts named in the object of an investigation, a disapproval or a protest, or given as its
# reason, are what it is about, not facts of their own: "condemned the U.S. strike in Baghdad",
# "criticized Iran for arming the Houthis", "investigated Iran's role in the attack on Aramco",
# "rallied to denounce American support for Israel".
_OBJECT_CONTENT_ROOTS = frozenset({"09", "11", "14"})


def _object_content(previous: _Hit, hit: _Hit, units: list[_Unit]) -> bool:
    """True when ``hit`` lies in the object (or reason clause) of the frame hit just before it
    (or of the frame of that hit, when it is content itself: "denounced the U.S. strike that
    killed him"): within a few words, with no clause break or coordination between."""
    frame = previous.framed_by or previous
    root = frame.pattern.cameo[:2]
    if root not in _OBJECT_CONTENT_ROOTS or hit.pattern.cameo[:2] == root:
        return False  # "staged a hunger strike in protest against …": one act
    between = units[previous.last + 1 : hit.first]
    return len(between) <= 6 and not any(u.norm in _OBJECT_END for u in between)


#: participles of punishing someone for an act: the act after "for" is the charge, not a fact
_PUNISHED = frozenset(
    "arrested detained jailed imprisoned convicted sentenced charged indicted prosecuted "
    "punished fined executed deported expelled held".split()
)


def _punished_for(hit: _Hit, units: list[_Unit]) -> bool:
    """True for the gerund after "for" that a punishment names as its reason: "a missionary was
    arrested in Lebanon for collaborating with Israel", "jailed for spying for Iran" (the
    collaboration is the charge, as "criticized Iran for arming the Houthis" is the criticism's
    content: not coded as a fact)."""
    verb = hit.verb if hit.verb is not None else hit.first
    if verb < 1 or units[verb - 1].norm != "for" or not units[verb].norm.endswith("ing"):
        return False
    for unit in reversed(units[max(0, verb - 9) : verb - 1]):
        if unit.norm in (",", ";", ":", ".") and unit.mention is None:
            return False
        if unit.mention is None and unit.norm in _PUNISHED:
            return True
    return False


def _drop_reported_content(hits: list[_Hit], units: list[_Unit]) -> list[_Hit]:
    kept: list[_Hit] = []
    for n, hit in enumerate(hits):
        # a dropped hit still frames the next ones: "began a hunger strike to demand the return
        # of property seized by …"
        frame = next(
            (
                h
                for h in reversed(hits[:n])
                if h.pattern.cameo[:2] in _CONTENT_ROOTS or h.pattern.cameo in _CONTENT_CODES
            ),
            None,
        )
        if frame is not None and not any(
            u.norm in (";", ":", "but") for u in units[frame.last + 1 : hit.first]
        ):
            continue
        if n and _object_content(hits[n - 1], hit, units):
            hit.framed_by = hits[n - 1].framed_by or hits[n - 1]
            continue
        if _inquiry_object(units, hit):
            continue
        kept.append(hit)
    return kept


#: nouns of an inquiry whose object ("into …") names an act investigated, not reported as done
_INQUIRY_NOUNS = frozenset(["investigation", "investigations", "inquiry", "enquiry", "probe"])


def _inquiry_object(units: list[_Unit], hit: _Hit) -> bool:
    """True when the hit stands in the object of an inquiry named as a noun, coded or not: "as
    part of an investigation into illegal arms sales to Croatia" (the sales are what is
    investigated, not a fact the sentence reports)."""
    for k in range(hit.first - 1, max(0, hit.first - 6), -1):
        norm = units[k].norm
        if norm in _OBJECT_END:
            return False
        if norm == "into" and units[k - 1].norm in _INQUIRY_NOUNS:
            return True
    return False


def _share_subjects(hits: list[_Hit], units: list[_Unit]) -> None:
    """ "X met A and praised B", "X condemned an attack by A in B and promised aid to C": the
    second verb's subject is X (the target of a passive first verb), not A."""
    for prev, hit in itertools.pairwise(hits):
        if hit.passive or hit.pattern.source_slot != "left":
            continue
        subject = prev.targets if prev.passive else prev.sources
        if prev.passive and _participle_clause(units, _verb_of(hit)):
            subject = prev.sources  # "was struck by Israeli jets, killing two": the agent's act
        if hit.coordinated and _coordinated(units, hit.first):
            # "aims to tighten sanctions and impose a blockade": the second verb has no
            # auxiliary of its own and shares the mood (announced, hypothetical) of the first
            # ("$ will (visit|meet) +" has no verb element: its last word stands for it)
            own = prev.verb if prev.verb is not None and prev.pattern.verbal else prev.last
            hit.mood = prev.mood if prev.mood is not None else own
        if hit.coordinated and subject:
            hit.sources = subject
            continue
        if not prev.targets or not hit.sources or not set(hit.sources) <= set(prev.targets):
            continue
        if len(hit.sources) > 1 and not prev.passive and _just_before(units, hit.sources[-1], hit):
            # "Hamas released Shalit and Israel freed prisoners": "and" joins two clauses; the
            # actor right before the second verb is its subject, not part of the first object
            own = hit.sources[-1]
            hit.sources = [own]
            prev.targets = [t for t in prev.targets if t != own]
            continue
        between = [u.norm for u in units[prev.last + 1 : hit.first] if u.mention is None]
        if "and" in between:
            hit.sources = subject


def _dyads(
    hit: _Hit, units: list[_Unit], symmetric: bool, *, require_dyad: bool = True
) -> list[tuple[int, int | None]]:
    if not hit.targets:
        if symmetric and len(hit.sources) > 1:
            return [(a, b) for a in hit.sources for b in hit.sources if a != b]
        return [] if require_dyad else [(s, None) for s in hit.sources]
    pairs: list[tuple[int, int | None]] = [(s, t) for s in hit.sources for t in hit.targets]
    if symmetric:
        pairs += [(t, s) for s in hit.sources for t in hit.targets]
    return list(dict.fromkeys(pairs))


_PROTEST_NOUNS = frozenset(
    [
        "demonstration",
        "demonstrations",
        "rally",
        "rallies",
        "march",
        "marches",
        "protest",
        "protests",
        "strike",
        "strikes",
        "sit-in",
        "sit-ins",
    ]
)


def _purpose_protests(hits: list[_Hit], units: list[_Unit]) -> list[_Hit]:
    """ "Greeks staged a rally outside the U.S. embassy to protest against …", "workers went on
    strike to protest …": a protest in a purpose infinitive after another act is done by that
    act's subject (not the nearest actor before "to"); after a protest it is the same protest,
    not a second one. RETURNS (list[_Hit]): the hits, such protests merged."""
    out: list[_Hit] = []
    for hit in hits:
        verb = hit.verb if hit.verb is not None else hit.first
        prev = out[-1] if out else None
        if (
            prev is not None
            and hit.pattern.cameo[:2] == "14"
            and not hit.passive
            and hit.pattern.source_slot == "left"
            and verb > 0
            and units[verb - 1].norm == "to"
            and not any(u.norm in (";", ":", '"') for u in units[prev.last + 1 : verb])
        ):
            if prev.pattern.cameo[:2] == "14" or any(
                u.norm in _PROTEST_NOUNS for u in units[prev.first : verb]
            ):
                # "staged a rally … to protest": one protest; "prevented the demonstration
                # staged by students … to protest": the purpose of a protest named as a noun
                continue
            subject = prev.targets if prev.passive else prev.sources
            if subject:
                hit.sources = list(subject)
        elif (
            prev is not None
            and _trip(prev)
            and not hit.passive
            and hit.pattern.source_slot == "left"
            and hit.pattern.cameo[:2] in _PURPOSE_ROOTS
            and verb > prev.last
            and units[verb - 1].norm == "to"
            and not any(u.norm in _OBJECT_END for u in units[prev.last + 1 : verb - 1])
        ):
            # "travelled to Addis Ababa to consult Ethiopia's prime minister": the trip's
            # purpose, done on it by the traveller
            hit.sources = list(prev.sources)
            hit.purpose = True
        out.append(hit)
    return out


#: acts whose purpose infinitive is done on the trip (visits, travel)
_PURPOSE_ROOTS = frozenset({"02", "04", "05"})


def _trip(hit: _Hit) -> bool:
    """True for a visit or trip that is stated as done ("travelled to X", "flew to X")."""
    return not hit.passive and hit.pattern.cameo[:3] in ("042", "043")
