"""Dyad query speed on a large generated store.

Usage: python bench/bench_dyad.py [--events 10000000] [--db PATH] [--repeat 5]

Generates a store with N synthetic events (random dates 2000-2024, 60 actor codes, random CAMEO
roots) directly in DuckDB SQL, then times `dyad_series` (quarterly, both directions, normalised)
and the findings for one dyad, printing the median of several runs.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from entente.analysis.dyad import ActorSelector, dyad_series
from entente.analysis.findings import dyad_findings
from entente.store import Store

ACTORS = [
    f"{c}{s}"
    for c in ("IRN", "ISR", "USA", "SAU", "SYR", "TUR", "EGY", "QAT", "RUS", "IRQ", "LBN", "PSE")
    for s in ("", "GOV", "MIL", "REB", "CVL")
]


def generate(store: Store, n: int) -> float:
    """Fill the events table with n synthetic events. RETURNS (float): seconds taken."""
    start = time.perf_counter()
    codes = "[" + ",".join(f"'{c}'" for c in [*ACTORS, "PSEREBHMS"]) + "]"
    store.con.execute(f"""
        INSERT INTO events
        SELECT 'e' || i, 'k' || (i // 20), 'a' || (i // 20),
               DATE '2000-01-01' + CAST(floor(random() * 9131) AS INTEGER),
               s, s, substr(s, 1, 3), [], 'country', t, t, substr(t, 1, 3), [], 'country',
               lpad(CAST(r AS VARCHAR), 2, '0') || '0', lpad(CAST(r AS VARCHAR), 2, '0'),
               CASE WHEN r <= 5 THEN 1 WHEN r <= 8 THEN 2 WHEN r <= 13 THEN 3 ELSE 4 END,
               CASE WHEN r <= 8 THEN 3.0 ELSE -5.0 END, NULL, NULL, 0, 0, 1, 'bench', 1.0,
               NULL, NULL
        FROM (
            SELECT i, list_element({codes}, 1 + CAST(floor(random() * 61) AS INTEGER)) AS s,
                   list_element({codes}, 1 + CAST(floor(random() * 61) AS INTEGER)) AS t,
                   1 + CAST(floor(random() * 20) AS INTEGER) AS r
            FROM range({n}) AS g(i)
        )
    """)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--events", type=int, default=10_000_000)
    parser.add_argument("--db", type=Path, default=None)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = args.db or Path(tmp) / "bench.duckdb"
        with Store(path) as store:
            if store.counts()["events"] < args.events:
                print(f"generating {args.events:,} events … {generate(store, args.events):.1f} s")
            print(f"events in store: {store.counts()['events']:,}")
            hamas, iran = ActorSelector("PSEREBHMS", "Hamas"), ActorSelector("IRN", "Iran")
            timings, finding_timings = [], []
            for _ in range(args.repeat):
                t0 = time.perf_counter()
                series = dyad_series(store, hamas, iran, by="quarter")
                timings.append(time.perf_counter() - t0)
                t0 = time.perf_counter()
                dyad_findings(store, hamas, iran, series, by="quarter", evidence=0)
                finding_timings.append(time.perf_counter() - t0)
            print(
                f"dyad_series (quarterly, {len(series)} periods): "
                f"median {statistics.median(timings):.3f} s, best {min(timings):.3f} s"
            )
            print(f"findings (series given): median {statistics.median(finding_timings):.3f} s")


if __name__ == "__main__":
    main()
