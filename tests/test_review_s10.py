"""Review of session 10 (event dates, suicide attackers): defects found by the reviewer, each
test failing before its fix. The sentences are written for these tests."""

from __future__ import annotations

import datetime as dt

from entente.model import Article
from entente.pipeline import Pipeline

DATE = dt.date(2015, 1, 15)


def coded(pipeline: Pipeline, text: str, date: dt.date | None = DATE) -> dict[tuple, tuple]:
    """(source, target, code) -> (date, date precision) of each event of a one-part article."""
    article = pipeline(Article.from_parts(id="t", parts=[("body", text, None)], published=date))
    assert article.events, f"no event coded in {text!r}"
    return {
        (e.source.code, e.target.code if e.target else None, e.cameo): (e.date, e.date_precision)
        for e in article.events
    }


def test_sentence_opening_with_capital_last_year(builtin_pipeline: Pipeline) -> None:
    # the cheap pre-test looked for "last " only, case-sensitively
    found = coded(builtin_pipeline, "Last year, Israel attacked Hamas.")
    assert found[("ISR", "PSEREBHMS", "190")] == (dt.date(2014, 1, 1), "year")


def test_sentence_opening_with_capital_last_month(builtin_pipeline: Pipeline) -> None:
    found = coded(builtin_pipeline, "Last month Israel attacked Hamas.")
    assert found[("ISR", "PSEREBHMS", "190")] == (dt.date(2014, 12, 1), "month")


def test_short_year_span_is_a_range(builtin_pipeline: Pipeline) -> None:
    # "2013-14" is two years (a span), not 2013
    found = coded(builtin_pipeline, "Israel attacked Hamas in 2013-14.")
    assert found[("ISR", "PSEREBHMS", "190")] == (DATE, "day")


def test_short_year_span_with_a_slash(builtin_pipeline: Pipeline) -> None:
    found = coded(builtin_pipeline, "Israel attacked Hamas in 2003/04.")
    assert found[("ISR", "PSEREBHMS", "190")] == (DATE, "day")


def test_reference_of_a_relative_clause_does_not_date_the_main_verb(
    builtin_pipeline: Pipeline,
) -> None:
    # "in 2014" dates the fighting of the relative clause; the attack is the article's (Monday)
    text = "Militants who fought Israel in 2014 attacked Egyptian troops on Monday."
    found = coded(builtin_pipeline, text)
    attack = [v for (s, t, c), v in found.items() if t == "EGYMIL"]
    assert attack == [(DATE, "day")]


def test_subject_reference_still_dates_its_verb(builtin_pipeline: Pipeline) -> None:
    found = coded(builtin_pipeline, "Hamas in 2007 seized Gaza.")
    assert set(found.values()) == {(dt.date(2007, 1, 1), "year")}


def test_suicide_attacker_from_a_group(builtin_pipeline: Pipeline) -> None:
    # the role noun before "from" stopped at "attacker", and "attacker" in it kept the
    # "bombers from" reading from adding "suicide": 195 instead of 1831
    text = "A suicide attacker from al Shabaab struck the African Union base."
    found = coded(builtin_pipeline, text)
    assert {c for (_, _, c) in found} == {"1831"}


def test_suicide_bomber_from_a_group_stays_1831(builtin_pipeline: Pipeline) -> None:
    text = (
        "A suicide bomber from Islamic State Khorasan struck a checkpoint in Kabul, killing "
        "Afghan soldiers."
    )
    found = coded(builtin_pipeline, text)
    assert {c for (_, _, c) in found} == {"1831"}


def test_irregular_participle_opens_another_clause(builtin_pipeline: Pipeline) -> None:
    # "built" is a participle of the targets (only "-ing"/"-ed" forms were read as verbs)
    found = coded(builtin_pipeline, "Israel attacked Hamas targets built in 2012.")
    assert found[("ISR", "PSEREBHMS", "190")] == (DATE, "day")
