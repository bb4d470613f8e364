"""The pipeline: an ordered list of named stages through which one article flows."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from entente.errors import ConfigError, EntenteError
from entente.model import Article
from entente.registry import STAGES, Stage

__all__ = ["DEFAULT_STAGES", "Pipeline", "PipelineOptions"]

log = logging.getLogger(__name__)

#: The default stage names, in order.
DEFAULT_STAGES = ("segment", "actors", "events")


@dataclass(frozen=True, kw_only=True)
class PipelineOptions:
    """Options shared by the built-in stages.

    dictionaries (tuple[Path, ...]): extra dictionary directories or files (Entente YAML or
        PETRARCH text format), loaded after the built-in ones.
    builtin (bool): load the built-in knowledge base and verb dictionary (default True).
    """

    dictionaries: tuple[Path, ...] = ()
    builtin: bool = True
    extra: dict[str, Any] = field(default_factory=dict)


class Pipeline:
    """Run articles through named stages, checking each stage's declared contract.

    stages (Sequence[tuple[str, Stage]]): ``(name, stage)`` pairs in order.
    """

    def __init__(self, stages: Sequence[tuple[str, Stage]]) -> None:
        self.stages = list(stages)

    @classmethod
    def from_names(
        cls, names: Iterable[str] = DEFAULT_STAGES, *, options: PipelineOptions | None = None
    ) -> Pipeline:
        """Build a pipeline from registered stage names, validating requirements.

        RETURNS (Pipeline). Raises ConfigError when a stage needs what no earlier stage makes.
        """
        options = options or PipelineOptions()
        have = {"text", "segments"}
        stages: list[tuple[str, Stage]] = []
        for name in names:
            spec = STAGES.get(name)
            missing = [a for a in spec.requires if a not in have]
            if missing:
                raise ConfigError(
                    f"stage {name!r} requires {', '.join(missing)}, which no earlier stage produces"
                )
            have.update(spec.produces)
            stages.append((name, spec.factory(options=options)))
        return cls(stages)

    @property
    def names(self) -> list[str]:
        """RETURNS (list[str]): the stage names in order."""
        return [name for name, _ in self.stages]

    def __call__(self, article: Article) -> Article:
        """Run one article through every stage. RETURNS (Article)."""
        for name, stage in self.stages:
            result = stage(article)
            if not isinstance(result, Article):
                raise ConfigError(f"stage {name!r} returned {type(result).__name__}, not Article")
            article = result
        return article

    def pipe(self, articles: Iterable[Article]) -> Iterator[Article]:
        """Run many articles lazily. A stage failing on one article raises EntenteError."""
        for article in articles:
            try:
                yield self(article)
            except EntenteError:
                raise
            except Exception as exc:  # a bug in a stage: name the article to help reproduce
                raise EntenteError(f"{article.id}: pipeline failed: {exc!r}") from exc
