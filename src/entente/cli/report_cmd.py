"""The ``report`` command: a dyad report as one self-contained HTML file (and PNG charts)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from entente.cli import common
from entente.cli.app import (
    ActorA,
    ActorB,
    ByPeriod,
    DbOption,
    Directed,
    Evidence,
    MinEvents,
    Normalize,
    Since,
    Until,
    app,
)
from entente.cli.common import guard, out


@app.command("report")
@guard
def report_command(
    a: ActorA,
    b: ActorB,
    output: Annotated[Path, typer.Option("--output", "-o", help="HTML file to write.")] = Path(
        "report.html"
    ),
    db: DbOption = None,
    by: ByPeriod = "quarter",
    since: Since = None,
    until: Until = None,
    directed: Directed = False,
    normalize: Normalize = "total",
    min_events: MinEvents = 3,
    evidence: Evidence = 5,
    png: Annotated[
        Path | None, typer.Option(help="Also write the charts as PNG files into this folder.")
    ] = None,
) -> None:
    """Write an offline HTML report on two actors: charts over time, findings, the evidence
    sentences and articles, and the actor network around them.

    Example: entente report Hamas Iran -o hamas-iran.html --by quarter --png charts/
    """
    from entente.analysis.dyad import resolve_actor
    from entente.analysis.report import build_report, write_html, write_pngs
    from entente.store import Store

    side_a, side_b = resolve_actor(a), resolve_actor(b)
    first, last = common.parse_period(since, until)
    common.check_output(output, db)
    with Store.open(db, read_only=True) as store:
        report = build_report(
            store,
            side_a,
            side_b,
            by=by,
            since=first,
            until=last,
            directed=directed,
            normalize=normalize,
            min_events=min_events,
            evidence=evidence,
        )
    path = write_html(report, output)
    blank = sum(not p.events for p in report.series)
    out.print(
        f"wrote {path}: {report.title}, {len(report.series)} periods"
        f"{f' ({blank} without events)' if blank else ''}, {len(report.findings)} findings"
    )
    if png is not None:
        for image in write_pngs(report, png):
            out.print(f"wrote {image}")
