"""The actor stage's load-time compilation and per-period memo give what reading does without
them: one-match phrases compiled at load (:meth:`ActorResolver._compile_phrases`) resolve as the
memo resolves them, a dated phrase resolves alike on every date of a period between its roles'
dates (:func:`_period`), and the resolver reads the tokens of
:func:`~entente.text.tokenize.split_words` as those of :func:`~entente.text.tokenize.tokenize`."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from conftest import shared
from entente.actors.kb import KnowledgeBase
from entente.actors.matcher import PhraseMatcher
from entente.actors.petrarch import GappedMatcher, load_petrarch_knowledge, petrarch_files
from entente.actors.resolve import ActorResolver, _period
from entente.actors.stage import knowledge_base
from entente.api import sample_corpus
from entente.ingest import Skipped, read_paths
from entente.model import Article
from entente.text.segment import SegmentStage
from entente.text.tokenize import split_words


@pytest.fixture(scope="module")
def builtin_kb() -> KnowledgeBase:
    return knowledge_base((), True)


@pytest.fixture(scope="module")
def corpus() -> list[Article]:
    stage = SegmentStage()
    return [stage(a) for a in read_paths([sample_corpus()]) if not isinstance(a, Skipped)]


def _mentions(resolver: ActorResolver, article: Article) -> list[tuple[int, int, str, str, str]]:
    return [(m.start, m.end, m.actor.code, m.actor.name, m.via) for m in resolver(article).mentions]


def test_compiled_phrases_resolve_as_the_memo(builtin_kb, corpus):
    compiled = ActorResolver(builtin_kb)
    assert compiled._singles and compiled._homonymous
    plain = ActorResolver(builtin_kb)
    plain._singles, plain._homonymous = {}, {}  # (every phrase through the memo, as read)
    plain._traits = {}  # (and every sentence through every pass)
    for article in corpus:
        assert _mentions(compiled, article) == _mentions(plain, article)


def test_compiled_phrases_are_not_filled_while_reading(builtin_kb, corpus):
    resolver = ActorResolver(builtin_kb)
    for article in corpus[:40]:
        resolver(article)
    assert all(p.titled is None and not p.by_period for p in resolver._singles.values())
    resolver.clear_memo()
    assert not resolver._phrases and not resolver._homonyms and not resolver._chosen


def test_period():
    dates = [dt.date(2000, 1, 1), dt.date(2005, 6, 30)]
    assert _period(dates, None) == -1
    assert _period(dates, dt.date(1999, 12, 31)) == 0
    assert _period(dates, dt.date(2000, 1, 1)) == 1
    assert _period(dates, dt.date(2003, 1, 1)) == 2
    assert _period(dates, dt.date(2005, 6, 30)) == 3
    assert _period(dates, dt.date(2005, 7, 1)) == 4
    assert _period([], dt.date(2005, 7, 1)) == 0


def test_dated_phrases_resolve_alike_within_a_period(builtin_kb):
    """Warm (one memo across dates in random order) resolves as cold (memo cleared per date),
    on the dates of the people's roles, the days around them and dates in between."""
    names = ["Bush", "Tony Blair", "Benjamin Netanyahu", "Ismail Haniyeh", "Putin", "Assad"]
    text = (
        "President George W. Bush met Prime Minister Tony Blair and Benjamin Netanyahu. "
        "Former Prime Minister Ismail Haniyeh of Hamas spoke. Russian President Putin and "
        "Syria's Assad replied. Bush said he would go."
    )
    wanted = {n.lower() for n in names}
    dates: set[dt.date | None] = {None}
    for entry in builtin_kb.entries:
        if entry.kind == "person" and entry.name.lower().split()[-1] in wanted | {"bush"}:
            for role in entry.roles:
                for day in (role.start, role.end):
                    if day is not None:
                        dates.update(day + dt.timedelta(days=k) for k in (-1, 0, 1))
    assert len(dates) > 20
    ordered = sorted(dates, key=lambda d: d or dt.date.min)
    articles = [
        SegmentStage()(Article.from_parts(id=str(k), parts=[("body", text, None)], published=d))
        for k, d in enumerate(ordered)
    ]
    resolver = ActorResolver(builtin_kb)
    cold = []
    for article in articles:
        resolver.clear_memo()
        cold.append(_mentions(resolver, article))
    resolver.clear_memo()
    order = list(range(len(articles)))
    random.Random(3).shuffle(order)
    warm = {k: _mentions(resolver, articles[k]) for k in order}
    assert [warm[k] for k in range(len(articles))] == cold


@pytest.mark.parametrize("dictionaries", ["petr_validate_ud2", "phoenix"])
def test_gapped_prefilter_keeps_every_gapped_phrase(dictionaries):
    """The gapped matcher's sentence test (:meth:`GappedMatcher._has_gapped_phrase`) never
    turns away a sentence in which the walk finds a gapped phrase: phrases written with one or
    two modifiers in each of their gaps, inside a sentence, match alike with and without it."""
    kb = KnowledgeBase()
    load_petrarch_knowledge(kb, petrarch_files(shared("dictionaries", dictionaries)))
    gapped, matcher = GappedMatcher(kb), PhraseMatcher(kb)
    plain = GappedMatcher.__new__(GappedMatcher)
    plain.__dict__.update(gapped.__dict__)
    plain._has_gapped_phrase = lambda *_: True  # type: ignore[method-assign]
    phrases = sorted(words for entries in gapped.index.values() for words, _ in entries)
    found = 0
    for words in phrases[:: max(1, len(phrases) // 400)]:
        for gap in range(1, len(words)):
            for modifiers in (["state-run"], ["awful", "evil"], ["of"]):
                named = [w.capitalize() for w in words]
                text = " ".join([*named[:gap], *modifiers, *named[gap:], "said", "on", "Monday."])
                toks = split_words("Officials in " + text)
                matches = matcher.match_words(toks.texts, toks.norms)
                got = gapped.extend_words(toks.texts, list(matches), toks.norms)
                assert got == plain.extend_words(toks.texts, list(matches), toks.norms), text
                found += got != matches
    assert found > 50
