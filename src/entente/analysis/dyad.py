"""Dyad analysis: how the relationship between two actors changes over time.

All aggregation runs as DuckDB SQL over the store's ``events`` table.

Coarse dates: an event whose sentence names only its month ("in March 2011") or year ("in 2007")
is stored with that period's first day and ``date_precision`` ``month`` or ``year`` (see
:mod:`entente.events.dates`). It is counted only in periods at least as long as what is known of
its date: a month-dated event in series by month, quarter or year, a year-dated one only by year;
series by day or week count day-dated events only. Putting a year-dated event in January would
make a spike that never happened, and spreading it over the months would invent counts; leaving
it out of a finer series is what an analyst expects, and :func:`coarse_events` says how many were
left out (``entente dyad`` and ``entente report`` print it). An event dated by a named period
("during the Syrian war", ``date_precision`` ``period``, from ``date`` to ``date_end``) counts
only in a series period that holds its whole span, which for most such spans (several years)
is none: it is then left out of every series, and counted among those left out. Denominators
(all events of the period) follow the same rule. Date bounds (``since``/``until``) compare the
stored first day.

An actor is selected by code prefix: ``IRN`` is every Iranian actor (``IRN``, ``IRNGOV``,
``IRNMIL`` …), ``PSEREBHMS`` is Hamas. :func:`resolve_actor` turns a name or alias ("Hamas",
"Iran", "the Palestinian Authority") into such a selector with the knowledge base.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from entente.errors import QueryError
from entente.store import Store

__all__ = [
    "PERIODS",
    "ActorSelector",
    "DyadPeriod",
    "coarse_events",
    "date_bounds",
    "dyad_clause",
    "dyad_series",
    "next_period",
    "period_label",
    "period_number",
    "precision_clause",
    "resolve_actor",
]

PERIODS = ("day", "week", "month", "quarter", "year")
#: the date precisions (``Event.date_precision``) counted in periods of each length: a period
#: counts an event only when the event's date is known at least as finely as the period
_COUNTED = {
    "day": ("day",),
    "week": ("day",),
    "month": ("day", "month"),
    "quarter": ("day", "month"),
    "year": ("day", "month", "year"),
}


@dataclass(frozen=True)
class ActorSelector:
    """Which events' actors count as this side of the dyad: codes starting with ``prefix``."""

    prefix: str
    label: str


@dataclass(frozen=True)
class DyadPeriod:
    """Event counts and scores for one period of a dyad.

    verbal_coop, material_coop, verbal_conflict, material_conflict (int): counts per quad class.
    index (float | None): cooperation–conflict index, (coop − conflict) / events, in [−1, 1].
    share (float): the dyad's events per 1,000 events of the period's denominator (normalised
        volume: news coverage grows and is uneven).
    coop_rate, conflict_rate (float): cooperative / conflictual dyad events per 1,000 events of
        the denominator: all events of the period (``normalize="total"``) or the events involving
        either actor (``normalize="actors"``).
    uncertain (bool): fewer events than ``min_events``: shown, but no finding rests on it.
    smoothed (float | None): rolling mean of ``index`` over the last ``window`` calendar periods
        (those of them with events; a period without events has none), whether or not the
        series includes the periods without events.
    plover_mean (float | None): mean PLOVER conflict–cooperation score (−10 … +10) of the events
        (event type and mode scores of the PLOVER manual).

    """

    period: dt.date
    label: str
    events: int
    verbal_coop: int
    material_coop: int
    verbal_conflict: int
    material_conflict: int
    goldstein_sum: float
    goldstein_mean: float | None
    index: float | None
    share: float
    coop_rate: float
    conflict_rate: float
    uncertain: bool
    smoothed: float | None
    plover_mean: float | None = None

    @property
    def cooperation(self) -> int:
        """Cooperative events (quad classes 1 and 2)."""
        return self.verbal_coop + self.material_coop

    @property
    def conflict(self) -> int:
        """Conflictual events (quad classes 3 and 4)."""
        return self.verbal_conflict + self.material_conflict


def period_label(period: dt.date, by: str) -> str:
    """RETURNS (str): "2018-Q1", "2018-03", "2018", "2018-W09" or the ISO day."""
    if by == "quarter":
        return f"{period.year}-Q{(period.month - 1) // 3 + 1}"
    if by == "month":
        return f"{period.year}-{period.month:02d}"
    if by == "year":
        return str(period.year)
    if by == "week":
        iso = period.isocalendar()
        return f"{iso.year}-W{iso.week:02d}"
    return period.isoformat()


def next_period(start: dt.date, by: str) -> dt.date:
    """RETURNS (date): the start of the period after the one starting on ``start``."""
    if by in ("day", "week"):
        return start + dt.timedelta(days=1 if by == "day" else 7)
    month = start.month - 1 + {"month": 1, "quarter": 3, "year": 12}[by]
    return dt.date(start.year + month // 12, month % 12 + 1, 1)


def period_number(day: dt.date, by: str) -> int:
    """RETURNS (int): the calendar period holding ``day`` counted from a fixed origin, so that
    ``period_number(b, by) - period_number(a, by)`` is how many periods ``b`` comes after ``a``
    (weeks start on Monday, as ISO weeks do)."""
    if by == "day":
        return day.toordinal()
    if by == "week":
        return (day.toordinal() - 1) // 7  # ordinal 1, 0001-01-01, is a Monday
    return (day.year * 12 + day.month - 1) // {"month": 1, "quarter": 3, "year": 12}[by]


def resolve_actor(query: str) -> ActorSelector:
    """Resolve a code, name or alias to an :class:`ActorSelector`.

    Raises QueryError when nothing matches.
    """
    from entente.actors.kb import normalize_phrase
    from entente.actors.stage import knowledge_base

    text = query.strip()
    if text.isupper() and text.replace("-", "").isalnum() and len(text) % 3 == 0:
        return ActorSelector(text, text)
    kb = knowledge_base()
    key = normalize_phrase(text)
    for candidate in (key, normalize_phrase(f"the {text}"), key.removeprefix("the ")):
        for sense in kb.phrases.get(candidate, []):
            if sense.entry is not None and sense.function in ("name", "population", "adjective"):
                return ActorSelector(sense.entry.code, sense.entry.name)
            if sense.function == "seat" and sense.code:
                return ActorSelector(sense.code, text)
    raise QueryError(
        f"unknown actor {query!r}: give a code (IRN, PSEREBHMS) or a known name; "
        "'entente actors QUERY' searches the knowledge base"
    )


def dyad_clause(a: ActorSelector, b: ActorSelector, *, directed: bool) -> tuple[str, list[Any]]:
    """SQL condition (and parameters) selecting the events of a dyad."""
    clause = "(source LIKE ? AND target LIKE ?)"
    params: list[Any] = [a.prefix + "%", b.prefix + "%"]
    if not directed:
        clause = f"({clause} OR (source LIKE ? AND target LIKE ?))"
        params += [b.prefix + "%", a.prefix + "%"]
    return clause, params


def precision_clause(by: str) -> str:
    """SQL condition keeping the events whose date is known at least as finely as a period of
    ``by`` (a stored NULL precision, from a store older than the column, is a day), and those
    dated by a span that lies within one period of ``by``."""
    if by not in _COUNTED:
        raise QueryError(f"unknown period {by!r}; use one of {', '.join(PERIODS)}")
    kept = ", ".join(f"'{p}'" for p in _COUNTED[by])
    # a span ("during the second intifada": 2000-09-28 … 2005-02-08) only in a period that
    # holds all of it: the period of its first day is then the period of its last
    return (
        f"(coalesce(date_precision, 'day') IN ({kept}) OR (date_precision = 'period'"
        f" AND date_trunc('{by}', date) = date_trunc('{by}', date_end)))"
    )


def coarse_events(
    store: Store,
    a: ActorSelector,
    b: ActorSelector,
    *,
    by: str = "quarter",
    directed: bool = False,
    since: dt.date | None = None,
    until: dt.date | None = None,
) -> int:
    """RETURNS (int): the dyad's dated events within the bounds that a series by ``by`` leaves
    out because only their month or year, or a longer span, is known (see the module
    docstring)."""
    dyad, params = dyad_clause(a, b, directed=directed)
    bounds, bound_params = date_bounds(since, until)
    sql = (
        f"SELECT count(*) FROM events WHERE date IS NOT NULL AND {dyad} {bounds}"
        f" AND NOT ({precision_clause(by)})"
    )
    row = store.con.execute(sql, [*params, *bound_params]).fetchone()
    return int(row[0]) if row else 0


def date_bounds(since: dt.date | None, until: dt.date | None) -> tuple[str, list[Any]]:
    """SQL (`` AND date >= ? AND date <= ?``, as needed) and parameters for inclusive bounds."""
    sql, params = "", []
    if since:
        sql += " AND date >= ?"
        params.append(since)
    if until:
        sql += " AND date <= ?"
        params.append(until)
    return sql, params


def _plover_scores() -> list[tuple[str, str, float]]:
    """(event, mode, score) for every PLOVER type ('' mode) and mode with a score."""
    from entente.events.ontology import plover_types

    rows = []
    for ptype in plover_types():
        if ptype.score is not None:
            rows.append((ptype.event, "", float(ptype.score)))
        for mode in ptype.modes:
            if mode.score is not None:
                rows.append((ptype.event, mode.mode, float(mode.score)))
    return rows


def dyad_series(
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
    fill_gaps: bool = False,
) -> list[DyadPeriod]:
    """Series of a dyad's events by period (only periods with events, unless ``fill_gaps``).

    directed (bool): only events with ``a`` as source and ``b`` as target; otherwise both ways.
    Events dated only to a month or year count only in periods at least that long, those dated
    by a span only in a period holding it (see the module docstring; :func:`coarse_events`
    counts those left out).
    normalize (str): denominator of the rates: ``total`` or ``actors`` (see DyadPeriod).
    min_events (int): periods with fewer events are marked ``uncertain``.
    window (int): calendar periods in the rolling mean of the index.
    fill_gaps (bool): also return the periods without events between the first and the last one
        (``events == 0``, ``index`` None, uncertain unless ``min_events`` is 0), so that gaps stay
        visible; :func:`~entente.analysis.findings.dyad_analysis` does so. Nothing else depends
        on it: every period's values are the same either way.
    RETURNS (list[DyadPeriod]) in time order.
    """
    if by not in PERIODS:
        raise QueryError(f"unknown period {by!r}; use one of {', '.join(PERIODS)}")
    if normalize not in ("total", "actors"):
        raise QueryError(f"unknown normalisation {normalize!r}; use 'total' or 'actors'")
    if min_events < 0:
        raise QueryError(f"min_events must be 0 or more, not {min_events}")
    dyad, params = dyad_clause(a, b, directed=directed)
    bounds, bound_params = date_bounds(since, until)
    scope, scope_params = precision_clause(by), []
    if normalize == "actors":
        scope += " AND (source LIKE ? OR target LIKE ? OR source LIKE ? OR target LIKE ?)"
        scope_params = [a.prefix + "%", a.prefix + "%", b.prefix + "%", b.prefix + "%"]
    # `by` is checked against PERIODS and the clauses are fixed strings: values are parameters.
    scores = _plover_scores()
    score_rows = ", ".join("(?, ?, ?)" for _ in scores) or "(NULL, NULL, NULL)"
    score_params = [v for row in scores for v in row]
    sql = f"""
        WITH scores(plover, mode, score) AS (VALUES {score_rows}),
        totals AS (
            SELECT date_trunc('{by}', date) AS period, count(*) AS all_events
            FROM events WHERE date IS NOT NULL AND {scope} {bounds} GROUP BY 1
        ), dyad AS (
            SELECT date_trunc('{by}', date) AS period, count(*) AS n,
                   count(*) FILTER (WHERE quad_class = 1) AS q1,
                   count(*) FILTER (WHERE quad_class = 2) AS q2,
                   count(*) FILTER (WHERE quad_class = 3) AS q3,
                   count(*) FILTER (WHERE quad_class = 4) AS q4,
                   sum(goldstein) AS gsum, avg(goldstein) AS gmean,
                   avg(coalesce(m.score, t.score)) AS pmean
            FROM events e
            LEFT JOIN scores m ON m.plover = e.plover AND m.mode = e.plover_mode
            LEFT JOIN scores t ON t.plover = e.plover AND t.mode = ''
            WHERE date IS NOT NULL AND {precision_clause(by)} AND {dyad} {bounds} GROUP BY 1
        ), calendar AS (
            SELECT unnest(range(min(period), max(period) + INTERVAL 1 {by},
                                INTERVAL 1 {by})) AS period
            FROM dyad
        )
        SELECT c.period, coalesce(n, 0), coalesce(q1, 0), coalesce(q2, 0), coalesce(q3, 0),
               coalesce(q4, 0), coalesce(gsum, 0), gmean, coalesce(t.all_events, 0), pmean
        FROM calendar c LEFT JOIN dyad d USING (period) LEFT JOIN totals t USING (period)
        ORDER BY c.period
    """
    rows = store.con.execute(
        sql, [*score_params, *scope_params, *bound_params, *params, *bound_params]
    ).fetchall()
    out: list[DyadPeriod] = []  # every calendar period: the rolling mean runs over the calendar
    for period, n, q1, q2, q3, q4, gsum, gmean, total, pmean in rows:
        day = period.date() if isinstance(period, dt.datetime) else period
        index = ((q1 + q2) - (q3 + q4)) / n if n else None
        recent = (
            [p.index for p in out[-(window - 1) :] if p.index is not None] if window > 1 else []
        )
        smoothed = (sum(recent) + index) / (len(recent) + 1) if index is not None else None
        total = total or 1
        out.append(
            DyadPeriod(
                period=day,
                label=period_label(day, by),
                events=n,
                verbal_coop=q1,
                material_coop=q2,
                verbal_conflict=q3,
                material_conflict=q4,
                goldstein_sum=float(gsum),
                goldstein_mean=float(gmean) if gmean is not None else None,
                index=index,
                share=1000.0 * n / total,
                coop_rate=1000.0 * (q1 + q2) / total,
                conflict_rate=1000.0 * (q3 + q4) / total,
                uncertain=n < min_events,
                smoothed=smoothed,
                plover_mean=float(pmean) if pmean is not None else None,
            )
        )
    return out if fill_gaps else [p for p in out if p.events]
