import datetime as dt

import pytest

from entente.actors.kb import KnowledgeBase, split_code
from entente.actors.resolve import ActorResolver
from entente.errors import DictionaryError
from entente.model import Article
from entente.text.segment import SegmentStage


def resolve(kb, text, date=dt.date(2018, 3, 1)):
    article = Article.from_parts(id="a", parts=[("body", text, None)], published=date)
    article = ActorResolver(kb)(SegmentStage()(article))
    return [(article.text[m.start : m.end], m.actor.code, m.via) for m in article.mentions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iranian military officials met.", [("Iranian military officials", "IRNMIL")]),
        ("Iran's foreign minister spoke.", [("Iran's foreign minister", "IRNGOV")]),
        ("Tehran objected.", [("Tehran", "IRNGOV")]),
        ("The Pentagon objected.", [("Pentagon", "USAMIL")]),
        ("Israeli troops entered.", [("Israeli troops", "ISRMIL")]),
        ("Hamas officials spoke.", [("Hamas officials", "PSEREBHMS")]),
        ("Iranian involvement grew.", [("Iranian", "IRN")]),
    ],
)
def test_actors_combine_country_and_agent(mini_kb, text, expected):
    assert [(t, c) for t, c, _ in resolve(mini_kb, text)] == expected


@pytest.mark.parametrize(
    ("date", "code"),
    [
        (dt.date(2010, 5, 1), "PSEGOV"),
        (dt.date(2016, 1, 1), "PSEREBHMS"),
        (dt.date(2019, 1, 1), "PSEREBHMS"),
    ],
)
def test_actors_resolves_role_by_article_date(mini_kb, date, code):
    assert resolve(mini_kb, "Ismail Haniyeh spoke.", date)[0][1] == code


@pytest.mark.parametrize(
    ("date", "code"),
    [
        (dt.date(2016, 6, 1), "USAELI"),
        (dt.date(2018, 6, 1), "USAGOV"),
        (dt.date(2022, 6, 1), "USAELI"),
        (dt.date(2025, 6, 1), "USAGOV"),
    ],
)
def test_actors_person_outside_roles_is_private(mini_kb, date, code):
    assert resolve(mini_kb, "Donald Trump spoke.", date)[0][1] == code


def test_actors_pronouns_and_descriptions_take_last_compatible(mini_kb):
    found = resolve(
        mini_kb, "Haniyeh visited Iran. He praised the country. The movement said it would return."
    )
    assert ("He", "PSEREBHMS", "pronoun") in found
    assert ("country", "IRN", "description") in found
    assert ("movement", "PSEREBHMS", "description") in found


def test_actors_lowercase_us_is_not_the_united_states(mini_kb):
    assert resolve(mini_kb, "They told us the US would help.") == [("US", "USA", "dictionary")]


def test_actors_title_before_name_merges_into_person(mini_kb):
    assert resolve(mini_kb, "Hamas leader Ismail Haniyeh spoke.")[0][:2] == (
        "Hamas leader Ismail Haniyeh",
        "PSEREBHMS",
    )


def test_kb_bad_entry_names_file_and_line(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("- code: IRN\n  names: [Iran]\n- code: not-a-code\n  names: [X]\n")
    with pytest.raises(DictionaryError, match=r"bad.yaml:3: bad actor code"):
        KnowledgeBase().load_file(bad)


def test_kb_bad_role_date_is_reported(tmp_path):
    bad = tmp_path / "people.yaml"
    bad.write_text("- name: X Y\n  roles:\n    - {code: IRNGOV, from: 2020-13-01}\n")
    with pytest.raises(DictionaryError, match=r"people\.yaml:3: bad date"):
        KnowledgeBase().load_file(bad)


def test_kb_split_code():
    assert split_code("PSEREBHMS", frozenset({"PSE"})) == ("PSE", ("REB", "HMS"))
    assert split_code("---GOV", frozenset()) == (None, ("GOV",))


@pytest.mark.parametrize(
    "text",
    [
        "Yousef Hammad, a senior Hamas official, spoke. Later Hammad left.",
        "Hamas official Yousef Hammad spoke. Later Hammad left.",
    ],
)
def test_actors_unknown_person_takes_the_role_named_beside_him(mini_kb, text):
    found = resolve(mini_kb, text)
    assert ("Yousef Hammad", "PSEREBHMS", "appositive") in found
    assert ("Hammad", "PSEREBHMS", "surname") in found


def test_actors_capitalised_words_without_a_role_stay_unresolved(mini_kb):
    assert resolve(mini_kb, "Yousef Hammad, who lives in Gaza, spoke.") == []


@pytest.mark.parametrize(
    ("date", "bush", "assad"),
    [
        (dt.date(1991, 1, 1), "George H. W. Bush", "Hafez al-Assad"),
        (dt.date(2003, 1, 1), "George W. Bush", "Bashar al-Assad"),
    ],
)
def test_actors_shared_name_goes_to_the_person_in_office(date, bush, assad):
    from entente.actors.stage import knowledge_base

    article = Article.from_parts(
        id="a", parts=[("body", "President Bush met Assad.", None)], published=date
    )
    article = ActorResolver(knowledge_base())(SegmentStage()(article))
    assert [m.actor.name for m in article.mentions] == [bush, assad]
    assert [m.actor.code for m in article.mentions] == ["USAGOV", "SYRGOV"]


# -- role nouns that name no actor, or an actor named before -----------------------------------
@pytest.fixture(scope="module")
def builtin_kb():
    from entente.actors.kb import load_builtin

    return load_builtin()


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Russia held naval exercises in the Black Sea.", "naval"),
        ("India began military manoeuvres near the border.", "military"),
        ("Gunmen held the mayor and his staff hostage.", "hostage"),
    ],
)
def test_actors_role_nouns_used_as_modifiers_or_predicates(builtin_kb, text, absent):
    assert not [t for t, _, _ in resolve(builtin_kb, text) if absent in t.lower()]


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("The military said it would hold elections.", ("military", "---MIL", "agent")),
        ("Rebels seized an Italian hostage.", ("Italian hostage", "ITACVL", "agent")),
    ],
)
def test_actors_role_nouns_that_stay_actors(builtin_kb, text, mention):
    assert mention in resolve(builtin_kb, text)


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # the place after an owned role noun is not its country
        ("Kenya recalled its envoys from Sudan.", ("envoys", "KENGOV", "description")),
        (
            "Nepal's prime minister said his government would resign.",
            ("government", "NPLGOV", "description"),
        ),
    ],
)
def test_actors_owned_role_noun_takes_the_owner(builtin_kb, text, mention):
    assert mention in resolve(builtin_kb, text)


def test_actors_owned_role_noun_with_two_candidate_owners_stays_open(builtin_kb):
    found = resolve(builtin_kb, "Chad said Sudan had attacked its soldiers.")
    assert ("soldiers", "---MIL", "agent") in found


def test_actors_capital_before_a_newspaper_word_is_the_press(builtin_kb):
    found = resolve(builtin_kb, "The Nairobi daily Nation said the talks failed.")
    assert ("Nairobi", "KENMED", "agent") in found
