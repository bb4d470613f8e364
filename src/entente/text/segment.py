"""Sentence segmentation: a rule-based splitter that knows news abbreviations.

The ``segment`` stage splits every title, subtitle, body and caption segment into sentences
(datelines are not coded). Offsets point into ``Article.text``.
"""

from __future__ import annotations

import re

from entente.model import Article, Sentence
from entente.registry import register_stage

__all__ = ["MAX_SENTENCE", "SegmentStage", "split_sentences"]

_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "gen",
        "lt",
        "col",
        "maj",
        "capt",
        "cmdr",
        "adm",
        "sgt",
        "sen",
        "rep",
        "gov",
        "pres",
        "st",
        "jr",
        "sr",
        "rev",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "vs",
        "etc",
        "al",
        "inc",
        "corp",
        "co",
        "ltd",
        "dept",
        "u.s",
        "u.n",
        "u.k",
        "e.u",
        "u.s.a",
    ]
)
# A sentence ends at . ! ? (and closing quotes/brackets) followed by space and an upper-case
# letter, digit or opening quote.
_BOUNDARY = re.compile(r"[.!?]+[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])")
_WORD_BEFORE = re.compile(r"([\w.]+)[.!?]*[\"'”’)\]]*\s+$")
#: dotted initials ("P.W" of "P.W. Botha", "H.W" of "George H.W. Bush"), as written: no sentence
#: ends there ("5 p.m." and "a.m." may end one)
_INITIALS = re.compile(r"(?:[A-Z]\.)+[A-Z]")


#: the longest sentence coded whole, in characters (news sentences stay far below it: the
#: longest of our wire sets has about 400). Text without sentence ends — a page's text run
#: together on one line, a table, a list of names — is cut into pieces of at most this length
#: at a clause or word boundary: the event coder's work grows with the square of a sentence's
#: length, and a megabyte on one line would never finish (session 9).
MAX_SENTENCE = 1500
#: where a piece of an over-long sentence may end, best first: after a semicolon, a colon or a
#: comma, else at any blank (a tab, a line break)
_CUTS = (re.compile(r";\s"), re.compile(r":\s"), re.compile(r",\s"), re.compile(r"\s"))


def _cut(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The span ``start:end`` of ``text`` in pieces of at most :data:`MAX_SENTENCE` characters,
    each ending at the last clause or word boundary before the limit (else at the limit)."""
    pieces: list[tuple[int, int]] = []
    while end - start > MAX_SENTENCE:
        limit = start + MAX_SENTENCE
        at = -1
        for mark in _CUTS:
            for found in mark.finditer(text, start + MAX_SENTENCE // 2, limit):
                at = found.start() + len(found.group()) - 1  # (after the mark, before the blank)
            if at >= 0:
                break
        stop = at if at > start else limit
        if text[start:stop].strip():
            pieces.append((start, stop))
        start = stop
        while start < end and text[start].isspace():
            start += 1
    if text[start:end].strip():
        pieces.append((start, end))
    return pieces


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Split text into sentences (none longer than :data:`MAX_SENTENCE` characters).
    RETURNS (list[tuple[int, int]]): (start, end) offsets."""
    spans = _sentences(text)
    if any(end - start > MAX_SENTENCE for start, end in spans):
        spans = [piece for start, end in spans for piece in _cut(text, start, end)]
    return spans


def _sentences(text: str) -> list[tuple[int, int]]:
    """The sentences of ``text`` as its punctuation ends them."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        candidate = text[start : m.end()]
        word = _WORD_BEFORE.search(candidate)
        if word and m.group().startswith("."):
            last = word.group(1).rstrip(".").lower()
            if (
                last in _ABBREVIATIONS
                or (len(last) == 1 and last.isalpha())
                or _INITIALS.fullmatch(word.group(1).rstrip("."))
            ):
                continue
        end = m.start() + len(m.group().rstrip())
        if text[start:end].strip():
            spans.append((start, end))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text.rstrip())))
    return spans


class SegmentStage:
    """Split the article's coded segments into sentences."""

    #: not coded: datelines, and standfirsts (page descriptions restate the body)
    skip_kinds = frozenset({"dateline", "subtitle"})

    def __call__(self, article: Article) -> Article:
        sentences: list[Sentence] = []
        for seg_index, segment in enumerate(article.segments):
            if segment.kind in self.skip_kinds:
                continue
            chunk = article.text[segment.start : segment.end]
            for start, end in split_sentences(chunk):
                sentences.append(
                    Sentence(len(sentences), segment.start + start, segment.start + end, seg_index)
                )
        return article.evolve(sentences=tuple(sentences))


@register_stage("segment", requires=("text", "segments"), produces=("sentences",))
def make_segment_stage(**_: object) -> SegmentStage:
    """Split segments into sentences (rule-based, abbreviation-aware)."""
    return SegmentStage()
