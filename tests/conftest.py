"""Shared fixtures. Tests build their inputs by hand and never touch the network."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from entente.actors.kb import KnowledgeBase
from entente.actors.resolve import ActorResolver
from entente.events.verbs import VerbDictionary
from entente.model import Article
from entente.pipeline import Pipeline, PipelineOptions
from entente.text.segment import SegmentStage

HERE = Path(__file__).resolve().parent
FIXTURES = HERE / "fixtures"
GOLDEN = HERE / "golden"
#: ../shared beside the repository: gold suites and reference data (absent on a user's clone).
SHARED = HERE.parent.parent / "shared"


def shared(*parts: str) -> Path:
    """Path into ../shared, skipping the test with a clear reason when it is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} not present (../shared is only beside the developers' checkout)")
    return path


@pytest.fixture(scope="session")
def mini_kb() -> KnowledgeBase:
    kb = KnowledgeBase()
    kb.load_file(FIXTURES / "mini_actors.yaml")
    return kb


@pytest.fixture(scope="session")
def mini_verbs() -> VerbDictionary:
    verbs = VerbDictionary()
    verbs.load_file(FIXTURES / "mini_verbs.yaml")
    return verbs


@pytest.fixture(scope="session")
def mini_pipeline() -> Pipeline:
    """The default stages with only the small test dictionaries (no built-in data)."""
    return Pipeline.from_names(options=PipelineOptions(dictionaries=(FIXTURES,), builtin=False))


@pytest.fixture(scope="session")
def builtin_pipeline() -> Pipeline:
    return Pipeline.from_names()


@pytest.fixture(scope="session")
def builtin_resolver() -> ActorResolver:
    """The actor stage over the built-in knowledge base (shared by the actor tests)."""
    from entente.actors.stage import knowledge_base

    return ActorResolver(knowledge_base())


def resolved(resolver: ActorResolver, text: str, date: dt.date) -> Article:
    """A one-part article, segmented and resolved."""
    article = Article.from_parts(id="a", parts=[("body", text, None)], published=date)
    return resolver(SegmentStage()(article))


def mention_codes(
    resolver: ActorResolver, text: str, date: dt.date = dt.date(2005, 1, 1)
) -> list[tuple[str, str]]:
    """(mention text, actor code) of every mention of a one-part article."""
    article = resolved(resolver, text, date)
    return [(article.text[m.start : m.end], m.actor.code) for m in article.mentions]


def mention_code(
    resolver: ActorResolver, text: str, mention: str, date: dt.date = dt.date(2005, 1, 1)
) -> str:
    """The code of the last mention whose text is ``mention`` (fails when there is none)."""
    found = mention_codes(resolver, text, date)
    codes = [code for surface, code in found if surface == mention]
    assert codes, f"no mention {mention!r} in {found}"
    return codes[-1]


@pytest.fixture
def today() -> dt.date:
    return dt.date(2026, 11, 25)


def coded(pipeline: Pipeline, text: str, date: dt.date) -> list[tuple[str, str | None, str]]:
    """(source code, target code or None, CAMEO code) of each event coded in a one-part article."""
    article = pipeline(Article.from_parts(id="t", parts=[("body", text, None)], published=date))
    return [(e.source.code, e.target.code if e.target else None, e.cameo) for e in article.events]


def country_keys(
    events: list[tuple[str, str | None, str]],
) -> set[tuple[str, str | None, str]]:
    """The events as (source country, target country, code): the first block of each code."""
    return {(s[:3], t[:3] if t else None, c) for s, t, c in events}


#: the date the lexicon-round tests code their sentences on
LEXICON_TEST_DATE = dt.date(2016, 3, 1)


def event_keys(
    pipeline: Pipeline, text: str, date: dt.date = LEXICON_TEST_DATE
) -> set[tuple[str, str | None, str]]:
    """(source country, target country, full CAMEO code) of each event coded in ``text``."""
    return country_keys(coded(pipeline, text, date))


def event_roots(
    pipeline: Pipeline, text: str, date: dt.date = LEXICON_TEST_DATE
) -> set[tuple[str, str | None, str]]:
    """(source country, target country, CAMEO root) of each event coded in ``text``."""
    return {(s, t, c[:2]) for s, t, c in event_keys(pipeline, text, date)}
