"""Typed, immutable records that flow through the pipeline.

One :class:`Article` travels through every stage. Stages never mutate it: each returns a new
article (``article.evolve(...)``) with more annotations. Annotations are character-offset spans into
``article.text`` (``Segment``, ``Sentence``, ``Mention``, an event's ``evidence``), never copies.

Naming convention used throughout the code base: ``article``, ``segment``, ``sent``, ``mention``,
``actor``, ``event``, ``dyad``, ``store``. An actor code is a ``code``; an event type is ``cameo``
or ``plover``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

__all__ = ["Actor", "Article", "Event", "Mention", "Segment", "Sentence"]

#: Segment kinds, in the order they appear in ``Article.text``.
SEGMENT_KINDS = ("title", "subtitle", "body", "caption")


@dataclass(frozen=True, slots=True)
class Segment:
    """A contiguous part of the article text: headline, subtitle, body or an image caption.

    start, end (int): character offsets into ``Article.text``.
    date (date | None): the segment's own date where it states one (a caption's "on May 3, 2021").
    """

    kind: str
    start: int
    end: int
    date: dt.date | None = None


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence: offsets into the article text and the index of the segment it lies in."""

    index: int
    start: int
    end: int
    segment: int


@dataclass(frozen=True, slots=True)
class Actor:
    """A resolved actor.

    code (str): CAMEO-style code, country + sectors + group, e.g. ``IRNGOV`` or ``PSEREBHMS``.
    name (str): canonical name ("Hamas", "Iran", "Ismail Haniyeh").
    country (str | None): ISO 3166 alpha-3 country code, or None (IGOs, unknown).
    sectors (tuple[str, ...]): sector codes such as ``("GOV",)``.
    kind (str): ``country``, ``igo``, ``group``, ``person``, ``agent`` or ``external``.
    """

    code: str
    name: str
    country: str | None = None
    sectors: tuple[str, ...] = ()
    kind: str = "country"


@dataclass(frozen=True, slots=True)
class Mention:
    """An actor mention: a span of the article text resolved to an actor.

    via (str): how it was resolved: ``dictionary``, ``agent`` (country + role noun), ``surname``,
    ``pronoun``, ``description`` ("the movement"), ``appositive``, ``role`` (dated office),
    ``context`` (a role noun given the one country its sentence or the one before names) or
    ``mediator`` (a modifier naming who brokered a process: "an Egyptian-brokered ceasefire";
    no actor of the clause, see :mod:`entente.events.mediation`).
    """

    start: int
    end: int
    sentence: int
    actor: Actor
    via: str = "dictionary"


@dataclass(frozen=True, slots=True)
class Event:
    """A coded event: who did what to whom, with the evidence and the rule that produced it.

    source, target (Actor | None): the actors; target may be None for untargeted events.
    cameo (str): CAMEO event code with leading zeros ("042").
    quad_class (int): 1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
        4 material conflict.
    goldstein (float): Goldstein weight of the CAMEO code (-10 … +10).
    plover (str | None), plover_mode (str | None): PLOVER event type and mode.
    sentence (int): index of the evidence sentence in ``Article.sentences``.
    evidence (tuple[int, int]): character span of the words that triggered the event.
    rule (str): the id of the dictionary pattern or rule that fired.
    confidence (float): 0–1, lower for long-distance or inferred actors.
    date (date | None): when the event happened: the date in force where its sentence starts
        (the article's, or a caption's own), unless the sentence states an earlier one for it.
    date_precision (str): how precise ``date`` is: ``"day"``, or ``"month"`` / ``"year"`` when
        the sentence names only the month or the year of the event ("in March 2011", "in
        2007", "last year"); ``date`` is then the period's first day (2007-01-01). ACLED's
        ``time_precision`` is the analogue. ``"period"`` when the sentence names a period that
        spans more than one calendar year, or several months of the article's own year ("during
        the Syrian war", "during the second intifada"): ``date`` is then its first day and
        ``date_end`` its last (the article's date for a period still going on). See
        :mod:`entente.events.dates`.
    date_end (date | None): the last day of a ``"period"`` date; None for the other precisions.
    """

    id: str
    article_id: str
    date: dt.date | None
    source: Actor | None
    target: Actor | None
    cameo: str
    quad_class: int
    goldstein: float
    plover: str | None
    plover_mode: str | None
    sentence: int
    evidence: tuple[int, int]
    rule: str
    confidence: float = 1.0
    source_mention: int | None = None
    target_mention: int | None = None
    date_precision: str = "day"
    date_end: dt.date | None = None
    root: str = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "root", self.cameo[:2])


@dataclass(frozen=True, slots=True)
class Article:
    """A news report and everything the pipeline has learned about it.

    id (str): stable identifier (a JSONL record's ``id``, or the file path).
    text (str): the kept text: title, subtitle, body paragraphs and captions, in that order,
        separated by blank lines. Every annotation points into it.
    source (str): URL or path the article came from.
    published (date | None): publication date; None when no trustworthy date was found.
    date_source (str | None): where ``published`` came from: ``metadata``, ``dateline``,
        ``record`` or ``user``.
    warnings (tuple[str, ...]): problems found while reading (e.g. "no publication date").
    """

    id: str
    text: str
    source: str = ""
    title: str | None = None
    subtitle: str | None = None
    author: str | None = None
    published: dt.date | None = None
    date_source: str | None = None
    segments: tuple[Segment, ...] = ()
    sentences: tuple[Sentence, ...] = ()
    mentions: tuple[Mention, ...] = ()
    events: tuple[Event, ...] = ()
    warnings: tuple[str, ...] = ()
    meta: tuple[tuple[str, Any], ...] = ()

    def evolve(self, **changes: Any) -> Article:
        """RETURNS (Article): a copy with the given fields replaced.

        Speed: every stage makes one copy per article; its slots are set directly from this
        article's and ``changes`` (``dataclasses.replace`` reads the fields' definitions and
        goes through the frozen ``__init__``, which sets each field with ``object.__setattr__``:
        about three times slower). A name that is no field goes to ``dataclasses.replace``,
        which reports it."""
        if (
            _ARTICLE_SLOTS is None
            or type(self) is not Article
            or not changes.keys() <= _ARTICLE_FIELDS
        ):
            return dataclasses.replace(self, **changes)
        article = _new_object(Article)
        for name, put in _ARTICLE_SLOTS:
            put(article, changes[name] if name in changes else getattr(self, name))
        return article

    @property
    def content_hash(self) -> str:
        """SHA-256 of the kept text and date: re-ingesting the same article is a no-op."""
        key = f"{self.published}\x1f{self.text}"
        return hashlib.sha256(key.encode("utf-8")).hexdigest()

    def span(self, start: int, end: int) -> str:
        """RETURNS (str): the article text between two offsets."""
        return self.text[start:end]

    def sentence_text(self, sent: Sentence | int) -> str:
        """RETURNS (str): the text of a sentence (object or index)."""
        if isinstance(sent, int):
            sent = self.sentences[sent]
        return self.text[sent.start : sent.end]

    def segment_of(self, offset: int) -> Segment | None:
        """RETURNS (Segment | None): the segment that contains a character offset."""
        for segment in self.segments:
            if segment.start <= offset < segment.end:
                return segment
        return None

    def date_at(self, offset: int) -> dt.date | None:
        """RETURNS (date | None): the date in force at an offset: the segment's own, else the
        article's publication date."""
        segment = self.segment_of(offset)
        if segment is not None and segment.date is not None:
            return segment.date
        return self.published

    def mentions_in(self, sent: Sentence | int) -> Iterator[Mention]:
        """Yield the mentions inside one sentence, in text order."""
        index = sent if isinstance(sent, int) else sent.index
        return (m for m in self.mentions if m.sentence == index)

    @classmethod
    def from_parts(
        cls,
        *,
        id: str,
        parts: Sequence[tuple[str, str, dt.date | None]],
        **fields: Any,
    ) -> Article:
        """Build an article from ``(kind, text, date)`` parts, computing segment offsets.

        Empty parts are dropped. RETURNS (Article).
        """
        chunks: list[str] = []
        segments: list[Segment] = []
        offset = 0
        for kind, text, date in parts:
            text = text.strip()
            if not text:
                continue
            if chunks:
                chunks.append("\n\n")
                offset += 2
            segments.append(Segment(kind, offset, offset + len(text), date))
            chunks.append(text)
            offset += len(text)
        return cls(id=id, text="".join(chunks), segments=tuple(segments), **fields)


def _slot_setters(cls: type) -> tuple[tuple[str, Any], ...] | None:
    """(field name, its slot's setter) for every field of the frozen, slotted dataclass ``cls``
    (for :meth:`Article.evolve`); None when ``cls`` is not such a plain record (a field that
    ``__init__`` does not take, a ``__post_init__``): then ``dataclasses.replace`` is used."""
    names = tuple(f.name for f in dataclasses.fields(cls))
    if (
        hasattr(cls, "__post_init__")
        or not all(f.init for f in dataclasses.fields(cls))
        or not all(type(getattr(cls, name)).__name__ == "member_descriptor" for name in names)
    ):
        return None
    return tuple((name, getattr(cls, name).__set__) for name in names)


_new_object = object.__new__
_ARTICLE_SLOTS = _slot_setters(Article)
_ARTICLE_FIELDS = frozenset(f.name for f in dataclasses.fields(Article))
