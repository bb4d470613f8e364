"""Entente: political event data from news, with evidence, and relationships over time.

The curated public API::

    from entente import Pipeline, read_paths, code_articles
"""

from __future__ import annotations

import logging

from entente.errors import (
    ConfigError,
    DictionaryError,
    EntenteError,
    InputError,
    OutputError,
    QueryError,
    StoreError,
)
from entente.ingest import Skipped, read_paths
from entente.model import Actor, Article, Event, Mention, Segment, Sentence
from entente.pipeline import Pipeline, PipelineOptions

__version__ = "0.1.0"

__all__ = [
    "Actor",
    "Article",
    "ConfigError",
    "DictionaryError",
    "EntenteError",
    "Event",
    "InputError",
    "Mention",
    "OutputError",
    "Pipeline",
    "PipelineOptions",
    "QueryError",
    "Segment",
    "Sentence",
    "Skipped",
    "StoreError",
    "__version__",
    "read_paths",
]

logging.getLogger(__name__).addHandler(logging.NullHandler())
