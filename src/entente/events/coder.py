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
  noun is shared ("the ambassadors of A, B and C", "Danish media and government"); an actor phrase
  left as two adjacent mentions with nested codes (BREGOV, BRE) is one actor;
* negation ("did not", "didn't", "denied …ing") drops the event or codes its opposite;
  hypotheticals ("if …", "would", "could") and bare infinitives ("plans to attack") are not coded
  as facts, announced acts ("will visit", "agreed to visit") are intents and a hostile act under
  a modal ("would blockade") a threat, a decision taken ("decided to allow") is the act — see the
  ``PatternCoder`` options for PETRARCH's semantics;
* a full date stated in the sentence ("on Feb. 10, 2012") and earlier than the article dates the
  event.
"""

from __future__ import annotations

import bisect
import datetime as dt
import hashlib
import itertools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from entente.actors.petrarch import has_discard
from entente.events import ontology
from entente.events.verbs import Pattern, VerbDictionary, compile_pattern
from entente.ingest.dates import find_dates
from entente.model import Actor, Article, Event, Mention, Sentence
from entente.text.tokenize import Token, tokenize

__all__ = ["PatternCoder"]

_NEGATORS = frozenset({"not", "n't", "never", "no", "neither", "nor", "without"})
_DENIALS = frozenset({"denied", "denies", "deny", "denying", "refuted", "rejected", "dismissed"})
# "Iran said to cut funding", "is reported to have sent": reports, not intentions
_REPORTIVE = frozenset(
    [
        "said",
        "reported",
        "believed",
        "thought",
        "understood",
        "known",
        "alleged",
        "rumoured",
        "rumored",
        "expected",
        "about",
        "seen",  # "was seen to break into": witnessed
        "heard",
        # aspect, not intention: "continued to send arms", "began to withdraw"
        "continued",
        "continue",
        "continues",
        "began",
        "begin",
        "begins",
        "started",
        "start",
        "starts",
        "resumed",
        "resume",
        "resumes",
        "managed",
        # a decision taken is the act (CAMEO manual: "decided to allow candidate X to
        # participate" is 0812, "decided to approve a plan that will not allow" 1322); an
        # agreement or a willingness to act is an intent ("agreed to resign" 0341)
        "decided",
        "decides",
        "decide",
    ]
)  # "is about to restore ties": imminent
_MODALS = frozenset({"would", "could", "might", "may", "should"})
_CONDITIONALS = frozenset({"if", "unless", "whether"})
_CLAUSE_BREAK = frozenset(
    {
        ";",
        ":",
        '"',
        "but",
        "while",
        "whereas",
        "although",
        "because",
        "after",
        "before",
        "when",
        "as",
        "said",
        "says",
        "told",
    }
)
_COMPOUND = frozenset({"and", ",", "&", "nor"})
_PREPOSITIONS = frozenset(
    [
        "in",
        "at",
        "from",
        "to",
        "with",
        "of",
        "for",
        "on",
        "into",
        "over",
        "near",
        "against",
        "toward",
        "towards",
        "across",
        "inside",
        "outside",
        "throughout",
        "within",
        "via",
        "than",
    ]
)
_SUBJECT_WINDOW = 14
_NOUN_SUBJECT_WINDOW = 2  # "Israeli air strikes on Gaza": the actor stands right before the noun
_OBJECT_WINDOW = 13


@dataclass(slots=True)
class _Unit:
    """A token or a whole actor mention in the coding string."""

    norm: str
    start: int
    end: int
    mention: int | None  # index into the sentence's mention list
    code: str = ""  # the mention's actor code
    weak: int | None = None  # a role noun without a country here (fallback actor)
    modifier: bool = False  # a word that may modify a noun ("the evil awful Gondor")
    pronoun: bool = False  # the mention is a pronoun ("he", "it")
    role_first: bool = False  # the mention's role noun comes first ("ambassadors of Arnor")


@dataclass(slots=True)
class _Hit:
    pattern: Pattern
    first: int  # first unit of the match
    last: int  # last unit (inclusive)
    sources: list[int]
    targets: list[int]
    passive: bool = False
    confidence: float = 1.0
    verb: int | None = None  # the unit of the pattern's verb
    coordinated: bool = False  # "... and promised aid": the verb shares an earlier subject
    actors: dict[int, Actor] | None = None  # compound members coded with a shared role noun
    open_passive: bool = False  # a passive without "by": the source was searched after it
    framed_by: _Hit | None = None  # the frame whose object this hit is ("condemned the strike")
    mood: int | None = None  # the verb whose auxiliaries it shares ("will meet A and visit B")


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
        a passive: the place is not the target.
    passive_without_by (bool): "X was criticized over its dispute with Y": without a "by" agent,
        the first actor after the verb is the source (PETRARCH); False: no event.
    require_dyad (bool): an event needs a target; False also codes a source without one (the
        event's target is None).
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
        self.gerund_clauses = gerund_clauses
        self.reported_accusations = reported_accusations
        self._accuse = compile_pattern("$ <say> +", cameo="112", rule="coder:reported-accusation")
        self._modifiers: dict[str, bool] = {}  # word -> may modify a noun (memo)
        self._made: dict[str, Actor] = {}  # actors made for shared role nouns

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
        if self.discards and has_discard(article.text[sent.start : sent.end], self.discards):
            return []
        units = _units(
            tokenize(article.text[sent.start : sent.end], sent.start),
            mentions,
            self.verbs.vocabulary,
            self._modifiers,
        )
        coding, offsets = _coding_string(units)
        hits = self._hits(units, coding, offsets, mentions)
        events: list[Event] = []
        seen: set[tuple[str, str, str]] = set()
        for hit in hits:
            for event in self._events(article, sent, units, mentions, hit, len(events), numbers):
                key = (
                    event.source.code if event.source else "",
                    event.target.code if event.target else "",
                    event.cameo,
                )
                if key not in seen:  # "A, the minister, met B": one event, not two
                    seen.add(key)
                    events.append(event)
        return events

    def _hits(
        self, units: list[_Unit], coding: str, offsets: list[int], mentions: list[Mention]
    ) -> list[_Hit]:
        candidates: list[_Hit] = []
        words = [u.norm for u in units if u.mention is None]
        present = set(words)
        by = "by" in present
        for pattern in self.verbs.candidates(words):
            for need in pattern.needs:
                if need.isdisjoint(present):
                    break  # a required word is missing: the pattern cannot match
            else:
                self._match(pattern, units, coding, offsets, by, present, candidates)
        chosen = _best(candidates, units, direct=self.headline_passive)
        if self.reported_accusations and any(h.pattern.cameo[:2] in _ACCUSABLE for h in chosen):
            chosen = self._accusations(chosen, units)
        for hit in chosen:
            hit.sources = self._share_roles(units, mentions, hit.sources, hit)
            hit.targets = self._share_roles(units, mentions, hit.targets, hit)
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
        charged"). "Iran armed Hamas, U.S. officials say" reports a fact, no accusation."""
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
            if known and accused and not set(speaker) & set(accused):
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
        hit = _Hit(pattern, first, last, [], [], verb=verb)
        for slot, group in ((pattern.source_slot, "src"), (pattern.target_slot, "tgt")):
            found: list[int] = []
            if slot == "inside":
                found = _compound(units, _unit_at(offsets, m.start(group) + 1))
            elif slot == "left" or (slot == "none" and group == "src"):
                window = _SUBJECT_WINDOW if pattern.verbal else _NOUN_SUBJECT_WINDOW
                found, confidence = _subject(units, first, window)
                if group == "src":
                    hit.confidence = confidence
            elif slot == "right":
                direct = self.headline_passive and _ends_with_verb(pattern)
                avoid = _codes(units, hit.sources) if group == "tgt" else ()
                found = _object(units, last, direct=direct, avoid=avoid)
            if group == "src":
                hit.sources = found
            else:
                hit.targets = found
        if pattern.source_slot == "left" and _adverbial_gerund(units, verb):
            if not self.gerund_clauses:
                return None  # "after leaving Z": no subject of its own (PETRARCH)
            hit.coordinated = True
        else:
            hit.coordinated = pattern.source_slot == "left" and _coordinated(units, first)
        return hit if hit.sources or hit.coordinated else None

    def _fill_passive(
        self, pattern: Pattern, m: re.Match[str], units: list[_Unit], offsets: list[int]
    ) -> _Hit | None:
        first, last = _unit_at(offsets, m.start() + 1), _unit_at(offsets, m.end() - 1)
        agent = m.start("src")
        if agent < 0:  # "was accused of supplying drones to Y by X": the words between the
            # pattern and "by X" are not part of the hit (they may be an act of their own, the
            # accusation's content)
            agent = m.start("src2")
            last = _unit_at(offsets, m.end("own") - 1)
        sources = _compound(units, _unit_at(offsets, agent + 1))
        targets, confidence = _subject(units, first)
        if not targets:
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
    ) -> list[Event]:
        verb_index = hit.mood if hit.mood is not None else _verb_of(hit)
        why = _hypothetical(units, verb_index, hit, modals=self.hypotheticals)
        negated = _negated(units, verb_index)
        if why == "modal" and self.future_as_intent and not negated and _hostile(hit.pattern.cameo):
            # "said they would blockade Paris", "may halt mediation if …": a hostile act under a
            # modal is a threat (13x), as the CAMEO manual codes it; other modal acts are not
            # coded ("Raisi would visit Riyadh if …")
            future = True
        elif why:
            return []
        else:
            future = not negated and self.future_as_intent and _future(units, verb_index)
        cameo = self._mood(hit.pattern.cameo, negated, future)
        back = hit.pattern.reverse
        back = self._mood(back, negated, future) if back else None
        if cameo is None and back is None:
            return []
        pairs = _dyads(hit, units, hit.pattern.symmetric, require_dyad=self.require_dyad)
        coded = [(s, t, cameo) for s, t in pairs] if cameo else []
        if back:  # "X hosted Y" [043:042]: Y visited X
            coded += [(t, s, back) for s, t in pairs if t is not None]
        date = _event_date(article, sent) or article.date_at(sent.start)
        evidence = (units[hit.first].start, units[hit.last].end)
        out = []
        roles = hit.actors or {}
        for n, (src, tgt, cameo) in enumerate(coded):
            quad, goldstein, plover = _code_facts(cameo)
            source = mentions[src]
            target = mentions[tgt] if tgt is not None else None
            source_actor = roles.get(src, source.actor)
            target_actor = roles.get(tgt, target.actor) if tgt is not None and target else None
            if target_actor is not None and _same(source_actor, target_actor):
                continue
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
            for member in members[1:]:
                actor = mentions[member].actor
                if actor.kind == "country" and not actor.sectors and actor.country == actor.code:
                    code = actor.code + "".join(head.sectors)
                    hit.actors = hit.actors or {}
                    hit.actors[member] = self._actor(code, actor.name, actor.code, head.sectors)
            return members
        if len(members) > 1:
            return members
        # "Danish media and government": a role noun coordinated after the phrase
        k = start + 1
        weak = units[k + 1].weak if k + 1 < len(units) else None
        if weak is not None and units[k].norm == "and":
            sector = mentions[weak].actor.code.lstrip("-")
            if sector.isalpha() and sector.isupper():
                hit.actors = hit.actors or {}
                name = head.name.split(" (", 1)[0]
                hit.actors[weak] = self._actor(country + sector, name, country, (sector,))
                return [*members, weak]
        return members

    def _actor(self, code: str, name: str, country: str, sectors: tuple[str, ...]) -> Actor:
        """An actor made in the coder: a country with a shared role noun."""
        found = self._made.get(code)
        if found is None:
            label = f"{name} ({', '.join(s.lower() for s in sectors)})"
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


# -- helpers ---------------------------------------------------------------------------------
# CAMEO codes an announced or promised act as an expression of intent (03x) and an announced
# hostile act as a threat (13x). Keys are code prefixes, longest first wins.
_INTENT = {
    "04": "036",
    "045": "039",
    "046": "036",
    "05": "032",
    "057": "030",
    "06": "031",
    "061": "0311",
    "062": "0312",
    "063": "0313",
    "064": "0314",
    "07": "033",
    "071": "0331",
    "072": "0332",
    "073": "0333",
    "074": "0334",
    "08": "035",
    "081": "0351",
    "082": "0352",
    "083": "034",
    "084": "0353",
    "085": "0354",
    "086": "0355",
    "087": "0356",
    "16": "131",
    "161": "1313",
    "162": "1311",
    "163": "1312",
    "166": "1313",
    "17": "132",
    "14": "137",
    "15": "138",
    "18": "138",
    "19": "138",
    "20": "138",
}
# words before a verb that announce it: "will visit", "plans to attack", "agreed to release"
_FUTURE_ONE = frozenset({"will", "'ll", "shall"})
_FUTURE_TO = frozenset(
    [
        "plans",
        "plan",
        "planned",
        "planning",
        "intends",
        "intend",
        "intended",
        "ready",
        "willing",
        "agreed",
        "agree",
        "agrees",
        "pledged",
        "pledge",
        "pledges",
        "promised",
        "promise",
        "promises",
        "vowed",
        "vow",
        "vows",
        "swore",
        "sworn",
        "swear",
        "swears",
        "offered",
        "offer",
        "offers",
        "prepared",
        "expects",
        "expected",
        "aims",
        "aim",
        "aimed",
        "wants",
        "want",
        "wanted",
        "seeks",
        "seek",
        "sought",
        "hopes",
        "hope",
        "hoped",
        "set",
        "going",
    ]
)
# words before "to VERB" that make the infinitive an act or an intent, not a bare infinitive
_TO_FRAMES = _REPORTIVE | _FUTURE_TO


def _code_facts(cameo: str) -> tuple[int, float, tuple[str, str | None] | None]:
    """Quad class, Goldstein weight and PLOVER type of a code. Codes outside CAMEO (test
    dictionaries use their own) get the quad class of their root, weight 0 and no PLOVER type."""
    if ontology.is_cameo(cameo):
        code = ontology.cameo(cameo)
        return code.quad_class, code.goldstein, ontology.cameo_to_plover(cameo)
    root = int(cameo[:2]) if cameo[:2].isdigit() else 0
    quad = 1 if 1 <= root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4 if root <= 20 else 0
    return quad, 0.0, None


def intent_code(cameo: str) -> str | None:
    """RETURNS (str | None): the CAMEO code for announcing the act ``cameo`` (intent or threat);
    the code itself for codes that already express intent, threat or an appeal."""
    if cameo[:2] in ("01", "02", "03", "09", "10", "11", "12", "13"):
        return cameo
    for width in (3, 2):
        if cameo[:width] in _INTENT:
            return _INTENT[cameo[:width]]
    return None


def _future(units: list[_Unit], verb: int) -> bool:
    """True when the verb is announced rather than done: "will visit", "plans to attack"."""
    before = [u.norm for u in units[max(0, verb - 3) : verb]]
    if before and before[-1] in _FUTURE_ONE:
        return True
    if len(before) >= 2 and before[-2] in _FUTURE_ONE and before[-1].endswith("ly"):
        return True
    return len(before) >= 2 and before[-1] == "to" and before[-2] in _FUTURE_TO


def _drop_headline_repeats(article: Article, events: list[Event]) -> list[Event]:
    """A headline or standfirst restating an event of the body is not a second event."""

    def key(e: Event) -> tuple[object, ...]:
        return (
            e.source.code if e.source else None,
            e.target.code if e.target else None,
            e.cameo,
            e.date,
        )

    def kind(e: Event) -> str:
        return article.segments[article.sentences[e.sentence].segment].kind

    body = {key(e) for e in events if kind(e) not in ("title", "subtitle")}
    return [e for e in events if kind(e) not in ("title", "subtitle") or key(e) not in body]


#: head nouns of actor mentions that name a building or post of the actor ("the Saudi embassy")
_PLACE_HEADS = frozenset(
    {"embassy", "consulate", "mission", "compound", "offices", "office", "headquarters",
     "parliament", "bureau", "newsroom", "residence", "palace"}
)


def _units(
    tokens: list[Token],
    mentions: list[Mention],
    vocabulary: frozenset[str] = frozenset(),
    memo: dict[str, bool] | None = None,
) -> list[_Unit]:
    """Tokens with each actor mention folded into one ``@N`` unit. A role noun without a country
    ("military", "delegation", "troops") stays as plain words, so that patterns can use them
    ("provided military aid to +"); its words remember the mention as a fallback actor.
    vocabulary (frozenset[str]): the dictionary's pattern words (never taken as modifiers);
    memo (dict[str, bool]): remembers which words may be modifiers (per dictionary)."""
    units: list[_Unit] = []
    spans = sorted(enumerate(mentions), key=lambda x: x[1].start)
    n, n_spans = len(tokens), len(spans)
    j = 0
    i = 0
    while i < n:
        tok = tokens[i]
        while j < n_spans and spans[j][1].end <= tok.start:
            j += 1
        if j < n_spans and spans[j][1].start <= tok.start < spans[j][1].end:
            index, mention = spans[j]
            if mention.actor.code.startswith("---"):
                while i < n and tokens[i].start < mention.end:
                    units.append(
                        _Unit(tokens[i].norm, tokens[i].start, tokens[i].end, None, weak=index)
                    )
                    i += 1
                j += 1
                continue
            # "Iran's military support": the placeholder ends before the possessive, so that
            # patterns such as "$ 's .. support for +" see the words after it.
            end = mention.end
            k = i
            while k < n and tokens[k].start < mention.end:
                if tokens[k].norm in ("'s", "'") and k > i:
                    end = tokens[k - 1].end
                    break
                k += 1
            unit = _Unit(f"@{index}", mention.start, end, index, mention.actor.code)
            unit.pronoun = mention.via == "pronoun"
            unit.role_first = mention.via == "agent" and any(
                t.norm in ("of", "in", "from")
                for t in tokens[i + 1 : k + 1]
                if t.start < mention.end
            )
            prev = units[-1] if units else None
            if prev is not None and prev.mention is not None and _nested(prev.code, unit.code):
                # "Bree Prime Minister Romendacil" resolved as two adjacent mentions (BREGOV,
                # BRE): one actor phrase, coded with the more specific code
                keep = prev if len(prev.code) >= len(unit.code) else unit
                units[-1] = _Unit(keep.norm, prev.start, end, keep.mention, keep.code)
                units[-1].pronoun, units[-1].role_first = keep.pronoun, keep.role_first
            else:
                units.append(unit)
            head = None
            while i < n and tokens[i].start < end:
                head = tokens[i]
                i += 1
            if head is not None and head.norm in _PLACE_HEADS and units[-1].end == end:
                # "stormed the Saudi embassy": the mention's head noun stays visible after the
                # placeholder (zero-width), so that "$ <storm> + (embassy|...)" can match
                units.append(_Unit(head.norm, end, end, None))
            j += 1
            continue
        units.append(_Unit(tok.norm, tok.start, tok.end, None))
        i += 1
    memo = {} if memo is None else memo
    for unit in units:
        if unit.mention is None:
            norm = unit.norm
            modifier = memo.get(norm)
            if modifier is None:
                modifier = memo[norm] = (
                    norm.isalpha()
                    and norm not in _NOT_MODIFIERS
                    and norm not in vocabulary
                    and not norm.endswith(("ed", "ing", "ly"))
                )
            unit.modifier = modifier
    return units


def _codes(units: list[_Unit], members: list[int]) -> tuple[str, ...]:
    """The actor codes of some mentions of the sentence (role nouns without a country have none)."""
    return tuple(u.code for u in units if u.mention is not None and u.mention in members)


def _nested(a: str, b: str) -> bool:
    """True when one actor code extends the other (BRE and BREGOV)."""
    return a.startswith(b) or b.startswith(a)


def _coding_string(units: list[_Unit]) -> tuple[str, list[int]]:
    """The coding string and the offset where each unit's piece (" " + word) starts."""
    starts: list[int] = []
    at = 0
    for unit in units:
        starts.append(at)
        at += len(unit.norm) + 1
    return "".join(" " + unit.norm for unit in units), starts


def _unit_at(starts: list[int], char: int) -> int:
    """The unit whose piece holds character ``char`` of the coding string."""
    return max(bisect.bisect_right(starts, char) - 1, 0)


_DETERMINERS = frozenset(
    [
        "the",
        "a",
        "an",
        "its",
        "his",
        "her",
        "their",
        "our",
        "your",
        "this",
        "that",
        "these",
        "those",
        "any",
        "no",
        "'s",
        "'",
        "every",
        "each",
    ]
)


def _noun_reading(units: list[_Unit], verb: int) -> bool:
    """True when a base or -s verb form follows a determiner ("the visit", "its support",
    "Iran's military support"): the word is a noun here."""
    word = units[verb].norm
    if verb == 0:
        return False
    prev = units[verb - 1]
    # "the visit", "Iran's military support", "an emergency meeting": a determiner and one word
    modified = (
        verb > 1
        and units[verb - 2].norm in _DETERMINERS
        and prev.mention is None
        and prev.norm.isalpha()
        and not prev.norm.endswith("ly")
    )
    if word.endswith("ing"):  # "their meeting", "the killing of": a noun after a determiner
        if prev.norm in _DETERMINERS:
            return True
        # "an emergency meeting in Cairo", not "a law banning UNRWA" (a participle with an object)
        after = units[verb + 1].norm if verb + 1 < len(units) else "."
        return modified and (after in _PREPOSITIONS or after in _END_PUNCTUATION)
    if word.endswith("ed"):  # "the occupied West Bank", "the besieged town": an adjective
        return prev.norm in _ADJECTIVE_DETERMINERS
    if prev.norm in _DETERMINERS or prev.norm == "of":
        return True  # "the visit", "a show of support"
    if (
        verb > 1
        and units[verb - 2].norm in _PREPOSITIONS
        and prev.mention is None
        and prev.norm.endswith("ed")
    ):
        return True  # "ahead of planned protests by": a participle used as an adjective
    return modified


_END_PUNCTUATION = frozenset([",", ".", ";", ":", '"', ")", "?", "!", "--"])
# determiners before a participle used as an adjective ("the occupied"; not "that": "forces that
# occupied the city")
_ADJECTIVE_DETERMINERS = frozenset(
    ["the", "a", "an", "its", "his", "her", "their", "our", "your", "'s", "'", "every", "each"]
)


_BE_FORMS = frozenset(["is", "are", "was", "were", "been", "being", "be", "get", "gets", "got"])
_NP_START = frozenset({"the", "both", "a", "an", "neither", "either"})
# words that never modify a noun between a conjunction and an actor ("and the evil awful Gondor")
_NOT_MODIFIERS = (
    _PREPOSITIONS
    | _CLAUSE_BREAK
    | _BE_FORMS
    | _MODALS
    | _CONDITIONALS
    | _NEGATORS
    | _DETERMINERS
    | _NP_START
    | _COMPOUND
    | frozenset(
        [
            "will",
            "shall",
            "has",
            "have",
            "had",
            "do",
            "does",
            "did",
            "or",
            "who",
            "whom",
            "which",
            "that",
            "it",
            "he",
            "she",
            "they",
            "we",
            "i",
            "you",
            "him",
            "them",
            "also",
            "then",
            "by",
            "during",
            "since",
            "until",
        ]
    )
)


def _after_be(units: list[_Unit], verb: int) -> bool:
    """True for a participle right after a form of "be" ("was criticized", "were all killed",
    "was heavily and unjustly criticized")."""
    if units[verb].norm.endswith("ing"):
        return False
    i = verb - 1
    if i >= 0 and units[i].norm in _BE_FORMS:
        return True
    while (
        i >= 0
        and verb - i <= 4
        and (units[i].norm.endswith("ly") or (units[i].norm == "and" and i < verb - 1))
    ):
        i -= 1
    return i < verb - 1 and i >= 0 and units[i].norm in _BE_FORMS


def _compound(units: list[_Unit], index: int) -> list[int]:
    """The actor at ``index`` plus those joined to it in a coordination: "A and B", "A, B and the
    C", "both A and B", "neither A nor B", "A and the evil awful B". Commas alone ("A, B,") make
    an appositive, not a compound. A role noun without a country ("officials") joins only other
    such role nouns ("clerics and lawmakers")."""
    own = _member(units[index])
    if own is None:
        return []
    weak = units[index].mention is None
    after, and_after = _walk(units, index, 1, weak)
    before, and_before = _walk(units, index, -1, weak)
    found = [own]
    if and_before or (before and and_after):
        found = [*reversed(before), *found]
    if and_after:
        found = [*found, *after]
    return list(dict.fromkeys(found))


def _member(unit: _Unit) -> int | None:
    """The mention a unit stands for: an actor, or a role noun without a country."""
    return unit.mention if unit.mention is not None else unit.weak


def _walk(units: list[_Unit], index: int, step: int, weak: bool) -> tuple[list[int], bool]:
    """The members of a coordination from ``index`` in one direction, and whether a conjunction
    (not only commas) joins them."""
    found: list[int] = []
    has_and = False
    i = index
    n = len(units)
    while True:
        k = _member_edge(units, i, step) + step
        if step < 0:
            k = _skip_premodifiers(units, k)
        seps = []
        while 0 <= k < n and units[k].norm in _COMPOUND:
            seps.append(units[k].norm)
            k += step
        if not seps or not 0 <= k < n:
            break
        if step > 0:
            k = _skip_determiner_forward(units, k)
        member = _member(units[k]) if 0 <= k < n else None
        if member is None or (units[k].mention is None) != weak:
            break
        has_and = has_and or any(sep != "," for sep in seps)
        found.append(member)
        i = k
    return found, has_and


def _member_edge(units: list[_Unit], i: int, step: int) -> int:
    """The last unit, in direction ``step``, of the mention at ``i`` (role nouns span words)."""
    weak = units[i].weak
    if units[i].mention is not None or weak is None:
        return i
    while 0 <= i + step < len(units) and units[i + step].weak == weak:
        i += step
    return i


def _skip_premodifiers(units: list[_Unit], k: int) -> int:
    """Going left from just before a mention: skip its determiner and modifiers ("the evil
    awful"): at most one modifier without a determiner."""
    start = k
    mods = 0
    while k >= 0 and units[k].modifier and mods < 3:
        k -= 1
        mods += 1
    if k >= 0 and units[k].norm in _NP_START:
        return k - 1
    return k if mods <= 1 else start


def _skip_determiner_forward(units: list[_Unit], k: int) -> int:
    """Going right from a conjunction: skip the next mention's determiner and modifiers."""
    n = len(units)
    start = k
    det = k < n and units[k].norm in _NP_START
    if det:
        k += 1
    mods = 0
    while k < n and units[k].modifier and mods < (3 if det else 1):
        k += 1
        mods += 1
    return k if k < n and _member(units[k]) is not None else start


def _unknown(unit: _Unit) -> bool:
    """A mention of a role noun with no country ("officials", "gunmen"): not a usable actor."""
    return unit.code.startswith("---")


def _subject(units: list[_Unit], verb: int, window: int = 14) -> tuple[list[int], float]:
    """Search left of the verb for its subject, skipping comma-parentheticals and the objects of
    prepositions. A role noun without a country ("officials") is taken only when no known actor
    stands further left; a personal pronoun that names no known actor ("he said") is the subject
    and ends the search."""
    i = verb - 1
    confidence = 1.0
    steps = 0
    fallback: tuple[list[int], float] = ([], 0.0)
    while i >= 0 and steps < window:
        unit = units[i]
        if unit.mention is not None:
            if _prepositional(units, i) and i - 1 != verb - 1:
                i -= 2  # "left its offices in Damascus and backed …": not the subject
                steps += 2
                confidence *= 0.9
                continue
            if not _unknown(unit):
                return _compound(units, i), confidence
            if not fallback[0]:
                fallback = ([unit.mention], confidence * 0.8)
        elif unit.weak is not None and not fallback[0]:
            fallback = (_compound(units, i), confidence * 0.8)
        elif unit.norm in _SUBJECT_PRONOUNS:
            if unit.norm in ("we", "i"):  # "'We stand by Qatar,' Erdogan told reporters"
                speaker = _quote_speaker(units, i)
                if speaker:
                    return speaker, confidence * 0.9
            break  # "he said …": the subject of this clause is not known
        elif unit.norm in _CLAUSE_OPENERS and any(
            not u.norm.endswith("ly") for u in units[i + 1 : verb]
        ):
            # "X cut ties with Y after protesters stormed …": the clause has its own subject,
            # not one of the main clause ("after leaving" has none: it shares the main one)
            break
        if unit.norm == ",":
            opening = _opening_comma(units, i)
            if opening is not None:
                i = opening - 1
                confidence *= 0.9
                continue
        if unit.norm in (";", ":"):
            break
        i -= 1
        steps += 1
        confidence *= 0.97
    return fallback


_SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "you"})
# verbs that attribute a quotation to its speaker
_QUOTING = frozenset(
    [
        "said",
        "says",
        "told",
        "tells",
        "added",
        "adds",
        "declared",
        "stressed",
        "insisted",
        "warned",
        "wrote",
        "tweeted",
        "stated",
        "announced",
    ]
)


def _quote_speaker(units: list[_Unit], i: int) -> list[int]:
    """The speaker of the quotation that holds unit ``i`` ("'We stand by Qatar,' Erdogan told
    reporters"; 'Erdogan said: "We …"'), found next to the quotation with a verb of saying;
    empty when ``i`` is not in an attributed quotation."""
    opening = next((k for k in range(i - 1, -1, -1) if units[k].norm == '"'), None)
    if opening is None or sum(u.norm == '"' for u in units[:opening]) % 2:
        return []  # not inside a quotation
    closing = next((k for k in range(i + 1, len(units)) if units[k].norm == '"'), None)
    if closing is not None:  # after: '…," Erdogan told', '…," said Erdogan'
        after = units[closing + 1 : closing + 8]
        verb = next((k for k, u in enumerate(after) if u.norm in _QUOTING), None)
        if verb is not None and not any(u.norm == '"' for u in after[:verb]):
            speaker = next((k for k, u in enumerate(after[:verb]) if _member(u) is not None), None)
            if speaker is None:  # '… ," said the Iranian foreign minister'
                speaker = next(
                    (k for k, u in enumerate(after[verb + 1 :], verb + 1) if u.mention is not None),
                    None,
                )
            if speaker is not None:
                return _compound(units, closing + 1 + speaker)
    before = units[max(0, opening - 8) : opening]  # 'Erdogan told reporters: "We …'
    if any(u.norm in _QUOTING for u in before):
        verb = max(k for k, u in enumerate(before) if u.norm in _QUOTING)
        start = max(0, opening - 8)
        found, _ = _subject(units, start + verb)
        return found
    return []


# subordinators that open a clause with a subject of its own
_CLAUSE_OPENERS = frozenset(
    ["after", "before", "because", "although", "though", "whereas", "until", "unless"]
)


_LOCATIVE = frozenset(
    ["in", "at", "near", "inside", "outside", "during", "across", "throughout", "within"]
)
_QUANTITIES = frozenset(
    [
        "thousands",
        "hundreds",
        "dozens",
        "millions",
        "tens",
        "scores",
        "some",
        "many",
        "most",
        "all",
        "several",
        "few",
        "group",
        "groups",
        "members",
        "member",
        "delegation",
        "leaders",
        "leader",
        "officials",
        "head",
        "part",
        "one",
        "two",
        "three",
        "four",
        "five",
    ]
)


def _ends_with_verb(pattern: Pattern) -> bool:
    """True for "$ <kill> +": the target is the verb's direct object."""
    body = pattern.text.rstrip(" +").split()
    return bool(body) and body[-1].startswith("<")


def _prepositional(units: list[_Unit], i: int) -> bool:
    """True when the mention at ``i`` is the object of a preposition ("in Damascus"); "thousands
    of Syrians", "members of Hamas" still name the subject."""
    if i == 0 or units[i - 1].norm not in _PREPOSITIONS:
        return False
    if units[i - 1].norm == "of" and i > 1:
        before = units[i - 2].norm
        return not (before in _QUANTITIES or before.isdigit() or _of_head(units, i - 2))
    return True


# clause openers before a subject noun phrase ("…, supporters of Hamas stormed")
_NP_OPENERS = frozenset({",", ";", ":", "and", "but", "that", '"'})


def _of_head(units: list[_Unit], head: int) -> bool:
    """True for "The republic of Slovenia defied", "Supporters of Kataib Hezbollah stormed": a
    plain noun (not a pattern word nor a nominalised act: "the killing of", "the invasion of")
    that opens its clause, with at most a determiner and one modifier before it."""
    unit = units[head]
    if not unit.modifier or unit.norm.endswith(("tion", "sion")):
        return False
    k = head - 1
    if k >= 0 and units[k].modifier:
        k -= 1
    if k >= 0 and units[k].norm in _NP_START:
        k -= 1
    return k < 0 or units[k].norm in _NP_OPENERS


def _opening_comma(units: list[_Unit], closing: int) -> int | None:
    """For ", … ," before a verb: the index of the opening comma when an actor precedes it."""
    j = closing - 1
    while j >= 0 and closing - j < 16:
        if units[j].norm == ",":
            return j if j > 0 and units[j - 1].mention is not None else None
        j -= 1
    return None


def _object(
    units: list[_Unit],
    last: int,
    stop: int | None = None,
    *,
    direct: bool = False,
    avoid: Iterable[str] = (),
) -> list[int]:
    """The first actor right of the pattern, before a clause break (or the next verb); a role
    noun without a country only when no known actor follows. direct (bool): the pattern ends
    with its verb; a participle followed at once by "in", "at", "near" … is a headline passive
    ("Haniyeh killed in Tehran"): the place is where, not whom. avoid (Iterable[str]): the
    source's codes; a pronoun for the same actor ("whether he …" after "Sam") is passed over."""
    i = last + 1
    end = min(len(units), stop if stop is not None else len(units))
    fallback: list[int] = []
    avoided = False
    if (
        direct
        and i < end
        and units[i].norm in _LOCATIVE
        and units[last].norm.endswith(("ed", "en", "t"))
        and units[last - 1].norm not in ("has", "have", "had")  # "has risen in": active
    ):
        return []  # headline passive: "Haniyeh killed in Tehran" names no target
    while i < end and i - last <= _OBJECT_WINDOW:
        unit = units[i]
        if unit.mention is not None:
            if unit.pronoun and avoid and any(_nested(unit.code, code) for code in avoid):
                # "Sam … whether he … with the Orcs": the source named again; only a known
                # actor after it can be the target
                fallback, avoided = [], True
            elif not _unknown(unit):
                return _compound(units, i)
            elif not avoided:
                fallback = fallback or [unit.mention]
        elif unit.weak is not None and not avoided:
            fallback = fallback or [unit.weak]
        if unit.norm == "," and last < i - 1 and i + 1 < end and _adjectival(units, i):
            i += 1  # "restore complete, full diplomatic ties with Gondor": inside the phrase
            continue
        # "as" right after the verb introduces a predicate, the object follows: "denounced as an
        # ugly crime Serbia's …"
        if (unit.norm in _CLAUSE_BREAK or unit.norm in (",", ".")) and not (
            unit.norm == "as" and i == last + 1
        ):
            break
        i += 1
    return fallback


def _adjectival(units: list[_Unit], comma: int) -> bool:
    """True for a comma between two plain words of one noun phrase ("complete, full")."""
    return all(
        u.mention is None
        and u.weak is None
        and u.norm.isalpha()
        and u.norm not in _NOT_MODIFIERS
        and not u.norm.endswith(("ing", "ed"))
        for u in (units[comma - 1], units[comma + 1])
    )


def _negated(units: list[_Unit], verb: int) -> bool:
    """A negator or denial among the (up to three) words between the subject and the verb
    ("did not attack", "denied attacking"); "neither A nor B attacked" is not a negation, nor is
    "did not hesitate to attack" (the negation belongs to the first verb)."""
    window: list[str] = []
    for unit in reversed(units[max(0, verb - 3) : verb]):
        if unit.mention is not None or unit.norm == "to":
            break
        window.append(unit.norm)
    return any(w in _NEGATORS or w in _DENIALS or w.endswith("n't") for w in window)


def _hypothetical(units: list[_Unit], verb: int, hit: _Hit, *, modals: bool = True) -> str:
    """Why an act is not (yet) a fact: "conditional" in a conditional clause ("if Israel
    attacks"); with ``modals``, also "modal" after a modal ("would attack"), "advice" after
    "should" and "infinitive" for a bare infinitive ("ready to meet"). RETURNS (str): the reason,
    empty for a fact."""
    before = [u.norm for u in units[max(0, verb - 3) : verb]]
    if any(w in _CONDITIONALS for w in before):
        return "conditional"
    for i in range(verb - 1, -1, -1):  # "if" or "unless" earlier in the clause
        norm = units[i].norm
        if norm in (",", ";"):
            break
        if norm in ("if", "unless"):
            return "conditional"
    if modals and any(w in _MODALS for w in before):
        # "should attack" is advice, not an announcement: never a threat
        return "advice" if "should" in before else "modal"
    if (
        modals
        and before
        and before[-1] == "to"
        and hit.pattern.cameo[:2] not in ("03", "13")
        and (len(before) < 2 or before[-2] not in _TO_FRAMES)
    ):
        return "infinitive"  # "plans to attack", "ready to meet": not an act (yet)
    return ""


def _hostile(cameo: str) -> bool:
    """True for an act whose announcement is a threat (13x): protest, force posture, sanctions,
    coercion, assault, fighting, mass violence, and threats themselves."""
    code = intent_code(cameo)
    return code is not None and code[:2] == "13"


def _best(candidates: list[_Hit], units: list[_Unit], *, direct: bool = True) -> list[_Hit]:
    """Keep non-overlapping hits: more literal words first, then more specific codes."""
    candidates.sort(
        key=lambda h: (-h.pattern.literals, -_digits(h.pattern.cameo), -bool(h.targets), h.first)
    )
    chosen: list[_Hit] = []
    for hit in candidates:
        if any(not (hit.last < c.first or hit.first > c.last) for c in chosen):
            continue
        chosen.append(hit)
    chosen.sort(key=lambda h: h.first)
    chosen = _drop_reported_content(chosen, units)
    chosen = _merge_agent_phrases(chosen)
    for hit, nxt in itertools.pairwise(chosen):
        if hit.open_passive:  # "was seen to break into …": the source is before the next verb
            hit.sources = _object(units, hit.last, stop=nxt.first, avoid=_codes(units, hit.targets))
        elif hit.pattern.target_slot == "right" and hit.targets and not hit.passive:
            direct_object = direct and _ends_with_verb(hit.pattern)
            avoid = _codes(units, hit.sources)
            targets = _object(units, hit.last, stop=nxt.first, direct=direct_object, avoid=avoid)
            if not targets and units[nxt.first - 1].norm == "to" and nxt.first - 1 >= hit.last:
                # a purpose clause: "willing to send material to help defend Saudi Arabia"
                # sends it to Saudi Arabia
                targets = _object(units, hit.last, direct=direct_object, avoid=avoid)
            hit.targets = targets
    for hit, nxt in reversed(list(itertools.pairwise(chosen))):
        # "Iran arms and funds Hezbollah": coordinated verbs share the object after the last
        if (
            not hit.targets
            and hit.pattern.target_slot == "right"
            and not hit.passive
            and nxt.targets
            and not nxt.passive
            and nxt.pattern.source_slot == "left"
            and _joined(units[hit.last + 1 : nxt.first])
        ):
            hit.targets = list(nxt.targets)
    _share_subjects(chosen, units)
    return [h for h in chosen if h.sources]


# verbs of saying that attribute a clause to a speaker; the alleging ones make it an accusation
_SAYING = frozenset(
    ["said", "says", "say", "stated", "states", "reported", "reports", "told", "announced"]
)
_ALLEGING = frozenset(
    ["alleged", "alleges", "allege", "charged", "charges", "claimed", "claims", "accused"]
)


# hostile acts a speaker can allege (coerce, assault, fight, mass violence); of these, the ones
# whose victim's report is an accusation (assault: kidnapping, assassination, torture; mass
# violence)
_ACCUSABLE = frozenset({"17", "18", "19", "20"})
_DENIABLE = frozenset({"18", "20"})


def _leading_attribution(units: list[_Unit], start: int) -> int | None:
    """The saying verb right before a reported clause that starts at ``start`` ("Israel said
    [that] Hamas …"), or None."""
    i = start - 1
    if i >= 0 and units[i].norm == "that":
        i -= 1
    if i > 0 and (units[i].norm in _SAYING or units[i].norm in _ALLEGING):
        return i
    return None


def _trailing_attribution(units: list[_Unit]) -> tuple[int, list[int]] | None:
    """For "…, U.S. prosecutors alleged." (an actor and a saying verb after the last comma,
    ending the sentence): the saying verb and the speaker, or None."""
    comma = max((i for i, u in enumerate(units) if u.norm == ","), default=-1)
    if comma < 0 or len(units) - comma > 10:
        return None
    for i in range(comma + 1, len(units)):
        norm = units[i].norm
        if norm in _SAYING or norm in _ALLEGING:
            if any(u.mention is not None or u.norm in _SAYING for u in units[i + 1 :]):
                return None
            speaker = next((k for k in range(comma + 1, i) if _member(units[k]) is not None), None)
            return (i, _compound(units, speaker)) if speaker is not None else None
    return None


def _victim(units: list[_Unit], speaker: list[int], victims: list[int]) -> bool:
    """True when the victims of a reported act are the speaker or its people (same country), or
    "its"/"their"/"our" people of no known country ("Iran said Israel killed its scientist")."""
    countries = {u.code[:3] for u in units if u.mention in speaker and not _unknown(u)}
    for i, unit in enumerate(units):
        if _member(unit) not in victims:
            continue
        if unit.mention is None or _unknown(unit):  # a role noun: "its top nuclear scientist"
            j = i - 1
            while j >= 0 and i - j <= 3 and units[j].mention is None and units[j].norm.isalpha():
                if units[j].norm in ("its", "their", "our"):
                    return True
                j -= 1
            if j >= 0 and units[j].norm in ("its", "their", "our"):
                return True
        elif unit.code[:3] in countries:
            return True
    return False


def _merge_agent_phrases(hits: list[_Hit]) -> list[_Hit]:
    """ "Palestinians were killed by Israeli airstrikes on the camp": the phrase after the agent
    ("Israeli airstrikes on") names the same act as the passive; one event, for the passive's
    dyad, with the more specific code of the same root (195, not 190)."""
    out: list[_Hit] = []
    for hit in hits:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.passive
            and not prev.open_passive
            and hit.first == prev.last + 1
            and not hit.passive
            and set(hit.sources) == set(prev.sources)
        ):
            if (
                hit.pattern.cameo[:2] == prev.pattern.cameo[:2]
                and prev.pattern.cameo.endswith("0")
                and hit.pattern.cameo != prev.pattern.cameo
            ):
                prev.pattern = hit.pattern
            prev.last = hit.last
            continue
        out.append(hit)
    return out


def _joined(between: list[_Unit]) -> bool:
    """True for the words between two coordinated verbs: "and", "or", ", and"."""
    return (
        0 < len(between) <= 2
        and all(u.norm in ("and", "or", ",") for u in between)
        and between[-1].norm != ","
    )


def _digits(cameo: str) -> int:
    """How specific a code is: its number of digits ("0356" 4; a test code "075A" 3)."""
    return len(cameo) - len(cameo.lstrip("0123456789"))


# Acts named inside an appeal, a demand, a rejection, a threat or an accusation are its content,
# not facts: "demanded that the US cancel arms sales", "accused Iran of arming the Houthis".
_CONTENT_ROOTS = frozenset({"02", "10", "12", "13"})
_CONTENT_CODES = ("112", "1121", "1122", "1123", "1124", "1125")


# Acts named in the object of an investigation, a disapproval or a protest, or given as its
# reason, are what it is about, not facts of their own: "condemned the U.S. strike in Baghdad",
# "criticized Iran for arming the Houthis", "investigated Iran's role in the attack on Aramco",
# "rallied to denounce American support for Israel".
_OBJECT_CONTENT_ROOTS = frozenset({"09", "11", "14"})
# words that end the object of the frame (a new clause or a coordinated verb)
_OBJECT_END = _CLAUSE_BREAK | {",", "and", "or", "which", "who", "whom", "where", "then"}


def _object_content(previous: _Hit, hit: _Hit, units: list[_Unit]) -> bool:
    """True when ``hit`` lies in the object (or reason clause) of the frame hit just before it
    (or of the frame of that hit, when it is content itself: "denounced the U.S. strike that
    killed him"): within a few words, with no clause break or coordination between."""
    frame = previous.framed_by or previous
    root = frame.pattern.cameo[:2]
    if root not in _OBJECT_CONTENT_ROOTS or hit.pattern.cameo[:2] == root:
        return False  # "staged a hunger strike in protest against …": one act
    between = units[previous.last + 1 : hit.first]
    return len(between) <= 6 and not any(u.norm in _OBJECT_END for u in between)


def _drop_reported_content(hits: list[_Hit], units: list[_Unit]) -> list[_Hit]:
    kept: list[_Hit] = []
    for n, hit in enumerate(hits):
        # a dropped hit still frames the next ones: "began a hunger strike to demand the return
        # of property seized by …"
        frame = next(
            (
                h
                for h in reversed(hits[:n])
                if h.pattern.cameo[:2] in _CONTENT_ROOTS or h.pattern.cameo in _CONTENT_CODES
            ),
            None,
        )
        if frame is not None and not any(
            u.norm in (";", ":", "but") for u in units[frame.last + 1 : hit.first]
        ):
            continue
        if n and _object_content(hits[n - 1], hit, units):
            hit.framed_by = hits[n - 1].framed_by or hits[n - 1]
            continue
        kept.append(hit)
    return kept


def _share_subjects(hits: list[_Hit], units: list[_Unit]) -> None:
    """ "X met A and praised B", "X condemned an attack by A in B and promised aid to C": the
    second verb's subject is X (the target of a passive first verb), not A."""
    for prev, hit in itertools.pairwise(hits):
        if hit.passive or hit.pattern.source_slot != "left":
            continue
        subject = prev.targets if prev.passive else prev.sources
        if hit.coordinated and _coordinated(units, hit.first):
            # "aims to tighten sanctions and impose a blockade": the second verb has no
            # auxiliary of its own and shares the mood (announced, hypothetical) of the first
            # ("$ will (visit|meet) +" has no verb element: its last word stands for it)
            own = prev.verb if prev.verb is not None and prev.pattern.verbal else prev.last
            hit.mood = prev.mood if prev.mood is not None else own
        if hit.coordinated and subject:
            hit.sources = subject
            continue
        if not prev.targets or not hit.sources or not set(hit.sources) <= set(prev.targets):
            continue
        if len(hit.sources) > 1 and not prev.passive and _just_before(units, hit.sources[-1], hit):
            # "Hamas released Shalit and Israel freed prisoners": "and" joins two clauses; the
            # actor right before the second verb is its subject, not part of the first object
            own = hit.sources[-1]
            hit.sources = [own]
            prev.targets = [t for t in prev.targets if t != own]
            continue
        between = [u.norm for u in units[prev.last + 1 : hit.first] if u.mention is None]
        if "and" in between:
            hit.sources = subject


def _verb_of(hit: _Hit) -> int:
    """The unit of a hit's verb (its first unit for a pattern without one)."""
    return hit.verb if hit.verb is not None else hit.first


def _just_before(units: list[_Unit], member: int, hit: _Hit) -> bool:
    """True when the mention ``member`` stands right before the hit (adverbs and auxiliaries
    between: "Israel has also freed")."""
    i = hit.first - 1
    while i >= 0 and hit.first - i <= 3 and units[i].mention is None:
        if units[i].norm not in _AUXILIARIES and not units[i].norm.endswith("ly"):
            return False
        i -= 1
    return i >= 0 and units[i].mention == member


_AUXILIARIES = frozenset(
    ["has", "have", "had", "is", "are", "was", "were", "will", "would", "did", "does", "also"]
)


_COORDINATION_ADVERBS = frozenset({"also", "then", "later", "subsequently", "immediately"})


_SUBORDINATORS = frozenset({"after", "before", "while", "since", "upon", "without", "when"})


def _adverbial_gerund(units: list[_Unit], verb: int) -> bool:
    """True for a gerund right after a subordinator: "after leaving", "while visiting"."""
    return verb > 0 and units[verb].norm.endswith("ing") and units[verb - 1].norm in _SUBORDINATORS


def _coordinated(units: list[_Unit], first: int) -> bool:
    """True when the pattern starts right after "and" ("… and promised aid to"): a verb that
    shares the subject of the verb before it."""
    i = first - 1
    while i >= 0 and (units[i].norm in _COORDINATION_ADVERBS or units[i].norm.endswith("ly")):
        i -= 1
    return i > 0 and units[i].norm == "and"


def _dyads(
    hit: _Hit, units: list[_Unit], symmetric: bool, *, require_dyad: bool = True
) -> list[tuple[int, int | None]]:
    if not hit.targets:
        if symmetric and len(hit.sources) > 1:
            return [(a, b) for a in hit.sources for b in hit.sources if a != b]
        return [] if require_dyad else [(s, None) for s in hit.sources]
    pairs: list[tuple[int, int | None]] = [(s, t) for s in hit.sources for t in hit.targets]
    if symmetric:
        pairs += [(t, s) for s in hit.sources for t in hit.targets]
    return list(dict.fromkeys(pairs))


def _same(a: Actor, b: Actor) -> bool:
    """The same actor, or a part of a state and the bare state (IRNLEG and IRN): not a dyad.
    Citizens and their government (EGY, EGYGOV) are a dyad."""
    if a.code == b.code:
        return True
    if len(b.code) == 3 and a.code.startswith(b.code):
        return True
    return len(a.code) == 3 and b.code.startswith(a.code) and a.kind != "country"


def _via_confidence(source: Mention, target: Mention | None) -> float:
    weights = {"pronoun": 0.8, "description": 0.8, "surname": 0.95, "agent": 0.9}
    score = weights.get(source.via, 1.0)
    if target is not None:
        score *= weights.get(target.via, 1.0)
    return score


_YEAR = re.compile(r"(?:19|20)\d\d")


def _event_date(article: Article, sent: Sentence) -> dt.date | None:
    """A full date stated in the sentence, earlier than the article's date."""
    reference = article.date_at(sent.start)
    text = article.text[sent.start : sent.end]
    if reference is None or not _YEAR.search(text):
        return None
    for match in find_dates(text, reference=reference):
        if match.has_year and match.date < reference:
            return match.date
    return None
