"""Choosing among the hits of a sentence: overlaps, acts that are the content of a demand or
an accusation, reported accusations, coordinated verbs sharing a subject or an object, and the
dyads of a hit (internal to :mod:`entente.events`)."""

from __future__ import annotations

import itertools
from collections.abc import Set as AbstractSet

from entente.events.inflect import _IRREGULAR
from entente.events.lexicon import (
    _ALLEGING,
    _CLAUSE_BREAK,
    _FUTURE_ONE,
    _OBJECT_END,
    _QUOTING,
    _SAYING,
    _TIME_PHRASE,
    _VIOLENT_ROOTS,
)
from entente.events.response import _consequence_subject
from entente.events.roles import (
    _compound,
    _coordinated,
    _ends_with_verb_phrase,
    _just_before,
    _object,
    _participle_clause,
    _partner_act,
    _past_naming_aside,
    _relative_antecedent,
    _reported_self_at,
    aside_act,
)
from entente.events.units import _codes, _Hit, _member, _Unit, _unknown, _verb_of
from entente.events.verbs import compile_pattern


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
            direct_object = direct and _ends_with_verb_phrase(hit.pattern)
            avoid = _codes(units, hit.sources)
            partner = places and _partner_act(hit.pattern)
            stop: int | None = nxt.first
            asides = aside_act(hit.pattern.cameo)
            if asides and _names_aside(units, hit.last + 1):
                # "struck what New Delhi said was a militant training camp in Pakistan": the
                # aside and the thing it names are the object, whatever hit stands in them
                stop = None
            targets = _object(
                units,
                hit.last,
                stop=stop,
                direct=direct_object,
                avoid=avoid,
                places=partner,
                asides=asides,
            )
            if not targets and hit.targets and _reported_self_at(units, hit.last, nxt.first, avoid):
                # "declined to comment on a report that Tokyo had held talks with North Korea"
                # (the next hit is the reported talks): the party of the report stays
                targets = hit.targets
            elif not targets and units[nxt.first - 1].norm == "to" and nxt.first - 1 >= hit.last:
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
    chosen = [h for h in chosen if not _subjectless_participle(chosen, h, units)]
    chosen = [h for k, h in enumerate(chosen) if not (k and _result_participle(units, h))]
    chosen = [h for h in chosen if not _prevented(units, h)]
    _share_subjects(chosen, units)
    _welcomed_visitors(chosen, units)
    _shared_future(chosen, units)
    _joint_after_meeting(chosen, units)
    _shared_addressee(chosen, units)
    _adjoined_talks(chosen, units)
    _consequence_targets(chosen, units)
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
    return [
        h
        for h in chosen
        if h.sources and not _perfect_relative(units, h) and not _since_clause(units, h, chosen)
    ]


def _since_clause(units: list[_Unit], hit: _Hit, chosen: list[_Hit]) -> bool:
    """True for an act in a clause opened by "since" after another coded act: "the first
    visit by Xi since Russia sent its troops into Ukraine", "have restricted movement since
    Hamas seized control" (session 8). The clause dates the main act from an earlier one that
    the sentence does not report."""
    if "since" not in {u.norm for u in units[max(0, hit.first - 8) : hit.first]}:
        return False
    k = hit.first - 1
    while k >= 0 and hit.first - k <= 8:
        unit = units[k]
        if unit.norm == "since":
            return k > 0 and any(other.last < k for other in chosen if other is not hit)
        if unit.mention is None and unit.weak is None and unit.norm in _OBJECT_END:
            return False
        k -= 1
    return False


#: auxiliaries of the perfect ("who had taken to the streets", "that has seized")
_PERFECT = frozenset({"had", "have", "has"})


def _perfect_relative(units: list[_Unit], hit: _Hit) -> bool:
    """True for a verb in the perfect that opens a relative clause: "talk to young protesters
    who had taken to the streets", "the opposition that had seized west Beirut", "took two
    monks who had staged a protest" (session 8). The clause tells what identifies the noun, an
    earlier act the sentence does not report; it is background, not an event of the
    sentence (a relative in the simple past, "a raid that killed a commander", stays)."""
    verb = hit.verb if hit.verb is not None else hit.first
    if not any(units[k].norm in _PERFECT for k in range(max(0, verb - 3), verb)):
        return False
    return _relative_antecedent(units, verb) is not None


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


#: verbal acts addressed to someone: a coordinated one without an addressee of its own speaks
#: to the addressee of the act before it
_ADDRESSED_ROOTS = frozenset({"10", "11", "12", "13"})
#: roots of a speaker's next act in a participle after a comma ("appealed for calm, urging
#: Ethiopia to negotiate"): an appeal too, not only a demand, accusation, rejection or threat
_SPEAKER_ROOTS = _ADDRESSED_ROOTS | {"02"}
_ADDRESSING_ROOTS = frozenset({"01", "02", "10", "11", "12", "13", "16", "17"})


def _shared_addressee(hits: list[_Hit], units: list[_Unit]) -> None:
    """ "Eritrea accused Ethiopia of bombing Asmara and warned that it would respond", "Britain
    demanded that Iran release the tanker and warned of serious consequences": a demand,
    accusation, rejection or threat coordinated after another act of the same subject, with no
    addressee of its own (or only its own subject, "that it would respond"), is addressed to
    the target of the act before it."""
    for prev, hit in itertools.pairwise(hits):
        warning = False
        if (
            not hit.coordinated
            # "and warned", not ", accusing …"; but "called on X to …, warning that …"
            or not (
                _coordinated(units, hit.first)
                or (warning := _warning_after_appeal(units, prev, hit))
            )
            or hit.passive
            or prev.passive
            or not prev.targets
            or not hit.sources
            or hit.sources != prev.sources
            or not (
                (
                    hit.pattern.cameo[:2] in _ADDRESSED_ROOTS
                    and prev.pattern.cameo[:2] in _ADDRESSING_ROOTS
                )
                or _said_in_contact(prev, hit)
            )
            or hit.pattern.target_slot == "inside"
        ):
            continue
        own = {code[:3] for code in _codes(units, hit.sources)}
        if hit.targets and not all(
            # "warning that Moscow would protect …": the speaker names itself
            (u.pronoun or warning) and u.code[:3] in own
            for u in units
            if u.mention in hit.targets
        ):
            continue  # "demanded that Erbil annul …": its own addressee
        between = [u for u in units[prev.last + 1 : hit.first] if u.mention is None]
        if any(u.norm in (";", ":") for u in between):
            continue
        hit.targets = list(prev.targets)


#: roots of what is said to the one contacted: comments (condolences, sympathy), praise
_SAID_IN_CONTACT = frozenset({"01", "05"})


def _said_in_contact(prev: _Hit, hit: _Hit) -> bool:
    """True for a comment or praise coordinated after a contact ("phoned Erdogan and offered
    condolences", "met the emir and praised his mediation"): it is said to the one contacted."""
    return prev.pattern.cameo[:2] == "04" and hit.pattern.cameo[:2] in _SAID_IN_CONTACT


def _warning_after_appeal(units: list[_Unit], prev: _Hit, hit: _Hit) -> bool:
    """True for a threat in a participle clause after an appeal or a demand ("called on
    Moldova to halt …, warning that Moscow would …"): the warning is addressed to the one
    appealed to."""
    return (
        hit.pattern.cameo[:2] == "13"
        and prev.pattern.cameo[:2] in ("02", "10")
        and hit.verb is not None
        and _participle_clause(units, hit.verb)
    )


#: acts whose partner the talks adjoined after them name ("agreed to … after talks with Z")
_PARTNERED_ROOTS = frozenset({"03", "05"})


def _adjoined_talks(hits: list[_Hit], units: list[_Unit]) -> None:
    """ "Iran agreed to suspend enrichment, after talks in Tehran with Britain, France and
    Germany", "Kim committed to denuclearisation at his summit with Trump": the talks adjoined
    to a clause by "after", "during" or "at" (a hit marked ``adjunct``) are held by that
    clause's subject, the subject of the act before them, and an agreement or a commitment
    without a partner of its own is made with the partner of those talks."""
    for prev, hit in itertools.pairwise(hits):
        if not hit.adjunct or prev.passive or not prev.sources:
            continue
        if any(u.norm in (";", ":") for u in units[prev.last + 1 : hit.first]):
            continue
        hit.sources = list(prev.sources)
        if not hit.targets or set(hit.targets) & set(prev.sources):
            continue
        for act in reversed(hits[: hits.index(hit)]):
            # "agreed to suspend enrichment and to allow inspections, after talks with …"
            if act.sources != prev.sources or act.passive or act.adjunct:
                break
            if (
                not act.targets
                and act.pattern.cameo[:2] in _PARTNERED_ROOTS
                and act.pattern.target_slot != "inside"
            ):
                act.targets = list(hit.targets)


def _consequence_targets(hits: list[_Hit], units: list[_Unit]) -> None:
    """An act in a consequence clause that names no target of its own is aimed at the actor
    whose act prompted it: "North Korea fired a missile over Japan, prompting Tokyo to suspend
    talks" (JPN 16 PRK). (An "after" clause is not enough: "sent troops to the Gulf after Iraq
    massed forces" is coded without a target in our gold.)"""
    for n, hit in enumerate(hits):
        if hit.targets or hit.passive or not hit.sources or hit.pattern.target_slot == "inside":
            continue
        own = {code[:3] for code in _codes(units, hit.sources)}
        verb = _verb_of(hit)
        cause: list[int] = []
        if _consequence_subject(units, verb, _CONSEQUENCE_OPENERS):
            # ", prompting Tokyo to suspend aid": the subject of the act before it
            earlier = next((h for h in reversed(hits[:n]) if h.sources and not h.passive), None)
            cause = list(earlier.sources) if earlier is not None else []
        if cause and not {code[:3] for code in _codes(units, cause)} & own:
            hit.targets = cause


def _names_aside(units: list[_Unit], i: int) -> bool:
    """True when an aside naming the object as its speaker sees it starts at ``i`` ("what it
    called militant hideouts", "what New Delhi said was a camp")."""
    return (
        i < len(units) and units[i].norm == "what" and _past_naming_aside(units, i, len(units)) > i
    )


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
    before = set(words[-2].strip("()[]").split("|"))
    # session 11, lexicon round 20: a choice of past participles before "+" is an adjective
    # slot that needs its noun too ("freed .. (jailed|detained) +"): in "freed 80 monks
    # detained during the crackdown" it finds no actor, and "$ <free> +" codes the monks
    return before <= _PREPOSITIONS or all(w.endswith("ed") for w in before)


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
    "punished fined executed deported expelled held investigated investigation tried wanted".split()
)
#: the words between "for" and the act a charge names: "for her possible role in rioting"
_CHARGE_FRAME = frozenset(
    "her his their its alleged possible suspected reported role part involvement participation "
    "in".split()
)


def _punished_for(hit: _Hit, units: list[_Unit]) -> bool:
    """True for the gerund after "for" that a punishment names as its reason: "a missionary was
    arrested in Lebanon for collaborating with Israel", "jailed for spying for Iran" (the
    collaboration is the charge, as "criticized Iran for arming the Houthis" is the criticism's
    content: not coded as a fact), also as a role in it: "put under investigation for her
    possible role in rioting"."""
    verb = hit.verb if hit.verb is not None else hit.first
    if verb < 1 or not units[verb].norm.endswith("ing"):
        return False
    at = verb - 1  # the "for", perhaps before "his alleged role in"
    while at > verb - 6 and at > 0 and units[at].norm in _CHARGE_FRAME:
        at -= 1
    if units[at].norm != "for" or (at < verb - 1 and units[verb - 1].norm != "in"):
        return False
    for unit in reversed(units[max(0, at - 8) : at]):
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
        if (
            frame is not None
            and not any(u.norm in (";", ":", "but") for u in units[frame.last + 1 : hit.first])
            # "threatened Minsk with sanctions after it expelled …", "… and warned": facts
            and not _factual_clause(units, frame.last + 1, hit.first)
            and not _after_whole_threat(units, frame, hit)
            and not _appositive_denial(units, hit)
            and not _main_coordinate(units, frame, hit)
            and not _speaker_participle(units, frame, hit)
            and not _new_main_clause(units, frame, hit)
            and not _said_after_and(units, frame.last + 1, hit.first)
        ):
            continue
        if n and _object_content(hits[n - 1], hit, units):
            hit.framed_by = hits[n - 1].framed_by or hits[n - 1]
            continue
        if _inquiry_object(units, hit):
            continue
        kept.append(hit)
    return kept


#: past tense forms of the irregular verbs (regular ones end in "-ed")
_IRREGULAR_PAST = frozenset(forms[0] for forms in _IRREGULAR.values())
#: auxiliaries of a perfect: "accused Iran of having armed A and trained B" (a participle)
_PERFECT = frozenset(["has", "have", "had", "having"])


#: words in "-ed" that are no past tense, and irregular verbs whose past is their base form
_NOT_PAST = frozenset(
    "need needed speed feed proceed exceed succeed bleed breed seed embed shed wed bed red "
    "hundred".split()
) | frozenset(lemma for lemma, forms in _IRREGULAR.items() if forms[0] == lemma)


def _past(word: str) -> bool:
    """Whether a word is a verb's past tense ("warned", "froze"), not a base form as well
    ("cut", "put", "need")."""
    return (word.endswith("ed") or word in _IRREGULAR_PAST) and word not in _NOT_PAST


def _main_coordinate(units: list[_Unit], frame: _Hit, hit: _Hit) -> bool:
    """True for a verb coordinated with the frame itself, not inside its content: "demanded that
    Iran release the tanker, and warned of serious consequences", "accused Ethiopia of bombing
    the airport and warned that it would respond", "called on Turkey to withdraw and demanded
    sanctions". The content of a demand, threat or accusation is an infinitive, a gerund or a
    subjunctive, so a past tense after "and", when the frame's own verb is in the past tense
    and no perfect stands between, is the frame subject's next act."""
    if hit.passive or not hit.coordinated or hit.verb is None:
        return False
    if frame.pattern.cameo[:2] == "12":
        return False  # "rejected the plan and …": a rejection's object is no clause
    frame_verb = frame.verb if frame.verb is not None else frame.first
    if not _past(units[hit.verb].norm):
        return False
    if not _past(units[frame_verb].norm) and not (
        # round 17: a frame under a modal ("told the assembly that Washington would have no
        # choice but to destroy North Korea if forced to, and mocked Kim Jong Un as a rocket
        # man"): a past tense after ", and" cannot continue "would …"; it is the act of the
        # clause the frame is reported in
        units[frame.first].norm in _FRAME_MODALS
        and hit.first >= 2
        and units[hit.first - 2].norm == ","
    ):
        return False
    return not any(u.norm in _PERFECT for u in units[frame.last + 1 : hit.first])


#: modals that open a frame pattern ("$ would have no choice but to destroy +")
_FRAME_MODALS = frozenset({"would", "will", "could", "may", "might", "shall"})


def _said_after_and(units: list[_Unit], start: int, end: int) -> bool:
    """True when "and said" (", and announced" …) stands between a frame and a hit: "Iran
    accused the United States of breaking its word and said it would hold talks with Russia"
    (the accusation's content ends there; the talks are the next report, coded as any)."""
    return any(
        units[k].norm == "and" and units[k + 1].norm in _SAYING and _past(units[k + 1].norm)
        for k in range(start, min(end, len(units)) - 1)
    )


def _new_main_clause(units: list[_Unit], frame: _Hit, hit: _Hit) -> bool:
    """True for a clause of its own after ", and" with its own subject, another actor than the
    frame's, and a verb in the past tense when the frame's is: "Maduro accused Santos of being
    behind an attack …, and Bogota denied any involvement" (a fact, not what was alleged)."""
    if hit.passive or hit.verb is None or not hit.sources or set(hit.sources) & set(frame.sources):
        return False
    k = hit.first - 1
    if k < 2 or units[k].mention not in hit.sources:
        return False
    while k > 0 and units[k - 1].mention in hit.sources:
        k -= 1
    if k > 0 and units[k - 1].norm == "the":
        k -= 1
    if k < 2 or units[k - 1].norm != "and" or units[k - 2].norm != ",":
        return False
    frame_verb = frame.verb if frame.verb is not None else frame.first
    return _past(units[frame_verb].norm) and _past(units[hit.verb].norm)


def _speaker_participle(units: list[_Unit], frame: _Hit, hit: _Hit) -> bool:
    """True for a demand, accusation, rejection or threat in a participle clause after the
    frame's content: "called on Moldova to halt its operations, warning that Moscow would
    protect …", "demanded the release of Meng, warning of severe consequences". The content
    of a demand or an appeal is an infinitive or a "that" clause, never a participle after a
    comma, so the participle is the speaker's next act (when the frame is in the past tense:
    "urges X to act, warning …" is alike, but "plans to attack, warning" is not)."""
    if hit.passive or hit.verb is None or hit.pattern.cameo[:2] not in _SPEAKER_ROOTS:
        return False
    if not _participle_clause(units, hit.verb):
        return False
    frame_verb = frame.verb if frame.verb is not None else frame.first
    # round 14: a refusal or a threat frames no participle either ("refused to register
    # migrants and closed its border, defying calls from the EU", "authorised the army to
    # launch operations against the rebels, defying U.S. calls for restraint")
    if not _past(units[frame_verb].norm) or frame.pattern.cameo[:2] not in _PARTICIPLE_FRAMES:
        return False
    return not any(u.norm in (";", ":", '"') for u in units[frame.last + 1 : hit.first])


#: roots of a frame whose content is never a participle after a comma: appeals, demands,
#: refusals, threats
_PARTICIPLE_FRAMES = frozenset({"02", "10", "12", "13"})


#: subordinators that open a clause of facts, not the content of the act before them
_FACT_OPENERS = frozenset(
    # "demanded that Moscow open negotiations, as Russian troops pressed their assault …"
    ["after", "since", "because", "although", "though", "whereas", "as", "while"]
)
#: participles that open a consequence clause after a comma (", prompting Tokyo to …")
_CONSEQUENCE_OPENERS = frozenset(["prompting", "forcing", "leading", "causing", "triggering"])


def _factual_clause(units: list[_Unit], start: int, end: int) -> bool:
    """True when a clause of its own opens between ``start`` and ``end`` (the end of a frame
    such as a threat or an accusation and a later act): "threatened Minsk with sanctions *after*
    it expelled the Polish ambassador", "accused Kampala of backing rebels *because* …", "…,
    *prompting* Seoul to walk out of the talks": the act is a fact (or a consequence), not
    what is threatened, demanded or alleged. The subordinator must be followed by a clause with
    a subject of its own (a mention, a pronoun or a determiner), not by a gerund ("after
    leaving")."""
    for k in range(start, end):
        unit = units[k]
        if unit.mention is not None:
            continue
        if unit.norm in _CONSEQUENCE_OPENERS and k > 0 and units[k - 1].norm == ",":
            return True
        if unit.norm in _FACT_OPENERS and k + 1 < end:
            nxt = units[k + 1]
            if nxt.mention is not None or nxt.weak is not None or nxt.norm in _SUBJECT_STARTS:
                return True
    return False


def _after_whole_threat(units: list[_Unit], frame: _Hit, hit: _Hit) -> bool:
    """True when the frame is a whole act without a target slot, its object a noun ("Hamas
    vowed revenge"), and a subordinator stands between it and the later act: "Hamas vowed
    revenge as tens of thousands of mourners buried its founder, who was killed by an Israeli
    strike" (the killing is a fact, not what is vowed; session 9, lexicon round 15)."""
    if frame.pattern.target_slot != "none" or frame.targets or "<vow" not in frame.pattern.text:
        return False
    return any(u.norm in _FACT_OPENERS for u in units[frame.last + 1 : hit.first])


def _appositive_denial(units: list[_Unit], hit: _Hit) -> bool:
    """True for a denial in an appositive after an accusation ("India accused Pakistan of
    sending troops …, a charge Islamabad denied"): the noun names the accusation again, and its
    relative clause is a fact, not what is alleged (session 9, lexicon round 15)."""
    return (
        hit.pattern.cameo == "016"
        and hit.first > 0
        and units[hit.first].norm in ("a", "the")
        and units[hit.first - 1].norm == ","
    )


#: words that may open the subject of a clause
_SUBJECT_STARTS = frozenset(
    "the a an its their his her he she it they we i this these those".split()
)


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
    for n, (prev, hit) in enumerate(itertools.pairwise(hits)):
        if hit.passive and not hit.open_passive and _coordinated(units, hit.first):
            _share_passive_subject(hits[: n + 1], hit, units)
            continue
        if hit.passive or hit.pattern.source_slot != "left":
            continue
        own = prev.verb if prev.verb is not None and prev.pattern.verbal else prev.last
        finite = hit.coordinated and _finite_after_infinitive(units, own, hit)
        if finite:
            # "arrived in Tehran, the first leader to visit Iran, and held talks": the subject
            # of the last finite verb before, not of the infinitive
            prev = next((h for h in reversed(hits[:n]) if _past(units[_verb_of(h)].norm)), prev)
        subject = prev.targets if prev.passive else prev.sources
        if prev.passive and _participle_clause(units, _verb_of(hit)):
            subject = prev.sources  # "was struck by Israeli jets, killing two": the agent's act
        if hit.coordinated and _coordinated(units, hit.first) and not finite:
            # "aims to tighten sanctions and impose a blockade": the second verb has no
            # auxiliary of its own and shares the mood (announced, hypothetical) of the first
            # ("$ will (visit|meet) +" has no verb element: its last word stands for it)
            hit.mood = prev.mood if prev.mood is not None else own
        if hit.coordinated and subject and not _speaker_of_participle(units, hit):
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
        if _new_clause_subject(units, prev, hit):
            # session 11: "Hamas hails a victory and Iranian officials congratulate the
            # movement": after an object of no actor, "and" and an actor right before the next
            # verb open a clause of their own; that actor is its subject, not a second object
            prev.targets = [t for t in prev.targets if t not in hit.sources]
            continue
        between = [u.norm for u in units[prev.last + 1 : hit.first] if u.mention is None]
        if "and" in between:
            hit.sources = subject


def _new_clause_subject(units: list[_Unit], prev: _Hit, hit: _Hit) -> bool:
    """Whether the one subject of ``hit`` stands right before it, after "and", and the previous
    act's object before that "and" names no actor ("hails a victory and Iranian officials
    congratulate …")."""
    if prev.passive or len(hit.sources) != 1 or not _just_before(units, hit.sources[0], hit):
        return False
    at = next((k for k in range(hit.first - 1, prev.last, -1) if units[k].mention is not None), -1)
    if at < prev.last + 3 or units[at - 1].norm != "and" or units[at].mention != hit.sources[0]:
        return False
    return all(u.mention is None and u.weak is None for u in units[prev.last + 1 : at - 1])


#: roots of acts a speaker does by speaking: a participle of them after an attribution is the
#: speaker's (comments, demands, disapproval, accusations, rejections, threats)
_SPEECH_ROOTS = frozenset({"01", "10", "11", "12", "13"})
#: verbs of an attribution after the main clause ("…, Yemeni officials said")
_ATTRIBUTING = _SAYING | _QUOTING


def _speaker_of_participle(units: list[_Unit], hit: _Hit) -> bool:
    """True for a participle clause of speech right after an attribution that follows the main
    clause ("Saudi Arabia expelled the workers, Yemeni officials said on Thursday, accusing
    Riyadh of …"; "…, a spokesman said, denying reports …"): the speaker accuses or denies, not
    the main clause's subject. ``hit.sources`` (the actor nearest before the participle) is then
    the speaker and is kept."""
    if hit.pattern.cameo[:2] not in _SPEECH_ROOTS or not hit.sources:
        return False
    verb = _verb_of(hit)
    if not _participle_clause(units, verb):
        return False
    k = verb - 1
    while k > 0 and units[k].norm != ",":
        k -= 1  # the comma before the participle (adverbs between)
    k -= 1
    while k >= 0 and units[k].mention is None and units[k].norm in _TIME_PHRASE:
        k -= 1  # "said on Thursday"
    if k < 1 or units[k].norm not in _ATTRIBUTING:
        return False
    speaker = k - 1
    while speaker >= 0 and _member(units[speaker]) is None and k - speaker <= 3:
        speaker -= 1  # "a spokesman for X said": the role noun's words
    return speaker >= 0 and _member(units[speaker]) in hit.sources


def _subjectless_participle(hits: list[_Hit], hit: _Hit, units: list[_Unit]) -> bool:
    """True for a participle clause after a clause whose subject is no actor: "A car bomb
    exploded outside a police station in Makhachkala, killing two policemen", "An earthquake
    struck central Mexico, killing 200 people". The participle's subject is the clause's
    subject (the bomb, the earthquake), not the actor nearest to it, which stands in the
    predicate after the clause's verb. Only when no act was coded in the clause before (then
    the participle shares that act's subject)."""
    if hit.passive or not hit.sources or hit.pattern.source_slot != "left":
        return False
    verb = hit.verb if hit.verb is not None else hit.first
    if not (_participle_clause(units, verb) or _coordinated_participle(units, verb)):
        return False
    start = verb - 1
    while start > 0 and units[start - 1].norm not in (";", ":", '"'):
        start -= 1
    if any(h is not hit and start <= h.first < hit.first for h in hits):
        return False
    at = [k for k, u in enumerate(units) if u.mention in hit.sources or u.weak in hit.sources]
    if not at or min(at) < start:
        return False
    first_source = min(at)
    return any(
        u.mention is None and u.weak is None and _past(u.norm) and not u.norm.endswith("-led")
        for u in units[start:first_source]
    )


def _participle_clause_subject(units: list[_Unit], hit: _Hit) -> list[int] | None:
    """The subject of the clause a participle clause follows (session 11, round 19), when the
    actor nearest before the participle stands in that clause's predicate: "Pakistan's
    parliament voted to stay out of the Saudi-led campaign in Yemen, rebuffing a request from
    Riyadh" (Pakistan rebuffs, not the Saudi-led campaign), "Nicaragua took Germany to the World
    Court, accusing Berlin of …"; so when no actor at all was found before the participle. The
    subject is an actor at the clause's start right before its past verb, not a verb of saying
    ("X said the curfew would be lifted, bowing to …": the report's clause may be the one that
    acts). None otherwise, and for a participle of speech after an attribution (the speaker's:
    :func:`_speaker_of_participle`). When an act of the clause is coded, its subject is shared
    later as well (:func:`_share_subjects`)."""
    if hit.passive or hit.pattern.source_slot != "left":
        return None
    verb = hit.verb if hit.verb is not None else hit.first
    if not _participle_clause(units, verb) or _speaker_of_participle(units, hit):
        return None
    start = verb - 1
    while start > 0 and units[start - 1].norm not in (";", ":", '"'):
        start -= 1
    k = start
    while k < verb and units[k].mention is None and units[k].norm in ("the", "a", "an"):
        k += 1
    if k >= verb or _unknown(units[k]):
        return None
    subject = units[k].mention
    if subject is None:
        return None
    j = k + 1
    while j < verb and units[j].mention is None and units[j].tail is not None:
        j += 1  # "Pakistan's parliament voted": the head after the possessive
    if j >= verb or units[j].mention is not None or not _past(units[j].norm):
        return None
    if units[j].norm in _ATTRIBUTING:
        return None
    at = [i for i, u in enumerate(units) if u.mention in hit.sources or u.weak in hit.sources]
    if subject in hit.sources or (at and min(at) <= j):
        return None  # the actor found is the subject itself, or stands before the verb
    return [subject]


#: verbs of preventing an act: "to stop them from seizing Aden", "to head off a Russian
#: invasion of Ukraine", "to avert a war"
_PREVENTING = frozenset(
    "prevent prevents prevented preventing stop stops stopped stopping avert averts averted "
    "averting deter deters deterred deterring forestall forestalled".split()
)


def _result_participle(units: list[_Unit], hit: _Hit) -> bool:
    """True for a de-escalation told as the result of the act before it: "signed a peace
    agreement on Tuesday, formally ending a two-year border war", "a ceasefire took effect,
    ending a month of war". The ending is what the first act does, not a second event (the
    caller passes only hits that follow another)."""
    verb = hit.verb if hit.verb is not None else hit.first
    if not hit.pattern.cameo.startswith("08") or units[verb].norm != "ending":
        return False
    before = [u.norm for u in units[max(0, verb - 3) : verb]]
    return "," in before


def _prevented(units: list[_Unit], hit: _Hit) -> bool:
    """True for an act that another act is meant to prevent: a gerund after "from" following
    a verb of preventing ("launched air strikes to stop them from seizing Aden") or an act
    named as the object of one ("in an attempt to head off a Russian invasion of Ukraine",
    "to avert a war with Iran"): it has not happened."""
    if hit.passive:
        return False
    first = hit.verb if hit.verb is not None and hit.verb < hit.first + 1 else hit.first
    k = first - 1
    # the act's own modifiers and actors ("a Russian invasion", "a full-scale war")
    while (
        k >= 0
        and first - k <= 4
        and (units[k].mention is not None or units[k].modifier or units[k].norm in _SKIPPED_DET)
    ):
        k -= 1
    if k < 0:
        return False
    if units[k].norm == "from":  # "stop them from seizing"
        j = k - 1
        if j >= 0 and (units[j].mention is not None or units[j].norm in _OBJECT_PRONOUNS):
            j -= 1
        return j >= 0 and units[j].norm in _PREVENTING
    if units[k].norm == "off" and k >= 1 and units[k - 1].norm in ("head", "heading", "headed"):
        return True
    return units[k].norm in _PREVENTING and not hit.pattern.verbal


_SKIPPED_DET = frozenset({"a", "an", "the", "any", "further", "new", "possible"})
_OBJECT_PRONOUNS = frozenset({"them", "it", "him", "her", "us"})


def _coordinated_participle(units: list[_Unit], verb: int) -> bool:
    """True for a participle after "and" that continues a participle clause ("…, toppling
    buildings in Mexico City and killing 200 people")."""
    if not units[verb].norm.endswith("ing") or verb < 1 or units[verb - 1].norm != "and":
        return False
    for k in range(verb - 2, max(0, verb - 14), -1):
        if units[k].norm in (";", ":", '"'):
            return False
        if units[k].norm == "," and units[k + 1].norm.endswith("ing"):
            return True
    return False


#: words that end the search for the auxiliary a coordinated verb shares
_MOOD_SEARCH_END = frozenset({",", ";", ":", '"', "that", "and", "but", "or", "who", "which"})


def _shared_future(hits: list[_Hit], units: list[_Unit]) -> None:
    """ "Vajpayee will ride the inaugural bus to Lahore and hold talks there with Sharif": a
    verb coordinated after "and" without an auxiliary of its own shares the "will" of the verb
    before it, whether or not that verb is an act of the dictionary (the talks are announced:
    an intent). Sets ``hit.mood`` to that verb; hits with a mood already are left alone."""
    for hit in hits:
        if hit.mood is not None or hit.passive or not _coordinated(units, hit.first):
            continue
        j = hit.first - 1
        while j > 0 and units[j].norm != "and":
            j -= 1
        for k in range(j - 1, max(-1, j - 16), -1):
            norm = units[k].norm
            if units[k].mention is None and norm in _MOOD_SEARCH_END:
                break
            if norm in _FUTURE_ONE and k + 1 < j and units[k + 1].norm.isalpha():
                hit.mood = k + 1
                break


#: the host's reception of a visitor (043), for a welcome read as praise (051)
_HOSTING = compile_pattern("$ <welcome> +", cameo="043", rule="coder:welcomed-visitor")
#: verbs of welcoming a person
#: ("was embraced on the tarmac by Kim Jong Il" after "arrived in Pyongyang": the host's embrace
#: of the arriving visitor, session 8)
_WELCOMING = frozenset({"welcomed", "greeted", "embraced", "hugged"})


def _welcomed_visitors(hits: list[_Hit], units: list[_Unit]) -> None:
    """ "Clinton arrived in Hanoi for a three-day visit … and was welcomed by President Tran
    Duc Luong": a welcome of the traveller of a visit coded before it is the host's reception
    (043), not praise (051)."""
    for n, hit in enumerate(hits):
        if hit.pattern.cameo[:2] != "05" or not any(
            u.norm in _WELCOMING for u in units[hit.first : hit.last + 1]
        ):
            continue
        visitor = hit.targets
        if not visitor or not any(
            h.pattern.cameo[:3] == "042" and not h.passive and h.sources == visitor
            for h in hits[:n]
        ):
            continue
        hit.pattern = _HOSTING


def _share_passive_subject(before: list[_Hit], hit: _Hit, units: list[_Unit]) -> None:
    """ "Pope John Paul II arrived in Damascus, becoming the first pontiff to visit Syria, and
    was greeted at the airport by President Assad": a passive coordinated after "and" has no
    subject of its own; its patient is the subject of the last finite verb before it (not
    the actor nearest to it, Syria). Only when that verb is in the past tense and its
    subject is not the passive's agent."""
    for prev in reversed(before):
        if prev.passive:
            return  # "was received by A and was greeted by B": the subject search found it
        verb = prev.verb if prev.verb is not None else prev.first
        if not _past(units[verb].norm) or units[verb - 1].norm == "to":
            continue  # "…, becoming the first pontiff to visit Syria": not the main verb
        subject = [s for s in prev.sources if s not in hit.sources]
        if subject and len(subject) == len(prev.sources):
            hit.targets = subject
        return


def _finite_after_infinitive(units: list[_Unit], own: int, hit: _Hit) -> bool:
    """True when a coordinated verb in the past tense follows a verb that is not ("arrived in
    Baghdad, the first head of state to visit Iraq, and held talks with Saddam"): a past tense
    cannot continue an infinitive or a modal, so it is the main clause's next act and does not
    share that verb's mood."""
    verb = hit.verb if hit.verb is not None else hit.first
    return _past(units[verb].norm) and not _past(units[own].norm)


def _dyads(
    hit: _Hit, units: list[_Unit], symmetric: bool, *, require_dyad: bool = True
) -> list[tuple[int, int | None]]:
    if not hit.targets:
        if symmetric and len(hit.sources) > 1:
            sides = _owner_sides(units, hit.sources)
            return [
                (a, b)
                for a in hit.sources
                for b in hit.sources
                if a != b and sides.get(a, a) != sides.get(b, b)
            ]
        return [] if require_dyad else [(s, None) for s in hit.sources]
    pairs: list[tuple[int, int | None]] = [(s, t) for s in hit.sources for t in hit.targets]
    if symmetric:
        pairs += [(t, s) for s in hit.sources for t in hit.targets]
    return list(dict.fromkeys(pairs))


def _owner_sides(units: list[_Unit], sources: list[int]) -> dict[int, int]:
    """The side of each member of a compound subject of a joint act: the owners of one role noun
    ("Netanyahu and the foreign ministers of the UAE and Bahrain signed agreements": the UAE's
    and Bahrain's ministers) are one side, which does not act with itself (session 8). RETURNS
    (dict): a member's mention -> the mention of the first owner of its role noun."""
    sides: dict[int, int] = {}
    at = {u.mention: k for k, u in enumerate(units) if u.mention in sources}
    for member in sources:
        k = at.get(member)
        if k is None or k < 2 or units[k - 1].norm != "and":
            continue
        owner = units[k - 2]
        if owner.mention in sources and owner.role_first and owner.mention is not None:
            sides[member] = sides.get(owner.mention, owner.mention)
    return sides


#: roots of acts by officials whose adjunct "in protest at …" says why they were done (recalling
#: an envoy, rejecting a seat, suspending talks); a crowd's violent act "in protest at …" is
#: itself the protest and keeps it
_PROTESTED_BY_ACT = frozenset(
    {"01", "02", "03", "04", "05", "06", "07", "08", "10", "11", "12", "13", "16"}
)
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
    not a second one, and so is "in protest of/at …" after a protest ("called a strike in protest
    at the arrests"). RETURNS (list[_Hit]): the hits, such protests merged."""
    out: list[_Hit] = []
    for hit in hits:
        verb = hit.verb if hit.verb is not None else hit.first
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.pattern.cameo[:2] == "14"
            and hit.pattern.cameo[:2] == "14"
            and verb > prev.last
            and units[verb - 1].norm == "in"
            and not any(u.norm in (";", ":", '"') for u in units[prev.last + 1 : verb])
        ):
            continue  # "organized a general strike … in protest of the arrests": one protest
        if (
            prev is not None
            and prev.pattern.cameo[:2] in _PROTESTED_BY_ACT
            and hit.pattern.cameo[:2] == "14"
            and prev.last < verb <= prev.last + 12
            and units[verb].norm == "protest"
            and units[verb - 1].norm == "in"
            and not any(u.norm in _CLAUSE_BREAK for u in units[prev.last + 1 : verb])
        ):
            # "Jordan recalled its ambassador from Israel in protest at the war in Gaza": the
            # motive of the recall (a noun, "in protest"), not a second act of protest aimed at
            # Gaza (session 11)
            continue
        if (
            prev is not None
            and prev.pattern.cameo[:2] == "14"
            and hit.pattern.cameo[:2] in ("02", "10")
            and not hit.passive
            and prev.last < verb <= prev.last + 8
            and units[verb].norm.endswith("ing")
            and not any(u.norm in _CLAUSE_BREAK for u in units[prev.last + 1 : verb])
        ):
            # "demonstrated in Kirkuk calling for independence": the protest's demand, not an
            # appeal of its own
            continue
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
            and _purpose_clause(units, prev, hit, verb, _PURPOSE_ROOTS)
        ):
            # "travelled to Addis Ababa to consult Ethiopia's prime minister": the trip's
            # purpose, done on it by the traveller
            hit.sources = list(prev.sources)
            hit.purpose = True
        elif (
            prev is not None
            and _call(prev)
            and prev.targets
            and _purpose_clause(units, prev, hit, verb, _CALL_PURPOSE_ROOTS)
        ):
            # "telephoned Erdogan to offer his condolences", "called Netanyahu to urge
            # restraint": said in the call, by the caller to the one called (unless the act's
            # object follows it at once: "called Abbas to congratulate Netanyahu")
            hit.sources = list(prev.sources)
            if not any(u.mention in hit.targets for u in units[verb + 1 : verb + 3]):
                hit.targets = list(prev.targets)
            hit.purpose = True
        out.append(hit)
    return out


#: spoken acts whose purpose infinitive after a telephone call is said in the call: comments
#: (condolences, sympathy), promises, diplomatic cooperation (appeals are left out: "called X
#: to urge restraint" is coded by the dictionary's more specific appeal entries, or not at all)
_CALL_PURPOSE_ROOTS = frozenset({"01", "03", "05"})


def _purpose_clause(
    units: list[_Unit], prev: _Hit, hit: _Hit, verb: int, roots: AbstractSet[str]
) -> bool:
    """True when ``hit`` (verb at ``verb``) is an active "to" infinitive of one of ``roots``
    after ``prev`` with no object boundary between them: the purpose of a trip or a call."""
    return (
        not hit.passive
        and hit.pattern.source_slot == "left"
        and hit.pattern.cameo[:2] in roots
        and verb > prev.last
        and units[verb - 1].norm == "to"
        and not any(u.norm in _OBJECT_END for u in units[prev.last + 1 : verb - 1])
    )


def _call(hit: _Hit) -> bool:
    """True for a telephone call stated as made ("telephoned Erdogan", "called Putin")."""
    return not hit.passive and hit.pattern.cameo[:3] == "041"


#: acts whose purpose infinitive is done on the trip (visits, travel)
_PURPOSE_ROOTS = frozenset({"02", "04", "05"})


def _trip(hit: _Hit) -> bool:
    """True for a visit or trip that is stated as done ("travelled to X", "flew to X")."""
    return not hit.passive and hit.pattern.cameo[:3] in ("042", "043")


#: the phrases that name an earlier act as the reason of the clause's own act: "in retaliation
#: for", "in response to", "in protest at" (the last word of each, then the words before it)
_REASON_OPENERS: dict[str, tuple[tuple[str, ...], ...]] = {
    "for": (("in", "retaliation"), ("in", "reprisal"), ("in", "revenge")),
    "to": (("in", "response"), ("in", "reaction")),
    "at": (("in", "protest"),),
    "over": (("in", "protest"),),
    "against": (("in", "protest"),),
    # "closed its borders because of fighting between Azerbaijanis and Armenians", "in
    # defiance of the UN air embargo against Libya", "the damage caused by the NATO air strikes
    # on Yugoslavia": the earlier act named as a noun is the cause of the clause's act, not an
    # event of the sentence (session 11)
    "of": (("because",), ("in", "defiance")),
    "by": (("caused",),),
    # "imposed a curfew after clashes between Christians and Muslims": only an act named by a
    # noun, not a clause ("after rebels captured the town", "after talks with …" are coded)
    "after": ((),),
}
#: openers followed by a clause as often as by a noun: the act must be named by a noun there
_CLAUSE_OPENERS = frozenset({"after"})
#: nouns of acts whose mention after "after" stays an event of the sentence (our gold codes
#: "met X after talks with Y")
_MEETING_NOUNS = frozenset({"talks", "meeting", "meetings", "visit", "visits", "summit"})
#: the nouns of those phrases (a sentence without one has no such phrase)
_REASON_WORDS = frozenset(
    words[-1] if words else opener for opener, group in _REASON_OPENERS.items() for words in group
)
#: words that may stand in the noun phrase of the act between the opener and the pattern
_REASON_PHRASE = frozenset({"the", "a", "an", "its", "his", "her", "their", "'s", "'"})


#: words of a date that may name an act ("the Sept. 11 attacks", "the October 7 attack";
#: session 9, lexicon round 15)
_DATE_WORDS = frozenset(
    "jan feb mar apr aug sept sep oct nov dec january february march april may june july "
    "august september october november december".split()
)


def _reason_act(units: list[_Unit], hit: _Hit) -> bool:
    """True for the noun of an act in a phrase giving the reason of the clause's act: "halted
    talks in retaliation for Speaker Pelosi's visit to Taiwan", "tested missiles in response to
    India's tests": the earlier act is background, not an event of this sentence (as the object
    of a condemnation is its content). Only a noun phrase (determiners, modifiers, actors, a
    possessive) between the opener and the pattern, whose first word is no past tense."""
    if _past(units[hit.first].norm):
        return False
    first = units[hit.first]
    nominal = (
        first.mention is None
        and first.weak is None
        and not first.norm.endswith("ing")
        and first.norm not in _MEETING_NOUNS
    )
    k = hit.first - 1
    steps = 0
    while k >= 0 and steps < 8:  # the phrase holds the act's own source ("X's visit")
        unit = units[k]
        if unit.mention is None and unit.weak is None and unit.norm in _REASON_OPENERS:
            if unit.norm in _CLAUSE_OPENERS and not (nominal and k == hit.first - 1):
                return False
            return any(
                k >= len(words) and tuple(u.norm for u in units[k - len(words) : k]) == words
                for words in _REASON_OPENERS[unit.norm]
            )
        if not (
            unit.mention is not None
            or unit.weak is not None
            or unit.modifier
            or unit.norm in _REASON_PHRASE
            or unit.norm in _DATE_WORDS  # "in response to the Sept. 11 attacks on New York"
            or unit.norm.isdigit()
            or (unit.norm == "." and k > 0 and units[k - 1].norm in _DATE_WORDS)
        ):
            return False
        k -= 1
        steps += 1
    return False


def _restated_comments(hits: list[_Hit], units: list[_Unit]) -> list[_Hit]:
    """The hits without a comment (010) in a participle clause that labels what the same source
    has just been coded doing: "denounced the PLO for agreeing to the accord, calling it a
    betrayal", "welcomed the EU's decision, calling it a historic step" (one statement, told once:
    the label says how the act was done, not a second act). Only a label of a pronoun for what
    was just named: "denied any role, calling the British accusations groundless" comments on
    another actor."""
    kept: list[_Hit] = []
    for hit in hits:
        verb = hit.verb if hit.verb is not None else hit.first
        if (
            hit.pattern.cameo == "010"
            and verb > 0
            and units[verb].norm.endswith("ing")
            and units[verb - 1].norm == ","
            and verb + 1 < len(units)
            and units[verb + 1].pronoun  # "calling it …": the thing just named
            and any(set(h.sources) & set(hit.sources) and h.last < hit.first for h in kept)
        ):
            continue
        kept.append(hit)
    return kept


def _restated_acts(hits: list[_Hit], units: list[_Unit]) -> list[_Hit]:
    """The hits without the noun of an act in a phrase set off by a comma after the clause that
    tells the same act (the same code) by the same side: "fired rockets at Hezbollah targets in
    Beirut, the first Israeli strike on the Lebanese capital in 14 years" (one strike, named
    twice)."""
    kept: list[_Hit] = []
    for hit in hits:
        if kept and _appositive_act(units, hit) and _told_before(units, kept, hit):
            continue
        kept.append(hit)
    return kept


def _appositive_act(units: list[_Unit], hit: _Hit) -> bool:
    """True when ``hit`` opens right after ", the/a …" (a determiner and at most three
    modifiers or actors), with no verb of its own."""
    if hit.pattern.verbal:
        return False
    k = hit.first
    if units[k].norm not in ("the", "a", "an"):
        k -= 1
        steps = 0
        while k > 0 and steps < 3 and units[k].norm not in ("the", "a", "an"):
            if not (units[k].modifier or units[k].mention is not None):
                return False
            k -= 1
            steps += 1
    return k > 0 and units[k].norm in ("the", "a", "an") and units[k - 1].norm == ","


def _told_before(units: list[_Unit], kept: list[_Hit], hit: _Hit) -> bool:
    """True when a kept hit before ``hit`` has its code and a source of the same country ("held
    talks in Ankara, the first visit by an Israeli president to Turkey": talks and a visit, two
    acts); for violence its root is enough, as the weapon refines the code ("fired rockets at
    …, the first Israeli strike on …")."""
    code = hit.pattern.cameo
    violent = code[:2] in _VIOLENT_ROOTS
    countries = {c[:3] for c in _codes(units, hit.sources)}
    return any(
        (h.pattern.cameo == code or (violent and h.pattern.cameo[:2] == code[:2]))
        and h.last < hit.first
        and countries & {c[:3] for c in _codes(units, h.sources)}
        for h in kept
    )


#: nouns of an act told before a comma that an appositive verdict judges ("…, a move Haiti
#: condemned as inhumane"; the entries of root11.yaml and root05.yaml)
JUDGED_MOVES = frozenset({"move", "step", "decision", "measure", "action"})


def _judged_movers(hits: list[_Hit], units: list[_Unit]) -> None:
    """The judged side of an appositive verdict is the doer of the act told before the comma,
    not an actor that act was done to: "The Dominican Republic began rounding up Haitians
    under a plan to deport 10,000 of them a week, a move Haiti's government condemned as
    inhumane" (Haiti condemns the Dominican Republic; "them" ends the clause but only names
    the deportees). An inverse pattern's ``$`` (before the roles are swapped) that is the
    target of a hit ending before the comma is replaced with that hit's source (session 11,
    attachment round)."""
    for hit in hits:
        if not hit.pattern.inverse or not hit.sources or hit.verb is None:
            continue
        k = hit.verb
        while k > hit.first and units[k].norm not in JUDGED_MOVES:
            k -= 1
        if units[k].norm not in JUDGED_MOVES:
            continue
        comma = k - 1
        while comma > hit.first and units[comma].norm != ",":
            comma -= 1
        if units[comma].norm != "," or comma < k - 5:
            continue
        judged = set(hit.sources)
        act = next(
            (
                h
                for h in hits
                if h is not hit
                and h.last < comma
                and not h.pattern.inverse
                and not h.passive
                and h.sources
                and judged <= set(h.targets)
            ),
            None,
        )
        if act is not None and not judged & set(act.sources):
            hit.sources = list(act.sources)
            if act.actors:
                hit.actors = {
                    **(hit.actors or {}),
                    **{m: act.actors[m] for m in act.sources if m in act.actors},
                }
