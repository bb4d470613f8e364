"""Historical references keep the date they refer to (issue #4, session 10): a year or month
stated for an event's own clause dates it, with ``date_precision`` ``year`` or ``month``; a
reference in another clause, a bound ("since 2011"), a future date or a number that is no year
leaves the article's date (``day``). The sentences are written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from entente.model import Article
from entente.pipeline import Pipeline

DATE = dt.date(2016, 3, 1)


def dates(
    pipeline: Pipeline, text: str, date: dt.date | None = DATE
) -> dict[tuple[str, str | None, str], tuple[dt.date | None, str]]:
    """(source, target, code) -> (date, date precision) of each event of a one-part article."""
    article = pipeline(Article.from_parts(id="t", parts=[("body", text, None)], published=date))
    assert article.events, f"no event coded in {text!r}"
    return {
        (e.source.code, e.target.code if e.target else None, e.cameo): (e.date, e.date_precision)
        for e in article.events
    }


def only(found: dict[tuple[str, str | None, str], tuple[dt.date | None, str]]) -> set[object]:
    return set(found.values())


# -- a reference in the event's own clause ---------------------------------------------------------
def test_year_of_the_clause_inside_a_since_clause(builtin_pipeline: Pipeline) -> None:
    text = (
        "Kenya and Somalia have been at odds since Somali troops attacked Kenyan police in "
        "Mandera in 2011."
    )
    assert dates(builtin_pipeline, text)[("SOMMIL", "KENCOP", "190")] == (
        dt.date(2011, 1, 1),
        "year",
    )


def test_month_and_year(builtin_pipeline: Pipeline) -> None:
    text = "Russia and Georgia last fought a war in August 2008."
    assert only(dates(builtin_pipeline, text)) == {(dt.date(2008, 8, 1), "month")}


def test_last_year_in_reported_speech(builtin_pipeline: Pipeline) -> None:
    text = "Officials said Beijing had already cut its aid to Pyongyang last year."
    assert dates(builtin_pipeline, text)[("CHNGOV", "PRKGOV", "162")] == (
        dt.date(2015, 1, 1),
        "year",
    )


def test_last_month_is_the_month_before_the_article(builtin_pipeline: Pipeline) -> None:
    found = dates(builtin_pipeline, "Egypt expelled Sudanese diplomats last month.")
    assert only(found) == {(dt.date(2016, 2, 1), "month")}


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("in January", dt.date(2016, 1, 1)),  # earlier this year
        ("in October", dt.date(2015, 10, 1)),  # no October yet this year: the last one
        ("in the summer of 2013", dt.date(2013, 1, 1)),
        ("in early 2013", dt.date(2013, 1, 1)),
        ("in late March 2013", dt.date(2013, 3, 1)),
    ],
)
def test_phrases_of_time(builtin_pipeline: Pipeline, phrase: str, expected: dt.date) -> None:
    found = dates(builtin_pipeline, f"Egypt expelled Sudanese diplomats {phrase}.")
    precision = "year" if expected.month == 1 and "Jan" not in phrase else "month"
    assert only(found) == {(expected, precision)}


def test_last_june_only_where_it_must_be_last_years(builtin_pipeline: Pipeline) -> None:
    text = "Egypt expelled Sudanese diplomats last June."
    assert only(dates(builtin_pipeline, text)) == {(dt.date(2015, 6, 1), "month")}
    # in October, "last June" may be this year's or the year before's: the article's date
    october = dt.date(2016, 10, 1)
    assert only(dates(builtin_pipeline, text, october)) == {(october, "day")}


def test_year_opening_the_sentence_dates_its_main_clause(builtin_pipeline: Pipeline) -> None:
    text = "In 2012, Qatar and Turkey recalled their ambassadors from Syria."
    assert only(dates(builtin_pipeline, text)) == {(dt.date(2012, 1, 1), "year")}


def test_year_after_the_subject(builtin_pipeline: Pipeline) -> None:
    text = "Egypt in 2013 expelled Sudanese diplomats."
    assert only(dates(builtin_pipeline, text)) == {(dt.date(2013, 1, 1), "year")}


def test_year_heading_a_when_clause(builtin_pipeline: Pipeline) -> None:
    text = (
        "Ties between Sudan and Egypt have been tense since 2013, when Cairo expelled Sudanese "
        "diplomats and closed the border."
    )
    assert dates(builtin_pipeline, text)[("EGYGOV", "SDNGOV", "166")] == (
        dt.date(2013, 1, 1),
        "year",
    )


def test_the_war_of_a_year(builtin_pipeline: Pipeline) -> None:
    text = "Syrian troops fought Turkish forces in the 2012 border war."
    assert only(dates(builtin_pipeline, text)) == {(dt.date(2012, 1, 1), "year")}


def test_place_appositive_between_commas(builtin_pipeline: Pipeline) -> None:
    text = "Egyptian President Sisi spoke to supporters in Aswan, southern Egypt, in 2014."
    assert only(dates(builtin_pipeline, text)) == {(dt.date(2014, 1, 1), "year")}


def test_each_act_takes_the_nearest_reference_of_its_clause(builtin_pipeline: Pipeline) -> None:
    text = (
        "Arouri led Hamas delegations to Tehran in 2017 and met Supreme Leader Ali Khamenei "
        "in 2019."
    )
    found = dates(builtin_pipeline, text, dt.date(2024, 1, 3))
    assert found[("PSEREBHMS", "IRNGOV", "040")] == (dt.date(2019, 1, 1), "year")


# -- the article's date stays ----------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        # the year belongs to a relative clause, not to the sending
        "Iran, which was hit by sanctions in 2012, sent troops to Syria on Monday.",
        # a bound, not the date of the meeting
        "Egyptian President Sisi met Sudanese President Bashir on Monday for the first time "
        "since 2011.",
        "Egypt expelled Sudanese diplomats since last year.",
        "Egypt expelled Sudanese diplomats in the last year.",
        # the date of the raid the expulsion is over
        "Egypt expelled Sudanese diplomats over last year's border clash.",
        "Egypt expelled Sudanese diplomats, who had arrived in 2013.",
        # numbers that are no years
        "Egypt sent 2,007 troops to Sudan.",
        "Egypt sent in 2000 troops to Sudan.",
        "Russia vetoed Resolution 2042 on Syria.",
        # a range or a list of years: several acts, not one
        "Israel fought Hamas in 2008-2009.",
        "Egypt expelled Sudanese diplomats in 2008, 2011 and 2013.",
        # the object of a criticism or an accusation carries the date, not the act
        "Iran condemned the Israeli raid on the flotilla in 2010.",
        "Turkey accused Russia of bombing Turkmen villages in 2015.",
    ],
)
def test_reference_of_another_clause_keeps_the_article_date(
    builtin_pipeline: Pipeline, text: str
) -> None:
    assert only(dates(builtin_pipeline, text)) == {(DATE, "day")}


def test_thanks_for_an_act_keep_the_article_date(builtin_pipeline: Pipeline) -> None:
    text = "Haniyeh thanked Iran for standing with Gaza during the 2014 war."
    assert dates(builtin_pipeline, text)[("PSEREBHMS", "IRN", "051")] == (DATE, "day")


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Egypt will host Sudanese President Bashir in 2026.", dt.date(2025, 3, 1)),
        # the article's own year says nothing new
        ("Egypt expelled Sudanese diplomats in 2016.", dt.date(2016, 8, 1)),
        # an act still to come: the month is not the last March
        ("Russia and Turkey agreed to hold talks in March.", dt.date(2016, 6, 1)),
        ("Egypt will expel Sudanese diplomats in March.", dt.date(2016, 6, 1)),
    ],
)
def test_future_and_current_dates_keep_the_article_date(
    builtin_pipeline: Pipeline, text: str, date: dt.date
) -> None:
    assert only(dates(builtin_pipeline, text, date)) == {(date, "day")}


def test_full_date_is_a_day(builtin_pipeline: Pipeline) -> None:
    text = "Egyptian President Sisi arrived in Khartoum on Feb. 10, 2012."
    assert only(dates(builtin_pipeline, text)) == {(dt.date(2012, 2, 10), "day")}


def test_undated_article_gets_no_historical_date(builtin_pipeline: Pipeline) -> None:
    text = "Egypt expelled Sudanese diplomats in 2008."
    assert only(dates(builtin_pipeline, text, None)) == {(None, "day")}
