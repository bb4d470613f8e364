"""Golden files: a page → expected title, date, segments, and boilerplate absent."""

import datetime as dt
import json

import pytest

from conftest import GOLDEN
from entente.ingest import read_paths

PAGES = sorted((GOLDEN / "ingest").glob("*.html"))


@pytest.mark.parametrize("page", PAGES, ids=[p.stem for p in PAGES])
def test_ingest_golden_page(page):
    expected = json.loads(page.with_suffix("").with_suffix(".expected.json").read_text())
    (article,) = list(read_paths([page], today=dt.date(2026, 11, 25)))
    assert article.title == expected["title"]
    assert (article.published.isoformat() if article.published else None) == expected["published"]
    assert article.date_source == expected["date_source"]
    got = [
        [s.kind, article.text[s.start : s.end], s.date.isoformat() if s.date else None]
        for s in article.segments
    ]
    assert got == expected["segments"]
    for phrase in expected["absent"]:
        assert phrase.lower() not in article.text.lower(), phrase
    assert list(article.warnings) == expected.get("warnings", [])
