"""The pattern coder: who did what to whom in each sentence.

For each sentence the coder builds a coding string (tokens, actor mentions as ``@N``), tries the
dictionary patterns whose anchor words occur, keeps the best non-overlapping matches and fills the
source and target:

* source left of the verb: the nearest actor, skipping a comma-parenthetical (appositive or
  relative clause: "Haniyeh, who heads the bureau, met …"); a verb coordinated with an earlier one
  ("met A and praised B") shares that verb's subject;
* target right of the pattern: the first actor within a few tokens, before any clause break;
* passive voice ("was criticized by Y"): source and target swap;
* compounds ("Hamas and Islamic Jihad"): one event per dyad; symmetric acts both ways;
* negation ("did not", "denied …ing") drops the event or codes its CAMEO opposite; hypotheticals
  ("if …", "would", "could") and bare infinitives ("plans to attack") are not coded as facts;
* a full date stated in the sentence ("on Feb. 10, 2012") and earlier than the article dates the
  event.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import re
from dataclasses import dataclass

from entente.actors.petrarch import has_discard
from entente.events import ontology
from entente.events.verbs import Pattern, VerbDictionary
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
    ]
)  # "is about to restore ties": imminent
_MODALS = frozenset({"would", "could", "might", "may", "should", "if", "unless", "whether"})
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
_COMPOUND = frozenset({"and", ",", "&"})
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


@dataclass
class _Unit:
    """A token or a whole actor mention in the coding string."""

    norm: str
    start: int
    end: int
    mention: int | None  # index into the sentence's mention list
    code: str = ""  # the mention's actor code
    weak: int | None = None  # a role noun without a country ending here (fallback actor)


@dataclass
class _Hit:
    pattern: Pattern
    first: int  # first unit of the match
    last: int  # last unit (inclusive)
    sources: list[int]
    targets: list[int]
    passive: bool = False
    confidence: float = 1.0


class PatternCoder:
    """Code events from sentences with resolved actors (the ``events`` stage)."""

    def __init__(
        self,
        verbs: VerbDictionary,
        discards: frozenset[str] = frozenset(),
        story_discards: frozenset[str] = frozenset(),
    ) -> None:
        self.verbs = verbs
        self.discards = discards  # PETRARCH discard phrases: the sentence is not coded
        self.story_discards = story_discards  # ... the article is not coded

    def __call__(self, article: Article) -> Article:
        if self.story_discards and has_discard(article.text, self.story_discards):
            return article.evolve(events=())
        by_sentence: dict[int, list[Mention]] = {}
        for mention in article.mentions:
            by_sentence.setdefault(mention.sentence, []).append(mention)
        events: list[Event] = []
        for sent in article.sentences:
            mentions = by_sentence.get(sent.index, [])
            if mentions:
                events.extend(self.code_sentence(article, sent, mentions))
        return article.evolve(events=tuple(_drop_headline_repeats(article, events)))

    # -- one sentence ---------------------------------------------------------------------
    def code_sentence(
        self, article: Article, sent: Sentence, mentions: list[Mention]
    ) -> list[Event]:
        """RETURNS (list[Event]): the events of one sentence."""
        if self.discards and has_discard(article.text[sent.start : sent.end], self.discards):
            return []
        units = _units(tokenize(article.text[sent.start : sent.end], sent.start), mentions)
        coding, offsets = _coding_string(units)
        hits = self._hits(units, coding, offsets)
        events: list[Event] = []
        seen: set[tuple[str, str, str]] = set()
        for hit in hits:
            for event in self._events(article, sent, units, mentions, hit, len(events)):
                key = (
                    event.source.code if event.source else "",
                    event.target.code if event.target else "",
                    event.cameo,
                )
                if key not in seen:  # "A, the minister, met B": one event, not two
                    seen.add(key)
                    events.append(event)
        return events

    def _hits(self, units: list[_Unit], coding: str, offsets: list[int]) -> list[_Hit]:
        candidates: list[_Hit] = []
        words = [u.norm for u in units if u.mention is None]
        for pattern in self.verbs.candidates(words):
            for m in pattern.regex.finditer(coding):
                hit = self._fill(pattern, m, units, offsets)
                if hit is not None:
                    candidates.append(hit)
            if pattern.passive is not None:
                for m in pattern.passive.finditer(coding):
                    hit = self._fill_passive(pattern, m, units, offsets)
                    if hit is not None:
                        candidates.append(hit)
        return _best(candidates, units)

    def _fill(
        self, pattern: Pattern, m: re.Match[str], units: list[_Unit], offsets: list[int]
    ) -> _Hit | None:
        first, last = _unit_at(offsets, m.start() + 1), _unit_at(offsets, m.end() - 1)
        if pattern.passive is not None and _after_be(units, first):
            return None  # "was criticized by": the passive reading codes it
        if pattern.source_slot == "left" and _noun_reading(units, first):
            return None  # "the visit", "its support": a noun, not the verb
        hit = _Hit(pattern, first, last, [], [])
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
                found = _object(units, last, direct=_ends_with_verb(pattern))
            if group == "src":
                hit.sources = found
            else:
                hit.targets = found
        return hit if hit.sources else None

    def _fill_passive(
        self, pattern: Pattern, m: re.Match[str], units: list[_Unit], offsets: list[int]
    ) -> _Hit | None:
        first, last = _unit_at(offsets, m.start() + 1), _unit_at(offsets, m.end() - 1)
        sources = _compound(units, _unit_at(offsets, m.start("src") + 1))
        targets, confidence = _subject(units, first)
        if not targets:
            return None
        return _Hit(
            pattern, first, last, sources, targets, passive=True, confidence=confidence * 0.95
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
    ) -> list[Event]:
        cameo = hit.pattern.cameo
        verb_index = hit.first if hit.pattern.source_slot != "inside" else hit.first
        if _hypothetical(units, verb_index, hit):
            return []
        if _negated(units, verb_index):
            opposite = ontology.opposite(cameo)
            if opposite is None:
                return []
            cameo = opposite
        elif _future(units, verb_index):
            intended = intent_code(cameo)
            if intended is None:
                return []
            cameo = intended
        pairs = _dyads(hit, units, hit.pattern.symmetric)
        quad, goldstein, plover = _code_facts(cameo)
        date = _event_date(article, sent) or article.date_at(sent.start)
        evidence = (units[hit.first].start, units[hit.last].end)
        out = []
        for n, (src, tgt) in enumerate(pairs):
            source = mentions[src]
            target = mentions[tgt] if tgt is not None else None
            if target is not None and _same(source.actor, target.actor):
                continue
            key = (
                f"{article.id}|{sent.index}|{evidence}|{cameo}|{source.actor.code}|"
                f"{target.actor.code if target else ''}|{seq + n}"
            )
            out.append(
                Event(
                    id=hashlib.sha1(key.encode()).hexdigest()[:16],
                    article_id=article.id,
                    date=date,
                    source=source.actor,
                    target=target.actor if target else None,
                    cameo=cameo,
                    quad_class=quad,
                    goldstein=goldstein,
                    plover=plover[0] if plover else None,
                    plover_mode=plover[1] if plover else None,
                    sentence=sent.index,
                    evidence=evidence,
                    rule=hit.pattern.rule + (":passive" if hit.passive else ""),
                    confidence=round(hit.confidence * _via_confidence(source, target), 3),
                    source_mention=article.mentions.index(source),
                    target_mention=article.mentions.index(target) if target else None,
                )
            )
        return out


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
        "offered",
        "offer",
        "offers",
        "decided",
        "decides",
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


def _units(tokens: list[Token], mentions: list[Mention]) -> list[_Unit]:
    """Tokens with each actor mention folded into one ``@N`` unit. A role noun without a country
    ("military", "delegation", "troops") stays as plain words, so that patterns can use them
    ("provided military aid to +"); its last word remembers the mention as a fallback actor."""
    units: list[_Unit] = []
    spans = sorted(enumerate(mentions), key=lambda x: x[1].start)
    j = 0
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        while j < len(spans) and spans[j][1].end <= tok.start:
            j += 1
        if j < len(spans) and spans[j][1].start <= tok.start < spans[j][1].end:
            index, mention = spans[j]
            if mention.actor.code.startswith("---"):
                while i < len(tokens) and tokens[i].start < mention.end:
                    units.append(_Unit(tokens[i].norm, tokens[i].start, tokens[i].end, None))
                    i += 1
                units[-1].weak = index
                j += 1
                continue
            # "Iran's military support": the placeholder ends before the possessive, so that
            # patterns such as "$ 's .. support for +" see the words after it.
            end = mention.end
            k = i
            while k < len(tokens) and tokens[k].start < mention.end:
                if tokens[k].norm in ("'s", "'") and k > i:
                    end = tokens[k - 1].end
                    break
                k += 1
            units.append(_Unit(f"@{index}", mention.start, end, index, mention.actor.code))
            while i < len(tokens) and tokens[i].start < end:
                i += 1
            j += 1
            continue
        units.append(_Unit(tok.norm, tok.start, tok.end, None))
        i += 1
    return units


def _coding_string(units: list[_Unit]) -> tuple[str, list[int]]:
    """The coding string and, for each character, the unit it belongs to."""
    chars = []
    owner: list[int] = []
    for i, unit in enumerate(units):
        piece = " " + unit.norm
        chars.append(piece)
        owner.extend([i] * len(piece))
    return "".join(chars), owner


def _unit_at(owner: list[int], char: int) -> int:
    return owner[min(max(char, 0), len(owner) - 1)]


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
    if word.endswith("ing"):  # "their meeting", "the killing of": a noun after a determiner
        return units[verb - 1].norm in _DETERMINERS
    if word.endswith("ed"):
        return False
    before = [u.norm for u in units[max(0, verb - 2) : verb]]
    if before and before[-1] in _DETERMINERS:
        return True
    return (
        len(before) == 2
        and before[0] in _DETERMINERS
        and units[verb - 1].mention is None
        and before[1].isalpha()
        and not before[1].endswith("ly")
    )


_BE_FORMS = frozenset(["is", "are", "was", "were", "been", "being", "be", "get", "gets", "got"])


def _after_be(units: list[_Unit], verb: int) -> bool:
    """True for a participle right after a form of "be" ("was criticized", "were all killed")."""
    if units[verb].norm.endswith("ing"):
        return False
    before = [u.norm for u in units[max(0, verb - 2) : verb]]
    return bool(before) and (
        before[-1] in _BE_FORMS
        or (len(before) == 2 and before[0] in _BE_FORMS and before[1].endswith("ly"))
    )


def _compound(units: list[_Unit], index: int) -> list[int]:
    """The mention at ``index`` plus those joined to it in a coordination: "A and B",
    "A, B and the C", "both A and B". Commas alone ("A, B,") make an appositive, not a compound."""
    if units[index].mention is None:
        return []
    if _unknown(units[index]):
        return [units[index].mention]  # type: ignore[list-item]

    def walk(step: int) -> tuple[list[int], bool]:
        found: list[int] = []
        has_and = False
        i = index + step
        if step < 0 and i >= 0 and units[i].norm in ("the", "both"):
            i += step  # "the Philippines and the CAR": skip the article of this mention
        while 0 <= i < len(units) and units[i].norm in _COMPOUND:
            j = i + step
            while 0 <= j < len(units) and units[j].norm in ("the", "both"):
                j += step
            if not (0 <= j < len(units)) or units[j].mention is None or _unknown(units[j]):
                break
            has_and = has_and or units[i].norm != ","
            found.append(units[j].mention)  # type: ignore[arg-type]
            i = j + step
            if step < 0 and i >= 0 and units[i].norm in ("the", "both"):
                i += step
        return found, has_and

    after, and_after = walk(1)
    before, and_before = walk(-1)
    found = [units[index].mention]
    if and_before or (before and and_after):
        found = [*reversed(before), *found]
    if and_after:
        found = [*found, *after]
    return [m for m in found if m is not None]


def _unknown(unit: _Unit) -> bool:
    """A mention of a role noun with no country ("officials", "gunmen"): not a usable actor."""
    return unit.code.startswith("---")


def _subject(units: list[_Unit], verb: int, window: int = 14) -> tuple[list[int], float]:
    """Search left of the verb for its subject, skipping comma-parentheticals and the objects of
    prepositions. A role noun without a country ("officials") is taken only when no known actor
    stands further left."""
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
                fallback = ([unit.mention], confidence * 0.8)  # type: ignore[list-item]
        elif unit.weak is not None and not fallback[0]:
            fallback = ([unit.weak], confidence * 0.8)
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
        return not (before in _QUANTITIES or before.isdigit())
    return True


def _opening_comma(units: list[_Unit], closing: int) -> int | None:
    """For ", … ," before a verb: the index of the opening comma when an actor precedes it."""
    j = closing - 1
    while j >= 0 and closing - j < 16:
        if units[j].norm == ",":
            return j if j > 0 and units[j - 1].mention is not None else None
        j -= 1
    return None


def _object(
    units: list[_Unit], last: int, stop: int | None = None, *, direct: bool = False
) -> list[int]:
    """The first actor right of the pattern, before a clause break (or the next verb); a role
    noun without a country only when no known actor follows. direct (bool): the pattern ends
    with its verb; a participle followed at once by "in", "at", "near" … is a headline passive
    ("Haniyeh killed in Tehran"): the place is where, not whom."""
    i = last + 1
    end = min(len(units), stop if stop is not None else len(units))
    fallback: list[int] = []
    if (
        direct
        and i < end
        and units[i].norm in _LOCATIVE
        and units[last].norm.endswith(("ed", "en", "t"))
    ):
        return []  # headline passive: "Haniyeh killed in Tehran" names no target
    while i < end and i - last <= _OBJECT_WINDOW:
        unit = units[i]
        if unit.mention is not None:
            if not _unknown(unit):
                return _compound(units, i)
            fallback = fallback or [unit.mention]
        elif unit.weak is not None:
            fallback = fallback or [unit.weak]
        if unit.norm in _CLAUSE_BREAK or unit.norm in (",", "."):
            break
        i += 1
    return fallback


def _negated(units: list[_Unit], verb: int) -> bool:
    """A negator or denial among the (up to three) words between the subject and the verb
    ("did not attack", "denied attacking"); "neither A nor B attacked" is not a negation."""
    window: list[str] = []
    for unit in reversed(units[max(0, verb - 3) : verb]):
        if unit.mention is not None:
            break
        window.append(unit.norm)
    return any(w in _NEGATORS or w in _DENIALS for w in window)


def _hypothetical(units: list[_Unit], verb: int, hit: _Hit) -> bool:
    before = [u.norm for u in units[max(0, verb - 3) : verb]]
    if any(w in _MODALS for w in before):
        return True
    if (
        before
        and before[-1] == "to"
        and hit.pattern.cameo[:2] not in ("03", "13")
        and (len(before) < 2 or before[-2] not in _REPORTIVE | _FUTURE_TO)
    ):
        return True  # "plans to attack", "ready to meet": not an act (yet)
    clause_start = max((i for i in range(verb) if units[i].norm in (",", ";")), default=-1)
    return any(units[i].norm == "if" for i in range(clause_start + 1, verb))


def _best(candidates: list[_Hit], units: list[_Unit]) -> list[_Hit]:
    """Keep non-overlapping hits: more literal words first, then more specific codes."""
    candidates.sort(
        key=lambda h: (-h.pattern.literals, -len(h.pattern.cameo), -bool(h.targets), h.first)
    )
    chosen: list[_Hit] = []
    for hit in candidates:
        if any(not (hit.last < c.first or hit.first > c.last) for c in chosen):
            continue
        chosen.append(hit)
    chosen.sort(key=lambda h: h.first)
    chosen = _drop_reported_content(chosen, units)
    for hit, nxt in itertools.pairwise(chosen):
        if hit.pattern.target_slot == "right" and hit.targets:
            hit.targets = _object(
                units, hit.last, stop=nxt.first, direct=_ends_with_verb(hit.pattern)
            )
    _share_subjects(chosen, units)
    return chosen


# Acts named inside an appeal, a demand, a rejection, a threat or an accusation are its content,
# not facts: "demanded that the US cancel arms sales", "accused Iran of arming the Houthis".
_CONTENT_ROOTS = frozenset({"02", "10", "12", "13"})
_CONTENT_CODES = ("112", "1121", "1122", "1123", "1124", "1125")


def _drop_reported_content(hits: list[_Hit], units: list[_Unit]) -> list[_Hit]:
    kept: list[_Hit] = []
    for hit in hits:
        frame = next(
            (
                h
                for h in reversed(kept)
                if h.pattern.cameo[:2] in _CONTENT_ROOTS or h.pattern.cameo in _CONTENT_CODES
            ),
            None,
        )
        if frame is not None and not any(
            u.norm in (";", ":", "but") for u in units[frame.last + 1 : hit.first]
        ):
            continue
        kept.append(hit)
    return kept


def _share_subjects(hits: list[_Hit], units: list[_Unit]) -> None:
    """ "X met A and praised B": the second verb's subject is X, not A."""
    for prev, hit in zip(hits, hits[1:], strict=False):
        if hit.passive or hit.pattern.source_slot != "left" or not prev.targets:
            continue
        between = [u.norm for u in units[prev.last + 1 : hit.first] if u.mention is None]
        if hit.sources and set(hit.sources) <= set(prev.targets) and "and" in between:
            hit.sources = prev.sources


def _dyads(hit: _Hit, units: list[_Unit], symmetric: bool) -> list[tuple[int, int | None]]:
    if not hit.targets:
        if symmetric and len(hit.sources) > 1:
            return [(a, b) for a in hit.sources for b in hit.sources if a != b]
        return []
    pairs: list[tuple[int, int | None]] = [(s, t) for s in hit.sources for t in hit.targets]
    if symmetric:
        pairs += [(t, s) for s in hit.sources for t in hit.targets]
    return list(dict.fromkeys(pairs))


def _same(a: Actor, b: Actor) -> bool:
    """The same actor, or one inside the other (IRN and IRNLEG): not a dyad."""
    return a.code.startswith(b.code) or b.code.startswith(a.code)


def _via_confidence(source: Mention, target: Mention | None) -> float:
    weights = {"pronoun": 0.8, "description": 0.8, "surname": 0.95, "agent": 0.9}
    score = weights.get(source.via, 1.0)
    if target is not None:
        score *= weights.get(target.via, 1.0)
    return score


def _event_date(article: Article, sent: Sentence) -> dt.date | None:
    """A full date stated in the sentence, earlier than the article's date."""
    reference = article.date_at(sent.start)
    if reference is None:
        return None
    for match in find_dates(article.text[sent.start : sent.end], reference=reference):
        if match.has_year and match.date < reference:
            return match.date
    return None
