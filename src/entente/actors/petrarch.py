"""Read dictionaries in the PETRARCH text format: actors, agents and discards.

PETRARCH (and TABARI before it) keep their dictionaries in plain text files. This module reads
them into a :class:`~entente.actors.kb.KnowledgeBase` so that ``--dictionaries DIR`` works with the
field's published sets (Phoenix, the PETRARCH validation suite). What is read:

* **actors** (``*.actors.txt``): an entry is a phrase (``_`` joins words) with codes in brackets
  on the same line or on the lines below; ``+`` lines add synonyms, and so do phrase lines
  without codes directly followed by another code-less phrase line (``IVO_JOSIPOVIC_`` /
  ``JOSIPOVIC_`` / ``[HRVGOV >20120219]``: PETRARCH-2 would drop all but the last). A code may
  be date-restricted: ``[CODE <YYMMDD]`` (up to and including), ``[CODE >YYMMDD]`` (from),
  ``[CODE D1-D2]`` (between, inclusive) or a bare ``[CODE YYMMDD]`` (read as "from").
  Restricted codes are tried in file order, then the first unrestricted code (the default).
  Six-digit dates follow TABARI: YY 00-30 is 20YY, else 19YY. Codes are kept as written:
  ``---`` (null actor), ``+++`` (complex), compound codes such as ``FRO/BIL/SAM``. TABARI's
  discard code ``[###]`` cannot occur: as in PETRARCH, ``#`` starts a comment.
* **agents** (``*.agents.txt``): ``PHRASE {PLURALS} [~XXX]`` appends XXX to the actor code,
  ``[XXX~]`` prepends it; regular plurals are generated unless ``{}`` gives them (``{}`` = none);
  ``!MARKER! = A, B`` defines a substitution set used as ``CONGRESS!PERSON!``.
  Agents combine as PETRARCH combines them (:class:`PetrarchAgent`, :func:`mix_agent_codes`),
  and the words of a multi-word actor name may stand apart (:class:`GappedMatcher`).
* **discards** (``*.discards.txt``): a phrase keeps the sentence from being coded; with a leading
  ``+`` the whole story. A trailing ``_`` requires a word end; otherwise the last word is a stem.

Comments (``#`` to the end of the line, ``<!-- ... -->``) and unsupported directives are skipped and
counted in ``kb.petrarch_skipped``. A line that cannot be skipped safely raises
:class:`~entente.errors.DictionaryError` with the file and line.
"""

from __future__ import annotations

import configparser
import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import pairwise
from operator import itemgetter
from pathlib import Path
from typing import Any, ClassVar

from entente.actors.kb import Entry, KnowledgeBase, Role, Sense, normalize_phrase
from entente.actors.matcher import Match
from entente.errors import DictionaryError

__all__ = [
    "GappedMatcher",
    "PetrarchAgent",
    "PetrarchFiles",
    "PetrarchName",
    "has_discard",
    "is_modifier",
    "is_petrarch",
    "load_petrarch_actors",
    "load_petrarch_agents",
    "load_petrarch_discards",
    "load_petrarch_knowledge",
    "mix_agent_codes",
    "petrarch_agents",
    "petrarch_files",
    "petrarch_lines",
]

_CODE_BLOCK = re.compile(r"\[([^\]]*)\]")
_DATE = re.compile(r"\d{6,}")
_ACTOR_CODE = re.compile(r"[A-Z0-9]+(?:/[A-Z0-9]+)*|\+\+\+|[A-Z0-9]*---[A-Z0-9]*")
_ARTICLES = frozenset({"THE", "A", "AN"})


# -- files ---------------------------------------------------------------------------------
@dataclass
class PetrarchFiles:
    """The PETRARCH dictionary files found in a directory (or one file), by kind."""

    actors: list[Path] = field(default_factory=list)
    agents: list[Path] = field(default_factory=list)
    discards: list[Path] = field(default_factory=list)
    verbs: list[Path] = field(default_factory=list)


def _kind_of(path: Path) -> str | None:
    """RETURNS (str | None): the PETRARCH file kind suggested by a file name."""
    name = path.name.lower()
    if not name.endswith(".txt"):
        return None
    if name.endswith(".actors.txt"):
        return "actors"
    if name.endswith(".agents.txt"):
        return "agents"
    if name.endswith(".discards.txt"):
        return "discards"
    if "verbs" in name or name.startswith("cameo"):
        return "verbs"
    return None


def is_petrarch(path: Path) -> bool:
    """True for a PETRARCH dictionary file, or a directory holding PETRARCH dictionaries."""
    if path.is_file():
        return path.name == "PETR_config.ini" or _kind_of(path) is not None
    if path.is_dir():
        return (path / "PETR_config.ini").is_file() or any(
            _kind_of(p) is not None for p in path.iterdir() if p.is_file()
        )
    return False


def petrarch_files(path: Path) -> PetrarchFiles | None:
    """Find the PETRARCH files of ``path`` (a directory, ``PETR_config.ini`` or one file).

    A ``PETR_config.ini`` names the files (resolved relative to its directory); otherwise files
    are recognised by name: ``*.actors.txt``, ``*.agents.txt``, ``*.discards.txt``,
    ``*verbs*.txt``, ``CAMEO*.txt``. RETURNS None when ``path`` holds no PETRARCH dictionary.
    """
    path = Path(path)
    if not is_petrarch(path):
        return None
    if path.is_dir() and (path / "PETR_config.ini").is_file():
        path = path / "PETR_config.ini"
    if path.name == "PETR_config.ini":
        return _from_config(path)
    found = PetrarchFiles()
    candidates = [path] if path.is_file() else sorted(p for p in path.iterdir() if p.is_file())
    for file in candidates:
        kind = _kind_of(file)
        if kind is not None:
            getattr(found, kind).append(file)
    return found


def _from_config(config: Path) -> PetrarchFiles:
    """Read the ``[Dictionaries]`` section of a PETR_config.ini."""
    parser = configparser.ConfigParser(inline_comment_prefixes=("#",))
    try:
        parser.read_string(config.read_text("utf-8", errors="replace"), source=str(config))
    except configparser.Error as exc:
        raise DictionaryError(str(config), None, f"not a valid PETR_config.ini: {exc}") from None
    if not parser.has_section("Dictionaries"):
        raise DictionaryError(str(config), None, "no [Dictionaries] section")
    section = parser["Dictionaries"]
    keys = {
        "actors": "actorfile_list",
        "agents": "agentfile_name",
        "discards": "discardfile_name",
        "verbs": "verbfile_name",
    }
    found = PetrarchFiles()
    for kind, key in keys.items():
        for name in (n.strip() for n in section.get(key, "").split(",")):
            if not name:
                continue
            file = config.parent / name
            if not file.is_file():
                raise DictionaryError(str(config), None, f"{key}: no such file {file}")
            getattr(found, kind).append(file)
    return found


def load_petrarch_knowledge(kb: KnowledgeBase, files: PetrarchFiles) -> KnowledgeBase:
    """Load the agents, actors and discards of ``files`` into ``kb`` (agents first, so that an
    actor name wins over a role noun written the same way)."""
    for path in files.agents:
        load_petrarch_agents(kb, path)
    for path in files.actors:
        load_petrarch_actors(kb, path)
    for path in files.discards:
        load_petrarch_discards(kb, path)
    return kb


# -- lines ---------------------------------------------------------------------------------
def petrarch_lines(
    path: Path, skipped: Counter[str], *, semicolon: bool = False
) -> Iterator[tuple[int, str]]:
    """Yield ``(line number, content)`` for the meaningful lines of a PETRARCH file.

    Removes ``#`` comments (anywhere on the line), ``<!-- ... -->`` comments (also over several
    lines) and, with ``semicolon``, ``;`` comments; skips blank lines. Comment-only lines and
    other ``<...>`` directives are counted in ``skipped``.
    """
    in_comment = False
    text = path.read_text("utf-8", errors="replace")
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw
        if in_comment:
            if "-->" not in line:
                continue
            line, in_comment = line.split("-->", 1)[1], False
        line, in_comment = _strip_xml_comment(line)
        line = line.split("#", 1)[0]
        if semicolon:
            line = line.split(";", 1)[0]
        if not line.strip():
            if raw.strip():
                skipped["comment"] += 1
            continue
        if line.lstrip().startswith("<"):
            skipped["directive"] += 1
            continue
        yield number, line


def _strip_xml_comment(line: str) -> tuple[str, bool]:
    """RETURNS (tuple[str, bool]): the line without ``<!-- -->`` parts; True if one stays open."""
    if line.lstrip().startswith("<!") and "<!--" not in line:
        return "", False  # "<! -- note -->", "<!DOCTYPE>": the whole line
    while "<!--" in line:
        before, _, after = line.partition("<!--")
        if "-->" not in after:
            return before, True
        line = before + after.split("-->", 1)[1]
    return line, False


# -- dates ---------------------------------------------------------------------------------
def petrarch_date(text: str) -> dt.date:
    """Read a PETRARCH date: ``YYMMDD`` (YY 00-30 = 20YY, else 19YY) or ``YYYYMMDD``.

    Like PETRARCH, a string longer than seven digits is read from its first eight.
    Raises ValueError for an impossible date.
    """
    if len(text) > 7:
        year, month, day = int(text[:4]), int(text[4:6]), int(text[6:8])
    else:
        yy = int(text[:2])
        year = yy + (2000 if yy <= 30 else 1900)
        month, day = int(text[2:4]), int(text[4:6])
    return dt.date(year, month, day)


@dataclass(frozen=True, slots=True)
class _Code:
    """One bracketed actor code with its optional date restriction."""

    code: str
    start: dt.date | None = None
    end: dt.date | None = None

    @property
    def restricted(self) -> bool:
        return self.start is not None or self.end is not None


def _parse_code(body: str, where: str, line: int) -> _Code:
    """Parse the inside of ``[...]``: a code, then an optional restriction."""
    parts = body.split(None, 1)
    if not parts:
        raise DictionaryError(where, line, "empty code '[]'")
    code = parts[0].upper()
    if not _ACTOR_CODE.fullmatch(code):
        raise DictionaryError(where, line, f"bad actor code {parts[0]!r}")
    if len(parts) == 1:
        return _Code(code)
    rest = parts[1].replace(" ", "")
    try:
        if rest.startswith("<"):
            return _Code(code, None, petrarch_date(_digits(rest[1:])))
        if rest.startswith(">"):
            return _Code(code, petrarch_date(_digits(rest[1:])), None)
        if "-" in rest:
            first, _, last = rest.partition("-")
            return _Code(code, petrarch_date(_digits(first)), petrarch_date(_digits(last)))
        return _Code(code, petrarch_date(_digits(rest)), None)  # bare date: from then on
    except ValueError as exc:
        raise DictionaryError(where, line, f"bad date restriction {body!r}: {exc}") from None


def _digits(text: str) -> str:
    if not _DATE.fullmatch(text):
        raise ValueError(f"{text!r} is not a YYMMDD or YYYYMMDD date")
    return text


def _codes(text: str, where: str, line: int) -> list[_Code]:
    """All bracketed codes on a line (``[A 820101-911231] [ELI]`` gives two). A code opened and
    never closed (``IRAN_ [IRN``) is an error: it would be lost, and the phrase would silently
    take the codes of the next entry. (A bare ``[`` is what a comment leaves of ``[###]``.)"""
    opened = text[text.rfind("[") + 1 :] if "[" in text else ""
    if "]" not in opened and opened.strip():
        raise DictionaryError(where, line, f"'[' without a closing ']' in {text.strip()!r}")
    return [_parse_code(m.group(1), where, line) for m in _CODE_BLOCK.finditer(text)]


# -- actors --------------------------------------------------------------------------------
@dataclass
class _Pending:
    """An actor entry being read: its phrases (main one first) and codes."""

    line: int
    phrases: list[str]
    codes: list[_Code] = field(default_factory=list)


def load_petrarch_actors(kb: KnowledgeBase, path: Path, *, label: str | None = None) -> int:
    """Load a PETRARCH ``.actors`` file into ``kb``. RETURNS (int): the entries loaded."""
    where = label or str(path)
    pending: _Pending | None = None
    loaded = 0
    for number, line in petrarch_lines(path, kb.petrarch_skipped):
        text = line.strip()
        if text.startswith("["):
            if pending is None:
                raise DictionaryError(where, number, "code line before any actor phrase")
            pending.codes.extend(_codes(text, where, number))
            continue
        if text.startswith("+"):
            if pending is None:
                raise DictionaryError(where, number, "synonym line before any actor phrase")
            pending.phrases.append(_phrase(text[1:].split("[", 1)[0]))
            pending.codes.extend(_codes(text, where, number))
            continue
        phrase, codes = _phrase(text.split("[", 1)[0]), _codes(text, where, number)
        if pending is not None and not pending.codes and not codes:
            pending.phrases.append(phrase)  # code-less lines in a row share the codes below
            continue
        loaded += _finish_actor(kb, pending, where)
        pending = _Pending(number, [phrase], codes)
    loaded += _finish_actor(kb, pending, where)
    return loaded


def _phrase(text: str) -> str:
    """A dictionary phrase as words: ``_`` and blanks separate words (a final ``_`` = word end)."""
    return " ".join(text.replace("_", " ").split())


def _finish_actor(kb: KnowledgeBase, pending: _Pending | None, where: str) -> int:
    """Register a completed entry; RETURNS (int) 1 if it was loaded, 0 if skipped."""
    if pending is None:
        return 0
    phrases = [p for p in pending.phrases if p]
    if not pending.codes or not phrases:
        kb.petrarch_skipped["actor without code" if phrases else "actor without phrase"] += 1
        return 0
    entry = _entry(phrases[0], pending.codes, f"{where}:{pending.line}")
    kb.entries.append(entry)
    if entry.kind == "country":
        kb.countries.setdefault(entry.code, entry)
    for phrase in dict.fromkeys(phrases):
        kb.add_phrase(phrase, PetrarchName("name", entry=entry, surface=_surface(phrase)))
    return 1


@dataclass(frozen=True, slots=True)
class PetrarchName(Sense):
    """An actor name read from a PETRARCH ``.actors`` file: within a noun phrase its words may
    stand apart, as PETRARCH matches them ("Ithilen state-run television" is
    ``ITHILEN_TELEVISION``; see :class:`GappedMatcher`)."""

    gapped: ClassVar[bool] = True


#: words that never stand inside a PETRARCH actor phrase (they end the noun phrase or start
#: another one)
_NOT_SKIPPED = frozenset(
    "the a an and or nor but of to in on at by for from with as into over than that which who "
    "'s ' , . ; : -- ( ) \" '".split()
)
_MAX_SKIPPED = 2
#: words common in any news text (function words, punctuation, "said"): the key words of the
#: gapped phrases are chosen among their other words (:class:`GappedMatcher`)
_COMMON_WORDS = frozenset(
    """the a an and or nor but of to in on at by for from with as into over under about after
    before between against than that which who whom whose this these those it its he his him
    she her they their them we our you i be is are was were been being has have had will would
    could should may might can do does did not no said says say told also more new two , . ;
    : -- ( ) " ' 's""".split()
)
_new_match = tuple.__new__
_first = itemgetter(0)
#: a gapped phrase as the matcher indexes it: (position in its first word's entries, words, senses)
_PairEntry = tuple[int, tuple[str, ...], tuple[Sense, ...]]
#: per (first word, second word): the two-word phrases, and the longer ones per third word
_PairEntries = tuple[list[_PairEntry], dict[str, list[_PairEntry]]]
#: a phrase as :meth:`GappedMatcher._has_gapped_phrase` looks for it: its words, and its pairs of
#: consecutive words
_GapEntry = tuple[frozenset[str], tuple[tuple[str, str], ...]]


class GappedMatcher:
    """Find PETRARCH actor phrases whose words are separated by modifiers.

    PETRARCH looks an actor phrase up word by word inside a noun phrase, passing over words
    that do not continue it: "Ithilen state-run television" matches ``ITHILEN_TELEVISION``.
    Here up to two lower-case words (no article, preposition or conjunction, no word of
    another phrase) may stand between the words of a multi-word PETRARCH name.
    """

    def __init__(self, kb: KnowledgeBase) -> None:
        self.index: dict[str, list[tuple[tuple[str, ...], tuple[Sense, ...]]]] = {}
        for key, senses in kb.phrases.items():
            words = tuple(key.split())
            gapped = tuple(s for s in senses if getattr(s, "gapped", False))
            if len(words) > 1 and gapped:
                self.index.setdefault(words[0], []).append((words, gapped))
        #: first word -> the second words of its phrases (a cheap test before the walk)
        self._seconds = {
            first: frozenset(words[1] for words, _ in entries)
            for first, entries in self.index.items()
        }
        #: (first word, second word) -> the two-word phrases, and per third word the longer ones,
        #: as (position in the first word's entries, words, senses): a sentence walks only the
        #: phrases whose first three words it has ("prime minister" alone begins 37 phrases)
        self._pairs: dict[tuple[str, str], _PairEntries] = {}
        for entries in self.index.values():
            for n, (phrase, gapped_senses) in enumerate(entries):
                two, longer = self._pairs.setdefault((phrase[0], phrase[1]), ([], {}))
                if len(phrase) == 2:
                    two.append((n, phrase, gapped_senses))
                else:
                    longer.setdefault(phrase[2], []).append((n, phrase, gapped_senses))
        self._thirds = {pair: frozenset(longer) for pair, (_, longer) in self._pairs.items()}
        self._firsts = frozenset(self.index)
        #: the phrases by their two key words, the two of their words that the fewest phrases
        #: have (ties: the longest), as (the second key words, and for each of them the
        #: phrases, as (words, pairs of consecutive words)) by the first: a gapped occurrence
        #: has every word of its phrase in the sentence, and a sentence has both key words of
        #: few phrases (:meth:`_has_gapped_phrase`)
        phrases = [words for entries in self.index.values() for words, _ in entries]
        frequency = Counter(word for words in phrases for word in set(words))

        def rarity(word: str) -> tuple[bool, bool, int, int, str]:
            # (a word common in any text, "said", "the", is a key only of a phrase of such words;
            # a name or role noun of its own, "iran", "officials", common in news, only of a
            # phrase of such words and names)
            return word in _COMMON_WORDS, word in kb.phrases, frequency[word], -len(word), word

        by_key: dict[str, dict[str, list[_GapEntry]]] = {}
        for words in phrases:
            keys = sorted(set(words), key=rarity)
            pairs = tuple(dict.fromkeys(pairwise(words)))
            entry = (frozenset(words), pairs)
            by_key.setdefault(keys[0], {}).setdefault(keys[1 % len(keys)], []).append(entry)
        self._by_key = {
            key: (frozenset(seconds), {second: tuple(x) for second, x in seconds.items()})
            for key, seconds in by_key.items()
        }
        self._keys = frozenset(by_key)

    def __bool__(self) -> bool:
        return bool(self.index)

    def _has_gapped_phrase(self, texts: list[str], norms: list[str], present: set[str]) -> bool:
        """False when no phrase can stand gapped in the sentence: none has all its words in the
        sentence and two consecutive words with one or two modifiers between them (its first
        gap: :func:`_gapped_end`).

        Speed: the phrases are found by their two key words (set intersections in C: one or
        two phrases to test per sentence with the Phoenix set), and only those with all their
        words in the sentence (about one a sentence, such as "benjamin netanyahu" written
        without a gap) are looked for word by word; this is the test most sentences stop at.
        (Zipping the pairs of consecutive words of every phrase over the sentence took about
        half as long again, and twice as long on its own: 43,000 pairs of the Phoenix set, a
        tuple hashed and looked up for each two words of the sentence.)"""
        by_key = self._by_key
        for key in present.intersection(self._keys):
            seconds, entries = by_key[key]
            for second in present.intersection(seconds):
                for words, pairs in entries[second]:
                    if present.issuperset(words) and _gap_between(texts, norms, pairs):
                        return True
        return False

    def extend(
        self,
        tokens: list[Any],
        matches: list[Any],
        norms: list[str] | None = None,
        present: set[str] | None = None,
    ) -> list[Any]:
        """RETURNS (list[Match]): ``matches`` with the gapped phrases found in ``tokens`` (which
        replace the shorter matches they cover), sorted by position. norms (list[str]), present
        (set[str]): the tokens' normal forms and their set when the caller has them."""
        if norms is None:
            norms = [tok.norm for tok in tokens]
        return self.extend_words([tok.text for tok in tokens], matches, norms, present)

    def extend_words(
        self,
        texts: list[str],
        matches: list[Any],
        norms: list[str],
        present: set[str] | None = None,
    ) -> list[Any]:
        """:meth:`extend` for a sentence given as its tokens' texts and normal forms (as
        :func:`~entente.text.tokenize.split_words` gives them)."""
        if present is None:
            present = set(norms)
        if not self._has_gapped_phrase(texts, norms, present):
            return matches  # (the test most sentences stop at)
        # first words of the sentence that have one of their second words in it too
        seconds = self._seconds
        firsts = [
            w for w in self._firsts.intersection(present) if not seconds[w].isdisjoint(present)
        ]
        if not firsts:
            return matches
        if len(firsts) == 1:
            starts: Iterable[int] = _positions(norms, firsts[0])
        else:
            wanted = set(firsts)
            starts = [i for i, norm in enumerate(norms) if norm in wanted]
        covered: dict[int, Any] | None = None
        found: list[Any] = []
        pairs, thirds = self._pairs, self._thirds
        n_tokens = len(norms)
        for i in starts:
            norm = norms[i]
            # a phrase's second word stands within the next 1 + _MAX_SKIPPED tokens
            near = seconds[norm].intersection(norms[i + 1 : i + 2 + _MAX_SKIPPED])
            if not near:
                continue
            following = norms[i + 1] if i + 1 < n_tokens else None
            entries: list[Any] = []
            parts = 0
            for second in near:
                two, longer = pairs[norm, second]
                if two and second != following:  # else no gap: the ordinary matcher's
                    entries += two
                    parts += 1
                for third in thirds[norm, second].intersection(present):
                    entries += longer[third]
                    parts += 1
            if parts > 1:  # in the first word's order
                entries.sort(key=_first)
            for _, words, senses in entries:
                if len(words) > 3 and not present.issuperset(words[3:]):
                    continue  # a word of the phrase is missing
                if covered is None:
                    covered = {k: m for m in matches for k in range(m.start, m.end)}
                end = _gapped_end(texts, norms, i, words, covered)
                if end is None or not _capitalised(texts[i], senses):
                    continue
                inside = {id(covered[j]) for j in range(i, end) if j in covered}
                if any(m.start < i or m.end > end for m in matches if id(m) in inside):
                    continue  # a phrase running over its edge
                found.append(_new_match(Match, (i, end, senses)))
        if not found:
            return matches
        found.sort(key=lambda m: (m.start, m.start - m.end))
        kept: list[Any] = []
        for m in found:
            if not kept or m.start >= kept[-1].end:
                kept.append(m)
        spans = [(m.start, m.end) for m in kept]
        rest = [m for m in matches if not any(a <= m.start and m.end <= b for a, b in spans)]
        return sorted(rest + kept, key=lambda m: m.start)


def _gap_between(texts: list[str], norms: list[str], pairs: tuple[tuple[str, str], ...]) -> bool:
    """True when the sentence has one of ``pairs`` (consecutive words of a phrase whose words
    are all in the sentence) with one or two modifiers between them (``1 + _MAX_SKIPPED``
    tokens apart, as :meth:`GappedMatcher._has_gapped_phrase` asks)."""
    for first, second in pairs:
        # (a word seldom stands twice in a sentence: its other places only then)
        places = (norms.index(first),) if norms.count(first) == 1 else _positions(norms, first)
        for at in places:
            after = norms[at + 2 : at + 4]  # (where the second word stands after a gap)
            if second not in after:
                continue
            if after[0] == second:
                if is_modifier(texts[at + 1]):
                    return True
            elif is_modifier(texts[at + 1]) and is_modifier(texts[at + 2]):
                return True
    return False


def _positions(norms: list[str], word: str) -> Iterator[int]:
    """The indexes of ``word`` in ``norms``."""
    i = norms.index(word)
    n = len(norms)
    while True:
        yield i
        try:
            i = norms.index(word, i + 1, n)
        except ValueError:
            return


def _gapped_end(
    texts: list[str],
    norms: list[str],
    start: int,
    words: tuple[str, ...],
    covered: dict[int, Any],
) -> int | None:
    """The token index after a gapped occurrence of ``words`` from ``start`` (None when there is
    none, or when it has no gap: the ordinary matcher finds those). texts, norms: the sentence's
    tokens as written and their normal forms."""
    k, j, skipped = 1, start + 1, 0
    while k < len(words) and j < len(norms):
        if norms[j] == words[k]:
            k, j = k + 1, j + 1
        elif skipped < _MAX_SKIPPED and j not in covered and is_modifier(texts[j]):
            skipped, j = skipped + 1, j + 1
        else:
            return None
    return j if k == len(words) and skipped else None


def is_modifier(word: str) -> bool:
    """True for a word that PETRARCH passes over inside a noun phrase: a lower-case word that is
    no article, preposition or conjunction ("state-run", "evil", "former")."""
    return (
        word[:1].islower() and word.replace("-", "").isalpha() and word.lower() not in _NOT_SKIPPED
    )


def _capitalised(word: str, senses: tuple[Sense, ...]) -> bool:
    """True when a proper name's first word is capitalised in the text (as the matcher checks)."""
    return word[:1].isupper() or not any(s.surface[:1].isupper() for s in senses)


def _surface(phrase: str) -> str:
    """The alias as the resolver checks it: a name must be capitalised in the text, except for a
    leading article (PETRARCH matches without case: "the Shire" is THE_SHIRE)."""
    first, _, rest = phrase.partition(" ")
    return f"{first.lower()} {rest}" if rest and first.upper() in _ARTICLES else phrase


def _entry(name: str, codes: list[_Code], origin: str) -> Entry:
    """Build an Entry: restricted codes become roles (file order), the first unrestricted code
    the default (``---`` when there is none)."""
    roles = tuple(Role(c.code, c.start, c.end) for c in codes if c.restricted)
    default = next((c.code for c in codes if not c.restricted), "---")
    all_codes = {default, *(r.code for r in roles)} - {"---"}
    if roles:
        kind = "group" if all(len(c) == 3 for c in all_codes) else "person"
    elif len(default) == 3 and default.isalnum():
        kind = "country"
    else:
        kind = "group"
    country = default if kind == "country" else None
    return Entry(name.title(), kind, default, country, roles, origin)


# -- agents --------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class PetrarchAgent(Sense):
    """An agent (role noun) read from a PETRARCH ``.agents`` file.

    PETRARCH combines agents differently from Entente's own role nouns, which pick the one
    highest-priority role of a phrase and give way to a named group: every agent of a noun phrase
    adds its code to the actor's (see :func:`mix_agent_codes`), whatever the actor is: "an MSF
    Arnor diplomat" is NGOARNGOV, "West German world government activists" GMWGOVWGO. "Former"
    is an ordinary word (no ELI conversion: PETRARCH does not implement TABARI's).
    """

    mixes: ClassVar[bool] = True


def petrarch_agents(senses: Iterable[Sense]) -> list[Sense]:
    """RETURNS (list[Sense]): the PETRARCH agents among ``senses``, in order (empty as soon as
    one agent is not a PETRARCH agent: then Entente's own role-noun rules apply)."""
    agents = [s for s in senses if s.function == "agent"]
    for sense in agents:
        if not getattr(sense, "mixes", False):
            return []
    return agents


def mix_agent_codes(code: str, agents: Iterable[Sense]) -> str:
    """Combine an actor code with agent codes as PETRARCH does: an appended agent (``~XXX``) is
    added at the end unless the code already ends with it, a prepended one (``XXX~``) in front
    unless the code already starts with it (``USAGOV`` + ``~GOV`` stays ``USAGOV``).
    ``code`` may be ``---`` (no actor): the agents then follow it (``---GOV``, ``---NGO``).

    RETURNS (str): the combined code.
    """
    for agent in agents:
        sector = agent.sector or ""
        if not sector:
            continue
        if agent.prepend and code != "---":
            code = code if code.startswith(sector) else sector + code
        elif not code.endswith(sector):
            code += sector
    return code


def load_petrarch_agents(kb: KnowledgeBase, path: Path, *, label: str | None = None) -> int:
    """Load a PETRARCH ``.agents`` file into ``kb``. RETURNS (int): the agent lines loaded."""
    where = label or str(path)
    markers: dict[str, list[str]] = {}
    loaded = 0
    for number, line in petrarch_lines(path, kb.petrarch_skipped):
        if "=" in line and line.count("!") >= 2 and "[" not in line:
            name, _, values = line.partition("=")
            markers[name.strip().strip("!")] = [v.strip() for v in values.split(",") if v.strip()]
            continue
        if "[" not in line:  # PETRARCH skips these too
            kb.petrarch_skipped["agent without code"] += 1
            continue
        phrase_part, _, rest = line.partition("[")
        sector, prepend = _agent_code(rest, kb.petrarch_skipped, where, number)
        for phrase in _agent_phrases(phrase_part, markers, where, number):
            sense = PetrarchAgent("agent", sector=sector, surface=phrase, prepend=prepend)
            kb.add_phrase(phrase, sense)
        loaded += 1
    return loaded


def _agent_code(text: str, skipped: Counter[str], where: str, line: int) -> tuple[str, bool]:
    """Read the code after ``[``: RETURNS (tuple[str, bool]) the agent code and whether it is
    prepended (``XXX~``). A stray character before ``]`` (``[~ENV}``) is dropped and counted."""
    body, closed, _ = text.partition("]")
    code = body.replace(" ", "").upper()
    found = re.match(r"~[A-Z0-9]+|[A-Z0-9]+~", code)
    if found is None:
        raise DictionaryError(where, line, f"bad agent code [{body}: write [~XXX] or [XXX~]")
    if found.group() != code or not closed:
        skipped["agent code repaired"] += 1
    code = found.group()
    return (code[:-1], True) if code.endswith("~") else (code[1:], False)


def _agent_phrases(text: str, markers: dict[str, list[str]], where: str, line: int) -> list[str]:
    """The phrases of an agent line: the singular, its plural(s), or every marker substitution."""
    if "!" in text:
        head, _, tail = text.partition("!")
        marker, _, after = tail.partition("!")
        if marker not in markers:
            raise DictionaryError(where, line, f"substitution marker !{marker}! is not defined")
        after = re.sub(r"\{[^}]*\}", " ", after)
        return [_phrase(head + value + after) for value in markers[marker]]
    if "{" in text:
        if "}" not in text:
            raise DictionaryError(where, line, "missing '}' after the plural forms")
        singular, _, plurals = text.partition("{")
        forms = [singular, *plurals.partition("}")[0].split()]
        return [p for p in map(_phrase, forms) if p]
    singular = _phrase(text)
    if not singular:
        return []
    return [singular] if text.strip().endswith("_") else [singular, _plural(singular)]


def _plural(phrase: str) -> str:
    """The regular plural of a phrase's last word, as PETRARCH forms it (consonant + Y → IES,
    S → SES, else + S; unlike PETRARCH, a vowel + Y only takes S: ENVOYS)."""
    upper = phrase.upper()
    if upper.endswith("Y") and upper[-2:-1] not in ("A", "E", "I", "O", "U"):
        return phrase[:-1] + "IES"
    if upper.endswith("S"):
        return phrase + "ES"
    return phrase + "S"


# -- discards ------------------------------------------------------------------------------
def load_petrarch_discards(kb: KnowledgeBase, path: Path, *, label: str | None = None) -> int:
    """Load a PETRARCH ``.discards`` file into ``kb.discards`` / ``kb.story_discards``.

    RETURNS (int): the phrases loaded.
    """
    loaded = 0
    for _number, line in petrarch_lines(path, kb.petrarch_skipped):
        text = line.strip()
        story = text.startswith("+")
        key = _discard_key(text[1:] if story else text)
        if key:
            (kb.story_discards if story else kb.discards).add(key)
            loaded += 1
    return loaded


def _discard_key(text: str) -> str:
    """The stored form of a discard phrase: normalised words with a leading blank (matches at a
    word start) and, when the phrase ends with ``_``, a trailing blank (matches a whole word)."""
    words = normalize_phrase(text.strip())
    if not words:
        return ""
    return f" {words} " if text.strip().endswith("_") else f" {words}"


def has_discard(text: str, discards: frozenset[str] | set[str]) -> bool:
    """True when ``text`` contains one of the discard phrases (case-insensitive, at a word start;
    a phrase stored with a trailing blank must also end at a word end)."""
    haystack = f" {normalize_phrase(text)} "
    return any(phrase in haystack for phrase in discards)
