"""Cleaning stage: RawDocument -> Article (boilerplate removed, metadata read)."""

from __future__ import annotations

from ..config import Options
from ..dedup.fingerprint import article_id
from ..errors import InputError
from ..model import Article, RawDocument
from .boilerplate import Line, body_paragraphs, label_lines, split_lines, squash
from .words import wire_name
from .metadata import (find_authors, find_outlet, find_published, find_title, find_wire,
                       outlet_for, split_date_marker, split_dateline)

__all__ = ["clean_document"]


def _meta_str(meta: object, key: str) -> str | None:
    value = meta.get(key) if hasattr(meta, "get") else None  # type: ignore[union-attr]
    return squash(str(value)) if value not in (None, "") else None


def clean_document(raw: RawDocument, options: Options) -> Article:
    """Remove boilerplate from `raw.text` and read its metadata; raise E006 if no body is left."""
    today = options.reference_day()
    meta = raw.meta or {}
    lines = split_lines(raw.text)
    labels: dict[int, str] = {}
    removed_marker: list[str] = []
    marker = None
    if lines:
        split = split_date_marker(lines[0].text)
        if split:
            evidence, date, rest = split
            marker = (evidence, date)
            removed_marker.append(evidence)
            if rest:
                lines[0] = Line(rest, lines[0].block)
            else:
                lines.pop(0)
    meta_title = _meta_str(meta, "title")
    title_index = find_title(lines, meta_title)
    if title_index is not None:
        labels[title_index] = "title"
    labels = label_lines(lines, labels, today)
    paragraphs = body_paragraphs(lines, labels)

    dateline = agency = None
    if paragraphs:
        split_first = split_dateline(paragraphs[0])
        if split_first:
            dateline, agency, paragraphs[0] = split_first
    text = "\n\n".join(p for p in paragraphs if p.strip())
    if not text.strip():
        raise InputError.make("E006", path=raw.source_path, locator=raw.locator, stage="clean",
                              detail="nothing left after cleaning")

    published, note = find_published(lines, labels, marker, meta, today)
    authors = tuple(str(a).strip() for a in meta.get("authors") or () if str(a).strip()) \
        or find_authors(lines, labels)
    meta_wire = _meta_str(meta, "wire")
    title = meta_title or (squash(lines[title_index].text) if title_index is not None else None)
    return Article(
        id=article_id(text),
        text=text,
        title=title,
        published=published.iso if published else None,
        published_precision=published.precision if published else None,
        published_evidence=published.evidence if published else note,
        # the text's own outlet line, else the URL's domain (HTML pages, feeds, dumps alike)
        outlet=_meta_str(meta, "outlet") or find_outlet(lines, labels)
        or outlet_for(None, _meta_str(meta, "url")),
        wire=(wire_name(meta_wire) or meta_wire) if meta_wire
        else find_wire(lines, labels, paragraphs, agency),
        authors=authors,
        dateline=dateline,
        url=_meta_str(meta, "url"),
        source_path=raw.source_path,
        locator=raw.locator,
        format=raw.format,
        raw=raw.raw,
        removed=tuple(removed_marker) + tuple(lines[i].text for i, label in sorted(labels.items())
                                               if label != "title"),
    )
