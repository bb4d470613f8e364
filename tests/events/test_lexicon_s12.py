"""Lexicon round 12 (session 8): dev_sentences_wire7 misses classified as lexicon gaps.

Each entry is written as a general expression, with its inflections and noun forms:

* attacks claimed through what they hit ("claimed responsibility for drone attacks that set
  ablaze two oil facilities in Saudi Arabia", 015), past a weapon read as an actor;
* blame with "culpable" or "guilty" ("saying Moscow was culpable for the attack", "found that
  the army was culpable in", "held Uganda culpable for", 112);
* a sum of money promised to a named recipient ("promised him 250 million dollars", 0331);
* a border opened to trade or traffic by a compound subject (0311 both ways), while a border
  opened to a party stays 035;
* setting foot in a country (042); the right to retaliate reserved (138); fire returned (190,
  not "fired back at", which is as often a verbal retort);
* an attack made "in an attempt to kill" a named person (185);
* sanctions agreed to be imposed (163, not the threat 1312), also past a weekday ("agreed on
  Monday to impose").

Each sentence is written for this test (none is a development sentence); every expression case
fails with the lexicon before these entries, and the guards pin readings they must not take.
"""

import pytest

from conftest import event_keys as keys

EXPRESSIONS = [
    # 015 an attack claimed through what it hit
    (
        "Houthi rebels claimed responsibility for drone attacks that set ablaze two oil"
        " facilities in Saudi Arabia.",
        "YEM",
        "SAU",
        "015",
    ),
    (
        "The Taliban claimed responsibility for rocket attacks that damaged a base operated by"
        " the Pakistani army.",
        "AFG",
        "PAK",
        "015",
    ),
    # 112 culpable, guilty
    (
        "Britain expelled 23 Russian diplomats, saying Moscow was culpable for the attack.",
        "GBR",
        "RUS",
        "112",
    ),
    ("Ukraine said Russia was guilty of genocide.", "UKR", "RUS", "1124"),
    (
        "A British inquiry found that the Indonesian army was culpable in the deaths.",
        "GBR",
        "IDN",
        "112",
    ),
    ("Kenya held Uganda culpable for the border clashes.", "KEN", "UGA", "112"),
    ("Washington insisted that Iran was guilty of the attack on the tanker.", "USA", "IRN", "112"),
    # 0331 a sum promised to the indirect object
    (
        "Saudi Arabia's King Abdullah received Mahmoud Abbas in Riyadh and promised him 250"
        " million dollars.",
        "SAU",
        "PSE",
        "0331",
    ),
    ("Qatar pledged Egypt three billion dollars in deposits.", "QAT", "EGY", "0331"),
    # 0311 a border opened to trade, both ways
    (
        "Armenia and Azerbaijan agreed to open their shared border to road and rail traffic.",
        "ARM",
        "AZE",
        "0311",
    ),
    (
        "Armenia and Azerbaijan agreed to open their shared border to road and rail traffic.",
        "AZE",
        "ARM",
        "0311",
    ),
    # 042 setting foot in a country
    (
        "Kim Jong Un became the first North Korean leader to set foot in South Korea.",
        "PRK",
        "KOR",
        "042",
    ),
    ("Xi Jinping set foot on Philippine soil.", "CHN", "PHL", "042"),
    # 138 retaliation reserved
    ("Israel said it reserved the right to retaliate against Iraq.", "ISR", "IRQ", "138"),
    ("Iran reserves the right to respond to the United States.", "IRN", "USA", "138"),
    # 190 fire returned
    ("South Korean forces returned fire at North Korean troops.", "KOR", "PRK", "190"),
    # 185 an attack aimed at a person
    ("Afghan rebels failed in an attempt to kill the Afghan president.", "AFG", "AFG", "185"),
    ("The Taliban failed in a bid to assassinate the Afghan president.", "AFG", "AFG", "185"),
    # 163 sanctions agreed
    ("The European Union agreed to impose new sanctions on Belarus.", "IGO", "BLR", "163"),
    (
        "The European Union agreed on Monday to tighten its arms embargo on Syria.",
        "IGO",
        "SYR",
        "163",
    ),
]


@pytest.mark.parametrize(("text", "source", "target", "code"), EXPRESSIONS)
def test_expression_codes_its_event(builtin_pipeline, text, source, target, code):
    assert (source, target, code) in keys(builtin_pipeline, text)


# -- each guard pairs the new reading with a near miss it must not take --------------------------
def test_a_border_opened_to_a_party_is_no_trade(builtin_pipeline):
    assert ("GEO", "RUS", "0311") in keys(
        builtin_pipeline, "Georgia and Russia agreed to reopen their border to trade."
    )
    found = keys(builtin_pipeline, "Turkey agreed to open its border to Syrian refugees.")
    assert ("TUR", "SYR", "035") in found
    assert not any(code == "0311" for _, _, code in found)


def test_a_verbal_retort_is_no_fire(builtin_pipeline):
    assert ("IND", "PAK", "190") in keys(
        builtin_pipeline, "Indian troops returned fire on Pakistani soldiers."
    )
    found = keys(builtin_pipeline, "Trump fired back at Hillary Clinton on Twitter.")
    assert not any(code.startswith("19") for _, _, code in found)


def test_a_right_reserved_without_force_is_no_threat(builtin_pipeline):
    assert ("TUR", "SYR", "138") in keys(
        builtin_pipeline, "Turkey said it reserved the right to strike back at Syria."
    )
    found = keys(
        builtin_pipeline, "Turkey said it reserved the right to seek compensation from Iraq."
    )
    assert not any(code.startswith("13") for _, _, code in found)


def test_sanctions_agreed_to_be_lifted_are_no_penalty(builtin_pipeline):
    assert ("IGO", "IRN", "163") in keys(
        builtin_pipeline, "The European Union agreed to impose oil sanctions on Iran."
    )
    found = keys(builtin_pipeline, "The European Union agreed to lift sanctions on Iran.")
    assert not any(code.startswith("16") for _, _, code in found)
