import datetime as dt

import pytest

from entente.model import Article


def code(pipeline, text, date=dt.date(2018, 3, 1)):
    article = pipeline(Article.from_parts(id="a", parts=[("body", text, None)], published=date))
    return [(e.source.code, e.target.code if e.target else None, e.cameo) for e in article.events]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ismail Haniyeh visited Tehran.", [("PSEREBHMS", "IRNGOV", "042")]),
        ("Israel was criticized by the United States.", [("USA", "ISR", "111")]),
        ("Iran's military support for Hamas grew.", [("IRNMIL", "PSEREBHMS", "070")]),
        ("Haniyeh, who leads the movement, criticized Israel.", [("PSEREBHMS", "ISR", "111")]),
        ("Iran threatened to attack Israel.", [("IRN", "ISR", "138")]),
        ("a visit by Hamas to Iran", [("PSEREBHMS", "IRN", "042")]),
        ("Israel said Iran attacked Syria.", [("IRN", "SYR", "190")]),
    ],
)
def test_coder_source_and_target(mini_pipeline, text, expected):
    assert code(mini_pipeline, text) == expected


def test_coder_symmetric_verbs_code_both_directions(mini_pipeline):
    assert code(mini_pipeline, "Iran met with Syria.") == [
        ("IRN", "SYR", "040"),
        ("SYR", "IRN", "040"),
    ]


def test_coder_compound_symmetric_without_target(mini_pipeline):
    assert sorted(code(mini_pipeline, "Iran and Syria signed a defence agreement.")) == [
        ("IRN", "SYR", "057"),
        ("SYR", "IRN", "057"),
    ]


def test_coder_compound_subject_one_event_per_dyad(mini_pipeline):
    assert code(mini_pipeline, "Iran and Syria criticized Israel.") == [
        ("IRN", "ISR", "111"),
        ("SYR", "ISR", "111"),
    ]


def test_coder_coordinated_verbs_share_subject(mini_pipeline):
    assert code(mini_pipeline, "Iranian officials met Haniyeh and praised Hamas.")[-1] == (
        "IRNGOV",
        "PSEREBHMS",
        "051",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Israel did not attack Hamas.",
        "Iran would attack Israel if provoked.",
        "If Israel attacks Iran, the region will burn.",
        "Iran denied attacking Israel.",
        "Iran might attack Israel.",
    ],
)
def test_coder_negation_and_hypotheticals_are_not_facts(mini_pipeline, text):
    assert code(mini_pipeline, text) == []


def test_coder_event_carries_evidence_rule_and_ontology(mini_pipeline):
    article = mini_pipeline(
        Article.from_parts(
            id="a",
            parts=[("body", "Israel was criticized by the United States.", None)],
            published=dt.date(2018, 1, 1),
        )
    )
    (event,) = article.events
    assert article.span(*event.evidence) == "was criticized by the United States"
    assert event.rule.startswith("mini_verbs:") and event.rule.endswith(":passive")
    assert (event.quad_class, event.goldstein, event.plover) == (3, -2.0, "ACCUSE")
    assert article.sentence_text(event.sentence) == "Israel was criticized by the United States."
    assert 0 < event.confidence <= 1


def test_coder_caption_events_carry_caption_date(mini_pipeline):
    article = mini_pipeline(
        Article.from_parts(
            id="a",
            published=dt.date(2021, 5, 10),
            parts=[
                ("body", "Iran criticized Israel.", None),
                ("caption", "Haniyeh visits Tehran on May 3, 2021.", dt.date(2021, 5, 3)),
            ],
        )
    )
    assert [e.date for e in article.events] == [dt.date(2021, 5, 10), dt.date(2021, 5, 3)]


def test_coder_historical_full_date_in_sentence(mini_pipeline):
    article = mini_pipeline(
        Article.from_parts(
            id="a",
            published=dt.date(2021, 5, 10),
            parts=[("body", "On Feb. 10, 2012, Haniyeh visited Tehran.", None)],
        )
    )
    assert [e.date for e in article.events] == [dt.date(2012, 2, 10)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iran will visit Syria.", [("IRN", "SYR", "036")]),
        ("Iran plans to attack Israel.", [("IRN", "ISR", "138")]),
        ("Iran will criticize Israel.", [("IRN", "ISR", "111")]),
    ],
)
def test_coder_announced_acts_are_intents_or_threats(mini_pipeline, text, expected):
    assert code(mini_pipeline, text) == expected
