import datetime as dt

import pytest

from entente.ingest.dates import find_dates, parse_date, parse_date_line, parse_dateline, year_hint


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("BEIRUT, June 4 (Levant Press) - Hezbollah said", dt.date(2019, 6, 4)),
        ("GAZA CITY, Feb. 24 — Hamas has moved", dt.date(2019, 2, 24)),
        ("WASHINGTON, March 3, 2015 - The president", dt.date(2015, 3, 3)),
    ],
)
def test_dates_dateline_takes_year_from_reference(text, expected):
    date, cut = parse_dateline(text, reference=dt.date(2019, 12, 31))
    assert date == expected
    assert cut > 0 and text[cut:][0].isupper()


def test_dates_yearless_date_never_after_reference():
    (match,) = find_dates("on Dec. 30", reference=dt.date(2020, 1, 2))
    assert match.date == dt.date(2019, 12, 30)
    assert not match.has_year


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("June 4, 2019 14:32", dt.date(2019, 6, 4)),
        ("2019-06-04 14:32", dt.date(2019, 6, 4)),
        ("Published: 4 June 2019", dt.date(2019, 6, 4)),
        ("Iran met Hamas on June 4, 2019", None),
    ],
)
def test_dates_date_only_lines(line, expected):
    assert parse_date_line(line) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2013-04-12", dt.date(2013, 4, 12)),
        ("20130412", dt.date(2013, 4, 12)),
        ("2013-04-12T10:00:00Z", dt.date(2013, 4, 12)),
        ("April 12, 2013", dt.date(2013, 4, 12)),
        ("yesterday", None),
        ("2013-02-30", None),
    ],
)
def test_dates_parse_date_forms(value, expected):
    assert parse_date(value) == expected


def test_dates_year_hint_from_url_or_file_name():
    assert year_hint("https://x.example/2012/02/24/slug") == dt.date(2012, 2, 24)
    assert year_hint("samples/2021-05-21-gaza.txt") == dt.date(2021, 5, 21)
    assert year_hint("no-date-here") is None
