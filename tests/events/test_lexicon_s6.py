"""Lexicon round of session 6 (issue #4): wrong roots, false positives and gaps, fixed at their
cause rather than sentence by sentence.

* verb patterns written as literal word lists ("(confer|confers|conferred|conferring) with +")
  were not read as verbs after a possessive subject ("Kenya's president conferred with ..."):
  they are now inflected lemmas (``<confer|=conferred|=conferring>``);
* root confusions bucketed over the wire development sets: counted captives are not territory,
  a planned summit called off is a rejected meeting, pledged aid is an intent, expelled group
  members are deported individuals, solidarity after a disaster is empathy, "hit back at" is a
  retort, not a strike;
* common wire synonyms that no pattern knew (patch up, scramble jets, rush munitions, hanged,
  pulled troops back, ordered troops out of, joint military drills, ...).

Each sentence is written for this test in words of our own; each asserts an event the session's
entries code (it fails with the lexicon before them), and the guards pin the readings the entries
must not take.
"""

import datetime as dt

import pytest

from conftest import coded, country_keys
from entente.model import Article

DATE = dt.date(2015, 6, 1)


def keys(pipeline, text, date=DATE):
    """(source country, target country, root) of each event."""
    return {(s, t, c[:2]) for s, t, c in country_keys(coded(pipeline, text, date))}


EXPRESSIONS = [
    # literal verb lists become lemmas: possessive subjects now find their verb
    ("Kenya's president conferred with Tanzania's leader at the summit.", "KEN", "TZA", "04"),
    ("The Chinese premier's aide conferred with Japan.", "CHN", "JPN", "04"),
    ("Russia's president extolled China's leadership.", "RUS", "CHN", "05"),
    ("Jordan's king extolled Egypt's role in the talks.", "JOR", "EGY", "05"),
    ("Israel's army swapped prisoners with Hezbollah.", "ISR", "LBN", "08"),
    ("Sweden's government had talks with Turkey's foreign minister.", "SWE", "TUR", "04"),
    ("Kenya's foreign minister re-established relations with Somalia.", "KEN", "SOM", "05"),
    ("The UN's rights council set up a fact-finding mission on Myanmar.", "IGO", "MMR", "09"),
    # root confusions
    ("Taliban fighters captured three Pakistani soldiers near the border.", "AFG", "PAK", "18"),
    ("Seoul called off a planned summit with Tokyo.", "KOR", "JPN", "12"),
    ("China cancelled a planned meeting with Australia.", "CHN", "AUS", "12"),
    ("Turkey expelled several members of Hamas.", "TUR", "PSE", "17"),
    ("Kuwait pledged $200 million in development aid to Jordan.", "KWT", "JOR", "03"),
    ("Morocco expressed solidarity with Libya after the floods.", "MAR", "LBY", "01"),
    ("Tehran hit back at London over the sanctions.", "IRN", "GBR", "11"),
    (
        "Oman offered Muscat's services as a mediator between Iran and the United States.",
        "OMN",
        "IRN",
        "03",
    ),
    # wire synonyms and word orders no pattern knew
    ("Egypt and Saudi Arabia held joint military drills in the Red Sea.", "EGY", "SAU", "06"),
    ("Armenia returned the captured Azerbaijani soldiers to Azerbaijan.", "ARM", "AZE", "08"),
    ("Poland was sceptical of Hungary's peace plan.", "POL", "HUN", "01"),
    ("Turkey handed the suspects over to Germany.", "TUR", "DEU", "06"),
    ("Egypt and Turkey patched up their relations.", "EGY", "TUR", "05"),
    ("Britain rushed ammunition to Ukraine.", "GBR", "UKR", "07"),
    ("South Korea scrambled fighter jets toward North Korea.", "KOR", "PRK", "15"),
    (
        "The United States flew two bombers in a show of force aimed at North Korea.",
        "USA",
        "PRK",
        "15",
    ),
    ("Iran hanged a Swedish citizen.", "IRN", "SWE", "18"),
    ("Brazil aims to strengthen its partnership with Angola.", "BRA", "AGO", "03"),
    ("Hamas said it was open to a deal with Israel.", "PSE", "ISR", "03"),
    ("China pulled its troops back from the Indian border.", "CHN", "IND", "08"),
    ("Nicaragua stripped the Nicaraguan bishop of his citizenship.", "NIC", "NIC", "17"),
    ("Egypt expressed readiness to host talks between Sudan and South Sudan.", "EGY", "SSD", "03"),
    ("Russian and Japanese officials held a video conference.", "JPN", "RUS", "04"),
    ("Qatar delivered fuel to Lebanon.", "QAT", "LBN", "07"),
    ("Israel handed back the bodies of Palestinian attackers.", "ISR", "PSE", "08"),
    ("Moscow moved nuclear warheads into Belarus.", "RUS", "BLR", "15"),
    # forms the inflector does not build (no doubled consonant, irregular past) now listed
    ("Beijing dubbed the American sanctions an act of bullying.", "CHN", "USA", "01"),
    ("Russia sped up the withdrawal of its troops from Syria.", "RUS", "SYR", "08"),
    ("Washington prodded Seoul to mend ties.", "USA", "KOR", "02"),
    # crowds defying a curfew or protest ban in a city are demonstrating
    ("Thousands of Thai protesters defied a curfew in Bangkok.", "THA", "THA", "14"),
    ("Sudanese demonstrators defied a ban on protests in Khartoum.", "SDN", "SDN", "14"),
    # phrasal verbs
    ("Serbia backed off from its threat against Kosovo.", "SRB", "KSV", "08"),
    ("Italy spoke out against France's border controls.", "ITA", "FRA", "11"),
    ("Ukraine pressed for more ammunition from Germany.", "UKR", "DEU", "02"),
    ("Turkey and Greece ironed out their differences.", "TUR", "GRC", "05"),
    ("Russia stepped up its military presence near Finland.", "RUS", "FIN", "15"),
]


@pytest.mark.parametrize(("text", "source", "target", "root"), EXPRESSIONS)
def test_expression_codes_its_event(builtin_pipeline, text, source, target, root):
    assert (source, target, root) in keys(builtin_pipeline, text)


def test_counted_captives_are_not_occupied_territory(builtin_pipeline):
    found = keys(builtin_pipeline, "Taliban fighters captured three Pakistani soldiers.")
    assert ("AFG", "PAK", "19") not in found


def test_captured_town_stays_an_occupation(builtin_pipeline):
    found = keys(builtin_pipeline, "Syrian troops captured the town of Palmyra.")
    assert ("SYR", "SYR", "19") in found
    assert not any(root == "18" for _, _, root in found)


def test_cancelled_visit_stays_a_cut_in_relations(builtin_pipeline):
    # a visit called off is 161 (the CAMEO manual's example); only a planned meeting is 125
    assert ("KOR", "JPN", "16") in keys(builtin_pipeline, "Seoul called off a visit to Tokyo.")


def test_called_off_summit_is_not_a_break_in_relations(builtin_pipeline):
    found = keys(builtin_pipeline, "Seoul called off a planned summit with Tokyo.")
    assert ("KOR", "JPN", "16") not in found


def test_pledged_aid_is_not_aid_given(builtin_pipeline):
    found = keys(builtin_pipeline, "Kuwait pledged $200 million in development aid to Jordan.")
    assert ("KWT", "JOR", "07") not in found


def test_expelled_members_are_not_a_mission_withdrawn(builtin_pipeline):
    found = keys(builtin_pipeline, "Turkey expelled several members of Hamas.")
    assert ("TUR", "PSE", "16") not in found


def test_expelled_aid_agencies_stay_a_withdrawal(builtin_pipeline):
    found = keys(builtin_pipeline, "Sudan expelled the United Nations mission.")
    assert ("SDN", "IGO", "16") in found


def test_solidarity_after_a_disaster_is_not_praise(builtin_pipeline):
    found = keys(builtin_pipeline, "Morocco expressed solidarity with Libya after the floods.")
    assert ("MAR", "LBY", "05") not in found


def test_hitting_back_verbally_is_not_a_strike(builtin_pipeline):
    found = keys(builtin_pipeline, "Tehran hit back at London over the sanctions.")
    assert not any(root == "19" for _, _, root in found)


def test_munitions_rushed_are_not_a_troop_movement(builtin_pipeline):
    found = keys(builtin_pipeline, "Britain rushed ammunition to Ukraine.")
    assert ("GBR", "UKR", "15") not in found


def test_honouring_an_agreement_is_not_praise(builtin_pipeline):
    found = keys(builtin_pipeline, "Israel must honour the agreement it signed with Egypt.")
    assert not any(root == "05" for _, _, root in found)


def test_show_of_force_target_is_the_actor_it_is_aimed_at(builtin_pipeline):
    found = keys(
        builtin_pipeline,
        "The United States flew two bombers in a show of force aimed at North Korea.",
    )
    assert ("USA", "PRK", "15") in found


def test_agreed_ceasefire_is_a_plover_agreement(builtin_pipeline):
    # CAMEO keeps 0871; PLOVER files a ceasefire agreed between two sides under AGREE
    article = builtin_pipeline(
        Article.from_parts(
            id="t",
            parts=[("body", "Armenia and Azerbaijan agreed to a ceasefire on Friday.", None)],
            published=DATE,
        )
    )
    found = {(e.source.code[:3], e.target.code[:3], e.cameo, e.plover) for e in article.events}
    assert ("ARM", "AZE", "0871", "AGREE") in found


def test_state_defying_a_resolution_stays_defiance(builtin_pipeline):
    found = keys(builtin_pipeline, "Iran defied the Security Council resolution.")
    assert not any(root == "14" for _, _, root in found)


def test_counted_places_taken_stay_territory(builtin_pipeline):
    # "captured two Israeli soldiers" is 181; "captured several villages" is still 192
    found = keys(builtin_pipeline, "Russian forces captured several villages in eastern Ukraine.")
    assert ("RUS", "UKR", "19") in found
    assert not any(root == "18" for _, _, root in found)


def test_backing_off_is_not_backing(builtin_pipeline):
    found = keys(builtin_pipeline, "Serbia backed off from its threat against Kosovo.")
    assert ("SRB", "KSV", "05") not in found


def test_hitting_back_with_strikes_stays_military(builtin_pipeline):
    found = keys(builtin_pipeline, "Israel hit back at Hezbollah with air strikes.")
    assert ("ISR", "LBN", "19") in found
    assert not any(root == "11" for _, _, root in found)


def test_speaking_out_on_a_subject_is_no_criticism(builtin_pipeline):
    found = keys(builtin_pipeline, "Germany spoke out on Ukraine's reconstruction.")
    assert not any(root == "11" for _, _, root in found)
