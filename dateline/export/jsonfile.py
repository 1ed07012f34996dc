"""JSON: the timeline as JSON Lines, exactly what `dateline timeline --json` prints; or, when
the output path ends in `.json`, one JSON document holding the selection's articles, events
(timeline entries), figures and entity mentions, streamed section by section:

    {"dateline_export": 1, "filters": {...}, "articles": [...], "events": [...],
     "figures": [...], "entities": [...]}
"""

from __future__ import annotations

import dataclasses
import json
from typing import IO, TYPE_CHECKING, Any, Iterable

from ..fuse.query import Filters
from . import facts
from .clusters import entry_pages
from .output import text_output

if TYPE_CHECKING:
    from ..store.sqlite import SQLiteStore

DOCUMENT_VERSION = 1


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _array(handle: IO[str], name: str, rows: Iterable[Any]) -> int:
    handle.write(f', "{name}": [')
    count = 0
    for row in rows:
        handle.write(("\n" if count == 0 else ",\n") + _dumps(row))
        count += 1
    handle.write("\n]")
    return count


def _entries(store: "SQLiteStore", filters: Filters) -> Iterable[dict[str, Any]]:
    for page in entry_pages(store, filters):
        yield from page


def _kind(store: "SQLiteStore", filters: Filters, kind: str) -> Iterable[dict[str, Any]]:
    return (row for k, row in facts.facts(store, filters) if k == kind)


def write_document(store: "SQLiteStore", path: str, filters: Filters) -> int:
    chosen = {k: v for k, v in dataclasses.asdict(filters).items()
              if v not in (None, (), []) and k not in ("limit", "offset")}
    with text_output(path) as handle:
        handle.write(f'{{"dateline_export": {DOCUMENT_VERSION}, "filters": {_dumps(chosen)}')
        _array(handle, "articles", facts.articles(store, filters))
        count = _array(handle, "events", _entries(store, filters))
        _array(handle, "figures", _kind(store, filters, "figures"))
        _array(handle, "entities", _kind(store, filters, "entities"))
        handle.write("}\n")
    return count


def write(store: "SQLiteStore", path: str, filters: Filters) -> int:
    if str(path).lower().endswith(".json"):
        return write_document(store, path, filters)
    count = 0
    with text_output(path) as handle:
        for entry in _entries(store, filters):
            handle.write(_dumps(entry) + "\n")
            count += 1
    return count
