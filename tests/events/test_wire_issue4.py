"""Wire-copy phrasings and one mechanism for issue #4: offers of forces and of a venue, handovers
of persons (063), opened crossings and joint exercises (061, 062), final withdrawals and eased
closures (0874, 0872), missiles fired into the sea or over a country (150, not 194), exploded
bombs, throat-cutting and captives chained as shields (183, 180, 184), cross-border raids,
dispersals with tear gas, killings by the thousand and expulsions by origin (202, 201), and an
appeal that is the purpose of a trip ("flew to Washington to urge Clinton to ...")."""

import datetime as dt

import pytest

from conftest import coded, country_keys


def code(pipeline, text, date=dt.date(1997, 6, 2)):
    return coded(pipeline, text, date)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # offers
        ("Canada offered on Friday to lead a peacekeeping force in Haiti.", ("CAN", "HTI", "0334")),
        # an offer to host talks between two parties is an intent to mediate (039, session 10)
        ("Norway offered to host talks between Sudan and Chad.", ("NOR", "SDN", "039")),
        ("Norway offered to host talks between Sudan and Chad.", ("NOR", "TCD", "039")),
        # handovers of persons
        (
            "The Croatian government handed over the general to the UN war crimes tribunal.",
            ("HRV", "IGO", "063"),
        ),
        (
            "Peru handed over to Colombia a man wanted for the murder of a senator.",
            ("PER", "COL", "063"),
        ),
        # joint steps
        (
            "Greece and Bulgaria opened a border crossing for trucks and tourists.",
            ("GRC", "BGR", "061"),
        ),
        ("Indian and Russian warships began joint naval exercises.", ("RUS", "IND", "062")),
        # de-escalation
        ("The last Syrian troops left Lebanon on Tuesday.", ("SYR", "LBN", "0874")),
        ("Israel eased its closure of the Gaza Strip on Monday.", ("ISR", "PSE", "0872")),
        # shows of force
        ("China fired missiles into the sea off Taiwan on Friday.", ("CHN", "TWN", "150")),
        ("North Korea fired a ballistic missile over Japan on Monday.", ("PRK", "JPN", "150")),
        # unconventional violence
        ("The Irish Republican Army exploded a bomb in central London.", ("GBR", "GBR", "183")),
        (
            "Gunmen of the Armed Islamic Group cut the throats of nine Italian sailors.",
            ("DZA", "ITA", "180"),
        ),
        ("Serb forces chained UN peacekeepers to bridges.", ("SRB", "IGO", "184")),
        # force
        (
            "Turkish troops crossed into Iraq to attack bases of the Kurdistan Workers Party.",
            ("TUR", "TUR", "190"),
        ),
        (
            "Kenyan police used tear gas and clubs to break up a rally in Nairobi.",
            ("KEN", "KEN", "175"),
        ),
        ("Ethiopia expelled 20,000 people of Eritrean origin.", ("ETH", "ERI", "201")),
    ],
)
def test_wire_phrasings(builtin_pipeline, text, expected):
    assert expected in country_keys(code(builtin_pipeline, text))


def test_handing_over_power_is_not_judicial_cooperation(builtin_pipeline):
    events = country_keys(
        code(builtin_pipeline, "The army handed over control of the city to the police.")
    )
    assert not any(c == "063" for _, _, c in events)


def test_missiles_fired_at_a_country_are_still_an_attack(builtin_pipeline):
    events = country_keys(code(builtin_pipeline, "Iraq fired Scud missiles at Israel on Friday."))
    assert ("IRQ", "ISR", "194") in events


# -- an appeal made on a trip is the trip's purpose, done by the traveller -----------------------
def test_appeal_as_purpose_of_a_trip(builtin_pipeline):
    events = country_keys(
        code(
            builtin_pipeline,
            "The Turkish prime minister flew to Berlin on Monday to urge Chancellor Helmut Kohl "
            "to back Ankara's bid.",
        )
    )
    assert ("TUR", "DEU", "042") in events
    assert any(s == "TUR" and t == "DEU" and c.startswith("02") for s, t, c in events)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Egypt acted as a mediator between Hamas and Fatah.", ("EGY", "PSE", "045")),
        ("Serbia and Croatia initialled a peace agreement in Paris.", ("SRB", "HRV", "057")),
        ("Serbia and Croatia initialled a peace agreement in Paris.", ("HRV", "SRB", "057")),
        (
            "The Angolan army and UNITA rebels signed a ceasefire agreement in Lusaka.",
            ("AGO", "AGO", "057"),
        ),
        (
            # an investigation of abuses (092, session 10)
            "The UN set up a team to investigate abuses by the army in Burundi.",
            ("IGO", "BDI", "092"),
        ),
        (
            "The United Nations sent a general to investigate the Israeli shelling of a UN base.",
            ("IGO", "ISR", "090"),
        ),
    ],
)
def test_mediation_signing_and_investigation(builtin_pipeline, text, expected):
    assert expected in country_keys(code(builtin_pipeline, text))


def test_a_ceasefire_agreed_is_still_0871(builtin_pipeline):
    events = country_keys(
        code(builtin_pipeline, "Russia and Georgia agreed to a ceasefire on Monday.")
    )
    assert ("RUS", "GEO", "0871") in events


def test_lending_suspended_is_reduced_aid(builtin_pipeline):
    events = country_keys(
        code(builtin_pipeline, "The World Bank suspended new lending to Zimbabwe.")
    )
    assert ("IGO", "ZWE", "1621") in events


def test_inquiry_into_an_act_targets_its_agent(builtin_pipeline):
    events = country_keys(
        code(
            builtin_pipeline, "Human Rights Watch opened an inquiry into abuses by Russian troops."
        )
    )
    assert any(s == "NGO" and t == "RUS" and c.startswith("09") for s, t, c in events)


# -- a consequence clause: "…, prompting X to VERB" is X's act, done ------------------------------
def test_prompting_an_actor_to_act_codes_the_act(builtin_pipeline):
    events = country_keys(
        code(
            builtin_pipeline,
            "North Korea fired a missile over Japan, prompting Tokyo to suspend food aid to "
            "Pyongyang.",
        )
    )
    assert ("JPN", "PRK", "1623") in events


def test_urging_an_actor_to_act_is_still_only_an_appeal(builtin_pipeline):
    events = country_keys(
        code(builtin_pipeline, "The United States urged Japan to send aid to Bangladesh.")
    )
    assert not any(c.startswith("07") for _, _, c in events)


# -- peacekeepers arriving: 074 and the host's 0861, not a visit or an invasion ------------------
@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The first Ghanaian peacekeepers arrived in Monrovia on Tuesday.", "GHA", "LBR"),
        ("NATO peacekeeping troops rolled into Kosovo on Saturday.", "IGO", "KSV"),
        (
            # the state's troops serving in the organisation's force act for their state (as the
            # development gold codes "Nigerian troops of the ECOMOG force": NGA, session 7b)
            "French paratroopers of the UN peacekeeping force arrived in Kigali on Friday.",
            "FRA",
            "RWA",
        ),
    ],
)
def test_peacekeepers_arriving(builtin_pipeline, text, source, target):
    events = country_keys(code(builtin_pipeline, text))
    assert (source, target, "074") in events
    assert (target, source, "0861") in events
    assert not any(c in ("042", "192") for _, _, c in events)


def test_troops_arriving_stay_a_visit_or_an_entry(builtin_pipeline):
    events = country_keys(code(builtin_pipeline, "Ghanaian troops arrived in Monrovia on Tuesday."))
    assert not any(c in ("074", "0861") for _, _, c in events)
    events = country_keys(
        code(builtin_pipeline, "Serb forces, who attacked UN peacekeepers, rolled into Gorazde.")
    )
    assert ("SRB", "BIH", "192") in events


# -- "their first meeting since …" is a noun; a mandate or a charge is no act ----------------------
def test_meeting_as_noun_before_since(builtin_pipeline):
    events = country_keys(
        code(
            builtin_pipeline,
            "Greek and Turkish ministers held talks in Athens on Monday, their first meeting since "
            "the failed summit in Ankara.",
        )
    )
    assert not any(t == "TUR" and s == "GRC" and c == "040" for s, t, c in events)
    assert ("GRC", "TUR", "046") in events


@pytest.mark.parametrize(
    "text",
    [
        "The court charged him with attacking Israel.",
        "A UN commission tasked with destroying Iraq's missiles met in New York.",
    ],
)
def test_task_or_charge_is_not_an_act(builtin_pipeline, text):
    events = country_keys(code(builtin_pipeline, text))
    assert not any(c[:2] in ("18", "19") for _, _, c in events)


# -- inverse patterns: the actor after the words does the act -----------------------------------
def test_drawing_protests_from_an_actor_is_its_criticism(builtin_pipeline):
    events = country_keys(
        code(
            builtin_pipeline,
            "India tested a long-range missile on Sunday, drawing sharp criticism from Pakistan.",
        )
    )
    assert ("PAK", "IND", "111") in events
    assert ("IND", "PAK", "111") not in events


def test_inverse_pattern_swaps_source_and_target():
    from entente.events.verbs import compile_pattern

    pattern = compile_pattern("$ drawing .. protests from +", cameo="111", rule="t:1", inverse=True)
    assert pattern.inverse
    assert pattern.passive is None  # an inverse pattern has no passive reading


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Syria was pessimistic about the chances of a deal with Israel, its minister said.",
            ("SYR", "ISR", "012"),
        ),
        (
            "Greece was not optimistic that an agreement with Turkey was near, officials said.",
            ("GRC", "TUR", "012"),
        ),
        (
            "The Irish premier was optimistic that a settlement with Britain could be reached.",
            ("IRL", "GBR", "013"),
        ),
        (
            "The Dutch government is considering a German request for the extradition of a man.",
            ("NLD", "DEU", "014"),
        ),
    ],
)
def test_outlooks_and_requests_considered(builtin_pipeline, text, expected):
    assert expected in country_keys(code(builtin_pipeline, text))


def test_act_under_an_inquiry_noun_is_not_coded(builtin_pipeline):
    events = country_keys(
        code(
            builtin_pipeline,
            "A judge questioned the former minister as part of an investigation into arms sales "
            "to Iran.",
        )
    )
    assert not any(c.startswith("07") or c.startswith("06") for _, _, c in events)


def test_both_sides_reinforcing_a_border(builtin_pipeline):
    events = country_keys(
        code(
            builtin_pipeline, "Ecuador and Peru reinforced their forces along the disputed border."
        )
    )
    assert {("ECU", "PER", "154"), ("PER", "ECU", "154")} <= events


def test_what_an_actor_called_is_no_phone_call(builtin_pipeline):
    events = country_keys(
        code(
            builtin_pipeline,
            "China fired missiles into the sea off Taiwan in what Taipei called an attempt to "
            "intimidate voters.",
        )
    )
    assert not any(c == "041" for _, _, c in events)
    assert ("CHN", "TWN", "150") in events
