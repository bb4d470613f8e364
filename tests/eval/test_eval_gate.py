"""CI gate: no evaluation score may drop below tests/eval/baseline.json."""

import json

import pytest

from eval import gate  # tests/ is on sys.path (rootdir conftest)

BASELINE = json.loads(gate.BASELINE.read_text()) if gate.BASELINE.exists() else {}


@pytest.mark.parametrize("name", sorted(BASELINE))
def test_eval_gate_score_not_below_floor(name):
    if name not in gate.SUITES:
        pytest.fail(f"{name} is pinned in baseline.json but no longer a suite")
    now = gate.score(name)
    if now is None:
        pytest.skip(
            f"{gate.SUITES[name][0]} not present (../shared is only beside the "
            "developers' checkout)"
        )
    assert gate.compare(name, BASELINE[name], now) == []


def test_eval_gate_every_available_suite_is_pinned():
    for name, (path, dictionaries, _) in gate.SUITES.items():
        if path.exists() and (dictionaries is None or dictionaries.exists()):
            assert name in BASELINE, f"{name}: run python tests/eval/gate.py --update"
