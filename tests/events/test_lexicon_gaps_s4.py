"""Lexicon gaps and wrong roots found on the wire development sets (session 4): each expression
added to the verb dictionary, written in words of our own that differ from the dev sentence it
came from, so that the entry is tested as an expression and not as one sentence."""

import datetime as dt

import pytest

from conftest import coded, country_keys

DATE = dt.date(2015, 6, 1)


def keys(pipeline, text, date=DATE):
    """(source country, target country, root) of each event."""
    return {(s, t, c[:2]) for s, t, c in country_keys(coded(pipeline, text, date))}


EXPRESSIONS = [
    # 071: a loan named with its amount or its term ("a loan of N dollars", "a 3-year, $N loan")
    (
        "The World Bank approved a loan of 300 million dollars for Ghana on Thursday.",
        "IGO",
        "GHA",
        "07",
    ),
    (
        "The IMF board approved on Monday a three-year, $1.5 billion loan for Pakistan.",
        "IGO",
        "PAK",
        "07",
    ),
    ("Japan granted a credit of 50 billion yen to Indonesia.", "JPN", "IDN", "07"),
    # 073: an aircraft or ship loaded with relief
    (
        "Turkey sent a ship loaded with 2,000 tonnes of food and medicine to Gaza.",
        "TUR",
        "PSE",
        "07",
    ),
    ("Qatar dispatched two planes laden with tents and blankets to Turkey.", "QAT", "TUR", "07"),
    # 0842: territory or property handed back
    ("Portugal handed Macau back to China in December 1999.", "PRT", "CHN", "08"),
    ("Iraq gave back a planeload of Kuwaiti museum artefacts on Monday.", "IRQ", "KWT", "08"),
    # 139: a deadline set, extended or renewed
    ("The Arab League extended its deadline for Syria to accept monitors.", "IGO", "SYR", "13"),
    ("NATO renewed its ultimatum to Serbia on Friday.", "IGO", "SRB", "13"),
    # 138: military action authorised; a state of war declared
    (
        "Russia's upper house authorised the use of force against Ukraine on Saturday.",
        "RUS",
        "UKR",
        "13",
    ),
    (
        "The Turkish parliament authorised the military to carry out strikes against Kurdish "
        "militants in Iraq.",
        "TUR",
        "IRQ",  # (Kurds placed in Iraq: IRQ...KUR)
        "13",
    ),
    ("Pyongyang declared a state of war with Seoul on Saturday.", "PRK", "KOR", "13"),
    # 142 / 143: a fast; a strike joined
    (
        "A jailed Bahraini activist began an indefinite fast to protest against the Bahraini "
        "government.",
        "BHR",
        "BHR",
        "14",
    ),
    (
        "Thousands of Greek workers joined a nationwide strike against the government.",
        "GRC",
        "GRC",
        "14",
    ),
    (
        "South Korean doctors joined the strike to protest against the government.",
        "KOR",
        "KOR",
        "14",
    ),
    # 140: a leader heckled or booed
    ("Angry farmers booed the French president at the agricultural fair.", "FRA", "FRA", "14"),
    ("Protesters in Cairo jeered Egyptian President Mohamed Mursi.", "EGY", "EGY", "14"),
    # 1622: deliveries of arms suspended
    ("Germany halted shipments of tanks and howitzers to Turkey on Friday.", "DEU", "TUR", "16"),
    ("Washington froze the sale of fighter jets to Egypt after the coup.", "USA", "EGY", "16"),
    # 163: a freeze on assets ordered
    (
        "The European Union ordered a freeze on the assets of Libyan leader Muammar Gaddafi.",
        "IGO",
        "LBY",
        "16",
    ),
    # 064: intelligence that led someone to a target
    (
        "Jordanian intelligence provided information that helped American forces to locate "
        "Zarqawi.",
        "JOR",
        "USA",
        "06",
    ),
    # 063: extradition of members of a named group
    (
        "Colombia extradited three alleged leaders of the FARC to the United States.",
        "COL",
        "USA",
        "06",
    ),
    # 062: a delivery of arms permitted
    ("Switzerland allowed the re-export of tanks to Poland.", "CHE", "POL", "06"),
    # 042: flying into a capital
    (
        "The Chinese foreign minister flew into Tokyo on Sunday for two days of talks.",
        "CHN",
        "JPN",
        "04",
    ),
    # 190: an offensive pressed or intensified
    (
        "Syrian troops pressed their offensive against rebels in Aleppo on Tuesday.",
        "SYR",
        "SYR",
        "19",
    ),
    ("Israeli forces intensified their bombardment of Gaza on Sunday.", "ISR", "PSE", "19"),
    # 112: an inquiry's finding of responsibility
    (
        "A UN inquiry concluded that Syrian forces were responsible for the shelling of the "
        "hospital.",
        "IGO",
        "SYR",
        "11",
    ),
    # 090: premises searched
    ("Italian police searched the Libyan embassy in Rome on Friday.", "ITA", "LBY", "09"),
    # 154: troops sent to a border
    ("Turkey sent more troops to the border with Syria on Monday.", "TUR", "SYR", "15"),
    # 0311 / 036 under "ready to": deliveries resumed, concerns discussed
    (
        "Kazakhstan said it was prepared to restart grain exports to Afghanistan.",
        "KAZ",
        "AFG",
        "03",
    ),
    ("Moscow restored oil supplies to Belarus on Wednesday.", "RUS", "BLR", "06"),
    ("Iran said it was ready to discuss the concerns of Saudi Arabia.", "IRN", "SAU", "03"),
    # 100: a demand told in a call or a letter
    (
        "The German chancellor told the Turkish president in a phone call on Friday to halt the "
        "offensive.",
        "DEU",
        "TUR",
        "10",
    ),
    ("Merkel told Erdogan in a letter to release the journalists.", "DEU", "TUR", "10"),
    # 0861: peacekeepers let in
    (
        "Sudan allowed an African Union peacekeeping force into Darfur on Monday.",
        "SDN",
        "IGO",
        "08",
    ),
    # 0332: a package of arms announced
    ("Washington approved a package of weapons and ammunition for Israel.", "USA", "ISR", "03"),
    # 175: a protest camp cleared
    (
        "Thai troops cleared a protest camp on Sunday where supporters of Thaksin Shinawatra had "
        "gathered.",
        "THA",
        "THA",
        "17",
    ),
    # 202: mass killings carried out
    (
        "Islamic State fighters carried out mass executions of Yazidis in Sinjar.",
        "IMG",
        "IRQ",
        "20",
    ),
    # 015: responsibility claimed for a bomb that went off somewhere
    (
        "The Taliban claimed responsibility for a car bomb that exploded near the Indian embassy "
        "in Kabul.",
        "AFG",
        "IND",
        "01",
    ),
]


@pytest.mark.parametrize(("text", "source", "target", "root"), EXPRESSIONS)
def test_gap_expression_is_coded(builtin_pipeline, text, source, target, root):
    assert (source, target, root) in keys(builtin_pipeline, text)


# -- symmetric entries without a target pair a compound subject --------------------------------
@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("Iran and China signed a 25-year contract worth billions of dollars.", "057"),
        ("Armenia and Azerbaijan pledged to respect the humanitarian truce.", "0356"),
    ],
)
def test_compound_subject_pairs_both_ways(builtin_pipeline, text, cameo):
    events = country_keys(coded(builtin_pipeline, text, DATE))
    pairs = {(s, t) for s, t, c in events if c == cameo}
    assert len(pairs) == 2 and {(t, s) for s, t in pairs} == pairs, events


def test_a_single_actor_signing_a_contract_codes_nothing(builtin_pipeline):
    assert not coded(builtin_pipeline, "Iran signed a contract worth billions of dollars.", DATE)


# -- precision guards ------------------------------------------------------------------------------
def test_a_training_camp_is_a_place_not_military_aid(builtin_pipeline):
    found = keys(builtin_pipeline, "Israeli jets bombed a Hamas training camp in Gaza on Monday.")
    assert ("ISR", "PSE", "19") in found
    assert not any(root == "07" for _, _, root in found)


def test_handing_back_a_person_is_not_property(builtin_pipeline):
    events = coded(
        builtin_pipeline, "Pakistan handed back the captured Indian pilot to India.", DATE
    )
    assert not any(c == "0842" for _, _, c in events), events


def test_information_that_led_to_an_arrest_is_not_shared_with_the_suspect(builtin_pipeline):
    text = "British intelligence shared information that led to the arrest of an al-Qaeda suspect."
    assert not any(c == "064" for _, _, c in coded(builtin_pipeline, text, DATE))


def test_a_state_of_war_declared_is_a_threat_not_fighting(builtin_pipeline):
    found = keys(
        builtin_pipeline, "North Korea said it was entering a state of war with South Korea."
    )
    assert ("PRK", "KOR", "13") in found
    assert ("PRK", "KOR", "19") not in found


def test_a_permitted_delivery_announced_is_an_intent(builtin_pipeline):
    text = "Berlin said it would permit the delivery of anti-aircraft tanks to Ukraine."
    assert ("DEU", "UKR", "03") in keys(builtin_pipeline, text)


def test_a_resignation_in_protest_is_dissent(builtin_pipeline):
    text = "British Foreign Secretary Boris Johnson resigned in protest over the Brexit plan."
    events = coded(builtin_pipeline, text, DATE)
    assert ("GBRGOV", None, "140") in events, events
    assert not any(c == "0831" for _, _, c in events)


def test_a_plain_resignation_stays_a_resignation(builtin_pipeline):
    events = coded(builtin_pipeline, "The Italian prime minister resigned on Monday.", DATE)
    assert any(c == "0831" for _, _, c in events), events


def test_an_assault_pressed_despite_a_truce_violates_it(builtin_pipeline):
    text = "Syrian government forces continued their bombardment of Idlib despite a truce."
    assert ("SYR", "SYR", "19") in keys(builtin_pipeline, text)
    events = coded(
        builtin_pipeline,
        "Russian forces pressed their assault on Ukraine despite a ceasefire.",
        DATE,
    )
    assert any(c == "196" for _, _, c in events), events
