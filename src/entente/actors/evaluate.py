"""Score the actor resolver on its own: one short text in, the actor of its main mention out.

Two kinds of gold are read (``entente eval`` tells them apart by their keys):

* **NGEC actor-resolution expectations** (``../shared/gold/ngec_actor_resolution_tests.jsonl``):
  ``{"id", "method", "input": {"text", "context", "date"}, "expected": {...}}``. The records of
  the methods ``agent_to_code``, ``short_text_to_agent``, ``search_nat`` and ``trf_agent_match``
  are scored on their country and sector expectations (``country``/``cc``, ``code_1``,
  ``code_2``, ``value``; the suffixes ``(NotEq)`` and ``(In)`` change the comparison; an
  expected ``null`` value means "must resolve to nothing"). A record passes when every such
  expectation holds. Wikipedia-title expectations (``query_wiki``; ``wiki``, ``title``) cannot
  be checked offline: a record with nothing else is *not applicable* and counted apart. A record
  without a date (or dated ``"today"``) is read as of :data:`NGEC_REFERENCE_DATE`, see below.
* **Actor-mention records** (``tests/actors/data/actor_mentions.jsonl``): ``{"id", "date",
  "text", "mention", "code"}`` (optional ``"occurrence"``: which occurrence of ``mention`` is
  meant, 1 by default). A record passes when the resolver produces a mention whose span is
  ``mention`` exactly, or contains it and ends with the same word (its head), with the expected
  code; ``"code": null`` passes when no actor mention overlaps ``mention``.

NGEC writes a few codes differently from Entente's CAMEO conventions; the comparison goes through
the small tables :data:`COUNTRY_EQUIVALENTS`, :data:`SECTOR_EQUIVALENTS` and
:data:`SECTOR_PAIR_EQUIVALENTS` below (systematic conventions, never single records).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from entente.actors.kb import SECTORS, KnowledgeBase
from entente.actors.resolve import ActorResolver
from entente.errors import InputError
from entente.ingest.dates import parse_date
from entente.model import Actor, Article, Mention
from entente.text.segment import SegmentStage

if TYPE_CHECKING:
    from entente.evaluate import EvalResult
    from entente.pipeline import Pipeline

__all__ = [
    "COUNTRY_EQUIVALENTS",
    "NGEC_METHODS",
    "NGEC_REFERENCE_DATE",
    "SECTOR_EQUIVALENTS",
    "SECTOR_PAIR_EQUIVALENTS",
    "ActorOutcome",
    "code_parts",
    "is_mention_record",
    "is_ngec_record",
    "read_records",
    "resolve_mentions",
    "resolve_text",
    "score_mention_record",
    "score_mention_records",
    "score_ngec_record",
    "score_ngec_records",
]

#: NGEC methods whose expectations are about country and sector.
NGEC_METHODS = frozenset(["agent_to_code", "short_text_to_agent", "search_nat", "trf_agent_match"])
#: Expectation keys scored (after removing a ``(NotEq)``/``(In)``/``(Is)`` suffix).
_CHECKED = {"country": "country", "cc": "country", "code_1": "code_1", "code_2": "code_2"}
_VALUE = "value"

#: NGEC country → Entente code prefixes that mean the same thing.
#: NGEC gives the UN system the pseudo-country UNO and the EU the pseudo-country EUR, where CAMEO
#: (and Entente) write IGO + UNO... and IGO + EUR...; the sector expected after NGEC's UNO/EUR
#: is compared with the block that follows the prefix (for the EU, the block after its whole
#: code IGOEUREEC: the Parliament IGOEUREECLEG is EUR + LEG; prefixes are tried in order).
#: NGEC writes Kosovo XKX (the code used by the EU and the IMF); Entente keeps the Phoenix code
#: KSV (see countries.yaml).
COUNTRY_EQUIVALENTS: dict[str, tuple[str, ...]] = {
    "UNO": ("IGOUNO",),
    "EUR": ("IGOEUREEC", "IGOEUR"),
    "XKX": ("KSV",),
}
#: NGEC sector (PLOVER agents file) → the Entente sectors that mean the same thing.
#: NGEC's MED is medical (paramedics, ambulances: Entente HLH), its JRN is the media (Entente
#: MED); SOC is civil society (Entente's NGO, HRI and ENV); PRM, paramilitaries, are CAMEO's
#: unaligned armed forces UAF; UNK (unknown) and JNK (junk) mean "no sector".
SECTOR_EQUIVALENTS: dict[str, frozenset[str]] = {
    "MED": frozenset({"HLH"}),
    "JRN": frozenset({"MED"}),
    "SOC": frozenset({"NGO", "HRI", "ENV"}),
    "PRM": frozenset({"UAF"}),
    "UNK": frozenset({""}),
    "JNK": frozenset({""}),
}
#: NGEC (code_1, code_2) pairs that Entente writes as one sector, by documented convention:
#: NGEC codes activists and protesters CVL + OPP where Entente codes OPP; NGEC (like Phoenix)
#: codes defence ministers GOV + MIL where Entente codes GOV (agents.yaml, "Defence ministers").
SECTOR_PAIR_EQUIVALENTS: dict[tuple[str, str], tuple[str, ...]] = {
    ("CVL", "OPP"): ("OPP",),
    ("GOV", "MIL"): ("GOV",),
}


#: The date at which NGEC's undated records are resolved.
#: NGEC's functions default to ``date="today"``, and its tests were written against the offices
#: people held while the suite was being written (mostly 2021–2022: e.g. Le Drian and Heiko Maas
#: as foreign ministers, Mahinda Rajapaksa as prime minister, Trump as a *former* president,
#: Kathleen Hicks as deputy defence secretary). Resolving them as of the real today turns every
#: change of office since then into a spurious failure, and makes the score drift by itself.
#: 2022-01-01 is the suite's most frequent explicit date and lies in that period; a few records
#: written later (e.g. Uhuru Kenyatta as a former president, late 2022) fail at any fixed date,
#: as do the suite's contradictory undated pairs (Trump GOV/ELI, Taliban GOV/REB, Scott Morrison
#: GOV/LEG, Putin GOV/SPY), only one of which can hold at any date.
NGEC_REFERENCE_DATE = dt.date(2022, 1, 1)


# -- resolving a short text -----------------------------------------------------------------
_RESOLVERS: dict[int, tuple[KnowledgeBase, ActorResolver]] = {}
_SEGMENT = SegmentStage()


def _resolver(kb: KnowledgeBase | None) -> ActorResolver:
    if kb is None:
        from entente.actors.stage import knowledge_base

        kb = knowledge_base()
    cached = _RESOLVERS.get(id(kb))
    if cached is None or cached[0] is not kb:
        cached = _RESOLVERS[id(kb)] = (kb, ActorResolver(kb))
    return cached[1]


def _use_resolver(resolver: ActorResolver) -> KnowledgeBase:
    """Register an existing resolver (a pipeline's actor stage) for its knowledge base."""
    _RESOLVERS[id(resolver.kb)] = (resolver.kb, resolver)
    return resolver.kb


def resolve_mentions(
    text: str,
    *,
    date: dt.date | None = None,
    context: str | None = None,
    kb: KnowledgeBase | None = None,
) -> list[Mention]:
    """Run the segment and actor stages on ``text`` (after an optional context sentence).

    RETURNS (list[Mention]): the mentions inside ``text``, with offsets relative to ``text``.
    """
    parts = [("body", context or "", None), ("body", text, None)]
    article = Article.from_parts(id="actor-eval", parts=parts, published=date)
    if not article.segments:
        return []
    article = _resolver(kb)(_SEGMENT(article))
    segment = article.segments[-1]
    # from_parts strips the text: map offsets back to the text as given
    shift = segment.start - (len(text) - len(text.lstrip()))
    return [
        Mention(m.start - shift, m.end - shift, m.sentence, m.actor, m.via)
        for m in article.mentions
        if m.start >= segment.start
    ]


def resolve_text(
    text: str,
    *,
    date: dt.date | None = None,
    context: str | None = None,
    kb: KnowledgeBase | None = None,
) -> Actor | None:
    """The actor of the main mention of a short text: its longest mention (the first of equals).

    context (str | None): a sentence read before ``text``; it only feeds pronouns, descriptions
        and the country of a bare role noun ("Defense Minister" after "German" → ``DEU`` +
        ``GOV``).
    RETURNS (Actor | None): None when the text has no actor mention.
    """
    mentions = resolve_mentions(text, date=date, context=context, kb=kb)
    if not mentions:
        return None
    main = max(mentions, key=lambda m: (m.end - m.start, -m.start))
    actor = main.actor
    if context and actor.country is None and actor.code.startswith("---"):
        countries = [
            m.actor.country
            for m in resolve_mentions(context, date=date, kb=kb)
            if m.actor.country is not None
        ]
        if countries:
            resolver = _resolver(kb)
            actor = resolver.kb.actor(countries[-1] + actor.code[3:], kind="country")
    return actor


# -- code comparison ------------------------------------------------------------------------
def code_parts(code: str | None, kb: KnowledgeBase) -> tuple[str, tuple[str, ...]]:
    """Split an Entente code the way NGEC reports it: (country, sectors).

    The country is the first block when it is a country (``IRN``) or ``IGO``; otherwise it is
    ``""``: agents without a country (``---GOV``), NGO codes, and codes that start with a
    religion, ethnic group or transnational prefix (``MOSREL``, ``KURUAF``, ``IMGMUSISI``), whose
    leading non-sector blocks are skipped (``MOSREL`` → ``("", ("REL",))``).
    RETURNS (tuple[str, tuple[str, ...]]).
    """
    if not code:
        return "", ()
    blocks = tuple(code[i : i + 3] for i in range(0, len(code), 3))
    first = blocks[0]
    if first in kb.countries or first == "IGO":
        return first, blocks[1:]
    rest = blocks[1:] if first == "---" else blocks
    while rest and rest[0] not in SECTORS:
        rest = rest[1:]
    return "", rest


def _expected_sectors(expected: dict[str, Any]) -> tuple[dict[str, Any], bool]:
    """Apply :data:`SECTOR_PAIR_EQUIVALENTS` to plain code_1/code_2 expectations.

    RETURNS (tuple[dict, bool]): the expectations to check, and whether the table was used.
    """
    pair = (expected.get("code_1"), expected.get("code_2"))
    if pair not in SECTOR_PAIR_EQUIVALENTS:
        return expected, False
    out = {k: v for k, v in expected.items() if k not in ("code_1", "code_2")}
    for key, value in zip(("code_1", "code_2"), SECTOR_PAIR_EQUIVALENTS[pair], strict=False):
        out[key] = value
    return out, True


def _in_country(want: str, code: str | None, kb: KnowledgeBase) -> tuple[bool, tuple[str, ...]]:
    """Is ``code`` in NGEC country ``want``? RETURNS (tuple[bool, tuple[str, ...]]): the answer
    and the sector blocks after the country (after the whole prefix for an equivalent)."""
    country, sectors = code_parts(code, kb)
    if country == want:
        return True, sectors
    for prefix in COUNTRY_EQUIVALENTS.get(want, ()):
        if code and code.startswith(prefix):
            return True, tuple(code[i : i + 3] for i in range(len(prefix), len(code), 3))
    return False, sectors


def _sector_ok(want: str, got: str) -> bool:
    return want == got or got in SECTOR_EQUIVALENTS.get(want, frozenset())


@dataclass
class ActorOutcome:
    """The verdict on one record: ``ok`` is None when the record is not applicable."""

    id: str
    text: str
    ok: bool | None
    got: str = ""
    expected: str = ""
    equivalence: bool = False  # passed only through an equivalence table
    problems: list[str] = field(default_factory=list)


def _split_key(key: str) -> tuple[str, str]:
    m = re.fullmatch(r"\s*([^()]+?)\s*(?:\((\w+)\))?\s*", key)
    if not m:
        return key, ""
    return m.group(1), (m.group(2) or "")


def is_ngec_record(raw: dict[str, Any]) -> bool:
    """RETURNS (bool): the record has the NGEC schema (``method`` and ``expected``)."""
    return isinstance(raw, dict) and "method" in raw and "expected" in raw


def is_mention_record(raw: dict[str, Any]) -> bool:
    """RETURNS (bool): the record is an actor-mention record (``mention`` and ``code``)."""
    return isinstance(raw, dict) and "mention" in raw and "code" in raw and "text" in raw


def _ngec_date(value: Any, today: dt.date) -> dt.date:
    if value is None or str(value).strip() == "" or str(value).strip().lower() == "today":
        return today
    return parse_date(str(value)) or today


def score_ngec_record(
    raw: dict[str, Any], *, kb: KnowledgeBase | None = None, today: dt.date | None = None
) -> ActorOutcome:
    """Score one NGEC expectation record. RETURNS (ActorOutcome); ``ok`` None = not applicable."""
    inp = raw.get("input") or {}
    text = str(inp.get("text") or "")
    outcome = ActorOutcome(str(raw.get("id")), text, None)
    if raw.get("method") not in NGEC_METHODS:
        return outcome
    checks = []
    for key, value in (raw.get("expected") or {}).items():
        name, op = _split_key(key)
        if name in _CHECKED or name == _VALUE:
            checks.append((_CHECKED.get(name, name), op, value))
    if not checks:
        return outcome
    kb_ = _resolver(kb).kb
    date = _ngec_date(inp.get("date"), today or NGEC_REFERENCE_DATE)
    actor = resolve_text(text, date=date, context=inp.get("context") or None, kb=kb_)
    code = actor.code if actor else None
    outcome.got = code or "nothing"
    outcome.expected = ", ".join(f"{k}{f' ({op})' if op else ''} {v!r}" for k, op, v in checks)
    plain, outcome.equivalence = _expected_sectors({k: v for k, op, v in checks if not op})
    want_country = plain.get("country")
    _, sectors = (
        _in_country(want_country, code, kb_)
        if isinstance(want_country, str)
        else (False, code_parts(code, kb_)[1])
    )
    got = {
        "code_1": sectors[0] if sectors else "",
        "code_2": sectors[1] if len(sectors) > 1 else "",
    }
    for name, op, value in checks:
        if not op and name in ("code_1", "code_2"):
            if name not in plain:
                continue  # folded into code_1 by the pair table
            value = plain[name]
        if value is None:  # "must return nothing"
            good = actor is None
        elif name == _VALUE:
            good = actor is not None
        elif name == "country":
            options = value if op == "In" else [value]
            good = any(_in_country(str(v), code, kb_)[0] for v in options)
            if op == "NotEq":
                good = not good
            elif not op and good and code_parts(code, kb_)[0] != value:
                outcome.equivalence = True
        else:
            options = value if op == "In" else [value]
            good = any(_sector_ok(str(v), got[name]) for v in options)
            if op == "NotEq":
                good = not good
            elif good and got[name] not in options:
                outcome.equivalence = True
        if not good:
            outcome.problems.append(f"{name}{f' ({op})' if op else ''}: expected {value!r}")
    outcome.ok = not outcome.problems
    return outcome


# -- actor-mention records --------------------------------------------------------------------
def _find(text: str, mention: str, occurrence: int) -> tuple[int, int] | None:
    """The span of the n-th occurrence of ``mention`` as whole words ("it" not in "military")."""
    left = r"(?<!\w)" if mention[:1].isalnum() else ""
    right = r"(?!\w)" if mention[-1:].isalnum() else ""
    found = list(re.finditer(left + re.escape(mention) + right, text))
    if len(found) < max(occurrence, 1):
        return None
    return found[max(occurrence, 1) - 1].span()


def _head(span: str) -> str:
    words = re.findall(r"[\w\-]+", span)
    return words[-1].lower() if words else ""


def score_mention_record(raw: dict[str, Any], *, kb: KnowledgeBase | None = None) -> ActorOutcome:
    """Score one actor-mention record. RETURNS (ActorOutcome)."""
    text = str(raw["text"])
    mention = str(raw["mention"])
    want = raw.get("code")
    outcome = ActorOutcome(str(raw.get("id")), text, None, expected=f"{mention!r} → {want}")
    span = _find(text, mention, int(raw.get("occurrence") or 1))
    if span is None:
        outcome.ok = False
        outcome.problems.append(f"{mention!r} is not in the text")
        return outcome
    date = parse_date(raw.get("date"))
    found = resolve_mentions(text, date=date, kb=kb)
    start, end = span
    overlapping = [m for m in found if m.start < end and start < m.end]
    outcome.got = "; ".join(f"{text[m.start : m.end]!r} {m.actor.code}" for m in overlapping)
    outcome.got = outcome.got or "nothing"
    if want is None:
        outcome.ok = not overlapping
    else:
        outcome.ok = any(
            m.actor.code == want
            and m.start <= start
            and end <= m.end
            and ((m.start, m.end) == span or _head(text[m.start : m.end]) == _head(mention))
            for m in overlapping
        )
    if not outcome.ok:
        if want is None:
            outcome.problems.append("resolved, but must not be")
        elif not overlapping:
            outcome.problems.append("not resolved")
        elif any(m.actor.code == want for m in overlapping):
            outcome.problems.append("right code, wrong span")
        else:
            outcome.problems.append("wrong code")
    return outcome


# -- whole files ----------------------------------------------------------------------------
def read_records(path: Path) -> list[dict[str, Any]]:
    """Read a JSON Lines file of records. Raises InputError on an unreadable line."""
    try:
        lines = path.read_text("utf-8").splitlines()
    except OSError as exc:
        raise InputError(str(path), exc.strerror or str(exc)) from None
    except UnicodeDecodeError:
        raise InputError(str(path), "not UTF-8 text") from None
    out = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
        except (ValueError, RecursionError) as exc:
            raise InputError(f"{path}:{number}", f"not a JSON record ({exc})") from None
        if not isinstance(raw, dict):
            raise InputError(f"{path}:{number}", "not a JSON object")
        out.append(raw)
    return out


def _kb_of(pipeline: Pipeline | None) -> KnowledgeBase | None:
    if pipeline is None:
        return None
    for _, stage in pipeline.stages:
        if isinstance(stage, ActorResolver):
            return _use_resolver(stage)
    return None


def _result(outcomes: Iterable[ActorOutcome], path: str, digest: str) -> EvalResult:
    from entente.evaluate import EvalResult, RecordDiff

    outcomes = list(outcomes)
    scored = [o for o in outcomes if o.ok is not None]
    correct = sum(1 for o in scored if o.ok)
    result = EvalResult(path, "actors", len(scored), 0, digest)
    result.scores = {
        "actors": {
            "accuracy": round(correct / len(scored), 4) if scored else 0.0,
            "correct": correct,
            "records": len(scored),
            "not_applicable": len(outcomes) - len(scored),
            "via_equivalence": sum(1 for o in scored if o.ok and o.equivalence),
        }
    }
    result.diffs = [
        RecordDiff(
            o.id,
            o.text,
            [(o.expected,)],
            [(p,) for p in o.problems],
            [o.got],
        )
        for o in scored
        if not o.ok
    ]
    return result


def score_ngec_records(
    records: list[dict[str, Any]],
    *,
    kb: KnowledgeBase | None = None,
    pipeline: Pipeline | None = None,
    path: str = "",
    digest: str = "",
    today: dt.date | None = None,
    progress: Callable[[], None] | None = None,
) -> EvalResult:
    """Score NGEC expectation records. RETURNS (EvalResult) of kind ``actors``."""
    kb = kb or _kb_of(pipeline)
    return _score_each(
        records, lambda raw: score_ngec_record(raw, kb=kb, today=today), path, digest, progress
    )


def score_mention_records(
    records: list[dict[str, Any]],
    *,
    kb: KnowledgeBase | None = None,
    pipeline: Pipeline | None = None,
    path: str = "",
    digest: str = "",
    progress: Callable[[], None] | None = None,
) -> EvalResult:
    """Score actor-mention records. RETURNS (EvalResult) of kind ``actors``."""
    kb = kb or _kb_of(pipeline)
    return _score_each(
        records, lambda raw: score_mention_record(raw, kb=kb), path, digest, progress
    )


def _score_each(
    records: list[dict[str, Any]],
    score_one: Callable[[dict[str, Any]], Any],
    path: str,
    digest: str,
    progress: Callable[[], None] | None,
) -> EvalResult:
    """Score every record with ``score_one`` (ticking ``progress``) into one result."""
    outcomes = []
    for raw in records:
        if progress:
            progress()
        outcomes.append(score_one(raw))
    return _result(outcomes, path, digest)
