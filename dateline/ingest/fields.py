"""Map the columns of a dump row (JSON object, CSV row) onto article fields, case-insensitively."""

from __future__ import annotations

import json
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
# bylines that name a desk or an outlet, not a person: "Staff Reporter", "For Mailonline"
_DESK = re.compile(r"\b(?:staff|reporters?|correspondents?|editors?|writers?|desk|team|"
                   r"news|online|agency|agencies|wires?)\b|^for\s", re.IGNORECASE)


def fold(name: str) -> str:
    """Column name folded for comparison: "Publish Date" == "publish_date" == "publishDate"."""
    return re.sub(r"[\s_\-.]+", "", name).lower()


def split_authors(value: Any) -> list[str]:
    """Author names from a string ("By A and B", "A, B", "A; B", a JSON list) or a list of
    strings/objects; agencies, desks ("Staff Reporter"), links and e-mails are left out."""
    if value is None:
        return []
    if isinstance(value, str) and value.strip().startswith("["):
        try:
            value = json.loads(value)
        except ValueError:
            pass
    if isinstance(value, Mapping):
        value = [value]
    if isinstance(value, (list, tuple)):
        names: list[str] = []
        for item in value:
            for name in split_authors(_nested_name(item) if isinstance(item, Mapping) else item):
                if name not in names:
                    names.append(name)
        return names
    text = _BY.sub("", str(value)).strip()
    parts = (_BY.sub("", part).strip() for part in _AUTHOR_SPLIT.split(text) if part)
    return [_person_case(part) for part in parts if _person_name(part)]


def _person_name(text: str) -> bool:
    """A person's name as a byline writes it: one to five words, a capital, no link or desk."""
    from ..clean.words import wire_name

    words = text.split()
    if not 1 <= len(words) <= 5 or re.search(r"https?:|www\.|@|\d", text):
        return False
    if not any(w[:1].isupper() for w in words) or wire_name(text) is not None:
        return False
    return not _DESK.search(text)


def _person_case(name: str) -> str:
    """ "JANE DOE" -> "Jane Doe"; other spellings as written."""
    return name.title() if name.isupper() and len(name) > 3 else name


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


# Fallback when no alias names a field: words a column name contains, best first, and words that
# rule a column out ("Date Published (UTC)" is a date, "lastModified" is not a publication date).
KEYWORDS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "title": (("headline", "title"), ("subtitle", "subheadline", "subhead", "alt", "image")),
    "text": (("body", "fulltext", "articletext", "maintext", "content", "story", "text"),
             ("title", "headline", "summary", "url", "type", "length", "count")),
    "published": (("publish", "pubdate", "pubtime", "issued", "date", "time"),
                  ("update", "modif", "edit", "crawl", "scrap", "fetch", "download", "access",
                   "retriev", "index", "seen", "expir")),
    "authors": (("author", "byline", "writer", "reporter", "journalist", "creator"),
                ("url", "id", "email", "twitter")),
    "outlet": (("publication", "publisher", "outlet", "source", "newspaper", "site", "media"),
               ("date", "time", "url", "link", "id", "type", "lang")),
    "url": (("url", "link", "permalink"), ("image", "img", "photo", "video", "thumb", "author")),
}
# A body column picked by content alone holds at least this many words.
MIN_BODY_WORDS = 25


def _leaf(column: str) -> str:
    """The last part of a flattened nested key ("meta.firstPublished" -> "firstPublished")."""
    return column.rsplit(".", 1)[-1]


def resolve_columns(columns: list[str], column_map: Mapping[str, str]) -> dict[str, str]:
    """Field -> actual column name, for the columns present; --map entries win over guesses.

    Columns may be flattened nested keys ("article.headline"): a --map entry may name the whole
    path or its last part, aliases are matched against the last part, and shallower keys win.
    """
    folded: dict[str, str] = {}
    for column in columns:
        folded.setdefault(fold(column), column)
    for column in columns:
        folded.setdefault(fold(_leaf(column)), column)
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
    for field, (wanted, unwanted) in KEYWORDS.items():
        if field in chosen:
            continue
        for word in wanted:
            actual = next((column for column in columns if column not in taken
                           and word in fold(_leaf(column))
                           and not any(bad in fold(_leaf(column)) for bad in unwanted)), None)
            if actual is not None:
                chosen[field] = actual
                taken.add(actual)
                break
    return chosen


def flatten(record: Mapping[str, Any], depth: int = 3) -> dict[str, Any]:
    """Top-level keys, then the keys of nested objects as dotted paths, shallowest first.

    A nested object stays available under its own key too ({"source": {"name": ...}} is an
    outlet); its "name"/"id"/"domain" children are not offered as columns of their own, so that
    a source's "name" is never taken for the article's title.
    """
    flat: dict[str, Any] = {}
    level: list[tuple[str, Mapping[str, Any]]] = [("", record)]
    for _ in range(depth):
        deeper: list[tuple[str, Mapping[str, Any]]] = []
        for prefix, mapping in level:
            for key, value in mapping.items():
                if prefix and fold(str(key)) in _NESTED_NAME_KEYS:
                    continue
                path = f"{prefix}{key}"
                flat.setdefault(path, value)
                if isinstance(value, Mapping):
                    deeper.append((path + ".", value))
        level = deeper
    return flat


def _longest_text_column(flat: Mapping[str, Any], taken: set[str]) -> str | None:
    """The free column holding the most words, when it is long enough to be an article body."""
    best, best_words = None, MIN_BODY_WORDS - 1
    for column, value in flat.items():
        if column in taken or not isinstance(value, str):
            continue
        words = len(value.split())
        if words > best_words:
            best, best_words = column, words
    return best


def map_record(record: Mapping[str, Any],
               column_map: Mapping[str, str]) -> tuple[str, dict[str, Any]]:
    """(body text, meta) of one dump row; the text is "" when the row has none."""
    from ..clean.metadata import host_of, outlet_for
    from .decode import normalize_newlines
    from .html import fragment_to_text, looks_like_html

    flat = flatten(record)
    # a nested object is a value only for fields an object can stand for ({"name": ...})
    objects = {key for key, value in flat.items() if isinstance(value, Mapping)}
    chosen = resolve_columns([key for key in flat if key not in objects], column_map)
    taken = set(chosen.values())
    for field, column in resolve_columns(list(flat), column_map).items():
        if field in ("outlet", "authors", "wire") and field not in chosen \
                and column not in taken:
            chosen[field] = column
            taken.add(column)
    if "text" not in chosen:
        body = _longest_text_column(flat, taken)
        if body is not None:
            chosen["text"] = body
    values = {field: flat.get(column) for field, column in chosen.items()}
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
    # a dump row names its outlet by domain ("www.dailymail.co.uk") or only in its URL
    outlet = outlet_for(meta.get("outlet"), meta.get("url"))
    if outlet and outlet != meta.get("outlet"):
        host = host_of(meta.get("outlet")) or host_of(meta.get("url"))
        if host:  # the domain still says how the outlet writes dates (day first in .co.uk)
            meta.setdefault("hostname", host)
        meta["outlet"] = outlet
    authors = split_authors(values.get("authors"))
    if authors:
        meta["authors"] = [scrub(author) for author in authors]
    return scrub(text), {key: scrub(value) if isinstance(value, str) else value
                         for key, value in meta.items()}


# JSON can spell a lone UTF-16 surrogate ("\ud800"); no UTF-8 text can hold one
_SURROGATE = re.compile("[\ud800-\udfff]")


def scrub(text: str) -> str:
    """`text` with lone surrogates replaced by U+FFFD, as a decoder replaces bad bytes."""
    return _SURROGATE.sub("\ufffd", text) if _SURROGATE.search(text) else text
