"""The ``actors`` stage: resolve every actor mention with the knowledge base."""

from __future__ import annotations

import contextlib
import functools
import gc
from collections.abc import Iterator
from pathlib import Path

from entente.actors.kb import KnowledgeBase, load_builtin, load_files
from entente.actors.petrarch import is_petrarch, load_petrarch_knowledge, petrarch_files
from entente.actors.resolve import ActorResolver
from entente.errors import ConfigError
from entente.pipeline import PipelineOptions
from entente.registry import register_stage

__all__ = ["knowledge_base", "make_actor_stage"]


_YAML_SUFFIXES = (".yaml", ".yml")
_KINDS_OF_FILES = (
    "Entente YAML (.yaml, .yml) or PETRARCH text (PETR_config.ini, *.actors.txt, *.agents.txt, "
    "*.discards.txt, *verbs*.txt, CAMEO*.txt)"
)


def _dictionary_files(path: Path, kind: str) -> list[Path]:
    """The YAML dictionary files of ``kind`` (``actors`` or ``verbs``) that ``path`` (a file or a
    folder searched recursively) gives. Raises ConfigError for a path that holds no dictionary
    (PETRARCH files are read by the callers)."""
    if path.is_file():
        if path.suffix.lower() in _YAML_SUFFIXES:
            return [path] if _looks_like(path, kind) else []
        if is_petrarch(path):
            return []
        raise ConfigError(f"--dictionaries {path}: not a dictionary file; use {_KINDS_OF_FILES}")
    if not path.is_dir():
        raise ConfigError(f"--dictionaries {path}: no such file or directory")
    files = sorted(path.rglob("*.y*ml"))
    if not files and not is_petrarch(path):
        raise ConfigError(
            f"--dictionaries {path}: no dictionary files in this folder; use {_KINDS_OF_FILES}"
        )
    return [p for p in files if p.is_file() and _looks_like(p, kind)]


def _looks_like(path: Path, kind: str) -> bool:
    try:
        head = path.read_text("utf-8", errors="replace")[:4000]
    except OSError:
        return kind != "verbs"  # read as an actor file, whose loader names the file and reason
    is_verbs = "cameo:" in head and "patterns:" in head
    return is_verbs if kind == "verbs" else not is_verbs


@contextlib.contextmanager
def _bulk_load() -> Iterator[None]:
    """Pause the cyclic garbage collector while the knowledge base and the resolver are built.

    Speed: they are hundreds of thousands of long-lived objects and no cyclic garbage, and the
    collector would otherwise walk the growing heap again and again as they are made (about
    half the build time of the resolver). Its state is restored afterwards (left off when the
    caller had it off)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@functools.cache
def knowledge_base(dictionaries: tuple[Path, ...] = (), builtin: bool = True) -> KnowledgeBase:
    """RETURNS (KnowledgeBase): the built-in knowledge base plus user dictionaries (cached)."""
    with _bulk_load():
        kb = load_builtin() if builtin else KnowledgeBase()
        for path in map(Path, dictionaries):
            petrarch = petrarch_files(path)  # PETRARCH text dictionaries (actors, agents, …)
            if petrarch is not None:
                load_petrarch_knowledge(kb, petrarch)
                if path.is_file():
                    continue
            load_files(kb, _dictionary_files(path, "actors"))
    return kb


@functools.cache
def _resolver(dictionaries: tuple[Path, ...], builtin: bool) -> ActorResolver:
    kb = knowledge_base(dictionaries, builtin)
    with _bulk_load():
        return ActorResolver(kb)


@register_stage("actors", requires=("sentences",), produces=("mentions",))
def make_actor_stage(*, options: PipelineOptions | None = None) -> ActorResolver:
    """Resolve actor mentions (countries, organisations, groups, dated people, agents, pronouns)."""
    options = options or PipelineOptions()
    return _resolver(tuple(options.dictionaries), options.builtin)
