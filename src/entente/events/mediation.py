"""Mediation named by an adjective compound (internal to :mod:`entente.events`).

Wire copy often names a mediator only inside a compound before the process it brokered: "Israel
and Hamas agreed to an Egyptian-brokered ceasefire", "a UN-brokered ceasefire between Israel and
Hezbollah took effect", "Armenia and Azerbaijan halted their fighting under a Russian-brokered
truce". The actor stage gives such a compound a mention of its own kind (``via="mediator"``,
:meth:`entente.actors.resolve.ActorResolver._brokered`). The coder keeps these mentions out of
the coding string, so no dictionary pattern takes the mediator as its source or target (it is a
modifier, not an actor of the clause: "agreed to an Egyptian-brokered ceasefire" is no act toward
Egypt), and codes the mediation here: 045 from the mediator to each party of the process,
besides whatever the sentence's own verb codes.

The parties are the actors of "between A and B" right after the process noun, or the subject of
the clause whose verb takes the process as the parties' own ("agreed to", "signed",
"accepted", "observed", "violated", "held" talks …) or that acts "under" it, with the actor of
"with" after the noun ("the Taliban signed a Qatari-mediated deal with Washington"). A process
named in any other frame ("released prisoners as part of the U.S.-brokered peace talks", "hours
after a UN-brokered ceasefire took effect", "called for a UN-brokered truce between …") names no
parties: nothing is coded, and so it is when only one party is named ("Iraq resumed oil exports
under a UN-brokered deal": mediation is between parties, and a process with one named side is as
often a deal with the mediator itself). The mediation is coded only when the parties' act is (a
fact, not negated, announced or hypothetical: :meth:`PatternCoder._factual`, applied by the
coder).
"""

from __future__ import annotations

from entente.actors.resolve import PROCESS_NOUNS
from entente.events.roles import _object, _subject
from entente.events.units import _Hit, _Unit
from entente.events.verbs import compile_pattern
from entente.model import Mention

__all__: list[str] = []

#: the parties' own ceasefire (0871) of "brokered a truce between A and B" (symmetric)
_TRUCE = compile_pattern("$ <agree> +", cameo="0871", rule="coder:brokered-truce", symmetric=True)
#: nouns of a ceasefire: the parties of a brokered one agreed to it
TRUCE_NOUNS = frozenset({"ceasefire", "cease-fire", "truce", "armistice"})

#: the via of a mention naming a mediator inside a compound ("Egyptian-brokered")
MEDIATOR_VIA = "mediator"

#: the rules of the mediation events: parties found after "between" (or "with"), or as the
#: subject of the clause that agrees to, signs, observes … the process or acts under it
_BETWEEN = compile_pattern("$ <mediate> +", cameo="045", rule="coder:compound-mediator:between")
_PARTIES = compile_pattern("$ <mediate> +", cameo="045", rule="coder:compound-mediator:parties")

#: nouns of a process between parties that a mediator brokers (the head may be a compound:
#: "ceasefire agreement", "peace talks"): the words the actor stage gives mediators before
_PROCESS_NOUNS = PROCESS_NOUNS
#: verbs whose object is a process the subject takes part in ("signed a Norwegian-brokered
#: ceasefire", "held U.S.-brokered talks")
_PARTY_VERBS = frozenset(
    """sign signs signed signing accept accepts accepted accepting observe observes observed
    observing respect respects respected respecting honour honours honoured honouring honor
    honors honored honoring violate violates violated violating break breaks broke breaking
    breach breaches breached breaching implement implements implemented implementing reach
    reaches reached reaching initial initials initialled initialed initialling initialing
    endorse endorses endorsed endorsing conclude concludes concluded concluding uphold upholds
    upheld upholding seal seals sealed sealing ratify ratifies ratified ratifying hold holds
    held holding resume resumes resumed resuming attend attends attended attending extend
    extends extended extending""".split()
)
_AGREE = frozenset("agree agrees agreed agreeing".split())
#: verbs whose object is a process after a particle ("agreed to", "agreed on", "abided by",
#: "committed to", "returned to", "carried out")
_PARTICLE_VERBS = {
    "to": _AGREE
    | frozenset(
        """adhere adheres adhered adhering commit commits committed committing return returns
        returned returning""".split()
    ),
    "on": _AGREE,
    "by": frozenset("abide abides abided abiding stand stands stood standing".split()),
    # round 17: "Israel and Hezbollah carried out a German-brokered prisoner exchange"
    "out": frozenset("carry carries carried carrying".split()),
}
#: the preposition of a process the clause's subject acts under ("halted fighting under a
#: Russian-brokered truce")
_UNDER = "under"
#: words between the governing word and the compound ("a", "the new", "their latest")
_DETERMINERS = frozenset("a an the its their his her our this that".split())
#: governing words of a process only sought or proposed: "called for a UN-brokered ceasefire
#: between A and B" names no mediation done
_UNREALISED = frozenset(
    """for propose proposes proposed proposing seek seeks sought seeking demand demands demanded
    demanding urge urges urged urging want wants wanted""".split()
)


def _mediators_last(mentions: list[Mention]) -> tuple[list[Mention], int]:
    """The mentions of a sentence with those of mediators named by a compound
    ("Egyptian-brokered") moved to the end, and how many others come first: the coding string
    holds only the others, so that no pattern takes a mediator as its source or target.
    RETURNS: the mentions (the same list when there is no mediator) and that count."""
    if all(m.via != MEDIATOR_VIA for m in mentions):
        return mentions, len(mentions)
    ordinary = [m for m in mentions if m.via != MEDIATOR_VIA]
    return ordinary + [m for m in mentions if m.via == MEDIATOR_VIA], len(ordinary)


def _compound_words(units: list[_Unit], mediators: list[Mention]) -> list[_Unit]:
    """The units with each mediator's compound written in several tokens ("U.S." "-"
    "brokered") joined into one plain word ("u.s.-brokered"), as a compound written in one
    token ("UN-brokered") is: a modifier of the noun after it, never a verb ("brokered") nor
    three words in a pattern's gap. RETURNS (list[_Unit]): the units (the same list when no
    compound has several)."""
    out = units
    for mediator in mediators:
        inside = [k for k, u in enumerate(out) if mediator.start <= u.start < mediator.end]
        if len(inside) > 1:
            first, last = inside[0], inside[-1]
            word = "".join(u.norm for u in out[first : last + 1])
            joined = _Unit(word, out[first].start, out[last].end, None)
            out = [*out[:first], joined, *out[last + 1 :]]
    return out


def _compound_mediations(units: list[_Unit], mentions: list[Mention], start: int) -> list[_Hit]:
    """The mediation hits (045) of the mediators named by compounds: the mentions from
    ``start`` on in ``mentions`` (the coder puts them after the sentence's other mentions, and
    leaves them out of ``units``). RETURNS (list[_Hit]): one hit per mediator whose process
    names its parties, the mediator as its source and the parties as its targets."""
    out = []
    for index in range(start, len(mentions)):
        hit = _compound_mediation(units, mentions, index)
        if hit is not None:
            out.append(hit)
    return out


def _compound_mediation(units: list[_Unit], mentions: list[Mention], index: int) -> _Hit | None:
    """The hit of one mediator (mention ``index``), or None when its process names no parties
    (see the module docstring). A party named by a role noun of no country ("the rebels") counts
    as a side but is not coded: the mediator's country is no clue to its own."""
    mediator = mentions[index]
    n = len(units)
    first = next((k for k, u in enumerate(units) if u.start >= mediator.start), n)
    after = next((k for k in range(first, n) if units[k].start >= mediator.end), n)
    head = _process_head(units, after)
    if head is None:
        return None
    parties: list[int] = []
    between = False
    if head + 1 < n and units[head + 1].norm in ("between", "with"):
        parties = _object(units, head + 1)
        between = units[head + 1].norm == "between"
    governing = _governing(units, first)
    verb: int | None = None
    if governing is not None:
        word = units[governing].norm
        if word == _UNDER or word in _PARTY_VERBS:
            verb = governing
        elif governing and units[governing - 1].norm in _PARTICLE_VERBS.get(word, ()):
            verb = governing - 1
        elif word in _UNREALISED:
            return None
    if verb is not None:
        subject, _ = _subject(units, verb)
        parties = list(dict.fromkeys([*subject, *parties]))
    elif not between:
        return None  # "as part of the U.S.-brokered peace talks": no parties named
    if len(parties) < 2:
        return None  # "Iraq resumed oil exports under a UN-brokered deal": one side only
    parties = [p for p in parties if not mentions[p].actor.code.startswith("---")]
    if not parties:
        return None
    pattern = _PARTIES if verb is not None else _BETWEEN
    hit = _Hit(pattern, first, head, [index], parties, confidence=0.9, verb=head)
    hit.mood = verb  # the parties' act: the mediation is coded when it is a fact
    return hit


def _process_head(units: list[_Unit], k: int) -> int | None:
    """The head noun of the process right after a compound ("truce", "agreement" in "ceasefire
    agreement", "talks" in "peace talks", "ceasefire" after "Gaza"): within three units, no
    punctuation before it. None when there is none."""
    n = len(units)
    for j in range(k, min(k + 3, n)):
        unit = units[j]
        if unit.norm in _PROCESS_NOUNS:
            while j + 1 < n and units[j + 1].norm in _PROCESS_NOUNS:
                j += 1
            return j
        if unit.mention is None and not unit.norm[:1].isalnum():
            return None
    return None


def _governing(units: list[_Unit], first: int) -> int | None:
    """The word the compound's noun phrase depends on: the unit before it, past up to four
    determiners, possessives and modifiers ("signed a new", "under their"); a verb or particle
    of :data:`_PARTY_VERBS` or :data:`_PARTICLE_VERBS`, or "under", ends the search at once.
    None at the sentence's start or after an actor."""
    k = first - 1
    steps = 0
    while k >= 0 and steps < 4:
        unit = units[k]
        if unit.mention is not None or unit.weak is not None:
            return None
        norm = unit.norm
        if norm in _PARTY_VERBS or norm in _PARTICLE_VERBS or norm == _UNDER:
            return k
        if norm in _DETERMINERS or unit.modifier:
            k -= 1
            steps += 1
            continue
        return k
    return None


def _brokered_truces(hits: list[_Hit], units: list[_Unit]) -> list[_Hit]:
    """ "Egypt brokered a ceasefire between Israel and Hamas": besides the mediation (045), the
    parties agreed to the ceasefire (0871, both ways), as the CAMEO coders code a brokered truce
    (not a brokered deal, whose terms are the mediator's). RETURNS (list[_Hit]): the hits, with
    a ceasefire hit after each such mediation."""
    out: list[_Hit] = []
    for hit in hits:
        out.append(hit)
        if hit.pattern.cameo != "045" or len(hit.targets) < 2 or hit.passive:
            continue
        first = min((k for k, u in enumerate(units) if u.mention in hit.targets), default=None)
        if first is None:  # (parties of no known actor: no units to look between)
            continue
        if not any(u.norm in TRUCE_NOUNS for u in units[hit.first : first]):
            continue
        out.append(
            _Hit(
                _TRUCE,
                hit.first,
                hit.last,
                hit.targets[:1],
                hit.targets[1:],
                confidence=hit.confidence,
                verb=hit.verb,
                mood=hit.mood,
            )
        )
    return out
