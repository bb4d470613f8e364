"""Full CAMEO codes below the root (session 10): where the dyad and the root were already right,
the code under the root was not. Classified over the development sets and fixed where general:

* a meeting by a verb of meeting ("met", "shook hands", "sat down with") at a place of a state
  that is neither side's is a meeting at a third location (044), as the codebook defines it; a
  meeting on the sidelines of a summit held in one side's country is not (040); the residual
  040 of the same pair is dropped beside a 044;
* cruise missiles named in the attacker's words are aerial weapons (195), as the coder already
  read them in the act;
* shooting down an aircraft stays a use of force (190) whatever shoots it down;
* accusations: of aggression with a modifier ("of blatant aggression", "of an act of
  aggression": 1123), of executions, repression and ethnic cleansing (1122), of massacres and
  chemical attacks (1124); an arrest warrant or an indictment on charges of war crimes (1124);
* investigations by their object: a crime (091), killings (092), massacres (094);
* a threat of "a crushing response" is one of force (138); a warning "not to" do something
  names the target's act, no force threatened (130);
* an offer to host talks between two parties is an intent to mediate (039);
* money given or pledged as humanitarian or emergency aid (0333, 0233);
* a proposed constitution rejected is a plan rejected (127);
* "military government" is the government (GOV), not the military.

Each sentence is written for this test in words of our own; each fails with the coder before
this session, and the guards pin the readings it must not take.
"""

import pytest

from conftest import LEXICON_TEST_DATE, coded
from conftest import event_keys as keys


@pytest.mark.parametrize(
    "text",
    [
        "The Indian prime minister met his Pakistani counterpart in Dubai on Friday.",
        "Serbian President Aleksandar Vucic and Kosovo Prime Minister Albin Kurti met at a castle"
        " in Austria on Monday, the first meeting between Serbia and Kosovo in two years.",
    ],
)
def test_meeting_at_a_third_location(builtin_pipeline, text):
    found = keys(builtin_pipeline, text)
    assert {code for _, _, code in found} == {"044"}
    assert len(found) == 2  # both ways


def test_meeting_with_partners_named_before_the_place(builtin_pipeline):
    text = "The U.S. envoy met Armenian and Azerbaijani leaders separately in Vienna on Tuesday."
    assert {("USA", "ARM", "044"), ("USA", "AZE", "044")} <= keys(builtin_pipeline, text)


def test_meeting_in_one_sides_country_is_no_third_location(builtin_pipeline):
    home = "The Indian prime minister met his Pakistani counterpart in Islamabad on Friday."
    assert {code for _, _, code in keys(builtin_pipeline, home)} == {"040"}
    summit = (
        "Chinese President Xi Jinping and Indian Prime Minister Narendra Modi met on the"
        " sidelines of the G20 summit in New Delhi."
    )
    assert {code for _, _, code in keys(builtin_pipeline, summit)} == {"040"}
    # a place in the topic of the meeting is no place of the meeting
    topic = "The British foreign secretary met his French counterpart on the crisis in Sudan."
    assert {code for _, _, code in keys(builtin_pipeline, topic)} == {"040"}


def test_third_location_meeting_is_not_coded_twice(builtin_pipeline):
    text = (
        "U.S. President Joe Biden and Chinese President Xi Jinping shook hands on Monday at a"
        " resort on Bali, in the first meeting between a U.S. president and a Chinese leader"
        " since 2019."
    )
    assert keys(builtin_pipeline, text) == {("USA", "CHN", "044"), ("CHN", "USA", "044")}


def test_cruise_missiles_in_the_attackers_words_are_aerial(builtin_pipeline):
    text = "French cruise missiles struck an air base in Libya on Sunday."
    assert keys(builtin_pipeline, text) == {("FRA", "LBY", "195")}


def test_shooting_down_stays_a_use_of_force(builtin_pipeline):
    text = "Israeli jets shot down a Syrian drone over the Golan Heights."
    assert keys(builtin_pipeline, text) == {("ISR", "SYR", "190")}
    # jets striking a target still use aerial weapons
    strike = "Israeli jets pounded a Hamas base in Gaza."
    assert "195" in {code for _, _, code in keys(builtin_pipeline, strike)}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Armenia accused Azerbaijan on Friday of blatant aggression.", "1123"),
        ("Georgia accused Russia of an act of aggression against its territory.", "1123"),
        (
            "Amnesty International accused the Egyptian police of executing prisoners in Cairo.",
            "1122",
        ),
        ("Rwanda accused Burundian troops of brutally repressing Tutsi villagers.", "1122"),
        (
            "The UN rights chief accused Sudan's army on Tuesday of preparing the ethnic"
            " cleansing of Darfur.",
            "1122",
        ),
        ("Kyiv accused Russian troops of massacring villagers near Kherson.", "1124"),
        (
            "Rebels accused the Syrian army of killing dozens of civilians in a chemical attack"
            " near Homs.",
            "1124",
        ),
    ],
)
def test_accusations_by_what_they_allege(builtin_pipeline, text, code):
    assert {c for _, _, c in keys(builtin_pipeline, text)} == {code}


def test_warrant_on_charges_of_war_crimes(builtin_pipeline):
    text = (
        "The International Criminal Court issued an arrest warrant for the Libyan leader on"
        " charges of crimes against humanity."
    )
    assert {c for _, _, c in keys(builtin_pipeline, text)} == {"1124"}
    # a warrant for another crime is the order to arrest (173, session 11: our wire gold codes
    # an issued arrest warrant so)
    fraud = "A Spanish judge issued an arrest warrant for the Peruvian businessman for fraud."
    assert {c for _, _, c in keys(builtin_pipeline, fraud)} == {"173"}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Dutch prosecutors are investigating the poisoning of an exiled Russian dissident in"
            " Amsterdam.",
            "091",
        ),
        (
            "The Kenyan parliament opened an inquiry into killings of protesters by Kenyan police.",
            "092",
        ),
        (
            "A UN team began investigating reports of massacres by Sudanese militias in Darfur.",
            "094",
        ),
    ],
)
def test_investigations_by_their_object(builtin_pipeline, text, code):
    assert {c for _, _, c in keys(builtin_pipeline, text)} == {code}


def test_threats_of_a_response_and_warnings_not_to(builtin_pipeline):
    response = "Iran warned on Sunday that Israel would face a crushing response if it struck."
    assert keys(builtin_pipeline, response) == {("IRN", "ISR", "138")}
    warning = "China warned Japan on Monday not to play with fire over Taiwan."
    assert keys(builtin_pipeline, warning) == {("CHN", "JPN", "130")}


def test_offer_to_host_talks_between_parties_is_an_intent_to_mediate(builtin_pipeline):
    text = "Qatar offered on Monday to host talks between the Sudanese army and the RSF."
    assert "039" in {c for _, _, c in keys(builtin_pipeline, text)}
    # talks with a partner are the host's own
    own = "Qatar offered on Monday to host talks with the Taliban."
    assert {c for _, _, c in keys(builtin_pipeline, own)} == {"036"}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Japan pledged 20 million dollars in emergency aid to Nepal after the earthquake.",
            "0333",
        ),
        ("Germany will give Jordan 50 million euros in humanitarian aid.", "0333"),
        (
            "Nepal asked the United Nations for 300 million dollars in emergency relief after the"
            " earthquake.",
            "0233",
        ),
    ],
)
def test_humanitarian_money(builtin_pipeline, text, code):
    assert {c for _, _, c in keys(builtin_pipeline, text)} == {code}
    # money of no named kind stays economic aid
    plain = "Japan pledged 20 million dollars in aid to Nepal."
    assert {c for _, _, c in keys(builtin_pipeline, plain)} == {"0331"}


def test_proposed_constitution_rejected_is_a_plan_rejected(builtin_pipeline):
    text = "Irish voters rejected the proposed European constitution in a referendum on Thursday."
    assert {c for _, _, c in keys(builtin_pipeline, text)} == {"127"}


def test_military_government_is_the_government(builtin_pipeline):
    text = "Sudan's military government freed the opposition leader on Monday."
    assert ("SDNGOV", "SDNOPP", "0841") in coded(builtin_pipeline, text, LEXICON_TEST_DATE)
