"""Agents far from the verb and nominal passives ("the attack on X by Y"), and the other
CAMEO-manual mechanics: demands in reported speech, declared boycotts, linked events
(``reverse``) and general verb-dictionary phrases. Sentences written for these tests."""

import datetime as dt

import pytest

from entente.evaluate import configured
from entente.model import Article


def code(pipeline, text):
    article = pipeline(
        Article.from_parts(id="a", parts=[("body", text, None)], published=dt.date(2018, 3, 1))
    )
    return [(e.source.code, e.target.code if e.target else None, e.cameo) for e in article.events]


@pytest.fixture(scope="module")
def untargeted(builtin_pipeline):
    return configured(builtin_pipeline, (("require_dyad", "false"),))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the agent after a long accusation content closed by a comma
        (
            "Aristide was accused of misusing public funds, much of it believed to have been "
            "embezzled, by Haitian government officials.",
            ("HTIGOV", "HTIELI", "1121"),
        ),
        # nominal passives: the noun's agent after "by"
        ("The attack on Israel by Hamas was condemned.", ("PSEREBHMS", "ISR", "190")),
        ("The criticism of Iran by Saudi Arabia was harsh.", ("SAU", "IRN", "111")),
    ],
)
def test_far_and_nominal_passive_agents(builtin_pipeline, text, expected):
    assert expected in code(builtin_pipeline, text)


def test_nominal_attack_without_actor_target(untargeted):
    text = "A policeman died in an attack on a patrol by Kosovo Albanians."
    assert ("KSV", None, "190") in code(untargeted, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "must" / "has to": a demand, coded for the act demanded
        (
            "Turkish officials said on Monday that Iraq must release the detainees.",
            [("TURGOV", "IRQ", "1053")],
        ),
        (
            "Egypt said that Hamas and Israel must sign a peace agreement.",
            [("EGY", "PSEREBHMS", "107"), ("EGY", "ISR", "107")],
        ),
        # the subject of the reported clause may be a compound with a possessive
        (
            "Hamas announced that President Mahmoud Abbas and his Fatah movement must agree to "
            "new elections.",
            [("PSEREBHMS", "PSEGOV", "100"), ("PSEREBHMS", "PSEPTYFTH", "100")],
        ),
        # "needs to" / "should": an appeal; a telling verb takes its addressee first
        (
            "Germany told reporters that Greece needs to enact economic reforms.",
            [("DEU", "GRC", "0242")],
        ),
    ],
)
def test_reported_demands(builtin_pipeline, text, expected):
    assert code(builtin_pipeline, text) == expected


def test_reported_demand_needs_a_reporting_verb(builtin_pipeline):
    assert code(builtin_pipeline, "Iraq must release the detainees, Turkey said.") == []


def test_declared_boycott_is_the_boycott(builtin_pipeline):
    """ "will boycott … unless": the boycott is declared (143), not a threat (133); its condition
    names its demand, a change in leadership (1431, session 9)."""
    text = (
        "The opposition party said it will boycott Egypt's elections unless the president resigns."
    )
    assert [c for *_, c in code(builtin_pipeline, text)] == ["1431"]


def test_announced_protest_is_a_threat_of_protest(builtin_pipeline):
    assert code(builtin_pipeline, "Hamas militants will protest against Israel.") == [
        ("PSEREBHMS", "ISR", "133")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Egypt deployed peacekeepers to Sudan.",
            [("EGY", "SDN", "074"), ("SDN", "EGY", "0861")],
        ),
        (
            "The United Nations dispatched inspectors to Iraq.",
            [("IGOUNO", "IRQ", "090"), ("IRQ", "IGOUNO", "0862")],
        ),
    ],
)
def test_linked_events_of_a_reverse_entry(builtin_pipeline, text, expected):
    assert code(builtin_pipeline, text) == expected


def test_reverse_entry_in_a_user_dictionary(tmp_path):
    from entente.events.verbs import VerbDictionary

    path = tmp_path / "mine.yaml"
    path.write_text('- cameo: "043"\n  patterns: ["$ <host> +"]\n  reverse: "042"\n')
    verbs = VerbDictionary()
    verbs.load_file(path)
    assert [p.reverse for p in verbs.patterns] == ["042"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Five hundred Ugandan rebels surrendered last week.", ("UGAREB", None, "0874")),
        ("Syria said it will not accept any more refugees.", ("SYR", None, "122")),
        ("Hamas militants resorted to throwing stones.", ("PSEREBHMS", "PSEGOV", "145")),
        (
            "The Israeli army forced out more than 1,000 Palestinian refugees from their homes.",
            ("ISRMIL", "PSEREF", "201"),
        ),
        ("Syria is committed to the peace process.", ("SYR", None, "030")),
        ("Kofi Annan said he will withdraw weapons inspectors.", ("GHAELI", None, "136")),
        ("Britain is pushing hard for the United States to act.", ("GBR", "USA", "100")),
        ("Iranian authorities have been pressuring Iraqi workers.", ("IRNGOV", "IRQLAB", "100")),
        ("A Soviet official offered concessions.", ("SUNGOV", None, "035")),
        ("South Korea has requested to lease a Russian training ground.", ("KOR", None, "0212")),
        # "is" after "Sudan's government" is a verb, not a noun
        ("Sudan's government is responsible for mass killings.", ("SDNGOV", None, "202")),
        ("Albanian rebels have been demobilized.", ("ALBREB", None, "0873")),
    ],
)
def test_general_dictionary_phrases(untargeted, text, expected):
    assert expected in code(untargeted, text)
