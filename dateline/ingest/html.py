"""HTML pages: the article body and metadata, extracted offline with trafilatura."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

from ..dedup.fingerprint import raw_hash
from ..model import RawDocument, Rejection
from .decode import message, normalize_newlines
from .fields import split_authors

# Publication-date markup, most specific first; the string is passed on exactly as found.
_PUBLISHED_XPATHS = (
    '//meta[@property="article:published_time"]/@content',
    # "og:article:published_time", "bt:published_time", "sailthru.published_time", ...
    ('//meta[contains(@property, "published_time") or contains(@name, "published_time")'
     ' or contains(@itemprop, "published_time")]/@content'),
    '//meta[@itemprop="datePublished"]/@content',
    ('//meta[@name="pubdate" or @name="publishdate" or @name="publish-date" or @name="date"'
     ' or @name="dc.date.issued" or @name="DC.date.issued" or @name="dcterms.created"'
     ' or @name="sailthru.date" or @name="parsely-pub-date"]/@content'),
    '//time[@itemprop="datePublished"]/@datetime',
    '//time[@pubdate]/@datetime',
)
# Time stamps without a publication mark: used only when they agree with the page's date.
_GENERIC_STAMPS = ('//time/@datetime', '//meta[@name="date" or @property="date"]/@content')
_JSONLD_PUBLISHED = re.compile(r'"datePublished"\s*:\s*"([^"]{4,40})"')
_BLOCKS = ("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "tr",
           "section", "article", "header", "footer", "figure", "figcaption", "table", "ul", "ol",
           "dd", "dt", "address")
_TAG = re.compile(r"<\s*(?:p|br|div|span|a|b|i|em|strong|h[1-6]|ul|ol|li|blockquote|img|figure"
                  r"|table|section|article)\b[^>]*>", re.IGNORECASE)
_BLANK_RUN = re.compile(r"\n[ \t]*(?:\n[ \t]*)+")
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")
# A page whose every extracted line is shorter than this (menus, link lists) holds no article.
MIN_SENTENCE_WORDS = 6


def looks_like_html(text: str) -> bool:
    """True when `text` carries HTML markup (a body field from a scraper, a feed summary)."""
    return bool(_TAG.search(text))


def fragment_to_text(fragment: str) -> str:
    """HTML fragment to plain text, one paragraph per block element, blank line between."""
    import lxml.html
    from lxml import etree

    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return fragment.strip()
    etree.strip_elements(root, "script", "style", with_tail=False)
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        if element.tag == "br":
            element.tail = "\n" + (element.tail or "")
        elif element.tag in _BLOCKS:
            element.text = "\n\n" + (element.text or "")
            element.tail = "\n\n" + (element.tail or "")
    text = normalize_newlines(root.text_content())
    paragraphs = (line.strip() for line in _BLANK_RUN.split(text))
    return "\n\n".join(part for part in paragraphs if part)


def _published_as_found(tree: Any, page: str) -> str | None:
    for xpath in _PUBLISHED_XPATHS:
        values = [str(value).strip() for value in tree.xpath(xpath) if str(value).strip()]
        if values:
            return values[0]
    match = _JSONLD_PUBLISHED.search(page)
    return match.group(1) if match else None


def _stamps(tree: Any) -> list[str]:
    """Full time stamps in <time datetime> and date meta elements, in page order."""
    found = (str(value).strip() for xpath in _GENERIC_STAMPS for value in tree.xpath(xpath))
    return [stamp for stamp in found if _ISO_DAY.match(stamp) and len(stamp) > 10]


def _more_precise(stamps: list[str], date: str | None) -> str | None:
    """A full time stamp for `date` (a bare day from htmldate) that agrees with it, else `date`."""
    if not date or not _ISO_DAY.match(date) or len(date) > 10:
        return date
    return next((stamp for stamp in stamps if stamp.startswith(date[:10])), date)


def _today(today: dt.date | None) -> dt.date:
    return today if today is not None else datetime.now(UTC).date()


def _not_future(date: str | None, today: dt.date | None) -> str | None:
    """Drop an ISO date later than `today` (None: the clock); a date in another notation is
    passed on as found."""
    if not date:
        return None
    tomorrow = (_today(today) + timedelta(days=1)).isoformat()
    # one day of slack: a page published "today" in a time zone east of UTC is not in the future
    return None if _ISO_DAY.match(date) and date[:10] > tomorrow else date


def extract_html(page: str, today: dt.date | None = None) -> tuple[str, dict[str, Any]] | None:
    """(body text, meta) of an HTML page, or None when it holds no article text; dates after
    `today` (None: the clock) are dropped."""
    import trafilatura
    from trafilatura.utils import load_html

    tree = load_html(page)
    if tree is None:
        return None
    # no URL is given, so nothing is fetched; extensive_search off keeps htmldate from picking
    # up copyright years or "today" from the page text and reporting them as publication dates
    date_params = {"extensive_search": False, "original_date": True,
                   "max_date": _today(today).isoformat()}
    found_raw = _published_as_found(tree, page)
    stamps = _stamps(tree)  # read before extraction, which prunes the tree
    document = trafilatura.bare_extraction(
        tree, with_metadata=True, include_comments=False, include_tables=True,
        favor_recall=True, date_extraction_params=date_params)
    if document is None:
        return None
    data = document.as_dict() if hasattr(document, "as_dict") else dict(document)
    lines = [line.strip() for line in normalize_newlines(data.get("text") or "").split("\n")]
    if not any(len(line.split()) >= MIN_SENTENCE_WORDS for line in lines):
        return None
    text = "\n\n".join(line for line in lines if line)
    meta: dict[str, Any] = {
        "title": data.get("title"),
        "published": _not_future(found_raw, today)
        or _not_future(_more_precise(stamps, data.get("date")), today),
        "url": data.get("url"),
        "outlet": data.get("sitename"),
        "hostname": data.get("hostname"),
        "authors": split_authors(data.get("author") or ""),
    }
    return text, {key: value for key, value in meta.items() if value}


def read_html(source_path: str, page: str,
              today: dt.date | None = None) -> Iterator[RawDocument | Rejection]:
    """One RawDocument for an HTML page, or Rejection E007."""
    extracted = extract_html(page, today)
    if extracted is None:
        yield Rejection(source_path, "E007", message("E007"))
        return
    text, meta = extracted
    yield RawDocument(source_path=source_path, format="html", raw=page, text=text, meta=meta,
                      raw_hash=raw_hash(page))
