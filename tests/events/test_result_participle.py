"""A de-escalation told as the result of the act before it (", ending the war") is no event of
its own: entente.events.selection._result_participle."""

import datetime as dt

from conftest import coded

DATE = dt.date(2000, 12, 12)


def test_ending_after_a_signing_is_its_result(builtin_pipeline):
    text = (
        "Armenia and Azerbaijan signed a peace deal in Geneva on Monday, formally ending a"
        " three-year border war in which thousands of soldiers died."
    )
    codes = {c for _, _, c in coded(builtin_pipeline, text, DATE)}
    assert "057" in codes
    assert not any(c.startswith("087") for c in codes)


def test_ending_after_an_announced_withdrawal_is_its_result(builtin_pipeline):
    text = (
        "Turkey said it would withdraw its troops from northern Iraq, ending a six-week"
        " offensive against Kurdish rebels."
    )
    assert not any(c.startswith("087") for _, _, c in coded(builtin_pipeline, text, DATE))


def test_ending_as_the_main_verb_is_coded(builtin_pipeline):
    text = "Turkey ended its offensive against Kurdish rebels in Iraq on Tuesday."
    assert any(c.startswith("087") for _, _, c in coded(builtin_pipeline, text, DATE))
