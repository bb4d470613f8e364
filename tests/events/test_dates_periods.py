"""Named periods keep the date they refer to (issue #4, session 11): "during the Iran-Iraq war",
"in the 2014 Gaza war", "at the height of the Cold War" in the event's own clause date it by
the table ``data/periods.yaml``: to the month or the year when the period lies within one before
the article's, else to the span itself (``date_precision`` ``period``, ``date`` its first day and
``date_end`` its last, the article's date for a period still going on). A bound ("since the
Syrian war", "after", "before"), a modifier ("the Gulf War syndrome"), another clause or a period
not begun at the article's date leaves the article's date. Then the store (migration 003), the
records, the exports and the series. The sentences are written for these tests."""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
from importlib.resources import files

import duckdb
import pytest

from entente.analysis.dyad import ActorSelector, coarse_events, dyad_series, precision_clause
from entente.analysis.export import export_events
from entente.analysis.report import build_report, render_html
from entente.api import EVENT_KEYS, event_record
from entente.events.dates import PERIOD_CUES, PRECISIONS, _expand, periods
from entente.events.ontology import cameo
from entente.model import Actor, Article, Event, Sentence
from entente.pipeline import Pipeline
from entente.store import Store

DATE = dt.date(2016, 3, 1)

Dated = tuple[dt.date | None, str, dt.date | None]


def dates(
    pipeline: Pipeline, text: str, date: dt.date = DATE
) -> dict[tuple[str, str | None, str], Dated]:
    """(source, target, code) -> (date, precision, end) of each event of a one-part article."""
    article = pipeline(Article.from_parts(id="t", parts=[("body", text, None)], published=date))
    assert article.events, f"no event coded in {text!r}"
    return {
        (e.source.code, e.target.code if e.target else None, e.cameo): (
            e.date,
            e.date_precision,
            e.date_end,
        )
        for e in article.events
    }


def only(pipeline: Pipeline, text: str, date: dt.date = DATE) -> Dated:
    found = set(dates(pipeline, text, date).values())
    assert len(found) == 1, found
    return found.pop()


def article_day(date: dt.date = DATE) -> Dated:
    return date, "day", None


# -- the table -------------------------------------------------------------------------------------
def test_the_table_holds_facts_in_order() -> None:
    table = periods()
    assert len(table) >= 50
    assert len({p.id for p in table}) == len(table)
    for period in table:
        assert period.end is None or period.start <= period.end, period.id
    by_id = {p.id: p for p in table}
    assert (by_id["iran_iraq_war"].start, by_id["iran_iraq_war"].end) == (
        dt.date(1980, 9, 22),
        dt.date(1988, 8, 20),
    )
    assert by_id["syrian_civil_war"].end is None  # still going on
    assert by_id["russian_invasion_of_ukraine"].start == dt.date(2022, 2, 24)


def test_a_name_belongs_to_one_period_and_holds_a_cue() -> None:
    owner: dict[str, str] = {}
    for period in periods():
        for name in period.names:
            for form in _expand(name):
                key = re.sub(r"^the ", "", form.lower())
                assert owner.setdefault(key, period.id) == period.id, form
                assert any(cue in form for cue in PERIOD_CUES), form


def test_alternatives_of_a_name_are_expanded() -> None:
    assert _expand("Russia's (full-scale )?invasion of Ukraine") == [
        "Russia's full-scale invasion of Ukraine",
        "Russia's invasion of Ukraine",
    ]
    assert PRECISIONS[-1] == "period"


# -- a period in the event's own clause ------------------------------------------------------------
def test_a_war_of_several_years_is_a_period(builtin_pipeline: Pipeline) -> None:
    text = "Syria and Iraq fought each other during the Iran-Iraq war."
    assert only(builtin_pipeline, text) == (dt.date(1980, 9, 22), "period", dt.date(1988, 8, 20))


def test_a_period_going_on_ends_at_the_article_date(builtin_pipeline: Pipeline) -> None:
    found = dates(builtin_pipeline, "Iran sent troops to Syria during the Syrian war.")
    assert found[("IRN", "SYR", "154")] == (dt.date(2011, 3, 15), "period", DATE)


def test_a_period_within_one_month_is_that_month(builtin_pipeline: Pipeline) -> None:
    # "the 2012 Gaza war" was read as the year 2012: its eight days lie in November
    text = "Egypt mediated between Israel and Hamas in the 2012 Gaza war."
    assert only(builtin_pipeline, text) == (dt.date(2012, 11, 1), "month", None)


def test_a_period_within_one_earlier_year_is_that_year(builtin_pipeline: Pipeline) -> None:
    text = "Iran armed Hezbollah during the second Lebanon war."
    assert only(builtin_pipeline, text) == (dt.date(2006, 1, 1), "year", None)


def test_months_of_the_article_year_are_a_period(builtin_pipeline: Pipeline) -> None:
    # in August 2014 the war goes on: from its start to the article's date; in December it is
    # over, July to August, which no month and no earlier year holds
    text = "Iran supplied Hamas with rockets during the 2014 Gaza war."
    august, december = dt.date(2014, 8, 10), dt.date(2014, 12, 10)
    assert only(builtin_pipeline, text, august) == (dt.date(2014, 7, 8), "period", august)
    assert only(builtin_pipeline, text, december) == (
        dt.date(2014, 7, 8),
        "period",
        dt.date(2014, 8, 26),
    )


def test_a_period_opening_the_sentence(builtin_pipeline: Pipeline) -> None:
    text = "At the height of the Cold War, the Soviet Union sent missiles to Cuba."
    assert only(builtin_pipeline, text) == (dt.date(1947, 3, 12), "period", dt.date(1991, 12, 26))


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Hamas fighters attacked Israeli soldiers during the al-Aqsa intifada.", (2000, 9, 28)),
        ("Hamas fighters attacked Israeli soldiers during the Second Intifada.", (2000, 9, 28)),
        ("Syria and Iraq fought each other during the Iran–Iraq war.", (1980, 9, 22)),
        ("Saudi Arabia bombed Yemen during the war in Yemen.", (2014, 9, 16)),
        ("Iran sent troops to Syria during Syria's civil war.", (2011, 3, 15)),
        ("NATO bombed Serbia during the Kosovo war.", (1998, 2, 28)),
    ],
)
def test_variants_of_the_names(builtin_pipeline: Pipeline, text: str, start: tuple) -> None:
    found = set(dates(builtin_pipeline, text).values())
    assert {(d, p) for d, p, _ in found} == {(dt.date(*start), "period")}


def test_short_wars_keep_their_month(builtin_pipeline: Pipeline) -> None:
    assert only(builtin_pipeline, "Israel attacked Egypt in the Six-Day War.") == (
        dt.date(1967, 6, 1),
        "month",
        None,
    )
    text = "Egypt brokered a truce between Israel and Hamas during Operation Pillar of Defense."
    assert only(builtin_pipeline, text) == (dt.date(2012, 11, 1), "month", None)


# -- what is no period of the event ----------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Iran has armed Syrian forces since the Syrian war.",
        "Iran sent troops to Syria after the Syrian war began.",
        "Iran sent troops to Syria before the Syrian war.",
    ],
)
def test_bounds_are_no_periods(builtin_pipeline: Pipeline, text: str) -> None:
    assert set(dates(builtin_pipeline, text).values()) == {article_day()}
    during = re.sub(r"(since|after|before) the Syrian war( began)?", "during the Syrian war", text)
    assert {p for _, p, _ in dates(builtin_pipeline, during).values()} == {"period"}


def test_a_period_modifying_a_noun_is_not_read(builtin_pipeline: Pipeline) -> None:
    assert only(builtin_pipeline, "Iran armed Iraq during the Gulf War syndrome outbreak.") == (
        article_day()
    )
    assert only(builtin_pipeline, "Iran armed Iraq during the Gulf War.") == (
        dt.date(1990, 8, 2),
        "period",
        dt.date(1991, 2, 28),
    )


def test_a_period_of_another_clause_is_not_read(builtin_pipeline: Pipeline) -> None:
    # the accusation is the article's; the involvement is the war's
    text = "Saudi Arabia accused Iran of involvement in the Syrian war."
    assert only(builtin_pipeline, text) == article_day()
    assert only(builtin_pipeline, "Iran armed Syrian forces in the Syrian war.") == (
        dt.date(2011, 3, 15),
        "period",
        DATE,
    )


def test_a_period_not_begun_names_another_war(builtin_pipeline: Pipeline) -> None:
    # in 2010 "the war in Yemen" is the Saada war, which the table does not hold
    text = "Saudi Arabia bombed Yemen during the war in Yemen."
    assert only(builtin_pipeline, text, dt.date(2010, 3, 1)) == article_day(dt.date(2010, 3, 1))
    assert only(builtin_pipeline, text)[1] == "period"


def test_a_period_within_the_article_month_keeps_the_article_date(
    builtin_pipeline: Pipeline,
) -> None:
    text = "Iran supplied Hamas with rockets during the war in Gaza."
    october, may = dt.date(2023, 10, 20), dt.date(2024, 5, 2)
    assert only(builtin_pipeline, text, october) == article_day(october)
    assert only(builtin_pipeline, text, may) == (dt.date(2023, 10, 7), "period", may)


# -- the store, the records, the exports and the series -------------------------------------------
HAMAS, IRAN = ActorSelector("PSEREBHMS", "Hamas"), ActorSelector("IRN", "Iran")

#: (article date, event date, precision, end, source, target, code)
ROWS = [
    (dt.date(2016, 3, 1), dt.date(2016, 3, 1), "day", None, "IRNGOV", "PSEREBHMS", "042"),
    # "Iran supplied Hamas with rockets during the second intifada": several years
    (
        dt.date(2016, 3, 2),
        dt.date(2000, 9, 28),
        "period",
        dt.date(2005, 2, 8),
        "IRNGOV",
        "PSEREBHMS",
        "070",
    ),
    # "… during the 2014 Gaza war" in a December 2014 article: July to August 2014
    (
        dt.date(2014, 12, 10),
        dt.date(2014, 7, 8),
        "period",
        dt.date(2014, 8, 26),
        "IRNGOV",
        "PSEREBHMS",
        "070",
    ),
]


def article_of(n: int, row: tuple) -> Article:
    published, day, precision, end, source, target, code = row
    article = Article.from_parts(
        id=f"a{n}", parts=[("body", f"Sentence of article {n}.", None)], published=published
    )
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
        date_end=end,
    )
    return article.evolve(sentences=(Sentence(0, 0, len(article.text), 0),), events=(event,))


@pytest.fixture
def store():
    store = Store()
    store.add(article_of(n, row) for n, row in enumerate(ROWS))
    yield store
    store.close()


def test_store_round_trips_the_end(store: Store) -> None:
    assert store.schema_version == 3
    for n, row in enumerate(ROWS):
        (event,) = store.get_article(f"a{n}").events
        assert (event.date, event.date_precision, event.date_end) == row[1:4]
    rows = {r["id"]: r for r in store.events()}
    assert list(rows["a1-0"])[2:5] == ["date", "date_precision", "date_end"]
    assert rows["a1-0"]["date_end"] == dt.date(2005, 2, 8)


def test_a_version_2_store_gets_the_column(tmp_path) -> None:
    path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)")
    for name in ("001_initial.sql", "002_date_precision.sql"):
        con.execute((files("entente") / "store" / "migrations" / name).read_text("utf-8"))
    con.execute("INSERT INTO schema_version VALUES (1), (2)")
    con.execute(
        "INSERT INTO events (id, article_key, article_id, date, cameo, root, quad_class, "
        "goldstein, sentence, evidence_start, evidence_end, rule, confidence, date_precision) "
        "VALUES ('e1', 'k', 'a', DATE '2015-05-01', '042', '04', 1, 1.9, 0, 0, 1, 'r', 1.0, "
        "'year')"
    )
    con.close()
    with Store(path, read_only=True) as reader:
        assert reader.schema_version == 3
        assert reader.con.execute("SELECT date_end FROM events").fetchone() == (None,)


def test_code_records_carry_the_end(store: Store) -> None:
    article = store.get_article("a1")
    record = event_record(article.events[0], article)
    assert EVENT_KEYS[2:5] == ("date", "date_precision", "date_end")
    assert (record["date"], record["date_precision"], record["date_end"]) == (
        "2000-09-28",
        "period",
        "2005-02-08",
    )


def test_exports_carry_the_end_and_gdelt_no_date_of_a_span(store: Store, tmp_path) -> None:
    export_events(store, tmp_path / "e.tsv", "gdelt")
    with (tmp_path / "e.tsv").open(newline="", encoding="utf-8") as handle:
        gdelt = {r["GLOBALEVENTID"]: r for r in csv.DictReader(handle, delimiter="\t")}
    dates_of = [gdelt["a1-0"][c] for c in ("SQLDATE", "MonthYear", "Year", "FractionDate")]
    assert dates_of == ["", "", "", ""]
    assert gdelt["a0-0"]["Year"] == "2016"
    export_events(store, tmp_path / "e.csv", "csv")
    with (tmp_path / "e.csv").open(newline="", encoding="utf-8") as handle:
        rows = {r["id"]: r for r in csv.DictReader(handle)}
    assert (rows["a1-0"]["date_precision"], rows["a1-0"]["date_end"]) == ("period", "2005-02-08")
    assert rows["a0-0"]["date_end"] == ""
    export_events(store, tmp_path / "e.jsonl", "plover")
    plover = {
        r["id"]: r for r in map(json.loads, (tmp_path / "e.jsonl").read_text("utf-8").splitlines())
    }
    assert (plover["a1-0"]["date"], plover["a1-0"]["date_end"]) == ("2000-09-28", "2005-02-08")


@pytest.mark.parametrize(
    ("by", "counted", "left_out"),
    [
        ("month", 1, 2),  # the day-dated visit only
        ("year", 2, 1),  # and the summer of 2014, which 2014 holds; never the intifada
    ],
)
def test_series_count_a_span_only_in_a_period_holding_it(store, by, counted, left_out) -> None:
    series = dyad_series(store, HAMAS, IRAN, by=by, min_events=0)
    assert sum(p.events for p in series) == counted
    assert coarse_events(store, HAMAS, IRAN, by=by) == left_out
    assert "period" in precision_clause(by)


def test_a_name_with_another_year_or_war_is_not_the_table_s(builtin_pipeline: Pipeline) -> None:
    # in 2024 "the Gaza war" is the war begun in October 2023, unless a year says otherwise
    may = dt.date(2024, 5, 2)
    text = "Iran supplied Hamas with rockets during the Gaza war."
    assert only(builtin_pipeline, text, may) == (dt.date(2023, 10, 7), "period", may)
    text = "Iran supplied Hamas with rockets during the Gaza war of 2014."
    assert only(builtin_pipeline, text, may) == (dt.date(2014, 1, 1), "year", None)
    text = "Iran supplied Hamas with rockets during the war in Gaza in 2014."
    assert only(builtin_pipeline, text, may) == (dt.date(2014, 1, 1), "year", None)
    text = "Saudi Arabia supported Yemen during Yemen's war on al Qaeda."
    assert only(builtin_pipeline, text) == article_day()


def test_the_report_says_spans_are_left_out(store) -> None:
    page = render_html(build_report(store, HAMAS, IRAN, by="year"))
    assert "or by a longer named period, coarser than a year" in page
