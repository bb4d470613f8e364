"""The evaluation gate: scores on the gold suites never drop below the pinned baseline.

    python tests/eval/gate.py            # compare with tests/eval/baseline.json, exit 1 on a drop
    python tests/eval/gate.py --update   # raise the floors to today's scores (never lowers one
                                         # unless --allow-regression is given)

Raising the baseline is its own commit. Suites in ../shared/gold are scored when present; the
project's own development sentences and held-out sets (tests/events/data) always are.
"""

from __future__ import annotations

import argparse
import functools
import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SHARED = ROOT.parent / "shared"
BASELINE = HERE / "baseline.json"

#: name -> (gold file, dictionaries folder or None, use built-in dictionaries)
SUITES: dict[str, tuple[Path, Path | None, bool]] = {
    "cameo_manual_examples": (SHARED / "gold" / "cameo_manual_examples.jsonl", None, True),
    "plover_gsr_cameo": (SHARED / "gold" / "plover_gsr_cameo.jsonl", None, True),
    "petr2_gsr_validation": (SHARED / "gold" / "petr2_gsr_validation.jsonl", None, True),
    "petr_unittest_ud2": (
        SHARED / "gold" / "petr_unittest_ud2.jsonl",
        SHARED / "dictionaries" / "petr_validate_ud2",
        False,
    ),
    "ngec_actor_resolution": (SHARED / "gold" / "ngec_actor_resolution_tests.jsonl", None, True),
    "actor_mentions": (ROOT / "tests" / "actors" / "data" / "actor_mentions.jsonl", None, True),
}
for _own in sorted((ROOT / "tests" / "events" / "data").glob("dev_sentences_*.jsonl")):
    SUITES[_own.stem] = (_own, None, True)
# our own held-out sets: scored blind when written and at every release, never tuned on
for _own in sorted((ROOT / "tests" / "events" / "data").glob("holdout_*.jsonl")):
    SUITES[_own.stem] = (_own, None, True)


@functools.cache
def _pipeline(dictionaries: Path | None, builtin: bool) -> Any:
    from entente.api import build_pipeline

    return build_pipeline([dictionaries] if dictionaries else [], builtin=builtin)


def score(name: str) -> dict[str, Any] | None:
    """Scores of one suite (None when its gold file is absent)."""
    from entente.evaluate import score_file

    path, dictionaries, builtin = SUITES[name]
    if not path.exists() or (dictionaries is not None and not dictionaries.exists()):
        return None
    result = score_file(path, _pipeline(dictionaries, builtin))
    return {"digest": result.digest, "scores": result.headline()}


def compare(name: str, floor: dict[str, Any], now: dict[str, Any]) -> list[str]:
    """Problems of one suite against its floor (empty when it holds)."""
    if floor.get("digest") and floor["digest"] != now["digest"]:
        return [
            f"{name}: gold file changed (digest {now['digest']} != {floor['digest']}); "
            "re-pin it with --update in its own commit"
        ]
    return [
        f"{name}: {metric} {now['scores'].get(metric, 0.0):.4f} < floor {value:.4f}"
        for metric, value in floor["scores"].items()
        if now["scores"].get(metric, 0.0) + 1e-9 < value
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--update", action="store_true", help="raise floors to today's scores")
    parser.add_argument(
        "--allow-regression", action="store_true", help="with --update: also lower floors"
    )
    args = parser.parse_args(argv)
    baseline = json.loads(BASELINE.read_text()) if BASELINE.exists() else {}
    problems: list[str] = []
    for name in SUITES:
        now = score(name)
        if now is None:
            print(f"{name}: gold file not present, skipped")
            continue
        print(f"{name}: " + ", ".join(f"{k} {v:.4f}" for k, v in now["scores"].items()))
        floor = baseline.get(name)
        if floor is None or args.update:
            if floor and not args.allow_regression:
                now["scores"] = {
                    k: max(v, floor["scores"].get(k, v)) for k, v in now["scores"].items()
                }
            baseline[name] = now
        else:
            problems += compare(name, floor, now)
    if args.update:
        # a suite whose gold file was renamed or removed leaves no stale floor behind
        baseline = {name: floor for name, floor in baseline.items() if name in SUITES}
        BASELINE.write_text(json.dumps(baseline, indent=2, sort_keys=True) + "\n")
        print(f"wrote {BASELINE}")
    for problem in problems:
        print("REGRESSION " + problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
