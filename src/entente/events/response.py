"""Acts aimed at the author of an earlier act of the sentence, named in another clause.

"President Putin signed a treaty making Crimea part of Russia, as Ukraine's acting president
denounced the move": a disapproval, rejection or threat whose object names an earlier act again
("the move", "the decision", "such steps") is aimed at that act's source. "…, prompting the South
Korean delegation to walk out of talks": the actor of a consequence clause may follow an article
(the clause itself is read by :mod:`~entente.events.mood` and :mod:`~entente.events.selection`).
"Spain blamed ETA for the blasts, but the Basque separatists denied any involvement": a denial
without a target by the accused is aimed at the accuser.
"""

from __future__ import annotations

import dataclasses

from entente.events.units import _Hit, _Unit
from entente.events.verbs import Pattern

#: nouns that name an act of the sentence again ("denounced the move", "rejected the decision")
_ACT_NOUNS = frozenset(
    {
        "move",
        "moves",
        "decision",
        "step",
        "steps",
        "action",
        "actions",
        "measure",
        "measures",
        # session 8: the noun of the earlier act itself ("U.S. warships fired missiles at a
        # Syrian air base, and Russia denounced the strike as aggression", "Saudi Arabia
        # launched air strikes on Yemen, and Iran condemned the intervention")
        "strike",
        "strikes",
        "attack",
        "attacks",
        "raid",
        "raids",
        "bombing",
        "bombings",
        "intervention",
        "incursion",
        "invasion",
        "offensive",
        "operation",
        "killing",
        "killings",
        "test",
        "launch",
        "visit",
    }
)
_BACK_DETERMINERS = frozenset({"the", "this", "that", "these", "such"})
#: roots of a reaction whose object may be an earlier act: disapprove, reject, threaten
_REACTING_ROOTS = frozenset({"11", "12", "13"})


def _act_named_again(units: list[_Unit], hits: list[_Hit], at: int) -> list[int] | None:
    """RETURNS (list[int] | None): for a reaction without a target whose object names an
    earlier act of the sentence again ("Putin signed a treaty …, as Ukraine's president
    denounced the move"), the mentions of that act's source; None otherwise."""
    hit = hits[at]
    if (
        hit.targets
        or not hit.sources
        or hit.passive
        or hit.pattern.cameo[:2] not in _REACTING_ROOTS
        or hit.last + 2 >= len(units)
        or units[hit.last + 1].norm not in _BACK_DETERMINERS
        or units[hit.last + 2].norm not in _ACT_NOUNS
    ):
        return None
    # an act coded with a target first: "fired missiles at a Syrian air base in retaliation for
    # a poison gas attack, and Russia denounced the strike" denounces the missile strike, not
    # the attack named as its reason (no event of its own)
    for targeted in (True, False):
        for k in range(at - 1, -1, -1):
            other = hits[k]
            if other.passive or other.last >= hit.first or (targeted and not other.targets):
                continue
            sources = [s for s in other.sources if s not in hit.sources]
            if sources:
                return sources
    return None


_SUBJECT_ARTICLES = frozenset({"the", "a", "an"})


def _consequence_subject(units: list[_Unit], verb: int, openers: frozenset[str]) -> bool:
    """True when the verb is the infinitive after a consequence participle and its actor
    (", prompting Tokyo to suspend aid", ", forcing the South Korean delegation to walk out"):
    the actor is named alone or after an article."""
    if verb < 3 or units[verb - 1].norm != "to" or units[verb - 2].mention is None:
        return False
    opener = verb - 3
    if units[opener].norm in _SUBJECT_ARTICLES and opener > 0:
        opener -= 1
    return units[opener].norm in openers


#: verbs of a denial, in the sentence's words (the gate of :func:`_denials`)
DENYING = frozenset({"denied", "denies", "deny"})


def _denials(hits: list[_Hit], units: list[_Unit]) -> list[_Hit]:
    """A denial without a target by the accused of an accusation told before it in the sentence
    is aimed at the accuser (016): "Spain blamed ETA for the blasts, but the Basque separatists
    denied any involvement", "Maduro accused Santos of being behind an attack, and Bogota denied
    any involvement" (the denier is of the accused's country). RETURNS (list[_Hit]): the
    hits, such denials given their target."""
    for n, hit in enumerate(hits):
        if hit.pattern.cameo[:2] != "11" or hit.passive or not hit.sources or not hit.targets:
            continue
        accused = {_country_of(units, t) for t in hit.targets} - {"---"}
        for other in hits[n + 1 :]:
            if (
                other.pattern.cameo == "016"
                and not other.targets
                and other.sources
                and all(_country_of(units, s) in accused for s in other.sources)
            ):
                other.targets = list(hit.sources)
    return hits


def _country_of(units: list[_Unit], mention: int) -> str:
    """The country block of a mention's code ("RWA" for "Kigali")."""
    return next((u.code[:3] for u in units if u.mention == mention), "---")


#: nouns of a text one actor issues to another, that the addressee may reject (the gate of
#: :func:`_rejected_issues`)
ISSUED_NOUNS = frozenset({"resolution", "ultimatum"})
#: what a resolution may threaten its addressee with: sanctions (1312)
_SANCTIONS = frozenset({"sanctions", "embargo", "embargoes", "boycott"})


def _rejected_issues(
    hits: list[_Hit], units: list[_Unit], issued: dict[str, Pattern]
) -> list[_Hit]:
    """A resolution or an ultimatum that its addressee rejects was issued to it by the actor
    named before the noun: "Maduro rejected a European Union ultimatum to call an election"
    (the EU's ultimatum to Venezuela, 139), "Sudan rejected a UN Security Council resolution
    threatening oil sanctions" (a threat of sanctions, 1312; of anything else, 130). A
    resolution that says nothing of its addressee ("rejected a UN resolution on Syria"), one
    whose demand is left to its own words ("a resolution demanding that it halt …": what is
    demanded decides the code) and one vetoed (never adopted: no act of the body) are not
    coded. ``issued`` holds the patterns of these acts, by code. RETURNS (list[_Hit]): the
    hits with such acts added."""
    out = list(hits)
    for hit in hits:
        if hit.pattern.cameo[:2] != "12" or hit.passive or not hit.sources or not hit.targets:
            continue
        at = next((k for k, u in enumerate(units) if u.mention == hit.targets[-1]), None)
        if at is None or at + 1 >= len(units) or at < hit.last:
            continue
        noun = units[at + 1].norm
        if noun == "ultimatum":
            pattern, last = issued["139"], at + 1
        elif noun == "resolution" and at + 2 < len(units) and units[at + 2].norm == "threatening":
            threat = {u.norm for u in units[at + 3 : at + 6]}
            pattern, last = issued["1312" if threat & _SANCTIONS else "130"], at + 2
        else:
            continue
        issuer = hit.targets[-1]
        out.append(_Hit(pattern, at, last, [issuer], list(hit.sources), verb=last))
    out.sort(key=lambda h: h.first)
    return out


#: verbs of a vow and words of fire answered (the gate of :func:`_vengeance`)
VOWING = frozenset(
    {"vow", "vows", "vowed", "vowing", "swore", "swear", "swears", "sworn"}
    | {"back", "retaliated", "retaliate", "retaliates", "returned", "return"}
)
#: pattern words of fire answered ("fired back", "returned fire", "retaliated")
_ANSWERING = ("back", "<return> fire", "<retaliate>")
#: roots of an act of force whose victim may vow revenge (assault, fight, mass violence)
_FORCE_ROOTS = frozenset({"18", "19", "20"})


def _vengeance(hits: list[_Hit], units: list[_Unit]) -> list[_Hit]:
    """A vow of revenge without a target (138, "vowed a harsh response", "vowed to respond")
    by an actor of the country an act of force of the sentence struck is aimed at that act's
    author: "Israel struck Iran's nuclear facilities …, and Tehran vowed a harsh response"
    (Iran 138 Israel), "India launched missile strikes on nine sites in Pakistan, and Pakistan's
    prime minister vowed to respond". Fire answered without a target (190, "fired back",
    "returned fire", "retaliated") is aimed so too: "North Korean artillery shelled the South
    Korean island of Yeonpyeong, and South Korean forces fired back". Without such an act the
    vow keeps no target (and is not coded when the coder requires a dyad). RETURNS
    (list[_Hit]): the vows and answers given a target (session 9, lexicon round 15)."""
    vows: list[_Hit] = []
    for hit in hits:
        if hit.targets or not hit.sources or hit.passive:
            continue
        text = hit.pattern.text
        if hit.pattern.cameo[:2] == "13":
            if "<vow" not in text and "<swear" not in text:
                continue  # a vow ("vowed to respond" finds no actor after its words)
        elif hit.pattern.cameo[:2] != "19" or not any(w in text for w in _ANSWERING):
            continue  # fire answered: "South Korean forces fired back"
        vowers = {_country_of(units, s) for s in hit.sources} - {"---"}
        if not vowers:
            continue
        for other in hits:
            if (
                other is hit
                or other.passive
                or other.pattern.cameo[:2] not in _FORCE_ROOTS
                or not other.sources
                or not other.targets
            ):
                continue
            struck = {_country_of(units, t) for t in other.targets}
            authors = [s for s in other.sources if _country_of(units, s) not in vowers | {"---"}]
            if vowers <= struck and authors:
                hit.targets = authors
                if hit.pattern.cameo[:2] == "19" and other.pattern.cameo[:2] == "19":
                    # fire answered in kind: "shelled the island …, and South Korean forces
                    # fired back" is shelling answered (194)
                    hit.pattern = dataclasses.replace(hit.pattern, cameo=other.pattern.cameo)
                vows.append(hit)
                break
    return vows
