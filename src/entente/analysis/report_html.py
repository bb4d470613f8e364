"""A dyad report as one self-contained HTML page with interactive plotly charts.

The page needs nothing but itself: plotly.js is inlined once, styles are inline, fonts are the
reader's system fonts, and there are no images or scripts from elsewhere, so the report opens
offline and leaks no request when read. Every value taken from the store (actor names, sentences,
article titles and URLs) is HTML-escaped.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import plotly.graph_objects as go

from entente.analysis.dyad import DyadPeriod
from entente.analysis.findings import Finding
from entente.analysis.report_model import (
    CHARTS,
    CONFLICT_COLOR,
    COOP_COLOR,
    INDEX_COLOR,
    QUADS,
    UNCERTAIN_GREY,
    DyadReport,
    chart_names,
    column,
    denominator,
    network_positions,
    node_labels,
    period_labels,
    uncertain_flags,
    with_events,
)
from entente.errors import OutputError

__all__ = ["render_html", "report_figures", "write_html"]


# -- figures ---------------------------------------------------------------------------------


def _layout(fig: go.Figure, report: DyadReport, title: str, y_title: str) -> go.Figure:
    """Lay out a chart over the calendar: a categorical time axis, uncertain periods shaded."""
    for i, uncertain in enumerate(uncertain_flags(report)):
        if uncertain:
            fig.add_vrect(
                x0=i - 0.5,
                x1=i + 0.5,
                fillcolor=UNCERTAIN_GREY,
                opacity=0.25,
                line_width=0,
                layer="below",
            )
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


def _counts_figure(report: DyadReport) -> go.Figure:
    pattern = ["/" if u else "" for u in uncertain_flags(report)]
    fig = go.Figure()
    for attr, name, color in QUADS:
        fig.add_bar(
            x=period_labels(report),
            y=column(report, attr, 0),
            name=name,
            marker={"color": color, "pattern": {"shape": pattern}},
        )
    fig.update_layout(barmode="stack")
    title = f"{CHARTS['counts']} (hatched: fewer than {report.min_events} events, uncertain)"
    return _layout(fig, report, title, "events")


def _line(report: DyadReport, attr: str, name: str, color: str) -> go.Scatter:
    """A line over the calendar with filled markers, open ones for uncertain periods."""
    symbols = ["circle-open" if u else "circle" for u in uncertain_flags(report)]
    return go.Scatter(
        x=period_labels(report),
        y=column(report, attr),
        name=name,
        mode="lines+markers",
        line={"color": color},
        marker={"color": color, "symbol": symbols, "size": 9},
    )


def _index_figure(report: DyadReport) -> go.Figure:
    fig = go.Figure(_line(report, "index", "index (coop − conflict) / events", INDEX_COLOR))
    fig.add_scatter(
        x=period_labels(report),
        y=column(report, "smoothed"),
        name=f"rolling mean (last {report.window} periods)",
        mode="lines+markers",
        line={"color": "#6baed6", "dash": "dash", "width": 3},
        marker={"size": 5},
    )
    fig.add_hline(y=0, line_color="#969696", line_width=1)
    fig.update_yaxes(range=[-1.05, 1.05])
    return _layout(fig, report, f"{CHARTS['index']} (open markers: uncertain)", "index")


def _rates_figure(report: DyadReport) -> go.Figure:
    fig = go.Figure()
    fig.add_trace(_line(report, "coop_rate", "cooperation", COOP_COLOR))
    fig.add_trace(_line(report, "conflict_rate", "conflict", CONFLICT_COLOR))
    title = f"{CHARTS['rates']} ({denominator(report)})"
    return _layout(fig, report, title, "per 1,000 events")


def _network_figure(report: DyadReport) -> go.Figure:
    pos, labels = network_positions(report), node_labels(report)
    most = max(e["events"] for e in report.network)
    fig = go.Figure()
    for edge in report.network:
        (x0, y0), (x1, y1) = pos[edge["a"]], pos[edge["b"]]
        warm = edge["cooperation"] >= edge["conflict"]
        fig.add_scatter(
            x=[x0, x1],
            y=[y0, y1],
            mode="lines",
            line={
                "color": COOP_COLOR if warm else CONFLICT_COLOR,
                "width": 1 + 7 * edge["events"] / most,
            },
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
        marker={"size": 16, "color": INDEX_COLOR, "line": {"color": "white", "width": 2}},
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


_FIGURES = {
    "counts": _counts_figure,
    "index": _index_figure,
    "rates": _rates_figure,
    "network": _network_figure,
}


def report_figures(report: DyadReport) -> dict[str, go.Figure]:
    """The report's plotly figures, keyed as :data:`CHARTS` (none without data)."""
    return {name: _FIGURES[name](report) for name in chart_names(report)}


# -- the page --------------------------------------------------------------------------------

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
    """Escape a value for HTML text and attributes (None is empty)."""
    return html.escape("" if value is None else str(value), quote=True)


def _summary(report: DyadReport) -> str:
    series = with_events(report)
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
        f"{_e(denominator(report))}. {len(report.findings)} findings.{_coarse(report)}</p>"
    )


def _coarse(report: DyadReport) -> str:
    """The sentence on the events left out for their coarse dates (empty when none is)."""
    if not report.coarse:
        return ""
    return (
        f" {report.coarse:,} more event{'s' if report.coarse > 1 else ''} of the dyad "
        f"{'are' if report.coarse > 1 else 'is'} dated only to a month or year, or by a "
        f"longer named period, coarser than a {_e(report.by)}, and left out of the series (a "
        "report by year counts those of a month or a year)."
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
    """The article of an evidence row: its title, linked only when its URL is http(s)."""
    title, url = _e(row.get("title") or row["article_id"]), row.get("url") or ""
    if url.startswith(("http://", "https://")):
        link = f'<a href="{_e(url)}" rel="noopener noreferrer">{title}</a>'
    else:
        link = title + (f"<br><code>{_e(url)}</code>" if url and url != row["article_id"] else "")
    return f"{link}<br><small>id <code>{_e(row['article_id'])}</code></small>"


def _table(table_id: str, columns: Sequence[str], rows: Iterable[str]) -> str:
    """An HTML table: a header row of ``columns`` (plain text), then the ``<tr>`` ``rows``."""
    head = "".join(f"<th>{c}</th>" for c in columns)
    return f'<table id="{table_id}"><tr>{head}</tr>{"".join(rows)}</table>'


def _nums(*values: object) -> str:
    """RETURNS (str): one right-aligned cell per (formatted) number."""
    return "".join(f'<td class="num">{v}</td>' for v in values)


def _evidence_html(findings: list[Finding]) -> str:
    from entente.events.ontology import cameo

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
                f"<td>{codes}</td>{_nums(format(ev['goldstein'], '+.1f'))}"
                f"<td><code>{_e(ev['rule'])}</code></td><td>{_e(ev['sentence'])}</td>"
                f"<td>{_article_cell(ev)}</td></tr>"
            )
    if not rows:
        return "<p>No evidence to show.</p>"
    columns = ("finding", "date", "who → whom", "codes", "Goldstein", "rule", "sentence")
    return _table("evidence-table", (*columns, "article"), rows)


def _network_table(report: DyadReport) -> str:
    if not report.network:
        return "<p>No events with a target involve these actors.</p>"
    labels = node_labels(report)
    rows = (
        f"<tr><td>{_e(labels.get(e['a'], e['a']))} – {_e(labels.get(e['b'], e['b']))}</td>"
        f"{_nums(e['events'], e['cooperation'], e['conflict'], format(e['goldstein'], '+.2f'))}"
        "</tr>"
        for e in report.network
    )
    columns = ("actors", "events", "cooperation", "conflict", "mean Goldstein")
    return _table("network-table", columns, rows)


def _series_table(report: DyadReport) -> str:
    """Every calendar period, as in the terminal: those without events too (index "–")."""

    def note(p: DyadPeriod) -> str:
        return " (no events)" if not p.events else " (uncertain)" if p.uncertain else ""

    rows = (
        f'<tr class="{"uncertain" if p.uncertain or not p.events else ""}"><td>{_e(p.label)}'
        f"{note(p)}</td>"
        + _nums(
            p.events,
            p.cooperation,
            p.conflict,
            f"{p.coop_rate:.1f}",
            f"{p.conflict_rate:.1f}",
            "–" if p.index is None else f"{p.index:+.2f}",
        )
        + "</tr>"
        for p in report.series
    )
    columns = ("period", "events", "coop", "conflict", "coop rate", "conflict rate", "index")
    return _table("series-table", columns, rows)


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
    """Write the report page (its folder is created). RETURNS (Path).

    Raises OutputError when the file cannot be written.
    """
    target = Path(path)
    page = render_html(report)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(page, encoding="utf-8")
    except OSError as exc:
        raise OutputError.from_os_error(str(target), exc) from None
    return target
