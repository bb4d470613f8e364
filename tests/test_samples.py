"""The bundled sample corpus: every report reads, dates match the manifest, no boilerplate."""

import csv
import datetime as dt

import pytest

from entente.api import sample_corpus
from entente.ingest import Skipped, read_paths

CORPUS = sample_corpus()
MANIFEST = {
    row["path"]: row
    for manifest in sorted(CORPUS.glob("MANIFEST_*.tsv"))
    for row in csv.DictReader(manifest.open(encoding="utf-8"), delimiter="\t")
}
BOILERPLATE = [
    "subscribe",
    "newsletter",
    "donate",
    "cookie",
    "all rights reserved",
    "share this",
    "read more",
    "related content",
    "sign up",
    "advertisement",
]


@pytest.fixture(scope="module")
def articles():
    return list(read_paths([CORPUS], today=dt.date(2026, 11, 25), id_root=CORPUS))


def test_samples_at_least_150_reports_all_readable(articles):
    assert not [a for a in articles if isinstance(a, Skipped)]
    assert len(articles) >= 150


def test_samples_dates_match_manifest(articles):
    by_path = {article.id: article for article in articles}
    files = [p for p in MANIFEST if not p.startswith("jsonl/")]
    assert files, "manifest lists no files"
    for path in files:
        expected = MANIFEST[path].get("published_date")
        article = by_path[path]
        got = article.published.isoformat() if article.published else "none"
        assert got == expected, path


def test_samples_no_boilerplate_reaches_the_text(articles):
    for article in articles:
        lowered = article.text.lower()
        for phrase in BOILERPLATE:
            assert phrase not in lowered, (article.id, phrase)
