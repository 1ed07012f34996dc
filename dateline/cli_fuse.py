"""Cross-article commands: timeline, figures, stories, events, entities, quotes, search, brief.

Thin: parse options, call `dateline.fuse.query`, print. `--json` prints one JSON object per line
through the json module, straight to stdout.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any, Iterable, Optional

import typer
from rich.console import Console

from . import render_fuse as render
from .errors import DatelineError, StoreError

out = Console(highlight=False, soft_wrap=True, width=None if sys.stdout.isatty() else 160)
err = Console(stderr=True, highlight=False, soft_wrap=True)
EXIT_USAGE, EXIT_ERROR = 2, 3

DbOption = typer.Option("dateline.db", "--db", help="SQLite database file.")
JsonOption = typer.Option(False, "--json", help="One JSON object per line (a stable contract).")
FromOption = typer.Option(None, "--from", help="Earliest date, YYYY-MM-DD.")
ToOption = typer.Option(None, "--to", help="Latest date, YYYY-MM-DD.")
LimitOption = typer.Option(None, "--limit", help="At most this many rows.")


def _fail(message: str, code: int) -> None:
    err.print(f"error: {message}", markup=False)
    raise typer.Exit(code)


def open_store(db: str) -> Any:
    """The store at `db`; a missing file is a usage error (a read never creates a store)."""
    from .store.sqlite import SQLiteStore

    if not Path(db).is_file():
        _fail(f"{db}: [E022] No store at this path. Run `dateline ingest PATH --db {db}` first, "
              "or pass the --db of an existing store.", EXIT_USAGE)
    try:
        return SQLiteStore(db)
    except StoreError as error:
        _fail(str(error), EXIT_ERROR)
    except Exception as error:  # sqlite3.DatabaseError: not a database, locked ...
        _fail(f"{db}: [E013] cannot open the store: {error}", EXIT_ERROR)


def _date(value: Optional[str], flag: str) -> Optional[str]:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        _fail(f"{flag} {value!r}: expected a date as YYYY-MM-DD.", EXIT_USAGE)
    return None


def _emit(rows: Iterable[Any]) -> None:
    for row in rows:
        sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")


def _filters(date_from: Optional[str] = None, date_to: Optional[str] = None, **rest: Any) -> Any:
    from .fuse.query import Filters

    values = {k: v for k, v in rest.items() if v not in (None, [], ())}
    for key in ("types", "modes"):
        if key in values:
            values[key] = tuple(v.upper() if key == "types" else v.lower() for v in values[key])
    return Filters(date_from=_date(date_from, "--from"), date_to=_date(date_to, "--to"),
                   **values)


def timeline(db: str = DbOption, date_from: Optional[str] = FromOption,
             date_to: Optional[str] = ToOption,
             story: Optional[str] = typer.Option(None, "--story", help="Only this story."),
             query: Optional[str] = typer.Option(None, "--query", help="Words the evidence "
                                                 "must contain."),
             event_type: Optional[list[str]] = typer.Option(None, "--type",
                                                            help="PLOVER type(s)."),
             mode: Optional[list[str]] = typer.Option(None, "--mode", help="asserted, claimed, "
                                                      "denied, disputed, planned, hypothetical."),
             place: Optional[str] = typer.Option(None, "--place"),
             actor: Optional[str] = typer.Option(None, "--actor"),
             dates: Optional[int] = typer.Option(None, "--dates", help="Pick the N most "
                                                 "important dates."),
             sentences: int = typer.Option(2, "--sentences", help="Sentences per date with "
                                           "--dates."),
             fmt: str = typer.Option("table", "--format", help="table, json or t17."),
             limit: Optional[int] = LimitOption, as_json: bool = JsonOption) -> None:
    """The timeline: one entry per real event, with its sources (happened-on date first)."""
    from .fuse import query as q
    from .fuse.summarize import select_dates
    from .fuse.timeline import t17_text

    fmt = "json" if as_json else fmt
    if fmt not in ("table", "json", "t17"):
        _fail(f"--format {fmt!r}: expected table, json or t17.", EXIT_USAGE)
    filters = _filters(date_from, date_to, story=story, query=query, types=event_type,
                       modes=mode, place=place, actor=actor, limit=limit)
    with open_store(db) as store:
        if dates is not None or fmt == "t17":
            selection = select_dates(store, dates or 10, sentences, filters.date_from,
                                     filters.date_to)
            if fmt == "t17":
                sys.stdout.write(t17_text(selection))
            elif fmt == "json":
                _emit({"date": d.isoformat(), "sentences": s} for d, s in selection)
            else:
                out.print(t17_text(selection), markup=False)
            return
        entries = q.timeline(store, filters)
    if fmt == "json":
        _emit(entries)
    elif not entries:
        err.print("no timeline entries: ingest articles first (`dateline ingest PATH`).",
                  markup=False)
    else:
        render.timeline_table(out, entries)


def stories(db: str = DbOption, limit: Optional[int] = LimitOption,
            as_json: bool = JsonOption) -> None:
    """Stories in the pile (topic detection and tracking), largest first."""
    from .fuse import query as q

    with open_store(db) as store:
        rows = q.stories(store, _filters(limit=limit))
    if as_json:
        _emit(rows)
    else:
        render.simple_table(out, rows, (("story_id", 16), ("articles", 8), ("first", 10),
                                        ("last", 10), ("title", None)))


def figures(db: str = DbOption, date_from: Optional[str] = FromOption,
            date_to: Optional[str] = ToOption,
            query: Optional[str] = typer.Option(None, "--query", help="Words the figure's "
                                                "sentence must contain."),
            min_points: int = typer.Option(1, "--min-points", help="Only series with at "
                                           "least this many points."),
            limit: Optional[int] = LimitOption, as_json: bool = JsonOption) -> None:
    """Figure series over time; disagreements side by side, never averaged."""
    from .fuse import query as q

    with open_store(db) as store:
        series = q.figure_series(store, _filters(date_from, date_to, query=query, limit=limit),
                                 min_points=min_points)
    if as_json:
        _emit(series)
    else:
        render.series_table(out, series)


def events(db: str = DbOption, date_from: Optional[str] = FromOption,
           date_to: Optional[str] = ToOption,
           event_type: Optional[list[str]] = typer.Option(None, "--type"),
           mode: Optional[list[str]] = typer.Option(None, "--mode"),
           place: Optional[str] = typer.Option(None, "--place"),
           actor: Optional[str] = typer.Option(None, "--actor"),
           query: Optional[str] = typer.Option(None, "--query"),
           limit: Optional[int] = LimitOption, as_json: bool = JsonOption) -> None:
    """Event mentions across articles, each with the event (cluster) it belongs to."""
    from .fuse import query as q

    with open_store(db) as store:
        rows = q.events(store, _filters(date_from, date_to, types=event_type, modes=mode,
                                        place=place, actor=actor, query=query, limit=limit))
    if as_json:
        _emit(rows)
    else:
        render.events_table(out, rows)


def entities(db: str = DbOption,
             entity_type: Optional[list[str]] = typer.Option(None, "--type",
                                                             help="PERSON, ORG, GROUP, PLACE."),
             query: Optional[str] = typer.Option(None, "--query", help="Part of the name."),
             limit: Optional[int] = LimitOption, as_json: bool = JsonOption) -> None:
    """Entities across articles (one per real thing), most mentioned first."""
    from .fuse import query as q

    with open_store(db) as store:
        rows = q.entities(store, _filters(types=entity_type, query=query, limit=limit))
    if as_json:
        _emit(rows)
    else:
        render.simple_table(out, rows, (("entity_id", 16), ("type", 7), ("mentions", 8),
                                        ("canonical", None)))


def quotes(db: str = DbOption, date_from: Optional[str] = FromOption,
           date_to: Optional[str] = ToOption,
           speaker: Optional[str] = typer.Option(None, "--speaker", help="Part of the name."),
           query: Optional[str] = typer.Option(None, "--query", help="Words in the quote."),
           limit: Optional[int] = LimitOption, as_json: bool = JsonOption) -> None:
    """Quotes across articles with their speakers."""
    from .fuse import query as q

    with open_store(db) as store:
        rows = q.quotes(store, _filters(date_from, date_to, actor=speaker, query=query,
                                        limit=limit))
    if as_json:
        _emit(rows)
    else:
        render.simple_table(out, rows, (("published", 10), ("speaker", 24), ("text", None)))


def search(words: list[str] = typer.Argument(..., help="Words to find."), db: str = DbOption,
           limit: Optional[int] = LimitOption, as_json: bool = JsonOption) -> None:
    """Full-text search over articles and event evidence (SQLite FTS5)."""
    from .fuse import query as q

    with open_store(db) as store:
        hits = q.search(store, " ".join(words), _filters(limit=limit))
    if as_json:
        _emit(hits)
    else:
        render.simple_table(out, hits, (("kind", 7), ("article_id", 16), ("event_id", 21),
                                        ("snippet", None)))


def brief(db: str = DbOption, date: str = typer.Option(..., "--date", help="YYYY-MM-DD."),
          sentences: int = typer.Option(5, "--sentences"), as_json: bool = JsonOption) -> None:
    """An extractive summary of one day, a citation per sentence."""
    from .fuse import query as q

    day = dt.date.fromisoformat(_date(date, "--date") or "")
    with open_store(db) as store:
        result = q.brief(store, day, sentences)
    if as_json:
        _emit([result])
    else:
        render.brief_text(out, result)


def fuse(db: str = DbOption, as_json: bool = JsonOption) -> None:
    """Fuse annotated articles not yet fused (ingest does this itself)."""
    from .fuse.run import fuse_pending

    with open_store(db) as store:
        try:
            count = fuse_pending(store)
        except DatelineError as error:
            _fail(str(error), EXIT_ERROR)
    if as_json:
        _emit([{"fused": count}])
    else:
        out.print(f"fused {count}", markup=False)


COMMANDS = (timeline, stories, figures, events, entities, quotes, search, brief, fuse)


def register(app: typer.Typer) -> None:
    for command in COMMANDS:
        app.command()(command)
