"""Dates in news text: datelines, visible dates, caption dates.

Only explicit dates are read. A month and day without a year take the year from a reference date
(the article's own date, or a date found in its URL or file name) and are never put after it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

__all__ = ["DateMatch", "find_dates", "parse_date", "parse_dateline", "year_hint"]

_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
}  # fmt: skip
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_MDY = re.compile(rf"\b{_MONTH}\s+{_DAY}(?:\s*,?\s+{_YEAR})?\b", re.IGNORECASE)
_DMY = re.compile(rf"\b{_DAY}\s+{_MONTH}(?:\s*,?\s*{_YEAR})?\b", re.IGNORECASE)
_ISO = re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)(?!\d)")
_COMPACT = re.compile(r"^(?P<year>(?:19|20)\d\d)(?P<month>[01]\d)(?P<day>[0-3]\d)$")

# "BEIRUT, June 4 (Agency) -", "GAZA CITY, Feb. 24 —", "WASHINGTON (AP) —"
_DATELINE = re.compile(
    r"^\s*(?P<place>[A-Z][A-Z .'\-]{1,40}(?:,\s*[A-Z][A-Za-z .]{1,30})?)\s*,\s*"
    r"(?P<date>[A-Za-z]{3,9}\.?\s+[0-3]?\d(?:\s*,\s*(?:19|20)\d\d)?)"
    r"\s*(?:\([^)]{1,40}\))?\s*[-–—:]+\s*"
)
# A line that is only a date, optionally with a time: "June 4, 2019 14:32", "2019-06-04 14:32"
_DATE_LINE = re.compile(
    r"^\s*(?:(?:published|updated|posted)\s*:?\s*)?(?:[A-Za-z]+day,?\s+)?"
    r"(?P<date>[A-Za-z]{3,9}\.?\s+[0-3]?\d\s*,?\s*(?:19|20)\d\d|[0-3]?\d\s+[A-Za-z]{3,9}\.?\s+"
    r"(?:19|20)\d\d|(?:19|20)\d\d-[01]\d-[0-3]\d)"
    r"(?:[ T,]+(?:at\s+)?[0-2]?\d[:.][0-5]\d(?::\d\d)?\s*(?:[ap]\.?m\.?)?\s*"
    r"(?:[A-Z]{2,4}|GMT[+-]?\d*)?)?\s*$",
    re.IGNORECASE,
)
_URL_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)[/_-]([01]\d)[/_-]([0-3]\d)(?!\d)")


@dataclass(frozen=True, slots=True)
class DateMatch:
    """A date found in text, with its character span and whether the year was written."""

    date: dt.date
    start: int
    end: int
    has_year: bool


def _make(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _resolve(month: int, day: int, year: int | None, reference: dt.date | None) -> dt.date | None:
    if year is not None:
        return _make(year, month, day)
    if reference is None:
        return None
    found = _make(reference.year, month, day)
    if found is not None and found > reference:
        found = _make(reference.year - 1, month, day)
    return found


def find_dates(text: str, *, reference: dt.date | None = None) -> list[DateMatch]:
    """Find explicit calendar dates in text ("May 3, 2021", "3 May 2021", "2021-05-03", "May 3").

    reference (date | None): completes dates written without a year (never after the reference).
    RETURNS (list[DateMatch]) in text order, overlapping matches removed.
    """
    found: list[DateMatch] = []
    taken: list[tuple[int, int]] = []
    for pattern in (_ISO, _MDY, _DMY):
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            month_raw = m.group("month")
            month = int(month_raw) if month_raw.isdigit() else _MONTHS[month_raw.lower()]
            year = int(m.group("year")) if m.group("year") else None
            date = _resolve(month, int(m.group("day")), year, reference)
            if date is None:
                continue
            found.append(DateMatch(date, m.start(), m.end(), year is not None))
            taken.append((m.start(), m.end()))
    return sorted(found, key=lambda d: d.start)


def parse_date(value: str | dt.date | None) -> dt.date | None:
    """Parse a date given as ISO ``YYYY-MM-DD`` (time allowed), ``YYYYMMDD`` or words.

    RETURNS (date | None): None when the value holds no complete date.
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    compact = _COMPACT.match(text)
    if compact:
        return _make(int(compact["year"]), int(compact["month"]), int(compact["day"]))
    dates = [d for d in find_dates(text) if d.has_year]
    return dates[0].date if dates else None


def parse_dateline(text: str, *, reference: dt.date | None = None) -> tuple[dt.date | None, int]:
    """Read a dateline at the start of a paragraph: "BEIRUT, June 4 (Agency) -".

    RETURNS (tuple[date | None, int]): the date (None if absent or yearless without a reference)
    and the length of the dateline prefix (0 when the text does not start with one).
    """
    m = _DATELINE.match(text)
    if not m:
        return None, 0
    dates = find_dates(m.group("date"), reference=reference)
    return (dates[0].date if dates else None), m.end()


def parse_date_line(line: str) -> dt.date | None:
    """A line that is only a date and maybe a time ("June 4, 2019 14:32"). RETURNS date | None."""
    m = _DATE_LINE.match(line)
    return parse_date(m.group("date")) if m else None


def year_hint(*texts: str) -> dt.date | None:
    """A date written in a URL or file name ("/2012/02/24/", "2012-02-24-slug.txt")."""
    for text in texts:
        m = _URL_DATE.search(text or "")
        if m:
            date = _make(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            if date:
                return date
    return None
