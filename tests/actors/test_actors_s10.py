"""Actor errors fixed in session 10: a capitalised time phrase before a sentence's first comma
("In December,", "Last June,", "On Christmas Day,") is no person named by the actor after it;
"May" after a word of time is the month, not the modal; a pronoun after "X, <appositive>, said"
is the subject X, not an actor named inside the appositive; ships of no named state do not take
the country of the actor that attacks them."""

import pytest

from conftest import event_keys, mention_codes


@pytest.fixture(scope="module")
def resolver(builtin_resolver):
    return builtin_resolver


@pytest.fixture(scope="module")
def pipeline(builtin_pipeline):
    return builtin_pipeline


# -- a time phrase before the first comma ------------------------------------------------------
@pytest.mark.parametrize(
    "opening",
    [
        "In December",
        "Last June",
        "On Monday",
        "Early Tuesday",
        "Last May",
        "In November",
        "On Christmas Day",
        "During Ramadan",
    ],
)
def test_a_time_phrase_before_a_comma_is_no_person(resolver, opening):
    codes = mention_codes(resolver, f"{opening}, Hamas fighters ambushed an Israeli patrol.")
    assert not [surface for surface, _ in codes if surface in opening]
    assert ("Hamas fighters", "PSEREBHMS") in codes
    # (kept: a run of names before an appositive is a person named by the role)
    codes = mention_codes(resolver, "Yousef Hammad, a Hamas official, said Israel must leave.")
    assert ("Yousef Hammad", "PSEREBHMS") in codes


@pytest.mark.parametrize("opening", ["In May", "Last May"])
def test_may_after_a_word_of_time_is_the_month(pipeline, opening):
    # (with a comma, the phrase was hidden inside the wrong mention "In May"; without one, the
    # month read as "Hamas may attack", a threat)
    for text in (f"{opening}, Hamas attacked Israel.", f"{opening} Hamas attacked Israel."):
        assert event_keys(pipeline, text) == {("PSE", "ISR", "190")}
    # (kept: "may" before a verb is the modal)
    assert ("PSE", "ISR", "190") not in event_keys(pipeline, "Hamas may attack Israel.")


# -- a pronoun after an appositive -------------------------------------------------------------
def test_it_after_an_appositive_is_the_subject(resolver):
    text = (
        "Saudi Arabia, Iran's main regional rival, said it supported any agreement that kept "
        "Iran from obtaining nuclear weapons."
    )
    codes = mention_codes(resolver, text)
    assert ("it", "SAU") in codes


def test_it_after_an_appositive_after_a_time_phrase(resolver):
    text = "On Monday, Saudi Arabia, Iran's main regional rival, said it would attack Iran."
    assert ("it", "SAU") in mention_codes(resolver, text)


@pytest.mark.parametrize(
    "text",
    [
        "Erdogan, a longtime rival of Assad, said he would meet Putin.",
        "Turkey's president, a longtime rival of Assad, said he would meet Putin.",
    ],
)
def test_he_after_an_appositive_is_the_subject(resolver, text):
    he = dict(mention_codes(resolver, text))["he"]
    assert he.startswith("TUR")
    # (kept: "he" cannot be Merkel, so the man named in the appositive stays its antecedent)
    text = "Merkel, an ally of Obama, said he would visit Moscow."
    assert dict(mention_codes(resolver, text))["he"].startswith("USA")


# -- ships of no named state -------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Yemen's Houthi movement began attacking merchant ships in the Red Sea.",
        "Houthi rebels attacked merchant vessels in the Red Sea.",
    ],
)
def test_merchant_ships_do_not_take_the_attackers_country(pipeline, text):
    assert event_keys(pipeline, text) == {("YEM", "---", "190")}
