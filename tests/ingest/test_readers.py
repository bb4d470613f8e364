import datetime as dt
import json

import pytest

from entente.ingest import Skipped, read_html, read_jsonl, read_paths, read_text
from entente.ingest.boilerplate import is_boilerplate_line

TODAY = dt.date(2026, 11, 25)


def test_text_first_line_is_title_and_date_line_gives_date():
    article = read_text(
        "Iran and Hamas hold talks\n\nJune 4, 2019 14:32\n\nIran met Hamas.",
        source="x.txt",
        today=TODAY,
    )
    assert article.title == "Iran and Hamas hold talks"
    assert article.published == dt.date(2019, 6, 4)
    assert "14:32" not in article.text


@pytest.mark.parametrize(
    "text", ["Iran praised Hamas on Monday.\n", "\n  Iran praised Hamas\non Monday.\n"]
)
def test_text_of_one_paragraph_is_all_body(text):
    article = read_text(text, source="one.txt", today=TODAY)
    assert article.title in (None, "")
    body = [article.text[s.start : s.end] for s in article.segments if s.kind == "body"]
    assert body == ["Iran praised Hamas on Monday."]


def test_text_dateline_year_from_file_name():
    article = read_text(
        "Title\n\nBEIRUT, June 4 (Cedar Agency) - Hezbollah fired rockets.",
        source="2019-06-04-beirut.txt",
        today=TODAY,
    )
    assert article.published == dt.date(2019, 6, 4)
    assert article.date_source == "dateline"
    body = [article.text[s.start : s.end] for s in article.segments if s.kind == "body"]
    assert body == ["Hezbollah fired rockets."]


def test_text_yearless_dateline_without_hint_is_reported_missing():
    article = read_text(
        "Title\n\nBEIRUT, June 4 (Cedar Agency) - Text.", source="a.txt", today=TODAY
    )
    assert article.published is None
    assert article.warnings == ("no publication date found",)


def test_text_dump_boilerplate_lines_dropped():
    text = (
        "Title\n\nMay 1, 2018\n\nIran praised Hamas.\n\nSubscribe now for unlimited access\n\n"
        "Related content:\n\nShare this article\n\nAdvertisement\n\nIsrael criticized Iran."
    )
    article = read_text(text, source="a.txt", today=TODAY)
    body = [article.text[s.start : s.end] for s in article.segments if s.kind == "body"]
    assert body == ["Iran praised Hamas.", "Israel criticized Iran."]


@pytest.mark.parametrize(
    "line",
    [
        "Support independent journalism: donate today.",
        "Sign up for our newsletter",
        "Read more: Iran talks stall",
        "Share this article",
        "Photo: J. Doe / Agency",
        "© 2020 Gulf Times. All rights reserved.",
        "Subscribe to continue reading",
    ],
)
def test_boilerplate_lines_recognised(line):
    assert is_boilerplate_line(line)


@pytest.mark.parametrize(
    "line",
    ["Iran praised Hamas for its resistance.", "Hamas said it would not share power with Fatah."],
)
def test_boilerplate_news_lines_kept(line):
    assert not is_boilerplate_line(line)


def test_jsonl_records_text_and_html_and_bad_lines():
    lines = [
        json.dumps({"id": "r1", "date": "2013-04-12", "title": "T", "text": "Iran met Hamas."}),
        "not json",
        json.dumps(
            {
                "id": "r3",
                "date": "20140101",
                "html": "<html><body><article><h1>H</h1>"
                "<p>Israel attacked Hamas positions in Gaza on Tuesday night.</p>"
                "</article></body></html>",
            }
        ),
        json.dumps({"date": "2014-01-01", "text": "no id"}),
        json.dumps({"id": "r5", "date": "someday", "text": "x"}),
    ]
    items = list(read_jsonl(lines, source="f.jsonl", today=TODAY))
    assert [type(i).__name__ for i in items] == [
        "Article",
        "Skipped",
        "Article",
        "Skipped",
        "Skipped",
    ]
    assert items[0].id == "r1" and items[0].published == dt.date(2013, 4, 12)
    assert items[0].title == "T"
    assert items[2].published == dt.date(2014, 1, 1) and items[2].date_source == "record"
    assert items[1].path == "f.jsonl:2" and "JSON" in items[1].reason
    assert "id" in items[3].reason and "date" in items[4].reason


def test_read_paths_bad_file_is_skipped_and_batch_goes_on(tmp_path):
    (tmp_path / "good.txt").write_text("Title\n\nMay 1, 2018\n\nIran praised Hamas.")
    (tmp_path / "empty.html").write_text("<html><body></body></html>")
    (tmp_path / "bin.txt").write_bytes(b"\xff\xfe\x00bad")
    items = list(read_paths([tmp_path, tmp_path / "missing.txt"], today=TODAY))
    skipped = {i.path.rsplit("/", 1)[-1]: i.reason for i in items if isinstance(i, Skipped)}
    assert set(skipped) == {"bin.txt", "empty.html", "missing.txt"}
    assert [i.title for i in items if not isinstance(i, Skipped)] == ["Title"]


def test_html_script_dates_and_future_dates_never_taken():
    html = (
        "<html><head><meta property='article:published_time' content='2031-01-01'>"
        '<script>var d = {"datePublished": "2030-05-05"};</script></head><body><article>'
        "<h1>H</h1><p>Iran criticized Israel over the strikes on Tuesday, officials said.</p>"
        "</article></body></html>"
    )
    article = read_html(html, source="x", today=TODAY)
    assert article.published is None
    assert article.warnings == ("no publication date found",)


def test_html_caption_date_never_later_than_article():
    from entente.ingest.html import caption_date

    assert caption_date("Leaders meet on May 3, 2021.", dt.date(2021, 5, 10)) == dt.date(2021, 5, 3)
    assert caption_date("Leaders meet on May 30, 2021.", dt.date(2021, 5, 10)) is None
    assert caption_date("Leaders meet on May 3.", dt.date(2021, 5, 10)) == dt.date(2021, 5, 3)


def test_text_dump_related_list_items_go_with_their_header():
    text = (
        "Title\n\nMarch 7, 2012 11:02\n\nShare this article\nFacebook    Twitter    Email\n\n"
        "Hamas criticized Iran.\n\nRelated content:\n- Iran cuts aid\n- Hamas leaves Syria\n\n"
        "Click here to sign up for our daily newsletter"
    )
    article = read_text(text, source="a.txt", today=TODAY)
    assert article.published == dt.date(2012, 3, 7)
    body = [article.text[s.start : s.end] for s in article.segments if s.kind == "body"]
    assert body == ["Hamas criticized Iran."]


@pytest.mark.parametrize(
    "line",
    [
        "Tue 1 Jun 2010 07.40 GMT",
        "Thursday, July 26, 2012",
        "Join now",
        "Support the Post",
        "(Reporting by A. Writer; Editing by B. Editor)",
        "-- Harbour News Service",
        "Our standards: The Example Trust Principles.",
    ],
)
def test_boilerplate_dates_calls_to_action_and_signoffs(line):
    assert is_boilerplate_line(line)


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("AT&amp;T sold its stake", "AT&T sold its stake"),
        ("he said &quot;no&quot; twice", 'he said "no" twice'),
        ("Pyongyang&#39;s envoy", "Pyongyang's envoy"),
        ("a\u00a0ceasefire\u200b deal", "a ceasefire deal"),
        ("Tom & Jerry; fish & chips", "Tom & Jerry; fish & chips"),
    ],
)
def test_clean_text_decodes_character_references(raw, clean):
    from entente.ingest.text import clean_text

    assert clean_text(raw) == clean


def test_text_and_jsonl_records_have_character_references_decoded():
    article = read_text("Title\n\nMerkel &amp; Sarkozy met in Paris.", source="x.txt")
    assert "Merkel & Sarkozy" in article.text
    assert "&amp;" not in article.text
    record = {"id": "r1", "date": "2011-03-02", "text": "Iran &amp; Syria signed a pact."}
    (article,) = list(read_jsonl([json.dumps(record)], source="feed.jsonl"))
    assert not isinstance(article, Skipped)
    assert "Iran & Syria signed a pact." in article.text
