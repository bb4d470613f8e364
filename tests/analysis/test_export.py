"""Exports read back: GDELT-style TSV, PLOVER JSON Lines, CSV and Parquet."""

from __future__ import annotations

import csv
import datetime as dt
import json

import duckdb
import pytest
from typer.testing import CliRunner

from entente.analysis.export import FORMATS, GDELT_COLUMNS, PLOVER_FIELDS, export_events
from entente.cli.main import app
from entente.errors import QueryError
from entente.events.ontology import cameo, cameo_to_plover, plover
from entente.model import Actor, Article, Event, Sentence
from entente.store import Store

ACTORS = {
    "PSEREBHMS": Actor("PSEREBHMS", "Hamas", "PSE", ("REB",), "group"),
    "IRNGOV": Actor("IRNGOV", "Iranian government", "IRN", ("GOV",), "country"),
    "IRN": Actor("IRN", "Iran", "IRN", (), "country"),
    "ISRMIL": Actor("ISRMIL", "Israeli military", "ISR", ("MIL",), "country"),
    "USA": Actor("USA", "United States", "USA", (), "country"),
}


def coded_article(aid, day, title, body, events, *, url):
    """An article whose sentence i is segment i (0 = title); events are (source, target, cameo,
    sentence) tuples coded with the ontology's Goldstein weight, quad class and PLOVER type."""
    parts = [("title", title, None)] + [("body", text, None) for text in body]
    article = Article.from_parts(id=aid, parts=parts, published=day, source=url, title=title)
    sentences = tuple(Sentence(i, s.start, s.end, i) for i, s in enumerate(article.segments))
    coded = []
    for i, (source, target, code, sent) in enumerate(events):
        plover = cameo_to_plover(code) or (None, None)
        coded.append(
            Event(
                id=f"{aid}-{i}",
                article_id=aid,
                date=day,
                source=ACTORS[source],
                target=ACTORS[target] if target else None,
                cameo=code,
                quad_class=cameo(code).quad_class,
                goldstein=cameo(code).goldstein,
                plover=plover[0],
                plover_mode=plover[1],
                sentence=sent,
                evidence=(sentences[sent].start, sentences[sent].end),
                rule=f"rule-{code}",
            )
        )
    return article.evolve(sentences=sentences, events=tuple(coded))


FEB = dt.date(2018, 2, 15)
ARTICLES = [
    coded_article(
        "a1",
        FEB,
        "Haniyeh in Tehran",
        ["Haniyeh visited Tehran on Thursday.", "He visited again, aides said."],
        [("PSEREBHMS", "IRNGOV", "042", 1), ("PSEREBHMS", "IRNGOV", "042", 2)],
        url="https://news.example/a1",
    ),
    coded_article(
        "a2",
        FEB,
        "Hamas delegation in Iran",
        ["A Hamas delegation visited Tehran.", "Hamas appealed to Iran for money."],
        [("PSEREBHMS", "IRNGOV", "042", 1), ("PSEREBHMS", "IRN", "0211", 2)],
        url="https://other.example/b?x=1",
    ),
    coded_article(
        "a3",
        dt.date(2019, 7, 1),
        "US and Iran consult",
        ["Israeli troops fought Hamas.", "Iran eased sanctions on Hamas."],
        [
            ("USA", "IRN", "04", 0),
            ("ISRMIL", "PSEREBHMS", "190", 1),
            ("IRN", "PSEREBHMS", "081", 2),
        ],
        url="/data/a3.txt",
    ),
    coded_article(
        "a4",
        None,
        "Undated",
        ["Iran criticized the United States."],
        [("IRN", "USA", "111", 1)],
        url="",
    ),
]


@pytest.fixture
def store():
    store = Store()
    store.add(ARTICLES)
    yield store
    store.close()


def read_tsv(path):
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


@pytest.mark.parametrize("fmt", FORMATS)
def test_export_returns_rows_written(store, tmp_path, fmt):
    assert export_events(store, tmp_path / f"out.{fmt}", fmt) == 8


def test_export_gdelt_header_is_the_documented_columns(store, tmp_path):
    export_events(store, tmp_path / "e.tsv", "gdelt")
    header = (tmp_path / "e.tsv").read_text("utf-8").splitlines()[0]
    assert tuple(header.split("\t")) == GDELT_COLUMNS


def test_export_gdelt_row_values(store, tmp_path):
    export_events(store, tmp_path / "e.tsv", "gdelt")
    row = {r["GLOBALEVENTID"]: r for r in read_tsv(tmp_path / "e.tsv")}["a1-0"]
    assert row == {
        "GLOBALEVENTID": "a1-0",
        "SQLDATE": "20180215",
        "MonthYear": "201802",
        "Year": "2018",
        "FractionDate": "2018.1233",
        "Actor1Code": "PSEREBHMS",
        "Actor1Name": "Hamas",
        "Actor1CountryCode": "PSE",
        "Actor1Type1Code": "REB",
        "Actor1Type2Code": "",
        "Actor2Code": "IRNGOV",
        "Actor2Name": "Iranian government",
        "Actor2CountryCode": "IRN",
        "Actor2Type1Code": "GOV",
        "Actor2Type2Code": "",
        "IsRootEvent": "1",
        "EventCode": "042",
        "EventBaseCode": "042",
        "EventRootCode": "04",
        "QuadClass": "1",
        "GoldsteinScale": "1.9",
        "NumMentions": "3",
        "NumSources": "2",
        "NumArticles": "2",
        "AvgTone": "",
        "SOURCEURL": "https://news.example/a1",
    }


@pytest.mark.parametrize(
    ("event_id", "column", "expected"),
    [
        ("a1-1", "IsRootEvent", "0"),  # second body paragraph
        ("a3-0", "IsRootEvent", "1"),  # headline
        ("a3-1", "IsRootEvent", "1"),  # lead paragraph
        ("a3-0", "EventCode", "040"),  # a bare root gets GDELT's third digit
        ("a3-0", "EventBaseCode", "040"),
        ("a2-1", "EventCode", "0211"),
        ("a2-1", "EventBaseCode", "021"),
        ("a2-1", "EventRootCode", "02"),
        ("a2-1", "NumMentions", "1"),  # other target and code than a2-0
        ("a3-1", "QuadClass", "4"),
        ("a3-1", "SOURCEURL", "/data/a3.txt"),
        ("a3-1", "NumSources", "1"),
        ("a4-0", "SQLDATE", ""),
        ("a4-0", "SOURCEURL", "a4"),
        ("a3-2", "FractionDate", "2019.4959"),  # 2019 + (6 × 30 + 1) / 365
    ],
)
def test_export_gdelt_column_cases(store, tmp_path, event_id, column, expected):
    export_events(store, tmp_path / "e.tsv", "gdelt")
    rows = {r["GLOBALEVENTID"]: r for r in read_tsv(tmp_path / "e.tsv")}
    assert rows[event_id][column] == expected


def test_export_gdelt_rows_in_date_order_undated_last(store, tmp_path):
    export_events(store, tmp_path / "e.tsv", "gdelt")
    dates = [r["SQLDATE"] for r in read_tsv(tmp_path / "e.tsv")]
    assert dates == ["20180215"] * 4 + ["20190701"] * 3 + [""]


def test_export_plover_objects(store, tmp_path):
    export_events(store, tmp_path / "e.jsonl", "plover")
    records = [json.loads(line) for line in (tmp_path / "e.jsonl").read_text("utf-8").splitlines()]
    assert len(records) == 8
    assert all(tuple(r) == PLOVER_FIELDS for r in records)
    first = {r["id"]: r for r in records}["a1-0"]
    assert first == {
        "id": "a1-0",
        "date": "2018-02-15",
        "date_precision": "day",
        "date_end": None,
        "actor": "PSEREBHMS",
        "actor_name": "Hamas",
        "recipient": "IRNGOV",
        "recipient_name": "Iranian government",
        "event": "CONSULT",
        "mode": "visit",
        "quad_code": 1,
        "cameo": "042",
        "event_text": "Haniyeh visited Tehran on Thursday.",
        "citation": {
            "citation": "a1",
            "url": "https://news.example/a1",
            "title": "Haniyeh in Tehran",
        },
        "plover_score": 4.0,
    }


@pytest.mark.parametrize(
    ("event_id", "field", "expected"),
    [
        ("a2-1", "event", "REQUEST"),
        ("a2-1", "quad_code", 3),  # PLOVER's quad class, not CAMEO 02's (1)
        ("a3-2", "event", "CONCEDE"),
        ("a3-2", "quad_code", 1),  # CAMEO 081 is material cooperation, CONCEDE verbal
        ("a3-2", "plover_score", plover("CONCEDE").score),  # no mode: the type's score
        ("a3-1", "event", "ASSAULT"),
        ("a3-1", "quad_code", 4),
        ("a4-0", "date", None),
        ("a4-0", "citation", {"citation": "a4", "url": None, "title": "Undated"}),
    ],
)
def test_export_plover_field_cases(store, tmp_path, event_id, field, expected):
    export_events(store, tmp_path / "e.jsonl", "plover")
    lines = (tmp_path / "e.jsonl").read_text("utf-8").splitlines()
    records = {r["id"]: r for r in map(json.loads, lines)}
    assert records[event_id][field] == expected


def test_export_csv_has_the_events_command_columns(store, tmp_path):
    export_events(store, tmp_path / "e.csv", "csv")
    with (tmp_path / "e.csv").open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    expected = store.events()
    assert list(rows[0]) == list(expected[0])
    assert [r["id"] for r in rows] == [e["id"] for e in expected]
    for row, event in zip(rows, expected, strict=True):
        assert row["sentence"] == event["sentence"]
        assert row["cameo"] == event["cameo"]
        assert row["date"] == (str(event["date"]) if event["date"] else "")
        assert float(row["goldstein"]) == event["goldstein"]


def test_export_parquet_reads_back_with_types(store, tmp_path):
    export_events(store, tmp_path / "e.parquet", "parquet")
    cur = duckdb.connect().execute("SELECT * FROM read_parquet(?)", [str(tmp_path / "e.parquet")])
    names = [d[0] for d in cur.description]
    rows = [dict(zip(names, row, strict=True)) for row in cur.fetchall()]
    assert rows == store.events()


@pytest.mark.parametrize(
    ("options", "ids"),
    [
        ({"actor": "IRN"}, ["a1-0", "a1-1", "a2-0", "a2-1", "a3-0", "a3-2", "a4-0"]),
        ({"actor": "ISR"}, ["a3-1"]),
        ({"since": dt.date(2019, 1, 1)}, ["a3-0", "a3-1", "a3-2"]),
        ({"until": dt.date(2018, 12, 31)}, ["a1-0", "a1-1", "a2-0", "a2-1"]),
        ({"actor": "USA", "since": dt.date(2019, 7, 1), "until": dt.date(2019, 7, 1)}, ["a3-0"]),
    ],
)
def test_export_filters(store, tmp_path, options, ids):
    assert export_events(store, tmp_path / "e.csv", "csv", **options) == len(ids)
    with (tmp_path / "e.csv").open(newline="", encoding="utf-8") as handle:
        assert [r["id"] for r in csv.DictReader(handle)] == ids


def test_export_path_with_quote_and_missing_folder(store, tmp_path):
    path = tmp_path / "new dir" / "o'brien.tsv"
    assert export_events(store, path, "gdelt") == 8
    assert path.exists()


def test_export_unknown_format_raises(store, tmp_path):
    with pytest.raises(QueryError, match="gdelt, plover, csv, parquet"):
        export_events(store, tmp_path / "e.x", "xml")


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "store.duckdb"
    with Store(path) as store:
        store.add(ARTICLES)
    return path


@pytest.mark.parametrize(("fmt", "rows"), [("gdelt", 8), ("plover", 8), ("csv", 8), ("parquet", 8)])
def test_export_cli_writes_file(db, tmp_path, fmt, rows):
    out = tmp_path / f"e.{fmt}"
    result = CliRunner().invoke(app, ["export", "--format", fmt, "-o", str(out), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert out.exists()
    assert f"{rows} events" in result.output


def test_export_cli_filters_by_actor_and_dates(db, tmp_path):
    out = tmp_path / "e.csv"
    args = ["export", "-f", "csv", "-o", str(out), "--db", str(db), "--actor", "PSEREBHMS"]
    result = CliRunner().invoke(app, [*args, "--since", "2019", "--until", "2019-12"])
    assert result.exit_code == 0, result.output
    with out.open(newline="", encoding="utf-8") as handle:
        assert [r["id"] for r in csv.DictReader(handle)] == ["a3-1", "a3-2"]


def test_export_cli_unknown_format_is_one_error_line(db, tmp_path):
    result = CliRunner().invoke(
        app, ["export", "-f", "xml", "-o", str(tmp_path / "x"), "--db", str(db)]
    )
    assert result.exit_code == 2
    assert "unknown export format" in result.output
