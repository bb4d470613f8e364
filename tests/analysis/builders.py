"""Hand-built event stores for the analysis tests (dyads, findings, reports).

Import as ``from analysis.builders import store_of`` (``tests/`` is on ``sys.path``: the root
conftest lives there).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable

from entente.analysis.dyad import ActorSelector
from entente.events.ontology import cameo
from entente.model import Actor, Article, Event, Sentence
from entente.store import Store

#: The dyad most tests look at.
HAMAS, IRAN = ActorSelector("PSEREBHMS", "Hamas"), ActorSelector("IRN", "Iran")

Row = tuple[dt.date, str, str, str]


def store_of(
    rows: Iterable[Row], store: Store | None = None, titles: dict[dt.date, str] | None = None
) -> Store:
    """Add one article per date to ``store`` (default: a new in-memory store) and return it.

    rows: (date, source, target, cameo) events; each gets its own sentence ("Sentence 0 on
    2018-01-10.") and the ontology's quad class and Goldstein weight. Article ``n`` (by date) has
    id ``a{n}``, URL ``https://news.example/{n}`` and the title ``titles[date]`` or "Dispatch of
    {date}".
    """
    titles = titles or {}
    days: dict[dt.date, list[tuple[str, str, str]]] = defaultdict(list)
    for day, source, target, code in rows:
        days[day].append((source, target, code))
    store = store or Store()
    for n, (day, triples) in enumerate(sorted(days.items())):
        title = titles.get(day, f"Dispatch of {day}")
        parts = [("body", f"Sentence {i} on {day}.", None) for i in range(len(triples))]
        article = Article.from_parts(
            id=f"a{n}", parts=parts, published=day, source=f"https://news.example/{n}", title=title
        )
        sentences = tuple(Sentence(i, s.start, s.end, i) for i, s in enumerate(article.segments))
        events = tuple(
            Event(f"a{n}-{i}", f"a{n}", day, Actor(src, src), Actor(tgt, tgt), code,
                  cameo(code).quad_class, cameo(code).goldstein, None, None, i, (0, 1), "r")
            for i, (src, tgt, code) in enumerate(triples)
        )  # fmt: skip
        store.add_article(article.evolve(sentences=sentences, events=events))
    return store
