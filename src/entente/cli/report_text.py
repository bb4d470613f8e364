"""Terminal rendering of dyad reports (tables and sparklines)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.table import Table

from entente.analysis.dyad import DyadPeriod, dyad_series, resolve_actor
from entente.cli.common import out
from entente.store import Store

if TYPE_CHECKING:
    from entente.evaluate import EvalResult

_BARS = "▁▂▃▄▅▆▇█"


def sparkline(values: list[float]) -> str:
    """RETURNS (str): a one-line bar chart of the values."""
    if not values:
        return ""
    low, high = min(values), max(values)
    span = (high - low) or 1.0
    return "".join(_BARS[int((v - low) / span * (len(_BARS) - 1))] for v in values)


def print_dyad_report(store: Store, a: str, b: str, *, by: str = "year") -> list[DyadPeriod]:
    """Print the dyad table for two actors. RETURNS (list[DyadPeriod])."""
    side_a, side_b = resolve_actor(a), resolve_actor(b)
    series = dyad_series(store, side_a, side_b, by=by)
    out.print(
        f"\n[bold]{side_a.label} ↔ {side_b.label}[/] ({side_a.prefix} / {side_b.prefix}), "
        f"events by {by}"
    )
    table = Table(show_header=True, header_style="bold")
    for col in ("period", "events", "coop", "conflict", "Goldstein mean", "index"):
        table.add_column(col, justify="right")
    for p in series:
        table.add_row(
            p.label,
            str(p.events),
            str(p.cooperation),
            str(p.conflict),
            f"{p.goldstein_mean:+.2f}" if p.goldstein_mean is not None else "–",
            f"{p.index:+.2f}" if p.index is not None else "–",
        )
    out.print(table)
    out.print("cooperation–conflict index: " + sparkline([p.index or 0.0 for p in series]))
    return series


def print_eval(result: EvalResult, *, diff: bool = False) -> None:
    """Print the scores of one gold file (and its per-record differences)."""
    from pathlib import Path

    out.print(
        f"\n[bold]{Path(result.path).name}[/] — {result.kind} gold, {result.records} "
        f"records scored"
        + (f", {result.skipped} expected errors skipped" if result.skipped else "")
    )
    table = Table(show_header=True, header_style="bold")
    if result.kind == "codes":
        for col in ("level", "accuracy", "correct", "records"):
            table.add_column(col, justify="right")
        for level, s in result.scores.items():
            table.add_row(level, f"{s['accuracy']:.3f}", str(s["correct"]), str(s["records"]))
    else:
        for col in ("level", "precision", "recall", "F1", "tp", "fp", "fn"):
            table.add_column(col, justify="right")
        for level, s in result.scores.items():
            table.add_row(
                level,
                f"{s['precision']:.3f}",
                f"{s['recall']:.3f}",
                f"{s['f1']:.3f}",
                str(s["tp"]),
                str(s["fp"]),
                str(s["fn"]),
            )
    out.print(table)
    if diff:
        for d in result.diffs:
            out.print(f"[bold]{d.id}[/] {d.text}")
            for key in d.missed:
                out.print(f"  [red]missed[/] {' '.join(k or '---' for k in key)}")
            for key in d.extra:
                out.print(f"  [yellow]extra [/] {' '.join(k or '---' for k in key)}")
            out.print(f"  coded: {'; '.join(d.predicted) or 'nothing'}")
