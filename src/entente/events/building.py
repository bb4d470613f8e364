"""Building events from coded acts: quad class, Goldstein weight and PLOVER type of a code, the
dyads that are no event (an actor and itself), confidence, the date stated in the sentence, and the
events that are not coded again (headline repeats, background acts) (internal to
:mod:`entente.events`)."""

from __future__ import annotations

import datetime as dt
import re

from entente.events import ontology
from entente.events.lexicon import _CLAUSE_OPENERS
from entente.events.units import _Hit, _Unit
from entente.ingest.dates import find_dates
from entente.model import Actor, Article, Event, Mention, Sentence


def _code_facts(cameo: str) -> tuple[int, float, tuple[str, str | None] | None]:
    """Quad class, Goldstein weight and PLOVER type of a code. Codes outside CAMEO (test
    dictionaries use their own) get the quad class of their root, weight 0 and no PLOVER type."""
    if ontology.is_cameo(cameo):
        code = ontology.cameo(cameo)
        return code.quad_class, code.goldstein, ontology.cameo_to_plover(cameo)
    root = int(cameo[:2]) if cameo[:2].isdigit() else 0
    quad = 1 if 1 <= root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4 if root <= 20 else 0
    return quad, 0.0, None


def _background(units: list[_Unit], main: _Hit, hit: _Hit) -> bool:
    """True when ``hit`` lies in an adverbial clause ("after", "because", "until" …) attached to
    the coded act ``main`` before it: "X restored ties with Y five years after crowds burned its
    embassy". Without a target of its own, such an act is background to the main event, not an
    event to code (with ``require_dyad`` False)."""
    between = [u.norm for u in units[main.last + 1 : hit.first]]
    opener = max((k for k, w in enumerate(between) if w in _CLAUSE_OPENERS), default=None)
    # the clause ends at a comma: ", officials said" after it is not part of it
    return opener is not None and not any(w in (",", ";", ":") for w in between[opener:])


def _drop_headline_repeats(article: Article, events: list[Event]) -> list[Event]:
    """A headline or standfirst restating an event of the body is not a second event."""

    def key(e: Event) -> tuple[object, ...]:
        return (
            e.source.code if e.source else None,
            e.target.code if e.target else None,
            e.cameo,
            e.date,
        )

    def kind(e: Event) -> str:
        return article.segments[article.sentences[e.sentence].segment].kind

    body = {key(e) for e in events if kind(e) not in ("title", "subtitle")}
    return [e for e in events if kind(e) not in ("title", "subtitle") or key(e) not in body]


def _same(a: Actor, b: Actor, *, anaphor: bool = False) -> bool:
    """The same actor: not a dyad. A part of a state and the bare state (TURGOV and TUR) are a
    dyad, as CAMEO codes domestic acts ("Turkish authorities imposed a curfew across Turkey",
    "Kostunica promised to democratize Serbia"), and so are citizens and their government (EGY,
    EGYGOV); not when the bare state is an ``anaphor`` of the part ("the Iranian parliament …
    the country": a pronoun or description naming the source's own state again)."""
    if a.code == b.code:
        return True
    if not anaphor:
        return False
    if len(b.code) == 3 and a.code.startswith(b.code):
        return True
    return len(a.code) == 3 and b.code.startswith(a.code) and a.kind != "country"


def _distinct(text: str, source: Mention, target: Mention, a: Actor, b: Actor) -> bool:
    """True when two mentions with the same actor code name two entities, a domestic dyad:
    "Indonesia deployed troops to Aceh" (IDN, IDN), "Baghdad demanded that Erbil annul the
    vote" (IRQGOV, IRQGOV). One entity: the same words ("Iran … Iran"), a pronoun or description
    naming the other ("… its own"), two role nouns of the same body ("Moroccan diplomats … the
    ambassador of Morocco"). A person and a place ("President Berisha lifted the curfew in
    Tirana", ALBGOV and ALBGOV) are two."""
    if source is target:
        return False
    if a.kind in ("person", "group", "igo") and a.name == b.name:
        return False
    if {a.kind, b.kind} == {"person", "group"} and a.code == b.code:
        # session 8: "Meshaal told the audience that Hamas was prepared to pay any price": a
        # person coded as a member of a group (PSEREBHMS) and the group itself are one side
        return False
    if {source.via, target.via} & {"pronoun", "description", "surname", "appositive"}:
        return False
    if source.via == "agent" and target.via == "agent":
        return False
    return _surface(text[source.start : source.end]) != _surface(text[target.start : target.end])


def _surface(words: str) -> str:
    """A mention's words as compared for identity: "the Iranian government's" → "iranian
    government"."""
    words = words.lower().strip()
    words = re.sub(r"^(the|a|an)\s+", "", words)
    return re.sub(r"(\u2019s|'s|'|\u2019)$", "", words).strip()


def _via_confidence(source: Mention, target: Mention | None) -> float:
    weights = {"pronoun": 0.8, "description": 0.8, "surname": 0.95, "agent": 0.9}
    score = weights.get(source.via, 1.0)
    if target is not None:
        score *= weights.get(target.via, 1.0)
    return score


_YEAR = re.compile(r"(?:19|20)\d\d")


def _event_date(article: Article, sent: Sentence) -> dt.date | None:
    """A full date stated in the sentence, earlier than the article's date."""
    reference = article.date_at(sent.start)
    text = article.text[sent.start : sent.end]
    if reference is None or not _YEAR.search(text):
        return None
    for match in find_dates(text, reference=reference):
        if match.has_year and match.date < reference:
            return match.date
    return None
