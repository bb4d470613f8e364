"""Recall round (session 10, round 17) on real-news style development material.

The misses of plover_gsr_cameo and dev_sentences_wire4/5/6 were classified by cause; these tests
pin the general mechanisms and entries written for the most frequent fixable ones:

* roles: a member of a compound whose words after the possessive hold a modifier ("Colombia's
  leftist government and the ELN rebels signed …"); the parties of talks "mediated by" an actor
  named far after them; a person's mention after "loyal to former …" is no subject; "Thousands
  of supporters of X" names the subject; the actor of "with X urging …" (an absolute clause)
  is its subject, and "both sides" after the verb are the two sides named before;
* suppression: a past tense after ", and" does not continue a frame under a modal ("told …
  that Tehran would have no choice but to strike Israel …, and accused Washington"); "agreed
  on Tuesday to keep negotiating" is announced (036), not done;
* lexicon: suicide bombers named before the group they come from (1831); a vow "that its
  response would be harsh" after an attack (138); "launched an offensive with tanks and
  artillery on" (194); a prisoner exchange carried out, and its mediator named by a compound;
  a multinational security mission led (074, announced: 0334); an embassy set ablaze (145);
* precision: a source slot inside a noun pattern does not reach past a preposition ("killed a
  senior Hamas commander in an air strike in Gaza": Hamas struck no one).

Every sentence is written for this test (none is a development sentence); each expression
fails before these changes, and so does the check of twenty plain wire sentences at the end
(three of them were not coded), which guards the suppression filters against eagerness.
"""

import pytest

from conftest import event_keys as keys
from conftest import event_roots as roots
from conftest import mention_codes

EXPRESSIONS = [
    # a compound member whose possessive phrase holds a modifier
    (
        "Colombia's leftist government and the ELN rebels signed a ceasefire agreement in Havana"
        " on Friday.",
        "COL",
        "COL",
        "057",
    ),
    # the parties of mediated talks named far before them
    (
        "Kenya's embattled government and the opposition alliance signed a power-sharing deal in"
        " Nairobi on Thursday to end weeks of deadly unrest, after two months of talks mediated"
        " by the African Union.",
        "IGO",
        "KEN",
        "045",
    ),
    # "loyal to former …": the person is the object of "to"
    (
        "Envoys of the Sudanese government and rebels loyal to former Vice President Riek Machar"
        " held talks in Addis Ababa on Monday.",
        "SDN",
        "SSD",
        "046",
    ),
    # "Thousands of supporters of X" is the subject
    (
        "Thousands of supporters of Imran Khan stormed the parliament in Islamabad on Tuesday.",
        "PAK",
        "PAK",
        "145",
    ),
    # an absolute clause's actor, and "both sides"
    (
        "Armenian and Azerbaijani diplomats met in Geneva on Friday, with the French foreign"
        " minister urging both sides to respect the truce.",
        "FRA",
        "AZE",
        "0256",
    ),
    # suicide bombers from a group
    (
        "Three suicide bombers from the Pakistani Taliban attacked a police academy in Quetta on"
        " Monday.",
        "PAK",
        "PAK",
        "1831",
    ),
    # a vow of a harsh response after an attack on the vower
    (
        "Israeli jets bombed Hezbollah positions in southern Lebanon, and Hezbollah vowed that its"
        " response would be harsh.",
        "LBN",
        "ISR",
        "138",
    ),
    # weapons between the attack and its object
    (
        "Syrian troops launched an offensive with tanks and artillery on rebel-held Douma on"
        " Sunday.",
        "SYR",
        "SYR",
        "194",
    ),
    # a prisoner exchange carried out, and its mediator
    (
        "Russia and Ukraine carried out a Turkish-brokered prisoner exchange on Saturday.",
        "UKR",
        "RUS",
        "0841",
    ),
    (
        "Russia and Ukraine carried out a Turkish-brokered prisoner exchange on Saturday.",
        "TUR",
        "UKR",
        "045",
    ),
    # negotiating kept up, as announced
    (
        "Serbia and Kosovo agreed on Tuesday to keep negotiating over their border crossings.",
        "SRB",
        "KSV",
        "036",
    ),
    # a past tense after ", and" after a frame under a modal
    (
        "Iran's president told parliament on Sunday that Tehran would have no choice but to"
        " strike Israel if attacked, and accused Washington of arming its enemies.",
        "IRN",
        "USA",
        "112",
    ),
    # a security mission led
    (
        "Kenya agreed to lead a multinational security mission in Haiti on Saturday.",
        "KEN",
        "HTI",
        "0334",
    ),
    # an embassy set ablaze
    (
        "Iraqi protesters set part of the Swedish embassy ablaze in Baghdad on Thursday.",
        "IRQ",
        "SWE",
        "145",
    ),
    # "in the" before a place after the subject's mention
    (
        "Jewish settlers in the West Bank town of Huwara set fire to Palestinian homes on Sunday.",
        "ISR",
        "PSE",
        "1712",
    ),
]


@pytest.mark.parametrize(("text", "source", "target", "code"), EXPRESSIONS)
def test_expression_codes_its_event(builtin_pipeline, text, source, target, code):
    assert (source, target, code) in keys(builtin_pipeline, text)


# -- each guard pairs the new reading with a near miss it must not take -----------------------
def test_an_actor_before_a_noun_pattern_is_cut_by_a_preposition(builtin_pipeline):
    found = keys(
        builtin_pipeline,
        "Israel's army said it had killed a senior Hamas commander in an air strike in Gaza.",
    )
    assert ("ISR", "PSE", "186") in found
    assert not any(source == "PSE" for source, _, _ in found)
    # the actor right before the noun still strikes
    assert ("ISR", "PSE", "195") in keys(
        builtin_pipeline, "A senior Hamas commander died in an Israeli air strike on Gaza City."
    )


def test_both_sides_need_two_sides_named_before(builtin_pipeline):
    assert ("FRA", "ARM", "0256") in keys(
        builtin_pipeline,
        "Armenian and Azerbaijani diplomats met in Geneva on Friday, with the French foreign"
        " minister urging both sides to respect the truce.",
    )
    # no two actors of other countries before the appeal: no target is made up
    found = keys(
        builtin_pipeline, "The French foreign minister urged both sides to show restraint."
    )
    assert not any(code.startswith("02") for _, _, code in found)


def test_a_bare_verb_after_a_modal_frame_stays_its_content(builtin_pipeline):
    assert ("IRN", "USA", "112") in keys(
        builtin_pipeline,
        "Iran's president told parliament on Sunday that Tehran would have no choice but to"
        " strike Israel if attacked, and accused Washington of arming its enemies.",
    )
    # "would strike … and destroy": the bare verb continues the threat, no attack is coded
    found = roots(builtin_pipeline, "Iran said it would strike Israel and destroy its cities.")
    assert ("IRN", "ISR", "13") in found
    assert not any(code == "19" for _, _, code in found)


def test_the_day_before_an_infinitive_keeps_the_announcement(builtin_pipeline):
    assert ("SRB", "KSV", "036") in keys(
        builtin_pipeline, "Serbia and Kosovo agreed on Tuesday to keep negotiating."
    )
    # negotiations done are the act itself
    assert ("SRB", "KSV", "046") in keys(
        builtin_pipeline, "Serbia and Kosovo held talks in Brussels on Tuesday."
    )


def test_rioters_are_a_crowd(builtin_resolver):
    assert ("Rioters", "---CVL") in mention_codes(
        builtin_resolver, "Rioters clashed with police in Nairobi on Friday."
    )


# -- twenty plain wire sentences: the filters must let each one code --------------------------
WIRE = [
    ("Turkish jets struck PKK targets in northern Iraq on Wednesday.", "TUR", None, "19"),
    ("The European Union imposed new sanctions on Belarus on Monday.", "IGO", "BLR", "16"),
    (
        "Iran's foreign minister arrived in Damascus on Sunday for talks with Syrian officials.",
        "IRN",
        "SYR",
        "04",
    ),
    (
        "Russian forces shelled the Ukrainian city of Kharkiv overnight, killing three civilians.",
        "RUS",
        "UKR",
        "19",
    ),
    (
        "China's defence ministry accused the United States of provoking tensions in the Taiwan"
        " Strait.",
        "CHN",
        "USA",
        "11",
    ),
    (
        "North Korea fired two ballistic missiles toward Japan on Thursday, Japan's defence"
        " ministry said.",
        "PRK",
        "JPN",
        "19",
    ),
    ("Hungary's parliament approved Sweden's bid to join NATO on Monday.", "HUN", "SWE", "05"),
    (
        "Israeli police arrested dozens of Palestinian protesters in East Jerusalem on Friday.",
        "ISR",
        "PSE",
        "17",
    ),
    (
        "The United States pledged 500 million dollars in humanitarian aid to Sudan.",
        "USA",
        "SDN",
        "03",
    ),
    (
        "Pakistan recalled its ambassador from Tehran after Iranian missile strikes on its"
        " territory.",
        "PAK",
        "IRN",
        "16",
    ),
    (
        "French President Emmanuel Macron met Chinese leader Xi Jinping in Beijing on Thursday.",
        "FRA",
        "CHN",
        "04",
    ),
    ("Ethiopia and Eritrea signed a peace agreement in Jeddah on Sunday.", "ETH", "ERI", "05"),
    (
        "Thousands of protesters marched through Tbilisi on Saturday against a proposed foreign"
        " agents law.",
        "GEO",
        "GEO",
        "14",
    ),
    ("Saudi Arabia expelled the Canadian ambassador on Monday.", "SAU", "CAN", "16"),
    (
        "Venezuela's government released five jailed opposition activists on Wednesday.",
        "VEN",
        "VEN",
        "08",
    ),
    (
        "Israel's army said it had killed a senior Hamas commander in an air strike in Gaza.",
        "ISR",
        "PSE",
        "18",
    ),
    (
        "Germany called on Iran to release a German-Iranian dual national sentenced to death.",
        "DEU",
        "IRN",
        "02",
    ),
    (
        "Kenya agreed to lead a multinational security mission in Haiti on Saturday.",
        "KEN",
        "HTI",
        "03",
    ),
    (
        "Russian and Ukrainian negotiators held talks in Istanbul on Tuesday, with Turkish"
        " President Tayyip Erdogan urging both sides to agree a ceasefire.",
        "TUR",
        "RUS",
        "02",
    ),
    ("The Kremlin rejected a Ukrainian peace plan on Monday as unrealistic.", "RUS", "UKR", "12"),
]


def test_plain_wire_sentences_all_code(builtin_pipeline):
    missed = []
    for text, source, target, root in WIRE:
        found = roots(builtin_pipeline, text)
        if not any(
            s == source and (target is None or t == target) and r == root for s, t, r in found
        ):
            missed.append((text, sorted(found, key=str)))
    assert not missed
