"""Map the columns of a dump row (JSON object, CSV row) onto article fields, case-insensitively."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

# Field -> column names, best first. Keys are compared with case and "_- ." folded away.
ALIASES: dict[str, tuple[str, ...]] = {
    "title": ("title", "headline", "heading", "name", "head"),
    "text": ("article_text", "full_text", "fulltext", "maintext", "main_text", "body_text",
             "article_body", "articlebody", "article", "body", "content", "text", "story"),
    "summary": ("description", "summary", "abstract", "lead", "teaser", "snippet"),
    "published": ("published", "publish_date", "published_at", "date_published",
                  "date_publish", "publication_date", "pubdate", "pub_date", "date", "datetime",
                  "published_date", "time", "timestamp", "created_at", "seendate"),
    "url": ("url", "link", "href", "uri", "permalink", "canonical_url"),
    "outlet": ("source", "outlet", "publisher", "site", "sitename", "site_name", "source_name",
               "source_domain", "domain", "publication", "newspaper", "paper", "media",
               "media_outlet", "brand"),
    "authors": ("authors", "author", "byline", "creator", "creators", "writer"),
    "wire": ("wire", "agency", "news_agency", "wire_service"),
}
# Names a user may write in --map for a field, beside the field name itself.
FIELD_SYNONYMS: dict[str, str] = {
    "date": "published", "source": "outlet", "author": "authors", "link": "url",
    "headline": "title", "body": "text", "description": "summary", "byline": "authors",
}
_NESTED_NAME_KEYS = ("name", "title", "id", "domain")
_AUTHOR_SPLIT = re.compile(r"\s*(?:;|\||,|\band\b|&)\s*", re.IGNORECASE)
_BY = re.compile(r"^\s*by\s+", re.IGNORECASE)


def fold(name: str) -> str:
    """Column name folded for comparison: "Publish Date" == "publish_date" == "publishDate"."""
    return re.sub(r"[\s_\-.]+", "", name).lower()


def split_authors(value: Any) -> list[str]:
    """Author names from a string ("By A and B", "A, B", "A; B") or a list of strings/objects."""
    if value is None:
        return []
    if isinstance(value, Mapping):
        value = [value]
    if isinstance(value, (list, tuple)):
        names: list[str] = []
        for item in value:
            names.extend(split_authors(_nested_name(item) if isinstance(item, Mapping) else item))
        return names
    text = _BY.sub("", str(value)).strip()
    return [part.strip() for part in _AUTHOR_SPLIT.split(text) if part and part.strip()]


def _nested_name(value: Mapping[str, Any]) -> str | None:
    for key in _NESTED_NAME_KEYS:
        for actual, inner in value.items():
            if fold(str(actual)) == key and isinstance(inner, (str, int, float)) and str(inner):
                return str(inner)
    return None


def _as_text(value: Any) -> str | None:
    """A field value as a string: lists of paragraphs joined, objects reduced to their name."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, Mapping):
        return _nested_name(value)
    if isinstance(value, (list, tuple)):
        parts = [part for part in (_as_text(item) for item in value) if part]
        return "\n\n".join(parts) if parts else None
    text = str(value)
    return text if text.strip() else None


def resolve_columns(columns: list[str], column_map: Mapping[str, str]) -> dict[str, str]:
    """Field -> actual column name, for the columns present; --map entries win over guesses."""
    folded: dict[str, str] = {}
    for column in columns:
        folded.setdefault(fold(column), column)
    chosen: dict[str, str] = {}
    for field, column in column_map.items():
        name = FIELD_SYNONYMS.get(field.lower(), field.lower())
        actual = folded.get(fold(column))
        if actual is not None:
            chosen[name] = actual
    taken = set(chosen.values())
    for field, aliases in ALIASES.items():
        if field in chosen:
            continue
        for alias in aliases:
            actual = folded.get(fold(alias))
            if actual is not None and actual not in taken:
                chosen[field] = actual
                taken.add(actual)
                break
    return chosen


def map_record(record: Mapping[str, Any],
               column_map: Mapping[str, str]) -> tuple[str, dict[str, Any]]:
    """(body text, meta) of one dump row; the text is "" when the row has none."""
    from .decode import normalize_newlines
    from .html import fragment_to_text, looks_like_html

    chosen = resolve_columns([str(key) for key in record], column_map)
    values = {field: record.get(column) for field, column in chosen.items()}
    text = _as_text(values.get("text"))
    explicit_text = "text" in {FIELD_SYNONYMS.get(k.lower(), k.lower()) for k in column_map}
    if not (text and text.strip()) and not explicit_text:
        text = _as_text(values.get("summary"))  # a description only when there is no body
    text = normalize_newlines(text or "")
    if looks_like_html(text):
        text = fragment_to_text(text)
    meta: dict[str, Any] = {}
    for field in ("title", "published", "url", "outlet", "wire"):
        value = _as_text(values.get(field))
        if value and value.strip():
            meta[field] = normalize_newlines(value.strip())
    authors = split_authors(values.get("authors"))
    if authors:
        meta["authors"] = authors
    return text, meta
