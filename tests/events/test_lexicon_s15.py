"""Lexicon round 15 (session 9): the misses of dev_sentences_wire8, classified by cause; the
general ones fixed in the dictionary and by small coder mechanisms.

Coder mechanisms:

* a host's welcome followed in its clause by a noun of a trip ("welcomed the Indian prime
  minister to Cairo at the start of a state visit") is the guest's visit too (042, to the
  host's state);
* a vow of revenge without a named adversary ("…, and Hezbollah vowed revenge") is aimed at the
  author of an act of force of the sentence that struck the vower's country (138), and so is
  fire answered ("…, and Turkish forces fired back", in kind); alone either codes nothing;
* "shot dead" or "gunned down" a named person is an assassination (186), as "killed" was;
* a search or a raid of premises "as part of an investigation" is a criminal investigation
  (091), not a seizure of property;
* a past participle right after a determiner or a preposition ("after hijacked trucks") is an
  adjective, never the verb of its clause;
* the noun of an act after "in response to the Nov. 13 attacks" is background (a date may stand
  in its phrase);
* a compound subject that fought "with tanks and helicopter gunships" fought each other (the
  weapons are no opponent), and so did one country's army and its rebels;
* the persons an act was done to, named after ", among them" or ", including", are its targets;
  a second thing struck, joined by "and" and named in another country ("depots in Syria and an
  ammunition factory in Lebanon"), gives a second target;
* an army storming a building uses force (190), not a violent protest (145);
* a word after "by" that is no gerund is a noun ("by train"), not a verb;
* "accused <actor of no country> on Sunday of bombing X": the bombing is alleged, not the
  accuser's act;
* "…, a charge Zagreb denied": the denial in an appositive after an accusation is a fact;
* troops flying to a place are deployed, they pay no visit (042);
* cruise missiles fired at a target are aerial weapons (195), as our wire gold codes them;
  rockets and shells stay 194 (and Scud missiles, as test_wire_issue4 pins them);
* "was shot and seriously wounded … by a gunman": the regular form after "and", with its agent
  after it, continues the passive (the victim wounded nobody).

Dictionary: lifting an embargo whose description names its imposer (085), captives handed back
(0841), control handed over (0842), a deal with a comma among its modifiers and a signed
document (057), an actor dismissed as something (111), a visit named by "during a visit to"
after a verb of saying (042).

Each sentence is written for this test in words of our own; each fails with the coder and
lexicon before this round, and the guards pin the readings it must not take.
"""

import datetime as dt

import pytest

from conftest import LEXICON_TEST_DATE, coded
from conftest import event_keys as keys
from conftest import event_roots as roots


def test_welcome_with_a_state_visit_is_also_the_guests_visit(builtin_pipeline):
    text = (
        "Egypt's president welcomed the Indian prime minister to Cairo on Monday at the start"
        " of a two-day state visit."
    )
    assert {("EGY", "IND", "043"), ("IND", "EGY", "042")} <= keys(builtin_pipeline, text)
    events = coded(builtin_pipeline, text, LEXICON_TEST_DATE)
    assert ("INDGOV", "EGY", "042") in events  # the visit is to the host's state
    # a welcome for talks is the host's act only
    talks = "Egypt's president welcomed the Indian prime minister to Cairo for talks."
    assert keys(builtin_pipeline, talks) == {("EGY", "IND", "043")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Israeli jets struck a Hezbollah depot in southern Lebanon overnight, and Hezbollah"
            " vowed revenge.",
            ("LBN", "ISR", "138"),
        ),
        (
            "Russian missiles hit Kyiv on Sunday, and Ukraine's president vowed to respond.",
            ("UKR", "RUS", "138"),
        ),
    ],
)
def test_vow_of_revenge_is_aimed_at_the_attacker(builtin_pipeline, text, expected):
    assert expected in keys(builtin_pipeline, text)
    # alone, a vow of revenge names no adversary and codes nothing
    assert keys(builtin_pipeline, "Hezbollah vowed revenge.") == set()


def test_shooting_dead_a_named_person_is_an_assassination(builtin_pipeline):
    text = "Gunmen shot dead Pakistani opposition leader Benazir Bhutto at a rally on Thursday."
    date = dt.date(2007, 12, 27)
    assert ("---", "PAK", "186") in keys(builtin_pipeline, text, date)
    # many victims are no assassination
    plain = "Gunmen shot dead 12 Nigerian soldiers near the border."
    assert ("---", "NGA", "193") in keys(builtin_pipeline, plain)


@pytest.mark.parametrize(
    "text",
    [
        "Israeli police searched Prime Minister Benjamin Netanyahu's residence on Tuesday as part"
        " of a corruption probe.",
        "Spanish police raided the Barcelona offices of the Catalan government as part of an"
        " investigation into the referendum.",
    ],
)
def test_search_as_part_of_an_investigation_is_an_investigation(builtin_pipeline, text):
    assert "091" in {code for _, _, code in keys(builtin_pipeline, text)}
    # a raid without an investigation is unchanged
    raid = "Zimbabwean troops raided the homes of opposition leaders in Harare."
    assert "091" not in {code for _, _, code in keys(builtin_pipeline, raid)}


def test_attributive_participle_is_no_verb(builtin_pipeline):
    text = (
        "Canada sent a message of condolence to Norway after hijacked trucks plowed into crowds"
        " in Oslo."
    )
    assert keys(builtin_pipeline, text) == {("CAN", "NOR", "018")}


def test_dated_attacks_named_as_a_reason_are_background(builtin_pipeline):
    text = (
        "French jets struck militant camps in Syria on Sunday, the defence ministry said, in"
        " response to the Nov. 13 attacks on Paris."
    )
    assert keys(builtin_pipeline, text) == {("FRA", "SYR", "195")}


def test_weapons_after_with_are_no_opponent(builtin_pipeline):
    text = (
        "Armenian and Azerbaijani troops fought with tanks and helicopter gunships along the"
        " front line on Monday."
    )
    assert keys(builtin_pipeline, text) == {("ARM", "AZE", "190"), ("AZE", "ARM", "190")}


def test_army_and_rebels_of_one_country_fight_each_other(builtin_pipeline):
    text = "Yemen's army and Houthi rebels fought for control of Marib on Sunday."
    events = coded(builtin_pipeline, text, LEXICON_TEST_DATE)
    assert ("YEMMIL", "YEMREB", "190") in {(s, t[:6] if t else t, c) for s, t, c in events}
    assert all(t is not None and t.startswith(("YEMMIL", "YEMREB")) for _, t, _ in events)


def test_persons_named_among_them_are_the_targets(builtin_pipeline):
    text = "Somali pirates freed 20 sailors on Monday, among them four Indian nationals."
    assert ("SOM", "IND", "0841") in keys(builtin_pipeline, text)


def test_army_storming_a_building_is_force(builtin_pipeline):
    text = "Egyptian soldiers stormed the headquarters of the Muslim Brotherhood in Cairo."
    assert ("EGY", "EGY", "19") in roots(builtin_pipeline, text)
    assert "14" not in {code for _, _, code in roots(builtin_pipeline, text)}


def test_by_train_is_no_training(builtin_pipeline):
    text = (
        "Polish President Andrzej Duda arrived in Kyiv by train in a show of solidarity with"
        " Ukraine."
    )
    assert keys(builtin_pipeline, text) == {("POL", "UKR", "042")}


def test_act_alleged_of_an_actor_of_no_country_is_not_the_accusers(builtin_pipeline):
    text = (
        "Nigeria's president accused jihadist fighters on Sunday of bombing a Cameroonian"
        " border post."
    )
    assert not any(code in ("18", "19") for _, _, code in roots(builtin_pipeline, text))


def test_denial_in_an_appositive_after_an_accusation(builtin_pipeline):
    text = "Serbia accused Croatia on Monday of arming militias in Bosnia, a charge Zagreb denied."
    assert {("SRB", "HRV", "112"), ("HRV", "SRB", "016")} <= keys(builtin_pipeline, text)


EXPRESSIONS = [
    ("Britain lifted the 20-year-old British arms embargo against Argentina.", "GBR", "ARG", "085"),
    ("Iran handed captured British sailors back to Britain on Thursday.", "IRN", "GBR", "0841"),
    ("Britain handed full control of the naval base to Malta on Friday.", "GBR", "MLT", "0842"),
    (
        "Japan and India signed a ten-year, $5 billion deal for high-speed rail.",
        "JPN",
        "IND",
        "057",
    ),
    ("Serbia and Kosovo signed a document on economic normalisation.", "SRB", "KSV", "057"),
    (
        "Venezuela's president dismissed the United States as a declining empire.",
        "VEN",
        "USA",
        "111",
    ),
    ("The Chinese president announced new loans during a visit to Kenya.", "CHN", "KEN", "042"),
]


@pytest.mark.parametrize(("text", "source", "target", "code"), EXPRESSIONS)
def test_round_15_expressions(builtin_pipeline, text, source, target, code):
    assert (source, target, code) in keys(builtin_pipeline, text)


def test_lifting_an_embargo_is_no_embargo(builtin_pipeline):
    text = EXPRESSIONS[0][0]
    assert "16" not in {code for _, _, code in roots(builtin_pipeline, text)}


def test_troops_travelling_pay_no_visit(builtin_pipeline):
    text = "Australian paratroopers prepared to fly to Dili on Monday as violence spread."
    assert keys(builtin_pipeline, text) == set()
    # a defence minister's trip stays a visit
    minister = "Australian Defence Minister Brendan Nelson flew to Dili on Monday."
    assert keys(builtin_pipeline, minister) == {("AUS", "TLS", "042")}


def test_cruise_missiles_are_aerial_weapons(builtin_pipeline):
    text = "U.S. destroyers fired Tomahawk cruise missiles at a Libyan air base on Sunday."
    assert ("USA", "LBY", "195") in keys(builtin_pipeline, text)
    # rockets stay artillery fire
    rockets = "Hezbollah fired rockets at Israeli army positions on Sunday."
    assert ("LBN", "ISR", "194") in keys(builtin_pipeline, rockets)


def test_regular_participle_coordinated_after_a_passive_is_no_active_verb(builtin_pipeline):
    text = (
        "Serbian Prime Minister Zoran Djindjic was shot and fatally wounded on Wednesday by a"
        " sniper in Belgrade."
    )
    assert ("SRB", "SRB", "190") not in keys(builtin_pipeline, text)


def test_second_thing_struck_in_another_country_is_a_target(builtin_pipeline):
    text = (
        "Israeli jets bombed weapons depots in Syria and an ammunition factory in Lebanon on"
        " Sunday."
    )
    assert {("ISR", "SYR", "195"), ("ISR", "LBN", "195")} <= keys(builtin_pipeline, text)


def test_fire_answered_is_aimed_at_the_attacker_in_kind(builtin_pipeline):
    text = (
        "Syrian artillery shelled a Turkish border town on Wednesday, and Turkish forces fired"
        " back."
    )
    assert ("TUR", "SYR", "194") in keys(builtin_pipeline, text)
    # alone, fire answered names no adversary and codes nothing
    assert keys(builtin_pipeline, "Turkish forces fired back on Wednesday.") == set()
