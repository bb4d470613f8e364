"""Shared fixtures. Tests build their inputs by hand and never touch the network."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from entente.actors.kb import KnowledgeBase
from entente.events.verbs import VerbDictionary
from entente.pipeline import Pipeline, PipelineOptions

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


@pytest.fixture
def today() -> dt.date:
    return dt.date(2026, 11, 25)
