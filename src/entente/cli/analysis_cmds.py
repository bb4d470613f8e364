"""Commands that analyse the store: dyad, actors, actor."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.table import Table

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


@app.command("dyad")
@guard
def dyad_command(
    a: ActorA,
    b: ActorB,
    db: DbOption = None,
    since: Since = None,
    until: Until = None,
    by: ByPeriod = "quarter",
    directed: Directed = False,
    normalize: Normalize = "total",
    min_events: MinEvents = 3,
    evidence: Evidence = 3,
) -> None:
    """Relationship between two actors over time: a table, a sparkline and findings with evidence.

    An event dated only to a month or a year counts in periods at least that coarse, one dated
    by a named period of several years ("during the Syrian war") in none; the report says how
    many it left out.

    Example: entente dyad Hamas Iran --by quarter --since 2010
    """
    from entente.cli.report_text import print_dyad_report
    from entente.store import Store

    first, last = common.parse_period(since, until)
    with Store.open(db, read_only=True) as store:
        print_dyad_report(
            store,
            a,
            b,
            by=by,
            directed=directed,
            normalize=normalize,
            min_events=min_events,
            since=first,
            until=last,
            evidence=evidence,
        )


@app.command("actors")
@guard
def actors_command(
    query: Annotated[str | None, typer.Argument(help="Part of a name, alias or code.")] = None,
    limit: Annotated[int, typer.Option(help="At most this many rows.")] = 30,
) -> None:
    """Search the known actors (built-in knowledge base) and their codes.

    Example: entente actors haniyeh
    """
    from entente.actors.search import search_actors

    table = Table(show_header=True, header_style="bold")
    for col in ("code", "name", "kind", "matched", "roles"):
        table.add_column(col)
    for row in search_actors(query or "", limit=limit):
        table.add_row(row.code, row.name, row.kind, row.matched, row.roles)
    out.print(table)


@app.command("actor")
@guard
def actor_command(
    actor: Annotated[str, typer.Argument(help="Actor: code, name or alias.")],
    db: DbOption = None,
    since: Since = None,
    until: Until = None,
    top: Annotated[int, typer.Option(help="Partners and adversaries to list.")] = 10,
    by: Annotated[
        str, typer.Option(help="Group counterparts by country (default) or by full actor code.")
    ] = "country",
) -> None:
    """Profile of an actor: top partners and adversaries, events by type, network centrality.

    Example: entente actor Hamas --since 2017
    """
    from entente.analysis.dyad import resolve_actor
    from entente.analysis.profile import actor_profile
    from entente.events.ontology import cameo
    from entente.store import Store

    selector = resolve_actor(actor)
    first, last = common.parse_period(since, until)
    level = _level(by)
    with Store.open(db, read_only=True) as store:
        profile = actor_profile(
            store,
            selector,
            since=first,
            until=last,
            top=top,
            level=level,
        )
    out.print(f"[bold]{selector.label}[/] ({selector.prefix}): {profile.events} events")
    for title, rows in (
        ("Top partners", profile.partners),
        ("Top adversaries", profile.adversaries),
    ):
        table = Table(title=title, show_header=True, header_style="bold")
        for c in ("code", "name", "cooperation", "conflict", "Goldstein mean"):
            table.add_column(c)
        for r in rows:
            table.add_row(
                r["code"],
                r["name"] or "",
                str(r["cooperation"]),
                str(r["conflict"]),
                f"{r['goldstein_mean']:+.2f}",
            )
        out.print(table)
    table = Table(title="Events by type", show_header=True, header_style="bold")
    for c in ("root", "name", "as source", "as target"):
        table.add_column(c)
    for r in profile.by_root:
        table.add_row(r["root"], cameo(r["root"]).name, str(r["as_source"]), str(r["as_target"]))
    out.print(table)
    if profile.centrality:
        out.print("centrality: " + ", ".join(f"{k} {v}" for k, v in profile.centrality.items()))


def _level(by: str) -> int:
    if by not in ("country", "code"):
        raise common.fail(f"--by {by!r}: use country or code")
    return 3 if by == "country" else 0
