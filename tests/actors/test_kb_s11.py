"""Knowledge-base entries added in session 11 from the lead's hand-read sample (seed 20): a
group whose name holds a place name. The sentences are written for these tests."""

from __future__ import annotations

import datetime as dt

from conftest import mention_code
from entente.actors.resolve import ActorResolver


def test_khorasan_group_is_al_qaeda_not_iran(builtin_resolver: ActorResolver) -> None:
    text = "American jets bombed the Khorasan Group near Idlib, a Pentagon spokesman said."
    code = mention_code(builtin_resolver, text, "Khorasan Group", dt.date(2014, 9, 24))
    assert code == "IMGMUSALQ"


def test_the_province_of_khorasan_stays_iranian(builtin_resolver: ActorResolver) -> None:
    text = "Floods hit villages in Khorasan on Monday, Iranian media said."
    assert mention_code(builtin_resolver, text, "Khorasan", dt.date(2014, 9, 24)) == "IRN"
