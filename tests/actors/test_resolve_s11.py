"""Actor errors fixed in session 11 (an actor-resolution round driven by the event gold): a
state's adjective before a building noun that only says what people serve in ("South Korean
church volunteers") is the people's; an unnamed international court or tribunal is an
international body, not the judiciary of the state it sits in; an armed group's victims named by
no state are of the land the sentence names as the one it struck, not the group's own people."""

import datetime as dt

import pytest

from conftest import coded, mention_codes


@pytest.fixture(scope="module")
def resolver(builtin_resolver):
    return builtin_resolver


@pytest.fixture(scope="module")
def pipeline(builtin_pipeline):
    return builtin_pipeline


# -- a building noun before a role noun -------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "surface", "code"),
    [
        (
            "Gunmen seized nine South Korean church volunteers near Kandahar.",
            "South Korean church volunteers",
            "KORNGO",
        ),
        (
            "Militiamen abducted four German church volunteers in the north.",
            "German church volunteers",
            "DEUNGO",
        ),
    ],
)
def test_a_state_adjective_before_a_building_and_a_role_noun_is_the_peoples(
    resolver, text, surface, code
):
    assert (surface, code) in mention_codes(resolver, text)
    # (kept: "a Catholic church", "the Russian language" name no actor)
    codes = mention_codes(resolver, "Arsonists burned a Greek church overnight.")
    assert not [c for _, c in codes if c.startswith("GRC")]


# -- an unnamed international court -----------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "An international tribunal sitting in The Hague rejected Beijing's claims on Monday.",
        "An international court in Geneva dismissed the case brought by Chile.",
    ],
)
def test_an_international_court_is_an_international_body(resolver, text):
    codes = mention_codes(resolver, text, dt.date(2016, 7, 12))
    assert [c for s, c in codes if s.startswith("international")] == ["IGOJUD"]
    # (kept: a named court keeps its own code)
    codes = mention_codes(resolver, "The International Court of Justice ruled against Serbia.")
    assert ("International Court of Justice", "IGOUNOJUDICJ") in codes


# -- the victims of an armed group's attack ---------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hamas gunmen crossed into southern Israel overnight, seizing dozens of hostages.",
            ("PSEREBHMS", "ISRCVL", "181"),
        ),
        (
            "Islamic State fighters overran villages in northern Iraq and abducted hundreds of "
            "women.",
            ("IMGMUSISI", "IRQCVL", "181"),
        ),
    ],
)
def test_an_armed_groups_victims_are_of_the_land_it_struck(pipeline, text, expected):
    assert expected in coded(pipeline, text, dt.date(2016, 3, 1))
    # (kept: with no other state named as the scene, the victims are the group's own people;
    # "officials" of another state are speakers, not the scene)
    events = coded(
        pipeline,
        "Taliban militants abducted twenty people on Tuesday, U.S. officials said.",
        dt.date(2016, 3, 1),
    )
    assert [t for _, t, c in events if c.startswith("18")] == ["AFGCVL"]


# -- a family name first -----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "date", "code"),
    [
        (
            "Chinese President Hu Jintao received Russia's president in Beijing, and Hu praised "
            "the friendship of the two states.",
            dt.date(2006, 3, 21),
            "CHNGOV",
        ),
        (
            "North Korean leader Kim Jong-il met South Korea's president in Pyongyang, and Kim "
            "pledged to reduce tension.",
            dt.date(2007, 10, 3),
            "PRKGOV",
        ),
    ],
)
def test_a_family_name_first_is_the_name_repeated_alone(resolver, text, date, code):
    surname = text.split(", and ")[1].split()[0]
    assert (surname, code) in mention_codes(resolver, text, date)
    # (kept: a Western name is repeated by its last word)
    codes = mention_codes(
        resolver, "Japanese Prime Minister Junichiro Koizumi met reporters, and Koizumi smiled."
    )
    assert ("Koizumi", "JPNGOV") in codes


# -- an organisation's seat named as a place ----------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Police detained three men in Brussels on Friday.",
        "A bomb exploded at Brussels airport on Friday.",
        "Commuters fled the Brussels metro after an alarm.",
    ],
)
def test_an_organisations_seat_named_as_a_place_is_the_host_states_city(resolver, text):
    assert ("Brussels", "BEL") in mention_codes(resolver, text, dt.date(2016, 4, 1))
    # (kept: Brussels acting, and the summits held there, are the EU's)
    for kept in (
        "Brussels warned Warsaw over its courts.",
        "Serbia's president skipped a summit in Brussels.",
    ):
        assert ("Brussels", "IGOEUREEC") in mention_codes(resolver, kept, dt.date(2016, 4, 1))


# -- a ship owned by or linked to a state -------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "surface", "code"),
    [
        ("Pirates boarded a Greek-owned tanker off Somalia.", "Greek-owned", "GRC"),
        ("Rebels fired a drone at an Israel-linked cargo ship.", "Israel-linked", "ISR"),
    ],
)
def test_a_ship_owned_by_or_linked_to_a_state_is_the_states(resolver, text, surface, code):
    assert (surface, code) in mention_codes(resolver, text, dt.date(2023, 12, 1))
    # (kept: a state-owned newspaper or company names no state)
    codes = mention_codes(resolver, "A Saudi-owned weekly reported the threat.")
    assert not [c for s, c in codes if s.startswith("Saudi")]


# -- the police of the one state a sentence names ---------------------------------------------
def test_police_take_the_one_state_the_sentence_names(resolver):
    codes = mention_codes(
        resolver, "Police blamed Basque separatists for a bomb that wrecked a bank in Bilbao."
    )
    assert ("Police", "ESPCOP") in codes
    # (kept: a state's adjective before them is theirs, and with two states they stay open)
    codes = mention_codes(resolver, "Russian police arrested the activists.")
    assert ("Russian police", "RUSCOP") in codes
    codes = mention_codes(resolver, "Police said Iran and Iraq exchanged prisoners.")
    assert ("Police", "---COP") in codes
