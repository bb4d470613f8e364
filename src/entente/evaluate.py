"""Score the coder against gold files in the ``../shared/gold`` JSON Lines format.

Each gold record is ``{id, date, text, events: [{source, target, code}], notes}``. Three kinds of
gold are recognised from their codes:

* **cameo** — numeric CAMEO codes with actor codes: precision, recall and F1 at two levels,
  *lenient* (source country, target country, CAMEO root) and *strict* (full actor codes, full code);
* **plover** — PLOVER event names (old names mapped: DEMAND→REQUEST, DISAPPROVE/INVESTIGATE→ACCUSE,
  FIGHT→ASSAULT): lenient is (source country, target country, PLOVER type);
* **codes** — codes without actors: root-code accuracy over all records (a record with no event is
  wrong) and exact-code accuracy. The gold names no actors, so an event is not required to have a
  target: the records are coded with ``require_dyad: false`` ("Protesters rallied in the capital"
  is a demonstration whoever it is aimed at).

Records with ``notes.expect_error`` are not scored (counted apart); ``expect_no_events`` records
count every predicted event as a false positive. Country = the first three letters of a code. A
missing actor (no target: an untargeted event) is ``---``, as PETRARCH writes it, whether the gold
leaves it empty or writes ``---``.

A record's ``notes.config_in_effect`` (the PETRARCH ``[Options]`` its gold was coded with, such as
``require_dyad: false``) is honoured: the record is coded by a copy of the pipeline whose event
coder has the matching options (see :func:`entente.events.stage.petrarch_config_options`).

**One-event PLOVER records.** A PLOVER gold record that names its event type
(``notes.plover_event``, as every record of the PLOVER gold-standard file does) annotates that one
event of the sentence and no other: the same sentence appears again under another type with
another event ("rebels kidnapped advisers and exploded bombs" is one COERCE record and one ASSAULT
record). A predicted event of another type is therefore only scored when it was triggered by the
annotated event words (``notes.eventText``, the ``EVT:`` spans): then it is the annotated event
coded with the wrong type, a false positive; otherwise the gold says nothing about it and it is
left out of the counts. Country codes the annotators wrote in older forms (``JAP``, ``ITL``,
``VTN``) are read as the ISO-3166 codes they stand for.

**International organisations in PLOVER gold.** The PLOVER annotators write an organisation as
``IGO`` with at most a generic sector (``IGOREF`` for the UN refugee agency, ``IGOMIL`` for
peacekeepers), never the organisation itself; Entente's codes name it (``IGOUNOREFHCR``,
``IGOUNOPKO``). At the strict level of PLOVER gold both are compared at the gold's granularity:
``IGO`` and the first generic sector among the code's three-letter parts (peacekeeping forces,
``PKO``, count as ``MIL``), or ``IGO`` alone.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from entente.errors import InputError
from entente.events import ontology
from entente.events.coder import PatternCoder
from entente.events.stage import petrarch_config_options
from entente.ingest.dates import parse_date
from entente.ingest.text import clean_text
from entente.model import Article, Event
from entente.pipeline import Pipeline

__all__ = ["EvalResult", "GoldRecord", "evaluate", "load_gold", "score_file"]

Key = tuple[str, ...]

#: how a missing actor is written in keys (PETRARCH's "no actor")
NO_ACTOR = "---"


@dataclass(frozen=True)
class GoldRecord:
    """One gold sentence with its expected events (as tuples of source, target, code), and the
    coder configuration its gold assumes (``notes.config_in_effect``, as key-value pairs)."""

    id: str
    date: dt.date | None
    text: str
    events: tuple[tuple[str, str, str], ...]
    expect_error: bool = False
    config: tuple[tuple[str, str], ...] = ()
    #: the one PLOVER event type the record annotates (``notes.plover_event``), "" when all
    scope: str = ""
    #: the annotated event words (``notes.eventText``), lower case
    event_words: frozenset[str] = frozenset()


@dataclass
class Score:
    """True positives, false positives and false negatives, with P/R/F1."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, gold: Counter[Key], predicted: Counter[Key]) -> tuple[Counter[Key], Counter[Key]]:
        hit = gold & predicted
        self.tp += sum(hit.values())
        missed, extra = gold - hit, predicted - hit
        self.fn += sum(missed.values())
        self.fp += sum(extra.values())
        return missed, extra

    def as_dict(self) -> dict[str, float]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


@dataclass
class RecordDiff:
    """What one record got wrong at the lenient level (and strict, for CAMEO gold)."""

    id: str
    text: str
    missed: list[Key]
    extra: list[Key]
    predicted: list[str]


@dataclass
class EvalResult:
    """Scores of one gold file."""

    path: str
    kind: str
    records: int
    skipped: int
    digest: str
    scores: dict[str, dict[str, float]] = field(default_factory=dict)
    diffs: list[RecordDiff] = field(default_factory=list)

    def headline(self) -> dict[str, float]:
        """RETURNS (dict[str, float]): the numbers pinned in the baseline."""
        out = {}
        for level, score in self.scores.items():
            for metric in ("f1", "accuracy"):
                if metric in score:
                    out[f"{level}_{metric}"] = float(score[metric])
        return out


def load_gold(path: Path) -> list[GoldRecord]:
    """Read a gold JSON Lines file. Raises InputError on an unreadable line."""
    records = []
    try:
        lines = path.read_text("utf-8").splitlines()
    except OSError as exc:
        raise InputError(str(path), exc.strerror or str(exc)) from None
    except UnicodeDecodeError:
        raise InputError(str(path), "not UTF-8 text") from None
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
            if not isinstance(raw, dict):
                raise TypeError("a record must be a JSON object")
            if "text" not in raw and isinstance(raw.get("input"), dict):
                raw = {**raw, "text": raw["input"].get("text") or ""}  # NGEC actor records
            notes = raw.get("notes") or {}
            config = notes.get("config_in_effect") or {} if isinstance(notes, dict) else {}
            if not isinstance(notes, dict) or not isinstance(config, dict):
                raise TypeError("'notes' and its 'config_in_effect' must be JSON objects")
            if not isinstance(raw.get("events", []), list) or not all(
                isinstance(e, dict) for e in raw.get("events", [])
            ):
                raise TypeError("'events' must be a list of JSON objects")
            events = tuple(
                (str(e.get("source") or ""), str(e.get("target") or ""), _gold_code(e))
                for e in raw.get("events", [])
            )
            scope = str(notes.get("plover_event") or "")
            if not isinstance(raw["text"], str):
                raise TypeError("'text' must be a string")
            records.append(
                GoldRecord(
                    str(raw["id"]),
                    parse_date(raw.get("date")),
                    raw["text"],
                    events,
                    bool(notes.get("expect_error")),
                    tuple(sorted((str(k), str(v)) for k, v in config.items())),
                    scope,
                    _content_words(str(notes.get("eventText") or "")) if scope else frozenset(),
                )
            )
        except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as exc:
            problem = f"no {exc}" if isinstance(exc, KeyError) else str(exc)
            raise InputError(f"{path}:{number}", f"not a gold record ({problem})") from None
    return records


#: (PLOVER type, mode) pairs of older PLOVER drafts that the current manual files under another
#: type: PLOVER 0.5b1 COERCE "destroy" (destruction of property) is the current ASSAULT "destroy"
#: mode, and 0.5b1 COERCE "detain" (holding people captive: kidnapping, hostages, human shields;
#: 0.5b1 has a mode "arrest" of its own for arrests) is the current ASSAULT "abduct" mode
#: (COERCE has neither mode any more)
OLD_PLOVER_MODES = {("COERCE", "destroy"): "ASSAULT", ("COERCE", "detain"): "ASSAULT"}


def _gold_code(event: dict[str, Any]) -> str:
    code = str(event["code"])
    mode = str(event.get("mode") or "")
    return OLD_PLOVER_MODES.get((code.upper(), mode.lower()), code)


def gold_kind(records: Iterable[GoldRecord]) -> str:
    """RETURNS (str): ``cameo``, ``plover`` or ``codes`` (see the module docstring)."""
    events = [e for r in records for e in r.events]
    if events and all(not e[0] and not e[1] for e in events):
        return "codes"
    if events and all(not e[2][:1].isdigit() for e in events):
        return "plover"
    return "cameo"


#: country codes written in older (KEDS/CAMEO draft) forms in gold files, and their ISO codes
OLD_COUNTRY_CODES = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}

#: words that do not tell one event of a sentence from another
_FUNCTION_WORDS = frozenset(
    "a an the to of on in at for by with from and or as up down into over under about between "
    "against its their his her be been being is are was were has have had will would not".split()
)


def _content_words(text: str) -> frozenset[str]:
    words = (w.lower() for w in re.findall(r"[A-Za-z][\w'-]*", text))
    return frozenset(w for w in words if w not in _FUNCTION_WORDS)


def _country(code: str) -> str:
    return code[:3]


def _actor(code: str) -> str:
    """An actor code as scored: a missing actor ("" or None) is :data:`NO_ACTOR`; an older
    country code is replaced by its ISO code (:data:`OLD_COUNTRY_CODES`)."""
    if code[:3] in OLD_COUNTRY_CODES:
        return OLD_COUNTRY_CODES[code[:3]] + code[3:]
    return code or NO_ACTOR


#: the generic sectors PLOVER gold writes after ``IGO``; a peacekeeping force is military
_PLOVER_IGO_SECTORS = {
    **{s: s for s in ("GOV", "MIL", "MED", "REF", "CVL", "LEG", "JUD", "COP", "HLH", "EDU")},
    "PKO": "MIL",
}


def _plover_igo(code: str) -> str:
    """An organisation's code at PLOVER gold's granularity: ``IGOUNOREFHCR`` → ``IGOREF``,
    ``IGOUNO`` → ``IGO``; other codes unchanged (see the module docstring)."""
    if not code.startswith("IGO"):
        return code
    for i in range(3, len(code) - 2, 3):
        sector = _PLOVER_IGO_SECTORS.get(code[i : i + 3])
        if sector is not None:
            return "IGO" + sector
    return "IGO"


def _keys(events: Iterable[tuple[str, str, str]], level: str, kind: str) -> Counter[Key]:
    out: Counter[Key] = Counter()
    for source, target, code in events:
        source, target = _actor(source), _actor(target)
        if kind == "plover":
            event = ontology.normalize_plover(code) if not code[:1].isdigit() else code
            out[
                (_country(source), _country(target), event)
                if level == "lenient"
                else (_plover_igo(source), _plover_igo(target), event)
            ] += 1
        elif level == "lenient":
            out[(_country(source), _country(target), code[:2])] += 1
        else:
            out[(source, target, code)] += 1
    return out


def _predicted(
    events: Iterable[Event], kind: str, record: GoldRecord | None = None, text: str = ""
) -> list[tuple[str, str, str]]:
    out = []
    for e in events:
        source = e.source.code if e.source else ""
        target = e.target.code if e.target else ""
        if kind == "plover":
            if e.plover is None:
                continue
            if record is not None and not _in_scope(e, record, text):
                continue
            out.append((source, target, e.plover))
        else:
            out.append((source, target, e.cameo))
    return out


def _in_scope(event: Event, record: GoldRecord, text: str) -> bool:
    """Whether the gold of a one-event PLOVER record speaks about ``event``: it is of the
    annotated type, or was triggered by the annotated event words (see the module docstring)."""
    if not record.scope:
        return True
    annotated = {ontology.normalize_plover(record.scope)}
    annotated.update(ontology.normalize_plover(e[2]) for e in record.events)
    if event.plover in annotated:
        return True
    start, end = event.evidence
    return bool(_content_words(text[start:end]) & record.event_words)


def evaluate(
    records: list[GoldRecord],
    pipeline: Pipeline,
    *,
    path: str = "",
    digest: str = "",
    progress: Callable[[], None] | None = None,
) -> EvalResult:
    """Code every gold record with ``pipeline`` and score it. RETURNS (EvalResult)."""
    kind = gold_kind(records)
    result = EvalResult(path, kind, 0, 0, digest)
    levels = {"codes": ("root", "code")}.get(kind, ("lenient", "strict"))
    scores = {level: Score() for level in levels}
    correct = {level: 0 for level in levels}
    dyads = Score()
    exact = 0
    variants: dict[tuple[tuple[str, str], ...], Pipeline] = {}
    for record in records:
        if progress:
            progress()
        if record.expect_error:
            result.skipped += 1
            continue
        result.records += 1
        config = record.config
        if kind == "codes":  # no actors in the gold: events without a target count
            config = (*(c for c in config if c[0] != "require_dyad"), ("require_dyad", "false"))
        article = configured(pipeline, config, variants)(
            Article.from_parts(
                id=record.id, parts=[("body", clean_text(record.text), None)], published=record.date
            )
        )
        predicted = _predicted(article.events, kind, record, article.text)
        if kind == "codes":
            gold_codes = {e[2] for e in record.events}
            ok_root = any(p[2][:2] in {g[:2] for g in gold_codes} for p in predicted)
            ok_code = any(p[2] in gold_codes for p in predicted)
            correct["root"] += ok_root
            correct["code"] += ok_code
            if not ok_root:
                result.diffs.append(
                    RecordDiff(
                        record.id,
                        record.text,
                        [("", "", c) for c in sorted(gold_codes)],
                        [],
                        [_describe(e) for e in article.events],
                    )
                )
            continue
        missed_all: list[Key] = []
        extra_all: list[Key] = []
        for level in levels:
            missed, extra = scores[level].add(
                _keys(record.events, level, kind), _keys(predicted, level, kind)
            )
            if level == "lenient":
                missed_all, extra_all = list(missed.elements()), list(extra.elements())
            if level == "strict":
                exact += not missed and not extra
        dyads.add(_dyad_keys(record.events, kind), _dyad_keys(predicted, kind))
        if missed_all or extra_all:
            result.diffs.append(
                RecordDiff(
                    record.id,
                    record.text,
                    missed_all,
                    extra_all,
                    [_describe(e) for e in article.events],
                )
            )
    if kind == "codes":
        n = result.records or 1
        result.scores = {
            level: {
                "accuracy": round(correct[level] / n, 4),
                "correct": correct[level],
                "records": result.records,
            }
            for level in levels
        }
    else:
        result.scores = {level: s.as_dict() for level, s in scores.items()}
        # actors alone (full source and target codes), and records coded exactly right
        result.scores["dyads"] = dyads.as_dict()
        result.scores["records"] = {
            "accuracy": round(exact / (result.records or 1), 4),
            "correct": exact,
            "records": result.records,
        }
    return result


def _dyad_keys(events: Iterable[tuple[str, str, str]], kind: str = "cameo") -> Counter[Key]:
    """The full actor codes of each event (organisations at PLOVER gold's granularity)."""
    norm = _plover_igo if kind == "plover" else (lambda code: code)
    return Counter((norm(_actor(source)), norm(_actor(target))) for source, target, _ in events)


def configured(
    pipeline: Pipeline,
    config: tuple[tuple[str, str], ...],
    cache: dict[tuple[tuple[str, str], ...], Pipeline] | None = None,
) -> Pipeline:
    """RETURNS (Pipeline): ``pipeline`` with its event coder switched to the options of a
    record's PETRARCH configuration (``require_dyad: false``); ``pipeline`` itself when the
    configuration changes nothing (or the pipeline has no pattern coder). cache (dict): the
    copies made so far, by configuration."""
    if not config:
        return pipeline
    if cache is not None and config in cache:
        return cache[config]
    options = petrarch_config_options(dict(config))
    stages = []
    changed = False
    for name, stage in pipeline.stages:
        if name == "events" and isinstance(stage, PatternCoder):
            copy = stage.with_options(**options)
            changed = changed or copy is not stage
            stage = copy
        stages.append((name, stage))
    out = Pipeline(stages) if changed else pipeline
    if cache is not None:
        cache[config] = out
    return out


def _describe(e: Event) -> str:
    source = e.source.code if e.source else "---"
    target = e.target.code if e.target else "---"
    return f"{source} {target} {e.cameo} ({e.rule})"


def digest_of(path: Path) -> str:
    """RETURNS (str): a short SHA-256 digest of a gold file (pinned with its scores)."""
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16]


def score_file(
    path: Path, pipeline: Pipeline, *, progress: Callable[[], None] | None = None
) -> EvalResult:
    """Load and score one gold file (actor-resolution records go to the actor scorers)."""
    from entente.actors import evaluate as actor_eval

    raw = actor_eval.read_records(path)
    if raw and all(actor_eval.is_ngec_record(r) for r in raw):
        return actor_eval.score_ngec_records(
            raw, pipeline=pipeline, path=str(path), digest=digest_of(path), progress=progress
        )
    if raw and all(actor_eval.is_mention_record(r) for r in raw):
        return actor_eval.score_mention_records(
            raw, pipeline=pipeline, path=str(path), digest=digest_of(path), progress=progress
        )
    records = load_gold(path)
    return evaluate(records, pipeline, path=str(path), digest=digest_of(path), progress=progress)


def result_json(result: EvalResult) -> dict[str, Any]:
    """RETURNS (dict): a JSON-ready summary of a result."""
    return {
        "file": Path(result.path).name,
        "kind": result.kind,
        "records": result.records,
        "skipped": result.skipped,
        "digest": result.digest,
        "scores": result.scores,
    }
