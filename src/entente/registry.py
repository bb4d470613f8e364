"""Registries: components looked up by name, so a better stage drops in without code changes.

A stage is any callable ``Article -> Article``. It is registered with the attributes it requires and
the ones it produces; :class:`entente.pipeline.Pipeline` checks that every requirement is met by an
earlier stage. Third-party packages register stages through the ``entente.stages`` entry-point group
(the entry point names a callable taking keyword options and returning the stage).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from importlib.metadata import entry_points
from typing import Any, Protocol

from entente.errors import ConfigError
from entente.model import Article

__all__ = ["STAGES", "Stage", "StageSpec", "register_stage"]

#: Article attributes a stage may require or produce.
ATTRIBUTES = ("text", "segments", "sentences", "mentions", "events")


class Stage(Protocol):
    """A pipeline stage: takes an article, returns an annotated copy."""

    def __call__(self, article: Article) -> Article: ...


@dataclass(frozen=True)
class StageSpec:
    """What the registry knows about a stage factory."""

    name: str
    factory: Callable[..., Stage]
    requires: tuple[str, ...]
    produces: tuple[str, ...]
    description: str


class Registry:
    """Name → stage factory, with declared contracts and entry-point discovery."""

    def __init__(self, group: str) -> None:
        self.group = group
        self._specs: dict[str, StageSpec] = {}
        self._loaded_entry_points = False

    def register(
        self,
        name: str,
        *,
        requires: Iterable[str] = (),
        produces: Iterable[str] = (),
    ) -> Callable[[Callable[..., Stage]], Callable[..., Stage]]:
        """Decorator registering a stage factory under ``name``."""
        requires, produces = tuple(requires), tuple(produces)
        for attr in (*requires, *produces):
            if attr not in ATTRIBUTES:
                raise ConfigError(f"stage {name!r}: unknown attribute {attr!r}; use {ATTRIBUTES}")

        def decorate(factory: Callable[..., Stage]) -> Callable[..., Stage]:
            doc = (factory.__doc__ or "").strip().splitlines()
            self._specs[name] = StageSpec(name, factory, requires, produces, doc[0] if doc else "")
            return factory

        return decorate

    def _load_entry_points(self) -> None:
        if self._loaded_entry_points:
            return
        self._loaded_entry_points = True
        for ep in entry_points(group=self.group):
            if ep.name not in self._specs:
                factory = ep.load()
                spec = getattr(factory, "entente_spec", None)
                requires = tuple(spec.get("requires", ())) if spec else ()
                produces = tuple(spec.get("produces", ())) if spec else ()
                self._specs[ep.name] = StageSpec(ep.name, factory, requires, produces, "")

    def get(self, name: str) -> StageSpec:
        """RETURNS (StageSpec): the spec registered under ``name``; ConfigError if unknown."""
        _ensure_builtins()
        self._load_entry_points()
        try:
            return self._specs[name]
        except KeyError:
            known = ", ".join(sorted(self._specs))
            raise ConfigError(f"unknown stage {name!r}; known stages: {known}") from None

    def create(self, name: str, **options: Any) -> Stage:
        """Instantiate the stage ``name`` with keyword options."""
        return self.get(name).factory(**options)

    def names(self) -> list[str]:
        """RETURNS (list[str]): all registered stage names."""
        _ensure_builtins()
        self._load_entry_points()
        return sorted(self._specs)


STAGES = Registry("entente.stages")
register_stage = STAGES.register


def _ensure_builtins() -> None:
    # Importing the modules registers the built-in stages (kept out of import time of this module
    # to avoid import cycles).
    import entente.actors.stage
    import entente.events.stage
    import entente.text.segment  # noqa: F401
