"""A dyad report as one self-contained HTML file (and optional PNG charts).

The HTML page needs nothing but itself: plotly.js is inlined once, styles are inline, fonts are
the reader's system fonts, and there are no images or scripts from elsewhere, so the report opens
offline and leaks no request when read. It holds a title and summary, the dyad's charts (events
per period by quad class, the cooperation–conflict index with its rolling mean, the rates per
1,000 events; periods with too few events are hatched and shaded), the findings in words, an
evidence table tying each finding to its events, sentences and articles, the actor network around
the dyad, and the series as a table.

Example::

    report = build_report(store, resolve_actor("Hamas"), resolve_actor("Iran"), by="quarter")
    write_html(report, "hamas-iran.html")
    write_pngs(report, "charts/")
"""

from __future__ import annotations

import datetime as dt
import functools
import html
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import plotly.graph_objects as go

from entente.analysis.dyad import ActorSelector, DyadPeriod, dyad_series, period_label
from entente.analysis.findings import Finding, dyad_findings
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

#: The report's charts, in page order: name -> title.
CHARTS = {
    "counts": "Events per period by quad class",
    "index": "Cooperation–conflict index",
    "rates": "Cooperation and conflict per 1,000 events",
    "network": "Actor network around the dyad",
}
_QUADS = (
    ("verbal_coop", "Verbal cooperation", "#74c476"),
    ("material_coop", "Material cooperation", "#238b45"),
    ("verbal_conflict", "Verbal conflict", "#fc9272"),
    ("material_conflict", "Material conflict", "#cb181d"),
)
_COOP, _CONFLICT, _INDEX, _GREY = "#238b45", "#cb181d", "#08519c", "#bdbdbd"


@dataclass(frozen=True)
class DyadReport:
    """Everything a dyad report shows.

    series (list[DyadPeriod]): the dyad by period. findings (list[Finding]): with evidence rows.
    network (list[dict]): edges around the dyad: ``a``, ``b`` (codes), ``events``,
        ``cooperation``, ``conflict``, ``goldstein`` (mean weight).
    """

    a: ActorSelector
    b: ActorSelector
    by: str
    series: list[DyadPeriod]
    findings: list[Finding]
    network: list[dict[str, Any]]
    since: dt.date | None = None
    until: dt.date | None = None
    directed: bool = False
    normalize: str = "total"
    min_events: int = 3
    window: int = 3
    store_path: str = ""

    @property
    def title(self) -> str:
        """RETURNS (str): "Hamas ↔ Iran" (→ when directed)."""
        return f"{self.a.label} {'→' if self.directed else '↔'} {self.b.label}"

    @functools.cached_property
    def timeline(self) -> list[tuple[str, DyadPeriod | None]]:
        """Every calendar period from the first to the last of the series, with its
        :class:`DyadPeriod` or None when the dyad had no events then (the series skips those,
        but a chart must not put 2017 next to 2019)."""
        if not self.series:
            return []
        known = {p.period: p for p in self.series}
        slots: list[tuple[str, DyadPeriod | None]] = []
        day = self.series[0].period
        while day <= self.series[-1].period:
            slots.append((period_label(day, self.by), known.get(day)))
            day = _next_period(day, self.by)
        return slots


def _next_period(start: dt.date, by: str) -> dt.date:
    """RETURNS (date): the start of the period after the one starting on ``start``."""
    if by in ("day", "week"):
        return start + dt.timedelta(days=1 if by == "day" else 7)
    month = start.month - 1 + {"month": 1, "quarter": 3, "year": 12}[by]
    return dt.date(start.year + month // 12, month % 12 + 1, 1)


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

    Options as in :func:`~entente.analysis.dyad.dyad_series`; evidence (int): events per finding;
    top (int): edges in the network.
    """
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
    )
    findings = dyad_findings(
        store, a, b, series, by=by, directed=directed, evidence=evidence, since=since, until=until
    )
    network = dyad_neighbourhood(store, a, b, since=since, until=until, top=top)
    return DyadReport(
        a=a,
        b=b,
        by=by,
        series=series,
        findings=findings,
        network=network,
        since=since,
        until=until,
        directed=directed,
        normalize=normalize,
        min_events=min_events,
        window=window,
        store_path=store.path,
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
    bounds = (" AND date >= ?" if since else "") + (" AND date <= ?" if until else "")
    params: list[Any] = [day for day in (since, until) if day]
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


# -- figures ---------------------------------------------------------------------------------


def _column(report: DyadReport, attr: str, empty: Any = None) -> list[Any]:
    """One value per calendar period: the period's ``attr``, or ``empty`` without events."""
    return [getattr(p, attr) if p else empty for _, p in report.timeline]


def _uncertain(report: DyadReport) -> list[bool]:
    return [bool(p and p.uncertain) for _, p in report.timeline]


def _uncertain_shading(fig: go.Figure, report: DyadReport) -> None:
    """Shade the uncertain periods of a categorical time axis."""
    for i, uncertain in enumerate(_uncertain(report)):
        if uncertain:
            fig.add_vrect(
                x0=i - 0.5, x1=i + 0.5, fillcolor=_GREY, opacity=0.25, line_width=0, layer="below"
            )


def _layout(fig: go.Figure, report: DyadReport, title: str, y_title: str) -> go.Figure:
    _uncertain_shading(fig, report)
    fig.update_layout(
        title=title,
        height=380,
        margin={"l": 60, "r": 20, "t": 60, "b": 50},
        yaxis_title=y_title,
        xaxis={"type": "category", "title": "blank periods: no events between the two"},
        legend={"orientation": "h", "y": -0.3},
        template="plotly_white",
        font={"family": "system-ui, sans-serif"},
    )
    return fig


def _labels(report: DyadReport) -> list[str]:
    return [label for label, _ in report.timeline]


def _counts_figure(report: DyadReport) -> go.Figure:
    pattern = ["/" if u else "" for u in _uncertain(report)]
    fig = go.Figure()
    for attr, name, color in _QUADS:
        fig.add_bar(
            x=_labels(report),
            y=_column(report, attr, 0),
            name=name,
            marker={"color": color, "pattern": {"shape": pattern}},
        )
    fig.update_layout(barmode="stack")
    title = f"{CHARTS['counts']} (hatched: fewer than {report.min_events} events, uncertain)"
    return _layout(fig, report, title, "events")


def _line(report: DyadReport, attr: str, name: str, color: str) -> go.Scatter:
    """A line over the calendar with filled markers, open ones for uncertain periods."""
    symbols = ["circle-open" if u else "circle" for u in _uncertain(report)]
    return go.Scatter(
        x=_labels(report),
        y=_column(report, attr),
        name=name,
        mode="lines+markers",
        line={"color": color},
        marker={"color": color, "symbol": symbols, "size": 9},
    )


def _index_figure(report: DyadReport) -> go.Figure:
    fig = go.Figure(_line(report, "index", "index (coop − conflict) / events", _INDEX))
    fig.add_scatter(
        x=_labels(report),
        y=_column(report, "smoothed"),
        name=f"rolling mean ({report.window} periods with events)",
        mode="lines+markers",
        line={"color": "#6baed6", "dash": "dash", "width": 3},
        marker={"size": 5},
    )
    fig.add_hline(y=0, line_color="#969696", line_width=1)
    fig.update_yaxes(range=[-1.05, 1.05])
    return _layout(fig, report, f"{CHARTS['index']} (open markers: uncertain)", "index")


def _rates_figure(report: DyadReport) -> go.Figure:
    fig = go.Figure()
    fig.add_trace(_line(report, "coop_rate", "cooperation", _COOP))
    fig.add_trace(_line(report, "conflict_rate", "conflict", _CONFLICT))
    title = f"{CHARTS['rates']} ({_denominator(report)})"
    return _layout(fig, report, title, "per 1,000 events")


def _positions(report: DyadReport) -> dict[str, tuple[float, float]]:
    """The two sides in the middle, the other actors on a circle around them (most events at
    the top, then clockwise)."""
    weight: dict[str, int] = {}
    for edge in report.network:
        for code in (edge["a"], edge["b"]):
            weight[code] = weight.get(code, 0) + edge["events"]
    pos = {n: (x, 0.0) for n, x in ((report.a.prefix, -0.4), (report.b.prefix, 0.4)) if n in weight}
    others = sorted((n for n in weight if n not in pos), key=lambda n: (-weight[n], n))
    for k, node in enumerate(others):
        angle = math.pi / 2 - 2 * math.pi * k / len(others)
        pos[node] = (math.cos(angle), math.sin(angle))
    return pos


def _network_figure(report: DyadReport) -> go.Figure:
    pos, labels = _positions(report), _node_labels(report)
    most = max(e["events"] for e in report.network)
    fig = go.Figure()
    for edge in report.network:
        (x0, y0), (x1, y1) = pos[edge["a"]], pos[edge["b"]]
        warm = edge["cooperation"] >= edge["conflict"]
        fig.add_scatter(
            x=[x0, x1],
            y=[y0, y1],
            mode="lines",
            line={"color": _COOP if warm else _CONFLICT, "width": 1 + 7 * edge["events"] / most},
            hoverinfo="text",
            text=f"{labels.get(edge['a'], edge['a'])}–{labels.get(edge['b'], edge['b'])}: "
            f"{edge['events']} events ({edge['cooperation']} coop, {edge['conflict']} conflict)",
            showlegend=False,
        )
    fig.add_scatter(
        x=[p[0] for p in pos.values()],
        y=[p[1] for p in pos.values()],
        mode="markers+text",
        text=[labels.get(n, n) for n in pos],
        textposition="top center",
        marker={"size": 16, "color": _INDEX, "line": {"color": "white", "width": 2}},
        showlegend=False,
        hoverinfo="text",
    )
    fig.update_xaxes(visible=False, range=[-1.3, 1.3])
    fig.update_yaxes(visible=False, range=[-1.2, 1.3])
    title = f"{CHARTS['network']} (green: mostly cooperative, red: mostly conflictual)"
    fig.update_layout(
        title=title,
        height=520,
        template="plotly_white",
        margin={"l": 20, "r": 20, "t": 60, "b": 20},
    )
    return fig


def _node_labels(report: DyadReport) -> dict[str, str]:
    """Display names of network nodes: the two sides by label; other nodes are codes."""
    return {report.a.prefix: report.a.label, report.b.prefix: report.b.label, "---": "no country"}


def report_figures(report: DyadReport) -> dict[str, go.Figure]:
    """The report's plotly figures, keyed as :data:`CHARTS` (none without data)."""
    figures: dict[str, go.Figure] = {}
    if report.series:
        figures["counts"] = _counts_figure(report)
        figures["index"] = _index_figure(report)
        figures["rates"] = _rates_figure(report)
    if report.network:
        figures["network"] = _network_figure(report)
    return figures


# -- HTML ------------------------------------------------------------------------------------

_STYLE = """
body { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; margin: 0; color: #222; }
main { max-width: 1100px; margin: 0 auto; padding: 1.5rem; }
h1 { margin-bottom: 0.2rem; } .sub { color: #555; margin-top: 0; }
table { border-collapse: collapse; width: 100%; font-size: 0.9rem; margin: 0.5rem 0 1.5rem; }
th, td { border-bottom: 1px solid #ddd; padding: 0.3rem 0.5rem; text-align: left;
         vertical-align: top; }
th { background: #f5f5f5; } td.num { text-align: right; } tr.uncertain { color: #888; }
.chart { margin: 1rem 0; } code { font-size: 0.9em; } .finding { margin: 0.4rem 0; }
"""


def _e(value: Any) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def _denominator(report: DyadReport) -> str:
    if report.normalize == "actors":
        return "events involving either actor"
    return "events of the period, all actors"


def _summary(report: DyadReport) -> str:
    series = report.series
    if not series:
        return "<p>No events for this dyad in the store for the chosen dates.</p>"
    events = sum(p.events for p in series)
    coop, conflict = sum(p.cooperation for p in series), sum(p.conflict for p in series)
    uncertain = sum(p.uncertain for p in series)
    blank = len(report.timeline) - len(series)
    index = (coop - conflict) / events
    return (
        f"<p>{events:,} events between {_e(report.a.label)} (<code>{_e(report.a.prefix)}</code>) "
        f"and {_e(report.b.label)} (<code>{_e(report.b.prefix)}</code>), "
        f"{'from the first to the second only' if report.directed else 'both directions'}, "
        f"by {_e(report.by)} from {_e(series[0].label)} to {_e(series[-1].label)}: "
        f"{len(series)} periods with events, {uncertain} of them uncertain (fewer than "
        f"{report.min_events} events; shown hatched and shaded, and never the basis of a "
        f"finding){f', and {blank} without any, left blank in the charts' if blank else ''}. "
        f"{coop:,} cooperative and {conflict:,} conflictual events; overall "
        f"cooperation–conflict index {index:+.2f}. Rates are per 1,000 "
        f"{_e(_denominator(report))}. {len(report.findings)} findings.</p>"
    )


def _chart_divs(figures: dict[str, go.Figure]) -> dict[str, str]:
    """Each figure as an HTML block; plotly.js is inlined once, in the first (page order)."""
    divs = {}
    for k, (name, fig) in enumerate(figures.items()):
        div = fig.to_html(
            full_html=False,
            include_plotlyjs=k == 0,
            div_id=f"chart-{name}",
            config={"displaylogo": False, "responsive": True},
            default_height=f"{fig.layout.height}px",
        )
        divs[name] = f'<div class="chart" id="{name}">{div}</div>'
    return divs


def _findings_html(findings: list[Finding]) -> str:
    if not findings:
        return "<p>No findings: no period stands out from the series.</p>"
    items = [
        f'<li class="finding" id="finding-{n}">{_e(f.text)} '
        f'(<a href="#evidence-{n}">{len(f.evidence)} supporting events</a>)</li>'
        for n, f in enumerate(findings, 1)
    ]
    return "<ol>" + "".join(items) + "</ol>"


def _article_cell(row: dict[str, Any]) -> str:
    title, url = _e(row.get("title") or row["article_id"]), row.get("url") or ""
    if url.startswith(("http://", "https://")):
        link = f'<a href="{_e(url)}" rel="noopener noreferrer">{title}</a>'
    else:
        link = title + (f"<br><code>{_e(url)}</code>" if url and url != row["article_id"] else "")
    return f"{link}<br><small>id <code>{_e(row['article_id'])}</code></small>"


def _evidence_html(findings: list[Finding]) -> str:
    from entente.events.ontology import cameo

    head = (
        "<tr><th>finding</th><th>date</th><th>who → whom</th><th>codes</th>"
        "<th>Goldstein</th><th>rule</th><th>sentence</th><th>article</th></tr>"
    )
    rows = []
    for n, finding in enumerate(findings, 1):
        for k, ev in enumerate(finding.evidence):
            anchor = f' id="evidence-{n}"' if k == 0 else ""
            codes = (
                f"CAMEO <code>{_e(ev['cameo'])}</code> {_e(cameo(ev['cameo']).name)}"
                f"<br>PLOVER {_e(ev['plover'] or '–')}, quad {_e(ev['quad_class'])}"
            )
            rows.append(
                f'<tr{anchor}><td><a href="#finding-{n}">{n}</a></td><td>{_e(ev["date"])}</td>'
                f"<td>{_e(ev['source_name'])} → {_e(ev['target_name'])}<br><small>"
                f"<code>{_e(ev['source'])}</code> → <code>{_e(ev['target'])}</code></small></td>"
                f'<td>{codes}</td><td class="num">{ev["goldstein"]:+.1f}</td>'
                f"<td><code>{_e(ev['rule'])}</code></td><td>{_e(ev['sentence'])}</td>"
                f"<td>{_article_cell(ev)}</td></tr>"
            )
    if not rows:
        return "<p>No evidence to show.</p>"
    return f'<table id="evidence-table">{head}{"".join(rows)}</table>'


def _network_table(report: DyadReport) -> str:
    if not report.network:
        return "<p>No events with a target involve these actors.</p>"
    labels = _node_labels(report)
    head = "<tr><th>actors</th><th>events</th><th>cooperation</th><th>conflict</th>"
    head += "<th>mean Goldstein</th></tr>"
    rows = "".join(
        f"<tr><td>{_e(labels.get(e['a'], e['a']))} – {_e(labels.get(e['b'], e['b']))}</td>"
        f'<td class="num">{e["events"]}</td><td class="num">{e["cooperation"]}</td>'
        f'<td class="num">{e["conflict"]}</td><td class="num">{e["goldstein"]:+.2f}</td></tr>'
        for e in report.network
    )
    return f'<table id="network-table">{head}{rows}</table>'


def _series_table(report: DyadReport) -> str:
    head = "".join(
        f"<th>{c}</th>"
        for c in ("period", "events", "coop", "conflict", "coop rate", "conflict rate", "index")
    )
    rows = "".join(
        f'<tr class="{"uncertain" if p.uncertain else ""}"><td>{_e(p.label)}'
        f"{' (uncertain)' if p.uncertain else ''}</td>"
        f'<td class="num">{p.events}</td><td class="num">{p.cooperation}</td>'
        f'<td class="num">{p.conflict}</td><td class="num">{p.coop_rate:.1f}</td>'
        f'<td class="num">{p.conflict_rate:.1f}</td><td class="num">{p.index:+.2f}</td></tr>'
        for p in report.series
    )
    return f'<table id="series-table"><tr>{head}</tr>{rows}</table>'


def render_html(report: DyadReport) -> str:
    """RETURNS (str): the report as one self-contained HTML page."""
    from entente import __version__

    divs = _chart_divs(report_figures(report))
    over_time = "".join(divs.get(name, "") for name in ("counts", "index", "rates"))
    bounds = f"{report.since or 'the start'} to {report.until or 'the end'}"
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{_e(report.title)} — Entente dyad report</title><style>{_STYLE}</style></head>
<body><main>
<h1>{_e(report.title)}</h1>
<p class="sub">Relations by {_e(report.by)}, {_e(bounds)}. Entente dyad report.</p>
<section id="summary"><h2>Summary</h2>{_summary(report)}</section>
<section id="charts"><h2>Over time</h2>{over_time}</section>
<section id="findings"><h2>Findings</h2>{_findings_html(report.findings)}</section>
<section id="evidence"><h2>Evidence</h2>{_evidence_html(report.findings)}</section>
<section id="network-section"><h2>Actor network</h2>{divs.get("network", "")}
{_network_table(report)}</section>
<section id="series"><h2>The series</h2>{_series_table(report) if report.series else ""}</section>
<footer><p class="sub">Made by Entente {_e(__version__)} from <code>{_e(report.store_path)}</code>.
Events are coded automatically from news text; every finding lists the sentences it rests on.
</p></footer>
</main></body></html>
"""


def write_html(report: DyadReport, path: str | Path) -> Path:
    """Write the report page (its folder is created). RETURNS (Path)."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(render_html(report), encoding="utf-8")
    return target


# -- PNG (matplotlib) ------------------------------------------------------------------------


def _png_time_axis(ax: Any, report: DyadReport) -> None:
    """Period labels on the x axis and grey shading behind uncertain periods."""
    labels = _labels(report)
    step = math.ceil(len(labels) / 16)  # at most 16 labels
    ax.set_xticks(range(0, len(labels), step))
    ax.set_xticklabels(labels[::step], rotation=45 if len(labels) > 8 else 0, ha="right")
    for i, uncertain in enumerate(_uncertain(report)):
        if uncertain:
            ax.axvspan(i - 0.5, i + 0.5, color=_GREY, alpha=0.25, zorder=0)


def _png_counts(ax: Any, report: DyadReport) -> None:
    x = range(len(report.timeline))
    bottom = [0] * len(x)
    for attr, name, color in _QUADS:
        heights = _column(report, attr, 0)
        bars = ax.bar(x, heights, bottom=bottom, color=color, label=name)
        for rect, uncertain in zip(bars, _uncertain(report), strict=True):
            if uncertain:
                rect.set_hatch("//")
        bottom = [b + h for b, h in zip(bottom, heights, strict=True)]
    ax.set_ylabel("events")
    ax.set_title(f"{CHARTS['counts']} (hatched: uncertain)")


def _png_line(ax: Any, report: DyadReport, attr: str, name: str, color: str) -> None:
    """A line with gaps where there were no events; open markers for uncertain periods."""
    values = _column(report, attr, math.nan)
    ax.plot(range(len(values)), values, color=color, label=name)
    for uncertain in (False, True):
        points = [
            (i, v)
            for i, (v, u) in enumerate(zip(values, _uncertain(report), strict=True))
            if u == uncertain and not math.isnan(v)
        ]
        if points:
            ax.scatter(*zip(*points, strict=True), zorder=3, edgecolors=color,
                       facecolors="none" if uncertain else color)  # fmt: skip


def _png_index(ax: Any, report: DyadReport) -> None:
    _png_line(ax, report, "index", "index (coop − conflict) / events", _INDEX)
    smoothed = _column(report, "smoothed", math.nan)
    ax.plot(range(len(smoothed)), smoothed, "--.", color="#6baed6", lw=2,
            label=f"rolling mean ({report.window})")  # fmt: skip
    ax.axhline(0, color="#969696", lw=1)
    ax.set_ylim(-1.05, 1.05)
    ax.set_ylabel("index")
    ax.set_title(f"{CHARTS['index']} (open markers: uncertain)")


def _png_rates(ax: Any, report: DyadReport) -> None:
    _png_line(ax, report, "coop_rate", "cooperation", _COOP)
    _png_line(ax, report, "conflict_rate", "conflict", _CONFLICT)
    ax.set_ylabel("per 1,000 events")
    ax.set_title(f"{CHARTS['rates']} ({_denominator(report)})")


def _png_network(ax: Any, report: DyadReport) -> None:
    pos, labels = _positions(report), _node_labels(report)
    most = max(e["events"] for e in report.network)
    for edge in report.network:
        (x0, y0), (x1, y1) = pos[edge["a"]], pos[edge["b"]]
        color = _COOP if edge["cooperation"] >= edge["conflict"] else _CONFLICT
        ax.plot([x0, x1], [y0, y1], color=color, lw=1 + 7 * edge["events"] / most, zorder=1)
    ax.scatter([p[0] for p in pos.values()], [p[1] for p in pos.values()], s=200, color=_INDEX,
               edgecolors="white", zorder=2)  # fmt: skip
    for node, (x, y) in pos.items():
        ax.annotate(labels.get(node, node), (x, y), xytext=(0, 12), textcoords="offset points",
                    ha="center")  # fmt: skip
    ax.set_xlim(-1.3, 1.3)
    ax.set_ylim(-1.2, 1.3)
    ax.axis("off")
    ax.set_title(CHARTS["network"])


_PNG = {"counts": _png_counts, "index": _png_index, "rates": _png_rates, "network": _png_network}


def write_pngs(report: DyadReport, folder: str | Path, *, dpi: int = 120) -> list[Path]:
    """Write the report's charts as PNG files (``counts.png`` …) with matplotlib.

    RETURNS (list[Path]): the files written (charts without data are skipped).
    """
    from matplotlib.figure import Figure  # the OO API: no pyplot, no global backend switch

    target = Path(folder)
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for name in report_figures(report):
        fig = Figure(figsize=(9, 6) if name == "network" else (10, 4.5), dpi=dpi)
        ax = fig.add_subplot()
        if name != "network":
            _png_time_axis(ax, report)
        _PNG[name](ax, report)
        if name != "network":
            ax.legend(loc="best", fontsize="small")
        fig.tight_layout()
        path = target / f"{name}.png"
        fig.savefig(path)
        written.append(path)
    return written
