"""Exports: the record in the formats analysts already use.

`FORMATS` is the table of format name -> (module, what it writes); each module has
`write(store, path, filters) -> int`, the number of events (clusters) it wrote, and writes
row by row from paged reads, so memory stays flat with store size. `write_format` is the one
entry point the CLI calls: it checks the request, then runs the writer inside one read
snapshot of the store.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Callable

from ..fuse.query import Filters
from ..store import exports as export_store
from .output import ExportError, error

if TYPE_CHECKING:
    from ..store.sqlite import SQLiteStore

Writer = Callable[["SQLiteStore", str, Filters], int]

FORMATS: dict[str, tuple[str, str]] = {
    "acled": ("acled", "ACLED-style CSV, one row per event ACLED would record"),
    "plover": ("plover", "PLOVER JSON Lines, one event object per event cluster"),
    "geojson": ("geojson", "GeoJSON FeatureCollection of located events ([lon, lat] points)"),
    "parquet": ("parquet", "a folder of Parquet tables (articles, events, facts)"),
    "csv": ("csvfile", "the timeline as a flat CSV"),
    "json": ("jsonfile", "timeline JSON Lines; a .json path gets one JSON document"),
}

__all__ = ["FORMATS", "ExportError", "check_format", "writer", "write_format"]


def check_format(fmt: str) -> str:
    """The format name, normalized; ExportError (E060) when unknown."""
    name = fmt.strip().lower()
    if name not in FORMATS:
        raise error("E060", None, f"Unknown export format {fmt!r}; known formats: "
                    f"{', '.join(FORMATS)}.", "Pass one of them to --format.")
    return name


def writer(fmt: str) -> Writer:
    module = importlib.import_module(f"{__name__}.{FORMATS[check_format(fmt)][0]}")
    return module.write  # type: ignore[no-any-return]


def write_format(store: "SQLiteStore", fmt: str, path: str,
                 filters: Filters = Filters()) -> int:
    """Write the store's record selected by `filters` to `path` in `fmt`; the events written."""
    write = writer(fmt)
    if filters.story is not None and not export_store.has_table(store, "story_members"):
        raise error("E063", store.path, "This store has no stories yet, so --story selects "
                    "nothing.", "Run `dateline fuse` to build stories, or drop --story.")
    with export_store.snapshot(store):
        return write(store, path, filters)
