"""The ``events`` stage: code CAMEO/PLOVER events from sentences with resolved actors."""

from __future__ import annotations

import functools
from pathlib import Path

from entente.events.coder import PatternCoder
from entente.events.verbs import VerbDictionary, load_builtin_verbs
from entente.pipeline import PipelineOptions
from entente.registry import register_stage

__all__ = ["make_event_stage", "verb_dictionary"]


@functools.cache
def verb_dictionary(dictionaries: tuple[Path, ...] = (), builtin: bool = True) -> VerbDictionary:
    """RETURNS (VerbDictionary): built-in patterns plus user verb files (cached)."""
    from entente.actors.stage import _dictionary_files

    verbs = load_builtin_verbs() if builtin else VerbDictionary()
    for path in dictionaries:
        for file in _dictionary_files(Path(path), "verbs"):
            verbs.load_file(file, label=str(file))
    return verbs


@functools.cache
def _coder(dictionaries: tuple[Path, ...], builtin: bool) -> PatternCoder:
    return PatternCoder(verb_dictionary(dictionaries, builtin))


@register_stage("events", requires=("sentences", "mentions"), produces=("events",))
def make_event_stage(*, options: PipelineOptions | None = None) -> PatternCoder:
    """Code events with the verb and phrase dictionary (pattern coder)."""
    options = options or PipelineOptions()
    return _coder(tuple(options.dictionaries), options.builtin)
