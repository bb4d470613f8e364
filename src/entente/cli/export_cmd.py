"""The ``export`` command: stored events to GDELT-style TSV, PLOVER JSONL, CSV or Parquet."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from entente.cli import common
from entente.cli.app import DbOption, Since, Until, app
from entente.cli.common import guard, out


@app.command("export")
@guard
def export_command(
    fmt: Annotated[
        str, typer.Option("--format", "-f", help="gdelt (TSV), plover (JSONL), csv or parquet.")
    ],
    output: Annotated[Path, typer.Option("--output", "-o", help="File to write.")],
    db: DbOption = None,
    actor: Annotated[
        str | None, typer.Option(help="Only events of this actor: code, code prefix or name.")
    ] = None,
    since: Since = None,
    until: Until = None,
) -> None:
    """Export stored events for other tools: a GDELT 2.0-style event table, PLOVER JSON Lines,
    the columns of 'entente events' as CSV, or Parquet.

    Example: entente export --format gdelt -o hamas.tsv --actor Hamas --since 2017
    """
    from entente.analysis.dyad import resolve_actor
    from entente.analysis.export import export_events
    from entente.store import Store

    prefix = resolve_actor(actor).prefix if actor else None
    first, last = common.parse_period(since, until)
    common.check_output(output, db)
    with Store.open(db, read_only=True) as store:
        rows = export_events(
            store,
            output,
            fmt,
            actor=prefix,
            since=first,
            until=last,
        )
    out.print(f"wrote {rows} events to {output} ({fmt})")
