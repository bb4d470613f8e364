"""Actor stage speed: sentences per second with the built-in knowledge base (and optionally a
PETRARCH dictionary set such as the Phoenix actors loaded on top).

Usage: python bench/bench_actors.py [--repeat N] [--dictionaries DIR] [--no-builtin]

The sentences are those of the bundled sample corpus. Tokenisation is included (the stage
tokenises each sentence); the tokenizer cache is cleared between runs so nothing is reused.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from entente.actors.stage import knowledge_base
from entente.api import build_pipeline, sample_corpus
from entente.ingest import Skipped, read_paths
from entente.text.tokenize import _tokenize


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--dictionaries", type=Path, action="append", default=[])
    parser.add_argument("--no-builtin", action="store_true")
    args = parser.parse_args()
    t0 = time.perf_counter()
    pipeline = build_pipeline(args.dictionaries, builtin=not args.no_builtin)
    load = time.perf_counter() - t0
    kb = knowledge_base(tuple(args.dictionaries), not args.no_builtin)
    segment, actors = pipeline.stages[0][1], pipeline.stages[1][1]
    articles = [segment(a) for a in read_paths([sample_corpus()]) if not isinstance(a, Skipped)]
    sentences = sum(len(a.sentences) for a in articles)
    best = float("inf")
    mentions = 0
    for _ in range(args.repeat):
        _tokenize.cache_clear()
        start = time.perf_counter()
        mentions = sum(len(actors(a).mentions) for a in articles)
        best = min(best, time.perf_counter() - start)
    print(
        f"knowledge base: {len(kb.phrases):,} phrases, {len(kb.entries):,} entries "
        f"(load + compile {load:.2f} s)"
    )
    print(f"{sentences:,} sentences, {mentions:,} mentions")
    print(f"actor stage: {sentences / best:,.0f} sentences/s per core (best of {args.repeat})")


if __name__ == "__main__":
    main()
