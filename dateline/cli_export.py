"""The `dateline export` command: parse options, call `dateline.export.write_format`, report.

Thin: formats, columns and rules live in `dateline/export/`. The count line goes to stderr, so
`-o -` keeps stdout for the data.
"""

from __future__ import annotations

import sqlite3
from typing import Optional

import typer

from .cli_fuse import (EXIT_ERROR, EXIT_USAGE, DbOption, FromOption, ToOption, _fail, _filters,
                       err, open_store)
from .errors import DatelineError


def export(fmt: str = typer.Option(..., "--format", "-f", help="acled, plover, geojson, "
                                   "parquet, csv or json."),
           output: str = typer.Option(..., "--output", "-o", help="File to write (a folder for "
                                      "parquet; - for stdout)."),
           db: str = DbOption, date_from: Optional[str] = FromOption,
           date_to: Optional[str] = ToOption,
           story: Optional[str] = typer.Option(None, "--story", help="Only this story."),
           query: Optional[str] = typer.Option(None, "--query", help="Words the evidence "
                                               "must contain."),
           event_type: Optional[list[str]] = typer.Option(None, "--type",
                                                          help="PLOVER type(s)."),
           mode: Optional[list[str]] = typer.Option(None, "--mode", help="asserted, claimed, "
                                                    "denied, disputed, planned, "
                                                    "hypothetical.")) -> None:
    """Export the record as ACLED CSV, PLOVER JSONL, GeoJSON, Parquet, CSV or JSON."""
    from .export import ExportError, check_format, write_format

    try:
        fmt = check_format(fmt)
    except ExportError as error:
        _fail(error.with_hint(), EXIT_USAGE)
    filters = _filters(date_from, date_to, story=story, query=query, types=event_type,
                       modes=mode)
    with open_store(db) as store:
        try:
            count = write_format(store, fmt, output, filters)
        except ExportError as error:
            _fail(error.with_hint(), EXIT_USAGE)
        except DatelineError as error:
            _fail(error.with_hint(), EXIT_ERROR)
        except sqlite3.Error as error:
            _fail(f"{db}: [E024] The store cannot be used: {error}.", EXIT_ERROR)
    noun = "event" if count == 1 else "events"
    err.print(f"exported {count} {noun} to {output} ({fmt})", markup=False)


def register(app: typer.Typer) -> None:
    app.command()(export)
