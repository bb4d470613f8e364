"""Findings in words, each backed by the events that drive it.

* "Hamas–Iran cooperation in 2018-Q1 is the highest since 2011-Q3" — a period whose cooperation
  rate (cooperative events per 1,000 events, so growing coverage does not fake a trend) exceeds
  every period since an earlier one;
* "… most hostile since …" — the same for the conflict rate;
* turning points — change points in the cooperation–conflict index, found by binary
  segmentation of the series (a split is kept when it lowers the squared error by more than a
  penalty), each with the mean index before and after.

Uncertain periods (too few events) never carry a finding.

:func:`dyad_analysis` is what an analyst sees — the series with its periods without events kept
as gaps, and its findings — and the one path both ``entente dyad`` and ``entente report`` take.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from entente.analysis.dyad import (
    ActorSelector,
    DyadPeriod,
    coarse_events,
    dyad_clause,
    dyad_series,
    next_period,
    period_number,
    precision_clause,
)
from entente.errors import QueryError
from entente.store import Store

__all__ = [
    "DyadAnalysis",
    "Finding",
    "change_points",
    "dyad_analysis",
    "dyad_findings",
    "evidence_for",
    "record_since",
]


@dataclass(frozen=True)
class Finding:
    """A statement about a dyad with the period it concerns and its supporting events.

    kind (str): ``highest_cooperation``, ``most_hostile`` or ``turning_point``.
    since (str | None): label of the last earlier period that was as high (or "the start").
    evidence (list[dict]): events with their sentences and articles, strongest first.
    """

    kind: str
    text: str
    period: str
    start: dt.date
    end: dt.date
    value: float
    since: str | None = None
    evidence: list[dict[str, Any]] = field(default_factory=list)


def record_since(
    series: Sequence[DyadPeriod], i: int, metric: Callable[[DyadPeriod], float]
) -> tuple[int | None, bool]:
    """How far back period ``i`` is a record: the last earlier certain period with a value at least
    as high. RETURNS (tuple[int | None, bool]): its index (None when none) and whether ``i`` beats
    everything before it."""
    value = metric(series[i])
    for j in range(i - 1, -1, -1):
        if not series[j].uncertain and metric(series[j]) >= value:
            return j, False
    return None, True


def change_points(
    values: Sequence[float],
    *,
    penalty: float | None = None,
    min_size: int = 2,
    min_sigma: float = 0.25,
) -> list[int]:
    """Binary segmentation on the mean. RETURNS (list[int]): indexes where a new regime starts.

    penalty (float | None): minimum drop in squared error for a split (default: 2 σ² log n, a
        BIC-like choice, with the noise σ estimated from successive differences so that the
        shifts themselves do not inflate it).
    min_sigma (float): floor of σ in the units of the values (the index lies in [−1, 1]): with
        few events the index saturates at ±1, successive differences are mostly 0 and a single
        dip must not become a regime.
    """
    n = len(values)
    if n < 2 * min_size:
        return []
    if penalty is None:
        import math

        diffs = sorted(abs(values[i] - values[i - 1]) for i in range(1, n))
        sigma = diffs[len(diffs) // 2] / (0.6745 * math.sqrt(2))
        penalty = 2 * max(sigma, min_sigma) ** 2 * math.log(n)
    found: list[int] = []

    def cost(lo: int, hi: int) -> float:
        seg = values[lo:hi]
        m = sum(seg) / len(seg)
        return sum((v - m) ** 2 for v in seg)

    def split(lo: int, hi: int) -> None:
        if hi - lo < 2 * min_size:
            return
        whole = cost(lo, hi)
        best, where = 0.0, None
        for k in range(lo + min_size, hi - min_size + 1):
            gain = whole - cost(lo, k) - cost(k, hi)
            if gain > best:
                best, where = gain, k
        if where is not None and best > penalty:
            found.append(where)
            split(lo, where)
            split(where, hi)

    split(0, n)
    return sorted(found)


def evidence_for(
    store: Store,
    a: ActorSelector,
    b: ActorSelector,
    start: dt.date,
    end: dt.date,
    *,
    quads: tuple[int, ...] = (1, 2, 3, 4),
    directed: bool = False,
    limit: int = 5,
    by: str | None = None,
) -> list[dict[str, Any]]:
    """The events of a dyad between two dates (inclusive), strongest Goldstein weight first,
    with their sentence and article. by (str | None): the events a period of that length counts
    (not those dated only to a coarser month, year or span), as in the series; None: all."""
    clause, params = dyad_clause(a, b, directed=directed)
    precise = precision_clause(by) if by is not None else "TRUE"
    marks = ",".join("?" * len(quads))
    sql = f"""
        SELECT e.id, e.date, e.source, e.source_name, e.target, e.target_name, e.cameo,
               e.quad_class, e.goldstein, e.plover, e.rule, e.article_id, a.title, a.source AS url,
               substr(a.text, s.start_char + 1, s.end_char - s.start_char) AS sentence
        FROM events e JOIN articles a ON a.key = e.article_key
        JOIN sentences s ON s.article_key = e.article_key AND s.idx = e.sentence
        WHERE {clause.replace("source", "e.source").replace("target", "e.target")}
          AND e.date BETWEEN ? AND ? AND e.quad_class IN ({marks}) AND {precise}
        ORDER BY abs(e.goldstein) DESC, e.date, e.id LIMIT {int(limit)}
    """
    cur = store.con.execute(sql, [*params, start, end, *quads])
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


def dyad_findings(
    store: Store,
    a: ActorSelector,
    b: ActorSelector,
    series: Sequence[DyadPeriod],
    *,
    by: str = "quarter",
    min_gap: int = 3,
    directed: bool = False,
    evidence: int = 5,
    since: dt.date | None = None,
    until: dt.date | None = None,
) -> list[Finding]:
    """Findings for a dyad series, newest first within each kind.

    since, until (date | None): the bounds the series was computed with; evidence stays inside.

    min_gap (int): a "highest since" finding needs at least this many calendar periods since the
        last period that was as high (or since the start of the series, counting its first
        period), whether or not ``series`` holds the periods without events.
    """
    name = f"{a.label}–{b.label}"
    origin = period_number(series[0].period, by) - 1 if series else 0
    found: list[Finding] = []

    def support(period: DyadPeriod, quads: tuple[int, ...]) -> tuple[dt.date, list[dict[str, Any]]]:
        """The period's last day and its strongest events of ``quads``, within since … until."""
        end = next_period(period.period, by) - dt.timedelta(days=1)
        rows = evidence_for(
            store,
            a,
            b,
            max(period.period, since or period.period),
            min(end, until or end),
            quads=quads,
            directed=directed,
            limit=evidence,
            by=by,
        )
        return end, rows

    rules: list[tuple[str, str, Callable[[DyadPeriod], float], tuple[int, ...], str]] = [
        ("highest_cooperation", "cooperation", lambda p: p.coop_rate, (1, 2), "highest"),
        ("most_hostile", "hostility", lambda p: p.conflict_rate, (3, 4), "highest"),
    ]
    for kind, noun, metric, quads, word in rules:
        for i, period in enumerate(series):
            if period.uncertain or metric(period) <= 0:
                continue
            j, record = record_since(series, i, metric)
            last = period_number(series[j].period, by) if j is not None else origin
            gap = period_number(period.period, by) - last
            if i == 0 or gap < min_gap:
                continue
            earlier = None if record else series[j].label  # type: ignore[index]
            text = (
                f"{name} {noun} in {period.label} is the {word} since "
                f"{earlier or 'the start of the record'} ({metric(period):.1f} per 1,000 events)"
            )
            end, rows = support(period, quads)
            found.append(
                Finding(kind, text, period.label, period.period, end, metric(period), earlier, rows)
            )
    certain = [p for p in series if not p.uncertain and p.index is not None]
    for k in change_points([p.index for p in certain]):  # type: ignore[misc]
        before = [p.index for p in certain[:k]]
        after = [p.index for p in certain[k:]]
        mb, ma = sum(before) / len(before), sum(after) / len(after)  # type: ignore[arg-type]
        period = certain[k]
        direction = "warmer" if ma > mb else "colder"
        text = (
            f"{name} relations turned {direction} in {period.label}: the index averaged "
            f"{mb:+.2f} before and {ma:+.2f} from then on"
        )
        end, rows = support(period, (1, 2) if ma > mb else (3, 4))
        found.append(
            Finding("turning_point", text, period.label, period.period, end, ma - mb, None, rows)
        )
    order = {"turning_point": 0, "highest_cooperation": 1, "most_hostile": 2}
    found.sort(key=lambda f: (order[f.kind], -f.start.toordinal()))
    return found


@dataclass(frozen=True)
class DyadAnalysis:
    """A dyad as an analyst sees it, in the terminal (``entente dyad``) or in a report.

    series (list[DyadPeriod]): every calendar period from the first with events to the last one;
        those without events are kept (``events == 0``, ``index`` None) and shown as gaps.
    findings (list[Finding]): as :func:`dyad_findings` gives them for ``series``.
    coarse (int): the dyad's events left out of ``series`` because only their month or year, or
        a longer span (a named period), is known, coarser than its periods
        (:func:`~entente.analysis.dyad.coarse_events`).
    """

    series: list[DyadPeriod]
    findings: list[Finding]
    coarse: int = 0


def dyad_analysis(
    store: Store,
    a: ActorSelector,
    b: ActorSelector,
    *,
    by: str = "quarter",
    directed: bool = False,
    since: dt.date | None = None,
    until: dt.date | None = None,
    normalize: str = "total",
    min_events: int = 3,
    window: int = 3,
    min_gap: int = 3,
    evidence: int = 5,
) -> DyadAnalysis:
    """The series (gaps kept) and findings of a dyad: the one computation behind both the terminal
    report and the HTML report, so that they always agree. Options as in
    :func:`~entente.analysis.dyad.dyad_series` and :func:`dyad_findings`. RETURNS (DyadAnalysis).
    """
    if evidence < 0:
        raise QueryError(f"evidence must be 0 or more events per finding, not {evidence}")
    series = dyad_series(
        store,
        a,
        b,
        by=by,
        directed=directed,
        since=since,
        until=until,
        normalize=normalize,
        min_events=min_events,
        window=window,
        fill_gaps=True,
    )
    findings = dyad_findings(
        store,
        a,
        b,
        series,
        by=by,
        min_gap=min_gap,
        directed=directed,
        evidence=evidence,
        since=since,
        until=until,
    )
    coarse = coarse_events(store, a, b, by=by, directed=directed, since=since, until=until)
    return DyadAnalysis(series, findings, coarse)
