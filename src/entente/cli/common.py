"""Shared CLI helpers: consoles, progress bars, output formats, error reporting."""

from __future__ import annotations

import csv
import datetime as dt
import json
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TextIO

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from entente.errors import EntenteError
from entente.ingest import Skipped, iter_files

out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False)


def fail(message: str, code: int = 2) -> typer.Exit:
    """Print one clear error line and return the Exit to raise."""
    err.print(f"[bold red]error:[/] {message}")
    return typer.Exit(code)


def parse_day(value: str | None, option: str) -> dt.date | None:
    """Parse a --since/--until value (YYYY-MM-DD, YYYY-MM or YYYY). For ``--until`` a month or a
    year means its last day: ``--until 2019`` includes all of 2019."""
    if not value:
        return None
    for fmt in ("%Y-%m-%d", "%Y-%m", "%Y"):
        try:
            day = dt.datetime.strptime(value, fmt).date()
        except ValueError:
            continue
        if option == "--until" and fmt == "%Y":
            return dt.date(day.year, 12, 31)
        if option == "--until" and fmt == "%Y-%m":
            nxt = dt.date(day.year + (day.month == 12), day.month % 12 + 1, 1)
            return nxt - dt.timedelta(days=1)
        return day
    raise fail(f"{option} {value!r}: use YYYY-MM-DD, YYYY-MM or YYYY")


def parse_period(since: str | None, until: str | None) -> tuple[dt.date | None, dt.date | None]:
    """Parse --since and --until (see :func:`parse_day`); a period that ends before it starts
    is a user error, not an empty answer."""
    first, last = parse_day(since, "--since"), parse_day(until, "--until")
    if first and last and first > last:
        raise fail(
            f"--since {since} is after --until {until}: the period holds no day "
            f"({first.isoformat()} > {last.isoformat()})"
        )
    return first, last


def check_output(output: Path, db: Path | None, option: str = "--output") -> None:
    """Refuse to write a report or an export over the store it is read from."""
    from entente.store.duckdb_store import default_path

    store = default_path(db)
    if output.resolve() == store.resolve():
        raise fail(f"{option} {output} is the store itself: writing there would replace it")


@contextmanager
def progress(total: int | None, label: str, *, enabled: bool = True) -> Iterator[Any]:
    """A Rich progress bar on stderr (hidden when stderr is not a terminal)."""
    columns = [
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.fields[status]}"),
    ]
    with Progress(
        *columns, console=err, transient=True, disable=not enabled or not err.is_terminal
    ) as bar:
        task = bar.add_task(label, total=total, status="")

        def advance(status: str = "") -> None:
            bar.update(task, advance=1, status=status)

        yield advance


def count_inputs(paths: Iterable[str]) -> int | None:
    """How many files the paths expand to (for the progress bar); None for stdin."""
    paths = list(paths)
    if "-" in paths:
        return None
    return sum(1 for item in iter_files(paths) if not isinstance(item, Skipped))


def write_records(
    records: Iterable[dict[str, Any]],
    fmt: str,
    stream: TextIO | None = None,
    keys: Iterable[str] | None = None,
) -> int:
    """Write dict records as jsonl or csv (to stdout by default). RETURNS (int): how many."""
    stream = stream or sys.stdout
    n = 0
    writer = None
    for record in records:
        if fmt == "jsonl":
            stream.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")
        else:
            if writer is None:
                writer = csv.DictWriter(
                    stream, fieldnames=list(keys or record.keys()), extrasaction="ignore"
                )
                writer.writeheader()
            writer.writerow(record)
        n += 1
    if n == 0 and fmt == "csv" and keys:
        csv.DictWriter(stream, fieldnames=list(keys)).writeheader()
    return n


def report_skipped(skipped: list[Skipped]) -> None:
    """Print each skipped input with its reason."""
    for item in skipped:
        err.print(f"[yellow]skipped[/] {item.path}: {item.reason}")


def guard(func: Any) -> Any:
    """Turn EntenteError into one error line and exit code 2."""
    import functools

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except EntenteError as exc:
            raise fail(str(exc)) from None

    return wrapper
