"""What a dyad report shows, independent of how it is drawn.

:class:`DyadReport` holds a dyad's series, findings and actor network (built by
:func:`entente.analysis.report.build_report`). The helpers here turn it into what every chart
needs — one value per calendar period, the uncertain periods, the network layout, the palette —
so that the plotly page (:mod:`~entente.analysis.report_html`) and the matplotlib PNG charts
(:mod:`~entente.analysis.report_png`) draw the same thing.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
from dataclasses import dataclass
from typing import Any

from entente.analysis.dyad import ActorSelector, DyadPeriod, next_period, period_label
from entente.analysis.findings import Finding

__all__ = [
    "CHARTS",
    "CONFLICT_COLOR",
    "COOP_COLOR",
    "INDEX_COLOR",
    "QUADS",
    "UNCERTAIN_GREY",
    "DyadReport",
    "chart_names",
    "column",
    "denominator",
    "network_positions",
    "node_labels",
    "period_labels",
    "uncertain_flags",
    "with_events",
]

#: The report's charts, in page order: name -> title.
CHARTS = {
    "counts": "Events per period by quad class",
    "index": "Cooperation–conflict index",
    "rates": "Cooperation and conflict per 1,000 events",
    "network": "Actor network around the dyad",
}
#: The stacked bars: (DyadPeriod attribute, legend name, colour), one per quad class.
QUADS = (
    ("verbal_coop", "Verbal cooperation", "#74c476"),
    ("material_coop", "Material cooperation", "#238b45"),
    ("verbal_conflict", "Verbal conflict", "#fc9272"),
    ("material_conflict", "Material conflict", "#cb181d"),
)
#: Colours of cooperation, conflict, the index (and network nodes), and uncertain periods' shading.
COOP_COLOR, CONFLICT_COLOR, INDEX_COLOR, UNCERTAIN_GREY = "#238b45", "#cb181d", "#08519c", "#bdbdbd"


@dataclass(frozen=True)
class DyadReport:
    """Everything a dyad report shows.

    series (list[DyadPeriod]): the dyad by calendar period, those without events included
        (``events == 0``; see :func:`~entente.analysis.findings.dyad_analysis`).
    findings (list[Finding]): with evidence rows.
    network (list[dict]): edges around the dyad: ``a``, ``b`` (codes), ``events``,
        ``cooperation``, ``conflict``, ``goldstein`` (mean weight).
    coarse (int): the dyad's events left out of the series because only their month or year, or
        a longer span (a named period), is known, coarser than its periods.
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
    coarse: int = 0

    @property
    def title(self) -> str:
        """RETURNS (str): "Hamas ↔ Iran" (→ when directed)."""
        return f"{self.a.label} {'→' if self.directed else '↔'} {self.b.label}"

    @functools.cached_property
    def timeline(self) -> list[tuple[str, DyadPeriod | None]]:
        """Every calendar period from the first to the last of the series, with its
        :class:`DyadPeriod` or None when the dyad had no events then: a gap in the charts, never
        a zero (and a series without those periods still puts no 2017 next to 2019)."""
        if not self.series:
            return []
        known = {p.period: p for p in self.series if p.events}
        slots: list[tuple[str, DyadPeriod | None]] = []
        day = self.series[0].period
        while day <= self.series[-1].period:
            slots.append((period_label(day, self.by), known.get(day)))
            day = next_period(day, self.by)
        return slots


def with_events(report: DyadReport) -> list[DyadPeriod]:
    """RETURNS (list[DyadPeriod]): the periods of the series in which the dyad had events."""
    return [p for p in report.series if p.events]


def chart_names(report: DyadReport) -> list[str]:
    """RETURNS (list[str]): the charts of :data:`CHARTS` the report has data for, in page order."""
    names = ["counts", "index", "rates"] if report.series else []
    return names + (["network"] if report.network else [])


def column(report: DyadReport, attr: str, empty: Any = None) -> list[Any]:
    """One value per calendar period: the period's ``attr``, or ``empty`` without events."""
    return [getattr(p, attr) if p else empty for _, p in report.timeline]


def uncertain_flags(report: DyadReport) -> list[bool]:
    """One flag per calendar period: True for a period with too few events to be sure of."""
    return [bool(p and p.uncertain) for _, p in report.timeline]


def period_labels(report: DyadReport) -> list[str]:
    """The label of every calendar period ("2018-Q1" …), for the time axis."""
    return [label for label, _ in report.timeline]


def denominator(report: DyadReport) -> str:
    """RETURNS (str): what the rates are per 1,000 of, in words."""
    if report.normalize == "actors":
        return "events involving either actor"
    return "events of the period, all actors"


def node_labels(report: DyadReport) -> dict[str, str]:
    """Display names of network nodes: the two sides by label; other nodes are codes."""
    return {report.a.prefix: report.a.label, report.b.prefix: report.b.label, "---": "no country"}


def network_positions(report: DyadReport) -> dict[str, tuple[float, float]]:
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
