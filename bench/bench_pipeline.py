"""Pipeline speed: sentences per second from raw text to events, on the bundled sample corpus.

Usage: python bench/bench_pipeline.py [--repeat N] [--dictionaries DIR] [--no-builtin]

Reads the corpus once (ingest is not timed), then runs segment → actors → events over every
article N times on one core and prints sentences/s for the whole pipeline and for each stage.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from entente.api import build_pipeline, sample_corpus
from entente.ingest import Skipped, read_paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--dictionaries", type=Path, action="append", default=[])
    parser.add_argument("--no-builtin", action="store_true")
    parser.add_argument("paths", nargs="*", default=[str(sample_corpus())])
    args = parser.parse_args()
    articles = [a for a in read_paths(args.paths) if not isinstance(a, Skipped)]
    t0 = time.perf_counter()
    pipeline = build_pipeline(args.dictionaries, builtin=not args.no_builtin)
    load = time.perf_counter() - t0
    timings = {name: 0.0 for name in pipeline.names}
    sentences = events = 0
    for _ in range(args.repeat):
        for article in articles:
            for name, stage in pipeline.stages:
                start = time.perf_counter()
                article = stage(article)
                timings[name] += time.perf_counter() - start
            sentences += len(article.sentences)
            events += len(article.events)
    total = sum(timings.values())
    print(
        f"articles: {len(articles)}  sentences: {sentences // args.repeat}  "
        f"events: {events // args.repeat}  (x{args.repeat} runs)"
    )
    print(f"dictionary load + compile: {load:.2f} s")
    print(f"pipeline: {sentences / total:,.0f} sentences/s per core")
    for name, seconds in timings.items():
        print(f"  {name:<8} {sentences / seconds:>12,.0f} sentences/s")


if __name__ == "__main__":
    main()
