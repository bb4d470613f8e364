"""The ``events`` stage: code CAMEO/PLOVER events from sentences with resolved actors."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from entente.actors.petrarch import petrarch_files
from entente.events.coder import PatternCoder
from entente.events.petrarch_verbs import load_petrarch_verbs, petrarch_coder_options
from entente.events.verbs import VerbDictionary, load_builtin_verbs
from entente.pipeline import PipelineOptions
from entente.registry import register_stage

__all__ = ["coder_options", "make_event_stage", "petrarch_config_options", "verb_dictionary"]

#: PETRARCH ``[Options]`` keys that map to ``PatternCoder`` options of the same name (booleans)
_PETRARCH_FLAGS = ("require_dyad",)


@functools.cache
def verb_dictionary(dictionaries: tuple[Path, ...] = (), builtin: bool = True) -> VerbDictionary:
    """RETURNS (VerbDictionary): built-in patterns plus user verb files (cached)."""
    from entente.actors.stage import _dictionary_files

    verbs = load_builtin_verbs() if builtin else VerbDictionary()
    for path in map(Path, dictionaries):
        petrarch = petrarch_files(path)  # PETRARCH text verb dictionaries
        if petrarch is not None:
            for file in petrarch.verbs:
                load_petrarch_verbs(verbs, file)
            if path.is_file():
                continue
        for file in _dictionary_files(path, "verbs"):
            verbs.load_file(file, label=str(file))
    return verbs


def coder_options(dictionaries: tuple[Path, ...] = ()) -> dict[str, Any]:
    """RETURNS (dict[str, Any]): the ``PatternCoder`` options for a set of dictionaries: PETRARCH's
    coding semantics when a PETRARCH verb dictionary is among them (read from its
    ``PETR_config.ini`` when there is one), else the defaults (CAMEO practice)."""
    options: dict[str, Any] = {}
    for path in map(Path, dictionaries):
        petrarch = petrarch_files(path)
        if petrarch is None or not petrarch.verbs:
            continue
        config = path if path.name == "PETR_config.ini" else path / "PETR_config.ini"
        options = petrarch_coder_options(config if config.is_file() else None)
    return options


def petrarch_config_options(config: Mapping[str, str]) -> dict[str, Any]:
    """RETURNS (dict[str, Any]): the ``PatternCoder`` options set by PETRARCH ``[Options]``
    entries (as in ``PETR_config.ini``, or a gold record's ``notes.config_in_effect``): today
    ``require_dyad`` ("false" also codes events without a target). Other keys (comma limits, new
    actor length) have no counterpart in the coder and are ignored."""
    options: dict[str, Any] = {}
    for key in _PETRARCH_FLAGS:
        value = config.get(key)
        if value is not None:
            options[key] = str(value).strip().lower() not in ("false", "0", "no", "off")
    return options


@functools.cache
def _coder(dictionaries: tuple[Path, ...], builtin: bool) -> PatternCoder:
    from entente.actors.stage import knowledge_base

    kb = knowledge_base(dictionaries, builtin)  # PETRARCH discards live in the knowledge base
    return PatternCoder(
        verb_dictionary(dictionaries, builtin),
        frozenset(kb.discards),
        frozenset(kb.story_discards),
        **coder_options(dictionaries),
    )


@register_stage("events", requires=("sentences", "mentions"), produces=("events",))
def make_event_stage(*, options: PipelineOptions | None = None) -> PatternCoder:
    """Code events with the verb and phrase dictionary (pattern coder)."""
    options = options or PipelineOptions()
    return _coder(tuple(options.dictionaries), options.builtin)
