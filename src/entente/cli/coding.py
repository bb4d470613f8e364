"""Commands that read news and code events: code, ingest, events, eval, demo."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any

import typer

from entente.cli import common
from entente.cli.app import (
    DbOption,
    Dictionaries,
    FormatOption,
    NoBuiltin,
    Paths,
    Since,
    Until,
    app,
)
from entente.cli.common import err, fail, guard, out


def _check_format(fmt: str) -> None:
    if fmt not in ("jsonl", "csv"):
        raise fail(f"--format {fmt!r}: use jsonl or csv")


@app.command("code")
@guard
def code_command(
    paths: Paths,
    fmt: FormatOption = "jsonl",
    dictionaries: Dictionaries = None,
    no_builtin: NoBuiltin = False,
) -> None:
    """Code news files into events and write them to stdout (nothing is stored).

    Example: entente code page.html --format jsonl
    """
    from entente.api import EVENT_KEYS, code_paths, event_record
    from entente.ingest import Skipped

    _check_format(fmt)
    skipped: list[Skipped] = []

    def records() -> Iterator[dict[str, Any]]:
        with common.progress(common.count_inputs(paths), "coding") as advance:
            for item in code_paths(paths, dictionaries=dictionaries or (), builtin=not no_builtin):
                if isinstance(item, Skipped):
                    skipped.append(item)
                else:
                    yield from (event_record(e, item) for e in item.events)
                advance()

    common.write_records(records(), fmt, sys.stdout, EVENT_KEYS)
    _finish(skipped)


def _finish(skipped: list) -> None:  # type: ignore[type-arg]
    if skipped:
        common.report_skipped(skipped)
        err.print(f"{len(skipped)} input(s) skipped")
        raise typer.Exit(1)


@app.command("ingest")
@guard
def ingest_command(
    paths: Paths,
    db: DbOption = None,
    dictionaries: Dictionaries = None,
    no_builtin: NoBuiltin = False,
) -> None:
    """Code news files and add them to the store (re-ingesting the same article adds nothing).

    Example: entente ingest news/ --db events.duckdb
    """
    from entente.api import ingest_paths
    from entente.store import Store

    with Store.open(db) as store, common.progress(common.count_inputs(paths), "ingesting") as adv:
        report = ingest_paths(
            paths,
            store,
            dictionaries=dictionaries or (),
            builtin=not no_builtin,
            on_item=lambda _: adv(),
        )
    err.print(
        f"{report.added} article(s) added, {report.duplicates} already stored, "
        f"{report.events} event(s) coded; store: {store.path}"
    )
    for article_id in report.undated:
        err.print(f"[yellow]no date[/] {article_id}: events have no date")
    _finish(report.skipped)


@app.command("events")
@guard
def events_command(
    db: DbOption = None,
    actor: Annotated[
        str | None, typer.Option(help="Actor code or prefix (IRN), or a known name (Hamas).")
    ] = None,
    since: Since = None,
    until: Until = None,
    fmt: FormatOption = "jsonl",
    limit: Annotated[int | None, typer.Option(help="At most this many events.")] = None,
    sample: Annotated[
        int | None,
        typer.Option(help="Draw this many events at random, to read and judge by hand."),
    ] = None,
    seed: Annotated[int, typer.Option(help="The random draw of --sample.")] = 0,
) -> None:
    """List stored events with their evidence sentences.

    Example: entente events --actor PSEREBHMS --since 2017-01-01 --format csv
    Audit: entente events --sample 50 --seed 1 --format csv
    """
    from entente.store import Store

    _check_format(fmt)
    if sample is not None and sample < 1:
        raise fail(f"--sample must be at least 1, not {sample}")
    if limit is not None and limit < 1:
        raise fail(f"--limit must be at least 1, not {limit}")
    first, last = common.parse_period(since, until)
    prefix = _actor_prefix(actor)
    with Store.open(db, read_only=True) as store:
        rows = store.events(
            actor=prefix,
            since=first,
            until=last,
            limit=limit,
            sample=sample,
            seed=seed,
        )
    common.write_records(rows, fmt)


def _actor_prefix(actor: str | None) -> str | None:
    """The code prefix for --actor: a code or code prefix as given (IRN, PSEREBHMS, PSERE), else a
    known name or alias resolved to its code (an unknown one is a clear error, not an empty
    list)."""
    if not actor:
        return None
    from entente.analysis.dyad import resolve_actor
    from entente.errors import QueryError

    text = actor.strip()
    if text.isupper() and text.replace("-", "").isalnum():
        try:  # "NATO", "IRGC", "HAMAS": a name in capitals before a bare prefix (PSERE)
            return resolve_actor(text).prefix
        except QueryError:
            return text
    return resolve_actor(text).prefix


@app.command("demo")
@guard
def demo_command(
    db: Annotated[Path, typer.Option("--db", help="Store for the demo.")] = Path(
        "entente-demo.duckdb"
    ),
    a: Annotated[str, typer.Option("--a", help="First actor.")] = "Hamas",
    b: Annotated[str, typer.Option("--b", help="Second actor.")] = "Iran",
    report: Annotated[Path, typer.Option("--report", help="HTML report to write.")] = Path(
        "entente-demo-report.html"
    ),
) -> None:
    """Code the bundled sample corpus into a store, print the Hamas–Iran relationship report and
    write it as an offline HTML report.

    Example: entente demo
    """
    from entente.analysis.dyad import resolve_actor
    from entente.analysis.report import build_report, write_html
    from entente.api import ingest_paths, sample_corpus
    from entente.cli.report_text import print_dyad_report
    from entente.store import Store

    side_a, side_b = resolve_actor(a), resolve_actor(b)  # an unknown actor stops before coding
    common.check_output(report, db, "--report")
    corpus = sample_corpus()
    with Store(db) as store:
        with common.progress(common.count_inputs([str(corpus)]), "coding samples") as adv:
            added = ingest_paths([corpus], store, id_root=corpus, on_item=lambda _: adv())
        counts = store.counts()
        out.print(
            f"[bold]Sample corpus[/]: {counts['articles']} articles, "
            f"{counts['sentences']} sentences, {counts['events']} events in {store.path} "
            f"({added.added} new)"
        )
        print_dyad_report(store, a, b, by="year")
        dyad = build_report(store, side_a, side_b, by="year")
    path = write_html(dyad, report)
    out.print(f"\n[bold]HTML report[/]: {path.resolve()}")


@app.command("eval")
@guard
def eval_command(
    gold: Annotated[list[Path], typer.Argument(help="Gold JSON Lines file(s).")],
    dictionaries: Dictionaries = None,
    no_builtin: NoBuiltin = False,
    diff: Annotated[bool, typer.Option(help="List per-record misses and extras.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print scores as JSON.")] = False,
) -> None:
    """Score the coder against gold files: precision, recall and F1 (lenient and strict).

    Example: entente eval ../shared/gold/plover_gsr_cameo.jsonl --diff
    """
    import json as _json

    from entente.api import build_pipeline
    from entente.cli.report_text import print_eval
    from entente.errors import InputError
    from entente.evaluate import load_gold, result_json, score_file
    from entente.ingest import Skipped

    pipeline = build_pipeline(dictionaries or (), builtin=not no_builtin)
    results = []
    skipped: list[Skipped] = []
    for path in gold:
        try:
            with common.progress(len(load_gold(path)), f"scoring {path.name}") as advance:
                results.append(score_file(path, pipeline, progress=advance))
        except InputError as exc:  # a bad gold file is reported; the other files are scored
            skipped.append(Skipped(exc.path, exc.reason))
    if as_json:
        out.print_json(_json.dumps([result_json(r) for r in results]))
    else:
        for result in results:
            print_eval(result, diff=diff)
    _finish(skipped)
