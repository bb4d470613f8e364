"""Export stored events to files other tools read: GDELT-style TSV, PLOVER JSON Lines, CSV, Parquet.

Each export is one DuckDB ``COPY (SELECT …) TO …`` over the store, so nothing passes through
Python row by row and millions of events export in seconds. Rows are ordered by date, then id;
events without a date come last.

Formats
-------
``csv``, ``parquet``
    The columns of ``entente events``: id, article_id, date, date_precision (``day``, or
    ``month`` / ``year`` for an event whose sentence names only its month or year: ``date`` is
    then the period's first day, 2007-01-01 for "in 2007"; ``period`` for one whose sentence
    names a longer period, "during the Syrian war": ``date`` is its first day), date_end (the
    last day of a ``period``, else empty), source, source_name, target,
    target_name, cameo, quad_class, goldstein, plover, plover_mode, rule, confidence, sentence
    (the evidence sentence), url (the article's URL or path). Parquet keeps the column types
    (``date`` is a DATE, ``quad_class`` an integer).

``gdelt``
    A tab-separated table with a header row, laid out like the GDELT 2.0 event table but holding
    only the columns Entente can fill, in GDELT's order. One row per Entente event:

    ==================  ===========================================================================
    GLOBALEVENTID       Entente's event id, a string (16 hex digits for coded events); GDELT's
                        is an integer.
    SQLDATE             event date, YYYYMMDD (empty when the event has no date, or when only
                        its month or year is known: see below).
    MonthYear           YYYYMM (empty when only the year, or a named period, is known).
    Year                YYYY (empty for a named period that no calendar year holds: see below).
    FractionDate        year + ((month − 1) × 30 + day) / 365, rounded to 4 places: GDELT's
                        approximation of the share of the year elapsed, with 30-day months
                        (2015-02-18 → 2015.1315); empty unless the day is known.
    Actor1Code          source actor code (``IRNGOV``, ``PSEREBHMS``).
    Actor1Name          source canonical name as Entente knows it ("Hamas"); GDELT upper-cases
                        the text it matched.
    Actor1CountryCode   ISO 3166 alpha-3 country of the actor (GDELT: the CAMEO country code,
                        which is the same for almost all countries); empty for IGOs.
    Actor1Type1Code     first sector code (``GOV``, ``MIL``, ``REB`` …).
    Actor1Type2Code     second sector code. Entente's sector list can end in a group code
                        (Khaled Meshaal: ``REB``, ``HMS``), which GDELT would put in
                        Actor1KnownGroupCode.
    Actor2Code …        the same five columns for the target (empty for untargeted events).
    Actor2Type2Code
    IsRootEvent         1 when the evidence sentence is in the headline, the subtitle or the
                        lead (first body) paragraph, else 0 — GDELT's "lead paragraph" proxy.
    EventCode           CAMEO code. A bare root such as ``04`` is written ``040``, as in GDELT,
                        whose event codes always have at least three digits.
    EventBaseCode       the first three digits of EventCode.
    EventRootCode       the two-digit root.
    QuadClass           Entente's quad class (1 verbal cooperation, 2 material cooperation,
                        3 verbal conflict, 4 material conflict), taken from the root: 01–05, 06–08,
                        09–13, 14–20. GDELT's published QuadClass differs for two roots: it puts
                        09 INVESTIGATE in material cooperation (2) and 14 PROTEST in verbal
                        conflict (3); here they are 3 and 4.
    GoldsteinScale      Entente's Goldstein weight (the ICEWS CAMEO 1.1 table). GDELT's table
                        differs for four codes (GDELT / Entente): 016 −2.0 / −5.0, 022 3.2 / 3.4,
                        164 −7.0 / −6.5, 165 −6.5 / −7.0; it has no 1213.
    NumMentions         Entente events in the store with the same date (and date precision and
                        end), source code, target code and event code (this row included). GDELT
                        counts mentions of one deduplicated event; Entente does not merge
                        events, so every row of such a group carries the group's count.
    NumSources          distinct sources among that group: the host name of each article URL, or
                        the whole path for a local file.
    NumArticles         distinct articles among that group.
    AvgTone             empty: Entente measures no tone.
    SOURCEURL           the article's URL (or path; the article id when neither is known).
    ==================  ===========================================================================

    Left out (Entente has no value for them): the KnownGroup, Ethnic, Religion and Type3 actor
    codes, the three geography blocks and DATEADDED.

    Coarse dates. GDELT's columns have no date precision, so an event whose sentence names only
    its month ("in March 2011") or year ("in 2007"; see :mod:`entente.events.dates`) fills only
    the columns it knows: a month-dated event has an empty SQLDATE and FractionDate and
    MonthYear 201103, Year 2011; a year-dated event has only Year (2007). A tool that bins on
    SQLDATE leaves them out, one that bins on MonthYear keeps the month-dated ones and one that
    bins on Year keeps all: the same rule as Entente's own series (``entente dyad``). They are
    never written as 1 January. An event dated by a named period (precision ``period``) has
    SQLDATE, MonthYear and FractionDate empty, and Year too unless one calendar year holds the
    span ("during the Syrian war": all four empty; "during the 2014 Gaza war" in a later 2014
    article: Year 2014, as a series by year counts it): no GDELT column holds a span. The
    ``csv``, ``parquet`` and ``plover`` exports carry the ``date_precision`` and ``date_end``
    columns.

``plover``
    PLOVER JSON Lines (newline-delimited JSON, as the PLOVER manual suggests), one object per
    event, with PLOVER's field names:

    ==============  ===============================================================================
    id              Entente's event id.
    date            YYYY-MM-DD (null when unknown); the first day of the month, year or
                    period for a coarse date.
    date_precision  ``day``, ``month``, ``year`` or ``period`` (not a PLOVER field; ACLED's
                    ``time_precision`` is the analogue).
    date_end        the last day of a ``period`` (YYYY-MM-DD), else null (not a PLOVER field;
                    UCDP's ``date_end`` is the analogue).
    actor           source actor code. PLOVER allows a list of actor objects; Entente has one
                    actor per side and writes its code.
    actor_name      source canonical name.
    recipient       target actor code (null for untargeted events).
    recipient_name  target canonical name.
    event           PLOVER event type (``CONSULT``); null for CAMEO 01 public statements, which
                    PLOVER dropped.
    mode            PLOVER mode (``visit``) or null.
    quad_code       1–4, the quad class of the PLOVER type. It differs from the CAMEO root's for
                    CAMEO 02 appeals (REQUEST: verbal conflict, CAMEO says verbal cooperation)
                    and 081–083 (CONCEDE: verbal cooperation, CAMEO says material); without a
                    PLOVER type, Entente's CAMEO quad class.
    cameo           the CAMEO code (Entente's primary coding; not a PLOVER field).
    event_text      the evidence sentence (the manual's ``event_text`` is a list; here a string).
    citation        an object with the manual's citation fields: ``citation`` (the article id),
                    ``url`` (null when unknown) and ``title``.
    plover_score    the manual's conflict–cooperation score (−10 … +10) of the mode, else of the
                    type; null without a PLOVER type or where the manual gives none.
    ==============  ===============================================================================
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import duckdb

from entente.errors import OutputError, QueryError
from entente.store import Store
from entente.store.duckdb_store import event_filter

__all__ = ["FORMATS", "GDELT_COLUMNS", "PLOVER_FIELDS", "export_events"]

FORMATS = ("gdelt", "plover", "csv", "parquet")

GDELT_COLUMNS = (
    "GLOBALEVENTID",
    "SQLDATE",
    "MonthYear",
    "Year",
    "FractionDate",
    "Actor1Code",
    "Actor1Name",
    "Actor1CountryCode",
    "Actor1Type1Code",
    "Actor1Type2Code",
    "Actor2Code",
    "Actor2Name",
    "Actor2CountryCode",
    "Actor2Type1Code",
    "Actor2Type2Code",
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "AvgTone",
    "SOURCEURL",
)

PLOVER_FIELDS = (
    "id",
    "date",
    "date_precision",
    "date_end",
    "actor",
    "actor_name",
    "recipient",
    "recipient_name",
    "event",
    "mode",
    "quad_code",
    "cameo",
    "event_text",
    "citation",
    "plover_score",
)

_FROM = (
    "events e JOIN articles a ON a.key = e.article_key"
    " JOIN sentences s ON s.article_key = e.article_key AND s.idx = e.sentence"
)
_SENTENCE = "substr(a.text, s.start_char + 1, s.end_char - s.start_char)"
_ORDER = "ORDER BY e.date NULLS LAST, e.id"

_EVENTS_SELECT = f"""
    SELECT e.id, e.article_id, e.date, coalesce(e.date_precision, 'day') AS date_precision,
           e.date_end, e.source, e.source_name, e.target, e.target_name, e.cameo, e.quad_class,
           e.goldstein, e.plover, e.plover_mode, e.rule, e.confidence,
           {_SENTENCE} AS sentence, a.source AS url
"""

_GDELT_SELECT = """
    SELECT e.id AS GLOBALEVENTID,
           CASE WHEN day_known THEN strftime(e.date, '%Y%m%d') END AS SQLDATE,
           CASE WHEN month_known THEN strftime(e.date, '%Y%m') END AS MonthYear,
           CASE WHEN year_known THEN year(e.date) END AS "Year",
           CASE WHEN day_known THEN
               round(year(e.date) + ((month(e.date) - 1) * 30 + day(e.date)) / 365, 4) END
               AS FractionDate,
           e.source AS Actor1Code, e.source_name AS Actor1Name,
           e.source_country AS Actor1CountryCode,
           e.source_sectors[1] AS Actor1Type1Code, e.source_sectors[2] AS Actor1Type2Code,
           e.target AS Actor2Code, e.target_name AS Actor2Name,
           e.target_country AS Actor2CountryCode,
           e.target_sectors[1] AS Actor2Type1Code, e.target_sectors[2] AS Actor2Type2Code,
           CASE WHEN kinds[s.segment + 1] IN ('title', 'subtitle')
                  OR s.segment + 1 = list_position(kinds, 'body') THEN 1 ELSE 0 END
               AS IsRootEvent,
           CASE WHEN length(e.cameo) = 2 THEN e.cameo || '0' ELSE e.cameo END AS EventCode,
           CASE WHEN length(e.cameo) = 2 THEN e.cameo || '0' ELSE left(e.cameo, 3) END
               AS EventBaseCode,
           e.root AS EventRootCode,
           e.quad_class AS QuadClass,
           e.goldstein AS GoldsteinScale,
           count(*) OVER same AS NumMentions,
           count(DISTINCT coalesce(nullif(regexp_extract(a.source,
               '^[A-Za-z][A-Za-z0-9+.-]*://([^/?#]+)', 1), ''), a.source, a.id)) OVER same
               AS NumSources,
           count(DISTINCT e.article_key) OVER same AS NumArticles,
           NULL::DOUBLE AS AvgTone,
           coalesce(nullif(a.source, ''), a.id) AS SOURCEURL
"""

_GDELT_FROM = (
    "(SELECT *, coalesce(date_precision, 'day') = 'day' AS day_known,"
    " coalesce(date_precision, 'day') IN ('day', 'month') AS month_known,"
    # a span ("during the 2014 Gaza war" in a later 2014 article) that one year holds has its
    # Year, as a series by year counts it (precision_clause); one longer than a month never
    # lies within one month (entente.events.dates)
    " (coalesce(date_precision, 'day') <> 'period' OR year(date) = year(date_end)) AS year_known"
    " FROM events) e"
    " JOIN (SELECT *, json_extract_string(segments, '$[*][0]') AS kinds FROM articles) a"
    " ON a.key = e.article_key"
    " JOIN sentences s ON s.article_key = e.article_key AND s.idx = e.sentence"
)
_GDELT_WINDOW = (
    "WINDOW same AS (PARTITION BY e.date, e.date_end, e.day_known, e.month_known, e.source,"
    " e.target, e.cameo)"
)

_PLOVER_SELECT = f"""
    SELECT e.id, e.date, coalesce(e.date_precision, 'day') AS date_precision, e.date_end,
           e.source AS actor, e.source_name AS actor_name,
           e.target AS recipient, e.target_name AS recipient_name,
           e.plover AS event, e.plover_mode AS "mode",
           coalesce(pt.quad, e.quad_class)::INTEGER AS quad_code,
           e.cameo,
           {_SENTENCE} AS event_text,
           {{'citation': a.id, 'url': nullif(a.source, ''), 'title': a.title}} AS citation,
           coalesce(pm.score, pt.score) AS plover_score
"""

_PLOVER_JOINS = """
    LEFT JOIN plover_table pt ON pt.event = e.plover AND pt.mode = ''
    LEFT JOIN plover_table pm ON pm.event = e.plover AND pm.mode = e.plover_mode
"""

_PLOVER_CTE = """
    WITH plover_table AS (
        SELECT p.* FROM (SELECT unnest(
            ?::STRUCT(event VARCHAR, mode VARCHAR, quad INTEGER, score DOUBLE)[],
            recursive := true)) p
    )
"""


def _plover_rows() -> list[dict[str, Any]]:
    """The PLOVER ontology as rows for the lookup table: one per type (mode '') and per mode."""
    from entente.events.ontology import plover_types

    rows: list[dict[str, Any]] = []
    for kind in plover_types():
        rows.append({"event": kind.event, "mode": "", "quad": kind.quad_class, "score": kind.score})
        rows += [
            {"event": kind.event, "mode": m.mode, "quad": kind.quad_class, "score": m.score}
            for m in kind.modes
        ]
    return rows


def _query(fmt: str, where: str, params: list[Any]) -> tuple[str, list[Any]]:
    """The SELECT statement for a format and its parameters."""
    if fmt == "gdelt":
        sql = f"{_GDELT_SELECT} FROM {_GDELT_FROM} WHERE {where} {_GDELT_WINDOW} {_ORDER}"
        return sql, params
    if fmt == "plover":
        sql = f"{_PLOVER_CTE} {_PLOVER_SELECT} FROM {_FROM} {_PLOVER_JOINS} WHERE {where} {_ORDER}"
        return sql, [_plover_rows(), *params]
    return f"{_EVENTS_SELECT} FROM {_FROM} WHERE {where} {_ORDER}", params


_OPTIONS = {
    "gdelt": "FORMAT csv, DELIMITER '\t', HEADER true",
    "plover": "FORMAT json",
    "csv": "FORMAT csv, HEADER true",
    "parquet": "FORMAT parquet",
}


def export_events(
    store: Store,
    path: str | Path,
    fmt: str,
    *,
    actor: str | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
) -> int:
    """Write the store's events to a file in one of :data:`FORMATS` (see the module docstring).

    path (str | Path): the file to write (replaced if it exists; its folder is created).
    fmt (str): ``gdelt``, ``plover``, ``csv`` or ``parquet``.
    actor (str | None): only events whose source or target code starts with this prefix.
    since, until (date | None): inclusive date bounds (events without a date are then left out).
    RETURNS (int): the number of rows written.
    """
    if fmt not in FORMATS:
        raise QueryError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
    target = Path(path)
    if target.is_dir():
        raise OutputError(str(target), "it is a folder; give a file name")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError.from_os_error(str(target), exc) from None
    where, params = event_filter(actor, since, until)
    select, params = _query(fmt, where, params)
    literal = "'" + str(target).replace("'", "''") + "'"
    # The path is a quoted literal (COPY takes no parameter there); every value is a parameter.
    sql = f"COPY ({select}) TO {literal} ({_OPTIONS[fmt]})"
    try:
        row = store.con.execute(sql, params).fetchone()
    except (duckdb.IOException, duckdb.BinderException, duckdb.PermissionException) as exc:
        raise OutputError(str(target), str(exc).splitlines()[0]) from None
    return int(row[0]) if row else 0
