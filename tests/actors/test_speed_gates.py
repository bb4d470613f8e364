"""The actor stage's shortcuts give what the passes they skip would: the matcher drops a suffix of
the last hit without sorting (:meth:`PhraseMatcher.match_words`), plural marks are looked up for
mentions only (:func:`_marks_of`), and a sentence skips the passes its matches' traits do not
ask for (:func:`_traits`)."""

from __future__ import annotations

import pytest

from entente.actors.matcher import Match, _in_name_words, _leftmost_longest
from entente.actors.resolve import ActorResolver, _marks_at, _marks_of
from entente.actors.stage import knowledge_base
from entente.api import sample_corpus
from entente.ingest import Skipped, read_paths
from entente.model import Article
from entente.text.segment import SegmentStage
from entente.text.tokenize import split_words

_SENTENCES = [
    "Israeli Prime Minister Benjamin Netanyahu met Hamas leader Ismail Haniyeh in Cairo.",
    "The prime minister of Iran and the foreign minister of Syria met in Damascus.",
    "Michael Jordan and Jordan's King Abdullah visited the United Nations Security Council.",
    "Officials in the Gaza Strip said an Israeli air strike hit a house in Khan Younis.",
]


@pytest.fixture(scope="module")
def resolver() -> ActorResolver:
    return ActorResolver(knowledge_base((), True))


@pytest.fixture(scope="module")
def sentences() -> list[str]:
    stage = SegmentStage()
    articles = [stage(a) for a in read_paths([sample_corpus()]) if not isinstance(a, Skipped)]
    found = [a.text[s.start : s.end] for a in articles for s in a.sentences]
    return _SENTENCES + found[:600]


def _all_hits(resolver: ActorResolver, texts: list[str], norms: list[str]) -> list[Match]:
    """Every hit the automaton reports, in its order, then leftmost-longest and the person-name
    rule (the matcher without its shortcut)."""
    matcher = resolver.matcher
    haystack = " " + " ".join(norms) + " "
    found: list[Match] = []
    ambiguous: list[Match] = []
    for end_char, (n_tokens, senses, outcomes, names) in matcher._automaton.iter(haystack):
        end = haystack.count(" ", 0, end_char + 1) - 1
        if outcomes is not None:
            senses = outcomes[texts[end - n_tokens]]
            if not senses:
                continue
        m = Match(end - n_tokens, end, senses)
        found.append(m)
        if names is not None and id(senses) in names:
            ambiguous.append(m)
    found = _leftmost_longest(found)
    return [m for m in found if m not in ambiguous or not _in_name_words(m, texts, norms, found)]


def test_matcher_shortcut_keeps_leftmost_longest(resolver, sentences):
    for text in sentences:
        words = split_words(text)
        expected = _all_hits(resolver, words.texts, words.norms)
        assert resolver.matcher.match_words(words.texts, words.norms) == expected, text


def test_marks_of_mentions_as_marks_of_the_sentence(resolver, sentences):
    for n, text in enumerate(sentences):
        article = SegmentStage()(Article.from_parts(id=f"t{n}", parts=[("body", text, None)]))
        mentions = resolver(article).mentions
        words = split_words(text)
        every = _marks_at(words.starts, words.norms)
        marks = _marks_of(words.starts, words.norms, list(mentions))
        assert marks == {m.start: every[m.start] for m in mentions if m.start in every}, text


def test_traits_skip_only_passes_that_change_nothing(resolver, sentences):
    plain = ActorResolver(resolver.kb)
    plain._traits = {}  # (every sentence through every pass)
    for n, text in enumerate(sentences):
        article = SegmentStage()(Article.from_parts(id=f"t{n}", parts=[("body", text, None)]))
        assert resolver(article).mentions == plain(article).mentions, text
