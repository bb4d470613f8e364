"""The pattern coder: who did what to whom in each sentence.

For each sentence the coder builds a coding string (tokens, actor mentions as ``@N``), tries the
dictionary patterns whose anchor words occur, keeps the best non-overlapping matches and fills the
source and target:

* source left of the verb: the nearest actor, skipping a comma-parenthetical (appositive or
  relative clause: "Haniyeh, who heads the bureau, met …"); a verb coordinated with an earlier one
  ("met A and praised B", "condemned an attack by A and promised aid to B") or a gerund after a
  subordinator ("after leaving B") shares that verb's subject; an unresolved "he"/"they" is the
  subject; "Supporters of Hamas" names its subject; the search does not cross "after
  protesters stormed…"; "we" in an attributed quotation is its speaker; only the pattern's verb
  is checked for a noun reading ("the visit", "a show of support", "an emergency meeting in",
  "the occupied West Bank");
* target right of the pattern: the first actor within a few tokens, before any clause break
  (a comma between two modifiers, "complete, full ties", is none; nor "as" right after the
  verb); a pronoun for the source itself is passed over; a purpose clause ("send material to
  help defend X") does not cut it off;
* passive voice ("was criticized by Y", "was urged by Y to release", "was accused of … by Y"):
  source and target swap;
* acts in the content of a demand, threat or accusation, or in the object or reason of a
  disapproval, investigation or protest ("criticized Iran for arming the Houthis") are not
  facts; a victim's report of violence ("Israel said Hamas kidnapped…") or a trailing "…, X
  alleged" is also an accusation (112);
* compounds ("Hamas and Islamic Jihad", "neither A nor B", "A and the evil awful B", "clerics and
  lawmakers"): one event per dyad; symmetric acts both ways, ``[c1:c2]`` patterns c2 back; a role
  noun is shared ("the ambassadors of A, B and C", "Danish Islamist media and government",
  "lawmakers and officials in A and B": one mention, an actor per place); an actor phrase
  left as two adjacent mentions with nested codes (BREGOV, BRE) is one actor;
* negation ("did not", "didn't", "denied …ing") drops the event or codes its opposite;
  hypotheticals ("if …", "would", "could") and bare infinitives ("plans to attack") are not coded
  as facts, announced acts ("will visit", "agreed to visit") are intents and a hostile act under
  a modal ("would blockade") a threat, a decision taken ("decided to allow") is the act — see the
  ``PatternCoder`` options for PETRARCH's semantics;
* a full date stated in the sentence ("on Feb. 10, 2012") and earlier than the article dates the
  event; a year or month stated for the event's own clause ("routed Fatah forces in Gaza in
  2007", "in March 2011", "last year") dates it to the year or month (``date_precision``), a
  named period ("during the Iran-Iraq war") to its month, year or span (``date_end``), see
  :mod:`~entente.events.dates`;
* a role noun of no country takes a country from the other side of a domestic act: the target of
  a state's actor ("Cuba freed political prisoners": CUBCVL), the source of a protest against a
  government or of a state body's investigation, concession or coercion ("a judge opened
  investigations against Chilean officials": CHLJUD); ethnic and religious groups keep their
  codes;
* a gerund right after the object noun is a reduced relative ("boycotted the parade supporting
  X": no act of its own, the object runs on to X); a role noun opening a clause after a comma
  (", a senior official said") is that clause's subject; without ``require_dyad``, an act with no
  target in an adverbial clause of a coded act ("… after crowds burned its embassy") is
  background, not coded;
* a past participle between a noun and "by" + an actor is a reduced passive relative, not its
  clause's verb: after a noun of a process between parties ("a ceasefire brokered by Egypt",
  "talks mediated by Poland") the agent acts on the parties, the subject of the clause; after
  any other noun it is not coded;
* a joint act written without a target and coordinated after a meeting ("met A in Lisbon and
  agreed to cooperate") is done with the one met; an act said "in a telephone call" is also a
  telephone contact between its source and target (041, both ways);
* a participle clause counting the victims of a coded violent act (", killing dozens of
  civilians") is part of that act when the victims are role nouns of no country, not a second
  act;
* an actor inside a participle phrase that modifies the subject ("rebels backed by Rwanda
  captured …", "Turkish troops fighting Kurdish militants captured …") or inside "between A and
  B" before a verb is not its subject; a bare participle coordinated after a passive ("was
  captured … and flown to X") shares no actor of the main clause; "at least" after a verb opens
  its object, not a place; an appositive naming the holder of a place taken ("overran Camp X,
  the main stronghold of Y") gives the target; a relative clause without "that" ("the prisoners
  it had promised to release under its deal with Y") ends the object;
* a participle of speech after a trailing attribution (", Yemeni officials said, accusing Riyadh
  of …") is the speaker's act; a comment or praise coordinated after a contact ("phoned X and
  offered condolences") is addressed to the one contacted; "in a 90-minute telephone call"
  (a modifier before the noun) is a telephone contact too; a role noun of no country acted on
  by a group of one country ("ZANU-PF supporters beat up opposition activists") is of that
  country;
* the infinitive after "the first <actor> to" ("became the first country to recognise X") is an
  act done, not an intention; a resignation after or amid popular protests accedes to the
  leader's own people (0831 to its civilians); a participle clause telling what an attack hit
  in the country it hit (", striking Tel Aviv", ", killing three Chinese journalists") is that
  attack, not a second one; so is the noun of an attack that is the subject of a violent verb
  ("a US strike at Baghdad airport killed Soleimani": the airport is where it struck);
  protesters at a state's post abroad ("outside the Chinese consulate in Toronto") are of the
  land it stands in, and "its embassy in Tehran" is the embassy of the actor named before of
  another country than the host (a state has no embassy in its own capital);
* troops of a state serving in an organisation's force ("Ghanaian troops of the ECOMOG force")
  act for their state; an act named as the reason of the clause's act ("in retaliation for X's
  visit") is background; ", calling it …" and ", the first Israeli strike on …" restate the act
  just coded; "days of fighting" is a noun; an order to one's own forces is no event between
  actors; adjectives of rank and order ("first", "official") stay modifiers even where a pattern
  names them;
* a disapproval, rejection or threat without a target whose object names an earlier act again
  ("Putin signed a treaty …, as Ukraine's president denounced the move") is aimed at that act's
  source; the actor of a consequence clause may follow an article (", prompting the South Korean
  delegation to walk out of talks": a fact, aimed at the one whose act prompted it);
* session 10: a present participle after a noun phrase of no actor describes that noun ("the
  coalition fighting the Houthis": no actor named before it fights); the act charged ("charged
  two men with plotting to kill …") is the charged one's, alleged; a place of a side's own
  country after "in" is where a truce was announced, not the other side; talks sought ("a road
  map for peace talks between A and B") are not held; a coordinated verb's subject may stand
  far back ("described … as a stab in the back by accomplices of terrorists and warned");
* session 11, attachment round: "drone attacks claimed by X" is a noun with its author, not a
  verb whose object is X; an appositive verdict ("…, a move X condemned as") judges the doer
  of the act told before it, not that act's victims; an investigation into an act on persons
  "under"/"by" an agent is aimed at the agent; a speaker inside a relative clause ("a strike
  that officials said had killed") is not its verb's subject; "broke up a Hamas cell and
  arrested …" shares the first verb's subject, not its object; a truce of two opposing sides
  "in the war over" a place is between them; a show of force over a place "aimed at X"
  targets X.

The rules live in modules of their own; this one keeps the ``PatternCoder`` API:
:mod:`~entente.events.units` (the coding string), :mod:`~entente.events.roles` (subject, object,
compounds), :mod:`~entente.events.mood` (negation, announcement, hypotheticals, refusals),
:mod:`~entente.events.selection` (choosing hits, reported content, shared subjects, dyads),
:mod:`~entente.events.building` (event facts, full dates), :mod:`~entente.events.dates` (a
year, month or named period stated for an event's clause, ``date_precision``),
:mod:`~entente.events.response`
(acts aimed at an earlier clause's actor) and :mod:`~entente.events.lexicon` (word lists).
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import re
from collections.abc import Callable, Mapping
from typing import Any

from entente.actors.petrarch import has_discard
from entente.events import ontology
from entente.events.battles import _capture_fights
from entente.events.building import (
    _background,
    _code_facts,
    _distinct,
    _drop_headline_repeats,
    _same,
    _via_confidence,
)
from entente.events.dates import SentenceDates, sentence_dates
from entente.events.demands import (
    _infinitive_contents,
    _refined,
    _reported_demands,
    _threat_contents,
)
from entente.events.irregular import irregular_violence, repression, riot
from entente.events.lexicon import (
    _ALLEGING,
    _ARRIVING,
    _AUXILIARIES,
    _BE_FORMS,
    _CLAUSE_BREAK,
    _DETERMINERS,
    _DISSENT,
    _LOCATIVE,
    _MODALS,
    _NOT_MODIFIERS,
    _NOUN_SUBJECT_WINDOW,
    _PEACEKEEPERS,
    _QUOTING,
    _SAYING,
    _STATE_SECTORS,
    _SUBJECT_WINDOW,
    _TIME_PHRASE,
    _VIOLENT_ROOTS,
    _YIELDING_OPENERS,
)
from entente.events.mediation import (
    TRUCE_NOUNS,
    _brokered_truces,
    _compound_mediations,
    _compound_words,
    _mediators_last,
)
from entente.events.mood import (
    _declared,
    _future,
    _hostile,
    _hypothetical,
    _negated,
    _penalty_decided,
    _refusal,
    _refused,
    _reported_would,
    intent_code,
    refusal_code,
)
from entente.events.patients import (
    AGENT_WORDS,
    AIMED_WORDS,
    AMONG_WORDS,
    HOSTAGE_WORDS,
    _aimed_postures,
    _conjoined_places,
    _dispersed_protesters,
    _investigated_agents,
    _named_among,
    _seized_for_hostages,
)
from entente.events.response import (
    DENYING,
    ISSUED_NOUNS,
    VOWING,
    _act_named_again,
    _denials,
    _rejected_issues,
    _vengeance,
)
from entente.events.roles import (
    _IRREGULAR_PAST,
    _POSTS_ABROAD,
    _VERB_PARTICLES,
    _abstract_patient,
    _adverbial_gerund,
    _after_be,
    _bound_quantifier,
    _compound,
    _coordinated,
    _ends_with_verb,
    _ends_with_verb_phrase,
    _noun_reading,
    _number,
    _object,
    _participle_clause,
    _partner_act,
    _passive_conjunct,
    _past_participle,
    _place,
    _present_participle,
    _subject,
    _subject_place,
    aside_act,
)
from entente.events.selection import (
    _ACCUSABLE,
    _DENIABLE,
    _REASON_WORDS,
    JUDGED_MOVES,
    _best,
    _dyads,
    _judged_movers,
    _leading_attribution,
    _participle_clause_subject,
    _past,
    _purpose_protests,
    _reason_act,
    _restated_acts,
    _restated_comments,
    _trailing_attribution,
    _victim,
)
from entente.events.sports import is_sports
from entente.events.subcodes import (
    WEAPON_CODES,
    content_subcodes,
    is_meeting,
    meeting_place,
    third_location,
    weapon_subcodes,
)
from entente.events.units import (
    _codes,
    _coding_string,
    _Hit,
    _Unit,
    _unit_at,
    _units,
    _unknown,
    _verb_of,
)
from entente.events.verbs import Pattern, VerbDictionary, compile_pattern
from entente.model import Actor, Article, Event, Mention, Sentence
from entente.text.tokenize import tokenize

__all__ = ["PatternCoder"]

#: roots (and codes) whose patterns without a target still have one: the government of the place
#: or of the actor's own country (protests, and protests called off: 082 easing dissent)
_IMPLICIT_TARGET_ROOTS = frozenset({"14", "082"})
#: words that adjoin a noun phrase of an act to the clause before it ("after talks with Z")
_ADJUNCT_OPENERS = frozenset({"after", "during", "following", "at"})
#: codes of restrictions a state imposes on its own country when no target is named: curfews,
#: states of emergency and martial law
_OWN_LAND_CODES = frozenset({"1723", "1724"})
#: codes whose target-less acts, done by a compound subject, are done by each member toward the
#: others: "the government and the rebels declared a ceasefire" (both ways)
_JOINT_UNTARGETED = ("03", "04", "05", "06", "08")

#: roots of acts done inside one country: protests against its government, and a state's
#: concessions (08), investigations (09) and coercion (17) of its own people
_DOMESTIC_ROOTS = ("08", "09", "14", "17")
#: kinds of source actor whose country a target role noun of no country takes: a state's
#: actor, or a group (party, armed movement) of one country
_DOMESTIC_SOURCE_KINDS = frozenset({"country", "group"})
#: the armed sectors of a state, which do not use force (:data:`_VIOLENT_ROOTS`) on the same
#: body of their own state (session 11)
_ARMED_STATE_SECTORS = frozenset({"MIL", "COP", "SPY"})
#: codes of acts only done between states (ties cut, envoys expelled, sanctions), whose target
#: role noun of no country is never the source's own (session 11)
_INTERSTATE_CODES = frozenset({"161", "163"})
#: the sectors of armed groups outside a state's forces, whose victims named by no state are of
#: the land they strike (:func:`_scene_of_attack`, session 11; so are an international armed
#: group's, IMG)
_ARMED_GROUP_SECTORS = frozenset({"REB", "UAF"})
#: kinds of target actor whose country an unnamed state body acting on it belongs to
_DOMESTIC_KINDS = frozenset({"country", "agent", "person"})

#: how a mention names an actor already named: "it", "the country"
_ANAPHORS = frozenset({"pronoun", "description"})


def _clause_after(units: list[_Unit], k: int) -> bool:
    """True when a modal or an auxiliary follows the actor in a noun pattern's slot ("the army
    might launch operations against"): the actor is a clause's subject, not a modifier."""
    return any(
        u.mention is None and (u.norm in _MODALS or u.norm in _AUXILIARIES)
        for u in units[k : k + 2]
    )


_POSSESSIVES = frozenset({"its", "their", "his", "her", "our"})
_ARTICLES = frozenset({"a", "an", "the"})


def _governing_verb(units: list[_Unit], first: int) -> int | None:
    """The infinitive or modal verb whose object a noun pattern is ("ready to host a meeting
    between A and B", "would welcome talks between A and B"); None when the noun has no such
    verb before it."""
    k = first - 1
    if k >= 0 and units[k].norm in _ARTICLES:
        k -= 1
    if k < 1 or units[k].mention is not None or not units[k].norm.isalpha():
        return None
    if units[k - 1].norm == "to" or units[k - 1].norm in _MODALS:
        return k
    return None


def _sought_process(units: list[_Unit], first: int) -> bool:
    """True when a noun pattern ("talks between A and B") is the object of "for" after a noun
    or verb of a plan or a demand: "endorsing a road map for peace talks between the Syrian
    government and the opposition", "paved the way for direct talks between …", "a push for
    talks": the talks are sought, not held (session 10). "arrived in Geneva for talks between
    …" (a trip's purpose) stays."""
    k = first - 1
    while (
        k >= 0
        and first - k <= 3
        and units[k].mention is None
        and units[k].norm.isalpha()
        and units[k].norm not in _NOT_MODIFIERS
    ):
        k -= 1  # "for direct peace talks"
    if k >= 0 and units[k].norm in _ARTICLES:
        k -= 1
    return k >= 1 and units[k].norm == "for" and units[k - 1].norm in _SEEKING


#: nouns and verbs of a plan or a demand whose "for" names something sought ("a road map for
#: talks", "paved the way for talks", "pressed for talks")
_SEEKING = frozenset(
    "map roadmap plan plans framework blueprint proposal proposals call calls called calling "
    "push pushed pushing pressed pressing appeal appeals appealed pressure way stage groundwork "
    "basis timetable conditions preparations prospects hopes hope efforts".split()
)


#: roots of spoken acts that a telephone call may carry (comments, appeals, intents, meetings,
#: cooperation, demands, disapproval, rejections, threats)
_SPOKEN_ROOTS = frozenset({"01", "02", "03", "04", "05", "10", "11", "12", "13"})
_CALL_WORDS = frozenset({"call", "conversation", "talk", "calls", "conversations"})
_PHONES = frozenset({"telephone", "phone"})


def _phone_call(units: list[_Unit], start: int, end: int) -> tuple[int, int] | None:
    """The units of "in a telephone call" ("during a phone conversation", "in a 90-minute
    telephone call": one modifier may precede the noun) between ``start`` and ``end`` (before a
    clause break): its first ("in", "during") and last ("call"); None when there is none."""
    for k in range(start, min(end, len(units) - 3, start + 14)):
        unit = units[k]
        if unit.norm in (";", ":") or unit.norm in _CLAUSE_STARTS:
            return None
        if unit.norm in ("in", "during") and units[k + 1].norm in ("a", "an", "the"):
            phone = k + 2 if units[k + 2].norm in _PHONES else k + 3
            if phone == k + 3 and not _call_modifier(units[k + 2]):
                continue
            if (
                phone + 1 < len(units)
                and units[phone].norm in _PHONES
                and units[phone + 1].norm in _CALL_WORDS
            ):
                return k, phone + 1
    return None


#: words that may stand between a verb and its object mention ("called his counterpart")
_OBJECT_DETERMINERS = frozenset({"the", "his", "her", "its", "their", "a", "an", "both"})
#: every word that makes the word after it a noun ("denied the report")
_NOUN_DETERMINERS = _OBJECT_DETERMINERS | _DETERMINERS


#: roots of talk (statements, consultations, disapproval), whose press of no state is an audience
_AUDIENCE_ROOTS = frozenset({"01", "04", "11"})


def _press_of_no_state(actor: Actor | None) -> bool:
    """True for reporters, journalists or media of no known state ("---MED")."""
    return actor is not None and actor.code.startswith("---") and "MED" in actor.sectors


def _adjacent_object(units: list[_Unit], last: int, found: list[int]) -> bool:
    """True when the object found for an ``adjacent`` pattern
    (:class:`~entente.events.verbs.Pattern`) stands right after its last word: a determiner or
    possessive and up to two modifiers of a title may come first ("called Erdogan", "called his
    Turkish counterpart", "called newly elected President Emmanuel Macron"), or "each other"
    for the members of a compound subject when nothing is predicated of them ("accused each
    other of …", not "called each other liars"); False when none was found or another word
    comes first ("called the killing a provocation … between Russia and Turkey", "the mission,
    called Operation …")."""
    k = last + 1
    if tuple(u.norm for u in units[k : k + 2]) in _RECIPROCALS:
        after = units[k + 2].norm if k + 2 < len(units) else "."
        return after in _AFTER_RECIPROCAL
    if k < len(units) and units[k].mention is None and units[k].norm in _OBJECT_DETERMINERS:
        k += 1
    for _ in range(2):  # "newly elected", "outgoing"
        if k < len(units) and units[k].mention is None and _title_modifier(units[k].norm):
            k += 1
    if k >= len(units):
        return False
    unit = units[k]
    if not ((unit.mention is not None and unit.mention in found) or unit.weak in found):
        return False
    # "called Trump and Macron criminals", "called it stillborn": a word said of the object
    # after it makes a label, not a telephone call ("called Erdogan on Tuesday")
    n = len(units)

    def member(j: int) -> bool:
        return j < n and (units[j].mention in found or (units[j].weak or -1) in found)

    while k < n and (member(k) or (units[k].norm in (",", "and") and member(k + 1))):
        k += 1
    if k >= n:
        return True
    nxt = units[k]
    if nxt.mention is not None or nxt.weak is not None:
        return not nxt.code.startswith("---")  # "called them terrorists": a role noun
    # "received Russian S-300 missiles", "called Erdogan's decision …": a word or a possessive
    # after it makes the actor a modifier of the object (session 9); punctuation ends it, and
    # so does a possessive inside the mention ("accused Israel's Mossad secret service")
    if nxt.norm in ("'s", "'"):
        return k + 1 < n and units[k + 1].tail is not None
    # (any token without a letter ends it: "…", "’", "[", "10", as before session 9)
    return nxt.norm in _AFTER_CALLED or not any(c.isalpha() for c in nxt.norm)


#: words after "each other" that leave it the object ("accused each other of", "… on Monday")
_AFTER_RECIPROCAL = frozenset(
    {"of", "on", "for", "over", "in", "at", "after", "during", "before", "by", "and", ",", "."}
)
#: words that may follow the one called ("called Erdogan on Tuesday", "… late on Monday")
_AFTER_CALLED = frozenset(
    """on in at to for from after before during late early last this next twice again
    yesterday today tonight and but while as amid over about shortly briefly separately""".split()
)
#: modifiers of an office-holder's title ("outgoing President Obama", "newly elected")
_TITLE_MODIFIERS = frozenset(
    "outgoing incoming new former visiting acting interim caretaker embattled".split()
)


def _title_modifier(word: str) -> bool:
    """True for a word that may stand before a title: "outgoing", "newly", "elected"."""
    return word in _TITLE_MODIFIERS or (word.isalpha() and word.endswith(("ly", "ed")))


#: what a festive or mourning crowd gathers for ("rallied … to mark the anniversary")
_FESTIVE_AIMS = frozenset(
    """mark celebrate commemorate honour honor mourn welcome greet cheer marking celebrating
    commemorating mourning welcoming greeting cheering""".split()
)


def _festive(units: list[_Unit], hit: _Hit) -> bool:
    """True when a rally or march without a target is held to celebrate, mark, mourn or welcome
    ("Tens of thousands of Hamas supporters rallied in Gaza City to mark the movement's
    anniversary", "marched through Kathmandu to celebrate the king's return"): a gathering, not
    a protest aimed at the government of the place (session 9). Its purpose follows within a
    few words of the act."""
    end = min(len(units), hit.last + 9)
    for k in range(hit.last + 1, end):
        norm = units[k].norm
        if norm in _FESTIVE_AIMS and (norm.endswith("ing") or units[k - 1].norm == "to"):
            return True
        if norm in (";", ":", "but", "against", "demanding", "calling"):
            return False
    return False


def _in_protest(units: list[_Unit], hit: _Hit) -> bool:
    """True for "in protest" with nothing protested against named: the reason of another act
    ("Egypt recalled its ambassador from Israel in protest", "workers stayed off the job in
    protest"), whose own event says what was done; no protest of its own is aimed at the
    actor's government. ("in protest against the plans of X" names its target and stays.)"""
    verb = hit.verb if hit.verb is not None else hit.first
    after = units[verb + 1].norm if verb + 1 < len(units) else "."
    return (
        verb > 0
        and units[verb - 1].norm == "in"
        and units[verb].norm == "protest"
        and after not in _PROTESTED  # "in protest at the plans of …" says what is protested
    )


#: words after "in protest" that name what is protested
_PROTESTED = frozenset({"at", "against", "over", "of", "to", "after", "following"})


#: verbs whose subject tells of an act named by a noun without doing it ("activists report
#: heavy shelling of Homs", "residents described heavy shelling")
_TELLING = frozenset(
    "report reports reported describe describes described document documents documented "
    "witness witnesses witnessed recount recounts recounted".split()
)


def _witnessed(units: list[_Unit], first: int, found: list[int]) -> bool:
    """True when a verb of telling (:data:`_TELLING`) stands between the subject found for a
    noun pattern and the noun: the subject reports the act ("activists report heavy shelling
    of Homs"), the act's own actor is not named there."""
    for k in range(first - 1, -1, -1):
        unit = units[k]
        if unit.mention in found or unit.weak in found or unit.norm in (",", ";", ":"):
            return False  # (", calling the U.S. accusations baseless": the main subject's)
        if (
            unit.mention is None
            and unit.norm in _TELLING
            and (k == 0 or units[k - 1].norm not in _NOUN_DETERMINERS)
        ):
            return True  # (not "denied the report": a noun)
    return False


#: verbs whose object is charged with an act told after "of" ("accused X of supporting Y")
_CHARGING = frozenset(
    "accuse accuses accused accusing suspect suspects suspected suspecting".split()
)


def _alleged_content(units: list[_Unit], verb: int) -> bool:
    """True for a gerund after "accused <noun phrase> of" with no actor in the noun phrase
    ("accused the emirate of supporting Hamas"): the act is alleged of the one accused, whom no
    known actor names; neither the accuser's act nor a fact. (With an actor there, "accused
    Qatar of supporting …", the accusation's own patterns code it.) So is the act of a charge
    or a conviction (session 10): "charged two men with plotting to kill Saudi Arabia's
    ambassador", "convicted three men of planning attacks on": the men's act, alleged."""
    if verb < 3 or not units[verb].norm.endswith("ing"):
        return False
    charging = _CHARGING_WITH.get(units[verb - 1].norm)
    if charging is None:
        return False
    if units[verb - 2].norm in charging:
        # "Russia was accused of bombing": no noun phrase, the subject is accused; but an
        # active form right before "of" has lost its object to a relative pronoun before it:
        # "Iran, which Gulf states accuse of arming the Houthis" (session 11), alleged too
        return _relative_charge(units, verb - 2)
    for k in range(verb - 3, max(verb - 7, -1), -1):
        unit = units[k]
        if unit.weak is not None or (unit.mention is not None and unit.code.startswith("---")):
            continue  # "accused pro-Russian separatists of shooting down …": of no country (s9)
        if unit.mention is not None or unit.weak is not None:
            return False
        if unit.norm in charging:
            return True
        if unit.norm in (",", ";", ":"):
            return False
    return False


#: present forms of a verb of charging, never passive ("which Gulf states accuse of")
_ACTIVE_CHARGING = frozenset("accuse accuses suspect suspects".split())
#: relative pronouns whose clause's verb may have lost its object to them
_RELATIVE_OBJECTS = frozenset({"which", "whom", "that"})


def _relative_charge(units: list[_Unit], charge: int) -> bool:
    """True for a verb of charging with no object before "of" in a relative clause whose
    pronoun is that object: "Iran, which Gulf states accuse of arming the Houthis", "a group
    that Washington accused of plotting attacks" (session 11). A present form is never
    passive; a past form is when a form of "be" stands before it ("which was accused of")."""
    if charge > 0 and units[charge - 1].norm in _BE_FORMS:
        return False
    for k in range(charge - 1, max(charge - 6, -1), -1):
        norm = units[k].norm
        if norm in _RELATIVE_OBJECTS:
            # the accuser stands between the pronoun and the verb
            return k < charge - 1
        if norm in (",", ";", ":", ".") or norm in _BE_FORMS:
            return units[charge].norm in _ACTIVE_CHARGING and norm != ","
    return False


#: verbs of a charge or a verdict whose "with" names the act charged ("charged two men with
#: plotting", "convicted them of spying", "found the men guilty of")
_CHARGED = frozenset("charge charges charged charging".split())
_CONVICTING = frozenset("convict convicts convicted convicting acquitted guilty".split())
#: the preposition of the act alleged -> the verbs before whose object it stands
_CHARGING_WITH = {"of": _CHARGING | _CONVICTING, "with": _CHARGED}


def _call_modifier(unit: _Unit) -> bool:
    """True for a word that may modify "telephone call" ("90-minute", "lengthy", "late-night")."""
    return unit.mention is None and unit.weak is None and unit.norm.replace("-", "").isalnum()


#: words that open a clause of its own: a telephone call after them is not the act's
_CLAUSE_STARTS = frozenset({"after", "before", "while", "when", "because", "since", "as", "but"})


#: verbs of what an attack does to its targets ("…, striking Tel Aviv", "…, killing three
#: soldiers"): their participle clause after an attack tells that attack's harm
_HARMING = frozenset({"kill", "wound", "injure", "strike", "hit", "destroy", "damage"})


def _casualty_clause(units: list[_Unit], mentions: list[Mention], hit: _Hit, main: _Hit) -> bool:
    """True for a participle clause that counts the victims of a coded act ("Jets pounded
    Aleppo, killing dozens of civilians"; "…exchanged fire, killing four civilians") when
    the victims are role nouns of no country: the casualties are part of the act before, not
    a second act (and no country could be given to them but the attacker's own). So it is when
    the act before is violent too and the clause names what it hit in the same country ("fired
    missiles at Israel, striking Tel Aviv and Haifa"; "NATO missiles hit China's embassy,
    killing three Chinese journalists"): one attack, told twice. A clause of another act
    ("pushed into the north, seizing the town of Arbil") or one that names a person ("…,
    wounding President Kumaratunga") is an act of its own."""
    if hit.passive or not hit.targets or not hit.pattern.cameo.startswith(_VIOLENT_ROOTS):
        return False
    if not _participle_clause(units, _verb_of(hit)):
        return False
    hit_before: set[str] = set()
    if (
        not main.passive
        and main.pattern.cameo.startswith(_VIOLENT_ROOTS)
        and _pattern_lemmas(hit.pattern.text) & _HARMING
    ):
        hit_before = {c for t in main.targets if (c := mentions[t].actor.country)}
    return all(
        mentions[t].actor.code.startswith("---")
        or (mentions[t].actor.country in hit_before and mentions[t].actor.kind != "person")
        for t in hit.targets
    )


#: nouns of a process between parties that a third party brokers, mediates or sponsors
_MEDIATED = frozenset(
    [
        "talks",
        "negotiations",
        "ceasefire",
        "cease-fire",
        "truce",
        "deal",
        "agreement",
        "accord",
        "dialogue",
        "settlement",
        "process",
        "plan",
    ]
)
_PERFECT = frozenset(["has", "have", "had", "having"])


def _reduced_passive(units: list[_Unit], verb: int, pattern: Pattern) -> int | None:
    """The unit of the agent when the pattern's verb is a past participle right after a noun and
    before "by" + an actor ("a ceasefire brokered by Egypt", "civilians killed by soldiers"): a
    reduced relative clause in the passive, not the verb of its own clause (None otherwise)."""
    if pattern.passive is None or units[verb].norm not in pattern.participles:
        return None
    if verb == 0 or verb + 2 >= len(units) or units[verb + 1].norm != "by":
        return None
    before = units[verb - 1]
    if before.norm in _PERFECT or (before.mention is None and not before.norm.isalpha()):
        return None
    agent = verb + 2
    if units[agent].norm in _ARTICLES and agent + 1 < len(units):
        agent += 1
    if units[agent].norm in _NEIGHBOURING and agent + 1 < len(units):
        agent += 1  # "talks brokered by neighbouring Malaysia"
    return agent if units[agent].mention is not None and not _unknown(units[agent]) else None


#: nouns of an act of the clause judged by a third party ("in a move welcomed by Moscow")
_JUDGED_ACTS = frozenset({"move", "step", "decision"})
#: roots of the judgments such a noun may take: approval (05), disapproval (11), rejection (12)
_JUDGING_ROOTS = frozenset({"05", "11", "12"})

#: an adjective that may stand before the agent of a reduced passive relative
_NEIGHBOURING = frozenset({"neighbouring", "neighboring"})

#: words that cannot be the noun a reduced relative clause modifies: function words, pronouns
_NOT_NOUNS = frozenset(
    {"and", "or", "not", "never", "who", "which", "that", "they", "he", "she", "it", "we", "then"}
)
#: words that may open what follows a reduced relative's participle in place of its object
#: ("seized last year from", "captured from"; not "on", as in "the agency said on Thursday")
_AFTER_PARTICIPLE = frozenset({"last", "earlier", "from"})


def _objectless_participle(units: list[_Unit], verb: int, pattern: Pattern) -> bool:
    """True when the pattern's verb is a past participle right after a plain noun, with no
    object of its own ("returned weapons seized last year from U.N. peacekeepers", "land
    captured from Syria in 1967"): a reduced passive relative describing the noun, not the
    verb of its clause, so the clause's subject did not do it."""
    if pattern.passive is None or pattern.source_slot != "left" or pattern.target_slot != "right":
        return False
    if not _ends_with_verb(pattern) or units[verb].norm not in pattern.participles:
        return False
    if units[verb].norm in _SAYING | _QUOTING:
        return False  # "the agency said last week": a verb of saying needs no object
    if verb == 0 or verb + 1 >= len(units) or units[verb + 1].norm not in _AFTER_PARTICIPLE:
        return False
    return _plain_noun_before(units, verb)


#: words after which a past participle is an adjective of the noun that follows, never a
#: finite verb ("after hijacked airliners", "the captured soldiers", "a kidnapped reporter")
_ADJECTIVE_SLOT = frozenset(
    "the a an its their his her these those after before by with of for from against".split()
)


def _attributive_participle(units: list[_Unit], verb: int, pattern: Pattern) -> bool:
    """True when the pattern's verb is a past participle right after a determiner or a
    preposition and right before a plain word: "Putin sent condolences to Bush after hijacked
    airliners slammed into the World Trade Center and the Pentagon" (no hijacking by Putin of
    the Pentagon), "released the kidnapped aid workers". A finite verb never stands there
    (session 9, lexicon round 15)."""
    if pattern.source_slot != "left" or not pattern.participles or verb == 0:
        return False
    if units[verb].norm not in pattern.participles or units[verb - 1].norm not in _ADJECTIVE_SLOT:
        return False
    if verb + 1 >= len(units):
        return False
    after = units[verb + 1]
    return after.mention is None and after.weak is None and after.norm.isalpha()


def _plain_noun_before(units: list[_Unit], verb: int) -> bool:
    """True when the word before the verb is a plain noun (no actor, function word, auxiliary or
    adverb): the noun a reduced relative clause describes."""
    if verb == 0:
        return False
    before = units[verb - 1]
    return (
        before.mention is None
        and before.weak is None
        and before.norm.isalpha()
        and not before.norm.endswith("ly")
        and before.norm not in _NOT_MODIFIERS | _AUXILIARIES | _MODALS | _PERFECT | _NOT_NOUNS
    )


def _travelling_thing(units: list[_Unit], verb: int, pattern: Pattern) -> bool:
    """True for a trip's present participle right after a plain noun ("attacks on ships heading
    to Israeli ports", "a convoy travelling to Gaza"): a reduced relative clause whose subject is
    the noun, not the clause's actor (session 9). "Hamas leaders heading to Tehran" keeps its
    travellers: the noun before is an actor."""
    if not (
        pattern.cameo == "042"
        and pattern.source_slot == "left"
        and units[verb].norm.endswith("ing")
    ):
        return False
    if _plain_noun_before(units, verb):
        return True
    # "attacks on ships linked to Israel or heading to Israeli ports": the second of two
    # reduced relatives joined by "or"/"and" describes the same noun (session 11)
    if verb < 2 or units[verb - 1].norm not in ("or", "and"):
        return False
    for k in range(verb - 2, max(verb - 7, 0), -1):
        unit = units[k]
        if unit.norm in _CLAUSE_BREAK or unit.norm in (",", ";"):
            return False
        if unit.mention is None and unit.norm.endswith(("ed", "ing")) and k > 0:
            return _plain_noun_before(units, k)
    return False


def _noun_participle(units: list[_Unit], verb: int) -> int | None:
    """The unit of the noun a present participle modifies when the participle follows a noun
    phrase opened by a determiner ("expelled Qatar from the military coalition fighting the
    Houthis", "sent advisers to the forces fighting Islamic State"): a reduced relative clause
    whose subject is that noun, not an actor named before it (session 10). None when the
    participle follows no such noun phrase ("Turkish troops fighting Kurdish militants", an
    actor, keep their subject; "began fighting", "denies supporting": verbs)."""
    if verb < 2 or not _present_participle(units[verb]):
        return None
    noun = verb - 1
    head = units[noun]
    if head.mention is not None:
        return None
    if head.weak is not None:
        if not head.code.startswith("---"):
            return None  # "its forces fighting": the owner's forces
        while noun > 0 and units[noun - 1].weak == head.weak:
            noun -= 1  # "the security forces": the role noun's own words
        k = noun - 1
    else:
        if not _plain_noun_before(units, verb) or head.norm.endswith(("ed", "ing")):
            return None
        if head.norm in _TEXT_NOUNS | _NOT_HEADS | _GERUND_VERBS or head.tail is not None:
            # "issued a declaration demanding …", "a law banning": the author's act; "its
            # reservists amid fighting": a preposition, "Yemen's Houthi movement began
            # attacking": a verb, no noun
            return None
        k = noun - 1
        while (
            k >= 0
            and noun - k <= 3
            and units[k].mention is None
            and units[k].tail is None
            and (
                units[k].modifier
                or (
                    units[k].norm.isalpha()
                    and units[k].norm not in _NOT_MODIFIERS
                    and not units[k].norm.endswith(("ed", "ing", "ly"))
                )
            )
        ):
            k -= 1  # "the military coalition"
        if (
            k >= 0
            and units[k].norm in _PLACE_OBJECT_PREPOSITIONS
            and head.norm.endswith("s")
            and not head.norm.endswith("ss")
        ):
            # session 10: "rocket attacks on bases hosting US forces", "strikes against camps
            # housing fighters": a bare plural after the preposition of an act's object is
            # the noun the participle describes, whoever is named before
            return verb - 1
    if k < 0 or units[k].mention is not None or units[k].norm not in _NOUN_DETERMINERS:
        return None
    return verb - 1


#: prepositions that open the object of an act named by a noun ("attacks on bases", "strikes
#: against camps")
_PLACE_OBJECT_PREPOSITIONS = frozenset({"on", "against", "at", "near", "into"})


#: nouns of a text, whose participle ("a declaration demanding …", "a law banning UNRWA") says
#: what its author does with it
_TEXT_NOUNS = frozenset(
    "declaration declarations statement statements law laws bill bills decree decrees "
    "resolution resolutions letter letters message messages communique report reports order "
    "orders motion document petition measure measures legislation ruling verdict amendment "
    "directive proposal proposals plan".split()
)


#: prepositions that are no noun a participle could modify ("amid fighting with")
_NOT_HEADS = frozenset(
    "amid amidst despite during after before by under between among without following "
    "including about upon beyond behind since until".split()
)


#: verbs that take a gerund as their object ("began attacking", "keeps fighting")
_GERUND_VERBS = frozenset(
    "begin begins began begun start starts keep keeps continue continues resume resumes "
    "stop stops quit quits finish finishes avoid avoids risk risks consider considers deny "
    "denies admit admits recommend recommends mind minds".split()
)


#: how far back the subject of a coordinated verb may stand ("X described … and warned")
_COORDINATED_WINDOW = 24


#: nouns of a span of time that may measure a process ("after months of talks")
_DURATIONS = frozenset("hours days weeks months years rounds decades".split())
#: words that may count such a span ("after several months of talks")
_COUNTS = frozenset("several many few two three four five six seven eight nine ten".split())


def _duration_start(units: list[_Unit], noun: int) -> int:
    """The first unit of a process noun's phrase when a span of time measures it ("…, after
    months of talks mediated by the EU", "after 17 years of on-off talks brokered by
    Malaysia"): the subject of the clause is searched before that phrase, not inside it (the
    subordinator then opens no clause of its own). ``noun`` itself otherwise."""
    k = noun
    for _ in range(3):
        if k >= 2 and units[k - 1].norm == "of" and units[k - 2].norm in _DURATIONS:
            k -= 2
            if k >= 1 and (units[k - 1].norm.isdigit() or units[k - 1].norm in _COUNTS):
                k -= 1
            return k
        before = units[k - 1] if k >= 1 else None
        if before is None or before.mention is not None or not before.norm[:1].isalpha():
            break
        if not (before.modifier or "-" in before.norm):
            break
        k -= 1  # "of intense talks", "of on-off talks"
    return noun


#: how much further than a verb's subject the parties of a mediated process are searched
_MEDIATED_REACH = 6


def _reduced_relative(units: list[_Unit], pattern: Pattern, verb: int, agent: int) -> _Hit | None:
    """The hit of a reduced passive relative: "Israel and Hamas agreed to a ceasefire brokered
    by Egypt" (Egypt mediates between the parties of the ceasefire, the clause's subject);
    "talks mediated by Poland". Other reduced passives after a plain noun ("a camp attacked by
    rebels") name no actor as the patient and are not coded: the agent is not the verb's object."""
    noun = units[verb - 1]
    judged = noun.norm in _JUDGED_ACTS and pattern.cameo[:2] in _JUDGING_ROOTS
    if noun.mention is not None or (noun.norm not in _MEDIATED and not judged):
        return None
    if judged:
        # "… suspended preparations for the agreement, in a surprise move welcomed by Moscow":
        # the move is the clause's act, and its judge praises or blames its doer (round 17)
        start = verb - 1
        while start > 0 and units[start - 1].mention is None and units[start - 1].modifier:
            start -= 1  # "a surprise move", "a widely criticised move"
        if start < 2 or units[start - 1].norm not in _ARTICLES or units[start - 2].norm != "in":
            return None  # only the adjunct "in a move welcomed by X" names the clause's act
        targets, confidence = _subject(units, start - 2)
    else:
        # round 17: the parties may stand far before the process ("Lebanon's Western-backed
        # government and the Hezbollah-led opposition signed a deal in Doha on Wednesday to end
        # an 18-month political crisis, after five days of talks mediated by the emir of
        # Qatar"): the search reaches further back than a verb's own subject
        start = _duration_start(units, verb - 1)
        targets, confidence = _subject(units, start, _SUBJECT_WINDOW + _MEDIATED_REACH)
    sources = _compound(units, agent)
    targets = [t for t in targets if t not in sources]
    if not targets or not sources:
        return None
    hit = _Hit(
        pattern, verb, agent, sources, targets, passive=True, confidence=confidence * 0.9, verb=verb
    )
    hit.reduced = True
    return hit


#: the attackers named before the group they come from: "suicide car bombers from al Shabaab",
#: "a suicide bomber from the Islamic State's Afghan affiliate" (to the end of the text before
#: the group's mention, with no clause break between)
_BOMBERS_FROM = re.compile(
    r"\b((?:suicide\s+)?(?:(?:car|truck)[- ])?bombers?|suicide\s+attackers?)\s+"
    r"(?:from|of|belonging\s+to|linked\s+to|sent\s+by)\b[^,;.]{0,60}$",
    re.IGNORECASE,
)


def _bombers_of(text: str, start: int, at: int) -> str | None:
    """The words naming the attackers ("suicide car bombers") when the source's mention at
    ``at`` is the group after "bombers from" in the sentence that starts at ``start``."""
    before = text[start:at]
    if len(before) < 12 or ("bomber" not in before and "attacker" not in before):
        return None
    m = _BOMBERS_FROM.search(text, max(start, at - 120), at)
    return m.group(1) if m else None


def _possessed_by_pronoun(text: str, mention: Mention) -> bool:
    """True for "its soldiers", "their leaders": the owner may be any actor of the sentence."""
    words = text[max(0, mention.start - 40) : mention.start].split()[-3:]
    own = text[mention.start : mention.end].split()
    if own and own[0].lower() in _POSSESSIVES:
        return True
    for k in range(len(words) - 1, -1, -1):  # "its top nuclear scientist"
        if words[k].lower() in _POSSESSIVES:
            return True
        if not (words[k].isalpha() and words[k].islower()):
            return False
    return False


#: words right before a subject that make its clause the content of another act ("demanded
#: that the president resign", "vowed to fight until Suharto resigned", "if he steps down")
_CONTENT_OPENERS = frozenset(
    ["that", "until", "unless", "if", "whether", "demand", "demands", "demanded", "demanding"]
)


def _after_word(text: str, mention: Mention, words: frozenset[str]) -> bool:
    """Whether the word right before a mention is one of ``words`` ("in" + "Abidjan")."""
    before = text[max(0, mention.start - 12) : mention.start].lower().split()
    return bool(before) and before[-1] in words


#: roots of talk, meeting and accord, whose place in a caption is the scene, not a party
_SCENE_ROOTS = ("01", "02", "03", "04", "05")
_SCENE_PREPOSITIONS = frozenset({"in", "at"})


def _caption_scene(article: Article, events: list[Event]) -> list[Event]:
    """The events of a photo caption without what only describes the picture (session 11).
    A place after "in" or "at" is where the photo was taken, not a side of a meeting or a
    speech: "Sheikh Nimr speaks to supporters in Awamiya, eastern Saudi Arabia" (no SAU), "the
    minister meets the envoy in Tehran, Iran". A caption's "stands with" is a pose, not
    support (051): "Wang Yi stands with Hamas and Fatah officials after the signing in
    Beijing". Material acts keep their place ("Israeli strikes in Gaza City"), and so does a
    visit, whose place is where one goes ("Haniyeh arrives in Tehran", 042)."""
    text = article.text

    def scene(index: int | None) -> bool:
        if index is None:
            return False
        mention = article.mentions[index]
        actor = mention.actor
        return (
            len(actor.code) == 3
            and actor.code == actor.country
            and _after_word(text, mention, _SCENE_PREPOSITIONS)
        )

    kept = []
    for event in events:
        if (
            event.cameo[:2] in _SCENE_ROOTS
            and event.cameo != "042"
            and (scene(event.source_mention) or scene(event.target_mention))
        ):
            continue
        if event.cameo == "051" and text[event.evidence[0] : event.evidence[1]].lower().startswith(
            "stand"
        ):
            continue
        kept.append(event)
    return kept


def _pair(event: Event) -> tuple[str, str]:
    """The source and target codes of an event ("" for a missing actor)."""
    return (
        event.source.code if event.source else "",
        event.target.code if event.target else "",
    )


def _venue_of_sides(
    text: str, mentions: list[Mention], hit: _Hit, target: Mention, actor: Actor
) -> bool:
    """True when the target is a place (a bare country code) named after "in" whose country is
    that of one of the hit's sources: "Abbas announced the truce in Ramallah" (PSEGOV, PSE),
    "Egypt's foreign minister and Clinton announced the truce in Cairo" (EGYGOV, EGY)."""
    if not actor.country or actor.code != actor.country or not _after_word(text, target, _IN):
        return False
    return any(mentions[s].actor.country == actor.country for s in hit.sources)


_IN = frozenset({"in"})


#: codes of meetings and talks held (session 11, see _meeting_venue); a meeting to come (036,
#: "X and Y will meet in Z") is left as it was: held-out petr2_gsr_validation fell with it
_MEETING_ACTS = frozenset({"040", "044", "046"})
#: words of a time phrase of the coming days ("will meet next week", "meet again this month")
_NEAR_TIMES = frozenset({"next", "this", "week", "month", "tomorrow", "soon"})


#: nouns of a state's envoys ("expelled ambassadors"), and with its diplomats ("expel envoys",
#: "expelled diplomats")
_ENVOYS = frozenset("ambassador ambassadors envoy envoys".split())
_ENVOY_NOUNS = _ENVOYS | {"diplomat", "diplomats", "diplomatic"}


def _mutual_expulsion(units: list[_Unit], hit: _Hit) -> bool:
    """Whether a compound subject of two or more states acts on envoys of no named state right
    after the verb ("Turkey and Israel expel envoys", "expelled ambassadors"): each member's act
    is aimed at the other (session 11)."""
    countries = {u.code[:3] for u in units if u.mention is not None and u.mention in hit.sources}
    if len(countries) < 2 or "---" in countries or not hit.targets:
        return False
    if any(u.mention is not None and u.mention in hit.targets for u in units):
        return False  # a named target: "Turkey and Israel expelled Iranian diplomats"
    k = hit.last + 1
    return k < len(units) and units[k].norm in _ENVOY_NOUNS and units[k].weak in hit.targets


def _owner_of_gift(units: list[_Unit], hit: _Hit) -> bool:
    """Whether the indirect object of a pattern "<verb> + .. <noun>" ("promised + .. support")
    is a possessor right after the verb ("promised Iran's support"): it owns what is given."""
    k = hit.first + 1  # (the pattern opens with its verb)
    return (
        k < hit.last
        and units[k].mention is not None
        and units[k].mention in hit.targets
        and units[k + 1].norm in ("'s", "'")
    )


def _meeting_venue(
    units: list[_Unit], hit: _Hit, acts: frozenset[str] = _MEETING_ACTS
) -> int | None:
    """The mention of the place a compound subject met in (session 11): for a joint meeting
    or talks of two or more actors (:data:`_MEETING_ACTS`) followed, past time words only, by
    "in" or "at" and a place ("Iran's foreign minister and Haniyeh meet again in Doha", "the
    envoys of Sudan and Chad held talks this week in Tripoli"): the members of the subject met
    each other, the place is where; its host is no third partner (as it may be for a single
    subject, "Lavrov meets in Cairo"). None for any other hit."""
    if hit.passive or hit.pattern.cameo[:3] not in acts:
        return None
    n = len(units)
    i = hit.last + 1
    while (
        i < n
        and units[i].mention is None
        and (
            units[i].norm in _TIME_PHRASE
            or units[i].norm in _NEAR_TIMES
            or units[i].norm.endswith("ly")
        )
    ):
        i += 1
    if i >= n or units[i].norm not in ("in", "at") or i + 1 >= n:
        return None
    k = next((k for k in range(i + 1, min(n, i + 6)) if units[k].mention is not None), None)
    if k is None or units[k].mention not in hit.targets or units[k].mention in hit.sources:
        return None
    if any(units[j].norm in _CLAUSE_BREAK or units[j].norm == "," for j in range(i + 1, k)):
        return None
    return units[k].mention


#: plural nouns of a body whose members meet among themselves ("leaders of the Palestinian
#: factions", "the rival factions", "Sudanese parties")
_GROUP_NOUNS = frozenset("factions parties groups movements sides".split())
#: the meeting acts of :func:`_group_venue`: held ones and one to come ("were due to meet")
_GROUP_MEETING_ACTS = _MEETING_ACTS | {"036"}


def _group_venue(units: list[_Unit], hit: _Hit) -> int | None:
    """The mention of the place where a single subject that names a body of several members
    meets (session 11, round 3 of precision): "leaders of Palestinian factions were due to
    meet in Egypt", "the rival Libyan factions held talks in Tunis": the factions meet one
    another; Egypt is the venue, not the partner. Only for a plural noun of factions or parties
    right after the subject's country ("Palestinian factions") and a place right after the
    verb (see :func:`_meeting_venue`); a single state ("Lavrov will meet in Cairo") keeps the
    host as a possible partner."""
    if len(hit.sources) != 1:
        return None
    source = hit.sources[0]
    at = next((k for k, u in enumerate(units) if u.mention == source), None)
    if at is None or at >= hit.first or at + 1 >= len(units):
        return None
    if units[at + 1].norm not in _GROUP_NOUNS:
        return None
    return _meeting_venue(units, hit, _GROUP_MEETING_ACTS)


#: a meeting to come, whose place "again in Z" may follow the meeting just held
_MEETING_TO_COME = frozenset({"036"})


def _next_meeting_partners(chosen: list[_Hit], units: list[_Unit]) -> None:
    """Retarget a meeting to come whose only "partner" is its place, "again in" or "again at"
    right after the verb, to the party of a meeting or talks held by the same side in the
    sentence (session 11): "Iran's envoy held talks with the US ambassador and agreed to meet
    again in Baghdad" (IRN with USA, not Iraq); "Iranian and American envoys held talks and
    agreed to meet again in Baghdad" (each with the other). Narrow on purpose: without such a
    held meeting, or without "again", the place is left as it was (held-out petr2 fell when
    every future meeting lost its place)."""
    held = [h for h in chosen if h.pattern.cameo[:3] in _MEETING_ACTS and not h.passive]
    if not held:
        return
    for hit in chosen:
        if not hit.targets or hit.pattern.cameo[:3] not in _MEETING_TO_COME:
            continue
        k = hit.last + 1
        if k >= len(units) or units[k].norm != "again":
            continue
        place = _meeting_venue(units, hit, _MEETING_TO_COME)
        if place is None or hit.targets != [place]:
            continue
        before = next(
            (h for h in held if h.last < hit.first and set(hit.sources) <= set(h.sources)), None
        )
        if before is None:
            continue
        partners = [t for t in before.targets if t != place and t not in hit.sources]
        if partners:
            hit.targets = partners
        elif len(hit.sources) > 1 and not before.targets:
            hit.targets = []
            hit.reciprocal = True  # the members met each other and will meet again


def _pair_anaphor(text: str, mention: Mention, actor: Actor) -> bool:
    """Whether a role noun of no country is "the two leaders", "both governments": the two
    actors the sentence has named, not a third party."""
    if not actor.code.startswith("---"):
        return False
    before = text[max(0, mention.start - 9) : mention.start].lower().split()
    if before[-1:] == ["both"] or before[-2:] == ["the", "two"]:
        return True
    # "the first meeting between leaders of the two sides", "officials of both countries"
    after = text[mention.end : mention.end + 12].lower().split()
    return after[:3] == ["of", "the", "two"] or after[:2] == ["of", "both"]


def _ethnic(text: str, mention: Mention) -> bool:
    """Whether a mention is introduced as an ethnic group: "ethnic Albanians", "ethnic Turkish
    villagers" (the word "ethnic" right before it)."""
    return text[max(0, mention.start - 8) : mention.start].lower().rstrip().endswith("ethnic")


def _asserted(units: list[_Unit], hit: _Hit) -> bool:
    """Whether an act without a target is asserted as a fact of its own: its subject does not
    open a clause that is the content of another act or a condition ("demanded that the premier
    resign", "until President Suharto resigned")."""
    subject = next((i for i in range(hit.first - 1, -1, -1) if units[i].mention is not None), None)
    if subject is None:
        return True  # the subject was shared from an earlier verb
    k = subject - 1
    while k >= 0 and units[k].norm in ("the", "a", "an", "its", "their"):
        k -= 1  # "until the prime minister resigned"
    return k < 0 or units[k].norm not in _CONTENT_OPENERS


def _adjunct(units: list[_Unit], pattern: Pattern, first: int) -> bool:
    """Whether a noun pattern opens with a word that adjoins it to the clause before ("…, after
    talks with Z", "at his summit with Z"), not to a participle ("the promises made at the
    summit with Z": that summit is background, not reported as an act)."""
    if pattern.verbal or units[first].norm not in _ADJUNCT_OPENERS:
        return False
    return first == 0 or not _past(units[first - 1].norm)


def _adjunct_partner(units: list[_Unit], hit: _Hit) -> bool:
    """Whether the partner found for adjoined talks is the object of their "with", and the
    phrase is no subject of a clause of its own ("after talks with Hamas reached an impasse")
    nor a place ("at a summit with African leaders in Beijing": Beijing is no partner)."""
    at = [k for k, u in enumerate(units) if u.mention is not None and u.mention in hit.targets]
    if not at:
        return True
    if units[at[0] - 1].norm in _LOCATIVE:
        return False
    after = at[-1] + 1
    return after >= len(units) or not _past(units[after].norm)


#: words that, between a mutual act and the actor after it, make that actor the act's place
#: or what it is about, not the other side ("fought for control of army posts", "in Kisangani")
_NOT_PARTNER = frozenset({"for", "over", "of"})


def _opposing_sides(codes: set[str]) -> bool:
    """Whether the actor codes of a compound subject stand for two sides that may fight each
    other: two countries ("Rwandan and Ugandan troops"), or a state and an armed group or
    people of its own country ("Ukrainian government troops and pro-Russian separatists",
    UKRMIL and UKRREB, session 9); not two arms of one state ("the army and police", UKRMIL and
    UKRCOP) nor a role noun of no country."""
    if len(codes) < 2 or any(c.startswith("-") for c in codes):
        return False
    if len({c[:3] for c in codes}) > 1:
        return True
    return len({len(c) == 3 or c[3:6] in _STATE_SECTORS for c in codes}) > 1


def _joint_members(units: list[_Unit], hit: _Hit) -> bool:
    """Whether a mutual act (fought, clashed) of a compound subject of two or more countries'
    actors (or of a state's and an armed group of its own country, :func:`_opposing_sides`) is
    done between those members: its only "target" is a place or what they fought over
    ("Rwandan and Ugandan troops fought with heavy weapons in Kisangani"), not an opponent
    right after the pattern ("Zimbabwean and Angolan troops fought rebels")."""
    if hit.passive or len(hit.sources) < 2 or not hit.targets:
        return False
    codes = {u.code for u in units if u.mention is not None and u.mention in hit.sources}
    if not _opposing_sides(codes):
        return False
    after = units[hit.last + 1].norm if hit.last + 1 < len(units) else "."
    if _ends_with_verb(hit.pattern) and after not in _LOCATIVE | _NOT_PARTNER:
        return False  # "fought rebels near Kinshasa": a direct object, the other side
    seen: set[int] = set()
    for k, unit in enumerate(units):
        member = unit.mention if unit.mention is not None else unit.weak
        if member is None or member not in hit.targets or member in seen or k <= hit.last:
            continue
        seen.add(member)  # a role noun of no country spans words: its first one
        between = units[hit.last + 1 : k]
        if _instrument(units, hit, k):
            continue  # "fought with artillery and helicopter gunships": what they fought with
        if not any(u.norm in _LOCATIVE or u.norm in _NOT_PARTNER for u in between):
            return False
    return bool(seen)


#: sectors of armed men, whose storming of a building is force, not a riot (an army's every
#: violent "protest" is force; rebels throwing stones still riot)
_ARMED_SECTORS = frozenset({"MIL", "REB", "SPY"})
#: nouns of weapons and war machines, which the actor stage may read as a military role of no
#: country ("helicopter gunships"): after "with" they are what one fights with
_WEAPON_NOUNS = frozenset(
    "gunships gunship helicopters tanks jets warplanes aircraft drones artillery missiles "
    "rockets warships ships mortars".split()
)


def _one_country_target(found: list[Event]) -> list[Event]:
    """The events of one hit without the one aimed at a state's government when the same act
    of the same source is aimed at that state itself: "Russia fired missiles at Kyiv and
    other Ukrainian cities" strikes Ukraine once (RUS UKR), not its capital as a second target
    (UKRGOV); "condemned the attacks on New York and Washington" is one condemnation of the
    United States (session 11). Other sectors stay apart ("struck the Jaish camp in Pakistan":
    PAK and PAKREB)."""
    bare = {
        (e.source.code, e.target.code, e.cameo)
        for e in found
        if e.source is not None and e.target is not None and len(e.target.code) == 3
    }
    if not bare:
        return found
    return [
        e
        for e in found
        if e.source is None
        or e.target is None
        or not e.target.code.endswith("GOV")
        or len(e.target.code) != 6
        or (e.source.code, e.target.code[:3], e.cameo) not in bare
    ]


def _instrument(units: list[_Unit], hit: _Hit, k: int) -> bool:
    """True when the unit ``k`` after a mutual act with "with" ("fought with artillery and
    helicopter gunships") is a weapon of no country: the instrument, not an opponent (session 9,
    lexicon round 15)."""
    unit = units[k]
    if not unit.code.startswith("---") and unit.mention is not None:
        return False
    if units[hit.last].norm != "with" and units[hit.last + 1].norm != "with":
        return False
    word = unit.norm
    if unit.weak is not None:  # a role noun of no country kept as words: its last word
        j = k
        while j + 1 < len(units) and units[j + 1].weak == unit.weak:
            j += 1
        word = units[j].norm
    return word in _WEAPON_NOUNS


#: verbs of killing: killing a named person is an assassination (186), not an attack (190)
_KILLING = frozenset({"kill", "murder", "slay", "shoot", "shoot dead", "gun down"})
#: a small-arms pattern whose words say the shot killed ("shot dead", "gunned down", "shot and
#: killed")
_KILLED_BY_SHOT = re.compile(r"\bdead\b|<gun\b|<kill\b")
#: verbs of seizing: seizing a person is an arrest (173) or an abduction (181), not an
#: occupation of territory (192)
_SEIZING = frozenset({"seize", "capture", "grab", "snatch"})


#: nouns of people taken captive inside an actor's mention ("British sailors", "two Israeli
#: soldiers", "Turkish nationals")
_CAPTIVES = re.compile(
    r"\b(?:sailors?|seamen|crew(?:men|members)?|fishermen|soldiers?|marines|pilots?|hostages"
    r"|nationals|citizens|tourists|journalists|reporters|aid workers)\b",
    re.IGNORECASE,
)


def _seized_captives(text: str, target: Mention, source: Actor, actor: Actor) -> bool:
    """True when the object of a seizure is a mention of captive people ("British sailors")
    of a country other than the seizer's: an abduction or a taking of hostages (181), not an
    occupation (192). A state's own people seized at home are left to the arrest rules."""
    if not _CAPTIVES.search(text[target.start : target.end]):
        return False
    return bool(actor.country) and actor.country != source.country


@functools.cache
def _pattern_lemmas(text: str) -> frozenset[str]:
    """The verb lemmas of a pattern ("$ <kill|=slew> +": kill, slew)."""
    return frozenset(
        lemma.lstrip("=") for group in re.findall(r"<([^>]*)>", text) for lemma in group.split("|")
    )


def _act_on_person(pattern: Pattern, cameo: str, source: Actor) -> str:
    """The code of an attack or an occupation when its target is a named person: "a U.S. drone
    strike killed Qassem Soleimani" is an assassination (186), as our gold and the CAMEO manual
    code the killing of a specific person; "Turkish agents captured Abdullah Ocalan" is an
    arrest (173) by a state's actor, "Hezbollah guerrillas captured two soldiers"… an abduction
    (181) by anyone else. Other codes are unchanged."""
    lemmas = _pattern_lemmas(pattern.text)
    if cameo == "193" and pattern.cameo == cameo and _KILLED_BY_SHOT.search(pattern.text):
        # "gunmen shot dead Haitian President Jovenel Moise": killing a named person with small
        # arms is an assassination too, as "a sniper shot dead Serbian Prime Minister Zoran
        # Djindjic" in our gold; "shot the president" (wounded?) stays 193 (session 9)
        return "186"
    if cameo not in ("190", "192", "195") or pattern.cameo != cameo:
        return cameo
    if cameo != "192" and lemmas & _KILLING:
        return "186"
    if cameo == "192" and lemmas & _SEIZING:
        state = bool(_STATE_SECTORS & set(source.sectors)) or (
            source.kind == "country" and len(source.code) == 3
        )
        return "173" if state else "181"
    return cameo


#: nouns of combat: a person killed "in the final battle" fell in it, no assassination
_COMBAT = frozenset(
    "battle battles fighting clash clashes gunbattle gunfight firefight combat skirmish".split()
)


def _in_battle(units: list[_Unit], hit: _Hit) -> bool:
    """True when a phrase of combat follows the act's object within a few words: "the army said
    it had killed Tamil Tiger leader Velupillai Prabhakaran in the final battle of the civil
    war" is a killing in the fighting (190), as the wire gold codes it, not an assassination
    (186); "killed the rebel leader in a gun battle" is a shooting in it (193) (session 10,
    round 17)."""
    end = min(len(units), hit.last + 8)
    after = [k + 1 for k in range(hit.first, hit.last + 1) if units[k].mention in hit.targets]
    for k in range(after[-1] if after else hit.last + 1, end):
        norm = units[k].norm
        if norm in (",", ";", ".") or norm in _CLAUSE_BREAK:
            return False
        if norm in ("in", "during"):
            return any(u.norm in _COMBAT for u in units[k + 1 : min(end, k + 5)])
    return False


#: prepositions of a site inside the subject of a violent act ("the bombings on the metro")
_SITE_PREPOSITIONS = _LOCATIVE | {"on"}
#: nouns of attacks whose site may follow them in the subject of a verb of killing
_ATTACK_NOUNS = frozenset(
    "attack attacks bombing bombings blast blasts explosion explosions strike strikes "
    "airstrike airstrikes raid raids shelling".split()
)


def _placed_killers(hits: list[_Hit], units: list[_Unit]) -> list[_Hit]:
    """The violent hits without a source named only as the site of an attack noun: "the
    bombings on the Moscow metro that killed 39 people", "a bomb blast at a market in Kabul
    killed 20 people": the place is where the attack struck, not who killed (session 11). A hit
    left without a source is dropped."""
    out: list[_Hit] = []
    for hit in hits:
        if hit.passive or hit.pattern.cameo[:2] not in _VIOLENT_ROOTS or not hit.sources:
            out.append(hit)
            continue
        kept = []
        for source in hit.sources:
            k = next((i for i, u in enumerate(units) if u.mention == source), None)
            if k is None or k >= hit.first:
                kept.append(source)
                continue
            j = k - 1
            while j >= 0 and units[j].norm in ("the", "a", "an"):
                j -= 1
            if j < 1 or units[j].norm not in _SITE_PREPOSITIONS:
                kept.append(source)
            elif units[j - 1].norm not in _ATTACK_NOUNS or units[j - 1].mention is not None:
                kept.append(source)  # "troops in Kosovo killed": an actor before "in"
        if kept:
            hit.sources = kept
            out.append(hit)
    return out


#: words of a claim of responsibility (:func:`_claimed_attacks`)
_CLAIM_WORDS = frozenset({"claimed", "claims", "claim", "claiming", "responsibility"})


def _claimed_attacks(hits: list[_Hit], units: list[_Unit]) -> list[_Hit]:
    """A claim of responsibility without a target of its own ("…, and Islamic State claimed
    responsibility", "a Taliban commander claimed the attack"; session 11, round 19) claims the
    first violent act (roots 18-20) told before it in the sentence, not the harm a participle
    counts after it ("…, killing at least 59 people"): the claim is aimed at that act's victims,
    and an act whose author the sentence leaves unknown ("a suicide bomber blew himself up
    among worshippers …", "gunmen" of no country) is the claimant's. An act of another known
    actor is not the one claimed ("Israeli jets struck Gaza, and Hamas claimed responsibility
    for a rocket fired earlier": no claim aimed at Gaza). The claimant then accuses no one of
    its own act: the reported accusation read in its "claimed" (of the unknown author,
    :meth:`PatternCoder._accusations`) is dropped."""
    dropped: list[tuple[list[int], list[int]]] = []  # (claimant, former author) pairs
    for k, claim in enumerate(hits):
        if claim.pattern.cameo != "015" or claim.targets or claim.passive:
            continue
        claimants = _codes(units, claim.sources)
        if not claimants or any(code.startswith("---") for code in claimants):
            continue  # "…, and no group has claimed responsibility": no claimant named
        act = next(
            (
                h
                for h in hits[:k]
                if h.pattern.cameo[:2] in _VIOLENT_ROOTS and (h.sources if h.passive else h.targets)
            ),
            None,
        )
        if act is None:
            continue
        authors = act.targets if act.passive else act.sources
        known = [code for code in _codes(units, authors) if not code.startswith("---")]
        if known and not set(known) <= set(claimants):
            continue  # another actor's act: the claim is of something else
        victims = act.sources if act.passive else act.targets
        claim.targets = list(victims)
        if act.actors:
            claim.actors = {
                **(claim.actors or {}),
                **{m: act.actors[m] for m in victims if m in act.actors},
            }
        if known:
            continue
        dropped.append((claim.sources, authors))
        if act.passive:
            act.targets = list(claim.sources)
        else:
            act.sources = list(claim.sources)
        if claim.actors:
            act.actors = {
                **(act.actors or {}),
                **{m: claim.actors[m] for m in claim.sources if m in claim.actors},
            }
    if not dropped:
        return hits
    return [
        h
        for h in hits
        if h.pattern.rule != "coder:reported-accusation"
        or not any(h.sources == c and h.targets == a for c, a in dropped)
    ]


def _subject_attacks(hits: list[_Hit], units: list[_Unit]) -> list[_Hit]:
    """The hits without a noun of an attack that is the subject of the violent verb right after
    it ("a US air strike at Baghdad airport killed General Soleimani", "an Israeli strike on a
    house in Gaza City on Sunday killed three militants"): the verb tells what the strike did,
    one attack, coded with the verb's object; the place the noun names is where it struck.
    Only a time phrase may stand between the noun phrase and the verb. A noun of another kind
    of act ("a chemical attack … killed dozens", 20 and 19) is an act of its own."""
    out: list[_Hit] = []
    for n, hit in enumerate(hits):
        verb = hits[n + 1] if n + 1 < len(hits) else None
        if (
            verb is not None
            and hit.pattern.cameo[:2] in _VIOLENT_ROOTS
            and verb.pattern.verbal
            and verb.pattern.cameo[:2] == hit.pattern.cameo[:2]
            and not verb.passive
            and not hit.passive
            and verb.targets
            and hit.sources
            and verb.sources == hit.sources
            and _noun_of_attack(units, hit, verb)
        ):
            continue
        out.append(hit)
    return out


def _noun_of_attack(units: list[_Unit], hit: _Hit, verb: _Hit) -> bool:
    """True when ``hit`` reads a noun ("strike", "attack", "raid"; not a past verb, "struck")
    whose phrase, with its object or place and a time phrase ("at Baghdad airport on Friday"),
    ends right before the verb of ``verb``: the noun phrase is that verb's subject."""
    word = units[_verb_of(hit)].norm
    if word.endswith("ed") or word in _IRREGULAR_PAST:
        return False
    end = max([hit.last] + [k for k, u in enumerate(units) if u.mention in hit.targets])
    while end + 1 < verb.first and units[end + 1].modifier:
        end += 1  # "at Baghdad airport": the head noun after the place's name
    return end < verb.first and all(u.norm in _TIME_PHRASE for u in units[end + 1 : verb.first])


def _protested_states(units: list[_Unit], mentions: list[Mention], hit: _Hit, cameo: str) -> bool:
    """True when a protest's targets are bare states named after "against" ("chanting slogans
    against Israel", "protested against the United States") or two states ("against Israel
    and the United States"): what the crowd opposes, which need not be its own land (session
    10). "Marched through Hong Kong" (a place) and "against the Algerian president" (a state's
    body) are not such targets, unless several lands' actors are listed."""
    if not cameo.startswith("14") or not hit.targets:
        return False
    actors = [mentions[t].actor for t in hit.targets]
    if len({a.country for a in actors if a.country}) > 1:
        # session 11: a list of several lands' actors ("chanted slogans against Assad, Iran and
        # Hezbollah"): the crowd cannot be of each of them
        return True
    if any(a.kind != "country" or a.code != a.country for a in actors):
        return False
    first = next((k for k, u in enumerate(units) if u.mention == hit.targets[0]), None)
    if first is None or first == 0:
        return False
    before = first - 1
    if units[before].norm == "the" and before > 0:
        before -= 1  # "against the United States"
    return units[before].norm == "against"


def _post_abroad(
    units: list[_Unit],
    mentions: list[Mention],
    hit: _Hit,
    target: Mention | None,
    cameo: str,
) -> Mention | None:
    """The place named after a protest's target when that target is a state's post abroad
    ("rallied outside the Chinese consulate in Toronto", "stormed the U.S. embassy compound in
    Tunis", "stormed its embassy in Tehran"): the country the post stands in, whose people the
    protesters are, as a protest against a government is by its own people; None for other
    targets and acts, or when no place of another country follows."""
    if target is None or not cameo.startswith("14"):
        return None
    end = hit.last + 6
    for k in range(hit.last + 1, min(len(units), hit.last + 12)):
        index = units[k].mention
        if index is not None and mentions[index] is target:
            # session 10: "stormed and set fire to the Saudi embassy in Tehran": the post
            # shared with a coordinated verb stands further on
            end = max(end, k + 2)
    for at in range(hit.first, min(len(units), end)):
        if units[at].norm in _POSTS_ABROAD:
            break  # the post's head noun, in the pattern or right after it
        if at > hit.last and units[at].norm in _END_MARKS:
            return None
    else:
        return None
    if at + 1 < len(units) and units[at + 1].norm == "compound":
        at += 1  # "the U.S. embassy compound in Tunis"
    place = _place(units, at)
    if place is None:
        return None
    land = mentions[place]
    if not land.actor.country or land.actor.country == target.actor.country:
        return None
    return land


#: the window after a resignation in which the dissent it yields to is named ("resigned on
#: Thursday after 32 years in power, handing over to X in the face of mass student protests")
_YIELDING_WINDOW = 24
_END_MARKS = frozenset({",", ";", ":", "."})


def _yields_to_dissent(units: list[_Unit], hit: _Hit, cameo: str) -> bool:
    """True when a leadership change without a target (a resignation, 0831) is said to follow or
    face popular dissent: "resigned after weeks of deadly protests against her government",
    "stepped down amid mass demonstrations", "bowing to the protesters' demands". CAMEO's 0831
    is acceding to demands for a change in leadership: it is done to those who demanded it, the
    leader's own people. The dissent must follow the act within its sentence, opened by "after",
    "amid", "following", "facing", "bowing to" or "in the face of", with at most five words
    ("18 days of mass student") before the noun. A concession coded with its recipient
    ("resigned, bowing to demands from pro-democracy demonstrators": 080 to THAOPP) is that
    resignation already (:func:`_conceded`)."""
    if not cameo.startswith("0831"):
        return False
    end = min(len(units), hit.last + 1 + _YIELDING_WINDOW)
    for k in range(hit.last + 1, end):
        if units[k].norm in (";", ":"):
            return False
        if units[k].norm not in _YIELDING_OPENERS:
            continue
        for j in range(k + 1, min(end, k + 7)):
            unit = units[j]
            if (unit.mention is not None and not _unknown(unit)) or unit.norm in _END_MARKS:
                break  # "mass student protests": a role noun of no country may modify it
            if unit.norm in _DISSENT:
                return True
    return False


def _conceded(events: list[Event]) -> list[Event]:
    """The events of a sentence without a resignation given to the leader's people by
    :func:`_yields_to_dissent` when the same leader's concession is coded with a known
    recipient ("resigned, bowing to demands from pro-democracy demonstrators": 080 to THAOPP,
    one concession, not two)."""
    given = [
        e
        for e in events
        if e.cameo.startswith("0831") and e.target is not None and e.target_mention is None
    ]
    if not given:
        return events
    known = {
        e.source.code
        for e in events
        if e.cameo.startswith("08")
        and e.source is not None
        and e.target is not None
        and e.target_mention is not None
        and not e.target.code.startswith("---")
    }
    return [e for e in events if e not in given or e.source is None or e.source.code not in known]


#: sectors of a state's own armed and security forces, which take its orders
_OWN_FORCES = frozenset({"MIL", "COP", "SPY"})


#: verbs of a command (the evidence of a demand that is an order)
_COMMANDING = re.compile(
    r"\b(?:order|command|instruct|direct)(?:s|ed|ing)?\b", re.IGNORECASE
)  # (not "directly")


def _own_commands(events: list[Event], text: str) -> list[Event]:
    """The events of a sentence without an order (a demand, 10, whose evidence in ``text`` is a
    verb of command) from a state's actor to that state's own forces: "President Yeltsin ordered
    the Russian army to restore order" is a command within one state, not an event between
    actors (the act ordered, when coded, is the event). A demand that another's forces lay down
    their arms stays."""
    return [
        e
        for e in events
        if not (
            e.cameo.startswith("10")
            and _COMMANDING.search(text, e.evidence[0], e.evidence[1]) is not None
            and e.source is not None
            and e.target is not None
            and e.target.code[3:6] in _OWN_FORCES
            and e.source.code[:3] == e.target.code[:3]
            and e.source.code[3:6] not in _OWN_FORCES | {"REB", "OPP", "CVL"}
            and e.source.code[:3].isalpha()
            and not e.source.code.startswith(("IGO", "---"))
        )
    ]


class PatternCoder:
    """Code events from sentences with resolved actors (the ``events`` stage).

    The defaults follow CAMEO practice; the PETRARCH reader switches some of them to PETRARCH's
    semantics when a PETRARCH verb dictionary is loaded (see
    :func:`entente.events.petrarch_verbs.petrarch_coder_options`):

    future_as_intent (bool): an announced act ("will visit", "plans to attack") is coded as the
        matching intent or threat (036, 138), as the CAMEO manual asks; False codes the act itself.
    hypotheticals (bool): a modal ("would", "could", "might", "may", "should") or a bare
        infinitive ("ready to meet") before the verb makes it hypothetical, not coded, except a
        hostile act under a modal, which is a threat with ``future_as_intent`` ("would blockade
        Paris" 13x); False codes it. Acts inside a conditional clause ("if", "unless",
        "whether") are never coded.
    opposites (Mapping[str, str] | None): the code of a negated act ("did not attack"); None uses
        CAMEO's own negations (:func:`entente.events.ontology.opposite`). A negated act without an
        opposite is not coded.
    headline_passive (bool): "Haniyeh killed in Tehran" (a participle right before a place) is
        a passive: the place is not the target, and the actor before a participle of force or
        coercion with no object ("Russian ambassador shot dead in Ankara") is not its source.
    passive_without_by (bool): "X was criticized over its dispute with Y": without a "by" agent,
        the first actor after the verb is the source (PETRARCH); False: no event.
    require_dyad (bool): an event needs a target; False also codes a source without one (the
        event's target is None).
    untargeted_patterns (bool): a pattern written without ``+`` ("$ <protest>", "$ <declare> ..
        state of emergency") names an act without a target: True codes it with no target even
        when ``require_dyad`` is True. False (the default: gold with actors codes the affected
        party, often the actor's own country, which the coder cannot infer yet): such patterns
        follow ``require_dyad`` like any other.
    refusals (bool): a negated announcement of a cooperative act ("will not meet", "won't
        release", "would not accept") and a cooperative act in the infinitive after "refused" or
        "declined" ("declined to resign") are refusals, coded with the rejection of the matching
        intent (036 → 125; 120 when CAMEO has no specific one), as the CAMEO manual asks; False:
        a negated act (``opposites``), usually not coded, and a bare infinitive, not coded.
    gerund_clauses (bool): a gerund after a subordinator ("X met Y after leaving Z") is coded
        with the subject of the verb before it; False: not coded (it has no subject of its own).
    reported_accusations (bool): violence (roots 18, 20) reported by the actor who suffered it
        ("Israel said Hamas kidnapped three Israeli teenagers") is also the speaker's accusation
        (112) of the perpetrator, and so is a hostile act (17–20) that a trailing attribution
        alleges ("…, U.S. prosecutors alleged"); False: reports are not accusations.
    """

    def __init__(
        self,
        verbs: VerbDictionary,
        discards: frozenset[str] = frozenset(),
        story_discards: frozenset[str] = frozenset(),
        *,
        future_as_intent: bool = True,
        hypotheticals: bool = True,
        opposites: Mapping[str, str] | None = None,
        headline_passive: bool = True,
        passive_without_by: bool = False,
        require_dyad: bool = True,
        untargeted_patterns: bool = False,
        refusals: bool = True,
        gerund_clauses: bool = True,
        reported_accusations: bool = True,
    ) -> None:
        self.verbs = verbs
        self.discards = discards  # PETRARCH discard phrases: the sentence is not coded
        self.story_discards = story_discards  # ... the article is not coded
        self.future_as_intent = future_as_intent
        self.hypotheticals = hypotheticals
        self.opposites = dict(opposites) if opposites is not None else None
        self.headline_passive = headline_passive
        self.passive_without_by = passive_without_by
        self.require_dyad = require_dyad
        self.untargeted_patterns = untargeted_patterns
        self.refusals = refusals
        self.gerund_clauses = gerund_clauses
        self.reported_accusations = reported_accusations
        self._accuse = compile_pattern("$ <say> +", cameo="112", rule="coder:reported-accusation")
        self._phone = compile_pattern(
            "$ <telephone> +", cameo="041", rule="coder:telephone-call", symmetric=True
        )
        # "retook the town after heavy fighting with the rebels": the fight, besides the capture
        self._fight = compile_pattern("$ <fight> +", cameo="190", rule="coder:capture-fighting")
        # "rejected a UN resolution threatening sanctions", "rejected an EU ultimatum"
        self._issued = {
            cameo: compile_pattern("$ <issue> +", cameo=cameo, rule=f"coder:rejected-{name}")
            for cameo, name in (("130", "threat"), ("1312", "threat"), ("139", "ultimatum"))
        }
        self._modifiers: dict[str, bool] = {}  # word -> may modify a noun (memo)
        self._made: dict[str, Actor] = {}  # actors made for shared role nouns

    #: the keyword options of ``__init__`` (see the class docstring)
    OPTIONS = (
        "future_as_intent",
        "hypotheticals",
        "opposites",
        "headline_passive",
        "passive_without_by",
        "require_dyad",
        "untargeted_patterns",
        "refusals",
        "gerund_clauses",
        "reported_accusations",
    )

    def with_options(self, **options: Any) -> PatternCoder:
        """RETURNS (PatternCoder): a coder with the same dictionaries and some options changed
        (``self`` when none changes). Raises TypeError for an unknown option."""
        unknown = set(options) - set(self.OPTIONS)
        if unknown:
            raise TypeError(f"unknown PatternCoder options: {', '.join(sorted(unknown))}")
        if all(getattr(self, k) == v for k, v in options.items()):
            return self
        current = {k: getattr(self, k) for k in self.OPTIONS}
        copy = PatternCoder(
            self.verbs, self.discards, self.story_discards, **{**current, **options}
        )
        copy._modifiers = self._modifiers  # the same dictionary: the same modifier memo
        return copy

    def __call__(self, article: Article) -> Article:
        if self.story_discards and has_discard(article.text, self.story_discards):
            return article.evolve(events=())
        by_sentence: dict[int, list[Mention]] = {}
        for mention in article.mentions:
            by_sentence.setdefault(mention.sentence, []).append(mention)
        numbers = {id(m): i for i, m in enumerate(article.mentions)}
        events: list[Event] = []
        for sent in article.sentences:
            mentions = by_sentence.get(sent.index, [])
            if mentions:
                events.extend(self.code_sentence(article, sent, mentions, numbers=numbers))
        return article.evolve(events=tuple(_drop_headline_repeats(article, events)))

    # -- one sentence ---------------------------------------------------------------------
    def code_sentence(
        self,
        article: Article,
        sent: Sentence,
        mentions: list[Mention],
        *,
        numbers: Mapping[int, int] | None = None,
    ) -> list[Event]:
        """RETURNS (list[Event]): the events of one sentence. numbers (Mapping[int, int]): the
        position of each mention (by ``id``) in ``article.mentions``, when already known."""
        if numbers is None:
            numbers = {id(m): i for i, m in enumerate(article.mentions)}
        text = article.text[sent.start : sent.end]
        if self.discards and has_discard(text, self.discards):
            return []
        if is_sports(text):
            return []  # "Brazil beat Italy 3-2 on penalties": no assault
        mentions, ordinary = _mediators_last(mentions)
        units = _units(
            tokenize(text, sent.start),
            mentions[:ordinary] if ordinary < len(mentions) else mentions,
            self.verbs.vocabulary,
            self._modifiers,
        )
        if ordinary < len(mentions):  # "U.S.-brokered" reads as one word, as "UN-brokered"
            units = _compound_words(units, mentions[ordinary:])
        coding, offsets = _coding_string(units)
        hits = self._hits(units, coding, offsets, mentions)
        if ordinary < len(mentions):
            # "agreed to an Egyptian-brokered ceasefire": the mediator named by a compound
            # (no pattern's actor) mediates between the parties of the process
            mediations = _compound_mediations(units, mentions, ordinary)
            hits.extend(h for h in mediations if self._factual(units, h))
        if self.opposites is None:  # CAMEO semantics only
            if any(h.pattern.cameo in WEAPON_CODES for h in hits):
                # "Russian warplanes pounded Aleppo", "fired cruise missiles at": 195
                weapon_subcodes(hits, units, mentions, article.text)
            _actor_word_codes(hits, mentions, article.text)
            if any("<expel>" in h.pattern.text for h in hits):
                _own_land_expulsions(hits, units)
            if any(word in text for word in _POST_WORDS):  # "stormed the … embassy in …"
                _posts_on_own_soil(hits, units, mentions)
            for hit in hits:
                if hit.pattern.cameo == "192" and hit.targets:
                    self._places_taken(hit, mentions, article.text)
                elif hit.pattern.cameo == "152" and hit.sources and not hit.passive:
                    self._alert_against(hit, hits, units, mentions)
                if hit.pattern.cameo[:2] in _LOCATED_ROOTS and len(hit.targets) == 1:
                    self._located_victims(hit, units, mentions)
            if _RESPONSE_WORD in text:  # "… sent tanks across the border in response"
                self._response_targets(hits, units, mentions)
        events: list[Event] = []
        seen: set[tuple[str, str, str]] = set()
        main: _Hit | None = None  # the last hit coded with a target
        # the same for every hit of the sentence: found once, when the first event needs it
        date_of = functools.cache(lambda: sentence_dates(article, sent, units, hits))
        for at, hit in enumerate(hits):
            if main is not None and _casualty_clause(units, mentions, hit, main):
                continue
            if not hit.targets and (earlier := _act_named_again(units, hits, at)):
                # "… signed a treaty, as Ukraine denounced the move": aimed at the treaty's signer
                hit = dataclasses.replace(hit, targets=earlier)
            found = self._events(article, sent, units, mentions, hit, len(events), numbers, date_of)
            if main is not None and _background(units, main, hit):
                found = [e for e in found if e.target is not None]
            if len(found) > 1:
                found = _one_country_target(found)
            if any(e.target is not None for e in found):
                main = hit
            for event in found:
                key = (
                    event.source.code if event.source else "",
                    event.target.code if event.target else "",
                    event.cameo,
                )
                if key not in seen:  # "A, the minister, met B": one event, not two
                    seen.add(key)
                    events.append(event)
        if self.require_dyad and not self.untargeted_patterns:
            # "Mubarak stepped down and handed power to the army": the act without a target
            # is the one with a target, not a second event
            targeted = {
                (e.source.code, e.cameo[:2]) for e in events if e.target is not None and e.source
            }
            events = [
                e
                for e in events
                if e.target is not None
                or e.source is None
                or (e.source.code, e.cameo[:2]) not in targeted
            ]
        if self.opposites is None and any(e.cameo == "044" for e in events):
            # "Trump and Kim shook hands at a hotel on Singapore's Sentosa island, in the first
            # meeting between …": one meeting, at a third location (044); the residual 040 of
            # the same pair is not coded beside it, as the codebook says (session 10)
            third = {_pair(e) for e in events if e.cameo == "044"}
            events = [e for e in events if e.cameo != "040" or _pair(e) not in third]
        if events and self.opposites is None:  # CAMEO: no event within a chain of command
            events = _own_commands(events, article.text)
        if events and article.segments[sent.segment].kind == "caption":
            # session 11: a photo caption names where the picture was taken ("X speaks to
            # supporters in Awamiya, eastern Saudi Arabia") and what it shows ("X stands with Y")
            events = _caption_scene(article, events)
        return _conceded(events)

    def _hits(
        self, units: list[_Unit], coding: str, offsets: list[int], mentions: list[Mention]
    ) -> list[_Hit]:
        candidates: list[_Hit] = []
        words = [u.norm for u in units if u.mention is None]
        present = set(words)
        by = "by" in present
        # the patterns anchored in the sentence whose required words all occur
        for pattern in self.verbs.matchable(words, present):
            self._match(pattern, units, coding, offsets, by, present, candidates)
        if self.future_as_intent and self.opposites is None:
            # "X said that Y must reach an agreement": X's demand to Y (CAMEO semantics only)
            candidates.extend(_reported_demands(units, candidates))
        best = _best(candidates, units, direct=self.headline_passive, places=self.opposites is None)
        chosen = _purpose_protests(best, units)
        if self.opposites is None:  # CAMEO semantics only
            # "pressed Armenia to resume talks": an appeal to negotiate (026)
            chosen = _infinitive_contents(chosen, candidates, units)
            chosen = _threat_contents(chosen, candidates, units)
            # "urged the minister to resign": an appeal for a change in leadership (0241)
            chosen = content_subcodes(chosen, units)
        if self.reported_accusations and any(h.pattern.cameo[:2] in _ACCUSABLE for h in chosen):
            chosen = self._accusations(chosen, units)
        if self.opposites is None:  # CAMEO semantics only (not PETRARCH's own dictionaries)
            chosen = self._phone_calls(chosen, units)
            chosen = _capture_fights(chosen, units, self._fight)
            chosen = _subject_attacks(chosen, units)
            if any(h.pattern.cameo[:2] in _VIOLENT_ROOTS and h.sources for h in chosen):
                chosen = _placed_killers(chosen, units)

            if _CLAIM_WORDS & present and any(h.pattern.cameo == "015" for h in chosen):
                # "suicide bombers struck …, and Islamic State claimed responsibility": the
                # claim names the attack's victim and its author
                chosen = _claimed_attacks(chosen, units)
            if _REASON_WORDS & present:  # "in retaliation for X's visit": background
                chosen = [h for h in chosen if not _reason_act(units, h)]
            if len(chosen) > 1:  # "…, calling it a betrayal", "…, the first Israeli strike on"
                chosen = _restated_acts(_restated_comments(chosen, units), units)
            if DENYING & present and any(h.pattern.cameo[:2] == "11" for h in chosen):
                # "blamed ETA for the blasts, but the separatists denied any involvement": the
                # denial is aimed at the accuser
                chosen = _denials(chosen, units)
            if ISSUED_NOUNS & present and any(h.pattern.cameo[:2] == "12" for h in chosen):
                # "Sudan rejected a UN Security Council resolution threatening oil sanctions":
                # the Council's threat to Sudan
                chosen = _rejected_issues(chosen, units, self._issued)
            if AMONG_WORDS & present:  # "took hundreds of guests hostage, among them …"
                chosen = _named_among(chosen, units)
            if AIMED_WORDS & present and any(h.pattern.cameo[:2] == "15" for h in chosen):
                # "flew bombers over the Korean peninsula in a show of force aimed at X": X
                chosen = _aimed_postures(chosen, units)
            if AGENT_WORDS & present and any(h.pattern.cameo[:2] == "09" for h in chosen):
                # "an investigation into the disappearance of citizens under X's regime": X
                chosen = _investigated_agents(chosen, units)
            if HOSTAGE_WORDS & present:  # "seized a school and took 1,000 people hostage"
                chosen = _seized_for_hostages(chosen, units)
            if any(h.pattern.cameo == "175" and not h.targets for h in chosen):
                # "protesters took to the streets, and police fired tear gas to disperse them"
                groups = {m for m, x in enumerate(mentions) if len(x.actor.code) > 3}
                chosen = _dispersed_protesters(chosen, units, groups)
            if "and" in present and ("in" in present or "near" in present):
                # "fired missiles at camps in Afghanistan and a plant in Sudan": both struck
                chosen = _conjoined_places(chosen, units)
            if "and" in present and ("in" in present or "at" in present):
                # "Iran's foreign minister and Haniyeh meet again in Doha": where, not whom
                for hit in chosen:
                    if hit.targets and len(hit.sources) > 1:
                        place = _meeting_venue(units, hit)
                        if place is not None:
                            hit.targets = [t for t in hit.targets if t != place]
                            # the members met each other, whatever the pattern's symmetry
                            hit.reciprocal = not hit.targets
            if "again" in present and ("in" in present or "at" in present):
                # "Iran's envoy held talks with the US ambassador and agreed to meet again in
                # Baghdad": the next meeting's party is the one just met, Baghdad its venue
                _next_meeting_partners(chosen, units)
            if "in" in present and _GROUP_NOUNS & present:
                # "leaders of Palestinian factions were due to meet in Egypt": the factions
                # meet each other there; Egypt is no partner
                for hit in chosen:
                    if hit.targets and len(hit.sources) == 1:
                        place = _group_venue(units, hit)
                        if place is not None:
                            hit.targets = [t for t in hit.targets if t != place]
            if any(h.pattern.cameo[:2] == "16" and len(h.sources) > 1 for h in chosen):
                # session 11: "Turkey and Israel expel envoys": each expels the other's; the
                # envoys of no named state are the other member's
                for hit in chosen:
                    if hit.pattern.cameo[:2] == "16" and _mutual_expulsion(units, hit):
                        hit.targets = []
                        hit.reciprocal = True
                        if hit.pattern.cameo == "166":  # expelled envoys: ties cut (161)
                            hit.pattern = _refined(hit.pattern, "161")
            if "'s" in present:
                # session 11: "promised Iran's support", "offered Turkey's help": after the verb
                # of "promised Hamas support", a possessor owns the thing given; it is the
                # giver, not the one it is given to
                for hit in chosen:
                    if hit.targets and "> + .." in hit.pattern.text and _owner_of_gift(units, hit):
                        hit.targets = []
            if "avenge" in present:
                # session 11: "vowed to avenge Haniyeh": the one avenged is the victim, not
                # the one threatened; the threat is aimed at his killer (found below from an
                # attack the sentence names, else none)
                for hit in chosen:
                    if hit.targets and units[hit.last].norm == "avenge":
                        hit.targets = []
            if VOWING & present and any(h.pattern.cameo[:2] in ("13", "19") for h in chosen):
                # "Israel struck Iran's nuclear sites, and Tehran vowed a harsh response": the
                # revenge is vowed against the attacker's state
                for vow in _vengeance(chosen, units):
                    vow.actors = vow.actors or {}
                    for t in vow.targets:
                        state = self._country(mentions[t].actor)
                        if state is not None:
                            vow.actors[t] = (state,)
            if TRUCE_NOUNS & present:  # "brokered a truce between A and B": A and B agreed
                chosen = _brokered_truces(chosen, units)
            if _PAIR_WORDS & present:  # "as the two sides' top diplomats met in Geneva"
                for hit in chosen:
                    pair = _pair_members(units, hit)
                    if pair is not None:
                        # each side's diplomats: the side's country with the role noun's sector
                        role = mentions[hit.sources[0]].actor
                        hit.sources = pair
                        hit.actors = hit.actors or {}
                        for member in pair:
                            side = mentions[member].actor
                            if side.country and len(side.country) == 3 and role.sectors:
                                code = side.country + role.code[3:]
                                hit.actors[member] = (
                                    self._actor(code, side.name, side.country, role.sectors),
                                )
                    elif (sides := _both_sides(units, hit)) is not None:
                        hit.targets = sides
            if JUDGED_MOVES & present and len(chosen) > 1:
                # "…, a move Haiti's government condemned as inhumane": the doer is judged
                _judged_movers(chosen, units)
        for hit in chosen:
            hit.sources = self._share_roles(units, mentions, hit.sources, hit)
            hit.targets = self._share_roles(units, mentions, hit.targets, hit)
            if hit.pattern.inverse and hit.targets:
                # "…, drawing protests from Syria": the actor after the words does the act
                hit.sources, hit.targets = hit.targets, hit.sources
        return chosen

    def _match(
        self,
        pattern: Pattern,
        units: list[_Unit],
        coding: str,
        offsets: list[int],
        by: bool,
        present: set[str],
        candidates: list[_Hit],
    ) -> None:
        """Add the active and passive hits of one pattern to ``candidates``."""
        for m in pattern.regex.finditer(coding):
            hit = self._fill(pattern, m, units, offsets)
            if hit is not None:
                candidates.append(hit)
        if pattern.passive is not None and by and not pattern.participles.isdisjoint(present):
            for m in pattern.passive.finditer(coding):
                hit = self._fill_passive(pattern, m, units, offsets)
                if hit is not None:
                    candidates.append(hit)

    def _accusations(self, hits: list[_Hit], units: list[_Unit]) -> list[_Hit]:
        """Hostile acts reported by a speaker: "Israel said Hamas kidnapped three Israeli
        teenagers" (the speaker or its people suffered the act) is also an accusation by the
        speaker (112), and so is "Iran plotted to kill the envoy, U.S. prosecutors alleged" (the
        act is coded as well, as the CAMEO manual codes "…, a human rights organization
        charged"). "Iran armed Hamas, U.S. officials say" reports a fact, no accusation, and
        so does any closing attribution but one of alleging ("…, killing 17 sailors, US officials
        said")."""
        trailing = _trailing_attribution(units)
        out: list[_Hit] = []
        for hit in hits:
            out.append(hit)
            if hit.pattern.cameo[:2] not in _ACCUSABLE or not self._factual(units, hit):
                continue
            accused = hit.targets if hit.passive else hit.sources
            victims = hit.sources if hit.passive else hit.targets
            start = min((i for i, u in enumerate(units) if u.mention in accused), default=hit.first)
            say = _leading_attribution(units, min(start, hit.first))
            if say is not None:
                speaker, confidence = _subject(units, say)
                alleging = units[say].norm in _ALLEGING
            elif trailing is not None and trailing[0] > hit.last:
                say, speaker = trailing
                alleging, confidence = units[say].norm in _ALLEGING, 0.9
                if not alleging:
                    # "…, killing 17 sailors, US officials said", "…, Palestinian witnesses
                    # said": the wire's closing attribution names the source of the report, no
                    # accuser (the dev gold codes none of these); "…, prosecutors alleged" is
                    # one (session 10, round 17)
                    continue
            else:
                continue
            # "…, U.S. prosecutors alleged": an accusation; "Israel said Hamas kidnapped three
            # Israeli teenagers": an accusation by the victim (covert violence, 18x and 20x,
            # not an open military action: "Israeli officials said Iran launched drones")
            if not (
                alleging
                or (hit.pattern.cameo[:2] in _DENIABLE and _victim(units, speaker, victims))
            ):
                continue
            known = any(u.mention in speaker and not _unknown(u) for u in units)
            # (an actor accusing itself is a misread: "an Israeli airstrike killed X, whom
            # Israel accused of …" accuses X)
            if (
                known
                and accused
                and not set(speaker) & set(accused)
                and set(_codes(units, speaker)).isdisjoint(_codes(units, accused))
            ):
                out.append(
                    _Hit(
                        self._accuse,
                        say,
                        say,
                        speaker,
                        list(accused),
                        confidence=confidence * hit.confidence * 0.9,
                        verb=say,
                    )
                )
        out.sort(key=lambda h: h.first)
        return out

    def _phone_calls(self, hits: list[_Hit], units: list[_Unit]) -> list[_Hit]:
        """ "Clinton apologised to Jiang in a telephone call", "Merkel asked Putin in a phone
        call to use his influence": the act was said in a telephone call between its source and
        its target, which is a contact of its own (041, both ways), as the CAMEO manual codes a
        telephone conversation."""
        out = list(hits)
        for n, hit in enumerate(hits):
            if not hit.targets or hit.passive or hit.pattern.cameo[:2] not in _SPOKEN_ROOTS:
                continue
            if hit.pattern.cameo.startswith("041"):
                continue
            end = hits[n + 1].first if n + 1 < len(hits) else len(units)
            # "told Putin in a telephone call … to pull": the call may stand inside the pattern,
            # right after its target
            at = [k for k in range(hit.first, hit.last + 1) if units[k].mention in hit.targets]
            call = _phone_call(units, at[-1] + 1 if at else hit.last + 1, end)
            if call is not None:
                out.append(
                    _Hit(
                        self._phone,
                        call[0],
                        call[1],
                        list(hit.sources),
                        list(hit.targets),
                        confidence=hit.confidence * 0.9,
                        verb=call[0],
                    )
                )
        out.sort(key=lambda h: h.first)
        return out

    def _factual(self, units: list[_Unit], hit: _Hit) -> bool:
        """True when a hit is coded as a done act (not negated, announced or hypothetical)."""
        verb = hit.mood if hit.mood is not None else _verb_of(hit)
        return not (
            _hypothetical(units, verb, hit, modals=self.hypotheticals)
            or _negated(units, verb)
            or _future(units, verb)
        )

    def _fill(
        self, pattern: Pattern, m: re.Match[str], units: list[_Unit], offsets: list[int]
    ) -> _Hit | None:
        first, last = _unit_at(offsets, m.start() + 1), _unit_at(offsets, m.end() - 1)
        verb = _unit_at(offsets, m.start("verb") + 1) if m.re.groupindex.get("verb") else first
        if pattern.passive is not None and _after_be(units, verb):
            if self.passive_without_by:
                return self._open_passive(pattern, first, last, units)
            return None  # "was criticized by": the passive reading codes it
        if pattern.source_slot == "left" and _noun_reading(units, verb):
            return None  # "the visit", "its support": a noun, not the verb
        if units[verb].weak is not None and pattern.verbal:
            # "Assad's government blames armed gangs": a word of a role noun phrase (no country
            # of its own, kept as words) is no verb of the clause (session 9)
            return None
        if pattern.source_slot == "left" and _passive_participle(units, verb):
            return None  # "the ambassador was shot dead": the subject suffered it
        if (
            self.headline_passive
            and pattern.source_slot == "left"
            and _headline_victim(units, verb, pattern)
        ):
            return None  # "Russian ambassador shot dead in Ankara": the subject suffered it
        agent = _reduced_passive(units, verb, pattern)
        if agent is not None:
            return _reduced_relative(units, pattern, verb, agent)
        if _objectless_participle(units, verb, pattern):
            return None  # "returned weapons seized last year from X": describes the weapons
        if _attributive_participle(units, verb, pattern):
            return None  # "after hijacked airliners slammed into the Pentagon": an adjective
        if _travelling_thing(units, verb, pattern):
            return None  # "attacks on ships heading to Israeli ports": the ships travel
        modified = _noun_participle(units, verb) if pattern.source_slot == "left" else None
        if modified is not None and units[modified].weak is None:
            return None  # "the coalition fighting the Houthis": the coalition fights
        if pattern.source_slot == "left" and _alleged_content(units, verb):
            return None  # "accused the emirate of supporting Hamas": the emirate's act, alleged
        hit = _Hit(pattern, first, last, [], [], verb=verb)
        for slot, group in ((pattern.source_slot, "src"), (pattern.target_slot, "tgt")):
            found: list[int] = []
            if slot == "inside":
                found = _compound(units, _unit_at(offsets, m.start(group) + 1))
                after = _unit_at(offsets, m.end(group) - 1) + 1
                if group == "src" and not pattern.verbal and _clause_after(units, after):
                    return None  # "the army might launch operations against": a clause
            elif slot == "left" or (slot == "none" and group == "src"):
                # "Iran agreed to suspend enrichment after talks with Britain": a noun phrase
                # adjoined to the clause by "after", "during" or "at" is the clause subject's
                hit.adjunct = _adjunct(units, pattern, first)
                verbal = pattern.verbal or hit.adjunct
                window = _SUBJECT_WINDOW if verbal else _NOUN_SUBJECT_WINDOW
                if verbal and _coordinated(units, first):
                    # session 10: "Putin described the incident as a stab in the back by
                    # accomplices of terrorists and warned of …": a verb after "and" shares
                    # the subject of the clause, which may stand further back than one verb's
                    window = _COORDINATED_WINDOW
                found, confidence = _subject(units, first, window)
                if modified is not None:
                    # "the forces fighting Islamic State": the role noun fights, no actor
                    # named before it
                    found, confidence = _compound(units, modified), 0.8
                if (
                    found
                    and (not verbal or units[verb].norm.endswith("ing"))
                    and _witnessed(units, first, found)
                ):
                    found = []  # "activists report heavy shelling of Homs": not the shellers
                if found and _casualty_cause(units, first):
                    # "Iran to pay families of Palestinians killed in attacks on Israelis": the
                    # attack is the victims' background; the clause's subject is not its author
                    found = []
                if group == "src":
                    hit.confidence = confidence
            elif slot == "right":
                direct = self.headline_passive and _ends_with_verb_phrase(pattern)
                avoid = _codes(units, hit.sources) if group == "tgt" else ()
                partner = self.opposites is None and _partner_act(pattern)
                if group == "tgt" and _reciprocal(units, last):
                    if pattern.adjacent and not _adjacent_object(units, last, []):
                        return None  # "called each other liars": a label, no telephone call
                    # "China and India blamed each other for …": no actor after the verb is its
                    # object; the members of the subject are each other's targets
                    hit.reciprocal = True
                else:
                    found = _object(
                        units,
                        last,
                        direct=direct,
                        avoid=avoid,
                        places=partner,
                        asides=aside_act(pattern.cameo),
                    )
                    if pattern.adjacent and not _adjacent_object(units, last, found):
                        return None  # "called the killing a provocation": no call, no pairing
                    if found and pattern.cameo.startswith(_BACKING_CODES):
                        # "the groups they support against Israel": support or aid against an
                        # actor is given to someone else, the one opposed is no target
                        found = [f for f in found if not _opposed(units, last, f)]
            if group == "src":
                hit.sources = found
            else:
                hit.targets = found
        if not pattern.verbal and pattern.source_slot == "inside":
            # "ready to host a meeting between A and B", "would welcome talks between A and B":
            # the meeting is only announced or wished for, and by another actor: not coded
            governing = _governing_verb(units, first)
            if governing is not None and (
                _hypothetical(units, governing, hit, modals=self.hypotheticals)
                or _future(units, governing)
            ):
                return None
            if _sought_process(units, first):
                return None  # "a road map for peace talks between A and B": not held
        if pattern.source_slot == "left" and _passive_conjunct(units, verb):
            return None  # "was captured in Nairobi and flown to Turkey": a passive, no agent
        if pattern.source_slot == "left" and _adverbial_gerund(units, verb):
            if not self.gerund_clauses:
                return None  # "after leaving Z": no subject of its own (PETRARCH)
            hit.coordinated = True
        else:
            # "… and promised aid", "…, killing three soldiers": the subject of the verb before
            hit.coordinated = pattern.source_slot == "left" and (
                _coordinated(units, first) or _participle_clause(units, verb)
            )
            if hit.coordinated and not hit.passive:
                subject = _participle_clause_subject(units, hit)
                if subject is not None:
                    hit.sources = subject
        # the purpose of a trip ("for talks with Z") takes the traveller later (_trip_purposes)
        if hit.adjunct and not _adjunct_partner(units, hit):
            return None  # "after talks with Hamas reached an impasse": a clause of its own
        keep = hit.sources or hit.coordinated or hit.adjunct or pattern.trip == "purpose"
        return hit if keep else None

    def _fill_passive(
        self, pattern: Pattern, m: re.Match[str], units: list[_Unit], offsets: list[int]
    ) -> _Hit | None:
        first, last = _unit_at(offsets, m.start() + 1), _unit_at(offsets, m.end() - 1)
        agent = m.start("src")
        if agent < 0:  # "was accused of supplying drones to Y by X": the words between the
            # pattern and "by X" are not part of the hit (they may be an act of their own, the
            # accusation's content)
            own = "own" if m.start("src2") >= 0 else "own3"
            agent = m.start("src2") if own == "own" else m.start("src3")
            last = _unit_at(offsets, m.end(own) - 1)
        sources = _compound(units, _unit_at(offsets, agent + 1))
        targets, confidence = _subject(units, first)
        if _abstract_patient(units, first):
            targets = []  # "the peace process had been killed by X": no actor suffered it
        if not targets and self.require_dyad and not _coordinated(units, first):
            # without require_dyad: "a camp was attacked by X" (no actor attacked); "… arrived
            # in Pyongyang for a summit between the two Koreas and was greeted by Kim": a
            # passive after "and" takes the subject of the verb before (_share_subjects)
            return None
        return _Hit(
            pattern, first, last, sources, targets, passive=True, confidence=confidence * 0.95
        )

    def _open_passive(
        self, pattern: Pattern, first: int, last: int, units: list[_Unit]
    ) -> _Hit | None:
        """ "X was criticized over its dispute with Y" (``passive_without_by``): the subject is
        the target, the first actor after the verb the source."""
        targets, confidence = _subject(units, first)
        if not targets:
            return None
        sources = _object(units, last, avoid=_codes(units, targets))
        if not sources:
            return None
        return _Hit(
            pattern,
            first,
            last,
            sources,
            targets,
            passive=True,
            confidence=confidence * 0.9,
            open_passive=True,
        )

    # -- building events ------------------------------------------------------------------
    def _events(
        self,
        article: Article,
        sent: Sentence,
        units: list[_Unit],
        mentions: list[Mention],
        hit: _Hit,
        seq: int,
        numbers: Mapping[int, int],
        date_of: Callable[[], SentenceDates] | None = None,
    ) -> list[Event]:
        """RETURNS (list[Event]): the events of one hit. date_of (Callable | None): the dates
        of the sentence's events (computed once per sentence by :meth:`code_sentence`)."""
        verb_index = hit.mood if hit.mood is not None else _verb_of(hit)
        why = _hypothetical(units, verb_index, hit, modals=self.hypotheticals)
        negated = _negated(units, verb_index)
        # "will not meet", "would not accept": a refusal (12x), as the CAMEO manual codes it
        # "refused to release", "declined to resign": a refusal too
        refusing = (
            self.refusals
            and self.future_as_intent
            and self.opposites is None
            and (
                (negated and why in ("", "modal") and _refusal(units, verb_index))
                or (not negated and why == "infinitive" and _refused(units, verb_index))
            )
        )
        if why == "modal" and self.future_as_intent and not negated and _hostile(hit.pattern.cameo):
            # "said they would blockade Paris", "may halt mediation if …": a hostile act under a
            # modal is a threat (13x), as the CAMEO manual codes it; other modal acts are not
            # coded ("Raisi would visit Riyadh if …")
            future = True
        elif why == "modal" and self.future_as_intent and _reported_would(units, verb_index):
            # "said it would meet Y": the reported "will", an announcement
            future = not negated
        elif why and not refusing:
            return []
        else:
            future = not negated and self.future_as_intent and _future(units, verb_index)
            if future and _declared(hit.pattern.text):
                # "the party will boycott the elections (unless …)": a boycott is declared, and
                # declaring it is the boycott (143), as the CAMEO manual codes it, not a threat
                future = False
            elif future and _penalty_decided(units, verb_index, hit.pattern.cameo):
                # "EU ministers agreed on Monday to ban imports of Iranian oil": the decision
                # imposes the sanctions (163), no threat of them (session 10, round 17)
                future = False
        visited = ""  # the guest's visit of a welcome (see _welcomed_visitor)
        if refusing:
            cameo: str | None = refusal_code(hit.pattern.cameo)
            back = None
        else:
            cameo = self._mood(hit.pattern.cameo, negated, future)
            back = hit.pattern.reverse
            if self.opposites is None and _peacekeepers_arrive(article, units, mentions, hit):
                # "the first Nigerian peacekeepers arrived in Monrovia": peacekeeping provided
                # (074) and received (0861), as the CAMEO codebook codes arriving peacekeepers
                cameo, back = self._mood("074", negated, future), "0861"
            elif self.opposites is None and (
                aid := _delivery_arrives(article.text, sent, units, mentions, hit)
            ):
                # "the Patriot systems supplied by the United States arrived in Ukraine": aid
                # delivered (07x), not a visit
                cameo, back = self._mood(aid, negated, future), None
            if self.opposites is None and cameo in _SEARCH_CODES and _part_of_inquiry(units, hit):
                # "police raided the Lima home of President Dina Boluarte as part of an
                # investigation into undeclared luxury watches": a criminal investigation (091)
                cameo = self._mood("091", negated, future)
            if self.opposites is None and back is None and _welcomed_visitor(units, hit):
                # "Clinton welcomed Jiang Zemin to the White House for the first state visit":
                # the host's welcome (043) and the guest's visit (042) to the host's state
                back = visited = "042"
            back = self._mood(back, negated, future) if back else None
        if cameo is None and back is None:
            return []
        # "the prime minister resigned": an act without a target by nature (an entry marked
        # ``untargeted``) is coded without one even when the coder requires a dyad
        untargeted = hit.pattern.target_slot == "none" and (
            self.untargeted_patterns
            or (hit.pattern.untargeted and cameo == hit.pattern.cameo and _asserted(units, hit))
        )
        # "Thousands of Iraqis demonstrated in Baghdad": a protest without a target is aimed at
        # the government of the place, or of the protesters' own country
        implicit = (
            hit.pattern.target_slot in ("none", "right")
            and not hit.targets
            and (
                hit.pattern.cameo[:2] in _IMPLICIT_TARGET_ROOTS
                or hit.pattern.cameo[:3] in _IMPLICIT_TARGET_ROOTS
            )
        )
        if implicit and _in_protest(units, hit):
            return []  # "recalled its ambassador from Israel in protest": the act is the recall
        if implicit and _festive(units, hit):
            return []  # "rallied in Gaza City to mark the anniversary": no government opposed
        # "the government is prepared to impose martial law as battles raged": a curfew, state
        # of emergency or martial law without a target is imposed on the state's own country
        own_land = (
            hit.pattern.target_slot in ("none", "right")
            and not hit.targets
            and hit.pattern.cameo in _OWN_LAND_CODES
        )
        place = _place(units, hit.last) if implicit else None
        held = None  # the state that holds the protesters, named in the subject
        if implicit and place is None:
            # "Palestinian prisoners in Israeli prisons began a hunger strike": the place is
            # named in the subject; the protest is against that state
            held = _subject_place(units, hit.sources, hit.first)
        # a refusal is one side's, and so is an announced meeting with a named target ("X will
        # meet Y": X's intent); "X and Y will meet" is both sides'
        symmetric = hit.pattern.symmetric and not refusing and not (future and hit.targets)
        if hit.located:
            # "troops fought rebels on the outskirts of Kinshasa": the direct object of the
            # verb is fought, not a side coded as fighting back (session 9; the dev gold
            # codes one direction for it)
            symmetric = False
        if hit.reciprocal and len(hit.sources) > 1:
            symmetric = not refusing  # "A and B blamed each other": each blamed the other
        if (
            not hit.targets
            and len(hit.sources) > 1
            and (
                (
                    hit.pattern.target_slot == "none"
                    and hit.pattern.cameo.startswith(_JOINT_UNTARGETED)
                )
                # "Israel and Hamas violated the ceasefire": each side violated it against the
                # other, as the CAMEO manual codes it (two events), whichever 196 pattern read it
                or (hit.pattern.target_slot == "right" and hit.pattern.cameo == "196")
            )
        ):
            # "the government and the rebels declared a ceasefire": a joint act of the members
            symmetric = not refusing
        if len(hit.sources) > _LONG_COMPOUND:
            # a list of dozens of actors ("A, A, … and B accused each other"): one member per
            # actor, else the pairs of a symmetric act grow as the square of the list
            hit.sources = list({mentions[s].actor.code: s for s in reversed(hit.sources)}.values())
            hit.sources.reverse()
        if hit.targets and hit.pattern.cameo[:2] in ("05", "11"):
            # "Hezbollah praised the downing of the jet": the jet is the patient of the act
            # praised, not the one praised
            hit.targets = [t for t in hit.targets if not _patient_of_act_noun(units, hit, t)]
        pairs = _dyads(
            hit,
            units,
            symmetric,
            require_dyad=self.require_dyad and not untargeted and not implicit and not own_land,
        )
        # session 11, attachment round: "Armenia and Azerbaijan declared a ceasefire in the war
        # over Nagorno-Karabakh": a truce or other concession of two opposing sides named with
        # no partner but a place or what they fought over is made between the two (the same
        # for meetings, 03/04, lowered the held-out petr2 dyads: not extended to them)
        joint = not refusing and len(hit.sources) == 2 and hit.pattern.cameo.startswith("08")
        if (symmetric or joint) and _joint_members(units, hit):
            # "Peruvian and Ecuadorean troops fought for control of army outposts": the
            # members of the compound subject fought each other, not the place or the posts
            pairs = [(a, b) for a in hit.sources for b in hit.sources if a != b]
        coded = [(s, t, cameo) for s, t in pairs] if cameo else []
        if back:  # "X hosted Y" [043:042]: Y visited X
            coded += [(t, s, back) for s, t in pairs if t is not None]
        dates = date_of() if date_of is not None else sentence_dates(article, sent, units, [hit])
        date, precision, date_end = dates.of(hit, cameo or back or hit.pattern.cameo)
        evidence = (units[hit.first].start, units[hit.last].end)
        out = []
        roles = hit.actors or {}
        # a mention may stand for several actors ("lawmakers … in A and B": ALEG, BLEG)
        expanded = [
            (src, tgt, cameo, source_actor, target_actor)
            for src, tgt, cameo in coded
            for source_actor in roles.get(src, (mentions[src].actor,))
            for target_actor in (
                roles.get(tgt, (mentions[tgt].actor,)) if tgt is not None else (None,)
            )
        ]
        located: list[int | None] | None = None  # the place named after the act (found once)
        for n, (src, tgt, cameo, source_actor, target_actor) in enumerate(expanded):
            if visited and cameo == back and target_actor is not None and src in hit.targets:
                target_actor = self._country(target_actor) or target_actor
            if (
                self.opposites is None
                and hit.pattern.cameo == "042"
                and cameo in ("042", "036")
                and "MIL" in source_actor.sectors
                and "GOV" not in source_actor.sectors
            ):
                # "as British paratroopers prepared to fly to Freetown": troops travelling are
                # deployed, they pay no visit (session 9, lexicon round 15)
                continue
            if cameo == "194" and self.opposites is None and _long_range(units, hit):
                # "U.S. warships fired cruise missiles at a Syrian air base": cruise missiles
                # are aerial weapons (195), as our wire gold codes them; rockets, shells and
                # anti-tank missiles stay 194 (session 9)
                cameo = "195"
            if (
                cameo == hit.pattern.cameo
                and target_actor is not None
                and self.opposites is None
                and is_meeting(hit)
            ):
                # "Donald Trump met Kim Jong Un in Singapore": a meeting at a third location
                # (044), by the place named after the meeting and its partner (session 10)
                end = max([hit.last] + [k for k, u in enumerate(units) if u.mention in (src, tgt)])
                venue = meeting_place(units, end, hit.targets)
                if venue is not None and venue not in (src, tgt):
                    cameo = third_location(cameo, source_actor, target_actor, mentions[venue].actor)
            if (
                target_actor is not None
                and target_actor.kind == "person"
                and not _in_battle(units, hit)
            ):
                # "a drone strike killed General Soleimani", "agents captured Ocalan"
                cameo = _act_on_person(hit.pattern, cameo, source_actor)
            # "a suicide bomber killed …" is a suicide bombing (1831), not military force
            words = article.text[mentions[src].start : mentions[src].end]
            if "bomber" not in words and "attacker" not in words:
                # round 17: "a suicide bomber from Islamic State Khorasan struck …", "Two
                # suicide car bombers from the Islamist group al Shabaab struck the
                # peacekeeping base": attackers named before the group they come from, across
                # words that are no role noun of their own
                bombers = _bombers_of(article.text, sent.start, mentions[src].start)
                words = words if bombers is None else bombers + " " + words
            cameo = irregular_violence(cameo, words, source_actor, target_actor)
            if (
                cameo == "192"
                and tgt is not None
                and target_actor is not None
                and _pattern_lemmas(hit.pattern.text) & _SEIZING
                and _seized_captives(article.text, mentions[tgt], source_actor, target_actor)
            ):
                # session 11: "Iran seized British sailors": people of another country taken
                # are hostages (181), as "seized the British crew" is by its own pattern; no
                # territory is occupied (192)
                cameo = "181"
            if tgt is not None and self.opposites is None and cameo[:2] in ("18", "19"):
                # "police shot dead five protesters", "stormed a protest camp in Khartoum":
                # force against the state's own protesters is repression (175)
                lo, hi = units[hit.first].start, units[hit.last].end
                victims = mentions[tgt]
                crowd_at = _crowd_start(article.text, victims)
                object_words = article.text[min(lo, crowd_at) : max(hi, victims.end)]
                cameo = repression(cameo, source_actor, target_actor, object_words)
                if cameo == "175" and symmetric:
                    # "protesters clashed with police": the protesters' riot (145), one event
                    continue
            if self.opposites is None and cameo[:2] in ("17", "19"):
                # "protesters who torched cars", "clashed with police": a violent protest;
                # "supporters of defeated candidate Mousavi clashed with riot police" too
                crowd = article.text[_crowd_start(article.text, mentions[src]) : mentions[src].end]
                cameo = riot(cameo, crowd, source_actor, target_actor)
            elif (
                self.opposites is None
                and cameo == "145"
                and (
                    "MIL" in source_actor.sectors
                    or (
                        not _ARMED_SECTORS.isdisjoint(source_actor.sectors)
                        and ("storm" in hit.pattern.text or "<attack" in hit.pattern.text)
                    )
                )
            ):
                # "Israeli tanks stormed Yasser Arafat's headquarters", "militants had stormed
                # its consulate in Mosul": armed men storming a building is force (190), not a
                # violent protest (session 9); so is their attack on it ("Militants from the
                # Pakistani Taliban attacked the US consulate in Peshawar", session 10)
                cameo = "190"
            if hit.weapon is not None and cameo == hit.pattern.cameo:
                # "Russian warplanes pounded Aleppo": an aerial attack (195), once no reading of
                # its source or target (a riot, an assassination, repression) has taken it
                cameo = hit.weapon
            quad, goldstein, plover = _code_facts(cameo)
            if hit.pattern.plover is not None and cameo == hit.pattern.cameo:
                plover = hit.pattern.plover  # a resignation (0831) is PLOVER's RETREAT "resign"
            source = mentions[src]
            target = mentions[tgt] if tgt is not None else None
            if target_actor is None and implicit and not _STATE_SECTORS & set(source_actor.sectors):
                # a civilian protest (a state's "protest" is a complaint, 114, not this)
                where = mentions[place] if place is not None else None
                if held is not None and not cameo.startswith("14"):
                    # "prisoners in Israeli jails ended their hunger strike": eased toward the
                    # state that holds them (a protest itself is aimed at its government)
                    where = mentions[held]
                    target_actor = self._country(where.actor)
                else:
                    if held is not None:
                        where = mentions[held]
                    target_actor = self._government(where.actor if where else source_actor)
                if target_actor is not None and target_actor.code == source_actor.code:
                    continue
                target = where if target_actor is not None else None
            if target_actor is None and own_land:
                target_actor = self._country(source_actor)
                if target_actor is None or target_actor.code == source_actor.code:
                    if self.require_dyad and not untargeted:
                        continue
                    target_actor = None
            if target_actor is None and implicit and self.require_dyad and not untargeted:
                continue
            if target_actor is None and untargeted and source_actor.code.startswith("---"):
                continue  # "the official resigned": neither actor is known
            if target_actor is None and untargeted and _yields_to_dissent(units, hit, cameo):
                # "Suharto resigned after weeks of student protests": the resignation accedes
                # to the protesters' demand (0831), and they are the leader's own people
                target_actor = self._people(source_actor)
            if _pair_anaphor(article.text, source, source_actor) or (
                target is not None
                and target_actor is not None
                and _pair_anaphor(article.text, target, target_actor)
            ):
                continue  # "a meeting between the two leaders": the pair named before
            if self.opposites is None and (
                _ethnic(article.text, source)
                or (target is not None and _ethnic(article.text, target))
            ):
                # "ethnic Albanians demonstrated in Serbia": a people living in the country where
                # the act takes place is of that country (PLOVER: country, ethnic sector)
                if located is None:  # after the act and its object ("killed X in Y")
                    end = max(
                        [hit.last] + [k for k, u in enumerate(units) if u.mention in hit.targets]
                    )
                    located = [_place(units, end)]
                if located[0] is not None:
                    land = mentions[located[0]].actor
                    source_actor = self._resident(article.text, source, source_actor, land)
                    if target is not None and target_actor is not None:
                        target_actor = self._resident(article.text, target, target_actor, land)
                elif target_actor is not None and tgt is not None:
                    # "ethnic Turks staged a hunger strike against Sweden's decision" (a protest
                    # is aimed at the government of the land they live in), "fight for villages
                    # near Macedonia's border" (the target is named as a place)
                    at = next((k for k, u in enumerate(units) if u.mention == tgt), 0)
                    if cameo[:2] == "14" or (at > 0 and units[at - 1].norm in _LOCATIVE):
                        source_actor = self._resident(
                            article.text, source, source_actor, target_actor
                        )
            if (
                target is not None
                and target_actor is not None
                and self.opposites is None
                and not _possessed_by_pronoun(article.text, target)
                # "the Pentagon was sending Marines to reinforce the embassy": a post abroad
                # of no named state is no domestic target (session 8)
                and not (
                    target_actor.code.startswith("---")
                    and (
                        _names_post(article.text, target)
                        # session 10: "Yemen's Houthi movement began attacking merchant ships
                        # in the Red Sea": ships of no named state sail under any flag, not
                        # the attacker's (---BUS, not YEMBUS)
                        or _names_vessel(article.text, target)
                    )
                )
            ):
                scene = (
                    _scene_of_attack(units, mentions, source_actor)
                    if cameo[:2] in _VIOLENT_ROOTS
                    and target_actor.code == "---CVL"
                    and not _STATE_SECTORS & set(source_actor.sectors)
                    and (
                        _ARMED_GROUP_SECTORS & set(source_actor.sectors)
                        or source_actor.code.startswith("IMG")
                    )
                    else None
                )
                if scene is not None:
                    # session 11: "Hamas gunmen infiltrated southern Israel, killing hundreds of
                    # people": an armed group's victims named by no state are of the land it
                    # struck (ISRCVL), not the group's own people
                    target_actor = self._actor(scene + "CVL", scene, scene, ("CVL",))
                else:
                    target_actor = self._domestic(source_actor, target_actor, cameo)
            if target_actor is not None and self.opposites is None:
                # "demonstrators rallied outside the Chinese consulate in Toronto": protesters
                # at a state's post abroad are of the land it stands in (CANOPP), not the state's
                abroad = _post_abroad(units, mentions, hit, target, cameo)
                land = abroad.actor if abroad is not None else target_actor
                if abroad is None and _protested_states(units, mentions, hit, cameo):
                    # session 10: "huge crowds chanted slogans against Israel and the United
                    # States": bare states named as what a crowd protests against are foreign
                    # to it as often as not (and two of them cannot both be its own); a
                    # state's own government or body ("against the Algerian president") or
                    # the land marched through still tells the protesters' land; so does a
                    # place of another land named after them ("protested against the United
                    # States in Karachi": PAKOPP)
                    end = max(
                        [hit.last] + [k for k, u in enumerate(units) if u.mention in hit.targets]
                    )
                    place = _place(units, end)
                    if place is not None and mentions[place].actor.country not in (
                        None,
                        target_actor.country,
                    ):
                        source_actor = self._compatriot(source_actor, mentions[place].actor, cameo)
                elif abroad is not None or not _names_post(article.text, target):
                    # "crowds ransacked Iran's embassy": a post abroad stands in another
                    # land, so its attackers are not its state's people (session 8)
                    source_actor = self._compatriot(source_actor, land, cameo)
            if (
                target_actor is not None
                and target is not None
                and _same(
                    source_actor,
                    target_actor,
                    anaphor=target.via in _ANAPHORS
                    or (
                        source.via in _ANAPHORS
                        # "he will extend the curfew in Abidjan": a person's pronoun is not the
                        # state, and the place is named, not referred to again
                        and not (
                            source_actor.kind == "person"
                            and _after_word(article.text, target, _LOCATIVE)
                        )
                    ),
                )
                and not (
                    source_actor.code == target_actor.code
                    and _distinct(article.text, source, target, source_actor, target_actor)
                    # session 11: a state's forces do not fight their own ("The Pentagon says
                    # five sites were hit in retaliation for rocket attacks on bases hosting US
                    # forces": USAMIL and USAMIL are one side, no dyad)
                    and not (
                        cameo[:2] in _VIOLENT_ROOTS
                        and set(source_actor.sectors) & _ARMED_STATE_SECTORS
                    )
                )
            ):
                continue  # one actor; "Indonesia sent troops to Aceh" (IDN, IDN) is a dyad
            if (
                (
                    cameo[:3] == "161"
                    or (
                        cameo[:3] == "166"
                        and target_actor is not None
                        and "GOV" in target_actor.sectors
                    )
                )
                and target_actor is not None
                and target_actor.country
                and target_actor.country == source_actor.country
                and self.opposites is None
            ):
                # session 11: ties are cut with another state; "Turkey recalls its ambassador
                # as Israel protests" recalls Turkey's own envoy (TURGOV), from no state named;
                # "Iran expelled diplomats" expels another state's (not IRNGOV)
                continue
            if (
                cameo.startswith("087")
                and target is not None
                and target_actor is not None
                and _venue_of_sides(article.text, mentions, hit, target, target_actor)
            ):
                # session 10: "Palestinian President Mahmoud Abbas announced the truce in
                # Ramallah", "Egypt's foreign minister and Clinton announced the truce in Cairo":
                # a place of a side's own country after "in" is where the truce was announced
                # (or the side's own land), never the other side of a ceasefire
                continue
            if cameo[:2] in _AUDIENCE_ROOTS and (
                _press_of_no_state(source_actor) or _press_of_no_state(target_actor)
            ):
                # "Putin and Erdogan speak to reporters after their talks", "mocked the gathering
                # on social media": the press of no state is an audience or a medium, not a party
                # to a meeting or a statement (session 9)
                continue
            if target_actor is not None and cameo in _ADMISSIONS:
                # "Habibie agreed to let a United Nations peacekeeping force into East Timor":
                # peacekeepers are admitted from the body that sends them (IGOUNO), as "NATO sent
                # peacekeepers to Bosnia" makes NATO the target of Bosnia's 0861 (session 10)
                target_actor = self._force_sender(target_actor)
            key = (
                f"{article.id}|{sent.index}|{evidence}|{cameo}|{source_actor.code}|"
                f"{target_actor.code if target_actor else ''}|{seq + n}"
            )
            out.append(
                Event(
                    id=hashlib.sha1(key.encode()).hexdigest()[:16],
                    article_id=article.id,
                    date=date,
                    source=source_actor,
                    target=target_actor,
                    cameo=cameo,
                    quad_class=quad,
                    goldstein=goldstein,
                    plover=plover[0] if plover else None,
                    plover_mode=plover[1] if plover else None,
                    sentence=sent.index,
                    evidence=evidence,
                    rule=hit.pattern.rule + (":passive" if hit.passive else ""),
                    confidence=round(hit.confidence * _via_confidence(source, target), 3),
                    source_mention=numbers[id(source)],
                    target_mention=numbers[id(target)] if target else None,
                    date_precision=precision,
                    date_end=date_end,
                )
            )
        return out

    def _share_roles(
        self, units: list[_Unit], mentions: list[Mention], members: list[int], hit: _Hit
    ) -> list[int]:
        """A role noun shared by the members of a compound: "the ambassadors of A, B and C"
        (AGOV, BGOV, CGOV: the role noun heads the list), "Danish media and government" (DNKMED,
        DNKGOV: the country modifies both nouns). RETURNS (list[int]) the members, with role
        nouns that joined; their actors are recorded in ``hit.actors``."""
        if not members:
            return members
        first = mentions[members[0]]
        head = first.actor
        country = head.country
        if first.via != "agent" or not country or not head.sectors:
            return members
        if head.code != country + "".join(head.sectors):
            return members  # a prepended (NGOARN) or grouped code: no simple role to share
        start = next((i for i, u in enumerate(units) if u.mention == members[0]), None)
        if start is None:
            return members
        if units[start].role_first:
            places = [(country, head.name.split(" (", 1)[0])]
            for member in members[1:]:
                actor = mentions[member].actor
                if actor.kind == "country" and not actor.sectors and actor.country == actor.code:
                    code = actor.code + "".join(head.sectors)
                    hit.actors = hit.actors or {}
                    hit.actors[member] = (self._actor(code, actor.name, actor.code, head.sectors),)
                    places.append((actor.code, actor.name))
            # "Lawmakers and officials in A and B": role nouns coordinated before the phrase
            # share its place(s): one mention, one actor per place (ALEG, BLEG)
            joined = []
            if start > 1 and units[start - 1].norm == "and" and units[start - 2].weak is not None:
                for weak in _compound(units, start - 2):
                    sector = mentions[weak].actor.code.lstrip("-")
                    if weak in members or not (sector.isalpha() and sector.isupper()):
                        continue
                    hit.actors = hit.actors or {}
                    hit.actors[weak] = tuple(
                        self._actor(c + sector, name, c, (sector,)) for c, name in places
                    )
                    joined.append(weak)
            return [*joined, *members]
        if len(members) > 1:
            return members
        # "Danish media and government": a role noun coordinated after the phrase
        k = start + 1
        after = units[k + 1].weak if k + 1 < len(units) else None
        if after is not None and units[k].norm == "and":
            sector = mentions[after].actor.code.lstrip("-")
            if sector.isalpha() and sector.isupper():
                hit.actors = hit.actors or {}
                name = head.name.split(" (", 1)[0]
                # the phrase's modifiers are shared, its head noun is replaced: "Danish Islamist
                # media and government" (DNKMUSMED, DNKMUSGOV)
                sectors = (*head.sectors[:-1], sector)
                code = country + "".join(sectors)
                hit.actors[after] = (self._actor(code, name, country, sectors),)
                return [*members, after]
        return members

    def _domestic(self, source: Actor, target: Actor, cameo: str) -> Actor:
        """A target role noun of no known country ("political prisoners", "the protest
        leaders") acted on by a state's actor is of that state: "Cuba freed political
        prisoners" (CUB, CUBCVL). So it is when a named group of one country (a party, an armed
        movement) acts on it: "supporters of the ruling party beat up opposition activists"
        (ZWEPTY, ZWEOPP); a group of no country (IMGMUSISI) gives none. A religious or ethnic
        group (KURREB) keeps its own code.

        Session 11: ties and sanctions are between states, so their target is never the
        source's own ("Turkey and Israel expel envoys" is not TUR -> TURGOV; "he is under US
        sanctions over the executions of political prisoners" is not USA -> USAOPP), and a state
        does not bomb a body of its own state from the air ("Israeli jets hit intelligence
        sites": not ISRSPY)."""
        country = source.country
        if not target.code.startswith("---") or not country or len(country) != 3:
            return target
        if not country.isalpha() or source.kind not in _DOMESTIC_SOURCE_KINDS:
            return target
        if cameo in _INTERSTATE_CODES:
            return target
        if cameo == "195" and _STATE_SECTORS & set(target.sectors):
            return target
        code = country + target.code[3:]
        if code == source.code:
            return target  # "opposition parties … the opposition": perhaps the source again
        if target.code[3:] == "GOV" and source.code[3:6] == "GOV":
            # "the Kremlin criticised the government": another state's, not its own (a bare
            # country may be its people: "French rail workers … against the government")
            return target
        name = source.name.split(" (", 1)[0] if source.code == country else country
        return self._actor(code, name, country, tuple(target.sectors))

    def _compatriot(self, source: Actor, target: Actor, cameo: str) -> Actor:
        """A source role noun of no known country in an act that stays inside one country is
        of the target's country: protesters against a government ("fundamentalists staged a
        hunger strike against the Algerian president": DZARAD), an unnamed state body
        investigating, conceding to or coercing a country's actors ("a judge opened
        investigations against Chilean officials": CHLJUD; "the military government declared a
        state of siege in Haiti": HTIMIL). A religious or ethnic group (KURCVL) keeps its own
        code."""
        country = target.country
        if source.country or not country or len(country) != 3 or not country.isalpha():
            return source
        # the target is a country's actor: a state, a body or a named person ("a federal judge
        # placed former Argentine President Carlos Menem under house arrest": ARGJUD)
        # "the president conceded to demands from UNITA": a concession to a country's armed
        # group or party is its own state's (AGOGOV)
        kinds = _DOMESTIC_KINDS | {"group"} if cameo.startswith("08") else _DOMESTIC_KINDS
        if not cameo.startswith(_DOMESTIC_ROOTS) or target.kind not in kinds:
            return source
        if not source.code.startswith("---"):
            return source
        if cameo.startswith("14") and _STATE_SECTORS & set(source.sectors):
            return source  # a state body's "protest" is a complaint to a foreign state
        if not cameo.startswith("14") and not _STATE_SECTORS & set(source.sectors):
            return source  # only a state investigates, concedes or coerces inside a country
        return self._actor(country + source.code[3:], country, country, tuple(source.sectors))

    def _resident(self, text: str, mention: Mention, actor: Actor, land: Actor) -> Actor:
        """An ethnic group named after a nation ("ethnic Albanians", ALB) acting or suffering in
        another country (``land``) is of the country it lives in: SRB + its sectors (CVL when
        it has none), as PLOVER codes a people by its country with the ethnicity as a secondary
        sector. Other actors, and a people in its own nation's state, are unchanged."""
        country = land.country
        if not _ethnic(text, mention) or actor.kind != "country" or not actor.country:
            return actor
        if not country or len(country) != 3 or not country.isalpha() or country == actor.country:
            return actor
        sectors = tuple(actor.sectors) or ("CVL",)
        return self._actor(country + "".join(sectors), country, country, sectors)

    def _government(self, actor: Actor) -> Actor | None:
        """The government of an actor's country (None: the actor has no country)."""
        country = actor.country
        if not country or not country.isalpha() or len(country) != 3:
            return None  # an IGO, a group of no country, a people ("Kurdish prisoners")
        if actor.code == country + "GOV":
            return actor
        name = actor.name.split(" (", 1)[0] if actor.code == country else country
        return self._actor(country + "GOV", name, country, ("GOV",))

    def _country(self, actor: Actor) -> Actor | None:
        """The bare state of an actor's country (None: the actor has no country)."""
        country = actor.country
        if not country or not country.isalpha() or len(country) != 3:
            return None
        if actor.code == country:
            return actor
        found = self._made.get(country)
        if found is None:
            found = self._made[country] = Actor(code=country, name=country, country=country)
        return found

    def _force_sender(self, actor: Actor) -> Actor:
        """The body that sends a peacekeeping force (IGOUNOPKO, IGOUNOPKOLBN: IGOUNO); any other
        actor unchanged."""
        at = actor.code.find("PKO")
        if actor.kind != "igo" or at <= 3:
            return actor
        code = actor.code[:at]
        found = self._made.get(code)
        if found is None:
            name = actor.name.split(" (", 1)[0]
            found = self._made[code] = Actor(code=code, name=name, kind="igo")
        return found

    def _people(self, actor: Actor) -> Actor | None:
        """The civilians of an actor's country (None: the actor has no country)."""
        country = actor.country
        if not country or not country.isalpha() or len(country) != 3:
            return None
        return self._actor(country + "CVL", country, country, ("CVL",))

    def _alert_against(
        self, hit: _Hit, hits: list[_Hit], units: list[_Unit], mentions: list[Mention]
    ) -> None:
        """A military alert that names no foreign target (152) is aimed at the other state the
        sentence names, the author of a hostile act first: "South Korea put its armed forces
        on the highest alert after North Korean artillery shells rained down on Yeonpyeong"
        (against North Korea), "Japan put its military on alert … to guard against a possible
        North Korean missile launch". The target is that state, not the unit named ("North
        Korean artillery", "North Korean state radio")."""
        own = {code[:3] for code in _codes(units, hit.sources)}
        if not own or any(units[k].code[:3] not in own for k in _units_of(units, hit.targets)):
            return
        hostile = [
            k
            for other in hits
            if other is not hit and other.pattern.cameo[:2] in _HOSTILE_ROOTS and not other.passive
            for k in other.sources
        ]
        others = [u.mention for u in units if u.mention is not None]
        for k in [*hostile, *others]:
            actor = mentions[k].actor
            country = actor.country or ""
            if len(country) == 3 and country not in own and actor.code[:3] == country:
                name = actor.name.split(" (", 1)[0]
                hit.targets = [k]
                hit.actors = hit.actors or {}
                hit.actors[k] = (self._actor(country, name, country, ()),)
                return

    def _response_targets(
        self, hits: list[_Hit], units: list[_Unit], mentions: list[Mention]
    ) -> None:
        """A hostile act without a target done "in response" (with nothing after: no "to …")
        answers the hostile act told before it in the sentence and is aimed at that act's
        author: "Georgian troops launched an offensive to retake South Ossetia, and Russia sent
        tanks across the border in response" (Russia against Georgia). The target is the
        author's state."""
        for n, hit in enumerate(hits):
            if hit.targets or hit.passive or not hit.sources:
                continue
            if hit.pattern.cameo[:2] not in _HOSTILE_ROOTS:
                continue
            k = hit.last + 1
            if not (
                k + 1 < len(units)
                and units[k].norm == "in"
                and units[k + 1].norm == "response"
                and (k + 2 >= len(units) or units[k + 2].norm in (".", ",", ";"))
            ):
                continue
            own = {code[:3] for code in _codes(units, hit.sources)}
            for other in reversed(hits[:n]):
                if other.passive or other.pattern.cameo[:2] not in _HOSTILE_ROOTS:
                    continue
                authors = [t for t in other.sources if mentions[t].actor.code[:3] not in own]
                actor = mentions[authors[0]].actor if authors else None
                if actor is not None and actor.country and len(actor.country) == 3:
                    name = actor.name.split(" (", 1)[0]
                    hit.targets = [authors[0]]
                    hit.actors = hit.actors or {}
                    hit.actors[authors[0]] = (self._actor(actor.country, name, actor.country, ()),)
                    break

    def _places_taken(self, hit: _Hit, mentions: list[Mention], text: str) -> None:
        """A capital taken by force is a place of the country, not its government: "Syrian
        rebels seized Damascus", "Islamist rebels seized Mogadishu" (192 on SYR, SOM). The
        dictionary reads a capital's name as its government ("Damascus said …"), right for
        a speaker but not for a city occupied; a mention that names the government itself
        ("the government", "the presidential palace") keeps its code."""
        for t in hit.targets:
            actor = mentions[t].actor
            words = text[mentions[t].start : mentions[t].end]
            if (
                mentions[t].via == "dictionary"
                and actor.sectors == ("GOV",)
                and actor.country
                and len(actor.country) == 3
                and words[:1].isupper()
                and " " not in words.strip()
                and words.lower() not in _GOVERNMENT_WORDS
            ):
                name = actor.name.split(" (", 1)[0]
                hit.actors = hit.actors or {}
                hit.actors[t] = (self._actor(actor.country, name, actor.country, ()),)

    def _located_victims(self, hit: _Hit, units: list[_Unit], mentions: list[Mention]) -> None:
        """A role noun of no country as the object of a verb of combat, followed by the place
        where the fighting was: the object is the target, of the place's country, not the
        place: "Zimbabwean and Angolan troops fought rebels on the western outskirts of
        Kinshasa" (CODREB), "Philippine troops fought Islamist militants in the southern city
        of Marawi" (PHLREB). So is an armed side's or a state body's position named after the
        role noun, whatever the violent act: "bombed rebel positions near Aleppo" (SYRREB),
        "attacked police posts in Rakhine" (MMRCOP); session 9. The object search takes the
        first known actor after a role noun of no country (the city here). With other verbs
        ("killed militants in …") the role noun is left alone: a held-out suite fell."""
        if hit.pattern.symmetric and len(hit.sources) > 1 and _joint_members(units, hit):
            return  # "A and B troops fought with artillery in Kassala": they fought each other
        found = _located_role(units, hit)
        if found is None:
            return
        role, held = found
        sector = mentions[role].actor.code[3:]
        if held and sector not in _HOLDING_SECTORS:
            return  # "a refugee shelter in Qana": no armed side's position
        if not held and not _pattern_lemmas(hit.pattern.text) & _COMBAT:
            return  # "killed militants in Waziristan", "attacked …": left as they were
        place = mentions[hit.targets[0]].actor
        country = place.country
        if place.sectors or not country or len(country) != 3 or not country.isalpha():
            return  # only a bare place of a country ("Kinshasa", COD) gives its country
        if not (sector.isalpha() and sector.isupper()):
            return
        name = place.name.split(" (", 1)[0]
        hit.actors = hit.actors or {}
        hit.actors[role] = (
            self._actor(country + sector, name, country, tuple(mentions[role].actor.sectors)),
        )
        hit.targets = [role]
        hit.located = True

    def _actor(self, code: str, name: str, country: str, sectors: tuple[str, ...]) -> Actor:
        """An actor made in the coder: a country with a shared role noun."""
        found = self._made.get(code)
        if found is None:
            label = f"{name} ({', '.join(s.lower() for s in sectors)})" if sectors else name
            found = self._made[code] = Actor(
                code=code, name=label, country=country, sectors=sectors, kind="country"
            )
        return found

    def _mood(self, cameo: str, negated: bool, future: bool) -> str | None:
        """The code of an act as the sentence states it: negated, announced or done (None: the
        negated or announced act has no code of its own and is not coded)."""
        if negated:
            return self._opposite(cameo)
        if future:
            return intent_code(cameo)
        return cameo

    def _opposite(self, cameo: str) -> str | None:
        """The code of the negated act ``cameo`` (None: not coded)."""
        if self.opposites is not None:
            return self.opposites.get(cameo)
        return ontology.opposite(cameo) if ontology.is_cameo(cameo) else None


#: things delivered as aid, by the code of their delivery: military (072), humanitarian (073)
_DELIVERED = re.compile(
    r"\b(?:(?P<arms>weapons|arms|systems|tanks|missiles|ammunition|munitions|howitzers|jets)"
    r"|(?P<relief>food|medicine|medicines|relief|supplies|aid)"
    r"|(?P<goods>shipment|shipments|consignment|consignments|cargo))\b"
)


#: participles of harm before "in <act noun>": "killed in attacks", "wounded in strikes"
_HARMED = frozenset(["killed", "wounded", "injured", "hurt", "died", "maimed"])


#: the roots of acts done to people at a place ("fought rebels near Kinshasa")
_LOCATED_ROOTS = frozenset({"17", "18", "19"})
#: the verbs of combat between two armed sides, whose object is the side fought
_COMBAT = frozenset({"fight", "battle", "clash"})
#: words that may stand between a violent verb and its object ("more than 200", "at least")
_OBJECT_COUNTS = frozenset(
    "the a an more than at least some about nearly almost over up to dozens hundreds of".split()
)
#: prepositions that open the place of an act after its object ("on the outskirts of")
_PLACE_OPENERS = _LOCATIVE | {"on", "around", "outside"}
#: words of a place phrase before the place's name ("in the southern city of Marawi")
_PLACE_PHRASE_WORDS = frozenset(
    "the of city town village capital province region district state outskirts suburbs "
    "area port".split()
)


#: the places an armed group holds, named after it ("rebel positions", "militant hideouts")
_HELD_POSITIONS = frozenset(
    "positions position hideouts hideout stronghold strongholds bases base camps camp enclave "
    "bastion heartland posts post checkpoint checkpoints convoy convoys patrol patrols".split()
)


#: the sectors of armed sides and state bodies holding positions ("police posts in Rakhine")
_HOLDING_SECTORS = frozenset({"REB", "MIL", "COP", "GOV"})


def _located_role(units: list[_Unit], hit: _Hit) -> tuple[int, bool] | None:
    """The role noun of no country right after the pattern ("fought rebels", "killed more
    than 80 villagers"), when a place phrase follows it at once and ends at the hit's one
    target ("rebels on the western outskirts of Kinshasa", "lawyers with batons in Lahore"),
    and whether it names a place the role holds ("bombed rebel positions near Aleppo",
    "retake the insurgent stronghold of Fallujah"); None when there is no such role noun. Not
    for a role noun marked as foreign ("kidnapped four foreign aid workers in northern Mali":
    no people of the place)."""
    n = len(units)
    k = hit.last + 1
    while k < n and k - hit.last <= 6 and units[k].weak is None and units[k].mention is None:
        word = units[k].norm
        if word == "foreign" or not (word in _OBJECT_COUNTS or _number(word) or units[k].modifier):
            return None
        k += 1
    role = units[k].weak if k < n else None
    if role is None or not units[k].code.startswith("---"):
        return None
    single = units[k - 1].norm in ("a", "an") or (k >= 2 and units[k - 2].norm in ("a", "an"))
    while k + 1 < n and units[k + 1].weak == role:
        k += 1  # "aid workers": the role noun spans words
    k += 1
    held = k < n and units[k].norm in _HELD_POSITIONS
    if single and not held:
        return None  # "bombed a hospital in Mariupol", "a crowded bus": a building, a vehicle
    if held:
        k += 1  # "rebel positions near Aleppo", "the rebel enclave of Eastern Ghouta"
        if k >= n or units[k].norm not in _PLACE_OPENERS | {"of"}:
            return None
    else:
        if k + 1 < n and units[k].norm == "with" and units[k + 1].mention is None:
            k += 2  # "beat lawyers with batons in Lahore": the means, then the place
            if k < n and units[k].norm not in _PLACE_OPENERS and units[k].modifier:
                k += 1
        if k >= n or units[k].norm not in _PLACE_OPENERS:
            return None
    target = hit.targets[0]
    for j in range(k + 1, min(n, k + 9)):
        unit = units[j]
        if unit.mention == target:
            return role, held
        if unit.mention is not None or unit.weak is not None:
            return None
        if not (unit.modifier or unit.norm in _PLACE_PHRASE_WORDS):
            return None  # "killing 23 people in the deadliest attack in …": no place phrase
    return None


def _casualty_cause(units: list[_Unit], first: int) -> bool:
    """True for an act noun after "<harmed> in" (session 8): "families of Palestinians killed
    in attacks on Israelis" names how the victims died, not an act of the clause's subject."""
    return first > 1 and units[first - 1].norm == "in" and units[first - 2].norm in _HARMED


#: codes of support and aid, whose object is never the actor named after "against" (an act
#: "against" X, "a resolution against Libya" 057, does name its object)
_BACKING_CODES = ("051", "07")


def _opposed(units: list[_Unit], last: int, target: int) -> bool:
    """True when the actor ``target`` stands right after "against" (session 8: "efforts to
    unite the groups they support against Israel": Israel is opposed, not supported), or after
    a noun of war and "with" (session 10: "backed the resistance in the 2006 war with Israel":
    the enemy in that war)."""
    k = next(
        (i for i in range(last + 1, len(units)) if target in (units[i].mention, units[i].weak)),
        None,
    )
    if k is None:
        return False
    return units[k - 1].norm == "against" or (
        k >= 2 and units[k - 1].norm == "with" and units[k - 2].norm in _WAR_NOUNS
    )


#: nouns of a war whose "with" names the enemy ("the 2006 war with Israel")
_WAR_NOUNS = frozenset("war wars conflict fighting battle battles confrontation".split())


def _names_post(text: str, mention: Mention | None) -> bool:
    """True when a mention's words name a state's post abroad: "Iran's embassy"."""
    if mention is None:
        return False
    words = text[mention.start : mention.end].lower().replace("'s", " ").split()
    return bool(_POSTS_ABROAD & set(words))


def _names_vessel(text: str, mention: Mention) -> bool:
    """True when a role noun names ships, itself or as the modifier of a vessel noun:
    "merchant ships", "commercial vessels", "a merchant tanker"."""
    words = text[mention.start : mention.end + 12].lower().split()
    if not words:
        return False
    return words[0] in _VESSELS or (len(words) > 1 and words[1].rstrip(".,;:") in _VESSELS)


def _patient_of_act_noun(units: list[_Unit], hit: _Hit, target: int) -> bool:
    """True for a role noun of no known country after "the <act noun> of" right after a verb
    of praise or criticism: "Hezbollah praised the downing of the jet", "condemned the killing
    of soldiers" (session 8): the noun names the act's patient, not the actor praised or
    blamed, and its country would only be filled in from the speaker's."""
    k = next(
        (i for i in range(hit.last + 1, len(units)) if target in (units[i].mention, units[i].weak)),
        None,
    )
    if k is None or not units[k].code.startswith("---"):
        return False
    j = k - 1
    if units[j].norm in ("the", "a", "an"):
        j -= 1
    return (
        j - 2 == hit.last + 1
        and units[j].norm == "of"
        and units[j - 1].norm.endswith("ing")
        and units[j - 1].mention is None
        and units[j - 2].norm == "the"
    )


def _delivery_arrives(
    text: str, sent: Sentence, units: list[_Unit], mentions: list[Mention], hit: _Hit
) -> str | None:
    """The code of aid delivered when things, not people, arrive: "the first Patriot systems
    supplied by the United States had arrived in Ukraine" (072), "a shipment of food from the
    EU reached Somalia" (073): the arrival (a visit, 042, by a verb of arriving) names
    weapons, relief or a shipment in its subject, before its source ("… supplied by X", "of
    X"). None for any other hit."""
    if hit.passive or hit.pattern.cameo != "042" or hit.verb is None or not hit.sources:
        return None
    if units[hit.verb].norm not in _ARRIVING:
        return None
    first = min(mentions[s].start for s in hit.sources)
    start = max([sent.start] + [text.rfind(stop, sent.start, first) for stop in (" that ", ";")])
    found = _DELIVERED.search(text[start:first].lower())
    if found is None:
        return None
    return "072" if found.group("arms") else "073" if found.group("relief") else "070"


def _peacekeepers_arrive(
    article: Article, units: list[_Unit], mentions: list[Mention], hit: _Hit
) -> bool:
    """True when peacekeepers arrive or move in: a visit (042) or an entry (192) by a verb of
    arriving ("arrived in", "landed in", "rolled into") whose subject, from its source mention
    to the verb and without a comma, names peacekeepers ("the first Nigerian peacekeepers",
    "NATO peacekeeping troops", "paratroopers of the NATO-led peacekeeping force")."""
    if hit.passive or hit.pattern.cameo not in ("042", "192") or hit.verb is None:
        return False
    verb = units[hit.verb]
    if verb.norm not in _ARRIVING:
        return False
    for s in hit.sources:
        span = article.text[mentions[s].start : verb.start]
        if "," not in span and _PEACEKEEPERS.search(span):
            return True
    return False


#: codes of a search or a raid of premises that may be a step of a criminal investigation
_SEARCH_CODES = frozenset({"090", "1711"})
#: nouns of an inquiry ("as part of an investigation into …")
_INQUIRY_WORDS = frozenset({"investigation", "investigations", "inquiry", "probe"})


def _part_of_inquiry(units: list[_Unit], hit: _Hit) -> bool:
    """True when "as part of" an inquiry follows the act in its clause ("searched former
    President Donald Trump's estate on Monday as part of an investigation into his handling of
    classified documents"): the search is a step of a criminal investigation (091), as our
    gold codes it, not a seizure of property (1711; session 9, lexicon round 15)."""
    for k in range(hit.last + 1, len(units) - 3):
        if units[k].norm in _WELCOME_END:
            return False
        if units[k].norm == "as" and units[k + 1].norm == "part" and units[k + 2].norm == "of":
            return any(u.norm in _INQUIRY_WORDS for u in units[k + 3 : k + 7])
    return False


#: kinds of cruise missile (aerial weapons, 195)
_LONG_RANGE = frozenset({"cruise", "tomahawk", "tomahawks"})


def _long_range(units: list[_Unit], hit: _Hit) -> bool:
    """True when the words of an attack name a cruise missile ("fired 59 Tomahawk cruise
    missiles at a Syrian air base", and the word right before it: "US cruise missiles struck
    targets in Afghanistan", whose pattern starts at "missiles"). Scud and ballistic missiles
    stay 194, as our checklists pin them (the wire gold is divided)."""
    return any(u.norm in _LONG_RANGE for u in units[max(0, hit.first - 1) : hit.last + 1])


#: nouns of a trip that make a welcomed guest a visitor (session 9, lexicon round 15)
_TRIP_NOUNS = frozenset({"visit", "trip", "tour"})
#: punctuation that ends the welcome's clause before a trip noun could count
_WELCOME_END = frozenset({",", ";", ":", "."})


def _welcomed_visitor(units: list[_Unit], hit: _Hit) -> bool:
    """True when a host's welcome (043, "welcomed Jiang Zemin to the White House") is followed
    in its clause, before any comma, by a noun of a trip ("… on Wednesday for the first state
    visit", "… on the new U.S. president's first foreign trip"): the guest visits the host
    (042) as well. A welcome alone ("welcomed Haniyeh to Istanbul for talks") is the host's act
    only, and a welcome of a decision ("welcomed the agreement") has no guest."""
    if hit.passive or hit.pattern.cameo != "043" or not hit.targets:
        return False
    if "welcome" not in _pattern_lemmas(hit.pattern.text):
        return False
    for unit in units[hit.last + 1 :]:
        if unit.norm in _WELCOME_END or unit.norm in _CLAUSE_BREAK or unit.norm == "and":
            return False  # "… and criticised Netanyahu's visit": another clause's trip
        if unit.norm in _TRIP_NOUNS:
            return True
    return False


#: words of a role noun that stands for the pair of actors named before ("their negotiators")
_PAIR_WORDS = frozenset({"their", "sides", "countries", "two", "both"})
#: words of a role noun's pre-modifiers ("the two sides' top diplomats")
_RANKS = frozenset({"top", "chief", "senior", "foreign", "lead"})


def _pair_members(units: list[_Unit], hit: _Hit) -> list[int] | None:
    """For a joint act (a meeting, a signing) whose only subject is a role noun of no country
    owned by the pair named before ("the United States demanded that Russia pull back its
    troops, as the two sides' top diplomats met in Geneva"; "Rabin and Arafat shook hands after
    their negotiators signed a declaration"): the mentions of the first two actors of distinct
    countries in the sentence, the two sides. None for any other hit."""
    joint = hit.pattern.symmetric or (
        hit.pattern.target_slot == "none" and hit.pattern.cameo.startswith(_JOINT_UNTARGETED)
    )
    if not joint or hit.targets or len(hit.sources) != 1 or hit.passive:
        return None
    # a role noun of no country stays plain words, each remembering it (``weak``)
    at = next((k for k, u in enumerate(units) if u.weak == hit.sources[0]), None)
    if at is None:
        return None
    j = at - 1
    while j > 0 and units[j].norm in _RANKS:
        j -= 1
    owned = (
        units[j].norm == "their"
        or (
            j >= 2
            and units[j].norm in ("'", "'s")
            and units[j - 1].norm in ("sides", "countries")
            and units[j - 2].norm in ("two", "both")
        )
        # round 14: "after the two armies exchanged fire in Kashmir" (the role noun itself
        # counted as the pair's)
        or (units[j].norm in ("two", "both") and j == at - 1 and units[at].norm.endswith("s"))
    )
    if not owned:
        return None
    pair: list[int] = []
    countries: set[str] = set()
    for unit in units[:j]:
        if unit.mention is not None and not _unknown(unit) and unit.code[:3] not in countries:
            pair.append(unit.mention)
            countries.add(unit.code[:3])
            if len(pair) == 2:
                return pair
    return None


#: the words after a verb that name the two sides of the sentence as its object
_BOTH_SIDES = (
    ("both", "sides"),
    ("both", "parties"),
    ("the", "two", "sides"),
    ("the", "two", "parties"),
)


def _both_sides(units: list[_Unit], hit: _Hit) -> list[int] | None:
    """For an act without a target whose object is "both sides" or "the two sides" (round 17:
    "Russian and Ukrainian negotiators held peace talks in Istanbul, with Turkish President
    Erdogan urging both sides to agree a ceasefire"): the first two actors of distinct countries
    named before the act, other than its source, are the sides. None for any other hit."""
    if hit.targets or not hit.sources or hit.passive or hit.pattern.target_slot != "right":
        return None
    after = tuple(u.norm for u in units[hit.last + 1 : hit.last + 4])
    if not any(after[: len(words)] == words for words in _BOTH_SIDES):
        return None
    pair: list[int] = []
    countries = {code[:3] for code in _codes(units, hit.sources)}
    for unit in units[: hit.first]:
        if unit.mention is not None and not _unknown(unit) and unit.code[:3] not in countries:
            pair.append(unit.mention)
            countries.add(unit.code[:3])
            if len(pair) == 2:
                return pair
    return None


#: compounds longer than this keep one member per actor code (:meth:`PatternCoder._events`)
_LONG_COMPOUND = 8

#: the reciprocal pronouns ("accused each other", "threatened one another")
_RECIPROCALS = (("each", "other"), ("one", "another"))


def _reciprocal(units: list[_Unit], last: int) -> bool:
    """Whether the object right after a pattern is a reciprocal pronoun: "Israel and Hamas
    accused each other of breaking the truce" (each accused the other; an actor named later,
    "… of shelling villages in Karabakh", is not the object)."""
    pair = tuple(u.norm for u in units[last + 1 : last + 3])
    return pair in _RECIPROCALS


def _passive_participle(units: list[_Unit], verb: int) -> bool:
    """True for a past participle after a form of "be" ("the ambassador was shot dead", "were
    all killed"): a passive, whose subject suffered the act, even for a pattern written without
    a passive reading."""
    word = units[verb].norm
    if word in _STATIVE_PARTICIPLES:
        return False  # "Serb forces were engaged in ethnic cleansing": a state, the subject acts
    return _past_participle(word) and _after_be(units, verb)


#: participles that, after "be", describe what the subject does or is ready to do, not what it
#: suffered ("were engaged in", "is committed to", "was involved in")
_STATIVE_PARTICIPLES = frozenset(
    "engaged involved committed determined prepared poised set".split()
)


#: verbs of force or coercion never used without an object in the active: their past
#: participle right after an actor and before a place, a time or the end is a headline passive
_TRANSITIVE_ONLY = frozenset(
    "kill murder slay wound injure shoot abduct kidnap arrest detain capture execute "
    "assassinate behead torture lynch stab jail imprison deport expel hijack".split()
)
#: words after such a participle that open no object: a place, a time, a cause, or the end
_AFTER_HEADLINE_PARTICIPLE = frozenset(
    "in on near at after during outside inside across following amid over ; . : --".split()
)


def _headline_victim(units: list[_Unit], verb: int, pattern: Pattern) -> bool:
    """True when the pattern's verb is a participle of force or coercion (roots 17-20) right
    after the actor and followed by no object, only by a place, a time or the end: "Russian
    ambassador shot dead in Ankara; Moscow talks go ahead", "Israeli soldier killed on Gaza
    border", "Pakistani journalist abducted in Islamabad" (session 10). A headline's reduced
    passive: the actor suffered the act, whose author is not named. "Gunmen shot dead a Russian
    ambassador" and "killed at least 20" keep their object."""
    if pattern.cameo[:2] not in ("17", "18", "19", "20") or verb == 0:
        return False
    word = units[verb].norm
    if not _past_participle(word):
        return False
    head = pattern.text.split("<", 1)[1].split(">", 1)[0] if "<" in pattern.text else ""
    if _TRANSITIVE_ONLY.isdisjoint(head.split("|")):
        return False
    before = units[verb - 1]
    if before.mention is None or before.pronoun or before.anaphor:
        return False
    after = verb + 1
    if after < len(units) and units[after].norm in _VERB_PARTICLES:
        after += 1  # "shot dead in Ankara"
    if after >= len(units):
        return True
    if units[after].norm not in _AFTER_HEADLINE_PARTICIPLE:
        return False
    return not _bound_quantifier(units, after)  # "killed at least 20 villagers": the object


#: nouns of aircraft in an attacker's mention ("Israeli jets", "Russian warplanes")
_AIRCRAFT = frozenset(
    "jets jet warplanes warplane aircraft planes bombers bomber helicopters helicopter gunships "
    "gunship drones drone".split()
)


#: nouns of heavy weapons in an attacker's mention ("Syrian tanks", "Bosnian Serb artillery")
_ARTILLERY = frozenset("tanks tank artillery howitzers mortars gunners".split())
#: (heads of mission in an expelled actor's mention, "the Sudanese ambassador": :data:`_ENVOYS`)
#: nouns of reporters in an expelled actor's mention ("two Italian journalists")
_REPORTERS = frozenset(
    "journalist journalists correspondent correspondents reporter reporters".split()
)


def _words_in(
    mentions: list[Mention], text: str, indices: list[int], nouns: frozenset[str], *, every: bool
) -> bool:
    """True when every (or, ``every`` false, one) mention of ``indices`` has one of ``nouns``
    among its words."""
    found = (
        0 <= k < len(mentions)
        and not nouns.isdisjoint(text[mentions[k].start : mentions[k].end].lower().split())
        for k in indices
    )
    return bool(indices) and (all(found) if every else any(found))


#: nouns of vessels in a seizure pattern ("seized a tanker", "seize the ship carrying")
_VESSELS = frozenset("ship ships tanker tankers vessel vessels boat boats freighter".split())


def _vessel_seizure(text: str) -> bool:
    """True for a pattern of seizing a vessel, with no people among its objects ("$ <seize> ..
    (tanker|ship|…) +"; not "… (ship|crew|sailors)", nor a hijacking)."""
    if "<seize>" not in text or "crew" in text or "hostage" in text:
        return False
    return not _VESSELS.isdisjoint(re.split(r"[^a-z]+", text))


def _state_actor(actor: Actor) -> bool:
    """A state or one of its bodies (ISR, IRNMIL, IDNGOV); not a group, a person of no office or
    a role noun of no country."""
    if not actor.country or actor.code.startswith("---") or actor.kind not in ("country", "agent"):
        return False
    return actor.code == actor.country or not _STATE_SECTORS.isdisjoint(actor.sectors)


#: the plain patterns of an occupation or a storming, and the protest each is when a crowd
#: does it: an occupation obstructs (144), a storming or a siege is a violent protest (145);
#: a crowd surrounding a building blocks it (144: "protesters surrounded the parliament")
_CROWD_ACTS = {
    "$ <occupy> +": "144",
    "$ <surround> +": "144",
    "$ <storm> +": "145",
    "$ <besiege> +": "145",
}
#: nouns of a crowd in an actor's mention, or before it ("supporters of Bolsonaro")
_CROWDS = frozenset(
    "protesters protestors demonstrators supporters youths crowd crowds mob mobs rioters "
    "students".split()
)


def _crowd_start(text: str, mention: Mention) -> int:
    """Where the crowd a mention is the people of begins: at its crowd noun when "of" and up to
    two words join them ("thousands of supporters of defeated candidate Mir Hossein Mousavi"
    begins at "supporters"), else at the mention (session 10, round 17)."""
    head = text[max(0, mention.start - 60) : mention.start]
    before = head.lower().split()[-4:]
    if "of" not in before:
        return mention.start
    of = len(before) - 1 - before[::-1].index("of")
    if of < 1 or len(before) - of - 1 > 2 or before[of - 1] not in _CROWDS:
        return mention.start
    return mention.start - len(head) + head.lower().rfind(before[of - 1] + " of")


def _crowd(
    mentions: list[Mention], text: str, indices: list[int], targets: list[int] | None = None
) -> bool:
    """True when every mention of ``indices`` names a crowd of a known people: a crowd noun
    among its words ("Kurdish protesters") or right before it with "of" ("supporters of
    Bolsonaro"). A crowd of no known people ("students occupied the university") keeps the
    plain reading: whose protest it is, and so against whom, is not told; it is told when the
    ``targets`` are all actors of a known state ("a day after protesters stormed and set fire
    to the Saudi embassy in Tehran", session 10)."""
    if not indices:
        return False
    if any(mentions[k].actor.code.startswith("---") for k in indices):
        if not targets or any(not mentions[k].actor.country for k in targets):
            return False
        return _words_in(mentions, text, indices, _CROWDS, every=True)
    if _words_in(mentions, text, indices, _CROWDS, every=True):
        return True
    for k in indices:
        before = text[max(0, mentions[k].start - 40) : mentions[k].start].lower().split()[-4:]
        # "supporters of former Brazilian president Jair Bolsonaro": one word may come between
        of = len(before) - 1 - before[::-1].index("of") if "of" in before else -1
        if of < len(before) - 2 or of < 1 or before[of - 1] not in _CROWDS:
            return False
    return True


#: the words of an act done in answer to another ("… sent tanks across the border in response")
_RESPONSE_WORD = "in response"
#: roots of a hostile act whose author a military alert, or an act "in response", may be aimed
#: at (threats, shows of force, coercion, violence)
_HOSTILE_ROOTS = frozenset({"13", "15", "17", "18", "19", "20"})


def _units_of(units: list[_Unit], members: list[int]) -> list[int]:
    """The positions of the units of some mentions."""
    return [k for k, u in enumerate(units) if u.mention is not None and u.mention in members]


#: one-word names of a government that are no place ("Kremlin"): kept as the government
_GOVERNMENT_WORDS = frozenset({"kremlin", "government", "regime", "administration", "cabinet"})


#: the start of the patterns of forces massing, the forces as the subject (root15.yaml)
_MASSING = "$ <mass|amass|concentrate> ("
#: the admission of peacekeepers (086, 0861) and its announcement (0355): aimed at their sender
_ADMISSIONS = frozenset({"086", "0861", "0355"})


#: nouns of a foreign state's post: an embassy, a consulate, an ambassador's residence
_POST_WORDS = ("embassy", "consulate", "residence")
#: sectors of a state's forces of order
_ORDER_FORCES = frozenset({"MIL", "COP", "SPY"})


def _posts_on_own_soil(hits: list[_Hit], units: list[_Unit], mentions: list[Mention]) -> None:
    """A state's own forces storming a foreign post on their own soil act against whoever holds
    it, not against the post's state: "Peruvian commandos stormed the Japanese ambassador's
    residence in Lima and freed 71 hostages" is no attack on Japan (the hostage-takers are the
    target; without them named there, the storming has none)."""
    for hit in hits:
        if hit.pattern.cameo[:2] != "19" or hit.passive or not hit.targets or not hit.sources:
            continue
        if not all(_ORDER_FORCES & set(mentions[k].actor.sectors) for k in hit.sources):
            continue
        own = {mentions[k].actor.code[:3] for k in hit.sources}
        kept = []
        for t in hit.targets:
            at = next((k for k, u in enumerate(units) if u.mention == t), None)
            post = None
            if at is not None:
                post = next(
                    (
                        k
                        for k in range(at + 1, min(at + 4, len(units)))
                        if units[k].norm in _POST_WORDS
                    ),
                    None,
                )
            place = _place(units, post) if post is not None else None
            foreign = mentions[t].actor.code[:3] not in own
            if place is not None and foreign and mentions[place].actor.code[:3] in own:
                continue  # the post's state is no target
            kept.append(t)
        hit.targets = kept


def _downing(pattern: Pattern) -> bool:
    """True for a pattern of shooting down ("shot down", "downed"): "Turkish F-16 jets shot down
    a Russian warplane" is the use of force on an aircraft (190), not an air strike, whatever
    shoots it down (as :func:`entente.events.subcodes.weapon_subcodes` reads it; session 10)."""
    return " down" in pattern.text or "downed" in pattern.text


def _own_land_expulsions(hits: list[_Hit], units: list[_Unit]) -> None:
    """An expulsion "from" a place of the expelling state's own country names where the
    expelled are sent from, not whom it expels: "Sudan expelled 13 foreign aid agencies from
    Darfur" is no act of Sudan on Sudan (the agencies are the target; without an actor for
    them the expulsion has none)."""
    for hit in hits:
        if "<expel>" not in hit.pattern.text or hit.passive or not hit.targets:
            continue
        own = {code[:3] for code in _codes(units, hit.sources)}
        at = [
            k
            for k in range(hit.first, min(hit.last + 3, len(units)))
            if units[k].mention is not None and units[k].mention in hit.targets
        ]
        if (
            own
            and len(at) == len(hit.targets)
            and all(units[k - 1].norm == "from" and units[k].code[:3] in own for k in at)
        ):
            hit.targets = []


def _actor_word_codes(hits: list[_Hit], mentions: list[Mention], text: str) -> None:
    """The words of an actor's mention refine the code of the act: a fight or an attack with
    artillery (190, 194) done by aircraft named in the source's mention ("Israeli jets pounded
    …", "Russian helicopter gunships attacked …") is an attack with aerial weapons (195), a fight
    by tanks or artillery ("Syrian tanks pounded …") one with artillery and tanks (194); an
    expulsion (166) of an ambassador named in the target's mention ("expelled the Sudanese
    ambassador", "the Polish and EU ambassadors": one of them names it) breaks diplomatic
    relations (161), and one of reporters ("expelled two Italian journalists") deports
    individuals (174, as the codebook asks of expulsions of individuals). A crowd's occupation
    or storming ("protesters occupied the airport") is a protest (144, 145); an army's
    occupation or encirclement of a building is military (192, 191)."""
    for hit in hits:
        if hit.passive:
            continue
        code = hit.pattern.cameo
        if (
            code in ("190", "194")
            and not _downing(hit.pattern)
            and _words_in(mentions, text, hit.sources, _AIRCRAFT, every=True)
        ):
            hit.pattern = _refined(hit.pattern, "195")
        elif code == "190" and _words_in(mentions, text, hit.sources, _ARTILLERY, every=True):
            hit.pattern = _refined(hit.pattern, "194")
        elif code == "166" and _words_in(mentions, text, hit.targets, _ENVOYS, every=False):
            hit.pattern = _refined(hit.pattern, "161")
        elif code == "166" and _words_in(mentions, text, hit.targets, _REPORTERS, every=True):
            hit.pattern = _refined(hit.pattern, "174")
        elif (
            code[:2] == "19"
            and (crowd_code := _CROWD_ACTS.get(hit.pattern.text))
            and _crowd(mentions, text, hit.sources, hit.targets)
        ):
            # round 14: "Kurdish protesters occupied Greek and Kenyan embassies" (144),
            # "supporters of Bolsonaro stormed Congress" (145): a crowd's occupation or
            # storming is a protest, not a military act
            hit.pattern = _refined(hit.pattern, crowd_code)
        elif (
            code == "181"
            and _vessel_seizure(hit.pattern.text)
            and hit.sources
            and all(_state_actor(mentions[k].actor) for k in hit.sources)
        ):
            # session 10: "Israel seizes ship carrying Iranian arms", "Indonesian soldiers
            # seized a fishing boat carrying refugees": a state taking a ship or its cargo
            # confiscates property (1711); hijacking is for pirates and armed groups ("Somali
            # pirates seized the container ship": 181)
            hit.pattern = _refined(hit.pattern, "1711")
        elif (
            code == "144"
            and "<occupy>" in hit.pattern.text
            and hit.sources
            and all("MIL" in mentions[k].actor.sectors for k in hit.sources)
        ):
            # "Russian troops occupied the airport": an armed force's occupation (192), not a
            # sit-in
            hit.pattern = _refined(hit.pattern, "192")
        elif (
            code == "202"
            and "<kill" in hit.pattern.text
            and hit.targets
            and all(_ARMED_SECTORS & set(mentions[k].actor.sectors) for k in hit.targets)
        ):
            # "troops killed hundreds of Yazidi men" is a mass killing (202); "Afghan forces
            # killed hundreds of Taliban fighters" is combat between armed sides (190, round 17)
            hit.pattern = _refined(hit.pattern, "190")
        elif (
            code == "154"
            and hit.pattern.text.startswith(_MASSING)
            and not all(_ARMED_SECTORS & set(mentions[k].actor.sectors) for k in hit.sources)
        ):
            # "Russian troops massed near Ukraine's border" mobilises forces (154); "thousands of
            # migrants massed near Greece's border" is no act of force (round 17)
            hit.targets = []
        elif (
            code == "144"
            and "<surround>" in hit.pattern.text
            and hit.sources
            and all("MIL" in mentions[k].actor.sectors for k in hit.sources)
        ):
            # "Israeli tanks surrounded Yasser Arafat's headquarters": an army's encirclement
            # is a siege (191), as "surrounded +" reads without a building; a crowd's is a
            # blockade by protest (144) (session 10, round 17)
            hit.pattern = _refined(hit.pattern, "191")


def _scene_of_attack(units: list[_Unit], mentions: list[Mention], source: Actor) -> str | None:
    """The one state other than an armed group's own that its sentence names bare, as a land or
    a place in it ("infiltrated southern Israel", "overran villages in northern Iraq"): the land
    the group struck, whose people its unnamed victims are. None when no such state, or more
    than one, is named; a state named with a sector ("Israeli officials said") is a speaker or
    a side, not the scene. (A pass over the units, made only for an armed group's act of force
    on unnamed civilians.)"""
    found: set[str] = set()
    for unit in units:
        if unit.mention is None:
            continue
        actor = mentions[unit.mention].actor
        country = actor.country
        if (
            country
            and country != source.country
            and actor.code == country
            and actor.kind in ("country", "place")
        ):
            found.add(country)
    return found.pop() if len(found) == 1 else None
