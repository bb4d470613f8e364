"""The verb and phrase dictionary: load YAML event patterns and compile them to regular expressions.

The format is documented in ``docs/verb-dictionary-format.md``. Each pattern is compiled into a
regular expression over a *coding string*: the sentence's lower-case tokens joined by single
spaces (with a leading space), every actor mention replaced by a placeholder ``@N``. Patterns are
indexed by their anchor words, so a sentence only tries the patterns whose words it contains.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from typing import Any, cast

from entente.actors.kb import load_yaml
from entente.errors import DictionaryError
from entente.events import ontology
from entente.events.inflect import participles, verb_forms

__all__ = ["Pattern", "VerbDictionary", "compile_pattern", "load_builtin_verbs"]

_ELEMENT = re.compile(r"\(.*?\)|\[.*?\]|<[^>]+>|\.\.\.?|\$|\+|[^\s()\[\]<>]+")
_BE = r"(?:is|are|was|were|been|being|be|get|gets|got|has been|have been|had been)"
# one token that is not an actor or clause punctuation ("300,000" is a token, "," is not)
_FILL = r"(?: (?!@|,(?= |$))[^\s;:\"]+)"
# a locative phrase a gap passes over as one step: "held talks in Beijing with +"
_PLACE = r"(?: (?:in|at) (?:the )?@\d+)"
# the commas of a list of plain words closed by "and"/"or", one step of a gap: "launched
# artillery, mortar, and rocket fire against +" (", mortar, and"); a comma that does not lead
# to such a conjunction, or that opens an attribution (", residents said, and"), still ends the gap
_LIST_WORD = r"(?: (?!@|and |or |said |says |say |told |added |reported )[^\s,;:\"]+)"
_LIST = rf"(?:(?: ,{_LIST_WORD}{{1,2}}){{1,3}}(?: ,)? (?:and|or))"
# one step of a gap: a token that is not an actor or clause punctuation, a locative phrase, or
# the rest of a list of words
_GAP_STEP = rf"(?:{_FILL}|{_PLACE}|{_LIST})"
# one token that is not clause punctuation (actors allowed)
_SKIP = r"(?: (?!,(?= |$))[^\s;:\"]+)"
# a phrase between commas, actors allowed: "…, in a statement issued in Cairo, …"
_PARENTHETICAL = rf"(?: ,{_SKIP}{{1,12}}? ,)"
_VERB_ELEMENT = re.compile(r"<=?[a-z][a-z' -]*(?:\|=?[a-z][a-z' -]*)*>")


#: the values of an entry's ``trip:`` key: the purpose of a trip, or a stay that needs one
TRIP_ROLES: tuple[str, ...] = ("purpose", "stay")


@dataclass(frozen=True, eq=False)  # compared and hashed by identity: patterns are unique
class Pattern:
    """A compiled event pattern.

    cameo (str): the event code. rule (str): ``file:line#n`` id. text (str): the pattern as
    written. source_slot, target_slot (str): where the actors are: ``left`` (subject search),
    ``right`` (object search), ``inside`` (a captured group) or ``none``. reverse (str | None):
    the code of a second event from the target back to the source (PETRARCH's ``[043:042]``:
    "X hosted Y" is X hosts Y and Y visits X). inverse (bool): the actor at ``+`` does the act
    to the actor at ``$`` ("…, drawing protests from Syria"); the coder swaps them. trip
    (str | None): ``"purpose"`` for the purpose of a trip ("for talks with +"), coded only right
    after a trip in the same clause and done by the traveller; ``"stay"`` for a stay that is a
    visit only when such a purpose follows it ("was in +" … "for talks with"); None otherwise.
    untargeted (bool): a target-less pattern names an act that has no target by its nature
    ("$ <resign>", "$ <surrender>"): coded without a target even when the coder requires a dyad.
    plover (tuple[str, str | None] | None): the PLOVER type and mode of the act when the
    CAMEO→PLOVER table files its code elsewhere (a resignation, 0831, is PLOVER's RETREAT
    "resign"); used only when the act is coded with the pattern's own code.
    adjacent (bool): the ``+`` after the last word must be that word's object, right after it
    (a determiner or possessive may come first): "$ <call> +" is a telephone call to the actor
    called ("called Erdogan", "called his Turkish counterpart"), not "called the killing a
    provocation … between Russia and Turkey" nor "the mission, called Operation Prosperity
    Guardian"; without such an object the pattern codes nothing.
    """

    cameo: str
    rule: str
    text: str
    regex: re.Pattern[str]
    passive: re.Pattern[str] | None
    source_slot: str
    target_slot: str
    literals: int
    anchors: frozenset[str]
    symmetric: bool
    verbal: bool = True  # has a <verb>; noun patterns ("strikes on +") take a near subject only
    reverse: str | None = None
    participles: frozenset[str] = frozenset()  # a passive reading needs one of these words
    needs: tuple[frozenset[str], ...] = ()  # per required element: a word one of these must occur
    inverse: bool = False  # the "+" actor does the act to the "$" actor ("drawing protests from +")
    trip: str | None = None  # "purpose" ("for talks with +") or "stay" ("was in +"), see above
    untargeted: bool = False  # an act with no target by nature ("$ <resign>"), see above
    plover: tuple[str, str | None] | None = None  # PLOVER type and mode overriding the table
    adjacent: bool = False  # the "+" is the last word's own object, right after it (see above)


def _alternatives(body: str) -> list[list[str]]:
    return [alt.split() for alt in body.split("|")]


def _words_regex(words: list[str]) -> str:
    return "".join(" " + _word_regex(w) for w in words)


def _word_regex(word: str) -> str:
    if word.startswith("<") and word.endswith(">"):
        return "(?:" + "|".join(re.escape(f) for f in _verb_forms(word[1:-1])) + ")"
    return re.escape(word.lower())


def _verb_forms(body: str) -> tuple[str, ...]:
    """The forms of a verb element ``<body>``: ``visit`` any inflection, ``visit|call`` any
    inflection of either, ``=saw`` that exact form only."""
    forms: list[str] = []
    for alt in body.split("|"):
        forms.extend([alt[1:]] if alt.startswith("=") else verb_forms(alt))
    return tuple(dict.fromkeys(forms))


def _verb_participles(body: str) -> tuple[str, ...]:
    """The past participles of a verb element's inflected lemmas (exact ``=`` forms have none)."""
    found = [p for alt in body.split("|") if not alt.startswith("=") for p in participles(alt)]
    return tuple(dict.fromkeys(found))


# "$ <criticize> +", "$ <meet> with +": patterns simple enough to be read in the passive too
_PASSIVE_TAILS = frozenset({"with", "to", "on", "at", "against", "by", "for", "from", "in"})
_STOPWORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "to",
        "of",
        "in",
        "on",
        "at",
        "by",
        "for",
        "with",
        "from",
        "and",
        "or",
        "as",
        "into",
        "over",
        "'s",
    ]
)


def _first_words(element: str) -> str:
    """The word(s) a required element starts with: verb forms for ``<lemma>``."""
    if element.startswith("<"):
        return "|".join(f.split()[0] for f in _verb_forms(element[1:-1]))
    return element.lower()


def _anchor(required: list[frozenset[str]]) -> frozenset[str]:
    """One required element whose words must occur for the pattern to match: a verb or the
    rarest-looking content word (never a stop word when something else is required)."""
    options = [frozenset(w for group in req for w in group.split("|")) for req in required]
    content = [o for o in options if not o & _STOPWORDS]
    pool = content or options
    return min(pool, key=len)


def _needs(required: list[frozenset[str]], anchor: frozenset[str]) -> tuple[frozenset[str], ...]:
    """The words of each required element but the anchor (checked before the regex is tried)."""
    groups = [frozenset(w for group in req for w in group.split("|")) for req in required]
    return tuple(dict.fromkeys(g for g in groups if g != anchor))


# before an object slot: a token that is not an actor, clause punctuation or a complementizer
# ("allowed that Mordor isn't …": Mordor is the subject of a new clause, not the verb's object)
_OBJECT_FILL = r"(?: (?!@)(?!(?:that|whether|if)(?!\S))[^\s,;:\"]+)"


# more members of a compound in a slot between words: "give Albania and Macedonia 150 million
# euros", "give Albania, Macedonia and the Kosovo 150 million euros" (the coder takes the whole
# compound from the slot's first member)
_MORE_MEMBERS = r"(?:(?: ,)?(?: and| &| or| ,)(?: the| a| an)? @\d+){0,5}"


# an appositive between commas right after a target slot's actor: "forced the UN refugee agency,
# UNHCR, out of", "found Akayesu, a former mayor, guilty" (one to four words, actors allowed)
_APPOSITIVE = r"(?: ,(?: [^\s,;:\"]+){1,4} ,)?"
# a role noun and its comma before the target slot's actor, which a comma closes: "found a
# former mayor, Akayesu, guilty" (the group is empty when there is none)
_LEAD_APPOSITIVE = rf"{_FILL}{{1,3}} ,"


# round 17: after a source slot's actor, before the pattern's noun, the words still modify that
# noun ("the Israeli army's air strikes", "a Hamas rocket attack"); a preposition or an article
# opens another phrase: in "killed a senior Hamas commander in an air strike in Gaza" Hamas is
# not the striker
_SOURCE_TAIL = (
    r"(?: (?!@|,(?= |$)|(?:in|on|at|to|into|for|with|from|by|of|a|an|the)(?!\S))[^\s;:\"]+)"
)


def _slot(name: str, objects: bool = False) -> str:
    group = "src" if name == "$" else "tgt"
    fill = _OBJECT_FILL if objects else _FILL
    if group == "tgt" and not objects:
        return (
            rf"(?P<lead>{_LEAD_APPOSITIVE})?(?:{fill}{{0,3}}?) (?P<{group}>@\d+){_MORE_MEMBERS}"
            rf"(?(lead) ,|{_APPOSITIVE})(?:{_FILL}{{0,2}}?)"
        )
    if group == "src" and not objects:
        return rf"(?:{fill}{{0,3}}?) (?P<{group}>@\d+){_MORE_MEMBERS}(?:{_SOURCE_TAIL}{{0,2}}?)"
    return rf"(?:{fill}{{0,3}}?) (?P<{group}>@\d+){_MORE_MEMBERS}(?:{_FILL}{{0,2}}?)"


def compile_pattern(
    text: str,
    *,
    cameo: str,
    rule: str,
    symmetric: bool = False,
    lazy: bool = False,
    objects: bool = False,
    reverse: str | None = None,
    inverse: bool = False,
    trip: str | None = None,
    untargeted: bool = False,
    plover: tuple[str, str | None] | None = None,
    adjacent: bool = False,
) -> Pattern:
    """Compile one pattern string. Raises ValueError with the reason when it is malformed.

    lazy (bool): build the regular expressions on first use (for dictionaries of thousands of
    generated patterns, most of which a corpus never tries). objects (bool): an actor slot
    between words is a phrase of the verb's own clause, never after a complementizer ("that",
    "whether", "if"), as in PETRARCH's parse-based patterns. reverse (str | None): the code of the
    event from the target back to the source (see :class:`Pattern`). inverse (bool): the
    actor found at ``+`` is the source of the event and the one at ``$`` its target ("Turkey held
    exercises, drawing protests from Syria": Syria disapproves of Turkey); no passive reading.
    trip (str | None): ``"purpose"`` or ``"stay"`` (see :class:`Pattern`); no passive reading.
    untargeted (bool), plover (tuple | None), adjacent (bool): see :class:`Pattern`.
    """
    if trip not in (None, *TRIP_ROLES):
        raise ValueError(f"trip must be one of {', '.join(TRIP_ROLES)}, not {trip!r}")
    elements = _ELEMENT.findall(text)
    if not elements:
        raise ValueError("empty pattern")
    if text.count("$") > 1 or text.count("+") > 1:
        raise ValueError("at most one '$' and one '+'")
    if text.count("(") != text.count(")") or text.count("[") != text.count("]"):
        raise ValueError("unbalanced brackets")
    slots = {"$": "none", "+": "none"}
    if elements[0] in slots:
        slots[elements[0]], elements = "left", elements[1:]
    if elements and elements[-1] in slots:
        slots[elements[-1]], elements = "right", elements[:-1]
    pieces: list[str] = []
    required: list[frozenset[str]] = []  # per required element: the first words that can match
    literals = 0
    verb: str | None = None
    verb_at = -1  # index (in ``elements`` and ``pieces``) of the first verb
    for i, el in enumerate(elements):
        if el in ("$", "+"):
            if i == 0 or i == len(elements) - 1:
                raise ValueError(f"slot {el!r} must be at an end or between words")
            slots[el] = "inside"
            pieces.append(_slot(el, objects))
        elif el == "..":
            pieces.append(f"{_GAP_STEP}{{0,4}}")
        elif el == "...":  # at least one word: "to ... <accord>" is not the infinitive "to accord"
            pieces.append(f"{_GAP_STEP}{{1,3}}")
        elif el == "^":  # a gap that may hold actor mentions ("celebrated Eid at ^ with +")
            pieces.append(r"(?: [^\s,;:\"]+){0,3}")
        elif el.startswith("("):
            alts = _alternatives(el[1:-1])
            pieces.append(" (?:" + "|".join(_words_regex(a).lstrip(" ") for a in alts) + ")")
            required.append(frozenset(_first_words(a[0]) for a in alts if a))
            literals += 1
        elif el.startswith("["):
            alts = _alternatives(el[1:-1])
            pieces.append("(?:" + "|".join(_words_regex(a) for a in alts) + ")?")
        else:
            required.append(frozenset({_first_words(el)}))
            literals += 1
            if el.startswith("<"):
                if not _VERB_ELEMENT.fullmatch(el):
                    raise ValueError(f"bad verb element {el!r}: write <lemma> in lower case")
                if verb is None:  # the coder checks the words around the (first) verb
                    verb, verb_at = el[1:-1], i
                    pieces.append(" (?P<verb>" + _word_regex(el) + ")")
                    continue
            pieces.append(" " + _word_regex(el))
    if literals == 0:
        raise ValueError("a pattern needs at least one word")
    source_slot, target_slot = slots["$"], slots["+"]
    if adjacent and target_slot != "right":
        raise ValueError("'adjacent' needs a pattern that ends with '+'")
    body = "".join(pieces)
    regex = _regex(body + r"(?!\S)", lazy)  # the last word ends there: "saw" is not "sawed"
    anchor = _anchor(required)
    passive = None
    if verb and source_slot == "left" and verb_at == 0 and not inverse and trip is None:
        passive = _passive(verb, elements, pieces, target_slot)
    participles = frozenset(
        form.split()[0]
        for form in (_verb_participles(verb) if passive is not None and verb else ())
    )
    return Pattern(
        cameo,
        rule,
        text,
        regex,
        passive,
        source_slot,
        target_slot,
        literals,
        anchor,
        symmetric,
        verb is not None,
        reverse,
        participles,
        _needs(required, anchor),
        inverse,
        trip,
        untargeted,
        plover,
        adjacent,
    )


_BY = r" by(?: the| a| an)? (?P<src>@\d+)"


def _passive(
    verb: str, elements: list[str], pieces: list[str], target_slot: str
) -> re.Pattern[str] | None:
    """The passive reading of a pattern that starts with its verb ("$ <verb> REST"), in which the
    passive subject is the target: "$ <criticize> +", "$ <meet> with +" (the subject search finds
    the target) and "$ <verb> [particles] + REST" read as "+ BE <participle> [particles] by $ REST"
    ("Hamas was urged by Qatar to release", "was received by Qaboos at") or "+ BE <participle>
    [particles] REST .. by $" ("was accused of supplying drones by the United States"). None when
    the pattern has no such reading (its target is not the verb's object). The regular
    expression is built on first use (a sentence needs "by" and a participle to try it)."""
    forms = "|".join(re.escape(p) for p in _verb_participles(verb))
    if not forms:
        return None
    head = rf" {_BE}(?: [a-z]+ly(?: and [a-z]+ly)?)? (?:{forms})"
    rest = elements[1:]
    if target_slot == "right":
        if len(rest) > 1 or (rest and rest[0] not in _PASSIVE_TAILS):
            return None  # "$ <send> .. aid to +": the passive subject is the aid
        # "was criticised on Tuesday, in a statement issued in Cairo, by the Arab League": one
        # parenthetical between commas may stand right before the agent
        return _regex(rf"{head}{_FILL}{{0,4}}?{_PARENTHETICAL}?{_BY}", True)
    if target_slot != "inside":
        return None
    plus = rest.index("+") + 1 if "+" in rest else -1
    if plus < 0 or any(el in ("$", "..", "...", "^") for el in elements[1:plus]):
        return None
    particles = "".join(pieces[1:plus])  # "$ <call> on + to": "was called on by $ to"
    tail = "".join(pieces[plus + 1 :])
    by_first = rf"{head}{particles}{_FILL}{{0,4}}?{_BY}(?:{_FILL}{{0,2}}?){tail}"
    # "accused of supplying drones to Russia by the United States": actors may stand between,
    # but not a participle's own agent ("accused of attacks backed by Iran")
    by_last = rf"(?P<own>{head}{particles}{tail}){_SKIP}{{0,8}}?(?<!ed){_BY.replace('src', 'src2')}"
    # "has been accused of misusing funds, much of it embezzled, by officials": a long content
    # closed by a comma, the agent right after it and ending the clause
    by_far = (
        rf"(?P<own3>{head}{particles}{tail})(?: [^\s;:\"]+){{0,30}}? ,"
        rf" by(?: the| a| an)?(?: [a-z]+)? (?P<src3>@\d+)(?= [,.;:]| *$)"
    )
    return _regex(rf"(?:{by_first}|{by_last}|{by_far})(?!\S)", True)


def _regex(body: str, lazy: bool) -> re.Pattern[str]:
    return cast("re.Pattern[str]", _LazyRegex(body)) if lazy else re.compile(body)


class _LazyRegex:
    """A regular expression compiled on first use; otherwise it behaves as ``re.Pattern``."""

    __slots__ = ("_compiled", "pattern")

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        self._compiled: re.Pattern[str] | None = None

    def __getattr__(self, name: str) -> Any:
        if self._compiled is None:
            self._compiled = re.compile(self.pattern)
        return getattr(self._compiled, name)


class _Gate:
    """The patterns of one anchor word, indexed by the words of their first need."""

    __slots__ = ("by_word", "free", "patterns", "words")

    def __init__(self, patterns: list[Pattern]) -> None:
        self.patterns = tuple(patterns)
        #: positions of the patterns with no need (always viable)
        self.free = [k for k, p in enumerate(patterns) if not p.needs]
        #: need word -> positions of the patterns whose first need holds it
        self.by_word: dict[str, list[int]] = defaultdict(list)
        for k, pattern in enumerate(patterns):
            if pattern.needs:
                for word in pattern.needs[0]:
                    self.by_word[word].append(k)
        self.words = frozenset(self.by_word)

    def viable(self, present: set[str]) -> list[Pattern]:
        """RETURNS (list[Pattern]): the patterns, in order, whose needs all meet ``present``."""
        found = set(self.free)
        for word in self.words.intersection(present):
            found.update(self.by_word[word])
        out: list[Pattern] = []
        for k in sorted(found):
            pattern = self.patterns[k]
            for need in pattern.needs[1:]:
                if need.isdisjoint(present):
                    break  # a required word is missing: the pattern cannot match
            else:
                out.append(pattern)
        return out


class VerbDictionary:
    """All event patterns, indexed by anchor word."""

    def __init__(self) -> None:
        self.patterns: list[Pattern] = []
        self._index: dict[str, list[Pattern]] = defaultdict(list)
        self._vocabulary: frozenset[str] | None = None
        self._gates: dict[str, _Gate] = {}  # per anchor word, built on first use
        #: PETRARCH verb-file lines or patterns not translated, by reason (see petrarch_verbs).
        self.petrarch_skipped: Counter[str] = Counter()

    def add(self, pattern: Pattern) -> None:
        """Add a compiled pattern."""
        self.patterns.append(pattern)
        for anchor in pattern.anchors:
            self._index[anchor].append(pattern)
        self._vocabulary = None
        self._gates.clear()

    @property
    def vocabulary(self) -> frozenset[str]:
        """The anchor words of all patterns (verb forms and key nouns)."""
        if self._vocabulary is None:
            self._vocabulary = frozenset(self._index)
        return self._vocabulary

    def candidates(self, words: Iterable[str]) -> list[Pattern]:
        """RETURNS (list[Pattern]): the patterns whose anchor words occur among ``words``."""
        index = self._index
        # words in sentence order, not set order: ties between hits must not depend on hashing
        groups = [index[word] for word in dict.fromkeys(words) if word in index]
        if len(groups) == 1:
            return list(groups[0])
        return list(dict.fromkeys(itertools.chain.from_iterable(groups)))

    def matchable(self, words: list[str], present: set[str]) -> list[Pattern]:
        """RETURNS (list[Pattern]): the :meth:`candidates` of ``words`` whose required words
        (``Pattern.needs``) all occur in ``present`` (the set of ``words``), in the same order.
        A sentence has some fifty candidates and few pass: each anchor word's patterns are
        looked up by the words of their first need instead of being tried one by one."""
        index, gates = self._index, self._gates
        groups: list[list[Pattern]] = []
        for word in dict.fromkeys(words):
            if word in index:
                gate = gates.get(word)
                if gate is None:
                    gate = gates[word] = _Gate(index[word])
                group = gate.viable(present)
                if group:
                    groups.append(group)
        if len(groups) == 1:
            return groups[0]
        # a pattern passes or fails in every group: filtering first keeps the candidates' order
        return list(dict.fromkeys(itertools.chain.from_iterable(groups)))

    def load_file(self, path: Path | Any, *, label: str | None = None) -> None:
        """Load one YAML verb file; DictionaryError names the file, line and problem."""
        label = label or str(path)
        stem = label.rsplit("/", 1)[-1].rsplit(".", 1)[0]
        data = load_yaml(path, label)
        if data is not None and not isinstance(data, list):
            raise DictionaryError(label, 1, "the file must be a YAML list of entries")
        for entry in data or []:
            self._load_entry(entry, label, stem)

    def _load_entry(self, entry: Any, label: str, stem: str) -> None:
        if not isinstance(entry, dict):
            raise DictionaryError(label, None, f"entry {entry!r} is not a mapping")
        line = int(entry.get("__line__", 0))
        cameo = str(entry.get("cameo", ""))
        if not ontology.is_cameo(cameo):
            raise DictionaryError(label, line, f'unknown CAMEO code {cameo!r} (quote it: "042")')
        patterns = entry.get("patterns")
        if not isinstance(patterns, list) or not patterns:
            raise DictionaryError(label, line, "entry needs a non-empty 'patterns' list")
        reverse = entry.get("reverse")
        if reverse is not None and not ontology.is_cameo(str(reverse)):
            raise DictionaryError(label, line, f"unknown reverse CAMEO code {reverse!r}")
        plover = _plover_key(entry.get("plover"), label, line)
        rule_base = str(entry.get("id") or f"{stem}:{line}")
        for n, text in enumerate(patterns, start=1):
            try:
                pattern = compile_pattern(
                    str(text),
                    cameo=cameo,
                    rule=f"{rule_base}#{n}",
                    symmetric=bool(entry.get("symmetric", False)),
                    reverse=str(reverse) if reverse is not None else None,
                    inverse=bool(entry.get("inverse", False)),
                    trip=str(entry["trip"]) if entry.get("trip") is not None else None,
                    untargeted=bool(entry.get("untargeted", False)),
                    plover=plover,
                    adjacent=bool(entry.get("adjacent", False)),
                )
            except (ValueError, re.error) as exc:
                raise DictionaryError(label, line, f"pattern {text!r}: {exc}") from None
            self.add(pattern)


def _plover_key(value: Any, label: str, line: int) -> tuple[str, str | None] | None:
    """An entry's ``plover:`` key ("RETREAT" or "RETREAT/resign") as a PLOVER type and mode.
    Raises DictionaryError for a type or mode the PLOVER manual does not have."""
    if value is None:
        return None
    event, _, mode = str(value).partition("/")
    try:
        kind = ontology.plover(event.strip())
        if mode.strip():
            kind.mode(mode.strip())
    except (KeyError, ValueError) as exc:
        raise DictionaryError(
            label, line, f"unknown PLOVER type or mode {value!r} ({exc})"
        ) from None
    return kind.event, mode.strip() or None


def load_builtin_verbs() -> VerbDictionary:
    """RETURNS (VerbDictionary): the built-in verb and phrase dictionary."""
    verbs = VerbDictionary()
    folder = files("entente") / "data" / "verbs"
    for path in sorted(folder.iterdir(), key=lambda p: p.name):
        if path.name.endswith((".yaml", ".yml")):
            verbs.load_file(path, label=f"verbs/{path.name}")
    return verbs
