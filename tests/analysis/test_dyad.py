"""Dyad series on hand-built event sets with known answers."""

from __future__ import annotations

import datetime as dt

import pytest

from analysis.builders import HAMAS, IRAN, store_of
from entente.analysis.dyad import dyad_series, period_label, period_number
from entente.errors import QueryError
from entente.events.ontology import cameo
from entente.model import Actor, Article, Event, Sentence
from entente.store import Store

# One CAMEO code per quad class: consult, provide aid, criticize, fight.
VCOOP, MCOOP, VCONF, MCONF = "042", "071", "111", "190"


def quarter(year, q, day=10):
    return dt.date(year, 3 * q - 2, day)


Q1, Q2, Q3, Q4 = (quarter(2018, q) for q in (1, 2, 3, 4))
ROWS = [
    # 2018-Q1: dyad 2 verbal coop, 1 material coop, 1 verbal conflict; Hamas–USA 2; other 4.
    (Q1, "PSEREBHMS", "IRNGOV", VCOOP),
    (Q1, "IRN", "PSEREBHMS", VCOOP),
    (Q1, "IRN", "PSEREBHMS", MCOOP),
    (Q1, "PSEREBHMS", "IRN", VCONF),
    *[(Q1, "PSEREBHMS", "USA", VCOOP)] * 2,
    *[(Q1, "USA", "RUS", VCOOP)] * 4,
    # 2018-Q2: dyad 1 verbal and 1 material conflict (uncertain); Iran–USA 1; other 3.
    (Q2, "IRN", "PSEREBHMS", VCONF),
    (Q2, "IRNGOV", "PSEREBHMS", MCONF),
    (Q2, "IRN", "USA", VCONF),
    *[(Q2, "USA", "RUS", VCOOP)] * 3,
    # 2018-Q3: no dyad events.
    *[(Q3, "USA", "RUS", VCOOP)] * 5,
    # 2018-Q4: dyad 3 verbal coop; other 17.
    *[(Q4, "PSEREBHMS", "IRN", "051")] * 2,
    (Q4, "IRN", "PSEREBHMS", VCOOP),
    *[(Q4, "USA", "RUS", VCOOP)] * 17,
]


@pytest.fixture(scope="module")
def store():
    store = store_of(ROWS)
    yield store
    store.close()


def test_dyad_series_by_quarter_exact_counts(store):
    series = dyad_series(store, HAMAS, IRAN, by="quarter")
    got = [
        (p.label, p.events, p.verbal_coop, p.material_coop, p.verbal_conflict, p.material_conflict)
        for p in series
    ]
    assert got == [
        ("2018-Q1", 4, 2, 1, 1, 0),
        ("2018-Q2", 2, 0, 0, 1, 1),
        ("2018-Q4", 3, 3, 0, 0, 0),
    ]
    assert [p.period for p in series] == [
        dt.date(2018, 1, 1),
        dt.date(2018, 4, 1),
        Q4.replace(day=1),
    ]
    assert [(p.cooperation, p.conflict) for p in series] == [(3, 1), (0, 2), (3, 0)]


@pytest.mark.parametrize(
    ("normalize", "expected"),
    [
        # (share, coop_rate, conflict_rate) per 1,000 events of all events: 10, 6 and 20.
        ("total", [(400.0, 300.0, 100.0), (1000 / 3, 0.0, 1000 / 3), (150.0, 150.0, 0.0)]),
        # … of the events involving Hamas or Iran: 6, 3 and 3.
        ("actors", [(2000 / 3, 500.0, 500 / 3), (2000 / 3, 0.0, 2000 / 3), (1000.0, 1000.0, 0.0)]),
    ],
)
def test_dyad_series_rates_per_thousand(store, normalize, expected):
    series = dyad_series(store, HAMAS, IRAN, normalize=normalize)
    got = [(p.share, p.coop_rate, p.conflict_rate) for p in series]
    assert got == [pytest.approx(row) for row in expected]


def test_dyad_series_index_goldstein_and_rolling_mean(store):
    series = dyad_series(store, HAMAS, IRAN, window=3)
    assert [p.index for p in series] == [0.5, -1.0, 1.0]
    # Over the last 3 calendar quarters: 2018-Q4's are Q2 (-1), Q3 (no events) and Q4 (+1).
    assert [p.smoothed for p in series] == pytest.approx([0.5, -0.25, 0.0])
    first = series[0]
    goldstein = 2 * cameo(VCOOP).goldstein + cameo(MCOOP).goldstein + cameo(VCONF).goldstein
    assert first.goldstein_sum == pytest.approx(goldstein)
    assert first.goldstein_mean == pytest.approx(goldstein / 4)


@pytest.mark.parametrize("window", [0, 1])
def test_dyad_series_window_one_is_the_index(store, window):
    series = dyad_series(store, HAMAS, IRAN, window=window)
    assert [p.smoothed for p in series] == [p.index for p in series]


@pytest.mark.parametrize(
    ("min_events", "uncertain"),
    [(3, [False, True, False]), (2, [False, False, False]), (5, [True, True, True])],
)
def test_dyad_series_marks_uncertain_periods(store, min_events, uncertain):
    series = dyad_series(store, HAMAS, IRAN, min_events=min_events)
    assert [p.uncertain for p in series] == uncertain


def test_dyad_series_directed_counts_one_way(store):
    series = dyad_series(store, HAMAS, IRAN, directed=True)
    assert [(p.label, p.events) for p in series] == [("2018-Q1", 2), ("2018-Q4", 2)]
    back = dyad_series(store, IRAN, HAMAS, directed=True)
    assert [(p.label, p.events) for p in back] == [("2018-Q1", 2), ("2018-Q2", 2), ("2018-Q4", 1)]


@pytest.mark.parametrize(
    ("by", "labels"),
    [
        ("year", [("2018", 9)]),
        ("month", [("2018-01", 4), ("2018-04", 2), ("2018-10", 3)]),
        ("day", [("2018-01-10", 4), ("2018-04-10", 2), ("2018-10-10", 3)]),
    ],
)
def test_dyad_series_other_periods(store, by, labels):
    assert [(p.label, p.events) for p in dyad_series(store, HAMAS, IRAN, by=by)] == labels


def test_dyad_series_year_rates_use_the_whole_year(store):
    (year,) = dyad_series(store, HAMAS, IRAN, by="year")
    assert year.coop_rate == pytest.approx(1000 * 6 / 41)


@pytest.mark.parametrize(
    ("since", "until", "labels"),
    [
        (dt.date(2018, 4, 1), None, ["2018-Q2", "2018-Q4"]),
        (None, dt.date(2018, 6, 30), ["2018-Q1", "2018-Q2"]),
        (dt.date(2018, 4, 1), dt.date(2018, 9, 30), ["2018-Q2"]),
        (dt.date(2019, 1, 1), None, []),
    ],
)
def test_dyad_series_date_bounds(store, since, until, labels):
    series = dyad_series(store, HAMAS, IRAN, since=since, until=until)
    assert [p.label for p in series] == labels


def test_dyad_series_partial_period_rate_uses_bounded_denominator():
    rows = [
        *[(dt.date(2018, 1, 10), "USA", "RUS", VCOOP)] * 8,
        *[(dt.date(2018, 3, 1), "PSEREBHMS", "IRN", VCOOP)] * 2,
        *[(dt.date(2018, 3, 1), "USA", "RUS", VCOOP)] * 2,
    ]
    with store_of(rows) as store:
        (period,) = dyad_series(store, HAMAS, IRAN, since=dt.date(2018, 2, 1))
    assert period.coop_rate == pytest.approx(500.0)  # 2 of the 4 events since 1 February


@pytest.mark.parametrize(
    ("options", "message"),
    [({"by": "fortnight"}, "unknown period"), ({"normalize": "world"}, "unknown normalisation")],
)
def test_dyad_series_rejects_bad_options(store, options, message):
    with pytest.raises(QueryError, match=message):
        dyad_series(store, HAMAS, IRAN, **options)


@pytest.mark.parametrize(
    ("by", "label"),
    [
        ("quarter", "2018-Q1"),
        ("month", "2018-03"),
        ("year", "2018"),
        ("week", "2018-W10"),
        ("day", "2018-03-05"),
    ],
)
def test_dyad_period_label(by, label):
    assert period_label(dt.date(2018, 3, 5), by) == label


@pytest.mark.parametrize(
    ("by", "first", "later", "apart"),
    [
        ("quarter", "2016-12-31", "2017-01-01", 1),
        ("quarter", "2016-01-01", "2017-06-30", 5),
        ("month", "2016-11-30", "2017-02-01", 3),
        ("year", "2016-12-31", "2018-01-01", 2),
        ("week", "2016-12-31", "2017-01-02", 1),  # 2016-W52 (Saturday), 2017-W01 (Monday)
        ("week", "2017-01-02", "2017-01-08", 0),  # Monday and Sunday of 2017-W01
        ("day", "2016-12-31", "2017-01-02", 2),
    ],
)
def test_dyad_period_number_counts_calendar_periods(by, first, later, apart):
    a, b = dt.date.fromisoformat(first), dt.date.fromisoformat(later)
    assert period_number(b, by) - period_number(a, by) == apart


def test_dyad_series_fill_gaps_changes_no_period(store):
    filled = dyad_series(store, HAMAS, IRAN, window=3, fill_gaps=True)
    assert [p for p in filled if p.events] == dyad_series(store, HAMAS, IRAN, window=3)


def test_dyad_series_fill_gaps_keeps_calendar_periods():
    with store_of(ROWS) as store:
        series = dyad_series(store, HAMAS, IRAN, fill_gaps=True)
    assert [(p.label, p.events, p.uncertain, p.index) for p in series] == [
        ("2018-Q1", 4, False, 0.5),
        ("2018-Q2", 2, True, -1.0),
        ("2018-Q3", 0, True, None),
        ("2018-Q4", 3, False, 1.0),
    ]


@pytest.mark.parametrize(
    ("plover", "mode", "expected"),
    [("CONSULT", "visit", 2.0), ("ASSAULT", None, -10.0), (None, None, None)],
)
def test_dyad_series_plover_mean_uses_the_manuals_scores(plover, mode, expected):
    from entente.events.ontology import plover as plover_type

    if plover is not None:
        ptype = plover_type(plover)
        score = ptype.mode(mode).score if mode else ptype.score
        assert score is not None
        expected = score
    store = Store()
    article = Article.from_parts(id="a", parts=[("body", "S.", None)], published=Q1)
    event = Event(
        "e",
        "a",
        Q1,
        Actor("IRN", "Iran"),
        Actor("PSEREBHMS", "Hamas"),
        "042",
        1,
        1.9,
        plover,
        mode,
        0,
        (0, 1),
        "r",
    )
    store.add_article(article.evolve(sentences=(Sentence(0, 0, 2, 0),), events=(event,)))
    (period,) = dyad_series(store, IRAN, HAMAS)
    assert period.plover_mean == expected


@pytest.mark.parametrize(("level", "name"), [(3, "Palestine"), (0, "Hamas")])
def test_profile_counterparts_named_after_their_state_or_group(level, name):
    from entente.analysis.profile import actor_profile

    rows = [(Q1, "IRN", "PSEREBHMS", VCOOP), (Q1, "IRN", "---GOV", VCOOP)]
    with store_of(rows) as store:
        profile = actor_profile(store, IRAN, level=level)
    assert [(p["name"], p["cooperation"]) for p in profile.partners] == [(name, 1)]
