"""Actor errors of issue #3 fixed in the resolver (session 9, round 2): a state named only as the
object of a clause gives its country to no people or crowd before it; an ambiguous capital
after "the" names a ship or a hotel; a bare title takes the one state its sentence names; "the
North" and "the South" in a sentence about Korea; a company's state names no state of the
event; students, workers and farmers take the country they march in; "militants based in X";
"supporters of" a state's office-holder are its civilians; weapons after "with" are no actors."""

import pytest

from conftest import mention_code, mention_codes


@pytest.fixture(scope="module")
def resolver(builtin_resolver):
    return builtin_resolver


# -- a state named as the object --------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Kurdish commanders asked Turkey for heavier guns on Monday.",
        "Kurdish commanders on Monday urged Washington to send heavier guns.",
    ],
)
def test_a_people_does_not_take_the_state_it_addresses(resolver, text):
    codes = dict(mention_codes(resolver, text))
    assert not codes["Kurdish commanders"].startswith(("TUR", "USA"))


def test_protesters_do_not_take_the_state_they_appeal_to_but_a_place_still_places(resolver):
    text = "Protesters appealed to the United States to halt the crackdown."
    assert mention_code(resolver, text, "Protesters") == "---OPP"
    kept = [
        # the state is a place, not the object
        ("Kurdish fighters ambushed a patrol in southeastern Turkey.", "Kurdish fighters", "TUR"),
        # a city, not the state's name
        ("Tuareg fighters overran Gao after a week of fighting.", "Tuareg fighters", "MLI"),
        # the people after the object lives there
        (
            "A European court convicted Turkey of burning the house of a Kurdish farmer.",
            "Kurdish farmer",
            "TUR",
        ),
        # a place in the state, through a possessive
        ("Protesters met at Bangkok's main airport on Friday.", "Protesters", "THA"),
        # a hostile verb: rebels threaten their own state
        ("Tuareg rebels warned Mali that they would fight on.", "Tuareg rebels", "MLI"),
    ]
    for sentence, mention, code in kept:
        assert mention_code(resolver, sentence, mention).startswith(code), sentence


# -- "the" before an ambiguous capital --------------------------------------------------------
def test_an_ambiguous_capital_after_the_is_something_else(resolver):
    text = "Sailors found rifles hidden aboard the Victoria, the coastguard said."
    assert "Victoria" not in dict(mention_codes(resolver, text))
    # "the" in the name, a palace's "the", no "the": seats all the same
    for sentence, mention in [
        ("The Hague ruled on Friday.", "The Hague"),
        ("Officials met at the Casa Rosada on Monday.", "Casa Rosada"),
        ("Victoria said on Monday it would review the deal.", "Victoria"),
    ]:
        assert mention_code(resolver, sentence, mention).endswith("GOV"), sentence


# -- bare titles ------------------------------------------------------------------------------
def test_the_supreme_leader_is_the_one_named_before(resolver):
    text = (
        "Iran's Supreme Leader Ayatollah Ali Khamenei addressed the clergy on Friday. "
        "The supreme leader called the talks pointless."
    )
    assert mention_code(resolver, text, "supreme leader") == "IRNGOV"


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        (
            "The new president hosts the Hamas leader and pledges Iran's backing.",
            "president",
            "IRNGOV",
        ),
        (
            "Sudan's army took control of the capital overnight, the interim prime minister said.",
            "prime minister",
            "SDNGOV",
        ),
    ],
)
def test_a_bare_title_takes_the_one_state_of_its_sentence(resolver, text, mention, code):
    assert mention_code(resolver, text, mention) == code
    # not a state named only as a place, nor by a counterpart's office or a person
    for sentence, title in [
        ("The minister came back from a holiday in Portugal on Sunday.", "minister"),
        ("The supreme leader told the Russian president that talks were over.", "supreme leader"),
        ("The president hailed the deal, and Putin welcomed it.", "president"),
    ]:
        assert mention_code(resolver, sentence, title) == "---GOV", sentence


# -- the two Koreas ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        (
            "The North Korean leader crossed into the South on Friday for a summit.",
            "South",
            "KOR",
        ),
        ("Seoul said the North fired two missiles into the sea.", "North", "PRK"),
        (
            "North Korea shelled a border island, and the South's army fired back.",
            "South's army",
            "KORMIL",
        ),
    ],
)
def test_the_north_and_the_south_in_a_sentence_about_korea(resolver, text, mention, code):
    assert mention_code(resolver, text, mention) == code
    # without a Korea, "the South" is no state
    text = "Storms battered the South on Tuesday, officials in Texas said."
    assert "South" not in dict(mention_codes(resolver, text))


# -- a company's state ------------------------------------------------------------------------
def test_a_companys_state_does_not_block_separatists(resolver):
    text = (
        "A Malaysia Airlines plane came down over eastern Ukraine, and Kyiv blamed "
        "separatists for the crash."
    )
    assert mention_code(resolver, text, "separatists") == "UKRREB"


# -- crowds -----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        ("Thousands of students marched through Lima against tuition fees.", "students", "PEREDU"),
        ("Angry farmers blocked highways across Chile on Monday.", "farmers", "CHLAGR"),
        ("Workers at a steel plant in Minsk booed the president.", "Workers", "BLRLAB"),
    ],
)
def test_a_crowd_takes_the_country_it_marches_in(resolver, text, mention, code):
    assert mention_code(resolver, text, mention) == code
    # not after an actor of a state, nor foreign ones
    for sentence, noun in [
        ("Russian police detained students near the border on Friday.", "students"),
        ("Gunmen seized 30 foreign workers at an oil field in Libya.", "workers"),
    ]:
        assert mention_code(resolver, sentence, noun).startswith("---"), sentence


# -- "based in", supporters -------------------------------------------------------------------
def test_militants_based_in_a_state_are_its_rebels(resolver):
    text = "Afghan officials blamed militants based in Pakistan for the bombing."
    assert mention_code(resolver, text, "militants based in Pakistan") == "PAKREB"


def test_supporters_of_a_former_president_are_civilians(resolver):
    text = "Supporters of former Brazilian president Jair Bolsonaro stormed Congress on Sunday."
    assert mention_code(resolver, text, "Brazilian president Jair Bolsonaro") == "BRACVL"
    # the supporters of what the leader owns are its own
    text = "Supporters of President Robert Mugabe's ruling ZANU-PF party beat up activists."
    assert mention_code(resolver, text, "President Robert Mugabe") == "ZWEGOV"


# -- weapons after "with" ---------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Indian and Chinese troops clashed with mortars and helicopter gunships on the border.",
        "Indian and Chinese troops fought with artillery and tanks on the border.",
    ],
)
def test_weapons_after_with_are_no_actors(resolver, text):
    codes = [code for _, code in mention_codes(resolver, text)]
    assert codes == ["INDMIL", "CHNMIL"]
    # a state's weapons stay its military
    text = "Militants clashed with Israeli tanks near the fence."
    assert mention_code(resolver, text, "Israeli tanks") == "ISRMIL"
