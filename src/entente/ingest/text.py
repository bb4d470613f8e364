"""Plain-text news reports → Article.

The first non-empty line is the title, unless nothing follows it or the next line goes on in
lower case (a sentence or a wrapped paragraph saved to a file is all body). A date comes from a
line that is only a date ("June 4, 2019 14:32") or a dateline opening the first paragraph
("BEIRUT, June 4 (Agency) -"); a dateline without a year takes it from a date in the file name or
URL. Boilerplate lines left over from a page dump ("Subscribe now", "Related content:", "Share
this article") are dropped. Character references left in plain text by a feed or a
double-escaping CMS ("AT&amp;T", "&quot;") are decoded first.
"""

from __future__ import annotations

import datetime as dt
import html
import re

from entente.errors import InputError
from entente.ingest.boilerplate import rules
from entente.ingest.dates import parse_date_line, parse_dateline, year_hint
from entente.ingest.html import _assemble
from entente.model import Article

__all__ = ["clean_text", "read_text"]

_BLANK = re.compile(r"\n\s*\n")
_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_INVISIBLE = str.maketrans({"\u00a0": " ", "\u200b": None, "\ufeff": None, "\u00ad": None})


def clean_text(text: str) -> str:
    """Plain text as a reader sees it: HTML character references decoded ("&amp;" → "&"),
    no-break spaces made plain, zero-width spaces, byte-order marks and soft hyphens removed."""
    if "&" in text and _ENTITY.search(text):
        text = html.unescape(text)
    return text.translate(_INVISIBLE)


_BULLET = re.compile(r"^\s*[-•*–—·]\s+")


def _paragraphs(text: str) -> list[str]:
    """Paragraphs (blank-line separated, lines joined) without boilerplate lines; the bullet
    items of a boilerplate list ("Related content:" then "- …" lines) go with their header."""
    paragraphs = []
    for block in _BLANK.split(text.replace("\r\n", "\n")):
        kept: list[str] = []
        in_list = False
        for line in (ln.strip() for ln in block.splitlines()):
            if not line or (in_list and _BULLET.match(line)):
                continue
            in_list = False
            if rules().is_boilerplate_line(line):
                in_list = line.endswith(":") or not kept
                continue
            kept.append(line)
        if kept:
            paragraphs.append(" ".join(kept))
    return paragraphs


def read_text(
    text: str,
    *,
    source: str,
    id: str | None = None,
    title: str | None = None,
    date: dt.date | None = None,
    today: dt.date | None = None,
) -> Article:
    """Read a plain-text report.

    title (str | None): given title; when None the first line is the title.
    date (date | None): a trusted date (a JSONL record's); otherwise read from the text.
    RETURNS (Article). Raises InputError when there is no text.
    """
    today = today or dt.date.today()
    lines = [ln.strip() for ln in clean_text(text).strip().splitlines()]
    # The first line is the title when text follows it (a file of one line, such as a sentence
    # saved to a file, is all body) and the next line does not go on in lower case (the first
    # line of a paragraph wrapped over several lines is no title).
    rest = _paragraphs("\n".join(lines[1:])) if title is None and lines else []
    if rest and not lines[1][:1].islower():
        title, lines, paragraphs = lines[0], lines[1:], rest
    else:
        paragraphs = _paragraphs("\n".join(lines))
    if not paragraphs:
        raise InputError(source, "no text")
    published, date_source = date, "record" if date else None
    reference = date or year_hint(source) or today
    for line in [ln for ln in lines if ln][:4]:
        line_date = parse_date_line(line)
        if line_date:
            if published is None and line_date <= today:
                published, date_source = line_date, "dateline"
            break
    dateline_date, cut = parse_dateline(paragraphs[0], reference=published or reference)
    dateline = paragraphs[0][:cut].strip() if cut else ""
    if cut:
        paragraphs[0] = paragraphs[0][cut:].strip()
        if published is None and dateline_date and dateline_date <= today:
            has_year_hint = year_hint(source) is not None or re.search(r"\d{4}", dateline)
            if has_year_hint:
                published, date_source = dateline_date, "dateline"
    warnings = () if published else ("no publication date found",)
    return _assemble(
        id=id or source,
        source=source,
        title=title,
        subtitle=None,
        author=None,
        published=published,
        date_source=date_source,
        dateline=dateline,
        body=[p for p in paragraphs if p],
        captions=[],
        warnings=warnings,
    )
