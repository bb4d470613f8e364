"""Ingest: read HTML pages, plain text and JSON Lines into :class:`~entente.model.Article`.

``read_paths`` walks files, directories and ``-`` (stdin) and yields articles and
:class:`Skipped` records; a bad file never stops the batch.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from entente.errors import InputError
from entente.ingest.dates import parse_date
from entente.ingest.html import read_html
from entente.ingest.text import read_text
from entente.model import Article

__all__ = [
    "Skipped",
    "iter_files",
    "read_file",
    "read_html",
    "read_jsonl",
    "read_paths",
    "read_text",
]

HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
TEXT_SUFFIXES = {".txt", ".text"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SUFFIXES = HTML_SUFFIXES | TEXT_SUFFIXES | JSONL_SUFFIXES


@dataclass(frozen=True, slots=True)
class Skipped:
    """An input that could not be read: where and why."""

    path: str
    reason: str


def read_jsonl(
    lines: Iterable[str], *, source: str, today: dt.date | None = None
) -> Iterator[Article | Skipped]:
    """Read JSON Lines records ``{id, date, text | html, url?, title?}``.

    A bad record is yielded as :class:`Skipped` naming ``source:line``; the rest go on.
    """
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{source}:{number}"
        try:
            yield _read_record(line, where=where, today=today)
        except InputError as exc:
            yield Skipped(exc.path, exc.reason)


def _read_record(line: str, *, where: str, today: dt.date | None) -> Article:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(where, f"not valid JSON ({exc.msg})") from None
    if not isinstance(record, dict):
        raise InputError(where, "a record must be a JSON object")
    record_id = record.get("id")
    if record_id is None or str(record_id).strip() == "":
        raise InputError(where, "record has no 'id'")
    raw_date = record.get("date")
    date = parse_date(raw_date) if raw_date not in (None, "") else None
    if raw_date not in (None, "") and date is None:
        raise InputError(where, f"unreadable date {raw_date!r} (use YYYY-MM-DD)")
    source = str(record.get("url") or where)
    if isinstance(record.get("html"), str):
        html: str = record["html"]
        return read_html(html, source=source, id=str(record_id), date=date, today=today)
    if isinstance(record.get("text"), str):
        title = record.get("title")
        return read_text(
            record["text"],
            source=source,
            id=str(record_id),
            title=title or "",
            date=date,
            today=today,
        ).evolve(title=title or None)
    raise InputError(where, "record needs a 'text' or an 'html' field")


def _sniff(text: str) -> str:
    head = text.lstrip()[:200].lower()
    if head.startswith("{"):
        return "jsonl"
    if head.startswith("<") and (
        "<html" in head
        or "<!doctype" in head
        or "<head" in head
        or "<body" in head
        or "<article" in head
        or "<p" in head
    ):
        return "html"
    return "text"


def read_file(
    path: Path, *, today: dt.date | None = None, id_root: Path | None = None
) -> Iterator[Article | Skipped]:
    """Read one file by its suffix (content sniffed for unknown suffixes).

    id_root (Path | None): article ids are paths relative to this folder (default: as given).
    """
    where = str(path)
    if id_root is not None:
        with contextlib.suppress(ValueError):
            where = path.relative_to(id_root).as_posix()
    try:
        raw = path.read_bytes()
    except OSError as exc:
        yield Skipped(where, exc.strerror or str(exc))
        return
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("latin-1") if path.suffix.lower() in HTML_SUFFIXES else ""
        if not text:
            yield Skipped(where, "not UTF-8 text")
            return
    yield from _read_string(text, where=where, kind=_kind(path, text), today=today)


def _kind(path: Path, text: str) -> str:
    suffix = path.suffix.lower()
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix in TEXT_SUFFIXES:
        return "text"
    return _sniff(text)


def _read_string(
    text: str, *, where: str, kind: str, today: dt.date | None
) -> Iterator[Article | Skipped]:
    if kind == "jsonl":
        yield from read_jsonl(text.splitlines(), source=where, today=today)
        return
    try:
        if kind == "html":
            yield read_html(text, source=where, today=today)
        else:
            yield read_text(text, source=where, today=today)
    except InputError as exc:
        yield Skipped(exc.path, exc.reason)


def iter_files(paths: Iterable[str | Path]) -> Iterator[Path | Skipped]:
    """Expand files and directories (recursively, known suffixes, sorted) into file paths."""
    for raw in paths:
        path = Path(raw)
        if str(raw) == "-":
            yield path
        elif path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and child.suffix.lower() in SUFFIXES:
                    yield child
        elif path.is_file():
            yield path
        else:
            yield Skipped(str(raw), "no such file or directory")


def read_paths(
    paths: Iterable[str | Path], *, today: dt.date | None = None, id_root: Path | None = None
) -> Iterator[Article | Skipped]:
    """Read files, directories and ``-`` (stdin); yield articles and skipped inputs in order.

    id_root (Path | None): file ids are made relative to this folder.
    """
    for item in iter_files(paths):
        if isinstance(item, Skipped):
            yield item
        elif str(item) == "-":
            text = sys.stdin.read()
            yield from _read_string(text, where="<stdin>", kind=_sniff(text), today=today)
        else:
            yield from read_file(item, today=today, id_root=id_root)
