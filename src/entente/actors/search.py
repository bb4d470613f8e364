"""Search the actor knowledge base by name, alias or code."""

from __future__ import annotations

from dataclasses import dataclass

from entente.actors.kb import Entry, normalize_phrase
from entente.actors.stage import knowledge_base
from entente.errors import QueryError

__all__ = ["ActorHit", "search_actors"]


@dataclass(frozen=True)
class ActorHit:
    """One knowledge-base entry found by a search."""

    code: str
    name: str
    kind: str
    matched: str
    roles: str


def _roles(entry: Entry) -> str:
    return "; ".join(f"{r.code} {r.start or '…'}–{r.end or '…'}" for r in entry.roles)


def search_actors(query: str, *, limit: int = 30) -> list[ActorHit]:
    """Entries whose code, name or an alias contains ``query`` (case-insensitive).

    limit (int): at most this many (1 or more; QueryError otherwise).
    """
    if limit < 1:
        raise QueryError(f"limit must be at least 1, not {limit}")
    kb = knowledge_base()
    needle = normalize_phrase(query) if query else ""
    code_query = query.strip().upper()
    hits: dict[int, ActorHit] = {}
    for phrase, senses in kb.phrases.items():
        if needle and needle not in phrase:
            continue
        for sense in senses:
            entry = sense.entry
            if entry is None or id(entry) in hits:
                continue
            hits[id(entry)] = ActorHit(entry.code, entry.name, entry.kind, phrase, _roles(entry))
    if query:
        for entry in kb.entries:
            if id(entry) not in hits and code_query and entry.code.startswith(code_query):
                hits[id(entry)] = ActorHit(
                    entry.code, entry.name, entry.kind, entry.code, _roles(entry)
                )
    ranked = sorted(hits.values(), key=lambda h: (h.matched != needle, len(h.matched), h.name))
    return ranked[:limit]
