"""Session 9: the specific code of an appeal, demand, rejection, protest, threat or accusation
from what it is about (:mod:`entente.events.subcodes`). CAMEO splits these roots by their
content ("urged Sudan to allow aid workers in" 0255, "rejected calls for the resignation of"
1231, "blocked roads, demanding independence" 1444, "warned that it would respond militarily"
138, "accused of misusing public funds" 1121); an announced act is a threat or intent of the
act's own subcode ("will impose a curfew" 1323). The sentences are written for these tests."""

from __future__ import annotations

from conftest import event_keys
from entente.pipeline import Pipeline


def _codes(pipeline: Pipeline, text: str) -> set[str]:
    return {c for _, _, c in event_keys(pipeline, text)}


# -- appeals (02x) -------------------------------------------------------------------------------
def test_appeal_to_ease_restrictions_is_easing_administrative_sanctions(
    builtin_pipeline: Pipeline,
) -> None:
    text = "The European Union pressed Belarus on Tuesday to ease restrictions on newspapers."
    assert ("IGO", "BLR", "0251") in event_keys(builtin_pipeline, text)


def test_appeal_to_let_workers_in_is_international_involvement(
    builtin_pipeline: Pipeline,
) -> None:
    assert "0255" in _codes(
        builtin_pipeline, "The Red Cross appealed to Sudan to allow aid workers into Darfur."
    )
    # inspectors let in, too; but peacekeepers sent are a protection
    assert "0255" in _codes(
        builtin_pipeline, "Pakistan urged India to allow United Nations inspectors into Kashmir."
    )
    assert "0234" in _codes(
        builtin_pipeline, "Somalia appealed to Kenya to send peacekeepers to Mogadishu."
    )


def test_appeal_to_share_intelligence(builtin_pipeline: Pipeline) -> None:
    text = "Egypt appealed to Ethiopia to share intelligence on the militants."
    assert ("EGY", "ETH", "0214") in event_keys(builtin_pipeline, text)


# -- demands (10x) -------------------------------------------------------------------------------
def test_demand_to_end_curbs_is_easing_administrative_sanctions(
    builtin_pipeline: Pipeline,
) -> None:
    text = "Amnesty International demanded that Egypt end curbs on the press."
    assert "1051" in _codes(builtin_pipeline, text)


# -- rejections (12x) ----------------------------------------------------------------------------
def test_rejected_calls_take_the_code_of_what_was_called_for(
    builtin_pipeline: Pipeline,
) -> None:
    for text, code in (
        ("Venezuela rejected calls from Washington for the resignation of its president.", "1231"),
        ("Cuba refused a Spanish request for the release of the dissidents.", "1243"),
        ("Ukraine rejected demands to pull back its forces from the front.", "1246"),
        ("Nigeria rejected a British request to extradite the former governor.", "1213"),
    ):
        assert code in _codes(builtin_pipeline, text), text


# -- protests (14x) ------------------------------------------------------------------------------
def test_protest_takes_the_code_of_the_reform_it_is_for(builtin_pipeline: Pipeline) -> None:
    for text, code in (
        ("Kurds in Kirkuk blocked roads, demanding independence from Baghdad.", "1444"),
        ("Prisoners in Ankara went on a hunger strike to demand a new constitution.", "1424"),
        ("Teachers in Lagos went on strike over the education bill.", "1432"),
        (
            "Students in Caracas staged a demonstration to demand the resignation of the minister.",
            "1411",
        ),
    ):
        assert code in _codes(builtin_pipeline, text), text


# -- threats (13x) -------------------------------------------------------------------------------
def test_threat_of_force_is_a_threat_of_military_force(builtin_pipeline: Pipeline) -> None:
    text = "Russia warned Georgia that it would respond militarily to any provocation."
    assert ("RUS", "GEO", "138") in event_keys(builtin_pipeline, text)
    # a supposed attack of the one warned is no threat of force: what follows it is
    text = "Israel warned Hezbollah that any attack would be met with fire."
    assert "138" in _codes(builtin_pipeline, text)
    text = "Iran warned Israel against any attack on its nuclear sites."
    assert _codes(builtin_pipeline, text) == {"130"}


# -- announced acts: intents and threats take the subcode of the act -----------------------------
def test_announced_act_is_a_threat_of_its_own_kind(builtin_pipeline: Pipeline) -> None:
    for text, code in (
        ("The Egyptian government will impose a curfew on Cairo.", "1323"),
        ("Iran warned that it would impose martial law in Tehran.", "1324"),
        ("Zimbabwe will arrest the opposition leader Tsvangirai.", "137"),
        ("The United Nations will withdraw its peacekeepers from Haiti.", "136"),
        ("The Nigerian navy will blockade the port of Lagos.", "1381"),
    ):
        assert code in _codes(builtin_pipeline, text), text


# -- accusations (112x) --------------------------------------------------------------------------
def test_accusation_takes_the_code_of_what_is_alleged(builtin_pipeline: Pipeline) -> None:
    # a list of gerunds is one content; a passive accusation has its content after the verb too
    for text, code in (
        (
            "Human Rights Watch accused Syrian troops of killing, raping and torturing civilians.",
            "1122",
        ),
        ("Peru's president was accused by the opposition of misusing public funds.", "1121"),
    ):
        assert code in _codes(builtin_pipeline, text), text


def test_verb_of_release_withdrawal_and_leaving_office(builtin_pipeline: Pipeline) -> None:
    # "to free" is the verb (not "free trade"), "pull … out" a withdrawal, "step aside" leaving
    for text, code in (
        ("Paris appealed to the rebels to free the kidnapped aid worker.", "0253"),
        ("NATO demanded that Serbia pull its police out of Kosovo.", "1056"),
        ("Britain said the Zimbabwean president must step aside.", "1041"),
    ):
        assert code in _codes(builtin_pipeline, text), text
    assert "0211" not in _codes(
        builtin_pipeline, "Pakistan urged India to impose a trade embargo on Nepal."
    )


def test_announced_halt_of_talks_or_mediation(builtin_pipeline: Pipeline) -> None:
    text = "The African Union said it would suspend its mediation between Sudan and South Sudan."
    assert _codes(builtin_pipeline, text) == {"135"}
    assert _codes(builtin_pipeline, "Ukraine said it would break off talks with Russia.") == {"134"}


def test_quotation_marks_do_not_end_the_content(builtin_pipeline: Pipeline) -> None:
    text = 'North Korea urged the United States to forge "ties of trust" with Pyongyang.'
    assert ("PRK", "USA", "022") in event_keys(builtin_pipeline, text)


def test_kind_of_help_asked_for_and_defeat_conceded(builtin_pipeline: Pipeline) -> None:
    for text, code in (
        ("Jordan is pleading with Kuwait for financial help.", "0231"),
        ("Haiti appealed to Canada for medical help after the hurricane.", "0233"),
        ("Protesters rallied in Minsk to demand that Lukashenko concede defeat.", "1411"),
    ):
        assert code in _codes(builtin_pipeline, text), text


def test_protest_condition_and_demonstration_name_its_demand(builtin_pipeline: Pipeline) -> None:
    for text, code in (
        (
            "The opposition in Zambia will boycott the elections unless President Banda resigns.",
            "1431",
        ),
        (
            "Kurdish youths threw stones at police during demonstrations against the new "
            "constitution.",
            "1454",
        ),
    ):
        assert code in _codes(builtin_pipeline, text), text
