"""Unconventional violence (CAMEO 18x) told apart from military force (19x) by who acts
(internal to :mod:`entente.events`).

A verb does not say which of the two a killing is: "the army killed 20 militants" is military
force (190), "a suicide bomber killed 20 people" a suicide bombing (1831), as the CAMEO codebook
and coders code them. The attacker's own words say it: a bomber, a suicide attacker, a car bomb.
Seizing people (192 for a town) is an abduction (181) when a non-state armed actor takes
journalists, aid workers or civilians. A state's police or army using force against its own
protesters represses them (175): "Kenyan police shot dead five protesters" is 175, not 193;
and protesters who burn property or clash with the police riot (145), a violent protest.
"""

from __future__ import annotations

import re

from entente.model import Actor

__all__ = ["irregular_violence", "repression", "riot"]

#: the codes of military force that an irregular attacker's act replaces
_FORCE = frozenset({"190", "193", "195"})
#: sectors of a state's own armed and governing bodies: their force stays military
_STATE = frozenset({"GOV", "MIL", "COP", "SPY", "JUD", "LEG"})
#: non-state armed sectors whose seizure of people is an abduction (IMG: international
#: militant groups, "IMGMUSISI")
_IRREGULAR = frozenset({"REB", "UAF", "CRM", "IMG"})
#: the attacker's words, most specific first, and the code each makes of military force
_ATTACKERS = (
    (re.compile(r"\bsuicide\b"), "1831"),
    (re.compile(r"\bcar[- ]bomb(?:s|er|ers)?\b"), "1832"),
    (re.compile(r"\bbombers?\b"), "183"),
)
#: attackers whose seizure of people is an abduction though their shooting may be either
#: (gunmen who storm a festival are coded 19 as often as 18)
_ABDUCTORS = re.compile(r"\b(?:gunm[ae]n|kidnappers|hostage[- ]takers)\b")
#: sectors of a seizure's target that are people, not a place: a base or a palace is named by
#: its army or government ("the army's main base", "the presidential palace")
_PEOPLE = frozenset({"CVL", "MED", "REF", "AGR", "LAB", "EDU", "HLH", "BUS", "NGO", "REL", "ELI"})


def irregular_violence(cameo: str, source_words: str, source: Actor, target: Actor | None) -> str:
    """The code of an act of force given its source: military force (190, 193, 195) by a
    bomber, a suicide attacker or a car bomb is unconventional violence (1831, 1832, 183); a
    seizure (192) of people (a person, civilians, journalists …, not a place or its army) by
    such attackers, gunmen, rebels, militias or criminals is an abduction (181). A state's own
    bodies keep military force. source_words (str): the words of the source's mention.
    RETURNS (str): the code, unchanged for any other act or source."""
    if cameo not in _FORCE and cameo != "192":
        return cameo
    if _STATE & set(source.sectors):
        return cameo
    words = source_words.lower()
    attacker = next((code for pattern, code in _ATTACKERS if pattern.search(words)), None)
    if cameo == "192":
        people = target is not None and (
            target.kind == "person" or bool(_PEOPLE & set(target.sectors))
        )
        irregular = (
            attacker is not None
            or _ABDUCTORS.search(words) is not None
            or bool(_IRREGULAR & set(source.sectors))
        )
        return "181" if people and irregular else cameo
    return attacker or cameo


#: force that, done by a state's police or army to its own protesters, is repression (175)
_REPRESSIBLE = frozenset({"180", "182", "1821", "1822", "1823", "190", "193", "195"})
#: sectors of a state's security forces
_SECURITY = frozenset({"COP", "MIL"})
#: the words that name the victims or their gathering as protesters (and, since session 10, the
#: supporters of a leader in the street: "clashed with supporters of Mousavi")
_PROTESTERS = re.compile(
    r"\b(?:protest[eo]rs?|demonstrators?|marchers|supporters"
    r"|protest (?:camps?|marche?s?|rall(?:y|ies))|sit-ins?)\b"
)


def repression(cameo: str, source: Actor, target: Actor | None, object_words: str) -> str:
    """The code of force by a state's police or army against protesters of its own country:
    "Kenyan police shot dead five protesters", "security forces stormed a protest camp in
    Khartoum, killing dozens" are repression (175), as the CAMEO codebook ("used tear gas to
    disperse demonstrators") and the wire coders code a crackdown, however violent. Israeli
    troops firing on Palestinian protesters stay military force (a foreign state's army).
    object_words (str): the words from the act to its target (the victims or the place).
    RETURNS (str): 175, or the code unchanged."""
    if cameo not in _REPRESSIBLE or target is None or not _SECURITY & set(source.sectors):
        return cameo
    country = source.code[:3]
    if country == "---" or target.code[:3] != country:
        return cameo
    return "175" if _PROTESTERS.search(object_words.lower()) else cameo


#: acts of protesters that are a violent protest (145): property destroyed, force
_RIOTING = frozenset({"171", "1711", "1712", "190"})
#: the words that name a source as protesters or a crowd
_CROWD = re.compile(
    r"\b(?:protest[eo]rs?|demonstrators?|rioters?|crowds?|mobs?|youths|supporters)\b"
)
#: sectors of a state's bodies that a crowd's force is a riot against (not a killing of people)
_AUTHORITIES = frozenset({"GOV", "MIL", "COP", "LEG", "JUD"})


def riot(cameo: str, source_words: str, source: Actor, target: Actor | None) -> str:
    """The code of violence by protesters or a crowd: "protesters who torched cars", "Tibetan
    protesters clashed with Chinese police", "angry crowds attacked Japanese shops" are a
    violent protest (145), as the CAMEO codebook ("demonstrators … threw rocks") and the wire
    coders code riots; force (190) only against a state's bodies ("clashed with police",
    "stormed the parliament"), not against people ("a mob beat two soldiers to death", 1823, is
    not changed either). RETURNS (str): 145, or the code unchanged."""
    if cameo not in _RIOTING or _SECURITY & set(source.sectors) or source.code[:3] == "---":
        return cameo  # (a crowd of no known country: the target's country must not fill it)
    if not _CROWD.search(source_words.lower()):
        return cameo
    if cameo == "190" and (target is None or not _AUTHORITIES & set(target.sectors)):
        return cameo
    return "145"
