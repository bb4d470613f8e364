"""A dyad report's charts as PNG images, drawn with matplotlib.

The same charts as the HTML page (:data:`~entente.analysis.report_model.CHARTS`), for slides and
papers: hatched bars and open markers for uncertain periods, gaps where there were no events.
matplotlib is imported only when :func:`write_pngs` runs, through its object-oriented API (no
pyplot, no global backend switch).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path
from typing import Any

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
)
from entente.errors import OutputError

__all__ = ["write_pngs"]


def _time_axis(ax: Any, report: DyadReport) -> None:
    """Period labels on the x axis and grey shading behind uncertain periods."""
    labels = period_labels(report)
    step = math.ceil(len(labels) / 16)  # at most 16 labels
    ax.set_xticks(range(0, len(labels), step))
    ax.set_xticklabels(labels[::step], rotation=45 if len(labels) > 8 else 0, ha="right")
    for i, uncertain in enumerate(uncertain_flags(report)):
        if uncertain:
            ax.axvspan(i - 0.5, i + 0.5, color=UNCERTAIN_GREY, alpha=0.25, zorder=0)


def _counts(ax: Any, report: DyadReport) -> None:
    x = range(len(report.timeline))
    bottom = [0] * len(x)
    for attr, name, color in QUADS:
        heights = column(report, attr, 0)
        bars = ax.bar(x, heights, bottom=bottom, color=color, label=name)
        for rect, uncertain in zip(bars, uncertain_flags(report), strict=True):
            if uncertain:
                rect.set_hatch("//")
        bottom = [b + h for b, h in zip(bottom, heights, strict=True)]
    ax.set_ylabel("events")
    ax.set_title(f"{CHARTS['counts']} (hatched: uncertain)")


def _line(ax: Any, report: DyadReport, attr: str, name: str, color: str) -> None:
    """A line with gaps where there were no events; open markers for uncertain periods."""
    values = column(report, attr, math.nan)
    ax.plot(range(len(values)), values, color=color, label=name)
    for uncertain in (False, True):
        points = [
            (i, v)
            for i, (v, u) in enumerate(zip(values, uncertain_flags(report), strict=True))
            if u == uncertain and not math.isnan(v)
        ]
        if points:
            ax.scatter(*zip(*points, strict=True), zorder=3, edgecolors=color,
                       facecolors="none" if uncertain else color)  # fmt: skip


def _index(ax: Any, report: DyadReport) -> None:
    _line(ax, report, "index", "index (coop − conflict) / events", INDEX_COLOR)
    smoothed = column(report, "smoothed", math.nan)
    ax.plot(range(len(smoothed)), smoothed, "--.", color="#6baed6", lw=2,
            label=f"rolling mean ({report.window})")  # fmt: skip
    ax.axhline(0, color="#969696", lw=1)
    ax.set_ylim(-1.05, 1.05)
    ax.set_ylabel("index")
    ax.set_title(f"{CHARTS['index']} (open markers: uncertain)")


def _rates(ax: Any, report: DyadReport) -> None:
    _line(ax, report, "coop_rate", "cooperation", COOP_COLOR)
    _line(ax, report, "conflict_rate", "conflict", CONFLICT_COLOR)
    ax.set_ylabel("per 1,000 events")
    ax.set_title(f"{CHARTS['rates']} ({denominator(report)})")


def _network(ax: Any, report: DyadReport) -> None:
    pos, labels = network_positions(report), node_labels(report)
    most = max(e["events"] for e in report.network)
    for edge in report.network:
        (x0, y0), (x1, y1) = pos[edge["a"]], pos[edge["b"]]
        color = COOP_COLOR if edge["cooperation"] >= edge["conflict"] else CONFLICT_COLOR
        ax.plot([x0, x1], [y0, y1], color=color, lw=1 + 7 * edge["events"] / most, zorder=1)
    ax.scatter([p[0] for p in pos.values()], [p[1] for p in pos.values()], s=200,
               color=INDEX_COLOR, edgecolors="white", zorder=2)  # fmt: skip
    for node, (x, y) in pos.items():
        ax.annotate(labels.get(node, node), (x, y), xytext=(0, 12), textcoords="offset points",
                    ha="center")  # fmt: skip
    ax.set_xlim(-1.3, 1.3)
    ax.set_ylim(-1.2, 1.3)
    ax.axis("off")
    ax.set_title(CHARTS["network"])


_DRAW: dict[str, Callable[[Any, DyadReport], None]] = {
    "counts": _counts,
    "index": _index,
    "rates": _rates,
    "network": _network,
}


def write_pngs(report: DyadReport, folder: str | Path, *, dpi: int = 120) -> list[Path]:
    """Write the report's charts as PNG files (``counts.png`` …) with matplotlib.

    RETURNS (list[Path]): the files written (charts without data are skipped). Raises OutputError
    when the folder or a file cannot be written.
    """
    from matplotlib.figure import Figure  # the OO API: no pyplot, no global backend switch

    target = Path(folder)
    if target.exists() and not target.is_dir():
        raise OutputError(str(target), "it is a file, not a folder for the charts")
    try:
        target.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError.from_os_error(str(target), exc) from None
    written = []
    for name in chart_names(report):
        fig = Figure(figsize=(9, 6) if name == "network" else (10, 4.5), dpi=dpi)
        ax = fig.add_subplot()
        if name != "network":
            _time_axis(ax, report)
        _DRAW[name](ax, report)
        if name != "network":
            ax.legend(loc="best", fontsize="small")
        fig.tight_layout()
        path = target / f"{name}.png"
        try:
            fig.savefig(path)
        except OSError as exc:
            raise OutputError.from_os_error(str(path), exc) from None
        written.append(path)
    return written
