"""A dyad report: one self-contained HTML file (and optional PNG charts).

The HTML page needs nothing but itself: plotly.js is inlined once, styles are inline, fonts are
the reader's system fonts, and there are no images or scripts from elsewhere, so the report opens
offline and leaks no request when read. It holds a title and summary, the dyad's charts (events
per period by quad class, the cooperation–conflict index with its rolling mean, the rates per
1,000 events; periods with too few events are hatched and shaded), the findings in words, an
evidence table tying each finding to its events, sentences and articles, the actor network around
the dyad, and the series as a table.

This module gathers the data (:func:`build_report`, :func:`dyad_neighbourhood`) and is the one
to import from; the rendering lives in :mod:`~entente.analysis.report_model` (the
:class:`DyadReport` and what every chart needs), :mod:`~entente.analysis.report_html` (plotly
and the page) and :mod:`~entente.analysis.report_png` (matplotlib).

Example::

    report = build_report(store, resolve_actor("Hamas"), resolve_actor("Iran"), by="quarter")
    write_html(report, "hamas-iran.html")
    write_pngs(report, "charts/")
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from entente.analysis.dyad import ActorSelector, date_bounds
from entente.analysis.findings import dyad_analysis
from entente.analysis.report_html import render_html, report_figures, write_html
from entente.analysis.report_model import CHARTS, DyadReport
from entente.analysis.report_png import write_pngs
from entente.store import Store

__all__ = [
    "CHARTS",
    "DyadReport",
    "build_report",
    "dyad_neighbourhood",
    "render_html",
    "report_figures",
    "write_html",
    "write_pngs",
]


def build_report(
    store: Store,
    a: ActorSelector,
    b: ActorSelector,
    *,
    by: str = "quarter",
    since: dt.date | None = None,
    until: dt.date | None = None,
    directed: bool = False,
    normalize: str = "total",
    min_events: int = 3,
    window: int = 3,
    evidence: int = 5,
    top: int = 12,
) -> DyadReport:
    """Compute the series, findings and network of a dyad. RETURNS (DyadReport).

    The series and findings are :func:`~entente.analysis.findings.dyad_analysis`'s, as in the
    terminal (``entente dyad``): periods without events are kept in the series and left blank in
    the charts. Options as in :func:`~entente.analysis.dyad.dyad_series`; evidence (int): events
    per finding; top (int): edges in the network.
    """
    analysis = dyad_analysis(
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
        evidence=evidence,
    )
    network = dyad_neighbourhood(store, a, b, since=since, until=until, top=top)
    return DyadReport(
        a=a,
        b=b,
        by=by,
        series=analysis.series,
        findings=analysis.findings,
        network=network,
        since=since,
        until=until,
        directed=directed,
        normalize=normalize,
        min_events=min_events,
        window=window,
        store_path=store.path,
        coarse=analysis.coarse,
    )


def dyad_neighbourhood(
    store: Store,
    a: ActorSelector,
    b: ActorSelector,
    *,
    since: dt.date | None = None,
    until: dt.date | None = None,
    top: int = 12,
) -> list[dict[str, Any]]:
    """The strongest edges touching either side of the dyad. Each side is one node (its prefix);
    other actors are cut to their country code. RETURNS (list[dict]), most events first."""
    node = "CASE WHEN {c} LIKE ? THEN ? WHEN {c} LIKE ? THEN ? ELSE substr({c}, 1, 3) END"
    sides = [a.prefix + "%", a.prefix, b.prefix + "%", b.prefix]
    bounds, params = date_bounds(since, until)
    sql = f"""
        WITH e AS (
            SELECT {node.format(c="source")} AS s, {node.format(c="target")} AS t,
                   quad_class, goldstein
            FROM events WHERE target IS NOT NULL AND date IS NOT NULL {bounds}
              AND (source LIKE ? OR target LIKE ? OR source LIKE ? OR target LIKE ?)
        )
        SELECT least(s, t) AS a, greatest(s, t) AS b, count(*) AS events,
               count(*) FILTER (WHERE quad_class <= 2) AS cooperation,
               count(*) FILTER (WHERE quad_class >= 3) AS conflict,
               avg(goldstein) AS goldstein
        FROM e WHERE s <> t GROUP BY 1, 2 ORDER BY events DESC, a, b LIMIT {int(top)}
    """
    scope = [a.prefix + "%"] * 2 + [b.prefix + "%"] * 2
    cur = store.con.execute(sql, [*sides, *sides, *params, *scope])
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]
