"""The event ontologies: CAMEO codes, PLOVER event types, and the map between them.

Entente codes events in two vocabularies:

* **CAMEO 1.1** -- 312 hierarchical event codes (20 roots such as ``"04"``
  CONSULT, 3-digit codes such as ``"042"`` *Make a visit*, 4-digit codes such as
  ``"0211"``), each with a Goldstein (1992) conflict-cooperation weight. Codes
  are always strings and keep their leading zeros.
* **PLOVER** -- the 16 event types of the current PLOVER manual (AGREE ...
  ASSAULT), each with optional *modes* that refine it and an expert
  conflict-cooperation score.

The data lives in package data (``entente/data/ontology/*.tsv``) and is read
lazily, once, on first use. Everything returned is immutable.

Example::

    >>> cameo("042").name
    'Make a visit'
    >>> quad_class("190"), QUAD_CLASS_NAMES[quad_class("190")]
    (4, 'Material conflict')
    >>> cameo_to_plover("1823")
    ('ASSAULT', None)
    >>> normalize_plover("fight")
    'ASSAULT'
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from typing import Final

from entente.errors import DictionaryError, EntenteError

__all__ = [
    "OLD_PLOVER_NAMES",
    "QUAD_CLASS_NAMES",
    "CameoCode",
    "PloverMode",
    "PloverType",
    "UnknownCodeError",
    "UnknownPloverTypeError",
    "cameo",
    "cameo_codes",
    "cameo_to_plover",
    "is_cameo",
    "normalize_plover",
    "opposite",
    "plover",
    "plover_types",
    "quad_class",
]

#: Names of the four quad classes (Duval & Thompson), keyed by class number.
QUAD_CLASS_NAMES: Final[dict[int, str]] = {
    1: "Verbal cooperation",
    2: "Material cooperation",
    3: "Verbal conflict",
    4: "Material conflict",
}

#: Event-type names used by earlier PLOVER drafts (and by the PLOVER gold-standard
#: data), mapped to their current names.
OLD_PLOVER_NAMES: Final[dict[str, str]] = {
    "DEMAND": "REQUEST",
    "DISAPPROVE": "ACCUSE",
    "INVESTIGATE": "ACCUSE",
    "FIGHT": "ASSAULT",
}

# Pairs of CAMEO codes where one is the negation of the other: committing to
# something versus refusing it, or claiming versus denying. The codebook builds
# CAMEO 12 (REJECT) as a mirror of CAMEO 03 (EXPRESS INTENT TO COOPERATE), so the
# pairs follow that mirror wherever both sides exist. Deliberately left out:
# reversals that are not negations (ease vs. impose sanctions, provide vs. stop
# aid, praise vs. criticize), generic codes whose counterpart is broader than
# their negation (030/120), and codes the other side has no code for (032,
# 039, 0314 -- CAMEO 1.1 has no "reject intelligence cooperation").
_OPPOSITE_PAIRS: Final[tuple[tuple[str, str], ...]] = (
    ("015", "016"),  # acknowledge or claim responsibility / deny responsibility
    ("031", "121"),  # intend / reject material cooperation
    ("0311", "1211"),
    ("0312", "1212"),
    ("0313", "1213"),
    ("033", "122"),  # intend to provide / reject request for material aid
    ("0331", "1221"),
    ("0332", "1222"),
    ("0333", "1223"),
    ("0334", "1224"),
    ("034", "123"),  # intend / reject political reform
    ("0341", "1231"),
    ("0342", "1232"),
    ("0343", "1233"),
    ("0344", "1234"),
    ("035", "124"),  # intend / refuse to yield
    ("0351", "1241"),
    ("0352", "1242"),
    ("0353", "1243"),
    ("0354", "1244"),
    ("0355", "1245"),
    ("0356", "1246"),
    ("036", "125"),  # intend to meet or negotiate / reject a proposal to meet
    ("037", "127"),  # intend to settle a dispute / reject a plan to settle it
    ("038", "126"),  # intend to accept mediation / reject mediation
)


# --------------------------------------------------------------------------- errors


class UnknownCodeError(EntenteError, ValueError):
    """Raised for a string that is not one of the 312 CAMEO 1.1 event codes.

    Attributes:
        code: The value that was looked up.
    """

    def __init__(self, code: object, suggestion: str | None = None) -> None:
        self.code = code
        message = (
            f"unknown CAMEO event code {code!r}: CAMEO codes are strings of 2 to 4 digits "
            "that keep their leading zeros, e.g. '04', '042', '0211'"
        )
        if suggestion is not None:
            message += f" (did you mean {suggestion!r}?)"
        super().__init__(message)


class UnknownPloverTypeError(EntenteError, ValueError):
    """Raised for a name that is neither a current nor an older PLOVER event type.

    Attributes:
        name: The value that was looked up.
    """

    def __init__(self, name: object) -> None:
        self.name = name
        super().__init__(
            f"unknown PLOVER event type {name!r}: expected one of "
            f"{', '.join(t.event for t in plover_types())} "
            f"(or an older name: {', '.join(sorted(OLD_PLOVER_NAMES))})"
        )


# --------------------------------------------------------------------------- records


@dataclass(frozen=True)
class CameoCode:
    """One CAMEO event code.

    Attributes:
        code: The code as a string with leading zeros, e.g. ``"0211"``.
        name: Short English name, e.g. ``"Appeal for economic cooperation"``.
        goldstein: Goldstein conflict-cooperation weight, -10.0 to +10.0.
        quad_class: 1 verbal cooperation, 2 material cooperation,
            3 verbal conflict, 4 material conflict (see :data:`QUAD_CLASS_NAMES`).
        root: The two-digit root code, e.g. ``"02"``.
        level: 0 for a root, 1 for a 3-digit code, 2 for a 4-digit code.
    """

    code: str
    name: str
    goldstein: float
    quad_class: int
    root: str
    level: int

    @property
    def parent(self) -> str | None:
        """The code one level up (``"0211"`` -> ``"021"`` -> ``"02"``), None for a root."""
        return _parent_code(self.code)


@dataclass(frozen=True)
class PloverMode:
    """A mode refining a PLOVER event type, e.g. CONSULT ``visit``.

    Attributes:
        event: The event type the mode belongs to, e.g. ``"CONSULT"``.
        mode: The mode name, e.g. ``"visit"``.
        score: PLOVER conflict-cooperation score, or None where the manual gives none.
        definition: Short definition.
    """

    event: str
    mode: str
    score: float | None
    definition: str


@dataclass(frozen=True)
class PloverType:
    """A PLOVER event type, e.g. ``CONSULT``.

    Attributes:
        event: Upper-case event name.
        quad_class: 1 verbal cooperation, 2 material cooperation,
            3 verbal conflict, 4 material conflict.
        score: PLOVER conflict-cooperation score for the type without a mode.
        definition: Short definition.
        modes: The type's modes, in manual order.
    """

    event: str
    quad_class: int
    score: float | None
    definition: str
    modes: tuple[PloverMode, ...]

    @property
    def mode_names(self) -> tuple[str, ...]:
        """Names of this type's modes, in manual order."""
        return tuple(m.mode for m in self.modes)

    def mode(self, name: str) -> PloverMode:
        """Return the mode called ``name``.

        Raises:
            ValueError: if this event type has no such mode.
        """
        for m in self.modes:
            if m.mode == name:
                return m
        raise ValueError(
            f"PLOVER {self.event} has no mode {name!r}; its modes are: "
            f"{', '.join(self.mode_names) or '(none)'}"
        )


# --------------------------------------------------------------------------- loading


def _parent_code(code: str) -> str | None:
    """Return the parent of a well-formed CAMEO code (drop the last digit), None for a root."""
    return code[:-1] if len(code) > 2 else None


def _root_quad_class(root: str) -> int:
    """Quad class of a two-digit CAMEO root code."""
    n = int(root)
    if 1 <= n <= 5:
        return 1
    if 6 <= n <= 8:
        return 2
    if 9 <= n <= 13:
        return 3
    if 14 <= n <= 20:
        return 4
    raise ValueError(f"{root!r} is not a CAMEO root code (01-20)")


def _read_tsv(filename: str, columns: tuple[str, ...]) -> Iterator[tuple[int, dict[str, str]]]:
    """Yield ``(line_number, row)`` for each data row of a packaged ontology TSV.

    Blank lines and lines starting with ``#`` are skipped; the first remaining line
    must be the header ``columns``.
    """
    resource = resources.files("entente") / "data" / "ontology" / filename
    text = resource.read_text(encoding="utf-8")
    header_seen = False
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = tuple(line.split("\t"))
        if not header_seen:
            if fields != columns:
                raise DictionaryError(filename, lineno, f"expected header {columns}, got {fields}")
            header_seen = True
            continue
        if len(fields) != len(columns):
            raise DictionaryError(
                filename, lineno, f"expected {len(columns)} tab-separated fields, got {len(fields)}"
            )
        yield lineno, dict(zip(columns, fields, strict=True))
    if not header_seen:
        raise DictionaryError(filename, None, "no header line")


def _optional_float(text: str) -> float | None:
    return float(text) if text else None


@functools.cache
def _cameo_table() -> dict[str, CameoCode]:
    table: dict[str, CameoCode] = {}
    for lineno, row in _read_tsv("cameo.tsv", ("code", "goldstein", "name")):
        code = row["code"]
        if not (code.isdigit() and 2 <= len(code) <= 4) or code in table:
            raise DictionaryError("cameo.tsv", lineno, f"bad or duplicate code {code!r}")
        parent = _parent_code(code)
        if parent is not None and parent not in table:
            raise DictionaryError("cameo.tsv", lineno, f"{code!r} listed before its parent")
        root = code[:2]
        if not 1 <= int(root) <= 20:
            raise DictionaryError("cameo.tsv", lineno, f"{code!r} has no CAMEO root (01-20)")
        table[code] = CameoCode(
            code=code,
            name=row["name"],
            goldstein=float(row["goldstein"]),
            quad_class=_root_quad_class(root),
            root=root,
            level=len(code) - 2,
        )
    return table


@functools.cache
def _plover_table() -> dict[str, PloverType]:
    heads: dict[str, tuple[int, float | None, str]] = {}
    modes: dict[str, list[PloverMode]] = {}
    columns = ("event", "mode", "quad_class", "score", "definition")
    for lineno, row in _read_tsv("plover.tsv", columns):
        event, mode = row["event"], row["mode"]
        score = _optional_float(row["score"])
        if not mode:
            if event in heads:
                raise DictionaryError("plover.tsv", lineno, f"duplicate event type {event}")
            heads[event] = (int(row["quad_class"]), score, row["definition"])
            modes[event] = []
        elif event not in heads:
            raise DictionaryError("plover.tsv", lineno, f"mode {mode!r} before its type {event}")
        else:
            modes[event].append(PloverMode(event, mode, score, row["definition"]))
    return {
        event: PloverType(event, qc, score, definition, tuple(modes[event]))
        for event, (qc, score, definition) in heads.items()
    }


@functools.cache
def _mapping_table() -> dict[str, tuple[str, str | None]]:
    codes, types = _cameo_table(), _plover_table()
    table: dict[str, tuple[str, str | None]] = {}
    for lineno, row in _read_tsv("cameo_to_plover.tsv", ("cameo", "plover", "mode")):
        code, event, mode = row["cameo"], row["plover"], row["mode"] or None
        if code not in codes or code in table:
            raise DictionaryError("cameo_to_plover.tsv", lineno, f"bad or duplicate code {code!r}")
        if event not in types:
            raise DictionaryError("cameo_to_plover.tsv", lineno, f"unknown PLOVER type {event!r}")
        if mode is not None and mode not in types[event].mode_names:
            raise DictionaryError("cameo_to_plover.tsv", lineno, f"{event} has no mode {mode!r}")
        table[code] = (event, mode)
    return table


@functools.cache
def _opposites() -> dict[str, str]:
    table: dict[str, str] = {}
    for a, b in _OPPOSITE_PAIRS:
        table[a] = b
        table[b] = a
    return table


# --------------------------------------------------------------------------- CAMEO


def cameo(code: str) -> CameoCode:
    """Return the CAMEO code ``code``.

    Codes are exact strings with their leading zeros: ``cameo("042")`` is *Make a
    visit*, while ``cameo("42")`` and ``cameo(42)`` raise.

    Raises:
        UnknownCodeError: if ``code`` is not a CAMEO 1.1 event code.
    """
    table = _cameo_table()
    if isinstance(code, str) and code in table:
        return table[code]
    raise UnknownCodeError(code, _suggest(code, table))


def _suggest(code: object, table: dict[str, CameoCode]) -> str | None:
    """A CAMEO code that ``code`` was probably meant to be (lost zeros, int, spaces)."""
    if isinstance(code, bool) or not isinstance(code, str | int):
        return None
    text = str(code).strip()
    if not text.isdigit():
        return None
    for width in (2, 3, 4):
        candidate = text.zfill(width)
        if candidate != code and candidate in table:
            return candidate
    return None


def cameo_codes() -> tuple[CameoCode, ...]:
    """All 312 CAMEO codes in codebook order (each root followed by its subcodes)."""
    return tuple(_cameo_table().values())


def is_cameo(code: object) -> bool:
    """Whether ``code`` is a CAMEO 1.1 event code string (``"042"`` yes, ``"42"`` no)."""
    return isinstance(code, str) and code in _cameo_table()


def quad_class(code: str) -> int:
    """Quad class of a CAMEO code, from its root.

    1 verbal cooperation (roots 01-05), 2 material cooperation (06-08),
    3 verbal conflict (09-13), 4 material conflict (14-20).

    Raises:
        UnknownCodeError: if ``code`` is not a CAMEO code.
    """
    return cameo(code).quad_class


def opposite(code: str) -> str | None:
    """The CAMEO code that negates ``code``, or None where CAMEO has none.

    The table is small and symmetric: claiming vs. denying responsibility
    (015/016), and each "express intent to ..." code in CAMEO 03 paired with the
    matching rejection or refusal in CAMEO 12 (e.g. 036 *express intent to meet or
    negotiate* / 125 *reject a proposal to meet*; 0356 / 1246 on de-escalation).
    Mere reversals (ease vs. impose sanctions, aid vs. cutting aid) and acts
    without a CAMEO negation (e.g. 057 *sign a formal agreement*) give None.

    Raises:
        UnknownCodeError: if ``code`` is not a CAMEO code.
    """
    return _opposites().get(cameo(code).code)


# --------------------------------------------------------------------------- PLOVER


def plover_types() -> tuple[PloverType, ...]:
    """The 16 PLOVER event types, in manual order (AGREE ... ASSAULT)."""
    return tuple(_plover_table().values())


def normalize_plover(name: str) -> str:
    """Return the current PLOVER name for ``name``.

    Case and surrounding whitespace are ignored, and older names are updated
    (see :data:`OLD_PLOVER_NAMES`): ``normalize_plover("Fight") == "ASSAULT"``.

    Raises:
        UnknownPloverTypeError: if ``name`` is not a PLOVER event type, old or new.
    """
    if not isinstance(name, str):
        raise UnknownPloverTypeError(name)
    key = name.strip().upper()
    key = OLD_PLOVER_NAMES.get(key, key)
    if key not in _plover_table():
        raise UnknownPloverTypeError(name)
    return key


def plover(event: str) -> PloverType:
    """Return the PLOVER event type ``event`` (old names and any case accepted).

    Raises:
        UnknownPloverTypeError: if ``event`` is not a PLOVER event type.
    """
    return _plover_table()[normalize_plover(event)]


def cameo_to_plover(code: str) -> tuple[str, str | None] | None:
    """PLOVER ``(event, mode)`` for a CAMEO code; ``mode`` may be None.

    A code without its own row in the conversion table inherits its parent's
    (4-digit -> 3-digit -> root). CAMEO 01 (public statements) has no PLOVER
    equivalent and gives None; CAMEO 02 (appeals) maps to REQUEST.

    Raises:
        UnknownCodeError: if ``code`` is not a CAMEO code.
    """
    table = _mapping_table()
    current: str | None = cameo(code).code
    while current is not None:
        if current in table:
            return table[current]
        current = _parent_code(current)
    return None
