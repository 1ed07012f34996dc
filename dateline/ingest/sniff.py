"""Choose a reader for a file: by its first bytes when they are telling, else by its extension."""

from __future__ import annotations

import codecs
import json
import re
from pathlib import Path

HEAD_BYTES = 8192

EXTENSIONS: dict[str, str] = {
    ".txt": "text", ".text": "text", ".md": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html", ".shtml": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".jsonlines": "jsonl", ".json": "json",
    ".csv": "csv", ".tsv": "tsv", ".tab": "tsv",
    ".rss": "feed", ".atom": "feed", ".xml": "feed", ".rdf": "feed",
}

# Formats we recognise but cannot read: their magic bytes and a name for the message.
UNSUPPORTED_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive (or DOCX/XLSX/EPUB)"),
    (b"\x1f\x8b", "gzip archive"),
    (b"\x89PNG", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"),
    (b"\xd0\xcf\x11\xe0", "legacy Microsoft Office document"),
    (b"{\\rtf", "RTF document"),
)

_FEED = re.compile(rb"<(?:rss|feed|rdf:rdf)[\s>]", re.IGNORECASE)
_HTML = re.compile(rb"<(?:!doctype\s+html|html|head|body|meta|title|div|p|article|script)[\s>/]",
                   re.IGNORECASE)
_TABLE_TEXT_COLUMNS = re.compile(r"^(?:text|body|content|article|story|maintext|article_text)$",
                                 re.IGNORECASE)


def unsupported(head: bytes) -> str | None:
    """The name of a known non-text format `head` starts with, or None."""
    for magic, name in UNSUPPORTED_MAGIC:
        if head.startswith(magic):
            return name
    return None


def _strip_start(head: bytes) -> bytes:
    head = head.removeprefix(codecs.BOM_UTF8)
    return head.lstrip()


def _looks_tabular(head: bytes) -> str | None:
    """"csv" or "tsv" when the first line is a header naming an article-text column."""
    first = head.split(b"\n", 1)[0].decode("utf-8", "replace").strip("\r")
    for delimiter, fmt in (("\t", "tsv"), (",", "csv"), (";", "csv")):
        cells = [cell.strip().strip('"') for cell in first.split(delimiter)]
        if len(cells) >= 2 and any(_TABLE_TEXT_COLUMNS.match(cell) for cell in cells):
            return fmt
    return None


def _json_kind(start: bytes) -> str | None:
    """"jsonl" when the first line is a JSON object, "json" for a list or a multi-line object."""
    if re.match(rb"\[\s*[{\]]", start):
        return "json"
    first = start.split(b"\n", 1)[0].strip()
    truncated = len(start) >= HEAD_BYTES - 64
    if first.startswith(b"{") and len(first) == len(start.strip()) and truncated:
        return "jsonl"  # a first line longer than the head we read: assume one object per line
    try:
        if isinstance(json.loads(first), dict):
            return "jsonl"
    except ValueError:
        pass
    return "json" if re.match(rb'\{\s*"', start) else None


def sniff_content(head: bytes) -> str | None:
    """The format the first bytes of a file announce ("feed", "html", "json", "jsonl"), or None."""
    start = _strip_start(head)
    if start.startswith(b"<"):
        window = start[:4096]
        if _FEED.search(window) and not re.search(rb"<html[\s>]", window, re.IGNORECASE):
            return "feed"
        return "html" if _HTML.search(window) else None
    if start.startswith((b"[", b"{")):
        return _json_kind(start)
    return None


def choose_format(path: Path, head: bytes) -> str:
    """The reader for `path`: text, html, json, jsonl, csv, tsv or feed."""
    by_extension = EXTENSIONS.get(path.suffix.lower())
    if by_extension in ("csv", "tsv"):
        return by_extension
    by_content = sniff_content(head)
    if by_content is not None:
        # HTML saved as .txt, a feed saved as .xml or .html, JSON lines without an extension
        return by_content
    if by_extension in (None, "text"):
        return _looks_tabular(_strip_start(head)) or "text"
    return by_extension
