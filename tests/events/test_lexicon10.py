"""Lexicon round 20 (session 11): misses of dev_sentences_lexicon10, a development set of wire
idioms, light verbs and noun forms for every CAMEO root, written before the dictionary was read.

Dictionary:

* a refusal to comment with a modal ("would not comment on") (011); a note struck or sounded
  about a process with another actor (012, 013: no air strike); a resumption of shipments or
  talks being mulled (014); accusations dismissed "as baseless" before their heavy object (016);
* turning to an actor for a loan or for help (0211, 023);
* a compound pledging deeper defence or trade cooperation (0312, 0311); "open to meeting" (036);
  the green light given to an arms delivery (0332);
* a compound hammering out terms (046, no attack); a leader landing somewhere for talks (042);
* "inked" agreements and "put pen to" a deal (057); "leapt to the defence of" (052);
* a suspect handed over to another state (063); troops deployed to a country as part of a
  peace force (074); "sheltering in" a place is no asylum granted (075 needs its object);
* weapons handed in (0873);
* "took a swipe at" (111), "condemned in the strongest terms" + object (111), "came under
  fire from X over his decision" (111, the critic is the source), "hauled X before" a court
  that is an actor mention (115);
* "pressed X for the release of" (1053, as "pressed X to release");
* a proposal "thrown out" (127, no expulsion); "vowed to wipe X off the map" (138);
* "X's decision to recall its ambassador from Y", "the decision by X to ..." (161);
* the offices or assets of an actor seized (1711, no occupied territory); sarin "unleashed on"
  (204).

Mechanisms: a longer reading whose choice of participles before "+" finds no actor yields to
the shorter reading of the same act that does ("freed 80 monks detained during the crackdown":
"$ <free> +" codes the monks); a verb whose past is its base form ("hit", "cut", "shut")
after a possessive noun phrase is the phrasal verb when a particle follows it ("Sweden's
prime minister hit back at Iran"), not a noun.

Each sentence is written for this test in words of our own (none is a sentence of the
development set); each fails with the lexicon before this round, and the guards pin the
readings the new entries must not take.
"""

from conftest import event_keys as keys
from conftest import event_roots as roots


def test_modal_refusal_to_comment(builtin_pipeline):
    text = "The Pentagon would not comment on Friday on China's report of a new hypersonic test."
    assert ("USA", "CHN", "011") in keys(builtin_pipeline, text)


def test_gloomy_note_about_talks_with_target_is_pessimism(builtin_pipeline):
    text = "Greece's foreign minister struck a gloomy note about the talks with Turkey on Cyprus."
    assert ("GRC", "TUR", "012") in keys(builtin_pipeline, text)


def test_upbeat_note_about_negotiations_is_optimism_not_an_air_strike(builtin_pipeline):
    text = "Egypt's president sounded an upbeat tone on the negotiations with Ethiopia."
    found = roots(builtin_pipeline, text)
    assert ("EGY", "ETH", "01") in found
    assert ("EGY", "ETH", "19") not in found


def test_mulling_a_resumption_of_aid_is_a_policy_option(builtin_pipeline):
    text = "Japan is weighing a resumption of food aid to North Korea, officials said on Monday."
    assert ("JPN", "PRK", "014") in keys(builtin_pipeline, text)


def test_dismissed_as_groundless_a_report_is_a_denial(builtin_pipeline):
    text = "Uganda dismissed as groundless a European Union report on its support for rebels."
    assert ("UGA", "IGO", "016") in keys(builtin_pipeline, text)


def test_turned_to_an_actor_for_a_bailout(builtin_pipeline):
    text = "Pakistan turned to Saudi Arabia last month for a bailout to avert a default."
    assert ("PAK", "SAU", "0211") in keys(builtin_pipeline, text)


def test_compound_commits_to_closer_defence_ties(builtin_pipeline):
    text = "India and France committed to closer defence ties during the summit in Paris."
    found = keys(builtin_pipeline, text)
    assert {("IND", "FRA", "0312"), ("FRA", "IND", "0312")} <= found


def test_open_to_meeting_is_intent_to_meet(builtin_pipeline):
    text = "Iran's president said he was open to meeting the French president in New York."
    assert ("IRN", "FRA", "036") in keys(builtin_pipeline, text)


def test_green_light_to_an_arms_sale(builtin_pipeline):
    text = "Washington gave the green light to the sale of fighter jets to Turkey on Friday."
    assert ("USA", "TUR", "0332") in keys(builtin_pipeline, text)


def test_hammered_out_terms_is_negotiation_not_an_attack(builtin_pipeline):
    text = "Serbian and Kosovar negotiators hammered out the details of a deal on licence plates."
    found = roots(builtin_pipeline, text)
    assert {("SRB", "KSV", "04"), ("KSV", "SRB", "04")} <= found
    assert not any(code == "19" for _, _, code in found)


def test_leader_lands_for_talks_is_a_visit(builtin_pipeline):
    text = "Modi lands in Washington for talks with Biden"
    assert ("IND", "USA", "042") in keys(builtin_pipeline, text)


def test_inked_agreements_and_put_pen_to_a_treaty(builtin_pipeline):
    inked = "Vietnam and Cambodia inked several agreements on border trade on Sunday."
    assert {("VNM", "KHM", "057"), ("KHM", "VNM", "057")} <= keys(builtin_pipeline, inked)
    pen = "Armenia and Azerbaijan put pen to a peace treaty in Washington."
    assert ("ARM", "AZE", "057") in keys(builtin_pipeline, pen)


def test_leapt_to_the_defence_of(builtin_pipeline):
    text = "Russia leapt to the defence of Iran at the Security Council on Wednesday."
    assert ("RUS", "IRN", "052") in keys(builtin_pipeline, text)


def test_suspect_handed_over_to_another_state(builtin_pipeline):
    text = "Turkey handed over a suspected Hezbollah financier to Germany on Thursday."
    assert ("TUR", "DEU", "063") in keys(builtin_pipeline, text)


def test_troops_deployed_as_part_of_a_peace_force(builtin_pipeline):
    text = "Rwanda deployed soldiers to Mozambique as part of a regional force last year."
    found = keys(builtin_pipeline, text)
    assert ("RWA", "MOZ", "074") in found
    assert not any(code.startswith("15") for _, _, code in found)


def test_sheltering_in_a_place_is_no_asylum(builtin_pipeline):
    text = "Gunmen killed dozens of Yazidis sheltering in a school in the Iraqi town of Sinjar."
    assert not any(code == "075" for _, _, code in keys(builtin_pipeline, text))


def test_weapons_handed_in_to_monitors_is_demobilisation(builtin_pipeline):
    text = "Rebels in Mindanao began handing in their rifles to the Philippine army on Monday."
    assert ("PHL", "PHL", "0873") in keys(builtin_pipeline, text)


def test_took_a_swipe_at(builtin_pipeline):
    text = "Turkey's president took a swipe at France on Saturday over its policy in Libya."
    assert ("TUR", "FRA", "111") in keys(builtin_pipeline, text)


def test_condemned_in_the_strongest_terms_before_the_object(builtin_pipeline):
    text = "Jordan condemned in the strongest terms Israel's raid on the Al-Aqsa mosque."
    assert ("JOR", "ISR", "111") in keys(builtin_pipeline, text)


def test_came_under_fire_over_a_decision_names_the_critic(builtin_pipeline):
    text = "Kenya's president came under fire from the opposition over his decision to raise taxes."
    assert ("KEN", "KEN", "111") in keys(builtin_pipeline, text)


def test_hauled_before_a_court_named_as_an_actor(builtin_pipeline):
    text = "Ukraine hauled Russia before the International Court of Justice on Monday."
    assert ("UKR", "RUS", "115") in keys(builtin_pipeline, text)


def test_threw_out_a_proposal_is_a_rejection_not_an_expulsion(builtin_pipeline):
    text = "Israel threw out an Egyptian proposal for a long truce in Gaza on Sunday."
    found = roots(builtin_pipeline, text)
    assert ("ISR", "EGY", "12") in found
    assert ("ISR", "EGY", "16") not in found


def test_vowed_to_wipe_off_the_map(builtin_pipeline):
    text = "Iran's army chief vowed to wipe Israel off the map if it attacked."
    assert ("IRN", "ISR", "138") in keys(builtin_pipeline, text)


def test_decision_to_recall_ambassador_noun_form(builtin_pipeline):
    text = "Peru's decision to recall its ambassador from Mexico surprised diplomats."
    assert ("PER", "MEX", "161") in keys(builtin_pipeline, text)
    by = "The decision by Bahrain to pull its ambassador out of Lebanon was announced on Friday."
    assert ("BHR", "LBN", "161") in keys(builtin_pipeline, by)


def test_seized_offices_of_an_actor_is_confiscation(builtin_pipeline):
    text = "Turkish police seized the offices of the opposition newspaper Zaman on Friday."
    found = roots(builtin_pipeline, text)
    assert ("TUR", "TUR", "17") in found
    assert ("TUR", "TUR", "19") not in found


def test_unleashed_nerve_gas_on(builtin_pipeline):
    text = "Government forces unleashed nerve gas on Kurdish villages in northern Iraq."
    assert ("IRQ", "IRQ", "204") in keys(builtin_pipeline, text)


def test_possessive_subject_hit_back_at_is_a_verb(builtin_pipeline):
    text = "Germany's chancellor hit back at Moscow over its threats on Thursday."
    assert ("DEU", "RUS", "111") in keys(builtin_pipeline, text)


def test_pressed_for_the_release_of_is_a_demand(builtin_pipeline):
    text = "Canada pressed Beijing on Monday for the release of two detained Canadian citizens."
    assert ("CAN", "CHN", "1053") in keys(builtin_pipeline, text)


def test_freed_people_detained_during_is_a_release(builtin_pipeline):
    text = "Bahrain's government freed 40 clerics detained during the unrest last year."
    assert ("BHR", "BHR", "0841") in keys(builtin_pipeline, text)
