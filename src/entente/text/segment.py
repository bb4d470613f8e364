"""Sentence segmentation: a rule-based splitter that knows news abbreviations.

The ``segment`` stage splits every title, subtitle, body and caption segment into sentences
(datelines are not coded). Offsets point into ``Article.text``.
"""

from __future__ import annotations

import re

from entente.model import Article, Sentence
from entente.registry import register_stage

__all__ = ["SegmentStage", "split_sentences"]

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


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Split text into sentences. RETURNS (list[tuple[int, int]]): (start, end) offsets."""
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
