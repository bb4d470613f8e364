"""The Typer application and the options shared by several commands."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

app = typer.Typer(
    name="entente",
    help="Political event data from news: actors, CAMEO/PLOVER events with evidence, and "
    "relationships between actors over time.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)

Paths = Annotated[list[str], typer.Argument(help="Files, directories or - for stdin.")]
Dictionaries = Annotated[
    list[Path] | None,
    typer.Option("--dictionaries", "-d", help="Extra dictionary folder or file (repeatable)."),
]
DbOption = Annotated[
    Path | None,
    typer.Option("--db", help="Store file (default: $ENTENTE_DB or ./entente.duckdb)."),
]
FormatOption = Annotated[str, typer.Option("--format", "-f", help="jsonl or csv.")]
NoBuiltin = Annotated[
    bool,
    typer.Option("--no-builtin", help="Use only --dictionaries, not the built-in dictionaries."),
]
Since = Annotated[str | None, typer.Option(help="First date, YYYY[-MM[-DD]].")]
Until = Annotated[str | None, typer.Option(help="Last date, YYYY[-MM[-DD]].")]

# The options of the dyad commands (``dyad`` and ``report``).
ActorA = Annotated[str, typer.Argument(help="First actor: code, name or alias.")]
ActorB = Annotated[str, typer.Argument(help="Second actor: code, name or alias.")]
ByPeriod = Annotated[str, typer.Option(help="day, week, month, quarter or year.")]
Directed = Annotated[bool, typer.Option(help="Only events from A to B.")]
Normalize = Annotated[
    str, typer.Option(help="Rates per 1,000 events of: total (all events) or actors.")
]
MinEvents = Annotated[int, typer.Option(help="Fewer events mark a period uncertain.")]
Evidence = Annotated[int, typer.Option(help="Evidence events per finding.")]
