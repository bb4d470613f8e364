"""Dyad analysis: how the relationship between two actors changes over time.

All aggregation runs as DuckDB SQL over the store's ``events`` table.

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

__all__ = ["PERIODS", "ActorSelector", "DyadPeriod", "dyad_series", "resolve_actor"]

PERIODS = ("day", "week", "month", "quarter", "year")


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
    share (float): the dyad's events per 1,000 events of the whole store in that period.
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


def resolve_actor(query: str, store: Store | None = None) -> ActorSelector:
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
    raise QueryError(
        f"unknown actor {query!r}: give a code (IRN, PSEREBHMS) or a known name; "
        "'entente actors QUERY' searches the knowledge base"
    )


def dyad_series(
    store: Store,
    a: ActorSelector,
    b: ActorSelector,
    *,
    by: str = "quarter",
    directed: bool = False,
    since: dt.date | None = None,
    until: dt.date | None = None,
) -> list[DyadPeriod]:
    """Series of a dyad's events by period (only periods with events).

    directed (bool): only events with ``a`` as source and ``b`` as target; otherwise both ways.
    RETURNS (list[DyadPeriod]) in time order.
    """
    if by not in PERIODS:
        raise QueryError(f"unknown period {by!r}; use one of {', '.join(PERIODS)}")
    dyad = "(source LIKE ? AND target LIKE ?)"
    params: list[Any] = [a.prefix + "%", b.prefix + "%"]
    if not directed:
        dyad = f"({dyad} OR (source LIKE ? AND target LIKE ?))"
        params += [b.prefix + "%", a.prefix + "%"]
    bounds = ""
    if since:
        bounds += " AND date >= ?"
        params.append(since)
    if until:
        bounds += " AND date <= ?"
        params.append(until)
    sql = f"""
        WITH totals AS (
            SELECT date_trunc('{by}', date) AS period, count(*) AS all_events
            FROM events WHERE date IS NOT NULL GROUP BY 1
        ), dyad AS (
            SELECT date_trunc('{by}', date) AS period,
                   count(*) AS n,
                   count(*) FILTER (WHERE quad_class = 1) AS q1,
                   count(*) FILTER (WHERE quad_class = 2) AS q2,
                   count(*) FILTER (WHERE quad_class = 3) AS q3,
                   count(*) FILTER (WHERE quad_class = 4) AS q4,
                   sum(goldstein) AS gsum, avg(goldstein) AS gmean
            FROM events WHERE date IS NOT NULL AND {dyad} {bounds} GROUP BY 1
        )
        SELECT d.period, n, q1, q2, q3, q4, gsum, gmean, 1000.0 * n / t.all_events
        FROM dyad d JOIN totals t USING (period) ORDER BY d.period
    """
    rows = store.con.execute(sql, params).fetchall()
    out = []
    for period, n, q1, q2, q3, q4, gsum, gmean, share in rows:
        period = period.date() if isinstance(period, dt.datetime) else period
        index = ((q1 + q2) - (q3 + q4)) / n if n else None
        out.append(
            DyadPeriod(
                period,
                period_label(period, by),
                n,
                q1,
                q2,
                q3,
                q4,
                float(gsum),
                float(gmean) if gmean is not None else None,
                index,
                float(share),
            )
        )
    return out
