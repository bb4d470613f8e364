"""Actor stage speed: sentences per second with the built-in knowledge base (and optionally a
PETRARCH dictionary set such as the Phoenix actors loaded on top).

Usage: python bench/bench_actors.py [--repeat N] [--dictionaries DIR] [--no-builtin] [--breakdown]

The sentences are those of the bundled sample corpus (all distinct). Tokenisation is included
(the stage splits each sentence into words with :func:`~entente.text.tokenize.split_words`);
the tokenizer caches and the resolver's phrase memo are cleared before every run so nothing is
reused between runs (``--warm`` keeps the memo, as a long-running process does). The headline
figure is the best run (least disturbed by other processes and by the occasional full garbage
collection); the median run is printed too.
``--breakdown`` also times tokenising (``split_words``, what the stage calls) and phrase
matching on their own (µs per sentence); the rest of the stage is the resolver (grouping,
context, references) and per-article work.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from entente.actors.stage import knowledge_base
from entente.api import build_pipeline, sample_corpus
from entente.ingest import Skipped, read_paths
from entente.model import Article
from entente.text.tokenize import _tokenize, split_words


def _times(
    run: Callable[[], object], repeat: int, clear: Callable[[], None] = lambda: None
) -> list[float]:
    """Wall-clock seconds of ``repeat`` runs, the tokenizer caches cleared (and ``clear`` called)
    before each."""
    out = []
    for _ in range(repeat):
        _tokenize.cache_clear()
        split_words.cache_clear()
        clear()
        start = time.perf_counter()
        run()
        out.append(time.perf_counter() - start)
    return out


def _breakdown(actors: object, articles: list[Article], sentences: int, repeat: int) -> str:
    """µs per sentence spent tokenising and matching (best runs), and the rest of the stage."""
    spans = [(a.text[s.start : s.end], s.start) for a in articles for s in a.sentences]
    matcher = actors.matcher  # type: ignore[attr-defined]
    tokenized = [split_words(text, offset) for text, offset in spans]
    whole = min(_times(lambda: [actors(a) for a in articles], repeat, actors.clear_memo))  # type: ignore[attr-defined,operator]
    tok = min(_times(lambda: [split_words(t, o) for t, o in spans], repeat))
    match = min(_times(lambda: [matcher.match_words(w.texts, w.norms) for w in tokenized], repeat))
    per = 1e6 / sentences
    return (
        f"µs per sentence: tokenize {tok * per:.1f}, match {match * per:.1f}, "
        f"resolve and other {(whole - tok - match) * per:.1f} (total {whole * per:.1f})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--dictionaries", type=Path, action="append", default=[])
    parser.add_argument("--no-builtin", action="store_true")
    parser.add_argument("--breakdown", action="store_true")
    parser.add_argument("--warm", action="store_true", help="keep the phrase memo between runs")
    args = parser.parse_args()
    t0 = time.perf_counter()
    pipeline = build_pipeline(args.dictionaries, builtin=not args.no_builtin)
    load = time.perf_counter() - t0
    kb = knowledge_base(tuple(args.dictionaries), not args.no_builtin)
    segment, actors = pipeline.stages[0][1], pipeline.stages[1][1]
    articles = [segment(a) for a in read_paths([sample_corpus()]) if not isinstance(a, Skipped)]
    sentences = sum(len(a.sentences) for a in articles)
    mentions = sum(len(actors(a).mentions) for a in articles)
    clear = (lambda: None) if args.warm else actors.clear_memo
    times = _times(lambda: [actors(a) for a in articles], args.repeat, clear)
    print(
        f"knowledge base: {len(kb.phrases):,} phrases, {len(kb.entries):,} entries "
        f"(load + compile {load:.2f} s)"
    )
    print(f"{sentences:,} sentences, {mentions:,} mentions")
    print(
        f"actor stage: {sentences / min(times):,.0f} sentences/s per core (best of {args.repeat}; "
        f"median {sentences / statistics.median(times):,.0f})"
    )
    if args.breakdown:
        print(_breakdown(actors, articles, sentences, args.repeat))


if __name__ == "__main__":
    main()
