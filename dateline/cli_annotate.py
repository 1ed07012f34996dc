"""The `dateline annotate` command: annotate one text as it is, store nothing, print the result."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from . import render
from .cli import (EXIT_REJECTED, EXIT_USAGE, ConfigOption, JsonOption, _fail, _guarded,
                  _json_line, _say, out)
from .config import build_options
from .errors import DatelineError


def annotate(file: Path = typer.Argument(..., help="A text file to annotate as it is."),
             published: Optional[str] = typer.Option(None, help="Publication date YYYY-MM-DD."),
             dateline: Optional[str] = typer.Option(None,
                                                    help="Dateline place, e.g. 'KYIV, Ukraine'."),
             config: Optional[Path] = ConfigOption,
             as_json: bool = JsonOption) -> None:
    """Annotate one text: time expressions, entities, places, figures, quotes, events."""
    import datetime as dt

    from .annotate import annotate_text
    from .ingest import iter_documents
    from .model import Rejection

    try:
        options = build_options(config)
    except DatelineError as error:
        _fail(error, EXIT_USAGE)
    base = None
    if published:
        try:
            base = dt.date.fromisoformat(published[:10])
        except ValueError:
            _say(f"error: --published {published!r}: expected YYYY-MM-DD.", "bold red")
            raise typer.Exit(EXIT_USAGE) from None
    with _guarded(options.db, "nothing was stored"):
        unit = next(iter(iter_documents([file], options)), None)
        if unit is None or isinstance(unit, Rejection):
            reason = f"[{unit.code}] {unit.reason}" if unit else "nothing to read"
            _say(f"error: {file}: {reason}", "bold red")
            raise typer.Exit(EXIT_REJECTED)
        text = unit.text
        result = annotate_text(text, base, dateline=dateline)
    if as_json:
        _json_line(result.to_dict())
    else:
        render.annotations_detail(out, text, result)


def register(app: typer.Typer) -> None:
    """Add `annotate` to the command line."""
    app.command()(annotate)
