"""The actor stage's shortcuts give what the plain code gives: the matcher with the caller's
normal forms and without the overlap pass when hits do not overlap, the resolver's sentence-wide
word set, plural marks and Mention maker, the gapped matcher with a given word set, and memoised
titles (a warm memo resolves as a cold one)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from conftest import shared
from entente.actors.kb import KnowledgeBase
from entente.actors.matcher import (
    Match,
    PhraseMatcher,
    _in_person_name,
    _leftmost_longest,
    haystack,
)
from entente.actors.petrarch import GappedMatcher, load_petrarch_knowledge, petrarch_files
from entente.actors.resolve import _MARKS, ActorResolver, _new_mention, _plural_marks
from entente.actors.stage import knowledge_base
from entente.api import sample_corpus
from entente.ingest import Skipped, read_paths
from entente.model import Actor, Article, Mention
from entente.text.segment import SegmentStage
from entente.text.tokenize import tokenize

SENTENCES = [
    "Iranian Foreign Minister Mohammad Javad Zarif met Prime Minister Benjamin Netanyahu.",
    "The United States and the United Kingdom urged Hamas leader Ismail Haniyeh to talk.",
    "Jordan Peterson and Michael Jordan visited Jordan, a Somalia-based group said.",
    "He told the U.N. Security Council in New York that the movement's fighters left Gaza.",
    "Officials in Tripoli, Lebanon's second city, said the army held them hostage.",
    "",
]


@pytest.fixture(scope="module")
def builtin_kb() -> KnowledgeBase:
    return knowledge_base((), True)


def _plain_match(matcher: PhraseMatcher, tokens: list) -> list[Match]:
    """The matcher's hits as first written: spaces counted from the start for every hit, the
    overlap pass always run."""
    hay = haystack([t.norm for t in tokens])
    found, ambiguous = [], []
    for end_char, (n_tokens, senses, outcomes, names) in matcher._automaton.iter(hay):
        end = hay.count(" ", 0, end_char)
        if outcomes is not None:
            senses = outcomes[tokens[end - n_tokens].text]
            if not senses:
                continue
        m = Match(end - n_tokens, end, senses)
        found.append(m)
        if names is not None and id(senses) in names:
            ambiguous.append(m)
    if len(found) > 1:
        found = _leftmost_longest(found)
    return [m for m in found if m not in ambiguous or not _in_person_name(m, tokens, found)]


@pytest.mark.parametrize("text", SENTENCES)
def test_matcher_with_given_normal_forms_matches_alike(builtin_kb, text):
    matcher = PhraseMatcher(builtin_kb)
    tokens = tokenize(text)
    norms = [t.norm for t in tokens]
    plain = _plain_match(matcher, tokens) if tokens else []
    assert matcher.match(tokens, "") == plain
    assert matcher.match(tokens, "", norms=norms) == plain
    assert matcher.match(tokens, "", norms=norms, haystack=haystack(norms)) == plain


def test_matcher_matches_as_first_written_on_the_sample_corpus(builtin_kb):
    matcher = PhraseMatcher(builtin_kb)
    articles = [a for a in read_paths([sample_corpus()]) if not isinstance(a, Skipped)]
    for article in articles[:60]:
        for paragraph in article.text.split("\n\n"):
            tokens = tokenize(paragraph)
            if tokens:
                assert matcher.match(tokens, "") == _plain_match(matcher, tokens)


def _plain_marks(tokens, norms):
    after = zip(norms, tokens[1:], strict=False)
    return {tok.start: _MARKS[prev] for prev, tok in after if prev in _MARKS}


@pytest.mark.parametrize("text", [*SENTENCES, "in", "a", "an army in a city near an in"])
def test_plural_marks_as_plain(text):
    tokens = tokenize(text, 10)
    norms = [t.norm for t in tokens]
    assert _plural_marks(tokens, norms) == _plain_marks(tokens, norms)
    assert _plural_marks(tokens, norms, set(norms)) == _plain_marks(tokens, norms)


def test_mention_maker_builds_equal_frozen_mentions():
    actor = Actor("IRNGOV", "Iran (Government)", "IRN", ("GOV",))
    made = _new_mention(3, 9, 1, actor, "agent")
    plain = Mention(3, 9, 1, actor, "agent")
    assert made == plain and hash(made) == hash(plain) and type(made) is Mention
    assert dataclasses.astuple(made) == dataclasses.astuple(plain)
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.start = 4  # type: ignore[misc]


def test_gapped_matcher_with_given_word_set_matches_alike():
    kb = KnowledgeBase()
    load_petrarch_knowledge(kb, petrarch_files(shared("dictionaries", "petr_validate_ud2")))
    matcher, gapped = PhraseMatcher(kb), GappedMatcher(kb)
    texts = [
        *SENTENCES,
        "Ithilen state-run television said the Arnorian evil minister left.",
        "The Gondor awful and evil government of Arnor met Calimehtar.",
    ]
    for text in texts:
        tokens = tokenize(text)
        norms = [t.norm for t in tokens]
        matches = matcher.match(tokens, "")
        plain = gapped.extend(tokens, list(matches))
        assert gapped.extend(tokens, list(matches), norms, set(norms)) == plain


def _mentions(resolver: ActorResolver, article: Article) -> list[tuple[int, int, str, str]]:
    return [(m.start, m.end, m.actor.code, m.via) for m in resolver(article).mentions]


def test_warm_memo_resolves_as_cold(builtin_kb):
    resolver = ActorResolver(builtin_kb)
    texts = [
        "President George W. Bush met Prime Minister Tony Blair. Bush said he would go.",
        "Former Prime Minister Tony Blair spoke. Prime Minister Tony Blair replied.",
        "Kenya's opposition leader Raila Odinga met President Uhuru Kenyatta.",
    ]
    dates = [dt.date(1990, 1, 1), dt.date(2003, 5, 1), dt.date(2016, 6, 1), None]
    articles = [
        SegmentStage()(Article.from_parts(id=f"{i}", parts=[("body", t, None)], published=d))
        for i, (t, d) in enumerate((t, d) for t in texts for d in dates)
    ]
    cold = []
    for article in articles:
        resolver.clear_memo()
        cold.append(_mentions(resolver, article))
    resolver.clear_memo()
    warm = [_mentions(resolver, article) for article in articles]
    warm_again = [_mentions(resolver, article) for article in reversed(articles)][::-1]
    assert warm == cold and warm_again == cold
    resolver.clear_memo()
    assert not resolver._phrases
