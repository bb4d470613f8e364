"""Coder mechanisms of session 8 (classified misses and extras of the wire development sets):
force by a state's police or army against its own protesters is repression (175), and
protesters' violence a violent protest (145); "A and B criticised each other" is coded both
ways; a condemnation of "the strike" or "the attack" is aimed at the author of the act told
before; a passive after "and" ("… and was greeted at the airport by X") takes the subject of the
verb before; the aside "what X called" is not the object of a strike; a list ending "and other
…" is a compound and ", and" between two actors joins two clauses; a brokered truce is the
parties' ceasefire; "leaders of the two countries", "the two sides' diplomats" and "their
negotiators" are the pair named before; the accused's denial is aimed at the accuser; "and
said" ends an accusation's content; "their countries would" is a reported "will"; a verb form
after "on", "for" or "against" is a noun. The sentences are written for these tests."""

from __future__ import annotations

from conftest import LEXICON_TEST_DATE, coded, event_keys, event_roots
from entente.pipeline import Pipeline


# -- repression (175) and riots (145) --------------------------------------------------------------
def test_police_shooting_own_protesters_is_repression(builtin_pipeline: Pipeline) -> None:
    found = event_keys(builtin_pipeline, "Bolivian police shot dead three protesters in La Paz.")
    assert ("BOL", "BOL", "175") in found
    assert not any(code.startswith("19") for _, _, code in found)


def test_killing_in_a_participle_after_a_crackdown_is_repression(
    builtin_pipeline: Pipeline,
) -> None:
    # the victims of ", killing dozens of demonstrators" are protesters of the same state
    found = event_roots(
        builtin_pipeline,
        "Sudanese security forces stormed a protest camp in Khartoum on Monday, killing dozens "
        "of demonstrators.",
    )
    assert ("SDN", "SDN", "17") in found
    assert ("SDN", "SDN", "19") not in found


def test_clash_of_protesters_and_police_is_one_riot(builtin_pipeline: Pipeline) -> None:
    found = event_keys(
        builtin_pipeline, "Kurdish protesters clashed with Turkish police in Diyarbakir on Sunday."
    )
    assert found == {("TUR", "TUR", "145")}


def test_protesters_who_torch_cars_riot(builtin_pipeline: Pipeline) -> None:
    found = event_keys(builtin_pipeline, "Protesters torched cars in Santiago on Saturday.")
    assert found == {("CHL", "CHL", "145")}


def test_foreign_troops_firing_on_protesters_stay_military_force(
    builtin_pipeline: Pipeline,
) -> None:
    # another state's army: no repression of its own people; its own police: repression
    foreign = event_roots(
        builtin_pipeline, "Israeli troops shot dead two Palestinian protesters near Nablus."
    )
    assert ("ISR", "PSE", "19") in foreign
    own = event_roots(
        builtin_pipeline, "Israeli police shot dead two Israeli protesters in Tel Aviv."
    )
    assert ("ISR", "ISR", "17") in own


# -- "criticised each other" ---------------------------------------------------------------------
def test_reciprocal_criticism_is_coded_both_ways(builtin_pipeline: Pipeline) -> None:
    found = event_roots(
        builtin_pipeline, "Sudan and South Sudan criticised each other over the border clashes."
    )
    assert found == {("SDN", "SSD", "11"), ("SSD", "SDN", "11")}


def test_reciprocal_is_not_an_actor_named_later(builtin_pipeline: Pipeline) -> None:
    # the place named at the end is not the object of the condemnation
    found = event_roots(
        builtin_pipeline,
        "Armenia and Azerbaijan condemned one another after the shelling of villages in "
        "Nagorno-Karabakh.",
    )
    assert found == {("ARM", "AZE", "11"), ("AZE", "ARM", "11")}


# -- "condemned the attack": aimed at the author of the act told before ----------------------------
def test_condemnation_of_the_attack_is_aimed_at_the_attacker(builtin_pipeline: Pipeline) -> None:
    found = event_roots(
        builtin_pipeline,
        "Israeli jets bombed an airport near Damascus on Sunday, and Iran condemned the attack as "
        "a violation of international law.",
    )
    assert ("IRN", "ISR", "11") in found


def test_the_act_coded_with_a_target_is_the_one_condemned(builtin_pipeline: Pipeline) -> None:
    # the attack named as the strike's reason coded no event: the strike is denounced
    found = event_roots(
        builtin_pipeline,
        "U.S. warships fired missiles at a Syrian air base in retaliation for a chemical attack, "
        "and Russia denounced the strike.",
    )
    assert ("RUS", "USA", "11") in found
    assert ("RUS", "SYR", "11") not in found


# -- a passive after "and" takes the subject of the verb before ---------------------------------
def test_greeted_after_arrival_is_hosting(builtin_pipeline: Pipeline) -> None:
    found = event_keys(
        builtin_pipeline,
        "Kenyan President Uhuru Kenyatta arrived in Kampala on Tuesday for the first summit "
        "between the two neighbours and was greeted at the airport by President Yoweri Museveni.",
    )
    assert ("UGA", "KEN", "043") in found


def test_embraced_after_arrival_is_hosting(builtin_pipeline: Pipeline) -> None:
    found = event_keys(
        builtin_pipeline,
        "Cuban President Raul Castro arrived in Caracas on Monday for a summit of leftist leaders "
        "and was embraced at the airport by President Hugo Chavez.",
    )
    assert ("VEN", "CUB", "043") in found
    assert ("VEN", "CUB", "051") not in found


# -- "struck what X called …": the aside is not the object -----------------------------------------
def test_naming_aside_is_passed_over(builtin_pipeline: Pipeline) -> None:
    found = event_roots(
        builtin_pipeline,
        "Turkish jets struck what Ankara called militant positions in northern Iraq on Wednesday.",
    )
    assert ("TUR", "IRQ", "19") in found


def test_naming_aside_with_said_was(builtin_pipeline: Pipeline) -> None:
    found = event_roots(
        builtin_pipeline,
        "Turkish jets struck what Ankara said was a militant training camp in northern Iraq.",
    )
    assert ("TUR", "IRQ", "19") in found
    assert ("TUR", "TUR", "19") not in found


# -- "A, B and other …" is a compound ------------------------------------------------------------
def test_list_ending_in_and_other_is_a_compound(builtin_pipeline: Pipeline) -> None:
    found = event_keys(builtin_pipeline, "Germany offered aid to Greece, Italy and other states.")
    assert {("DEU", "GRC", "033"), ("DEU", "ITA", "033")} <= found


# -- ", and" between two actors joins two clauses -------------------------------------------------
def test_comma_and_between_two_actors_is_no_compound(builtin_pipeline: Pipeline) -> None:
    found = event_keys(
        builtin_pipeline,
        "A Russian jet crashed after colliding with a Turkish drone, and Moscow demanded that "
        "Ankara apologise.",
    )
    assert ("RUS", "TUR", "105") in found
    assert ("TUR", "TUR", "105") not in found


# -- a brokered truce is also the parties' ceasefire ---------------------------------------------
def test_brokered_truce_is_the_parties_ceasefire(builtin_pipeline: Pipeline) -> None:
    found = event_keys(
        builtin_pipeline, "Norway brokered a ceasefire between Colombia and the FARC rebels."
    )
    assert {("NOR", "COL", "045"), ("COL", "COL", "0871")} <= found


def test_brokered_deal_is_mediation_only(builtin_pipeline: Pipeline) -> None:
    # the terms of a deal are not a ceasefire: only the mediation, as before; the truce is
    # still the parties' own
    deal = event_keys(builtin_pipeline, "Egypt brokered a deal between Israel and Hamas.")
    assert not any(code.startswith("08") for _, _, code in deal)
    truce = event_keys(builtin_pipeline, "Egypt brokered a truce between Israel and Hamas.")
    assert ("ISR", "PSE", "0871") in truce


# -- "leaders of the two countries" are the pair named before ------------------------------------
def test_leaders_of_the_two_countries_are_no_third_party(builtin_pipeline: Pipeline) -> None:
    found = coded(
        builtin_pipeline,
        "Putin and Erdogan met in Sochi on Friday at the first meeting between leaders of the two "
        "countries since the crisis.",
        LEXICON_TEST_DATE,
    )
    assert not any(
        code.startswith("---") for source, target, _ in found for code in (source, target or "")
    )
    assert ("RUSGOV", "TURGOV", "040") in found


# -- a denial of an accusation is aimed at the accuser --------------------------------------------
def test_denial_by_the_accused_is_aimed_at_the_accuser(builtin_pipeline: Pipeline) -> None:
    found = event_keys(
        builtin_pipeline,
        "The Turkish government blamed the PKK on Sunday for the bombing in Ankara, but the "
        "Kurdish rebels denied any involvement.",
    )
    assert ("TUR", "TUR", "016") in found


def test_denial_after_and_is_the_accused_clause(builtin_pipeline: Pipeline) -> None:
    # ", and Pristina denied": a clause of its own, not part of what Serbia alleged
    found = event_keys(
        builtin_pipeline,
        "Serbia accused Kosovo of provoking the violence in the north, and Pristina denied any "
        "involvement.",
    )
    assert ("KSV", "SRB", "016") in found


def test_comma_and_after_a_list_joined_by_and_is_a_new_clause(builtin_pipeline: Pipeline) -> None:
    # "Nice and Lyon" is the list; ", and Morocco promised" begins a clause of its own, whose
    # promise has no partner named (nothing to code), not a pact of France and Morocco
    found = event_keys(
        builtin_pipeline,
        "France named a suspect in the attacks on Nice and Lyon, and Morocco promised to "
        "cooperate.",
    )
    assert ("FRA", "MAR", "030") not in found
    assert ("MAR", "FRA", "030") not in found


# -- "announced that their countries would …": the reported "will" of the speakers ---------------
def test_their_countries_would_is_an_announcement(builtin_pipeline: Pipeline) -> None:
    found = event_keys(
        builtin_pipeline,
        "Ethiopian Prime Minister Abiy Ahmed and Eritrean President Isaias Afwerki announced on "
        "Monday that their countries would restore diplomatic relations.",
    )
    assert {("ETH", "ERI", "032"), ("ERI", "ETH", "032")} <= found


# -- "accused X of … and said …": the content of the accusation ends at "and said" ---------------
def test_and_said_after_an_accusation_is_a_new_report(builtin_pipeline: Pipeline) -> None:
    found = event_keys(
        builtin_pipeline,
        "Venezuela accused Colombia on Monday of plotting a coup and said it would hold talks with "
        "Brazil on the crisis.",
    )
    assert ("VEN", "BRA", "036") in found


# -- a verb form right after "on", "for", "against" is a noun -------------------------------------
def test_imports_after_on_is_a_noun(builtin_pipeline: Pipeline) -> None:
    found = event_keys(builtin_pipeline, "Japan imposed new tariffs on imports from South Korea.")
    assert ("JPN", "KOR", "163") in found
    assert ("JPN", "KOR", "061") not in found


# -- "the two sides' diplomats", "their negotiators": the pair named before ------------------------
def test_the_two_sides_diplomats_met(builtin_pipeline: Pipeline) -> None:
    found = coded(
        builtin_pipeline,
        "Japan protested to China on Monday over the detention of a fishing crew, as the two "
        "sides' senior diplomats met in Beijing.",
        LEXICON_TEST_DATE,
    )
    assert {("JPNGOV", "CHNGOV", "040"), ("CHNGOV", "JPNGOV", "040")} <= set(found)


def test_their_negotiators_signed(builtin_pipeline: Pipeline) -> None:
    found = event_keys(
        builtin_pipeline,
        "Serbian President Boris Tadic and Croatian President Ivo Josipovic praised the talks "
        "after their negotiators signed an agreement on Friday.",
    )
    assert {("SRB", "HRV", "057"), ("HRV", "SRB", "057")} <= found
