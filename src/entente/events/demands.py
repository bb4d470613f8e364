"""Demands and appeals in reported speech: "Straw said that the Sudanese government must reach an
agreement" is Straw's demand (10x) to the Sudanese government; "Bush will tell Koizumi that
Japan needs to enact reforms" is an appeal (02x) to Japan. The speaker is the subject of the verb
of saying, the target the subject of the reported clause; the act after the modal is the content
of the demand (the coder does not code it as a fact: 02 and 10 frame what follows them). Internal
to :mod:`entente.events`."""

from __future__ import annotations

import dataclasses

from entente.events.lexicon import _CLAUSE_BREAK, _WEEKDAYS
from entente.events.mood import intent_code
from entente.events.roles import _subject
from entente.events.units import _Hit, _member, _Unit
from entente.events.verbs import Pattern, compile_pattern

#: verbs that report a statement ("said that …"); the ones of telling take an addressee first
#: ("told reporters that …", "will tell Koizumi that …")
_REPORTING = frozenset(
    [
        "say",
        "says",
        "said",
        "saying",
        "announced",
        "announces",
        "announce",
        "stated",
        "states",
        "declared",
        "declares",
        "stressed",
        "stresses",
        "insisted",
        "insists",
        "concluded",
        "concludes",
        "added",
        "argued",
        "argues",
        "warned",
        "warns",
        "believes",
        "believe",
    ]
)
_TELLING = frozenset(["tell", "tells", "told", "telling", "informed", "reminded", "warned"])
#: words that may stand between the verb of saying and the reported clause ("said on Friday
#: that the …")
_GAP = (
    frozenset(
        [
            "that",
            "on",
            "the",
            "today",
            "yesterday",
            "tonight",
            "earlier",
            "late",
            "last",
            "week",
        ]
    )
    | _WEEKDAYS
)
#: the modal of a demand (must, has to) and of an appeal (should, needs to, ought to): the words
#: that follow the reported subject, and the root they give
_MODALS: dict[tuple[str, ...], str] = {
    ("must",): "10",
    ("has", "to"): "10",
    ("have", "to"): "10",
    ("should",): "02",
    ("needs", "to"): "02",
    ("need", "to"): "02",
    ("ought", "to"): "02",
}
#: the specific demand (10x) or appeal (02x) for the content act (code prefixes, longest first)
_CONTENT: dict[str, tuple[str, str]] = {
    "04": ("106", "026"),
    "046": ("106", "026"),
    "05": ("102", "022"),
    "057": ("107", "027"),
    "06": ("101", "021"),
    "07": ("103", "023"),
    "08": ("105", "025"),
    "083": ("104", "024"),
    "0871": ("1056", "0256"),
    "087": ("1056", "0256"),
}
#: words inside a compound subject ("Kagame and his party")
_CONJUNCT = frozenset(["and", "his", "her", "its", "their"])
_PATTERNS: dict[str, Pattern] = {}


def _pattern(cameo: str) -> Pattern:
    """The (memoized) pattern standing for a reported demand of code ``cameo``."""
    found = _PATTERNS.get(cameo)
    if found is None:
        found = _PATTERNS[cameo] = compile_pattern(
            # four literal words: it wins over the dictionary's "$ <say> .. that + must" (100)
            # with the code of the act demanded
            "$ <say> that + must <do>",
            cameo=cameo,
            rule="coder:reported-demand",
        )
    return found


def _modal_at(units: list[_Unit], i: int) -> tuple[str, int] | None:
    """The root (10 or 02) and last unit of a demand modal starting at unit ``i``, or None."""
    for words, root in _MODALS.items():
        end = i + len(words)
        if end <= len(units) and all(
            u.norm == w and u.mention is None for u, w in zip(units[i:end], words, strict=True)
        ):
            return root, end - 1
    return None


def _reporting_verb(units: list[_Unit], start: int) -> tuple[int, list[int]] | None:
    """The verb of saying that introduces a reported clause whose subject starts at unit
    ``start`` ("said [on Friday] [that] …", "will tell Koizumi that …"), and the actors of the
    subject before ``start`` ("that President Kagame and his party must": Kagame); None when the
    clause is not reported."""
    i = start - 1
    steps = 0
    more: list[int] = []
    while i >= 0 and steps < 6:
        unit = units[i]
        if _member(unit) is not None and i > 0 and units[i - 1].norm in _TELLING:
            return i - 1, more  # "will tell Koizumi that …": the addressee before the clause
        if unit.mention is None and (unit.norm in _REPORTING or unit.norm in _TELLING):
            return i, more
        if unit.mention is not None and i + 1 < len(units) and units[i + 1].norm == "and":
            more.append(unit.mention)  # "Kagame and his party"
        elif unit.mention is not None or not (unit.norm in _GAP or unit.norm in _CONJUNCT):
            return None
        i -= 1
        steps += 1
    return None


def _code(root: str, content: list[_Hit], after: int) -> str:
    """The demand or appeal code for the content act right after the modal (at most two words
    away), or the generic one (100, 020)."""
    generic = "100" if root == "10" else "020"
    act = next((h for h in content if after < h.first <= after + 3 and not h.passive), None)
    if act is None:
        return generic
    code = act.pattern.cameo
    for width in (4, 3, 2):
        if code[:width] in _CONTENT:
            demand, appeal = _CONTENT[code[:width]]
            return demand if root == "10" else appeal
    return generic


def _reported_demands(units: list[_Unit], candidates: list[_Hit]) -> list[_Hit]:
    """The demands and appeals of reported clauses ("X said that Y must …") as hits from the
    verb of saying to the modal, the speaker the source and the clause's subject the target.
    candidates (list[_Hit]): the dictionary's hits, for the act demanded. RETURNS (list[_Hit])."""
    out: list[_Hit] = []
    for m, unit in enumerate(units):
        if unit.mention is not None or unit.norm not in (
            "must",
            "has",
            "have",
            "should",
            "needs",
            "need",
            "ought",
        ):
            continue
        found = _modal_at(units, m)
        if found is None:
            continue
        root, end = found
        if end + 1 < len(units) and units[end + 1].norm in ("be", "been", "have"):
            continue  # "must be punished", "should have known": not a demand of the subject
        targets, _ = _subject(units, m, 6)
        if not targets:
            continue
        start = min(i for i, u in enumerate(units) if _member(u) in targets)
        if any(u.norm in _CLAUSE_BREAK or u.norm == "," for u in units[start:m]):
            continue
        found_say = _reporting_verb(units, start)
        if found_say is None:
            continue
        say, more = found_say
        targets = [*more, *targets]
        sources, confidence = _subject(units, say)
        if not sources or set(sources) & set(targets):
            continue
        out.append(
            _Hit(
                _pattern(_code(root, candidates, end)),
                say,
                end,
                list(sources),
                list(targets),
                confidence=confidence * 0.9,
                verb=say,
            )
        )
    return out


#: the refined copies of patterns, by (pattern, code) (patterns hash by identity; keying by the
#: pattern itself, not its id, keeps it alive, so an id is never reused for another)
_REFINED: dict[tuple[Pattern, str], Pattern] = {}
#: words that may stand between an appeal's verb or target and its infinitive ("urged NATO and
#: Yugoslavia on Tuesday to declare …")
_INFINITIVE_GAP = _GAP | {"and", ","}


def _refined(pattern: Pattern, cameo: str) -> Pattern:
    """A copy of ``pattern`` coding ``cameo`` (memoized, so one pattern per code)."""
    key = (pattern, cameo)
    found = _REFINED.get(key)
    if found is None:
        found = _REFINED[key] = dataclasses.replace(pattern, cameo=cameo)
    return found


def _infinitive_contents(
    hits: list[_Hit], candidates: list[_Hit], units: list[_Unit]
) -> list[_Hit]:
    """A generic appeal or demand (020, 100) whose content is an infinitive naming a known act
    takes the code of that act's appeal or demand, as a reported one does (:func:`_code`):
    "pressed Armenia to resume peace talks" is an appeal to negotiate (026), "urged NATO on
    Tuesday to declare a truce" one to de-escalate (0256). The infinitive must follow the verb or
    its target at once ("to" after the target, a time phrase or the verb itself); its act is
    the first candidate hit (a dictionary match, coded or dropped as the appeal's content) that
    starts right after "to". RETURNS (list[_Hit]): the hits, appeals refined in place."""
    for hit in hits:
        code = hit.pattern.cameo
        if code not in ("020", "100") or hit.passive or not hit.targets:
            continue
        k = hit.last + 1
        if hit.last > hit.first and units[hit.last].norm == "to":
            k = hit.last  # the pattern ends with "to" ("pressed + to")
        else:
            while k < len(units) and k - hit.last <= 8 and units[k].norm != "to":
                unit = units[k]
                if unit.mention is None and unit.weak is None and unit.norm not in _INFINITIVE_GAP:
                    break
                k += 1
            if k >= len(units) or units[k].norm != "to":
                continue
        act = next(
            (c for c in candidates if c.first == k + 1 and not c.passive and c is not hit), None
        )
        if act is None:
            continue
        refined = _code(code[:2], [act], k)
        if refined != code:
            hit.pattern = _refined(hit.pattern, refined)
    return hits


#: modals that announce the act a threat is about ("warned that it would resume fighting")
_THREAT_MODALS = frozenset({"would", "will"})


def _threat_contents(hits: list[_Hit], candidates: list[_Hit], units: list[_Unit]) -> list[_Hit]:
    """A generic threat (130) whose "that" clause announces a known hostile act with "would" or
    "will" takes the threat code of that act (:func:`~entente.events.mood.intent_code`): "warned
    that they would resume fighting" is a threat of military force (138). The modal must stand
    in the threat's clause (no clause break before it), the act right after it. RETURNS
    (list[_Hit]): the hits, threats refined in place."""
    for hit in hits:
        if hit.pattern.cameo != "130" or hit.passive:
            continue
        k = hit.last + 1
        while k < len(units) and k - hit.last <= 10 and units[k].norm not in _THREAT_MODALS:
            if units[k].norm in _CLAUSE_BREAK or units[k].norm in (",", ".", ";", ":"):
                break
            k += 1
        if k >= len(units) or units[k].norm not in _THREAT_MODALS:
            continue
        act = next(
            (c for c in candidates if k < c.first <= k + 2 and not c.passive and c is not hit),
            None,
        )
        if act is None:
            continue
        refined = intent_code(act.pattern.cameo)
        if refined is not None and refined.startswith("13") and refined != "130":
            hit.pattern = _refined(hit.pattern, refined)
    return hits
