"""HTML news pages → Article: main text through trafilatura, captions kept, boilerplate gone.

Steps (not a stable API):
1. Parse the page with lxml; take every ``<figcaption>`` (without its credit) as a caption
   segment, with its own date when it states one, and remove the figure.
2. Remove page furniture whose class or id marks it (share bars, promos, related lists …) unless
   it holds the article itself.
3. Let trafilatura find the main text and the metadata (title, description, author, date).
4. Drop boilerplate paragraphs that survive inside the article (appeals, paywall pitches …).
5. Date: page metadata (never later than today, never from a script), else the dateline or a
   visible date near the top of the article; otherwise None and a warning.
"""

from __future__ import annotations

import datetime as dt
import re
import warnings

import lxml.html
import trafilatura
from lxml import etree

from entente.errors import InputError
from entente.ingest.boilerplate import rules
from entente.ingest.dates import find_dates, parse_date, parse_date_line, parse_dateline, year_hint
from entente.model import Article

__all__ = ["read_html"]

_CREDIT_TAIL = re.compile(
    r"[\s(|–—-]*\b(photo|picture|image|credit|photograph)s?\s*(:|by\b).*$", re.IGNORECASE
)
_IMAGE_LINE = re.compile(r"^!\[.*\]\(.*\)$")
_WS = re.compile(r"\s+")


def _text_of(element: lxml.html.HtmlElement) -> str:
    return _WS.sub(" ", element.text_content()).strip()


def _class_and_id(element: lxml.html.HtmlElement) -> str:
    return f"{element.get('class', '')} {element.get('id', '')}"


def _take_captions(tree: lxml.html.HtmlElement) -> list[str]:
    captions = []
    for caption in tree.iter("figcaption"):
        for child in list(caption.iter()):
            if child is not caption and rules().is_boilerplate_element(_class_and_id(child)):
                child.drop_tree()
        text = _CREDIT_TAIL.sub("", _text_of(caption)).strip()
        if text:
            captions.append(text)
    for figure in list(tree.iter("figure")):
        figure.drop_tree()
    return captions


def _holds_article(element: lxml.html.HtmlElement) -> bool:
    if element.tag in ("article", "main", "body", "html"):
        return True
    paragraphs = [p for p in element.iter("p") if len(_text_of(p)) > 80]
    return len(paragraphs) >= 3 or next(element.iter("h1"), None) is not None


def _drop_furniture(tree: lxml.html.HtmlElement) -> None:
    doomed = [
        el
        for el in tree.iter()
        if isinstance(el.tag, str)
        and el.tag not in ("head", "meta", "title", "script", "link")
        and rules().is_boilerplate_element(_class_and_id(el))
        and not _holds_article(el)
    ]
    for el in doomed:
        if el.getparent() is not None:
            el.drop_tree()
    for el in list(tree.iter("nav", "aside", "footer", "form", "button")):
        if el.getparent() is not None and not _holds_article(el):
            el.drop_tree()


def _extract(tree: lxml.html.HtmlElement, today: dt.date) -> dict[str, object]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        doc = trafilatura.bare_extraction(
            tree,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            include_images=False,
            favor_precision=False,
            date_extraction_params={
                "extensive_search": False,
                "original_date": True,
                "max_date": today.isoformat(),
            },
        )
    if doc is None:
        return {}
    return doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)


def _body_lines(raw: str, title: str | None) -> list[str]:
    lines = []
    for line in (raw or "").splitlines():
        line = line.strip()
        if not line or _IMAGE_LINE.match(line):
            continue
        if title and line.casefold() == title.casefold():
            continue
        if rules().is_boilerplate_line(line):
            continue
        lines.append(line)
    return lines


def _visible_date(tree: lxml.html.HtmlElement, today: dt.date) -> dt.date | None:
    for el in tree.iter("time"):
        date = parse_date(el.get("datetime")) or parse_date(_text_of(el))
        if date and date <= today:
            return date
    article = next(tree.iter("article"), tree)
    head = _text_of(article)[:400]
    for match in find_dates(head):
        if match.has_year and match.date <= today:
            return match.date
    return None


def read_html(
    html: str | bytes,
    *,
    source: str,
    id: str | None = None,
    date: dt.date | None = None,
    today: dt.date | None = None,
) -> Article:
    """Read one HTML news page.

    html (str | bytes): the page. source (str): its URL or path (errors name it).
    id (str | None): article id (default: ``source``). date (date | None): a trusted date given
    with the page (a JSONL record's), which wins over what the page says.
    today (date | None): the latest admissible date (default: today).
    RETURNS (Article). Raises InputError when the page holds no article text.
    """
    today = today or dt.date.today()
    try:
        tree = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError) as exc:
        raise InputError(source, f"not an HTML page ({exc})") from None
    captions = _take_captions(tree)
    _drop_furniture(tree)
    visible = _visible_date(tree, today)
    meta = _extract(tree, today)
    title = (str(meta.get("title") or "") or None) and _WS.sub(" ", str(meta["title"])).strip()
    lines = _body_lines(str(meta.get("text") or ""), title)
    if not lines:
        raise InputError(source, "no article text found in the page")
    warnings_: list[str] = []
    line_date = parse_date_line(lines[0])
    if line_date and len(lines) > 1:
        lines.pop(0)
        visible = visible or (line_date if line_date <= today else None)
    dateline_date, cut = parse_dateline(
        lines[0],
        reference=date
        or parse_date(str(meta.get("date") or ""))
        or visible
        or year_hint(source, str(meta.get("url") or ""))
        or today,
    )
    dateline = lines[0][:cut].strip() if cut else ""
    if cut:
        lines[0] = lines[0][cut:].strip()
    published, date_source = date, "record" if date else None
    if published is None:
        meta_date = parse_date(str(meta.get("date") or ""))
        if meta_date and meta_date <= today:
            published, date_source = meta_date, "metadata"
        elif visible:
            published, date_source = visible, "metadata"
        elif dateline_date:
            published, date_source = dateline_date, "dateline"
    if published is None:
        warnings_.append("no publication date found")
    return _assemble(
        id=id or source,
        source=str(meta.get("url") or "") or source,
        title=title,
        subtitle=str(meta.get("description") or "") or None,
        author=str(meta.get("author") or "") or None,
        published=published,
        date_source=date_source,
        dateline=dateline,
        body=lines,
        captions=captions,
        warnings=tuple(warnings_),
    )


def _assemble(
    *,
    id: str,
    source: str,
    title: str | None,
    subtitle: str | None,
    author: str | None,
    published: dt.date | None,
    date_source: str | None,
    dateline: str,
    body: list[str],
    captions: list[str],
    warnings: tuple[str, ...],
) -> Article:
    """Build the article text and segments from the parts of a page (shared by all readers)."""
    parts: list[tuple[str, str, dt.date | None]] = [
        ("title", title or "", None),
        ("subtitle", subtitle or "", None),
        ("dateline", dateline, None),
    ]
    parts += [("body", line, None) for line in body]
    for caption in captions:
        parts.append(("caption", caption, caption_date(caption, published)))
    if subtitle and body and subtitle.strip() == body[0].strip():
        parts = [p for p in parts if p[0] != "subtitle"]
    return Article.from_parts(
        id=id,
        parts=parts,
        source=source,
        title=title,
        subtitle=subtitle,
        author=author,
        published=published,
        date_source=date_source,
        warnings=warnings,
    )


def caption_date(caption: str, published: dt.date | None) -> dt.date | None:
    """The date a caption states for its picture; never later than the article's own date."""
    for match in find_dates(caption, reference=published):
        if (published is None or match.date <= published) and (
            match.has_year or published is not None
        ):
            return match.date
    return None
