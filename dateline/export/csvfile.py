"""The timeline as a flat CSV: one row per timeline entry, lists joined with "; ".

Plain UTF-8 (no byte-order mark), RFC 4180 quoting by the csv module, so spreadsheets and
`pandas.read_csv` load it without edits; text cells that a spreadsheet would run as a formula
get a leading single quote (`output.cell`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Iterator

from ..fuse.query import Filters
from .clusters import entry_pages
from .output import LIST_SEPARATOR, csv_rows, distinct, evidence, text_output

if TYPE_CHECKING:
    from ..store.sqlite import SQLiteStore

COLUMNS = ("event_id", "date", "date_precision", "dated_by", "type", "mode", "place", "actors",
           "targets", "summary", "independent_sources", "first_reported", "confidence",
           "modes", "outlets", "source_articles", "evidence", "summary_evidence")


def row(entry: dict[str, Any]) -> dict[str, Any]:
    sources = entry["sources"]
    cited = entry.get("summary_source")
    return {**{c: entry.get(c) for c in COLUMNS},
            "modes": LIST_SEPARATOR.join(f"{m}={n}" for m, n in (entry.get("modes") or {}).items()),
            "outlets": distinct(s["outlet"] for s in sources),
            "source_articles": distinct(s["article_id"] for s in sources),
            "evidence": evidence(sources),
            "summary_evidence": evidence([cited]) if cited else None}


def rows(store: "SQLiteStore", filters: Filters) -> Iterator[dict[str, Any]]:
    for page in entry_pages(store, filters):
        yield from (row(entry) for entry in page)


def write(store: "SQLiteStore", path: str, filters: Filters) -> int:
    with text_output(path) as handle:
        return csv_rows(handle, COLUMNS, rows(store, filters))
