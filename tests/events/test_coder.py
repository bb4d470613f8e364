import datetime as dt

import pytest

from conftest import FIXTURES
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


# -- mechanics --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a compound whose later member has a determiner and modifiers
        (
            "Iran and the mighty Syria criticized Israel.",
            [("IRN", "ISR", "111"), ("SYR", "ISR", "111")],
        ),
        # "neither A nor B" is a compound, not a negation
        (
            "Neither Iran nor Syria criticized Israel.",
            [("IRN", "ISR", "111"), ("SYR", "ISR", "111")],
        ),
        # role nouns without a country joined in a compound
        (
            "Soldiers and officials attacked Israel.",
            [("---MIL", "ISR", "190"), ("---GOV", "ISR", "190")],
        ),
        # a verb right after "and" shares the first verb's subject, not the nearest actor
        (
            "Iran condemned an attack by Israel in Syria and praised Hamas.",
            [("IRN", "ISR", "111"), ("IRN", "PSEREBHMS", "051")],
        ),
        # "and" joining two clauses: Iran is the subject of "praised", not Hamas's co-target
        (
            "Hamas criticized Israel and Iran praised Syria.",
            [("PSEREBHMS", "ISR", "111"), ("IRN", "SYR", "051")],
        ),
        # a gerund after a subordinator takes the subject of the verb before it
        (
            "Iran criticized Israel after attacking Syria.",
            [("IRN", "ISR", "111"), ("IRN", "SYR", "190")],
        ),
        # "was seen to attack": witnessed, not a plan
        ("Iran was seen to attack Israel.", [("IRN", "ISR", "190")]),
        # a passive followed by another verb keeps its own target
        (
            "Israel was criticized by the United States, which praised Syria.",
            [("USA", "ISR", "111"), ("USA", "SYR", "051")],
        ),
        # coordinated adverbs between "was" and the participle
        (
            "Israel was sharply and repeatedly criticized by the United States.",
            [("USA", "ISR", "111")],
        ),
        # contracted negation
        ("Israel didn't attack Hamas.", []),
        # an unresolved subject pronoun is the subject: Iran did not attack anyone here
        ("Iran said he attacked Israel.", []),
    ],
)
def test_coder_mechanics(mini_pipeline, text, expected):
    assert code(mini_pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the role noun heads the list: every country of the compound has it
        (
            "Officials of Iran and Syria criticized Israel.",
            [("IRNGOV", "ISR", "111"), ("SYRGOV", "ISR", "111")],
        ),
        # the country modifies both role nouns
        (
            "The Iranian military and government criticized Israel.",
            [("IRNMIL", "ISR", "111"), ("IRNGOV", "ISR", "111")],
        ),
        # the role noun belongs to Iran alone
        (
            "Iranian officials and Syria criticized Israel.",
            [("IRNGOV", "ISR", "111"), ("SYR", "ISR", "111")],
        ),
    ],
)
def test_coder_compound_shares_a_role_noun(mini_pipeline, text, expected):
    assert code(mini_pipeline, text) == expected


def test_coder_target_search_passes_over_the_source_named_again(mini_pipeline):
    pipeline = _with_coder(mini_pipeline, _verbs(("$ <doubt> +", "110")))
    text = "Haniyeh visited Tehran. He doubted whether he could trust Iran."
    assert code(pipeline, text)[-1] == ("PSEREBHMS", "IRN", "110")


def test_coder_pattern_words_before_the_verb_are_not_a_noun_reading(mini_pipeline):
    """Only the pattern's verb is checked for a noun reading ("Iran's death toll has risen" is
    not "the toll"); a verb after a determiner is a noun ("in an attack")."""
    verbs = _verbs(("$ death toll .. <rise> +", "190"), ("$ in .. <attack> +", "111"))
    pipeline = _with_coder(mini_pipeline, verbs)
    assert code(pipeline, "Iran's death toll has risen in the dispute with Syria.") == [
        ("IRN", "SYR", "190")
    ]
    assert code(pipeline, "Iran was in an attack on Syria.") == []


def test_coder_adjacent_nested_mentions_are_one_actor():
    from entente.events.coder import _units
    from entente.model import Actor, Mention
    from entente.text.tokenize import tokenize

    text = "Bree Prime Minister Romendacil met Gondor."
    mentions = [
        Mention(0, 19, 0, Actor("BREGOV", "Bree (government)")),
        Mention(20, 30, 0, Actor("BRE", "Bree")),
        Mention(35, 41, 0, Actor("GON", "Gondor")),
    ]
    units = _units(tokenize(text), mentions)
    assert [(u.norm, u.code) for u in units if u.mention is not None] == [
        ("@0", "BREGOV"),
        ("@2", "GON"),
    ]


# -- options (PETRARCH's semantics are switched on by the PETRARCH reader) ---------------------
def _verbs(*patterns):
    from entente.events.verbs import VerbDictionary, compile_pattern

    verbs = VerbDictionary()
    verbs.load_file(FIXTURES / "mini_verbs.yaml")
    for n, (text, cameo) in enumerate(patterns):
        verbs.add(compile_pattern(text, cameo=cameo, rule=f"test#{n}"))
    return verbs


def _with_coder(mini_pipeline, verbs=None, **options):
    from entente.events.coder import PatternCoder
    from entente.pipeline import Pipeline

    coder = PatternCoder(verbs or _verbs(), **options)
    return Pipeline([(n, s) if n != "events" else (n, coder) for n, s in mini_pipeline.stages])


@pytest.mark.parametrize(
    ("options", "text", "expected"),
    [
        ({}, "Iran will visit Syria.", [("IRN", "SYR", "036")]),
        ({"future_as_intent": False}, "Iran will visit Syria.", [("IRN", "SYR", "042")]),
        ({}, "Iran would attack Israel.", []),
        ({"hypotheticals": False}, "Iran would attack Israel.", [("IRN", "ISR", "190")]),
        ({"hypotheticals": False}, "If Israel attacks Iran, the region will burn.", []),
        # the negation belongs to "hesitate", not to "attack"
        (
            {"hypotheticals": False},
            "Iran did not hesitate to attack Israel.",
            [("IRN", "ISR", "190")],
        ),
        ({}, "Iran did not criticize Israel.", []),
        ({"opposites": {"111": "051"}}, "Iran did not criticize Israel.", [("IRN", "ISR", "051")]),
        ({}, "Israel was criticized over its dispute with Syria.", []),
        (
            {"passive_without_by": True},
            "Israel was criticized over its dispute with Syria.",
            [("SYR", "ISR", "111")],
        ),
        ({}, "Iran attacked in Syria.", []),  # a headline passive: Syria is the place
        ({"headline_passive": False}, "Iran attacked in Syria.", [("IRN", "SYR", "190")]),
        ({}, "Iran attacked.", []),
        ({"require_dyad": False}, "Iran attacked.", [("IRN", None, "190")]),
        (
            {"gerund_clauses": False},
            "Iran criticized Israel after attacking Syria.",
            [("IRN", "ISR", "111")],
        ),
    ],
)
def test_coder_options(mini_pipeline, options, text, expected):
    assert code(_with_coder(mini_pipeline, **options), text) == expected


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [(("IRNLEG", "agent"), ("IRN", "country"), True), (("IRN", "country"), ("IRN", "country"), True),
     (("EGY", "country"), ("EGYGOV", "agent"), False), (("ISR", "country"), ("PSE", "country"), False)],
)
def test_coder_dyads_of_a_state_and_its_parts(a, b, same):
    from entente.events.coder import _same
    from entente.model import Actor

    assert _same(Actor(a[0], a[0], kind=a[1]), Actor(b[0], b[0], kind=b[1])) is same
