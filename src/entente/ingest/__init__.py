"""Ingest: read HTML pages, plain text and JSON Lines into :class:`~entente.model.Article`.

``read_paths`` walks files, directories and ``-`` (stdin) and yields articles and
:class:`Skipped` records; a bad file never stops the batch.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import re
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

    A bad record is yielded as :class:`Skipped` naming ``source:line``; the rest go on. Input
    without any record (empty, or only blank lines) is one :class:`Skipped` naming ``source``.
    """
    records = 0
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        records += 1
        where = f"{source}:{number}"
        try:
            yield _read_record(line, where=where, today=today)
        except InputError as exc:
            yield Skipped(exc.path, exc.reason)
    if not records:
        yield Skipped(source, "no records (an empty JSON Lines file)")


#: A UTF-16 surrogate left alone by a JSON escape ("\ud800"): no character, and no UTF-8 for it.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _string(value: str) -> str:
    """A JSON string as text: a lone surrogate escape becomes U+FFFD (the rest is kept)."""
    return _LONE_SURROGATE.sub("\ufffd", value)


def _read_record(line: str, *, where: str, today: dt.date | None) -> Article:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(where, f"not valid JSON ({exc.msg})") from None
    except RecursionError:
        raise InputError(where, "not valid JSON (nested too deeply)") from None
    except ValueError:  # Python reads no integer of more than 4300 digits
        raise InputError(where, "not valid JSON (a number too long to read)") from None
    if not isinstance(record, dict):
        raise InputError(where, "a record must be a JSON object")
    record_id = record.get("id")
    if record_id is None or str(record_id).strip() == "":
        raise InputError(where, "record has no 'id'")
    raw_date = record.get("date")
    date = parse_date(raw_date) if raw_date not in (None, "") else None
    if raw_date not in (None, "") and date is None:
        raise InputError(where, f"unreadable date {raw_date!r} (use YYYY-MM-DD)")
    source = _string(str(record.get("url") or where))
    record_id = _string(str(record_id))
    title = record.get("title")
    if title is not None and not isinstance(title, str):
        raise InputError(where, f"'title' must be a string, not {type(title).__name__}")
    title = _string(title) if title else title
    if isinstance(record.get("html"), str):
        html = _string(record["html"])
        return read_html(html, source=source, id=record_id, date=date, today=today)
    if isinstance(record.get("text"), str):
        return read_text(
            _string(record["text"]),
            source=source,
            id=record_id,
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
    text = _decode(raw, html=path.suffix.lower() in HTML_SUFFIXES)
    if text is None:
        yield Skipped(where, "not UTF-8 text")
        return
    yield from _read_string(text, where=where, kind=_kind(path, text), today=today)


def _decode(raw: bytes, *, html: bool = False) -> str | None:
    """Bytes as text: UTF-8 (a leading byte-order mark dropped), else Latin-1 for an HTML page.
    RETURNS None when the bytes are not text that can be read."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("latin-1") if html and raw else None


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
    """Expand files and directories (recursively, known suffixes, sorted) into file paths.

    What cannot be read is a :class:`Skipped` in its place: a missing path, a folder that cannot
    be listed, a broken link, a folder without any news file.
    """
    for raw in paths:
        path = Path(raw)
        if str(raw) == "-":
            yield path
        elif path.is_dir():
            yield from _folder_files(path)
        elif path.is_file():
            yield path
        elif path.is_symlink():
            yield Skipped(str(raw), "broken symbolic link")
        elif path.exists():
            yield Skipped(str(raw), "not a regular file")
        else:
            yield Skipped(str(raw), "no such file or directory")


def _folder_files(folder: Path) -> Iterator[Path | Skipped]:
    """The news files under ``folder`` (sorted; symbolic links to folders are not followed), with
    a :class:`Skipped` for each subfolder that cannot be listed and each broken link."""
    found: list[tuple[Path, Path | Skipped]] = []

    def unreadable(exc: OSError) -> None:
        where = Path(exc.filename or folder)
        found.append((where, Skipped(str(where), exc.strerror or str(exc))))

    for root, _folders, names in os.walk(folder, onerror=unreadable):
        for name in names:
            child = Path(root, name)
            if child.suffix.lower() not in SUFFIXES:
                continue
            if child.is_file():
                found.append((child, child))
            elif child.is_symlink():
                found.append((child, Skipped(str(child), "broken symbolic link")))
    if not found:
        suffixes = ", ".join(sorted(SUFFIXES))
        yield Skipped(str(folder), f"no news files ({suffixes}) in this folder")
        return
    for _, item in sorted(found, key=lambda pair: pair[0]):
        yield item


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
            text = _read_stdin()
            if text is None:
                yield Skipped("<stdin>", "not UTF-8 text")
            else:
                yield from _read_string(text, where="<stdin>", kind=_sniff(text), today=today)
        else:
            yield from read_file(item, today=today, id_root=id_root)


def _read_stdin() -> str | None:
    """Standard input as text (decoded as a file is), None when it is not UTF-8 text."""
    buffer = getattr(sys.stdin, "buffer", None)
    if buffer is None:  # a text stream without bytes underneath (a test's StringIO)
        return sys.stdin.read()
    raw = buffer.read()
    return _decode(raw, html=_sniff(raw[:400].decode("latin-1")) == "html")
