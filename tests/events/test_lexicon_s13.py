"""Lexicon round 13 (session 8): arms sales and military aid banned or barred; supplies halted;
aid resumed; a cessation of hostilities declared; military exchanges resumed.

"Washington banned arms sales to Pakistan" and "Congress barred military aid to Egypt" are
military assistance stopped (1622). The verbs of 1622 were suspend, halt, freeze, stop, cut, end
and block; with ban, bar, prohibit or outlaw the sentence fell to two wrong readings: the noun
"arms" read as the verb of "$ <arm> +" (072, arms delivered to Pakistan) and the noun phrase
"military aid to Egypt" coded as aid given (072), or "$ <ban> +" banned the target as an
organisation (1722). The new pattern names the military goods, so it wins over both.

"Israel halted supplies to Gaza", "stopped fuel to Gaza", "suspended electricity to Ukraine" are
supplies to a population stopped (1623). Cut, cut off, reduce, slash, limit and restrict took the
bare goods (food, fuel, water, electricity, medicine, supplies); halt, stop and suspend only took
compounds such as "fuel supplies" or "food deliveries", so the bare form coded nothing. Named
goods keep their own entries: "halted gas supplies" is an economic sanction (163), "stopped
supplies of arms" military aid stopped (1622).

"The United States resumed aid to Egypt", "restored its aid", "unfroze funding for the
Palestinian Authority": aid that flows again is aid given (070), as "increased" or "tripled its
aid" already were. The aid noun stands right after the verb (a determiner or a kind of aid may
come first): "resumed talks on aid to Sudan" is no aid, and "resumed military aid" keeps 072.

"Hamas announced a cessation of hostilities with Israel" is a declared ceasefire (0871) as
"declared a truce with" already was; the phrase was only known agreed ("agreed to a cessation of
hostilities") or without a partner. The article and an adjective may stand between verb and
noun, nothing else: "announced talks on a cessation of hostilities" is no ceasefire.

"Japan resumed military exchanges with China", "expanded defence exchanges": military
cooperation (062, both ways), as "stepped up security cooperation with" already was.
"Suspended military exchanges" stays a reduction of relations (160), "exchanges of fire" fighting.

Each sentence is written for this test in words of our own; each fails with the lexicon before
the entry, and the guards pin the readings it must not take.
"""

import pytest

from conftest import event_keys as keys
from conftest import event_roots as roots

EXPRESSIONS = [
    ("Washington banned arms sales to Pakistan on Friday.", "USA", "PAK", "1622"),
    ("The US Congress barred military aid to Egypt last year.", "USA", "EGY", "1622"),
    ("Germany has prohibited arms deliveries to Saudi Arabia.", "DEU", "SAU", "1622"),
    ("Britain outlawed weapons exports to Iran in 1979.", "GBR", "IRN", "1622"),
]


@pytest.mark.parametrize(("text", "source", "target", "code"), EXPRESSIONS)
def test_banned_military_aid_is_reduced_military_assistance(
    builtin_pipeline, text, source, target, code
):
    assert (source, target, code) in keys(builtin_pipeline, text)


@pytest.mark.parametrize("text", [e[0] for e in EXPRESSIONS])
def test_a_ban_on_arms_sales_is_no_arms_delivery(builtin_pipeline, text):
    assert not any(code == "07" for _, _, code in roots(builtin_pipeline, text))


def test_lifting_a_ban_on_arms_sales_stays_an_easing(builtin_pipeline):
    found = roots(builtin_pipeline, "The EU lifted its ban on arms sales to China.")
    assert ("IGO", "CHN", "08") in found
    assert not any(code == "16" for _, _, code in found)


def test_a_banned_party_is_still_banned(builtin_pipeline):
    found = keys(builtin_pipeline, "Egypt banned the Muslim Brotherhood on Tuesday.")
    assert ("EGY", "EGY", "1722") in found


def test_arming_a_group_is_still_military_aid(builtin_pipeline):
    found = roots(builtin_pipeline, "Iran armed and trained Hezbollah for years.")
    assert ("IRN", "LBN", "07") in found


SUPPLIES = [
    ("Israel halted supplies to Gaza after the raid.", "ISR", "PSE", "1623"),
    ("Israel stopped fuel to Gaza on Sunday.", "ISR", "PSE", "1623"),
    ("Russia suspended electricity to Ukraine for a week.", "RUS", "UKR", "1623"),
    ("Israel halted food and medicine to Gaza.", "ISR", "PSE", "1623"),
]


@pytest.mark.parametrize(("text", "source", "target", "code"), SUPPLIES)
def test_halted_supplies_to_a_population_are_reduced_aid(
    builtin_pipeline, text, source, target, code
):
    assert (source, target, code) in keys(builtin_pipeline, text)


def test_halted_gas_supplies_stay_an_economic_sanction(builtin_pipeline):
    found = keys(builtin_pipeline, "Russia halted gas supplies to Ukraine.")
    assert ("RUS", "UKR", "163") in found
    assert ("RUS", "UKR", "1623") not in found


def test_stopped_supplies_of_arms_stay_military_aid_stopped(builtin_pipeline):
    found = keys(builtin_pipeline, "Syria stopped supplies of arms to Hezbollah.")
    assert ("SYR", "LBN", "1622") in found


RESUMED = [
    ("The United States resumed aid to Egypt on Thursday.", "USA", "EGY", "070"),
    ("Washington restored its aid to Egypt.", "USA", "EGY", "070"),
    ("The EU unfroze funding for the Palestinian Authority.", "IGO", "PSE", "070"),
    ("Britain resumed economic aid to Ghana.", "GBR", "GHA", "070"),
]


@pytest.mark.parametrize(("text", "source", "target", "code"), RESUMED)
def test_resumed_aid_is_aid_given(builtin_pipeline, text, source, target, code):
    assert (source, target, code) in keys(builtin_pipeline, text)


def test_resumed_military_aid_keeps_its_code(builtin_pipeline):
    found = keys(builtin_pipeline, "The United States resumed military aid to Ukraine.")
    assert ("USA", "UKR", "072") in found
    assert ("USA", "UKR", "070") not in found


def test_resumed_talks_on_aid_are_no_aid(builtin_pipeline):
    found = roots(builtin_pipeline, "Egypt resumed talks on aid to Sudan.")
    assert ("EGY", "SDN", "07") not in found


CESSATION = [
    ("Hamas announced a cessation of hostilities with Israel.", "PSE", "ISR", "0871"),
    (
        "Azerbaijan declared a unilateral cessation of hostilities with Armenia.",
        "AZE",
        "ARM",
        "0871",
    ),
    ("Ethiopia proclaimed a cessation of hostilities against Eritrea.", "ETH", "ERI", "0871"),
]


@pytest.mark.parametrize(("text", "source", "target", "code"), CESSATION)
def test_declared_cessation_of_hostilities_is_a_ceasefire(
    builtin_pipeline, text, source, target, code
):
    assert (source, target, code) in keys(builtin_pipeline, text)


def test_talks_on_a_cessation_of_hostilities_are_no_ceasefire(builtin_pipeline):
    found = roots(
        builtin_pipeline, "Ethiopia announced talks on a cessation of hostilities with Eritrea."
    )
    assert ("ETH", "ERI", "08") not in found


EXCHANGES = [
    ("Japan resumed military exchanges with China in May.", "JPN", "CHN", "062"),
    ("Japan resumed military exchanges with China in May.", "CHN", "JPN", "062"),
    ("Vietnam expanded defence exchanges with India.", "VNM", "IND", "062"),
    ("Japan and Australia restored defense exchanges.", "AUS", "JPN", "062"),
]


@pytest.mark.parametrize(("text", "source", "target", "code"), EXCHANGES)
def test_resumed_military_exchanges_are_military_cooperation(
    builtin_pipeline, text, source, target, code
):
    assert (source, target, code) in keys(builtin_pipeline, text)


def test_suspended_military_exchanges_are_no_cooperation(builtin_pipeline):
    found = roots(builtin_pipeline, "China suspended military exchanges with Japan.")
    assert ("CHN", "JPN", "06") not in found
    assert ("CHN", "JPN", "16") in found
