"""Unconventional violence (18x) by who acts: entente.events.irregular."""

import datetime as dt

import pytest

from conftest import coded
from entente.events.irregular import irregular_violence
from entente.model import Actor

HAMAS = Actor("PSEREBHMS", "Hamas", "PSE", ("REB", "HMS"), "group")
ISIS = Actor("IMGMUSISI", "Islamic State", None, ("IMG", "MUS", "ISI"), "group")
UNKNOWN = Actor("---UAF", "gunmen", None, ("UAF",), "agent")
ARMY = Actor("SYRMIL", "Syrian army", "SYR", ("MIL",), "country")
SOLDIERS = Actor("ISRMIL", "Israeli soldiers", "ISR", ("MIL",), "country")
TOWN = Actor("COD", "Congo", "COD", (), "country")
DATE = dt.date(2004, 3, 1)
REPORTER = Actor("JPNMED", "Japanese journalist", "JPN", ("MED",), "country")


@pytest.mark.parametrize(
    ("cameo", "words", "source", "target", "expected"),
    [
        ("190", "A Hamas suicide bomber", HAMAS, SOLDIERS, "1831"),
        ("195", "Two suicide car bombers", HAMAS, SOLDIERS, "1831"),
        ("190", "A car bomber", UNKNOWN, SOLDIERS, "1832"),
        ("190", "Islamic State bombers", ISIS, SOLDIERS, "183"),
        # gunmen's shooting may be either: unchanged
        ("193", "Gunmen", UNKNOWN, SOLDIERS, "193"),
        # seizing people is an abduction; seizing a town, a base or a palace stays 192
        ("192", "Gunmen", UNKNOWN, REPORTER, "181"),
        ("192", "Islamic State militants", ISIS, REPORTER, "181"),
        ("192", "M23 rebels", HAMAS, TOWN, "192"),
        ("192", "Tamil Tiger guerrillas", HAMAS, SOLDIERS, "192"),
        # a state's forces keep military force, whatever their words
        ("190", "army bombers", ARMY, SOLDIERS, "190"),
        ("192", "Syrian troops", ARMY, SOLDIERS, "192"),
        # other acts and plain rebels are unchanged
        ("190", "Hamas fighters", HAMAS, SOLDIERS, "190"),
        ("112", "Gunmen", UNKNOWN, SOLDIERS, "112"),
    ],
)
def test_irregular_violence(cameo, words, source, target, expected):
    assert irregular_violence(cameo, words, source, target) == expected


def test_suicide_bombing_is_coded_as_such_in_a_sentence(builtin_pipeline):
    events = coded(
        builtin_pipeline, "A Hamas suicide bomber killed 20 Israelis in Jerusalem.", DATE
    )
    assert ("PSEREBHMS", "ISR", "1831") in [(s, t, c[:4]) for s, t, c in events]


def test_army_killing_stays_military_force(builtin_pipeline):
    events = coded(builtin_pipeline, "Syrian troops killed 20 rebels near Aleppo.", DATE)
    assert any(c.startswith("19") for _, _, c in events)
