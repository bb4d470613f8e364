"""Lexicon round 11 (session 8): gaps and wrong readings found in the wire development sets' misses.

The misses and extras of dev_sentences_wire4 … wire7 (and the lexicon9 checklist) were classified
by cause; these entries fix the ones whose cause was the lexicon, each written as a general
expression:

* trade penalties named as duties, or laid on "imports from X" / "X goods" (163), and lifted the
  same way (085), instead of the trade reading of the noun "imports" (061);
* airlines banned from airspace and banks cut off from SWIFT (163, not 1722 or a blockade);
* forgiveness asked and harm apologised for (055, not an appeal 020); speaking out in defence of
  another actor (052);
* a suspect named (112); name-calling (111) and the label put on an act ("called the incident
  a stab in the back"), which no longer reads as a telephone call (041);
* warnings an act draws from another actor (130, inverse);
* a site struck "in what X called …" in a country: the country is the target, not the speaker;
  a wave of strikes with a longer head noun (195);
* ground seized "from" its holder (192, not confiscated property 1711); statues and power lines
  blown up (1712, not a bombing 183);
* battalions ordered to a border (154); military aid named with its amount (072), and weapons an
  actor agrees to pay for (0332);
* diplomats told, or given days, to leave (166; 161 for an ambassador); told to leave office
  (1041);
* reciprocal accusations of a compound subject (112 both ways);
* an inquiry into acts "carried out by" an actor (090); a final chance given (139);
* cooperation promised "fully" or "closely" (030); workers who walk off the job (143); boats
  turned away (120); a march "in protest against" an actor (141),
  and the noun "protest" of a compound ("protest camps", "protest leader"), which is no protest.

Each sentence is written for this test (none is a development sentence); every expression case
fails with the lexicon before these entries, and the guards pin readings the entries must not take.
"""

import pytest

from conftest import event_keys as keys

EXPRESSIONS = [
    # 163 trade penalties
    ("Washington imposed steep tariffs on imports from Brazil on Monday.", "USA", "BRA", "163"),
    ("Ottawa announced retaliatory duties on American steel.", "CAN", "USA", "163"),
    ("India slapped anti-dumping duties on Chinese chemicals.", "IND", "CHN", "163"),
    # 085 the same duties lifted
    ("Japan scrapped duties on imports from Thailand.", "JPN", "THA", "085"),
    # 163 airspace bans and payment systems
    ("Britain banned Iranian airlines from British airspace.", "GBR", "IRN", "163"),
    ("Canada barred Russian airlines from its airspace on Sunday.", "CAN", "RUS", "163"),
    ("The EU cut off Iranian banks from the SWIFT payments system.", "IGO", "IRN", "163"),
    ("Japan disconnected Russian banks from SWIFT.", "JPN", "RUS", "163"),
    # 055 forgiveness asked, harm apologised for
    ("Austria asked Israel for forgiveness on Tuesday.", "AUT", "ISR", "055"),
    ("The Belgian king begged Congo for forgiveness.", "BEL", "COD", "055"),
    ("Canada apologised for the internment of Japanese citizens.", "CAN", "JPN", "055"),
    ("Germany apologized for the massacre of Namibian villagers.", "DEU", "NAM", "055"),
    # 052 a verbal defence
    ("Lula spoke out in defence of Venezuela.", "BRA", "VEN", "052"),
    # 112 a suspect named
    ("Ankara named Fethullah Gulen as the chief suspect in the coup.", "TUR", "TUR", "112"),
    # 111 name-calling
    (
        "Philippine President Rodrigo Duterte called the American ambassador a son of a bitch.",
        "PHL",
        "USA",
        "111",
    ),
    ("Erdogan called the Dutch prime minister a true fascist.", "TUR", "NLD", "111"),
    # 130 warnings an act draws (inverse)
    (
        "Turkey's parliament approved the deployment, drawing stern warnings from Athens.",
        "GRC",
        "TUR",
        "130",
    ),
    # 195 a site struck in someone's words: the country where it lies is the target
    (
        "Israeli jets struck what Israel called a weapons depot inside Syria on Sunday.",
        "ISR",
        "SYR",
        "195",
    ),
    (
        "Turkish drones hit what Ankara said were militant bases in Iraq.",
        "TUR",
        "IRQ",
        "195",
    ),
    (
        "Iran launched drone strikes on what it called terrorist hideouts in Iraq.",
        "IRN",
        "IRQ",
        "195",
    ),
    # 195 a wave of strikes with a longer head noun
    ("Israel unleashed a wave of air and drone strikes on Lebanon.", "ISR", "LBN", "195"),
    # 192 ground seized from its holder
    ("Azerbaijani troops captured the town of Shusha from Armenia.", "AZE", "ARM", "192"),
    ("Armenian forces took the strategic town of Lachin from Azerbaijan.", "ARM", "AZE", "192"),
    # 1712 property blown up
    (
        "Islamic State militants blew up an ancient statue in the Iraqi city of Mosul.",
        "IMG",
        "IRQ",
        "1712",
    ),
    # 154 battalions ordered to a border
    ("Venezuela ordered tank battalions to its border with Guyana.", "VEN", "GUY", "154"),
    # 072 military aid named with its amount
    (
        "Germany announced 300 million euros in new military aid for Kyiv.",
        "DEU",
        "UKR",
        "072",
    ),
    # 0332 weapons an actor agrees to pay for
    (
        "Norway agreed for the first time to fund purchases of ammunition for Ukraine.",
        "NOR",
        "UKR",
        "0332",
    ),
    # 166 / 161 told, or given days, to leave
    ("Mali gave French diplomats three days to leave the country.", "MLI", "FRA", "166"),
    ("Burkina Faso told the French ambassador to leave.", "BFA", "FRA", "161"),
    ("Moscow gave the Estonian ambassador 48 hours to leave.", "RUS", "EST", "161"),
    # 1041 told to leave office
    ("Thousands of Serbs told Milosevic to leave office.", "SRB", "SRB", "1041"),
    # 112 reciprocal accusations
    ("Sudan and South Sudan accused each other of backing rebels.", "SDN", "SSD", "112"),
    ("Sudan and South Sudan accused each other of backing rebels.", "SSD", "SDN", "112"),
    # 030 cooperation promised with an adverb
    (
        "Egypt promised to cooperate fully with the International Criminal Court.",
        "EGY",
        "IGO",
        "030",
    ),
    # 143 workers off the job (aimed at their government)
    ("Nigerian oil workers walked off the job on Monday.", "NGA", "NGA", "143"),
    # 120 boats turned away
    ("Australia turned away boats carrying Sri Lankan refugees.", "AUS", "LKA", "120"),
    # 141 a march in protest against an actor
    ("Thousands of Greeks marched in protest against Germany.", "GRC", "DEU", "141"),
    # 090 acts carried out by an actor investigated (killings and torture: an investigation of
    # human rights abuses, 092, since session 10 reads what an investigation looks into)
    (
        "The UN rights council voted to set up an inquiry into killings and torture allegedly "
        "carried out by Syrian troops.",
        "IGO",
        "SYR",
        "092",
    ),
    # 139 a final chance
    (
        "NATO gave Serbia a final chance to withdraw or face air strikes.",
        "IGO",
        "SRB",
        "139",
    ),
]


@pytest.mark.parametrize(("text", "source", "target", "code"), EXPRESSIONS)
def test_expression_codes_its_event(builtin_pipeline, text, source, target, code):
    assert (source, target, code) in keys(builtin_pipeline, text)


# -- each guard pairs the new reading with a near miss it must not take --------------------------
def test_tariffs_on_imports_are_no_trade(builtin_pipeline):
    found = keys(builtin_pipeline, "Washington imposed steep tariffs on imports from Brazil.")
    assert ("USA", "BRA", "163") in found
    assert not any(code.startswith("06") for _, _, code in found)


def test_an_airspace_ban_is_no_restriction_of_political_freedom(builtin_pipeline):
    found = keys(builtin_pipeline, "Britain banned Iranian airlines from British airspace.")
    assert ("GBR", "IRN", "163") in found
    assert ("GBR", "IRN", "1722") not in found


def test_a_swift_adjective_is_no_payment_system(builtin_pipeline):
    assert ("JPN", "RUS", "163") in keys(
        builtin_pipeline, "Japan disconnected Russian banks from SWIFT."
    )
    found = keys(
        builtin_pipeline,
        "Peru's congress removed President Martin Vizcarra from office in a swift vote.",
    )
    assert not any(code.startswith("16") for _, _, code in found)


def test_forgiveness_asked_is_no_appeal(builtin_pipeline):
    found = keys(builtin_pipeline, "Austria asked Israel for forgiveness on Tuesday.")
    assert ("AUT", "ISR", "055") in found
    assert ("AUT", "ISR", "020") not in found


def test_a_phrase_after_the_article_is_no_insult(builtin_pipeline):
    assert ("TUR", "NLD", "111") in keys(
        builtin_pipeline, "Erdogan called the Dutch prime minister a true fascist."
    )
    found = keys(
        builtin_pipeline,
        "Israel's defence minister resigned over the truce, calling it a surrender to terror.",
    )
    assert not any(code.startswith("11") for _, _, code in found)


def test_an_act_labelled_is_no_telephone_call(builtin_pipeline):
    found = keys(
        builtin_pipeline,
        "Erdogan called the killing a provocation by the enemies of Turkey and Iran.",
    )
    assert not any(code == "041" for _, _, code in found)
    # a plain call is still a telephone call, and a label with an actor stays a statement
    assert ("DEU", "FRA", "041") in keys(builtin_pipeline, "Merkel called Macron on Sunday.")
    assert ("RUS", "TUR", "010") in keys(builtin_pipeline, "Putin called Erdogan a friend.")


def test_the_speaker_of_what_it_called_is_no_target(builtin_pipeline):
    found = keys(
        builtin_pipeline,
        "Indian jets struck what New Delhi called a terrorist camp inside Pakistan.",
    )
    assert ("IND", "PAK", "195") in found
    assert not any(target == "IND" for _, target, _ in found)


def test_a_stake_seized_is_still_property(builtin_pipeline):
    assert ("ARM", "AZE", "192") in keys(
        builtin_pipeline, "Armenian forces took the strategic town of Lachin from Azerbaijan."
    )
    found = keys(builtin_pipeline, "Bolivia seized the oil company's assets from Spain's Repsol.")
    assert not any(code == "192" for _, _, code in found)


def test_armed_with_describes_the_subject(builtin_pipeline):
    found = keys(
        builtin_pipeline,
        "Chinese sailors armed with axes boarded Vietnamese fishing boats on Monday.",
    )
    assert not any(code.startswith("07") for _, _, code in found)


def test_told_to_leave_office_is_no_expulsion(builtin_pipeline):
    found = keys(builtin_pipeline, "Thousands of Serbs told Milosevic to leave office.")
    assert ("SRB", "SRB", "1041") in found
    assert ("SRB", "SRB", "166") not in found


def test_a_protest_camp_is_no_protest(builtin_pipeline):
    found = keys(
        builtin_pipeline,
        "Egyptian police cleared two protest camps of Islamist supporters in Cairo.",
    )
    assert not any(code.startswith("14") for _, _, code in found)
