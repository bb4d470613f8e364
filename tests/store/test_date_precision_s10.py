"""Event date precision in the store, its outputs and its analyses (issue #4, session 10): the
``date_precision`` column (migration 002), ``entente events`` and ``entente code`` records, the
exports (GDELT columns hold only what is known of a coarse date; CSV and PLOVER carry the
column), and series that count a month- or year-dated event only in periods at least as long,
reporting the events left out."""

from __future__ import annotations

import csv
import datetime as dt
import json
from importlib.resources import files

import duckdb
import pytest
from typer.testing import CliRunner

from entente.analysis.dyad import ActorSelector, coarse_events, dyad_series
from entente.analysis.export import export_events
from entente.analysis.findings import dyad_analysis, evidence_for
from entente.analysis.report import build_report, render_html
from entente.api import EVENT_KEYS, event_record
from entente.cli.main import app
from entente.events.ontology import cameo
from entente.model import Actor, Article, Event, Sentence
from entente.store import Store

HAMAS, IRAN = ActorSelector("PSEREBHMS", "Hamas"), ActorSelector("IRN", "Iran")
runner = CliRunner()

#: (article date, event date, precision, source, target, code)
ROWS = [
    (dt.date(2018, 2, 15), dt.date(2018, 2, 15), "day", "PSEREBHMS", "IRNGOV", "042"),
    (dt.date(2018, 2, 20), dt.date(2018, 2, 20), "day", "PSEREBHMS", "IRNGOV", "042"),
    # "Hamas leaders visited Tehran in January": dated to the month
    (dt.date(2018, 3, 5), dt.date(2018, 1, 1), "month", "PSEREBHMS", "IRNGOV", "042"),
    # "Iran cut its funding to Hamas in 2012": dated to the year
    (dt.date(2018, 3, 6), dt.date(2012, 1, 1), "year", "IRNGOV", "PSEREBHMS", "162"),
]


def article_of(n: int, row: tuple[dt.date, dt.date, str, str, str, str]) -> Article:
    published, day, precision, source, target, code = row
    article = Article.from_parts(
        id=f"a{n}", parts=[("body", f"Sentence of article {n}.", None)], published=published
    )
    sentences = (Sentence(0, 0, len(article.text), 0),)
    event = Event(
        id=f"a{n}-0",
        article_id=f"a{n}",
        date=day,
        source=Actor(source, source),
        target=Actor(target, target),
        cameo=code,
        quad_class=cameo(code).quad_class,
        goldstein=cameo(code).goldstein,
        plover=None,
        plover_mode=None,
        sentence=0,
        evidence=(0, 8),
        rule="r",
        date_precision=precision,
    )
    return article.evolve(sentences=sentences, events=(event,))


@pytest.fixture
def store():
    store = Store()
    store.add(article_of(n, row) for n, row in enumerate(ROWS))
    yield store
    store.close()


# -- the store -------------------------------------------------------------------------------------
def test_store_round_trips_the_precision(store: Store) -> None:
    for n, row in enumerate(ROWS):
        (event,) = store.get_article(f"a{n}").events
        assert (event.date, event.date_precision) == (row[1], row[2])


def test_events_rows_carry_the_precision_after_the_date(store: Store) -> None:
    rows = store.events()
    assert list(rows[0])[2:4] == ["date", "date_precision"]
    assert {(r["date"], r["date_precision"]) for r in rows} == {(r[1], r[2]) for r in ROWS}


def test_a_version_1_store_is_migrated_and_its_events_read_day(tmp_path) -> None:
    path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)")
    con.execute((files("entente") / "store" / "migrations" / "001_initial.sql").read_text("utf-8"))
    con.execute("INSERT INTO schema_version VALUES (1)")
    con.execute(
        "INSERT INTO events (id, article_key, article_id, date, cameo, root, quad_class, "
        "goldstein, sentence, evidence_start, evidence_end, rule, confidence) VALUES "
        "('e1', 'k', 'a', DATE '2015-05-01', '042', '04', 1, 1.9, 0, 0, 1, 'r', 1.0)"
    )
    con.close()
    # read first (entente dyad, events, export open the store read-only): it is updated once
    with Store(path, read_only=True) as reader:
        assert reader.schema_version == 3
        (value,) = reader.con.execute("SELECT date_precision FROM events").fetchone()
        assert value == "day"


def test_code_records_carry_the_precision(store: Store) -> None:
    article = store.get_article("a3")
    record = event_record(article.events[0], article)
    assert EVENT_KEYS[2:4] == ("date", "date_precision")
    assert (record["date"], record["date_precision"]) == ("2012-01-01", "year")


# -- exports ---------------------------------------------------------------------------------------
def gdelt_rows(store: Store, tmp_path) -> dict[str, dict[str, str]]:
    export_events(store, tmp_path / "e.tsv", "gdelt")
    with (tmp_path / "e.tsv").open(newline="", encoding="utf-8") as handle:
        return {r["GLOBALEVENTID"]: r for r in csv.DictReader(handle, delimiter="\t")}


@pytest.mark.parametrize(
    ("event_id", "expected"),
    [
        ("a0-0", ("20180215", "201802", "2018", "2018.1233")),
        ("a2-0", ("", "201801", "2018", "")),  # the month only: never 1 January
        ("a3-0", ("", "", "2012", "")),  # the year only
    ],
)
def test_gdelt_fills_only_the_known_parts_of_a_date(store, tmp_path, event_id, expected) -> None:
    row = gdelt_rows(store, tmp_path)[event_id]
    assert (row["SQLDATE"], row["MonthYear"], row["Year"], row["FractionDate"]) == expected


def test_gdelt_counts_mentions_of_one_precision(store, tmp_path) -> None:
    # a day-dated event on 1 January 2012 is not a mention of the year-dated one
    new_year = dt.date(2012, 1, 1)
    store.add_article(article_of(9, (new_year, new_year, "day", *ROWS[3][3:])))
    rows = gdelt_rows(store, tmp_path)
    assert rows["a3-0"]["NumMentions"] == rows["a9-0"]["NumMentions"] == "1"


def test_csv_and_plover_exports_carry_the_precision(store, tmp_path) -> None:
    export_events(store, tmp_path / "e.csv", "csv")
    with (tmp_path / "e.csv").open(newline="", encoding="utf-8") as handle:
        csv_rows = {r["id"]: r for r in csv.DictReader(handle)}
    assert csv_rows["a2-0"]["date_precision"] == "month"
    export_events(store, tmp_path / "e.jsonl", "plover")
    lines = (tmp_path / "e.jsonl").read_text("utf-8").splitlines()
    plover = {r["id"]: r for r in map(json.loads, lines)}
    assert (plover["a3-0"]["date"], plover["a3-0"]["date_precision"]) == ("2012-01-01", "year")


# -- series ----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("by", "counted", "left_out"),
    [
        ("week", 2, 2),  # day-dated events only
        ("quarter", 3, 1),  # the month-dated visit counts in 2018-Q1; the 2012 cut does not
        ("year", 4, 0),  # every date is known to the year
    ],
)
def test_series_count_coarse_dates_only_in_periods_as_long(store, by, counted, left_out) -> None:
    series = dyad_series(store, HAMAS, IRAN, by=by, min_events=0)
    assert sum(p.events for p in series) == counted
    assert coarse_events(store, HAMAS, IRAN, by=by) == left_out
    if by == "year":
        assert [(p.label, p.events) for p in series] == [("2012", 1), ("2018", 3)]


def test_rates_leave_coarse_dates_out_of_the_denominator(store) -> None:
    (quarter,) = dyad_series(store, HAMAS, IRAN, by="quarter", min_events=0)
    assert quarter.share == 1000.0  # 3 dyad events of 3 countable events in 2018-Q1


def test_evidence_of_a_period_leaves_coarse_dates_out(store) -> None:
    start, end = dt.date(2018, 1, 1), dt.date(2018, 1, 7)
    assert [e["id"] for e in evidence_for(store, HAMAS, IRAN, start, end)] == ["a2-0"]
    assert evidence_for(store, HAMAS, IRAN, start, end, by="week") == []


def test_analysis_and_report_say_how_many_events_are_left_out(store) -> None:
    assert dyad_analysis(store, HAMAS, IRAN, by="quarter").coarse == 1
    page = render_html(build_report(store, HAMAS, IRAN, by="quarter"))
    assert "dated only to a month or year" in page


def test_dyad_command_prints_the_events_left_out(tmp_path) -> None:
    path = tmp_path / "s.duckdb"
    with Store(path) as writer:
        writer.add(article_of(n, row) for n, row in enumerate(ROWS))
    result = runner.invoke(app, ["dyad", "PSEREBHMS", "IRN", "--by", "month", "--db", str(path)])
    assert result.exit_code == 0, result.output
    assert "1 more event(s) of the dyad dated only to a month or year" in result.output
