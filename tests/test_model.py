import datetime as dt

import pytest

from entente.model import Article, Event


def test_model_from_parts_offsets_point_into_text():
    article = Article.from_parts(
        id="a1",
        parts=[
            ("title", "Title", None),
            ("subtitle", "  ", None),
            ("body", "One. Two.", None),
            ("caption", "A caption on May 3, 2021.", dt.date(2021, 5, 3)),
        ],
    )
    assert [s.kind for s in article.segments] == ["title", "body", "caption"]
    for segment, expected in zip(
        article.segments, ["Title", "One. Two.", "A caption on May 3, 2021."], strict=True
    ):
        assert article.text[segment.start : segment.end] == expected
    assert article.date_at(article.segments[2].start) == dt.date(2021, 5, 3)
    assert article.date_at(0) is None


def test_model_articles_are_immutable_and_evolve_copies():
    article = Article(id="a", text="x")
    with pytest.raises(AttributeError):
        article.text = "y"  # type: ignore[misc]
    other = article.evolve(text="y")
    assert (article.text, other.text) == ("x", "y")


@pytest.mark.parametrize("change", [{"text": "other"}, {"published": dt.date(2020, 1, 1)}])
def test_model_content_hash_depends_on_text_and_date(change):
    article = Article(id="a", text="same", published=dt.date(2019, 1, 1))
    assert article.content_hash != article.evolve(**change).content_hash
    assert article.content_hash == article.evolve(id="other-id").content_hash


def test_model_event_root_is_derived_from_cameo():
    event = Event(
        id="e",
        article_id="a",
        date=None,
        source=None,
        target=None,
        cameo="0421",
        quad_class=1,
        goldstein=1.9,
        plover="CONSULT",
        plover_mode=None,
        sentence=0,
        evidence=(0, 1),
        rule="r",
    )
    assert event.root == "04"
