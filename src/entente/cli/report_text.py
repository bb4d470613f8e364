"""Terminal rendering: dyad reports (table, sparkline, findings) and evaluation scores."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from rich.table import Table

from entente.analysis.dyad import DyadPeriod, resolve_actor
from entente.cli.common import out
from entente.store import Store

if TYPE_CHECKING:
    from entente.evaluate import EvalResult

_BARS = "▁▂▃▄▅▆▇█"


def sparkline(values: list[float | None]) -> str:
    """RETURNS (str): a one-line bar chart of the values; None (no events) is a blank."""
    known = [v for v in values if v is not None]
    if not known:
        return ""
    low, high = min(known), max(known)
    span = (high - low) or 1.0
    return "".join(
        " " if v is None else _BARS[int((v - low) / span * (len(_BARS) - 1))] for v in values
    )


def print_dyad_report(
    store: Store,
    a: str,
    b: str,
    *,
    by: str = "year",
    directed: bool = False,
    normalize: str = "total",
    min_events: int = 3,
    since: dt.date | None = None,
    until: dt.date | None = None,
    evidence: int = 3,
) -> list[DyadPeriod]:
    """Print the dyad table, sparkline and findings with evidence.

    The series and findings are :func:`~entente.analysis.findings.dyad_analysis`'s, as in the
    HTML report (``entente report``). RETURNS (list[DyadPeriod]): the series, periods without
    events included.
    """
    from entente.analysis.findings import dyad_analysis

    side_a, side_b = resolve_actor(a), resolve_actor(b)
    analysis = dyad_analysis(
        store,
        side_a,
        side_b,
        by=by,
        directed=directed,
        since=since,
        until=until,
        normalize=normalize,
        min_events=min_events,
        evidence=evidence,
    )
    series, findings = analysis.series, analysis.findings
    arrow = "→" if directed else "↔"
    out.print(
        f"\n[bold]{side_a.label} {arrow} {side_b.label}[/] ({side_a.prefix} / "
        f"{side_b.prefix}), events by {by}; rates per 1,000 events ({normalize})"
    )
    if not series:
        out.print("no events for this dyad in the store")
        return series
    table = Table(show_header=True, header_style="bold")
    for col in (
        "period",
        "events",
        "coop",
        "confl",
        "coop ‰",
        "confl ‰",
        "Goldst",
        "PLOVER",
        "index",
    ):
        table.add_column(col, justify="right", no_wrap=True)
    for p in series:
        style = "dim" if p.uncertain else None
        table.add_row(
            p.label + (" ?" if p.uncertain else ""),
            str(p.events),
            str(p.cooperation),
            str(p.conflict),
            f"{p.coop_rate:.1f}",
            f"{p.conflict_rate:.1f}",
            f"{p.goldstein_mean:+.2f}" if p.goldstein_mean is not None else "–",
            f"{p.plover_mean:+.2f}" if p.plover_mean is not None else "–",
            f"{p.index:+.2f}" if p.index is not None else "–",
            style=style,
        )
    out.print(table)
    out.print(
        "cooperation–conflict index: "
        + sparkline([p.index for p in series])
        + f"  ({series[0].label} … {series[-1].label}; ? = fewer than {min_events} events)"
        + "\n‰ = per 1,000 events of the period; Goldst, PLOVER = mean Goldstein weight and PLOVER"
        " score of the dyad's events; index = (coop − confl) / events"
    )
    if analysis.coarse:
        # session 11: an event dated by a named period of several years ("during the Syrian
        # war") is coarser than any period, a year's included
        out.print(
            f"{analysis.coarse} more event(s) of the dyad dated only to a month or year, or by a "
            f"longer named period, coarser than a {by}, are left out of this series"
            + ("" if by == "year" else " (--by year counts those of a month or a year)")
        )
    if findings:
        out.print("\n[bold]Findings[/]")
    for finding in findings:
        out.print(f"• {finding.text}")
        for ev in finding.evidence:
            out.print(
                f"    [dim]{ev['date']} {ev['source']}→{ev['target']} {ev['cameo']} "
                f"({ev['goldstein']:+.1f}):[/] {ev['sentence']} [dim]— {ev['article_id']}[/]"
            )
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
    if result.kind == "actors":
        _print_actor_eval(result, table, diff=diff)
        return
    if result.kind == "codes":
        for col in ("level", "accuracy", "correct", "records"):
            table.add_column(col, justify="right")
        for level, s in result.scores.items():
            table.add_row(level, f"{s['accuracy']:.3f}", str(s["correct"]), str(s["records"]))
    else:
        for col in ("level", "precision", "recall", "F1", "tp", "fp", "fn"):
            table.add_column(col, justify="right")
        for level, s in result.scores.items():
            if "precision" not in s:
                continue
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
    exact = result.scores.get("records")
    if exact and "precision" not in exact:
        out.print(
            f"records coded exactly right (strict): {exact['correct']} of "
            f"{exact['records']} ({exact['accuracy']:.1%})"
        )
    if diff:
        _print_diffs(result, "[red]missed[/]", "[yellow]extra [/]", "coded", blank="---")


def _print_actor_eval(result: EvalResult, table: Table, *, diff: bool) -> None:
    """Actor-resolution gold: accuracy over the applicable records, failures with --diff."""
    for col in ("level", "accuracy", "correct", "records", "not applicable"):
        table.add_column(col, justify="right")
    for level, s in result.scores.items():
        table.add_row(
            level,
            f"{s['accuracy']:.3f}",
            str(s["correct"]),
            str(s["records"]),
            str(s.get("not_applicable", 0)),
        )
    out.print(table)
    if diff:
        _print_diffs(result, "[red]expected[/]", "[yellow]problem[/] ", "resolved")


def _print_diffs(
    result: EvalResult, missed: str, extra: str, predicted: str, *, blank: str = ""
) -> None:
    """Each record that differs from gold: its text, the gold keys it ``missed`` and the
    ``extra`` ones (labelled so; an empty key part shows as ``blank``), and what was
    ``predicted``."""
    for d in result.diffs:
        out.print(f"[bold]{d.id}[/] {d.text}")
        for label, keys in ((missed, d.missed), (extra, d.extra)):
            for key in keys:
                out.print(f"  {label} {' '.join(k or blank for k in key)}")
        out.print(f"  {predicted}: {'; '.join(d.predicted) or 'nothing'}")
