"""Lexicon round of session 7 (issue #4): recall on unseen wire copy.

A fresh checklist of wire sentences (tests/events/data/dev_sentences_lexicon7.jsonl) over the
CAMEO areas most frequent in wire news (coercion, violence, reduced relations, yielding,
consultation, demands, threats, protest) showed that simple forms are well covered; the gaps
were phrasal verbs and word orders, and four wrong readings:

* a participle used as an adjective after a release verb ("freed six jailed Americans") was
  read as the arrest, so the release was lost: release of jailed/detained/captured people is
  now a pattern of its own with more literal words than the arrest;
* "called a unilateral ceasefire" was read as a telephone call (041): calling a ceasefire or
  truce is now a declared ceasefire (0871), and "called for a ceasefire" stays an appeal;
* "restricted exports of X to Y" was read as economic cooperation (061): it is a sanction;
* "expressed regret over China's ban" was read as an apology (055): regret at another actor's
  act is disapproval (110), as the existing noun-listed pattern already said.

New forms: took into custody +, hauled away/off, pummelled, mortared, repatriated +, lifted
tariffs on, threatened to cut exports to, halted imports of, stonewalled +, ordered + out of,
unleashed an offensive, downed +, the last troops withdrew from, agreed to resume summit
meetings, returned seized vessels (0842, not 0841). As in session 6, verb patterns written as
literal word lists ("(backed|backs|backing) +") become exact verb forms
(``<=backed|=backs|=backing>``) so that a possessive subject ("Iran's government backed ...")
finds its verb. The travel and talk lists were left literal: as exact forms they cost a
held-out suite and a wire development set (the "jetted" list is pinned literal by
test_coverage_lexicon).

Each sentence is written for this test in words of our own; each asserts an event the session's
entries code (it fails with the lexicon before them), and the guards pin the readings the entries
must not take.
"""

import pytest

from conftest import event_keys as keys
from conftest import event_roots as roots

EXPRESSIONS = [
    # 17x coercion: phrasal and split forms of arrest
    ("Chinese police took into custody three Tibetan nuns.", "CHN", "CHN", "173"),
    ("Belarusian riot police hauled away dozens of opposition supporters.", "BLR", "BLR", "173"),
    ("Russian police hauled off scores of anti-war demonstrators.", "RUS", "RUS", "173"),
    # 18x/19x violence
    ("Russian aircraft pummelled Ukrainian positions near Kharkiv.", "RUS", "UKR", "195"),
    ("Rebels in Syria mortared Syrian army positions near Homs.", "SYR", "SYR", "194"),
    ("Syrian troops pummelled rebel positions near Hama.", "SYR", "SYR", "190"),
    ("Israel unleashed a ground offensive against Hamas.", "ISR", "PSE", "190"),
    ("Ukrainian forces downed a Russian helicopter.", "UKR", "RUS", "190"),
    # 16x reduce relations
    ("Japan restricted exports of semiconductor materials to South Korea.", "JPN", "KOR", "163"),
    ("China halted imports of Australian beef.", "CHN", "AUS", "163"),
    # (an expelled ambassador is 161 by the codebook: the coder refines "ordered X out" (166))
    ("Peru ordered the Venezuelan ambassador out of the country.", "PER", "VEN", "161"),
    # 08x yield
    ("The last Russian troops withdrew from Lithuania.", "RUS", "LTU", "0874"),
    ("India repatriated scores of Pakistani prisoners.", "IND", "PAK", "0841"),
    ("Washington lifted the tariffs on Canadian steel.", "USA", "CAN", "085"),
    ("Cuba released two detained Canadian businessmen.", "CUB", "CAN", "0841"),
    ("Iran returned a detained British sailor.", "IRN", "GBR", "0841"),
    ("Moscow called a Christmas truce in Ukraine.", "RUS", "UKR", "0871"),
    (
        "Indonesia handed back the seized Malaysian fishing boat to Malaysia.",
        "IDN",
        "MYS",
        "0842",
    ),
    # 03x intent
    ("India and Pakistan agreed to resume regular summit meetings.", "IND", "PAK", "036"),
    # 12x rejection
    ("Syria stonewalled the UN chemical weapons inspectors.", "SYR", "IGO", "1245"),
    # 13x threats
    ("Iran threatened to cut oil exports to Germany.", "IRN", "DEU", "1312"),
    # literal verb lists become exact verb forms: possessive subjects now find their verb
    ("Russia's air force targeted rebel positions in Idlib.", "RUS", "SYR", "190"),
    ("Saudi Arabia's crown prince backed Egypt's president.", "SAU", "EGY", "051"),
    ("Turkey's intelligence agency aided Syrian rebels.", "TUR", "SYR", "070"),
    ("America's military backed Israel militarily.", "USA", "ISR", "072"),
    ("Serbia's foreign minister initialled an agreement with Kosovo.", "SRB", "KSV", "057"),
]


@pytest.mark.parametrize(("text", "source", "target", "code"), EXPRESSIONS)
def test_expression_codes_its_event(builtin_pipeline, text, source, target, code):
    assert (source, target, code) in keys(builtin_pipeline, text)


def test_freeing_jailed_people_is_not_an_arrest(builtin_pipeline):
    found = roots(builtin_pipeline, "Venezuela freed five jailed Americans.")
    assert ("VEN", "USA", "08") in found
    assert ("VEN", "USA", "17") not in found


def test_jailing_stays_an_arrest(builtin_pipeline):
    assert ("IRN", "USA", "17") in roots(builtin_pipeline, "Iran jailed two Americans.")


def test_called_ceasefire_is_not_a_phone_call(builtin_pipeline):
    found = roots(builtin_pipeline, "Russia called a unilateral ceasefire in Ukraine.")
    assert not any(root == "04" for _, _, root in found)


def test_calling_for_a_ceasefire_is_not_declaring_one(builtin_pipeline):
    found = keys(builtin_pipeline, "Britain called for a ceasefire in Gaza.")
    assert not any(code == "0871" for _, _, code in found)


def test_restricted_exports_are_not_cooperation(builtin_pipeline):
    found = roots(builtin_pipeline, "Japan restricted exports of high-tech materials to Korea.")
    assert not any(root == "06" for _, _, root in found)


def test_condemned_downing_is_not_an_attack_by_the_critic(builtin_pipeline):
    found = roots(builtin_pipeline, "Turkey condemned the downing of a Russian jet.")
    assert not any(root == "19" for _, _, root in found)


def test_returned_captured_people_stay_a_release_of_persons(builtin_pipeline):
    found = keys(builtin_pipeline, "Japan returned the captured Chinese sailors to China.")
    assert ("JPN", "CHN", "0841") in found
    assert ("JPN", "CHN", "0842") not in found


def test_regret_over_anothers_act_is_disapproval_not_apology(builtin_pipeline):
    found = keys(builtin_pipeline, "Seoul expressed regret over Tokyo's ban on rice imports.")
    assert ("KOR", "JPN", "110") in found
    assert not any(code.startswith("055") for _, _, code in found)


def test_regret_for_own_acts_stays_an_apology(builtin_pipeline):
    found = keys(
        builtin_pipeline, "Germany expressed regret to Namibia over the colonial killings."
    )
    assert ("DEU", "NAM", "055") in found


def test_withdrawal_from_a_treaty_is_not_a_retreat(builtin_pipeline):
    found = keys(builtin_pipeline, "The United States withdrew from the nuclear deal with Iran.")
    assert not any(code == "0874" for _, _, code in found)
