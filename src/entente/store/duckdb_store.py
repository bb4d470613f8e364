"""The embedded DuckDB event store: one file, migrations, idempotent and crash-safe ingest.

Every article is written inside a transaction together with its sentences, mentions and events,
so an interrupted ingest never leaves half an article; articles are keyed by content hash, so
re-ingesting the same article adds nothing and an interrupted run simply resumes.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from typing import Any

import duckdb

from entente.errors import StoreError
from entente.model import Actor, Article, Event, Mention, Segment, Sentence

__all__ = ["DEFAULT_DB", "AddResult", "Store", "default_path", "event_filter"]

DEFAULT_DB = "entente.duckdb"
_EVENT_COLUMNS = (
    "id, article_key, article_id, date, source, source_name, source_country, source_sectors, "
    "source_kind, target, target_name, target_country, target_sectors, target_kind, cameo, root, "
    "quad_class, goldstein, plover, plover_mode, sentence, evidence_start, evidence_end, rule, "
    "confidence, source_mention, target_mention, date_precision, date_end"
)


def default_path(path: str | Path | None = None) -> Path:
    """RETURNS (Path): ``path``, else ``$ENTENTE_DB``, else ``./entente.duckdb``."""
    return Path(path or os.environ.get("ENTENTE_DB") or DEFAULT_DB)


@dataclass(frozen=True)
class AddResult:
    """What an ingest did: articles added, duplicates skipped, events added."""

    added: int = 0
    duplicates: int = 0
    events: int = 0


def _migrations() -> list[tuple[int, str]]:
    folder = files("entente") / "store" / "migrations"
    found = []
    for item in folder.iterdir():
        if item.name.endswith(".sql"):
            found.append((int(item.name.split("_", 1)[0]), item.read_text("utf-8")))
    return sorted(found)


class Store:
    """An Entente store in a DuckDB file (or ``":memory:"``).

    path (str | Path): database file; created with its parent folder when missing.
    read_only (bool): open without writing (several readers may share a file); a store of an
        older schema is first migrated once in a writable connection (see
        :meth:`_upgrade_then_reopen`), so that opening it needs write access that one time.
    """

    def __init__(self, path: str | Path = ":memory:", *, read_only: bool = False) -> None:
        self.path = str(path)
        if self.path != ":memory:":
            file = Path(self.path)
            if file.is_dir():
                raise StoreError(f"cannot open store {self.path}: it is a folder, not a store file")
            if read_only and not file.exists():
                raise StoreError(f"no store at {self.path}: run 'entente ingest' first")
            if not read_only:
                try:
                    file.parent.mkdir(parents=True, exist_ok=True)
                except OSError as exc:
                    raise StoreError(
                        f"cannot create the folder of store {self.path}: "
                        f"{exc.strerror or exc} ({exc.filename or file.parent})"
                    ) from None
        try:
            self.con = duckdb.connect(self.path, read_only=read_only)
        except duckdb.Error as exc:
            raise StoreError(f"cannot open store {self.path}: {exc}") from None
        try:
            self._check_store(read_only)
            if not read_only:
                self._migrate()
            elif self.schema_version < _migrations()[-1][0]:
                self._upgrade_then_reopen()
        except BaseException:
            self.con.close()
            raise

    @classmethod
    def open(cls, path: str | Path | None = None, *, read_only: bool = False) -> Store:
        """Open the store at ``path`` / ``$ENTENTE_DB`` / ``./entente.duckdb``."""
        return cls(default_path(path), read_only=read_only)

    # -- lifecycle ------------------------------------------------------------------------
    def _check_store(self, read_only: bool) -> None:
        """Refuse a DuckDB file that is not an Entente store: reading it would fail on a missing
        table, and writing would add Entente's tables to somebody else's database."""
        tables = {
            str(row[0])
            for row in self.con.execute(
                "SELECT table_name FROM information_schema.tables "
                "WHERE table_catalog = current_database() AND table_schema = 'main'"
            ).fetchall()
        }
        if "schema_version" in tables or (not tables and not read_only):
            return
        raise StoreError(
            f"{self.path} is a DuckDB database but not an Entente store "
            f"(it has no schema_version table{'' if tables else ' and no tables'}); "
            "use a new file or an Entente store"
        )

    def _upgrade_then_reopen(self) -> None:
        """A store of an older schema opened for reading (``entente dyad`` on a store written
        by an earlier version): migrate it once in a writable connection, then read it. Reading
        it as it is would fail on a column it lacks (``events.date_precision``, version 2;
        ``events.date_end``, version 3)."""
        self.con.close()
        try:
            self.con = duckdb.connect(self.path)
            self._migrate()
            self.con.close()
            self.con = duckdb.connect(self.path, read_only=True)
        except duckdb.Error as exc:
            raise StoreError(
                f"store {self.path} was written by an earlier version of Entente and must be "
                f"updated before it is read, which failed: {exc} (open it once where it can be "
                "written, e.g. with 'entente ingest')"
            ) from None

    def _migrate(self) -> None:
        try:
            self.con.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
            row = self.con.execute("SELECT max(version) FROM schema_version").fetchone()
            current = row[0] if row and row[0] is not None else 0
            for version, sql in _migrations():
                if version > current:
                    self.con.execute("BEGIN TRANSACTION")
                    try:
                        self.con.execute(sql)
                        self.con.execute("INSERT INTO schema_version VALUES (?)", [version])
                        self.con.execute("COMMIT")
                    except BaseException:
                        self.con.execute("ROLLBACK")
                        raise
        except duckdb.Error as exc:
            raise StoreError(f"cannot update store {self.path} to this version: {exc}") from None

    @property
    def schema_version(self) -> int:
        """RETURNS (int): the applied schema version."""
        row = self.con.execute("SELECT max(version) FROM schema_version").fetchone()
        return int(row[0]) if row and row[0] is not None else 0

    def close(self) -> None:
        """Close the connection (uncommitted work is rolled back)."""
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing --------------------------------------------------------------------------
    def has(self, article: Article) -> bool:
        """True when an article with the same content is stored."""
        row = self.con.execute("SELECT 1 FROM articles WHERE key = ?", [article.content_hash])
        return row.fetchone() is not None

    def add(self, articles: Iterable[Article]) -> AddResult:
        """Add articles, each in its own transaction. RETURNS (AddResult)."""
        added = duplicates = events = 0
        for article in articles:
            if self.add_article(article):
                added += 1
                events += len(article.events)
            else:
                duplicates += 1
        return AddResult(added, duplicates, events)

    def add_article(self, article: Article) -> bool:
        """Store one coded article atomically. RETURNS (bool): False if it was already stored.

        An article with the same id but different content replaces the stored version.
        """
        key = article.content_hash
        if self.has(article):
            return False
        self.con.execute("BEGIN TRANSACTION")
        try:
            self._delete_id(article.id)
            self._insert(article, key)
            self.con.execute("COMMIT")
        except BaseException as exc:
            self.con.execute("ROLLBACK")
            if isinstance(exc, duckdb.Error):
                raise StoreError(
                    f"cannot write article {article.id} to store {self.path}: {exc} "
                    "(the articles stored before it are kept)"
                ) from None
            raise
        return True

    def _delete_id(self, article_id: str) -> None:
        keys = [
            r[0]
            for r in self.con.execute(
                "SELECT key FROM articles WHERE id = ?", [article_id]
            ).fetchall()
        ]
        for old in keys:
            for table in ("events", "mentions", "sentences"):
                self.con.execute(f"DELETE FROM {table} WHERE article_key = ?", [old])
            self.con.execute("DELETE FROM articles WHERE key = ?", [old])

    def _insert(self, article: Article, key: str) -> None:
        segments = [
            [s.kind, s.start, s.end, s.date.isoformat() if s.date else None]
            for s in article.segments
        ]
        self.con.execute(
            "INSERT INTO articles (key, id, source, title, subtitle, author, published, "
            "date_source, text, segments, warnings) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            [
                key,
                article.id,
                article.source,
                article.title,
                article.subtitle,
                article.author,
                article.published,
                article.date_source,
                article.text,
                json.dumps(segments),
                json.dumps(list(article.warnings)),
            ],
        )
        if article.sentences:
            self.con.executemany(
                "INSERT INTO sentences VALUES (?,?,?,?,?)",
                [[key, s.index, s.start, s.end, s.segment] for s in article.sentences],
            )
        if article.mentions:
            self.con.executemany(
                "INSERT INTO mentions VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                [
                    [key, i, m.sentence, m.start, m.end, *_actor_row(m.actor), m.via]
                    for i, m in enumerate(article.mentions)
                ],
            )
        actors = {m.actor.code: m.actor for m in article.mentions}
        if actors:
            self.con.executemany(
                "INSERT INTO actors VALUES (?,?,?,?,?) ON CONFLICT DO NOTHING",
                [_actor_row(a) for a in actors.values()],
            )
        if article.events:
            self.con.executemany(
                f"INSERT INTO events ({_EVENT_COLUMNS}) VALUES ({','.join('?' * 29)})",
                [_event_row(e, key) for e in article.events],
            )

    # -- reading --------------------------------------------------------------------------
    def article_keys(self) -> list[str]:
        """RETURNS (list[str]): content keys of all stored articles."""
        return [r[0] for r in self.con.execute("SELECT key FROM articles ORDER BY id").fetchall()]

    def get_article(self, key_or_id: str) -> Article:
        """Rebuild a stored article with all its annotations (by content key or article id)."""
        row = self.con.execute(
            "SELECT key, id, source, title, subtitle, author, published, date_source, text, "
            "segments, warnings FROM articles WHERE key = ? OR id = ? LIMIT 1",
            [key_or_id, key_or_id],
        ).fetchone()
        if row is None:
            raise StoreError(f"no article {key_or_id!r} in {self.path}")
        key = row[0]
        segments = tuple(
            Segment(k, s, e, dt.date.fromisoformat(d) if d else None)
            for k, s, e, d in json.loads(row[9])
        )
        sentences = tuple(
            Sentence(*r)
            for r in self.con.execute(
                "SELECT idx, start_char, end_char, segment FROM sentences WHERE article_key = ? "
                "ORDER BY idx",
                [key],
            ).fetchall()
        )
        mentions = tuple(
            Mention(r[1], r[2], r[0], Actor(r[3], r[4], r[5], tuple(r[6] or ()), r[7]), r[8])
            for r in self.con.execute(
                "SELECT sentence, start_char, end_char, code, name, country, sectors, kind, via "
                "FROM mentions WHERE article_key = ? ORDER BY idx",
                [key],
            ).fetchall()
        )
        events = tuple(self._events_where("article_key = ?", [key]))
        return Article(
            id=row[1],
            text=row[8],
            source=row[2] or "",
            title=row[3],
            subtitle=row[4],
            author=row[5],
            published=row[6],
            date_source=row[7],
            segments=segments,
            sentences=sentences,
            mentions=mentions,
            events=events,
            warnings=tuple(json.loads(row[10])),
        )

    def _events_where(self, where: str, params: list[Any]) -> Iterator[Event]:
        sql = f"SELECT {_EVENT_COLUMNS} FROM events WHERE {where} ORDER BY date, id"
        for r in self.con.execute(sql, params).fetchall():
            yield _event_from_row(r)

    def events(
        self,
        *,
        actor: str | None = None,
        since: dt.date | None = None,
        until: dt.date | None = None,
        limit: int | None = None,
        sample: int | None = None,
        seed: int = 0,
    ) -> list[dict[str, Any]]:
        """Stored events as dicts (newest last) with their evidence sentence.

        Each has ``date_precision`` and ``date_end`` after ``date``: ``day``, or ``month`` /
        ``year`` for an event whose sentence names only its month or year (``date`` is then the
        period's first day), or ``period`` for one whose sentence names a longer period ("during
        the Syrian war": ``date`` is its first day, ``date_end`` its last; None otherwise).

        actor (str | None): an actor code or code prefix (``IRN`` matches ``IRNGOV``), matched on
        source or target. since/until (date | None): inclusive date bounds. sample (int | None):
        that many events drawn at random from those selected (all of them when fewer), to read
        and judge by hand: the share found right estimates the coder's precision on this
        corpus. seed (int): the draw; the same seed draws the same events from the same store.
        """
        if sample is not None and sample < 1:
            raise ValueError(f"sample must be at least 1, not {sample}")
        where, params = event_filter(actor, since, until)
        sql = (
            "SELECT e.id, e.article_id, e.date, coalesce(e.date_precision, 'day') AS"
            " date_precision, e.date_end, e.source, e.source_name, e.target, e.target_name,"
            " e.cameo, e.quad_class, e.goldstein, e.plover, e.plover_mode, e.rule, e.confidence,"
            " substr(a.text, s.start_char + 1, s.end_char - s.start_char) AS sentence,"
            " a.source AS url FROM events e JOIN articles a ON a.key = e.article_key"
            " JOIN sentences s ON s.article_key = e.article_key AND s.idx = e.sentence"
            f" WHERE {where}"
        )
        if sample is not None:
            # (a hash of the event id joined to the seed orders the events at random, the same
            # way every time: no state, and the draw does not depend on the order of storage.
            # One string is hashed: DuckDB's hash of two values, hash(id, seed), mixes them so
            # weakly that neighbouring seeds drew mostly the same events)
            # (a draw larger than any store is all of it: DuckDB's LIMIT is a 64-bit integer)
            sql = (
                f"SELECT * FROM ({sql} ORDER BY hash(e.id || '#' || ?)"
                f" LIMIT {min(int(sample), 2**62)})"
            )
            params = [*params, str(int(seed))]
        sql += " ORDER BY date, id"
        if limit is not None:
            if limit < 1:
                raise ValueError(f"limit must be at least 1, not {limit}")
            sql += f" LIMIT {min(int(limit), 2**62)}"
        cur = self.con.execute(sql, params)
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]

    def counts(self) -> dict[str, int]:
        """RETURNS (dict[str, int]): rows per table."""
        out = {}
        for table in ("articles", "sentences", "mentions", "actors", "events"):
            row = self.con.execute(f"SELECT count(*) FROM {table}").fetchone()
            out[table] = int(row[0]) if row else 0
        return out


def event_filter(
    actor: str | None, since: dt.date | None, until: dt.date | None
) -> tuple[str, list[Any]]:
    """WHERE clause and parameters selecting events (alias ``e``) by actor code prefix (source or
    target) and inclusive date bounds."""
    clauses: list[str] = ["TRUE"]
    params: list[Any] = []
    if actor:
        clauses.append("(e.source LIKE ? OR e.target LIKE ?)")
        params += [actor + "%", actor + "%"]
    if since:
        clauses.append("e.date >= ?")
        params.append(since)
    if until:
        clauses.append("e.date <= ?")
        params.append(until)
    return " AND ".join(clauses), params


def _actor_row(actor: Actor) -> list[Any]:
    return [actor.code, actor.name, actor.country, list(actor.sectors), actor.kind]


def _event_row(e: Event, key: str) -> list[Any]:
    src = _actor_row(e.source) if e.source else [None] * 5
    tgt = _actor_row(e.target) if e.target else [None] * 5
    return [
        e.id,
        key,
        e.article_id,
        e.date,
        *src,
        *tgt,
        e.cameo,
        e.root,
        e.quad_class,
        e.goldstein,
        e.plover,
        e.plover_mode,
        e.sentence,
        e.evidence[0],
        e.evidence[1],
        e.rule,
        e.confidence,
        e.source_mention,
        e.target_mention,
        e.date_precision,
        e.date_end,
    ]


def _actor_from(values: tuple[Any, ...]) -> Actor | None:
    code, name, country, sectors, kind = values
    if code is None:
        return None
    return Actor(code, name, country, tuple(sectors or ()), kind)


def _event_from_row(r: tuple[Any, ...]) -> Event:
    return Event(
        id=r[0],
        article_id=r[2],
        date=r[3],
        source=_actor_from(r[4:9]),
        target=_actor_from(r[9:14]),
        cameo=r[14],
        quad_class=int(r[16]),
        goldstein=float(r[17]),
        plover=r[18],
        plover_mode=r[19],
        sentence=int(r[20]),
        evidence=(int(r[21]), int(r[22])),
        rule=r[23],
        confidence=float(r[24]),
        source_mention=r[25],
        target_mention=r[26],
        date_precision=r[27] or "day",
        date_end=r[28],
    )
