"""Actor profiles and the actor network: partners, adversaries, event types, centrality."""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from entente.analysis.dyad import ActorSelector, date_bounds
from entente.errors import QueryError
from entente.store import Store

__all__ = ["ActorProfile", "actor_network", "actor_profile"]


@dataclass
class ActorProfile:
    """What an actor does and with whom.

    partners, adversaries (list[dict]): counterparts ranked by cooperative / conflictual events
        (both directions), with counts and mean Goldstein weight.
    by_root (list[dict]): events by CAMEO root, as source and as target.
    centrality (dict[str, float]): degree, betweenness and eigenvector centrality in the network.
    """

    actor: ActorSelector
    events: int
    partners: list[dict[str, Any]] = field(default_factory=list)
    adversaries: list[dict[str, Any]] = field(default_factory=list)
    by_root: list[dict[str, Any]] = field(default_factory=list)
    centrality: dict[str, float] = field(default_factory=dict)


def _where(since: dt.date | None, until: dt.date | None) -> tuple[str, list[Any]]:
    bounds, params = date_bounds(since, until)
    return "date IS NOT NULL" + bounds, params


def _level(column: str, width: int) -> str:
    """The actor code cut to a level: 3 = country, 0 = full code."""
    return column if width == 0 else f"substr({column}, 1, {width})"


def actor_profile(
    store: Store,
    actor: ActorSelector,
    *,
    since: dt.date | None = None,
    until: dt.date | None = None,
    top: int = 10,
    level: int = 3,
) -> ActorProfile:
    """Profile one actor. level (int): counterparts grouped by code prefix of this length
    (3 = countries; 0 = full codes)."""
    if top < 0:
        raise QueryError(f"top must be 0 or more, not {top}")
    where, params = _where(since, until)
    prefix = actor.prefix + "%"
    counterpart = (
        f"CASE WHEN source LIKE ? THEN {_level('target', level)} ELSE {_level('source', level)} END"
    )
    sql = f"""
        SELECT {counterpart} AS code, any_value(CASE WHEN source LIKE ? THEN target_name
               ELSE source_name END) AS name,
               count(*) FILTER (WHERE quad_class <= 2) AS cooperation,
               count(*) FILTER (WHERE quad_class >= 3) AS conflict,
               avg(goldstein) AS goldstein_mean
        FROM events WHERE {where} AND target IS NOT NULL AND (source LIKE ? OR target LIKE ?)
          AND NOT (source LIKE ? AND target LIKE ?)
        GROUP BY 1
    """
    rows = store.con.execute(
        sql, [prefix, prefix, *params, prefix, prefix, prefix, prefix]
    ).fetchall()
    records = [
        dict(
            code=r[0],
            name=_counterpart_name(r[0], r[1], level),
            cooperation=r[2],
            conflict=r[3],
            goldstein_mean=round(r[4], 2),
        )
        for r in rows
        if not str(r[0]).startswith("---")  # a role noun with no country is no partner
    ]
    total = store.con.execute(
        f"SELECT count(*) FROM events WHERE {where} AND (source LIKE ? OR target LIKE ?)",
        [*params, prefix, prefix],
    ).fetchone()
    by_root = store.con.execute(
        f"""SELECT root, count(*) FILTER (WHERE source LIKE ?) AS as_source,
                   count(*) FILTER (WHERE target LIKE ?) AS as_target
            FROM events WHERE {where} AND (source LIKE ? OR target LIKE ?)
            GROUP BY root ORDER BY root""",
        [prefix, prefix, *params, prefix, prefix],
    ).fetchall()
    profile = ActorProfile(actor, int(total[0]) if total else 0)
    profile.partners = sorted(
        (r for r in records if r["cooperation"]), key=lambda r: -r["cooperation"]
    )[:top]
    profile.adversaries = sorted(
        (r for r in records if r["conflict"]), key=lambda r: -r["conflict"]
    )[:top]
    profile.by_root = [dict(root=r[0], as_source=r[1], as_target=r[2]) for r in by_root]
    graph = actor_network(store, since=since, until=until, level=level)
    node = actor.prefix[:level] if level else actor.prefix
    if node in graph:
        profile.centrality = _centrality(graph, node)
    return profile


def _counterpart_name(code: str, example: str | None, level: int) -> str | None:
    """A counterpart is named after its state (country level) or the group or organisation that
    owns its code, not after one of its people ("PSEREBHMS" is Hamas, not Khaled Meshaal)."""
    from entente.actors.stage import knowledge_base

    kb = knowledge_base()
    if level == 3 and code in kb.countries:
        return kb.countries[code].name
    owners = _code_owners()
    return owners.get(code, example)


@functools.cache
def _code_owners() -> dict[str, str]:
    from entente.actors.stage import knowledge_base

    owners: dict[str, str] = {}
    for entry in knowledge_base().entries:
        if entry.kind in ("group", "igo", "ngo", "country"):
            owners.setdefault(entry.code, entry.name)
    return owners


def actor_network(
    store: Store,
    *,
    since: dt.date | None = None,
    until: dt.date | None = None,
    level: int = 3,
    min_events: int = 1,
) -> nx.Graph:
    """The actor network: nodes are actor codes cut to ``level`` letters, edges carry event
    counts (``weight``), cooperative and conflictual counts and the mean Goldstein weight."""
    where, params = _where(since, until)
    sql = f"""
        SELECT least({_level("source", level)}, {_level("target", level)}) AS a,
               greatest({_level("source", level)}, {_level("target", level)}) AS b,
               count(*) AS n, count(*) FILTER (WHERE quad_class <= 2) AS coop,
               count(*) FILTER (WHERE quad_class >= 3) AS conflict, avg(goldstein) AS g
        FROM events WHERE {where} AND target IS NOT NULL
        GROUP BY 1, 2 HAVING count(*) >= ? AND a <> b
    """
    graph = nx.Graph()
    for a, b, n, coop, conflict, g in store.con.execute(sql, [*params, min_events]).fetchall():
        graph.add_edge(a, b, weight=n, cooperation=coop, conflict=conflict, goldstein=g)
    return graph


def _centrality(graph: nx.Graph, node: str) -> dict[str, float]:
    out = {
        "degree": nx.degree_centrality(graph)[node],
        "betweenness": nx.betweenness_centrality(graph, weight=None)[node],
    }
    with contextlib.suppress(nx.PowerIterationFailedConvergence):  # no eigenvector score then
        out["eigenvector"] = nx.eigenvector_centrality(graph, weight="weight", max_iter=500)[node]
    return {k: round(v, 3) for k, v in out.items()}
