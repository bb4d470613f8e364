"""Terminal rendering of dyad reports (tables and sparklines)."""

from __future__ import annotations

from rich.table import Table

from entente.analysis.dyad import DyadPeriod, dyad_series, resolve_actor
from entente.cli.common import out
from entente.store import Store

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
    out.print(f"\n[bold]{side_a.label} ↔ {side_b.label}[/] ({side_a.prefix} / {side_b.prefix}), "
              f"events by {by}")
    table = Table(show_header=True, header_style="bold")
    for col in ("period", "events", "coop", "conflict", "Goldstein mean", "index"):
        table.add_column(col, justify="right")
    for p in series:
        table.add_row(p.label, str(p.events), str(p.cooperation), str(p.conflict),
                      f"{p.goldstein_mean:+.2f}" if p.goldstein_mean is not None else "–",
                      f"{p.index:+.2f}" if p.index is not None else "–")
    out.print(table)
    out.print("cooperation–conflict index: " + sparkline([p.index or 0.0 for p in series]))
    return series
