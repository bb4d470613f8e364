"""Findings on hand-built series and event sets with known answers."""

from __future__ import annotations

import datetime as dt

import pytest

from analysis.builders import HAMAS, IRAN, store_of
from entente.analysis.dyad import DyadPeriod, dyad_series
from entente.analysis.findings import change_points, dyad_findings, record_since


def quarters(spec, *, total=10, start=2016):
    """Rows for consecutive quarters from ``start``-Q1. spec: one (cooperative, conflictual)
    count of Hamas–Iran events per quarter; other events pad each quarter to ``total``."""
    rows = []
    for k, (coop, conflict) in enumerate(spec):
        day = dt.date(start + k // 4, 3 * (k % 4) + 1, 15)
        rows += [(day, "PSEREBHMS", "IRN", "042")] * coop
        rows += [(day, "IRN", "PSEREBHMS", "111")] * conflict
        rows += [(day, "USA", "RUS", "042")] * (total - coop - conflict)
    return rows


def findings_for(spec, **options):
    with store_of(quarters(spec, total=options.pop("total", 10))) as store:
        series = dyad_series(store, HAMAS, IRAN, by="quarter", min_events=3)
        return series, dyad_findings(store, HAMAS, IRAN, series, by="quarter", **options)


def period(rate, *, uncertain=False):
    """A period with only the fields record_since looks at."""
    return DyadPeriod(dt.date(2018, 1, 1), "x", 5, 5, 0, 0, 0, 0.0, None, 1.0, rate, rate, 0.0,
                      uncertain, None)  # fmt: skip


@pytest.mark.parametrize(
    ("rates", "uncertain", "expected"),
    [
        ([50, 10, 10, 10, 40], [], (0, False)),
        ([50, 10, 10, 10, 50], [], (0, False)),  # as high counts as "since"
        ([10, 10, 10, 10, 40], [], (None, True)),
        ([10, 90, 10, 10, 40], [1], (None, True)),  # uncertain periods do not count
        ([10, 30, 50, 20, 40], [], (2, False)),
    ],
)
def test_findings_record_since(rates, uncertain, expected):
    series = [period(r, uncertain=i in uncertain) for i, r in enumerate(rates)]
    assert record_since(series, len(series) - 1, lambda p: p.coop_rate) == expected


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        ([1, 1, 1, 1, -1, -1, -1, -1], [4]),
        ([0.8, 0.9, 0.85, 0.8, 0.9, -0.5, -0.6, -0.55, -0.5, -0.6], [5]),
        ([1, 1, 1, 1, -1, -1, -1, -1, 1, 1, 1, 1], [4, 8]),
        ([0.2, -0.1, 0.3, 0.0, 0.1, 0.25, -0.05, 0.15], []),
        ([0.5] * 10, []),
        ([1, -1, 1], []),  # too short for two segments of two
    ],
)
def test_findings_change_points(values, expected):
    assert change_points(values) == expected


@pytest.mark.parametrize(("penalty", "expected"), [(0.5, [4]), (100.0, [])])
def test_findings_change_points_explicit_penalty(penalty, expected):
    assert change_points([1, 1, 1, 1, -1, -1, -1, -1], penalty=penalty) == expected


def test_findings_change_points_ignore_a_single_dip():
    assert change_points([1, 1, 1, 0.5, 1, 1, 1, 1]) == []


@pytest.mark.parametrize(
    ("last", "since", "text_since"),
    [
        (6, "2016-Q1", "2016-Q1"),
        (8, "2016-Q1", "2016-Q1"),
        (9, None, "the start of the record"),
    ],
)
def test_findings_highest_since_names_the_right_period(last, since, text_since):
    # Cooperation per 1,000 events: 800, 300, 300, 300, then 10 × last.
    _, found = findings_for([(8, 0), (3, 0), (3, 0), (3, 0), (last, 0)])
    (finding,) = found
    assert finding.kind == "highest_cooperation"
    assert (finding.period, finding.since, finding.value) == ("2017-Q1", since, 100.0 * last)
    assert finding.text == (
        f"Hamas–Iran cooperation in 2017-Q1 is the highest since {text_since} "
        f"({100.0 * last:.1f} per 1,000 events)"
    )
    assert (finding.start, finding.end) == (dt.date(2017, 1, 1), dt.date(2017, 3, 31))


@pytest.mark.parametrize(("min_gap", "periods"), [(3, []), (2, ["2016-Q3"])])
def test_findings_highest_since_needs_min_gap(min_gap, periods):
    # 2016-Q3 (400) is the highest since 2016-Q1 (500), two periods back.
    _, found = findings_for([(5, 0), (3, 0), (4, 0)], min_gap=min_gap)
    assert [f.period for f in found] == periods
    assert all(f.since == "2016-Q1" for f in found)


def test_findings_evidence_rows_are_the_periods_events():
    _, found = findings_for([(8, 0), (3, 0), (3, 0), (3, 0), (6, 0)], evidence=4)
    (finding,) = found
    assert len(finding.evidence) == 4
    for row in finding.evidence:
        assert row["date"] == dt.date(2017, 1, 15)
        assert (row["source"], row["target"], row["cameo"]) == ("PSEREBHMS", "IRN", "042")
        assert row["sentence"].startswith("Sentence ") and row["sentence"].endswith("2017-01-15.")
        assert row["article_id"].startswith("a")


def test_findings_turning_point_at_the_right_period():
    _, found = findings_for([(4, 0)] * 4 + [(0, 4)] * 4)
    turning = [f for f in found if f.kind == "turning_point"]
    (point,) = turning
    assert point.period == "2017-Q1"
    assert point.value == pytest.approx(-2.0)
    assert point.text == (
        "Hamas–Iran relations turned colder in 2017-Q1: the index averaged +1.00 before and "
        "-1.00 from then on"
    )
    assert {row["quad_class"] for row in point.evidence} == {3}
    assert [f.kind for f in found] == ["turning_point", "most_hostile"]
    assert found[1].period == "2017-Q1" and found[1].since is None


@pytest.mark.parametrize(
    "spec",
    [
        # The change falls in an uncertain period (2 events in 2017-Q1).
        [(4, 0)] * 4 + [(0, 2)] + [(0, 4)] * 3,
        # The highest cooperation rate by far is an uncertain period (2 events of 3).
        [(3, 0), (3, 1), (3, 1), (4, 1), (2, 0)],
        # Only uncertain periods with conflict.
        [(3, 0), (0, 1), (3, 0), (3, 0), (3, 0), (0, 2)],
        # Uncertain extremes at both ends around a real change.
        [(2, 0)] + [(5, 0)] * 3 + [(0, 5)] * 3 + [(0, 1)],
    ],
)
def test_findings_never_rest_on_uncertain_periods(spec):
    series, found = findings_for(spec)
    uncertain = {p.label for p in series if p.uncertain}
    assert uncertain
    assert not [f.period for f in found if f.period in uncertain]


def test_findings_turning_point_skips_the_uncertain_period():
    _, found = findings_for([(4, 0)] * 4 + [(0, 2)] + [(0, 4)] * 3)
    (point,) = [f for f in found if f.kind == "turning_point"]
    assert point.period == "2017-Q2"
