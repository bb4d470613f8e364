"""Lexicon gaps of session 5: common wire expressions of CAMEO codes that no verb pattern knew,
found in the misses of the wire2-5 development sets and by walking the codebook code by code.
Each sentence is written for this test in words of our own (not a development sentence), so that
the entry is tested as an expression; each asserts the event the new entry codes (it fails
without the entry), and the guards below pin the readings the entries must not take."""

import datetime as dt

import pytest

from conftest import coded, country_keys

DATE = dt.date(2015, 6, 1)


def keys(pipeline, text, date=DATE):
    """(source country, target country, root) of each event."""
    return {(s, t, c[:2]) for s, t, c in country_keys(coded(pipeline, text, date))}


EXPRESSIONS = [
    (
        "Britain was deeply sceptical about the peace proposals put forward by Russia.",
        "GBR",
        "RUS",
        "01",
    ),
    ("Seoul said it was skeptical that North Korea would give up its weapons.", "KOR", "PRK", "01"),
    ("Israel doubted that a lasting truce with Hamas could be reached.", "ISR", "PSE", "01"),
    (
        "Greece saw scant hope of progress at the coming round of talks with Turkey.",
        "GRC",
        "TUR",
        "01",
    ),
    (
        "The UN envoy voiced hope about the resumption of talks between Armenia and Azerbaijan.",
        "IGO",
        "ARM",
        "01",
    ),
    (
        "Iran denied that its agents had been involved in the attack on Saudi Arabia.",
        "IRN",
        "SAU",
        "01",
    ),
    (
        "The French president appealed personally to Iran to free the detained aid worker.",
        "FRA",
        "IRN",
        "02",
    ),
    (
        "Norway approved 20 million crowns in humanitarian aid for Yemen on Tuesday.",
        "NOR",
        "YEM",
        "07",
    ),
    ("Britain tripled its aid to Ethiopia.", "GBR", "ETH", "07"),
    ("China lent Sri Lanka $1 billion.", "CHN", "LKA", "07"),
    ("Germany has begun delivering the IRIS-T air defence system to Ukraine.", "DEU", "UKR", "07"),
    ("Poland gave Ukraine its MiG-29 fighter jets.", "POL", "UKR", "07"),
    ("Jordanian helicopters ferried food and medicine to villages in Syria.", "JOR", "SYR", "07"),
    ("Rwanda sent 1,000 troops to Mozambique to help fight the insurgents.", "RWA", "MOZ", "07"),
    (
        "The first Brazilian soldiers landed in Haiti on Sunday to lead the UN mission.",
        "BRA",
        "HTI",
        "07",
    ),
    ("The European Union is weighing sanctions against Belarus.", "IGO", "BLR", "01"),
    ("North Korea freed the crew of a South Korean fishing boat.", "PRK", "KOR", "08"),
    ("Iran handed back the captured American sailors.", "IRN", "USA", "08"),
    ("Washington lifted its ban on arms sales to Vietnam.", "USA", "VNM", "08"),
    ("Syria pulled its troops back from the border with Turkey.", "SYR", "TUR", "08"),
    (
        "Iran allowed inspectors from the UN nuclear watchdog into the Fordow plant.",
        "IRN",
        "IGO",
        "08",
    ),
    ("Myanmar allowed UN aid workers into Rakhine state.", "MMR", "IGO", "08"),
    ("Britain returned sovereignty over Hong Kong to China in 1997.", "GBR", "CHN", "08"),
    (
        "The UN began investigating the bombing of a hospital by Saudi-led forces.",
        "IGO",
        "SAU",
        "09",
    ),
    ("UN inspectors resumed inspections in Iran.", "IGO", "IRN", "09"),
    (
        "The OPCW was collecting evidence on the chemical attack on the town of Douma in Syria.",
        "IGO",
        "SYR",
        "09",
    ),
    ("The Venezuelan opposition pressed for Maduro's resignation.", "VEN", "VEN", "10"),
    ("Israel pressed for the release of soldiers held by Hezbollah.", "ISR", "LBN", "10"),
    ("Serbia climbed down over the border row with Croatia.", "SRB", "HRV", "08"),
    ("Erdogan used his speech to attack Israel.", "TUR", "ISR", "11"),
    ("Biden admonished Nicaragua's government.", "USA", "NIC", "11"),
    ("The United States called Russia's actions in Bucha war crimes.", "USA", "RUS", "11"),
    ("Seoul had no doubt that North Korea was behind the cyber attack.", "KOR", "PRK", "11"),
    ("Poland blocked the EU budget deal.", "POL", "IGO", "12"),
    ("Iran's refusal to cooperate with the IAEA angered Washington.", "IRN", "IGO", "12"),
    ("Israel said it would have no choice but to attack Iran.", "ISR", "IRN", "13"),
    ("The EU gave Belarus until Friday to release the journalist.", "IGO", "BLR", "13"),
    ("ECOWAS handed an ultimatum to Niger's junta.", "IGO", "NER", "13"),
    ("China began large-scale military drills around Taiwan.", "CHN", "TWN", "15"),
    (
        "Russia ordered snap combat-readiness drills near the border with Ukraine.",
        "RUS",
        "UKR",
        "15",
    ),
    (
        "China sent coast guard ships into waters near the Senkaku islands claimed by Japan.",
        "CHN",
        "JPN",
        "15",
    ),
    ("Trump took the United States out of the nuclear deal with Iran.", "USA", "IRN", "16"),
    ("Russian hackers attacked Georgian government websites.", "RUS", "GEO", "17"),
    ("Bolivia seized a stake from Spain's Red Electrica.", "BOL", "ESP", "17"),
    ("The arrest of a French journalist by Turkey drew protests.", "TUR", "FRA", "17"),
    ("Gunmen opened fire on the Pakistani prime minister's motorcade.", "---", "PAK", "18"),
    ("Russian tanks pushed deeper into Ukraine.", "RUS", "UKR", "19"),
    ("Erdogan ordered a military offensive against Kurdish militias in Syria.", "TUR", "SYR", "19"),
    ("Syrian troops intensified their siege on Aleppo.", "SYR", "SYR", "19"),
    ("Myanmar's army drove hundreds of thousands of Rohingya into Bangladesh.", "MMR", "MMR", "20"),
    ("Militants hacked to death dozens of villagers in Congo.", "---", "COD", "20"),
    ("Iran was ready to sit down with the United States.", "IRN", "USA", "03"),
    ("Israel and Morocco clinched an agreement on security.", "ISR", "MAR", "05"),
    ("Russian and Turkish troops jointly patrol the zone in Syria.", "RUS", "TUR", "06"),
    ("Belarusian troops joined Russian forces for joint exercises.", "BLR", "RUS", "06"),
    ("Liberia handed former warlord Charles Taylor over to Sierra Leone.", "LBR", "SLE", "06"),
    ("Putin and Xi held a summit in Beijing.", "RUS", "CHN", "04"),
    # batch 2: claims, compound clashes, delisting, sentences, sanctions rounds, appositive visits
    ("Al Shabaab claimed the attack on a Kenyan army base.", "SOM", "KEN", "01"),
    ("Indian and Chinese troops clashed in the Galwan valley.", "IND", "CHN", "19"),
    ("Clashes broke out between Kyrgyz and Tajik border guards.", "KGZ", "TJK", "19"),
    (
        "The United States took North Korea off its list of state sponsors of terrorism.",
        "USA",
        "PRK",
        "08",
    ),
    (
        "A Russian court handed a former U.S. Marine a nine-year prison sentence.",
        "RUS",
        "USA",
        "17",
    ),
    ("The EU agreed a fresh round of sanctions against Iran.", "IGO", "IRN", "16"),
    (
        "Fumio Kishida, on a surprise visit to Kyiv, pledged continued support.",
        "JPN",
        "UKR",
        "04",
    ),
    ("Turkey called the Israeli offensive in Gaza genocide.", "TUR", "ISR", "11"),
    # batch 3: tariffs raised, energy deliveries halted, rescue packages, rights restored
    ("Washington doubled tariffs on Canadian steel.", "USA", "CAN", "16"),
    ("Russia halted gas deliveries to Bulgaria.", "RUS", "BGR", "16"),
    ("The IMF unveiled a rescue package for Sri Lanka.", "IGO", "LKA", "07"),
    ("The Council of Europe reinstated Russia's voting rights.", "IGO", "RUS", "08"),
    ("Indonesia strengthened trade ties with Australia.", "IDN", "AUS", "06"),
    # batch 4: a body's vote to act is the act; an organisation suspending a member state
    ("The Council of Europe voted to censure Azerbaijan.", "IGO", "AZE", "11"),
    ("The U.S. Senate voted unanimously to impose sanctions on Turkey.", "USA", "TUR", "16"),
    (
        "The General Assembly voted overwhelmingly to demand that Israel end its occupation.",
        "IGO",
        "ISR",
        "10",
    ),
    ("The Security Council authorised a stabilisation force for Haiti.", "IGO", "HTI", "07"),
    ("The Irish parliament voted to recognise Palestine.", "IRL", "PSE", "05"),
    ("The African Union voted to suspend Niger.", "IGO", "NER", "16"),
    ("The Human Rights Council voted to investigate Venezuela.", "IGO", "VEN", "09"),
    ("The Arab League suspended Syria's membership.", "IGO", "SYR", "16"),
    # batch 5: noun forms ("X's delivery of ... to Y") and restrictions on a named actor's press
    ("Iran's delivery of drones to Russia drew Western sanctions.", "IRN", "RUS", "07"),
    ("Brussels welcomed Washington's easing of sanctions on Venezuela.", "USA", "VEN", "08"),
    ("Pakistan's handover of the suspected militants to India was unexpected.", "PAK", "IND", "06"),
    ("Israel's withdrawal of troops from Lebanon ended an 18-year occupation.", "ISR", "LBN", "08"),
    ("China imposed new curbs on Hong Kong's media.", "CHN", "HKG", "17"),
    # batch 6: joint patrols near a third actor, forces led into a country, troops leaving territory
    ("Chinese and Russian bombers carried out a joint patrol near Japan.", "CHN", "JPN", "15"),
    ("France led an intervention force into Mali.", "FRA", "MLI", "07"),
    ("Syrian troops withdrew completely from Lebanon's territory.", "SYR", "LBN", "08"),
    # batch 7: treaties extended, membership applied for, granted, backed or blocked
    ("Moscow and Washington extended the arms control treaty for five years.", "RUS", "USA", "05"),
    ("Montenegro became the 29th member of NATO.", "MNE", "IGO", "05"),
    ("Ukraine applied for membership of the European Union.", "UKR", "IGO", "02"),
    ("The EU granted Moldova candidate status.", "IGO", "MDA", "05"),
    ("Hungary ratified Sweden's accession to NATO.", "HUN", "SWE", "05"),
    ("Hungary blocked Ukraine's bid to join the European Union.", "HUN", "UKR", "12"),
    # batch 8: recognition withdrawn; acts done in defiance of a body
    ("The Solomon Islands withdrew its recognition of Taiwan.", "SLB", "TWN", "16"),
    ("Iran expanded uranium enrichment in defiance of the IAEA.", "IRN", "IGO", "12"),
    # batch 9: a consulate ordered closed is a diplomatic step
    ("Washington ordered the closure of China's consulate in Houston.", "USA", "CHN", "16"),
    # batch 10: demands met; accusations labelled (scathingly: disapproval, 11, since session 9,
    # as dev-wire4-005 codes "calling the British accusations groundless")
    ("Kenya's government gave in, meeting the key demands of the opposition.", "KEN", "KEN", "08"),
    (
        "China denied the report, calling the U.S. accusations baseless.",
        "CHN",
        "USA",
        "11",
    ),
]


@pytest.mark.parametrize(("text", "source", "target", "root"), EXPRESSIONS)
def test_expression_codes_its_event(builtin_pipeline, text, source, target, root):
    assert (source, target, root) in keys(builtin_pipeline, text)


def test_person_handed_over_needs_a_person_word(builtin_pipeline):
    # "handed X over to Y" is judicial cooperation only for a person (former, wanted, ...)
    found = keys(builtin_pipeline, "The general handed the city over to the Syrian army.")
    assert not any(root == "06" for _, _, root in found)


def test_joint_exercises_begun_are_not_a_show_of_force(builtin_pipeline):
    found = keys(
        builtin_pipeline,
        "Turkish and Israeli warships began joint search-and-rescue exercises off the Israeli "
        "coast on Wednesday.",
    )
    assert not any(root == "15" for _, _, root in found)


def test_joint_offensive_keeps_the_attack(builtin_pipeline):
    found = keys(
        builtin_pipeline,
        "Kenyan and Somali troops launched a joint offensive against al Shabaab militants.",
    )
    assert any(src == "KEN" and root == "19" for src, _, root in found)


def test_investigated_bombing_of_a_victim_is_not_the_victim_investigated(builtin_pipeline):
    # "investigating the bombing of X": X is the victim, not the one investigated
    found = keys(
        builtin_pipeline,
        "The Argentine judge investigating the bombing of a Jewish centre in Buenos Aires "
        "asked Interpol for help.",
    )
    assert ("ARG", "ARG", "09") not in found


def test_label_on_an_actors_decision_is_not_a_phone_call(builtin_pipeline):
    found = keys(builtin_pipeline, "Obama called Merkel's decision courageous.")
    assert ("USA", "DEU", "04") not in found


def test_leaving_a_union_is_not_a_military_retreat(builtin_pipeline):
    found = keys(builtin_pipeline, "Britain withdrew from the European Union.")
    assert not any(root == "08" for _, _, root in found)


def test_joining_a_government_is_not_joining_an_alliance(builtin_pipeline):
    found = keys(builtin_pipeline, "Nepal's Maoist rebels joined an interim government.")
    assert not any(root == "05" for _, _, root in found)


def test_consulate_closure_is_not_a_blockade(builtin_pipeline):
    found = keys(
        builtin_pipeline, "Washington ordered the closure of China's consulate in Houston."
    )
    assert ("USA", "CHN", "19") not in found


def test_fighting_for_a_cause_names_no_opponent(builtin_pipeline):
    found = keys(
        builtin_pipeline,
        "The Tamil Tigers had fought for more than 25 years for an independent homeland for "
        "the Tamil minority in Sri Lanka.",
    )
    assert not any(root == "19" for _, _, root in found)


def test_meeting_obligations_is_no_meeting(builtin_pipeline):
    found = keys(builtin_pipeline, "Greece met its obligations to the European Union.")
    assert not any(root == "04" for _, _, root in found)


def test_threat_with_no_choice_is_not_an_attack(builtin_pipeline):
    found = keys(builtin_pipeline, "Israel said it would have no choice but to attack Iran.")
    assert ("ISR", "IRN", "19") not in found
