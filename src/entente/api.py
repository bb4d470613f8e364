"""High-level Python API: code files, ingest them into a store, turn events into records.

>>> from entente.api import code_paths
>>> for item in code_paths(["page.html"]):
...     ...
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path
from typing import Any

from entente.ingest import Skipped, read_paths
from entente.model import Article, Event
from entente.pipeline import DEFAULT_STAGES, Pipeline, PipelineOptions
from entente.store import Store

__all__ = ["IngestReport", "code_paths", "event_record", "ingest_paths", "sample_corpus"]

#: Keys of an event record, in output order (JSONL and CSV).
EVENT_KEYS = (
    "id",
    "article_id",
    "date",
    "date_precision",
    "date_end",
    "source",
    "source_name",
    "target",
    "target_name",
    "cameo",
    "quad_class",
    "goldstein",
    "plover",
    "plover_mode",
    "sentence",
    "evidence",
    "rule",
    "confidence",
    "url",
)


def build_pipeline(dictionaries: Iterable[Path] = (), *, builtin: bool = True) -> Pipeline:
    """RETURNS (Pipeline): the default pipeline with optional user dictionaries."""
    options = PipelineOptions(dictionaries=tuple(Path(p) for p in dictionaries), builtin=builtin)
    return Pipeline.from_names(DEFAULT_STAGES, options=options)


def code_paths(
    paths: Iterable[str | Path],
    *,
    dictionaries: Iterable[Path] = (),
    builtin: bool = True,
    pipeline: Pipeline | None = None,
    today: dt.date | None = None,
) -> Iterator[Article | Skipped]:
    """Read and code files, directories or ``-``; yield coded articles and skipped inputs.

    builtin (bool): use the built-in dictionaries as well as ``dictionaries``.
    """
    pipeline = pipeline or build_pipeline(dictionaries, builtin=builtin)
    for item in read_paths(paths, today=today):
        yield item if isinstance(item, Skipped) else pipeline(item)


def event_record(event: Event, article: Article) -> dict[str, Any]:
    """RETURNS (dict): an event as a flat record (the ``entente code`` JSONL line)."""
    return {
        "id": event.id,
        "article_id": event.article_id,
        "date": event.date.isoformat() if event.date else None,
        "date_precision": event.date_precision,
        "date_end": event.date_end.isoformat() if event.date_end else None,
        "source": event.source.code if event.source else None,
        "source_name": event.source.name if event.source else None,
        "target": event.target.code if event.target else None,
        "target_name": event.target.name if event.target else None,
        "cameo": event.cameo,
        "quad_class": event.quad_class,
        "goldstein": event.goldstein,
        "plover": event.plover,
        "plover_mode": event.plover_mode,
        "sentence": article.sentence_text(event.sentence),
        "evidence": article.span(*event.evidence),
        "rule": event.rule,
        "confidence": event.confidence,
        "url": article.source,
    }


@dataclass
class IngestReport:
    """Counts from an ingest run, and the inputs that were skipped."""

    added: int = 0
    duplicates: int = 0
    events: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    undated: list[str] = field(default_factory=list)


def ingest_paths(
    paths: Iterable[str | Path],
    store: Store,
    *,
    dictionaries: Iterable[Path] = (),
    builtin: bool = True,
    today: dt.date | None = None,
    id_root: Path | None = None,
    on_item: Callable[[Article | Skipped], None] | None = None,
) -> IngestReport:
    """Code files and store them; an article already stored (same content) is not coded again.

    on_item: called after each article or skipped input (progress bars).
    """
    pipeline = build_pipeline(dictionaries, builtin=builtin)
    report = IngestReport()
    for item in read_paths(paths, today=today, id_root=id_root):
        if isinstance(item, Skipped):
            report.skipped.append(item)
        elif store.has(item):
            report.duplicates += 1
        else:
            article = pipeline(item)
            store.add_article(article)
            report.added += 1
            report.events += len(article.events)
            if article.published is None:
                report.undated.append(article.id)
        if on_item is not None:
            on_item(item)
    return report


def sample_corpus() -> Path:
    """RETURNS (Path): the folder of the bundled sample corpus (package data)."""
    return Path(str(files("entente") / "data" / "samples"))
