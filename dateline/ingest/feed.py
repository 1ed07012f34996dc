"""RSS and Atom feeds: one unit per entry, parsed with feedparser from bytes (never fetched)."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator, Mapping
from typing import Any

from ..dedup.fingerprint import raw_hash
from ..model import RawDocument, Rejection
from .decode import message, normalize_newlines
from .fields import split_authors
from .html import fragment_to_text, looks_like_html


def _body(entry: Mapping[str, Any]) -> str:
    """The fullest body an entry offers (content, else summary), as plain text."""
    candidates: list[tuple[str, str]] = []
    for content in entry.get("content") or []:
        candidates.append((str(content.get("value") or ""), str(content.get("type") or "")))
    detail = entry.get("summary_detail") or {}
    candidates.append((str(entry.get("summary") or ""), str(detail.get("type") or "")))
    for value, kind in candidates:
        value = normalize_newlines(value)
        if not value.strip():
            continue
        if "html" in kind or looks_like_html(value):
            value = fragment_to_text(value)
        if value.strip():
            return value.strip()
    return ""


def _authors(entry: Mapping[str, Any]) -> list[str]:
    names = [str(a.get("name")) for a in entry.get("authors") or [] if a.get("name")]
    return split_authors(names) if names else split_authors(entry.get("author"))


def entry_meta(entry: Mapping[str, Any], outlet: str | None) -> dict[str, Any]:
    """Title, published (as written in the feed), url, outlet, authors of one entry."""
    meta: dict[str, Any] = {
        "title": normalize_newlines(str(entry.get("title") or "")).strip(),
        "published": str(entry.get("published") or entry.get("updated") or "").strip(),
        "url": str(entry.get("link") or "").strip(),
        "outlet": outlet,
        "authors": _authors(entry),
    }
    return {key: value for key, value in meta.items() if value}


def read_feed(source_path: str, data: bytes) -> Iterator[RawDocument | Rejection]:
    """One RawDocument per entry (locator "entry N"); E009 when the feed cannot be parsed."""
    import feedparser

    # a file-like object: feedparser fetches anything that looks like a URL, never this
    parsed = feedparser.parse(io.BytesIO(data), resolve_relative_uris=False)
    entries = parsed.get("entries") or []
    if not entries:
        problem = parsed.get("bozo_exception") if parsed.get("bozo") else None
        detail = str(problem) if problem else "it holds no entries"
        yield Rejection(source_path, "E009", message("E009", detail=detail))
        return
    bodies = [_body(entry) for entry in entries]
    if parsed.get("bozo") and not any(bodies):
        # feedparser salvages fragments from broken XML; with no text in any of them the
        # feed itself is the problem, not its entries
        detail = str(parsed.get("bozo_exception") or "unreadable XML")
        yield Rejection(source_path, "E009", message("E009", detail=detail))
        return
    outlet = str(parsed.get("feed", {}).get("title") or "").strip() or None
    for number, (entry, text) in enumerate(zip(entries, bodies), start=1):
        locator = f"entry {number}"
        raw = json.dumps(entry, ensure_ascii=False, default=str)
        if not text:
            detail = "the entry has neither content nor a summary"
            yield Rejection(source_path, "E006", message("E006", detail=detail), locator)
            continue
        yield RawDocument(source_path=source_path, format="feed", raw=raw, text=text,
                          locator=locator, meta=entry_meta(entry, outlet), raw_hash=raw_hash(raw))
