"""Lexicon gaps of session 5, second round: general expressions for the phrasings a miss-cause
analysis of the wire development sets left uncoded (ceasefires agreed with two adjectives,
mediation named after the act, refusals ruled out, joint undertakings of a compound subject,
expulsions, seizures, mobilisations ...). Each sentence is written for this test in words of its
own (not a development sentence), and each asserts an event whose code the new or widened entry
gives (it fails with the dictionaries as they were before the round); the guards below pin
readings the entries must not take."""

import datetime as dt

import pytest

from conftest import coded

DATE = dt.date(2016, 3, 1)


def events(pipeline, text, date=DATE):
    """(source country, target country, full CAMEO code) of each event."""
    return {(s[:3], t[:3] if t else None, c) for s, t, c in coded(pipeline, text, date)}


def has(found, source, target, code):
    return any(s == source and t == target and c.startswith(code) for s, t, c in found)


EXPRESSIONS = [
    # pessimism, appeals, intents
    (
        "Athens had little hope of progress from the next round of talks with Ankara.",
        "GRC",
        "TUR",
        "012",
    ),
    (
        "Germany urged restraint on Serbia and Kosovo after the border clashes.",
        "DEU",
        "SRB",
        "0256",
    ),
    (
        "Turkey offered to bring together the foreign ministers of Armenia and Azerbaijan in "
        "Istanbul.",
        "TUR",
        "ARM",
        "039",
    ),
    (
        "Israel and Morocco said they would reopen their embassies later this year.",
        "ISR",
        "MAR",
        "03",
    ),
    (
        "Australia said on Tuesday it would follow suit in recognising Palestine.",
        "AUS",
        "PSE",
        "03",
    ),
    ("Moscow would sharply scale down military operations near Kharkiv.", "RUS", "UKR", "03"),
    # mediation named after the act
    (
        "Kosovo and Serbia reached a deal on Monday after mediation by the European Union.",
        "IGO",
        "KSV",
        "045",
    ),
    # material and judicial co-operation
    (
        "Colombia extradited the alleged drug lord Dairo Antonio Usuga to the United States.",
        "COL",
        "USA",
        "063",
    ),
    ("Uganda handed the two suspects over to the Kenyan authorities.", "UGA", "KEN", "063"),
    ("Kenyan and Somali troops launched a joint offensive on Sunday.", "KEN", "SOM", "062"),
    (
        "Greece and Bulgaria inaugurated a gas pipeline connecting the two countries on Friday.",
        "GRC",
        "BGR",
        "061",
    ),
    (
        "North Korea and South Korea restarted production at the jointly run industrial park.",
        "PRK",
        "KOR",
        "061",
    ),
    ("Ethiopia and Eritrea reopened their land border on Tuesday.", "ERI", "ETH", "061"),
    # aid
    (
        "The IMF approved a record 21 billion dollar standby loan for Argentina.",
        "IGO",
        "ARG",
        "071",
    ),
    (
        "A Red Cross convoy loaded with medical supplies reached Sarajevo on Friday.",
        "NGO",
        "BIH",
        "073",
    ),
    (
        "Dutch marines landed on the beach near the Haitian capital to guard aid deliveries.",
        "NLD",
        "HTI",
        "074",
    ),
    # de-escalation
    (
        "Ethiopia and Eritrea agreed to a complete and permanent truce with each other.",
        "ETH",
        "ERI",
        "0871",
    ),
    (
        "Columns of Soviet tanks rolled across the border out of Afghanistan into Uzbekistan.",
        "SUN",
        "AFG",
        "0874",
    ),
    # investigations
    (
        "Turkish prosecutors took over the probe into the killing of the Saudi journalist.",
        "TUR",
        "SAU",
        "09",
    ),
    (
        "The United Nations appointed a retired judge to lead an inquiry into abuses committed by "
        "Ethiopia.",
        "IGO",
        "ETH",
        "09",
    ),
    # rejections
    ("Poland ruled out supplying more tanks to Ukraine.", "POL", "UKR", "12"),
    (
        "The United States ruled out any delivery of cluster munitions to Ukraine.",
        "USA",
        "UKR",
        "12",
    ),
    ("Georgia will never accept the occupation of Abkhazia by Russia.", "GEO", "RUS", "12"),
    (
        "Iran said it would not tolerate any interference from the United States.",
        "IRN",
        "USA",
        "12",
    ),
    # threats, protest, force
    (
        "North Korea vowed that its response to the drills by South Korea would be merciless.",
        "PRK",
        "KOR",
        "13",
    ),
    ("Thousands of Palestinians defied a curfew imposed by Israel.", "PSE", "ISR", "14"),
    ("Thai opposition protesters occupied the main airport in Bangkok.", "THA", "THA", "14"),
    (
        "India began shifting divisions from its border with Pakistan to the frontier with China.",
        "IND",
        "CHN",
        "154",
    ),
    ("Norway put its mediation between Colombia and the FARC on hold.", "NOR", "COL", "165"),
    (
        "Venezuela seized a majority stake in the oil project from Spain's Repsol.",
        "VEN",
        "ESP",
        "1711",
    ),
    ("Jordan expelled three leaders of Hamas to Qatar.", "JOR", "PSE", "174"),
    ("Police fired tear gas to push back the Kenyan opposition supporters.", "KEN", "KEN", "175"),
    ("Myanmar began rounding up and deporting Rohingya refugees.", "MMR", "MMR", "201"),
    (
        "Russian forces used chlorine gas in attacks on Ukraine's eastern towns.",
        "RUS",
        "UKR",
        "2041",
    ),
]


@pytest.mark.parametrize(("text", "source", "target", "code"), EXPRESSIONS)
def test_expression_codes_its_event(builtin_pipeline, text, source, target, code):
    assert has(events(builtin_pipeline, text), source, target, code)


def test_follow_suit_leaves_the_recognition_it_follows(builtin_pipeline):
    found = events(
        builtin_pipeline,
        "Canada recognised the new government in Kabul on Monday, and Australia said it would "
        "soon follow suit.",
    )
    assert has(found, "CAN", "AFG", "054")


def test_a_city_handed_over_is_no_extradition(builtin_pipeline):
    found = events(builtin_pipeline, "The general handed the town over to the Syrian army.")
    assert not any(c.startswith("06") for _, _, c in found)


def test_expelled_diplomats_stay_a_diplomatic_expulsion(builtin_pipeline):
    found = events(builtin_pipeline, "Britain expelled 23 Russian diplomats on Wednesday.")
    assert has(found, "GBR", "RUS", "16")
    assert not has(found, "GBR", "RUS", "174")


def test_joint_offensive_against_a_third_actor_keeps_the_attack(builtin_pipeline):
    found = events(
        builtin_pipeline,
        "Nigerian and Chadian troops mounted a joint operation against Boko Haram on Monday.",
    )
    assert has(found, "NGA", "NGA", "19")
