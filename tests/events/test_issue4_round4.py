"""Issue #4, round 4: aid received from a provider (07x, the provider is the source), a trip and
its purpose ("arrived in Y for talks with Z": the visit and the talks), and a meeting held aboard
a ship, whose flag is not the partner."""

import datetime as dt

import pytest

from conftest import coded, country_keys
from entente.events.verbs import compile_pattern


def code(pipeline, text, date=dt.date(1997, 6, 2)):
    return coded(pipeline, text, date)


# -- task 1: "X received aid from Y" is Y providing it to X ---------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Croatia received anti-tank weapons from Germany last year.", ("DEU", "HRV", "072")),
        ("Ukraine got military assistance from Britain in March.", ("GBR", "UKR", "072")),
        ("Jordan obtained soft credits from Japan for its water projects.", ("JPN", "JOR", "071")),
        ("Egypt secured two billion dollars in loans from Saudi Arabia.", ("SAU", "EGY", "071")),
        ("Haiti accepted emergency food aid from the United States.", ("USA", "HTI", "073")),
        ("North Korea received shipments of rice from China.", ("CHN", "PRK", "073")),
        ("Albania received aid from Italy after the riots.", ("ITA", "ALB", "070")),
    ],
)
def test_aid_received_is_coded_from_the_provider(builtin_pipeline, text, expected):
    events = country_keys(code(builtin_pipeline, text))
    assert expected in events
    provider, recipient, cameo = expected
    assert (recipient, provider, cameo) not in events


def test_support_received_stays_uncoded(builtin_pipeline):
    # "support" may be political or material: the blocker keeps it from reading as hosting
    events = country_keys(code(builtin_pipeline, "Bosnia received strong support from Turkey."))
    assert not any(c.startswith(("04", "07")) for _, _, c in events)


def test_aid_not_received_is_no_aid(builtin_pipeline):
    events = country_keys(code(builtin_pipeline, "Bosnia did not receive any weapons from Iran."))
    assert ("IRN", "BIH", "072") not in events


# -- task 2: a trip and its purpose are two events ---------------------------------------------
@pytest.mark.parametrize(
    ("text", "host", "partner"),
    [
        (
            "Turkish Prime Minister Necmettin Erbakan arrived in Cairo on Sunday for talks with "
            "President Hosni Mubarak.",
            "EGY",
            "EGY",
        ),
        (
            "Israeli Prime Minister Benjamin Netanyahu flew to Washington for talks with "
            "President Bill Clinton.",
            "USA",
            "USA",
        ),
        (
            "Yasser Arafat was in Amman on Saturday for consultations with King Hussein.",
            "JOR",
            "JOR",
        ),
    ],
)
def test_trip_for_talks_codes_the_visit_and_the_talks(builtin_pipeline, text, host, partner):
    events = country_keys(code(builtin_pipeline, text))
    visitor = next(s for s, _, c in events if c == "042")
    assert (visitor, host, "042") in events
    assert (visitor, partner, "040") in events
    assert (partner, visitor, "040") in events


def test_a_stay_without_a_purpose_is_no_visit(builtin_pipeline):
    assert code(builtin_pipeline, "Yasser Arafat was in Amman on Saturday.") == []


def test_talks_without_a_trip_are_not_a_purpose(builtin_pipeline):
    events = country_keys(code(builtin_pipeline, "Israel is ready for talks with Syria."))
    assert not any(c == "040" for _, _, c in events)


def test_announced_trip_for_talks_stays_an_intent(builtin_pipeline):
    text = "Netanyahu will fly to Washington next week for talks with President Bill Clinton."
    events = country_keys(code(builtin_pipeline, text))
    assert ("ISR", "USA", "036") in events
    assert not any(c in ("040", "042") for _, _, c in events)


def test_guest_received_for_talks_holds_them(builtin_pipeline):
    text = "King Hussein received Yasser Arafat in Amman for talks with Jordanian officials."
    events = country_keys(code(builtin_pipeline, text))
    assert ("JOR", "PSE", "043") in events
    assert ("PSE", "JOR", "040") in events


def test_trip_entries_are_validated():
    pattern = compile_pattern("for .. talks with +", cameo="040", rule="t:1", trip="purpose")
    assert pattern.trip == "purpose"
    assert pattern.passive is None
    stay = compile_pattern("$ (is|was) in +", cameo="042", rule="t:2", trip="stay")
    assert stay.passive is None
    with pytest.raises(ValueError, match="trip"):
        compile_pattern("for talks with +", cameo="040", rule="t:3", trip="errand")


# -- task 4: a place phrase is not the partner; a participle clause keeps its subject ----------
@pytest.mark.parametrize(
    "text",
    [
        "Laurent Kabila and Mobutu Sese Seko met aboard a South African navy ship.",
        "Laurent Kabila and Mobutu Sese Seko met on Sunday on board a South African navy ship.",
    ],
)
def test_ship_of_a_meeting_is_not_its_partner(builtin_pipeline, text):
    events = country_keys(code(builtin_pipeline, text))
    assert events
    assert all(t != "ZAF" and s != "ZAF" for s, t, _ in events)


def test_partner_after_the_place_phrase(builtin_pipeline):
    text = "Yasser Arafat met aboard an Egyptian navy ship with Shimon Peres."
    events = country_keys(code(builtin_pipeline, text))
    assert ("PSE", "ISR", "040") in events
    assert not any("EGY" in (s, t) for s, t, _ in events)


def test_bombing_at_a_place_keeps_its_target(builtin_pipeline):
    events = country_keys(
        code(builtin_pipeline, "Israeli tanks fired shells at targets in Jericho.")
    )
    assert any(s == "ISR" and t == "PSE" and c.startswith("19") for s, t, c in events)


def test_missiles_fired_in_a_participle_clause(builtin_pipeline):
    text = "China began war games near Taiwan on Friday, firing missiles into waters off Taiwan."
    assert ("CHN", "TWN", "150") in country_keys(code(builtin_pipeline, text))
