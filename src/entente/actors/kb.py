"""The actor knowledge base: countries, organisations, groups, people with dated roles, agents.

Entries come from YAML files (the built-in set in ``data/actors/`` and any user files). A bad entry
raises :class:`~entente.errors.DictionaryError` naming the file, the line and the problem.
See ``docs/actor-knowledge-base.md`` for the format.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path
from typing import Any

import yaml

from entente.errors import DictionaryError
from entente.model import Actor

__all__ = ["Entry", "KnowledgeBase", "Role", "Sense", "load_builtin", "split_code"]

#: CAMEO sector codes recognised inside actor codes.
SECTORS = frozenset(
    [
        "GOV",
        "MIL",
        "REB",
        "OPP",
        "PTY",
        "CVL",
        "COP",
        "MED",
        "BUS",
        "REL",
        "JUD",
        "LEG",
        "SPY",
        "NGO",
        "IGO",
        "ELI",
        "LAB",
        "EDU",
        "HLH",
        "REF",
        "ENV",
        "AGR",
        "CRM",
        "UAF",
        "INS",
        "SEP",
        "MOD",
        "RAD",
        "PRE",
        "AMN",
        "IRC",
        "GRN",
        "UNO",
        "PKO",
        "HRI",
        "MNC",
        "ETH",
    ]
)
_CODE = re.compile(r"^(?:[A-Z0-9]{3}|---)(?:[A-Z0-9]{3})*$")


def split_code(code: str, countries: AbstractSet[str]) -> tuple[str | None, tuple[str, ...]]:
    """Split an actor code into its country and sector/group parts.

    RETURNS (tuple[str | None, tuple[str, ...]]): ``("PSE", ("REB", "HMS"))`` for ``PSEREBHMS``.
    """
    chunks = [code[i : i + 3] for i in range(0, len(code), 3)]
    if chunks and chunks[0] in countries:
        return chunks[0], tuple(chunks[1:])
    if chunks and chunks[0] == "---":
        return None, tuple(chunks[1:])
    return None, tuple(chunks)


@dataclass(frozen=True, slots=True)
class Role:
    """A dated code: the actor code in force between two dates (inclusive; None = open)."""

    code: str
    start: dt.date | None = None
    end: dt.date | None = None
    title: str = ""

    def covers(self, date: dt.date | None) -> bool:
        """True when the role is in force on ``date`` (an unknown date matches open roles only)."""
        if date is None:
            return self.start is None and self.end is None
        return (self.start is None or self.start <= date) and (self.end is None or date <= self.end)


@dataclass(frozen=True, slots=True)
class Entry:
    """One knowledge-base entry (a state, organisation, group or person)."""

    name: str
    kind: str
    code: str  # the default code (outside every role)
    country: str | None = None
    roles: tuple[Role, ...] = ()
    origin: str = ""  # "file:line"

    def code_on(self, date: dt.date | None) -> str:
        """RETURNS (str): the code in force on ``date``: the first covering role, else default."""
        for role in self.roles:
            if role.covers(date):
                return role.code
        return self.code


@dataclass(frozen=True, slots=True)
class Sense:
    """What a phrase means: an entry in a function, or a role noun (agent) with its sector.

    function (str): ``name`` (the actor itself), ``adjective`` (combines with a role noun),
    ``seat`` (metonym for an institution; ``code`` given), ``agent`` (role noun; ``sector``),
    ``population`` (a people: "Gazans"), ``title`` (a capitalised title before a name).
    """

    function: str
    entry: Entry | None = None
    code: str | None = None
    sector: str | None = None
    priority: int = 0
    case_sensitive: bool = False
    surface: str = ""  # the alias as written (checked letter for letter when case_sensitive)
    prepend: bool = False  # agent code goes before the actor code (PETRARCH ``NGO~``)
    #: what the sense makes of its phrase, worked out once: ``agent``, ``adjective``, the entry's
    #: kind for a ``name`` or ``population`` (``country``, ``group``, ``person`` …), else ``seat``
    kind: str = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.function in ("agent", "adjective"):
            kind = self.function
        elif self.entry is not None and self.function in ("name", "population"):
            kind = self.entry.kind
        else:
            kind = "seat"
        object.__setattr__(self, "kind", kind)  # (frozen)


@dataclass
class KnowledgeBase:
    """Phrases → senses, plus everything needed to turn a sense into an :class:`Actor`."""

    phrases: dict[str, list[Sense]] = field(default_factory=dict)
    entries: list[Entry] = field(default_factory=list)
    countries: dict[str, Entry] = field(default_factory=dict)
    sector_labels: dict[str, str] = field(default_factory=dict)
    #: normalised phrases that keep a sentence from being coded (PETRARCH discards).
    discards: set[str] = field(default_factory=set)
    #: normalised phrases that keep a whole article from being coded (PETRARCH ``+`` discards).
    story_discards: set[str] = field(default_factory=set)
    #: PETRARCH dictionary lines skipped, by reason (comments, unsupported directives, ...).
    petrarch_skipped: Counter[str] = field(default_factory=Counter)
    _actors: dict[tuple[str, str | None, str], Actor] = field(default_factory=dict, repr=False)

    # -- building -------------------------------------------------------------------------
    def add_phrase(self, phrase: str, sense: Sense) -> None:
        """Register a surface form. Later senses for the same phrase take precedence."""
        key = normalize_phrase(phrase)
        if not key:
            return
        senses = self.phrases.setdefault(key, [])
        senses.insert(0, sense)

    def load_file(self, path: Path | Any, *, label: str | None = None) -> None:
        """Load one YAML knowledge-base file (any of the entry shapes)."""
        label = label or str(path)
        data = load_yaml(path, label)
        if data is None:
            return
        if not isinstance(data, list):
            raise DictionaryError(label, 1, "the file must be a YAML list of entries")
        for item in data:
            if not isinstance(item, dict):
                raise DictionaryError(label, None, f"entry {item!r} is not a mapping")
            _load_entry(self, item, label)

    # -- using ----------------------------------------------------------------------------
    def actor(self, code: str, *, name: str | None = None, kind: str = "country") -> Actor:
        """Build an :class:`Actor` for a code, filling country and sectors (memoised)."""
        key = (code, name, kind)
        found = self._actors.get(key)
        if found is None:
            found = self._actors[key] = self._make_actor(code, name, kind)
        return found

    def _make_actor(self, code: str, name: str | None, kind: str) -> Actor:
        # (the countries' keys as they are: no set of them built per new actor)
        country, sectors = split_code(code, self.countries.keys())
        if name is None:
            name = self.countries[country].name if country in self.countries else code
            labels = [self.sector_labels.get(s, s) for s in sectors]
            if labels and kind in ("country", "agent"):
                name = f"{name} ({', '.join(labels)})"
        return Actor(code=code, name=name, country=country, sectors=sectors, kind=kind)


def load_yaml(path: Path | Any, label: str) -> Any:
    """RETURNS (Any): a dictionary file's YAML (entries carry ``__line__``). Raises
    DictionaryError naming the file (and line) when it cannot be read or parsed."""
    try:
        text = path.read_text("utf-8")
    except UnicodeDecodeError:
        raise DictionaryError(label, None, "not UTF-8 text (save the file as UTF-8)") from None
    except OSError as exc:
        raise DictionaryError(label, None, exc.strerror or str(exc)) from None
    try:
        return yaml.load(text, Loader=_LineLoader)
    except yaml.YAMLError as exc:
        line = getattr(getattr(exc, "problem_mark", None), "line", None)
        raise DictionaryError(label, (line or 0) + 1, f"not valid YAML: {exc}") from None


def normalize_phrase(phrase: str) -> str:
    """Lower-case, tokenised, single-spaced form used as the automaton key."""
    from entente.text.tokenize import tokenize

    return " ".join(t.norm for t in tokenize(phrase.replace("_", " ")))


class _LineLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """A safe YAML loader that records the line of every mapping as ``__line__``."""


def _construct_mapping(loader: Any, node: Any) -> dict[str, Any]:
    mapping: dict[str, Any] = {
        str(k): v for k, v in yaml.SafeLoader.construct_mapping(loader, node, deep=True).items()
    }
    mapping["__line__"] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
# Dates stay strings until _date() reads them, so a bad date is reported with its line.
_LineLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _date(value: Any, where: str, line: int) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise DictionaryError(where, line, f"bad date {value!r}; use YYYY-MM-DD") from None


def _check_code(code: Any, where: str, line: int) -> str:
    if not isinstance(code, str) or not _CODE.match(code):
        raise DictionaryError(
            where, line, f"bad actor code {code!r}: use 3-letter blocks, e.g. IRNGOV"
        )
    return code


def _strings(item: dict[str, Any], key: str, where: str, line: int) -> list[Any]:
    value = item.get(key) or []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        raise DictionaryError(where, line, f"'{key}' must be a list")
    return value


def _load_entry(kb: KnowledgeBase, item: dict[str, Any], where: str) -> None:
    line = int(item.get("__line__", 0))
    if "nouns" in item and "sector" in item:
        _load_agent(kb, item, where, line)
    elif item.get("kind") == "person" or ("roles" in item and "code" not in item):
        _load_person(kb, item, where, line)
    elif "code" in item:
        _load_named(kb, item, where, line)
    else:
        raise DictionaryError(
            where,
            line,
            "entry needs 'code' (actor), 'roles' (person) or 'sector' + 'nouns' (agent)",
        )


def _load_agent(kb: KnowledgeBase, item: dict[str, Any], where: str, line: int) -> None:
    sector = str(item["sector"])
    # one sector, or two for the few CAMEO double roles (GOVMED: state-run media)
    if not re.fullmatch(r"[A-Z]{3}(?:[A-Z]{3})?", sector):
        raise DictionaryError(
            where, line, f"bad sector {sector!r}: three capital letters (or two such blocks)"
        )
    kb.sector_labels.setdefault(sector, str(item.get("label") or sector))
    priority = int(item.get("priority") or 0)
    for noun in _strings(item, "nouns", where, line):
        kb.add_phrase(str(noun), Sense("agent", sector=sector, priority=priority))


def _roles(item: dict[str, Any], name: Any, where: str, line: int) -> list[Role]:
    roles = []
    for raw in _strings(item, "roles", where, line):
        if not isinstance(raw, dict) or "code" not in raw:
            raise DictionaryError(where, line, f"{name}: each role needs a 'code'")
        rline = int(raw.get("__line__", line))
        start = _date(raw.get("from"), where, rline)
        end = _date(raw.get("until"), where, rline)
        if start and end and start > end:
            raise DictionaryError(where, rline, f"{name}: role starts after it ends")
        roles.append(
            Role(_check_code(raw["code"], where, rline), start, end, str(raw.get("title", "")))
        )
    return roles


def _load_person(kb: KnowledgeBase, item: dict[str, Any], where: str, line: int) -> None:
    name = item.get("name")
    if not name:
        raise DictionaryError(where, line, "person entry needs a 'name'")
    roles = _roles(item, name, where, line)
    country = item.get("country")
    default = item.get("otherwise") or (roles[-1].code if roles else country)
    if not default:
        raise DictionaryError(where, line, f"{name}: give 'country', 'roles' or 'otherwise'")
    entry = Entry(
        str(name),
        "person",
        _check_code(default, where, line),
        country,
        tuple(roles),
        f"{where}:{line}",
    )
    kb.entries.append(entry)
    aliases = {str(name), *map(str, _strings(item, "names", where, line))}
    for alias in aliases | _joined_aliases(kb, aliases):
        kb.add_phrase(alias, Sense("name", entry=entry, surface=alias))


def _joined_aliases(kb: KnowledgeBase, aliases: set[str]) -> set[str]:
    """A titled alias and a name that it overlaps by a word, joined: "Premier Zhu" and "Zhu
    Rongji" make "Premier Zhu Rongji", so that "Chinese Premier Zhu Rongji" is matched as one
    name (the matcher takes the leftmost match, "Premier Zhu", and "Rongji" would be left over).
    A titled alias starts with a role noun (loaded before the people); the name neither starts
    nor ends with one ("Clinton administration" is not joined)."""

    def titled(word: str) -> bool:
        return any(s.function == "agent" for s in kb.phrases.get(normalize_phrase(word), ()))

    split = [alias.split() for alias in aliases]
    joined = set()
    for first in split:
        if len(first) < 2 or not titled(first[0]):
            continue
        for second in split:
            if (
                len(second) >= 2
                and first[-1] == second[0]
                and not titled(second[0])
                and not titled(second[-1])
            ):
                joined.add(" ".join(first + second[1:]))
    return joined - aliases


def _load_named(kb: KnowledgeBase, item: dict[str, Any], where: str, line: int) -> None:
    code = _check_code(item["code"], where, line)
    kind = str(
        item.get("kind")
        or ("country" if len(code) == 3 and "names" in item and "adjectives" in item else "group")
    )
    names = list(map(str, _strings(item, "names", where, line)))
    name = str(item.get("name") or (names[0] if names else code))
    if kind == "country" and len(code) != 3:
        kind = "group"
    place = kind == "place"  # places.yaml: stands for its country in phrases, never names it
    if place:
        kind = "country"
    # a group may carry dated codes like a person (the Taliban: AFGGOV while in power)
    roles = tuple(_roles(item, name, where, line)) if kind not in ("country", "place") else ()
    entry = Entry(
        name,
        kind,
        code,
        item.get("country") or (code if kind == "country" else None),
        roles,
        f"{where}:{line}",
    )
    kb.entries.append(entry)
    if kind == "country" and not place:
        kb.countries.setdefault(code, entry)  # the first entry names the code (DEU: Germany)
    if not any(key in item for key in ("names", "adjectives", "seats", "name")):
        raise DictionaryError(where, line, f"{code}: entry has no 'names'")
    case = {str(a) for a in _strings(item, "ambiguous", where, line)}
    function = (
        "population" if kind == "group" and "names" in item and "name" not in item else "name"
    )
    for alias in {name, *names} if "name" in item else names:
        kb.add_phrase(
            alias,
            Sense(function, entry=entry, case_sensitive=_needs_case(alias, case), surface=alias),
        )
    for adj in _strings(item, "adjectives", where, line):
        kb.add_phrase(
            str(adj),
            Sense(
                "adjective",
                entry=entry,
                surface=str(adj),
                case_sensitive=_needs_case(str(adj), case),
            ),
        )
    for seat in _strings(item, "seats", where, line):
        seat_entry = entry
        if isinstance(seat, dict):
            sline = int(seat.get("__line__", line))
            seat_name = str(seat.get("name"))
            default = seat.get("code") or (code + "GOV" if kind == "country" else code)
            seat_code = _check_code(default, where, sline)
            if seat.get("roles") and kind == "country":
                # a dated seat ("Juba": SDNGOV until South Sudan's independence): an entry of its
                # own whose roles carry the seat's dated codes (the place is the code's state)
                seat_entry = Entry(
                    entry.name,
                    "country",
                    code,
                    entry.country,
                    tuple(_roles(seat, seat_name, where, sline)),
                    f"{where}:{sline}",
                )
            elif seat.get("country") and kind != "country":
                # an organisation's seat in a state's city ("Brussels": the EU, in Belgium):
                # the city named as a place is the host state's (session 11)
                host = _check_code(str(seat.get("country")), where, sline)
                seat_entry = Entry(entry.name, kind, code, host, entry.roles, f"{where}:{sline}")
        else:
            seat_code = code + "GOV" if kind == "country" else code
            seat_name = str(seat)
        kb.add_phrase(
            seat_name,
            Sense(
                "seat",
                entry=seat_entry,
                code=seat_code,
                surface=seat_name,
                case_sensitive=_needs_case(seat_name, case),
            ),
        )


def _needs_case(alias: str, ambiguous: set[str]) -> bool:
    """Short all-capital aliases (US, IS, PA) and declared ambiguous ones must match case."""
    letters = alias.replace(".", "")
    return alias in ambiguous or (letters.isupper() and len(letters) <= 4)


def load_builtin() -> KnowledgeBase:
    """RETURNS (KnowledgeBase): the built-in knowledge base shipped with Entente."""
    kb = KnowledgeBase()
    load_files(kb, sorted((files("entente") / "data" / "actors").iterdir(), key=_builtin_order))
    return kb


def _builtin_order(path: Any) -> tuple[int, str]:
    order = [
        "agents",
        "countries",
        "territories",
        "de_facto_states",
        "places",
        "historical_states",
        "igos",
        "demonym_groups",
        "groups",
        "people",
    ]
    stem = path.name.rsplit(".", 1)[0]
    return (order.index(stem) if stem in order else len(order), path.name)


def load_files(kb: KnowledgeBase, paths: Iterable[Any]) -> KnowledgeBase:
    """Load several YAML files into ``kb`` (in order; later files override earlier phrases)."""
    for path in paths:
        if path.name.endswith((".yaml", ".yml")):
            kb.load_file(path, label=f"{path.parent.name}/{path.name}")
    return kb
