"""Demands and appeals in reported speech: "Straw said that the Sudanese government must reach an
agreement" is Straw's demand (10x) to the Sudanese government; "Bush will tell Koizumi that
Japan needs to enact reforms" is an appeal (02x) to Japan. The speaker is the subject of the verb
of saying, the target the subject of the reported clause; the act after the modal is the content
of the demand (the coder does not code it as a fact: 02 and 10 frame what follows them). Internal
to :mod:`entente.events`."""

from __future__ import annotations

from entente.events.lexicon import _CLAUSE_BREAK, _WEEKDAYS
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
    "0871": ("1056", "025"),
    "087": ("1056", "025"),
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
