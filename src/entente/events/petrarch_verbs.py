"""Read PETRARCH verb dictionaries and translate them into Entente event patterns.

Both PETRARCH verb formats are read: PETRARCH-2 (``CAMEO.2.0.txt``, ``PETR.Validate.verbs.2.0.txt``)
and PETRARCH-1 (``PETR.Validate.verbs.txt``), whose pattern syntax is a subset of it.

* **synsets** ``&NAME`` followed by ``+member`` lines: a reference ``&NAME`` in a pattern becomes
  the alternatives ``(member|members|...)``; regular plurals are added unless the member or the
  label ends with ``_``; a member may itself be ``&OTHER``. Members of different lengths give
  one pattern each, whose extra words count as literal words: the longest match wins.
* **verb blocks** ``--- NAME [code] ---`` followed by verbs: ``SAY {SAID SAYING}`` (irregular
  forms), ``+CORDON_OFF {+CORDONED_OFF ...}`` and ``KLM_NOP_+RST`` (multi-word verbs, ``+`` marks
  the verb) and an optional own code ``[014]``. Every verb of the block becomes one verb element
  ``<say|=said|=saying|...>``; a verb whose code is not ``---`` codes on its own: ``$ <verbs> +``.
* **patterns** ``- PRE * POST [code]``: ``*`` is the verb, words separated by blanks may have
  others between them (``..``), ``_`` joins words, ``(PREP NOUN)`` and ``{ADJ NOUN}`` group words
  (read in order; a phrase of a preposition alone before another word, ``(TO) *``, has its object
  in between: the gap is ``...``, at least one word), ``$`` / ``+`` place the source / target,
  ``%`` (compound actor) makes the pattern symmetric, ``^`` skips words, ``A/B`` is either
  word. Without ``$`` the source is the
  subject; without ``+`` the target is looked for after the pattern and, as a second pattern,
  between the verb and the words after it ("accused + of .."). ``[c1:c2]`` codes c1 from source
  to target and c2 back (``Pattern.reverse``): equal codes give a symmetric pattern, ``[:c2]``
  the reversed pattern. An actor slot between words is an object of the verb's own clause
  (``compile_pattern(objects=True)``): "allowed that Mordor isn't the neatest place" does not
  match ``* {THE NEATEST PLACE}`` with Mordor as the target.
* a pattern line whose leading ``-`` was left out (``* (TO QUESTION) [110]``) is read as a
  pattern, as PETRARCH does.

Codes are kept as written when they are 2-4 digits, with an optional letter (``064``, ``1717``,
the test codes ``075A``, ``174L``). Every Entente pattern's rule is ``FILE:LINE`` of its source
line. What cannot be translated is counted by reason in ``verbs.petrarch_skipped``:

* ``verb transformation`` — ``~`` lines (PETRARCH-2 event transformations);
* ``null-code pattern`` — ``[---]``: PETRARCH uses it to say "this construction is not an event";
  Entente has no pattern that blocks others, so it is left out;
* ``non-numeric code``, ``undefined synset``, ``no verb marker``, ``target before the verb
  without a source``, ``pattern outside a verb block``, ``unreadable verb``, ``compile error``.

A PETRARCH verb dictionary also brings PETRARCH's coding semantics:
:func:`petrarch_coder_options` gives the ``PatternCoder`` options (announced and modal acts coded
as acts, PETRARCH's negations, passives without "by", ``require_dyad`` from ``PETR_config.ini``).
"""

from __future__ import annotations

import configparser
import dataclasses
import itertools
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from entente.actors.petrarch import petrarch_lines
from entente.events.inflect import verb_forms
from entente.events.verbs import VerbDictionary, compile_pattern

__all__ = ["PETRARCH_OPPOSITES", "VerbLoad", "load_petrarch_verbs", "petrarch_coder_options"]

_CODE = re.compile(r"\d{2,4}[A-Za-z]?")
_TOKEN = re.compile(r"[(){}]|[^\s(){}]+")
_LEMMA = re.compile(r"[a-z][a-z' -]*")
_PLURALISE = re.compile(r"[A-Z]{3,}(?<!S)")  # a noun written in the singular


class _Untranslatable(Exception):
    """A PETRARCH pattern that has no Entente equivalent (the message is the reason)."""


@dataclass
class VerbLoad:
    """What :func:`load_petrarch_verbs` read: PETRARCH blocks, verbs and pattern lines, the
    pattern lines translated, the Entente patterns compiled and what was skipped, by reason."""

    blocks: int = 0
    verbs: int = 0
    patterns: int = 0
    translated: int = 0
    compiled: int = 0
    skipped: Counter[str] = field(default_factory=Counter)


@dataclass
class _Verb:
    """One verb of a block: ``element`` is the body of ``<...>``; ``prefix`` the words written
    before the verb in a multi-word verb (``KLM_NOP_+RST``); ``code`` its own code, if any."""

    line: int
    element: str
    prefix: tuple[str, ...] = ()
    code: str | None = None


@dataclass
class _Block:
    """A verb block: its header line and code, its verbs and its ``(line, body, code)`` patterns."""

    line: int
    code: str
    verbs: list[_Verb] = field(default_factory=list)
    patterns: list[tuple[int, str, str]] = field(default_factory=list)


# -- reading -------------------------------------------------------------------------------
def load_petrarch_verbs(verbs: VerbDictionary, path: Path, *, label: str | None = None) -> VerbLoad:
    """Translate a PETRARCH verb file into patterns of ``verbs``. RETURNS (VerbLoad)."""
    name = label or Path(path).name
    report = VerbLoad()
    lines = list(petrarch_lines(Path(path), report.skipped, semicolon=True))
    synsets = _read_synsets(lines)
    blocks = _read_blocks(lines, report)
    _assign_forms(blocks, report)
    for block in blocks:
        report.blocks += 1
        report.verbs += len(block.verbs)
        _add_block(verbs, block, synsets, name, report)
    verbs.petrarch_skipped.update(report.skipped)
    return report


def _read_synsets(lines: list[tuple[int, str]]) -> dict[str, list[tuple[str, bool]]]:
    """Every ``&NAME`` with its ``(member, plural allowed)`` list (a later definition wins)."""
    synsets: dict[str, list[tuple[str, bool]]] = {}
    current: str | None = None
    plural = True
    for _number, line in lines:
        text = line.strip()
        if text.startswith("&"):
            label = text.split()[0]
            current, plural = label.rstrip("_"), not label.endswith("_")
            synsets[current] = []
        elif text.startswith("+") and current is not None:
            member = text[1:].strip()
            synsets[current].append((member, plural and not member.endswith("_")))
        else:
            current = None
    return synsets


def _read_blocks(lines: list[tuple[int, str]], report: VerbLoad) -> list[_Block]:
    """The verb blocks, with their verbs and patterns, in file order."""
    blocks: list[_Block] = []
    in_synset = False
    for number, line in lines:
        text = line.strip()
        if text.startswith("---"):
            blocks.append(_Block(number, _bracket(text) or "---"))
            in_synset = False
        elif text.startswith("&"):
            in_synset = True
        elif text.startswith("+") and in_synset:
            continue
        elif text.startswith("~"):
            report.skipped["verb transformation"] += 1
        elif text.startswith("-"):
            if not blocks:
                report.skipped["pattern outside a verb block"] += 1
                continue
            body, bracket, code = text[1:].rpartition("[")
            if not bracket:
                report.skipped["pattern without a code"] += 1
                continue
            blocks[-1].patterns.append((number, body, code.partition("]")[0].strip()))
        elif blocks and text.startswith("*") and "[" in text:
            # "* (TO QUESTION) [110]": a pattern line whose "-" was left out
            body, _, code = text.rpartition("[")
            blocks[-1].patterns.append((number, body, code.partition("]")[0].strip()))
        elif not blocks or text.startswith("*"):
            report.skipped["unreadable verb" if blocks else "text outside a verb block"] += 1
        else:
            verb = _read_verb(number, text)
            if verb is None:
                report.skipped["unreadable verb"] += 1
            else:
                blocks[-1].verbs.append(verb)
    return blocks


def _bracket(text: str) -> str:
    """The content of the last ``[...]`` of a line ('' when there is none)."""
    found = re.findall(r"\[([^\]]*)\]", text)
    return found[-1].strip() if found else ""


def _read_verb(number: int, text: str) -> _Verb | None:
    """Read a verb line: ``SAY {SAID SAYING} [010]``, ``+CORDON_OFF {...}``, ``KLM_NOP_+RST``."""
    code = _bracket(text) or None
    main = re.split(r"[\[{]", text, maxsplit=1)[0].split()
    if not main:
        return None
    words = [w for w in main[0].lower().split("_") if w]
    marked = next((i for i, w in enumerate(words) if w.startswith("+")), 0)
    words = [w.lstrip("+") for w in words]
    prefix, lemma = tuple(words[:marked]), " ".join(words[marked:])
    forms = re.search(r"\{([^}]*)\}", text)
    alternatives = [lemma]
    if forms is not None:
        listed = [
            " ".join(w for w in f.lower().replace("+", "").split("_") if w)
            for f in forms.group(1).replace(",", " ").split()
        ]
        exact = [" ".join(f.split()[len(prefix) :]) for f in listed]
        alternatives = [f"={lemma}"] if not listed else [lemma, *(f"={f}" for f in exact if f)]
    if not all(_LEMMA.fullmatch(a.lstrip("=")) for a in alternatives):
        return None
    return _Verb(number, "|".join(dict.fromkeys(alternatives)), prefix, code)


def _assign_forms(blocks: list[_Block], report: VerbLoad) -> None:
    """Give each written verb form to the first block that writes it, as PETRARCH does, and keep
    Entente's inflection of a lemma from taking a form that another block writes: "left" is the
    LEFT block's, not an inflection of LEAVE."""
    owner: dict[str, int] = {}
    for i, block in enumerate(blocks):
        for verb in block.verbs:
            for alt in verb.element.split("|") if not verb.prefix else ():
                owner.setdefault(alt.lstrip("="), i)
    for i, block in enumerate(blocks):
        kept = []
        for verb in block.verbs:
            verb.element = verb.element if verb.prefix else _own_forms(verb.element, i, owner)
            if verb.element:
                kept.append(verb)
            else:
                report.skipped["verb written in an earlier block"] += 1
        block.verbs = kept


def _own_forms(element: str, block: int, owner: dict[str, int]) -> str:
    """The alternatives of a verb element that belong to ``block`` ('' when none do)."""
    alts: list[str] = []
    for alt in element.split("|"):
        if owner.get(alt.lstrip("="), block) != block:
            continue
        forms = [alt] if alt.startswith("=") else list(verb_forms(alt))
        taken = {f for f in forms if owner.get(f.lstrip("="), block) != block}
        alts.extend([f"={f}" for f in forms if f not in taken] if taken else [alt])
    return "|".join(dict.fromkeys(alts))


# -- translating ---------------------------------------------------------------------------
def _add_block(
    verbs: VerbDictionary,
    block: _Block,
    synsets: dict[str, list[tuple[str, bool]]],
    name: str,
    report: VerbLoad,
) -> None:
    """Compile a block: every pattern with all the verbs, then each verb on its own code."""
    for line, body, code in block.patterns:
        report.patterns += 1
        event = _event_code(code, report)
        if event is None:
            continue
        try:
            templates = _translate(body, synsets)
        except _Untranslatable as why:
            report.skipped[str(why)] += 1
            continue
        if not block.verbs:
            report.skipped["pattern in a block without verbs"] += 1
        added = 0
        for element in _verb_elements(block.verbs):
            for template, compound, extra in templates:
                pieces = [p for t in template for p in (element if t == "*" else [t])]
                rule = f"{name}:{line}"
                added += _compile(verbs, pieces, event, rule, compound, report, extra)
        report.translated += bool(added)
    # each verb on its own code, added last: on a tie the block's patterns are tried first
    by_code: dict[str, list[_Verb]] = {}
    for verb in block.verbs:
        by_code.setdefault(verb.code or block.code, []).append(verb)
    for code, members in by_code.items():
        line = members[0].line if members[0].code else block.line
        event = _event_code(code, report) if code.strip("- ") else None  # [---]: no event
        if event is None:
            continue
        for element in _verb_elements(members):
            _compile(verbs, ["$", *element, "+"], event, f"{name}:{line}", False, report)


@dataclass(frozen=True)
class _EventCode:
    """A pattern's code: ``reverse`` codes from target to source (``[:c2]``); ``symmetric``
    both ways (``[c:c]``); ``back`` is the code of the event from target to source when it
    differs (``[043:042]``)."""

    cameo: str
    reverse: bool = False
    symmetric: bool = False
    back: str | None = None


def _event_code(code: str, report: VerbLoad) -> _EventCode | None:
    """Read ``c1``, ``c1:c2`` or ``:c2``. RETURNS None for the null code ``---`` (the construction
    is not an event) and for codes that are not 2-4 digits (counted)."""
    forward, _, back = (c.strip() for c in code.partition(":"))
    forward, back = ("" if c == "---" else c for c in (forward, back))
    if not forward and not back:
        report.skipped["null-code pattern"] += 1
        return None
    if any(c and not _CODE.fullmatch(c) for c in (forward, back)):
        report.skipped["non-numeric code"] += 1
        return None
    if not forward:
        return _EventCode(back, reverse=True)
    if back and back != forward:
        return _EventCode(forward, back=back)
    return _EventCode(forward, symmetric=back == forward)


def _verb_elements(members: list[_Verb]) -> list[list[str]]:
    """Entente pieces for a set of verbs: one ``<a|b|...>`` for those without prefix words, one
    ``klm nop <rst>`` per multi-word verb whose verb is not its first word."""
    plain = [alt for v in members if not v.prefix for alt in v.element.split("|")]
    out = [[f"<{'|'.join(dict.fromkeys(plain))}>"]] if plain else []
    out.extend([*v.prefix, f"<{v.element}>"] for v in members if v.prefix)
    return out


def _compile(
    verbs: VerbDictionary,
    pieces: list[str],
    event: _EventCode,
    rule: str,
    compound: bool,
    report: VerbLoad,
    extra: int = 0,
) -> int:
    """Add one Entente pattern; ``extra`` words of multi-word synset members count as literal
    words (a longer match wins). RETURNS (int): 1 if it compiled, else 0 (counted)."""
    if event.reverse:
        pieces = [{"$": "+", "+": "$"}.get(p, p) for p in pieces]
    text = " ".join(pieces)
    symmetric = compound or event.symmetric
    try:
        pattern = compile_pattern(
            text,
            cameo=event.cameo,
            rule=rule,
            symmetric=symmetric,
            lazy=True,
            objects=True,
            reverse=event.back,
        )
    except (ValueError, re.error):
        report.skipped["compile error"] += 1
        return 0
    if extra:
        pattern = dataclasses.replace(pattern, literals=pattern.literals + extra)
    verbs.add(pattern)
    report.compiled += 1
    return 1


def _translate(
    body: str, synsets: dict[str, list[tuple[str, bool]]]
) -> list[tuple[list[str], bool, int]]:
    """Translate a pattern body into Entente templates (``*`` stands for the verb).

    A synset whose members differ in length gives one variant per length (at most
    :data:`_MAX_VARIANTS` in all), so that the words a variant matches can be counted: a
    member of three words ("austrian gold florin") is a more specific match than one word
    ("florin"), as in PETRARCH, which prefers the longest match.

    RETURNS (list[tuple[list[str], bool, int]]): ``(pieces, symmetric, extra words)`` for each
    variant.
    """
    pieces: list[str] = []
    compound = False
    gap = ".."
    for kind, group in _groups(body):
        for i, token in enumerate(group):
            if token == "%":
                compound = True
                continue
            # in {ADJ NOUN} the head follows its last modifier directly
            adjacent = kind == "{" and i == len(group) - 1 and i > 0
            preposition = kind == "(" and i == 0
            _add_token(pieces, token, synsets, adjacent=adjacent, noun=not preposition, gap=gap)
            gap = ".."
        if kind == "(" and len(group) == 1 and group[0] not in ("$", "+", "^", "%"):
            # "(TO) *": a prepositional phrase, whose object stands between the preposition and
            # the next word ("to the talks they accord"), not the infinitive "to accord"
            gap = "..."
    while pieces and pieces[-1] in ("..", "...", "^"):
        pieces.pop()
    while pieces and pieces[0] in ("..", "...", "^"):
        pieces.pop(0)
    if "*" not in pieces:
        raise _Untranslatable("no verb marker")
    verb = pieces.index("*")
    if pieces[verb + 1 : verb + 2] == [".."]:  # the object's head may follow a long modifier
        pieces.insert(verb + 1, "..")
    return [
        (v, compound, extra)
        for chosen, extra in _length_variants(pieces)
        for v in _place_slots(chosen, compound)
    ]


#: the most variants a pattern's synsets of mixed member lengths may give (beyond it, one
#: variant with every member)
_MAX_VARIANTS = 8


class _Lengths(str):
    """A synset piece ``(a|b|c d)`` (the string) that also knows its members grouped by length:
    ``groups`` is ``[(piece, extra words), ...]`` ("(a|b)", 0), ("(c d)", 1)."""

    groups: list[tuple[str, int]]


def _length_variants(pieces: list[str]) -> list[tuple[list[str], int]]:
    """The variants of ``pieces``, one per combination of synset member lengths, with the extra
    words each matches. RETURNS (list[tuple[list[str], int]])."""
    choices = [p.groups if isinstance(p, _Lengths) else [(p, 0)] for p in pieces]
    count = 1
    for options in choices:
        count *= len(options)
    if count > _MAX_VARIANTS:
        return [([str(p) for p in pieces], 0)]
    return [
        ([piece for piece, _ in combo], sum(extra for _, extra in combo))
        for combo in itertools.product(*choices)
    ]


def _groups(body: str) -> list[tuple[str, list[str]]]:
    """Split a pattern body into ``("{", words)`` noun phrases, ``("(", words)`` prepositional
    phrases and ``("", [token])`` single tokens, in order."""
    groups: list[tuple[str, list[str]]] = []
    current: tuple[str, list[str]] | None = None
    for token in _TOKEN.findall(body):
        if token in "({":
            current = (token, [])
            groups.append(current)
        elif token in ")}":
            current = None
        elif current is not None:
            current[1].append(token)
        else:
            groups.append(("", [token]))
    return groups


def _add_token(
    pieces: list[str],
    token: str,
    synsets: dict[str, list[tuple[str, bool]]],
    *,
    adjacent: bool,
    noun: bool,
    gap: str = "..",
) -> None:
    """Append the Entente pieces of one pattern token, with a gap before it unless it follows a
    slot or skip, or must be adjacent; ``gap`` is ``...`` when a word must stand in it."""
    if token in ("$", "+"):
        while pieces and pieces[-1] in ("..", "..."):
            pieces.pop()
        pieces.append(token)
    elif token == "^":
        while pieces and pieces[-1] in ("..", "..."):
            pieces.pop()
        if not pieces or pieces[-1] != "^":
            pieces.append("^")
    else:
        if pieces and pieces[-1] not in ("$", "+", "^", "..", "...") and not adjacent:
            pieces.append(gap)
        pieces.extend(_word_pieces(token, synsets, noun=noun))


def _word_pieces(
    token: str, synsets: dict[str, list[tuple[str, bool]]], *, noun: bool = True
) -> list[str]:
    """Entente pieces for one blank-delimited token: ``_`` joins words with no gap; a noun
    matches its plural too (PETRARCH-2 matches the head noun, whatever its number)."""
    out: list[str] = []
    parts = [p for chunk in token.split("_") for p in re.split(r"(\*)", chunk) if p]
    for n, part in enumerate(parts):  # "*SCEPTICAL" is the verb, then SCEPTICAL
        if part.startswith("&"):
            out.append(_synset(part, synsets))
        elif "/" in part:
            out.append("(" + "|".join(w.lower() for w in part.split("/") if w) + ")")
        elif part == "*" or not noun or n < len(parts) - 1 or not _PLURALISE.fullmatch(part):
            out.append(part.lower())
        else:
            out.append(f"({part.lower()}|{_plural(part.lower())})")
    return out


def _synset(label: str, synsets: dict[str, list[tuple[str, bool]]]) -> str:
    """``(a|as|b c|...)``: the members of a synset, with plurals, nested synsets expanded (a
    :class:`_Lengths` that also groups them by length)."""
    members = list(dict.fromkeys(_members(label.rstrip("_"), synsets, set())))
    if not members:
        raise _Untranslatable("undefined synset")
    piece = _Lengths("(" + "|".join(members) + ")")
    by_length: dict[int, list[str]] = {}
    for member in members:
        by_length.setdefault(member.count(" ") + 1, []).append(member)
    piece.groups = [("(" + "|".join(group) + ")", n - 1) for n, group in sorted(by_length.items())]
    return piece


def _members(label: str, synsets: dict[str, list[tuple[str, bool]]], seen: set[str]) -> list[str]:
    if label not in synsets or label in seen:
        return []
    seen.add(label)
    out: list[str] = []
    for member, plural in synsets[label]:
        words = " ".join(member.replace("_", " ").replace("(", " ").replace(")", " ").split())
        if words.startswith("&"):
            out.extend(_members(words.rstrip("_"), synsets, seen))
        elif words:
            out.append(words.lower())
            if plural:
                out.append(_plural(words.lower()))
    return out


def _plural(phrase: str) -> str:
    """The regular plural of a phrase's last word."""
    if phrase.endswith("y") and phrase[-2:-1] not in ("a", "e", "i", "o", "u"):
        return phrase[:-1] + "ies"
    if phrase.endswith(("s", "x", "z", "ch", "sh")):
        return phrase + "es"
    return phrase + "s"


def _place_slots(pieces: list[str], compound: bool) -> list[list[str]]:
    """Add the source and target slots PETRARCH leaves to the parse (see the module doc)."""
    source, target = "$" in pieces, "+" in pieces
    if not source and target:
        if pieces[0] == "+":
            raise _Untranslatable("target before the verb without a source")
        return [["$", *pieces]]
    if source and not target:
        return [["+", *pieces]] if pieces[-1] == "$" else [[*pieces, "+"]]
    if source:
        return [pieces]
    start = ["$", *pieces]
    if compound:
        return [start]
    variants = [[*start, "+"]]
    verb = start.index("*")
    if verb + 1 < len(start) and start[verb + 1] == "..":
        variants.append([*start[: verb + 1], "+", *start[verb + 2 :]])
    return variants


# -- coding semantics ----------------------------------------------------------------------
#: PETRARCH's negations: its internal coding ontology (``PETR.Internal.Coding.Ontology.txt``)
#: writes a code as another's value plus or minus 0xFFFF ("not"): 110 disapprove is not-050,
#: 170 coerce is not-057, 121 reject material cooperation is not-060 … A negated verb takes the
#: paired code ("did not clash" [110] is 050); a negated code without a pair is not coded.
PETRARCH_OPPOSITES: dict[str, str] = {
    a: b
    for x, y in (
        ("010", "011"),
        ("015", "016"),
        ("050", "110"),
        ("057", "170"),
        ("060", "121"),
        ("061", "1211"),
        ("062", "1212"),
        ("080", "124"),
        ("081", "1241"),
        ("082", "1242"),
        ("085", "1244"),
        ("086", "1245"),
        ("087", "1246"),
    )
    for a, b in ((x, y), (y, x))
}


def petrarch_coder_options(config: Path | None = None) -> dict[str, Any]:
    """The :class:`~entente.events.coder.PatternCoder` options that reproduce PETRARCH's coding
    semantics, for a PETRARCH verb dictionary: an announced or modal act ("will meet", "would
    act") is coded as the act itself (PETRARCH has no intent rule), bare infinitives are coded,
    negation follows :data:`PETRARCH_OPPOSITES`, a participle before a place is not a headline
    passive, a passive without "by" takes its source after the verb, and a gerund after a
    subordinator ("after leaving") has no subject, so it is not coded. ``require_dyad`` is
    read from the ``[Options]`` of a ``PETR_config.ini`` (PETRARCH's default: True).

    RETURNS (dict[str, Any]): keyword arguments for ``PatternCoder``.
    """
    options: dict[str, Any] = {
        "future_as_intent": False,
        "hypotheticals": False,
        "opposites": PETRARCH_OPPOSITES,
        "headline_passive": False,
        "passive_without_by": True,
        "require_dyad": True,
        "gerund_clauses": False,
    }
    if config is not None and config.is_file():
        parser = configparser.ConfigParser(inline_comment_prefixes=("#",))
        try:
            parser.read_string(config.read_text("utf-8", errors="replace"), source=str(config))
            value = parser.get("Options", "require_dyad", fallback="true")
        except configparser.Error:
            value = "true"  # the dictionaries are read by entente.actors.petrarch, which reports
        options["require_dyad"] = value.strip().lower() not in ("false", "0", "no", "off")
    return options
