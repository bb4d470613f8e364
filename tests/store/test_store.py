import datetime as dt
from itertools import pairwise

import duckdb
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from entente.model import Actor, Article, Event, Mention, Segment, Sentence
from entente.store import Store


def coded(pipeline, text="Iran criticized Israel. Israel attacked Hamas.", id="a1"):
    article = Article.from_parts(
        id=id,
        parts=[("title", "T", None), ("body", text, None)],
        published=dt.date(2019, 5, 1),
        source="https://x.example/a",
    )
    return pipeline(article)


def test_store_reingest_adds_nothing(mini_pipeline):
    store = Store()
    article = coded(mini_pipeline)
    assert store.add([article, article]).added == 1
    assert store.add([article]).duplicates == 1
    assert store.counts()["articles"] == 1
    assert store.counts()["events"] == len(article.events) == 2


def test_store_changed_article_replaces_older_version(mini_pipeline):
    store = Store()
    store.add([coded(mini_pipeline)])
    store.add([coded(mini_pipeline, "Iran praised Hamas.")])
    assert store.counts()["articles"] == 1
    assert [e["cameo"] for e in store.events()] == ["051"]


def test_store_interrupted_ingest_leaves_no_half_article(mini_pipeline, tmp_path, monkeypatch):
    path = tmp_path / "s.duckdb"
    first, second = coded(mini_pipeline, id="a1"), coded(mini_pipeline, "Iran met Syria.", "a2")
    store = Store(path)
    store.add([first])

    def crash(*args, **kwargs):
        raise KeyboardInterrupt

    real = store.con.executemany
    calls = {"n": 0}

    def flaky(sql, rows):
        calls["n"] += 1
        if "INSERT INTO events" in sql:
            crash()
        return real(sql, rows)

    monkeypatch.setattr(store, "con", _Proxy(store.con, flaky))
    with pytest.raises(KeyboardInterrupt):
        store.add([second])
    store.close()
    with Store(path) as reopened:
        assert reopened.counts()["articles"] == 1
        assert reopened.counts()["sentences"] == len(first.sentences)
        assert reopened.add([first, second]).added == 1  # the next run resumes


class _Proxy:
    def __init__(self, con, executemany):
        self._con, self.executemany = con, executemany

    def __getattr__(self, name):
        return getattr(self._con, name)


def test_store_events_filters(mini_pipeline):
    store = Store()
    store.add([coded(mini_pipeline)])
    assert {e["target"] for e in store.events(actor="PSE")} == {"PSEREBHMS"}
    assert store.events(since=dt.date(2020, 1, 1)) == []
    (row,) = store.events(actor="IRN")
    assert row["sentence"] == "Iran criticized Israel."


def test_store_schema_is_versioned(tmp_path):
    with Store(tmp_path / "x.duckdb") as store:
        assert store.schema_version == 3
    con = duckdb.connect(str(tmp_path / "x.duckdb"))
    assert con.execute("SELECT count(*) FROM schema_version").fetchone()[0] == 3


codes = st.sampled_from(["IRN", "IRNGOV", "PSEREBHMS", "ISRMIL", "USA"])
words = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1, max_size=40
)


@st.composite
def articles(draw):
    body = draw(words)
    title = draw(words)
    text = f"{title}\n\n{body}"
    published = draw(st.one_of(st.none(), st.dates(dt.date(1990, 1, 1), dt.date(2030, 1, 1))))
    segments = (
        Segment("title", 0, len(title)),
        Segment("body", len(title) + 2, len(text), draw(st.one_of(st.none(), st.dates()))),
    )
    sentences = (Sentence(0, 0, len(title), 0), Sentence(1, len(title) + 2, len(text), 1))
    actor = Actor(
        draw(codes),
        draw(words),
        draw(st.one_of(st.none(), st.just("IRN"))),
        tuple(draw(st.lists(st.sampled_from(["GOV", "MIL"]), max_size=2))),
        "country",
    )
    mentions = (Mention(0, len(title), 0, actor, draw(st.sampled_from(["dictionary", "pronoun"]))),)
    events = tuple(
        Event(
            id=f"e{i}",
            article_id=draw(words),
            date=published,
            source=actor,
            target=draw(st.one_of(st.none(), st.just(actor))),
            cameo=draw(st.sampled_from(["010", "042", "1831"])),
            quad_class=draw(st.integers(1, 4)),
            goldstein=draw(st.floats(-10, 10)),
            plover=draw(st.one_of(st.none(), st.just("AID"))),
            plover_mode=None,
            sentence=1,
            evidence=(0, len(title)),
            rule=draw(words),
            confidence=draw(st.floats(0, 1)),
            source_mention=0,
            target_mention=None,
        )
        for i in range(draw(st.integers(0, 3)))
    )
    return Article(
        id=draw(words),
        text=text,
        source=draw(words),
        title=title,
        subtitle=None,
        author=draw(st.one_of(st.none(), words)),
        published=published,
        date_source="metadata",
        segments=segments,
        sentences=sentences,
        mentions=mentions,
        events=events,
        warnings=("w",),
    )


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles())
def test_store_round_trips_articles_and_events(article):
    store = Store()
    assert store.add_article(article)
    assert store.get_article(article.content_hash) == article
    store.close()


def test_store_events_sample_must_draw_something(tmp_path):
    store = Store(tmp_path / "s.duckdb")
    with pytest.raises(ValueError, match="sample must be at least 1"):
        store.events(sample=0)
    store.close()


def test_neighbouring_seeds_draw_different_samples(tmp_path):
    """`events(sample=, seed=)` draws independent samples for different seeds: before session 9
    DuckDB's hash(id, seed) mixed the seed in so weakly that seeds 3 and 4 drew 36 of the same 50
    events from the demo store (two random draws share about 2)."""
    from entente.api import ingest_paths, sample_corpus

    store = Store(tmp_path / "s.duckdb")
    ingest_paths([sample_corpus()], store)
    total = store.counts()["events"]
    assert total > 500
    draws = [{e["id"] for e in store.events(sample=50, seed=seed)} for seed in range(1, 6)]
    store.close()
    assert all(len(d) == 50 for d in draws)
    # two independent draws of 50 share 50 * 50 / total (under 5) events on average
    for a, b in pairwise(draws):
        assert len(a & b) <= 12
