"""Our own gold sets (tests/events/data) are well formed: a malformed code or actor can never
match, so it would silently lower a score instead of failing."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[1] / "events" / "data"
_CODE = re.compile(r"\d{3,4}")
_ACTOR = re.compile(r"(---|[A-Z]{3})([A-Z]{3})*")


@pytest.mark.parametrize("path", sorted(DATA.glob("*.jsonl")), ids=lambda p: p.stem)
def test_own_gold_records_are_well_formed(path: Path) -> None:
    ids = set()
    for n, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        record = json.loads(line)
        where = f"{path.name}:{n} ({record.get('id')})"
        assert record["id"] not in ids, f"{where}: duplicate id"
        ids.add(record["id"])
        assert record["text"].strip(), f"{where}: empty text"
        if not record["events"]:
            continue
        for event in record["events"]:
            assert _CODE.fullmatch(event["code"]), f"{where}: code {event['code']!r}"
            for role in ("source", "target"):
                actor = event[role]
                assert _ACTOR.fullmatch(actor), f"{where}: {role} {actor!r}"
