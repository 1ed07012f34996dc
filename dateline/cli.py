"""The `dateline` command line: parse input, call the library, format output. No logic here."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from . import render
from .config import build_options, parse_column_map
from .errors import DatelineError, StoreError

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Turn news articles into a sourced, dated, deduplicated record.")
console = Console(stderr=True)
out = Console(highlight=False, soft_wrap=True,
              width=None if sys.stdout.isatty() else 160)

# exit codes (documented in the README)
EXIT_OK, EXIT_REJECTED, EXIT_USAGE, EXIT_ERROR, EXIT_BELOW_FLOOR = 0, 1, 2, 3, 4

DbOption = typer.Option("dateline.db", "--db", help="SQLite database file.")
JsonOption = typer.Option(False, "--json", help="One JSON object per line (a stable contract).")


def _fail(error: DatelineError, code: int = EXIT_ERROR) -> None:
    console.print(f"[red]error:[/red] {error}")
    raise typer.Exit(code)


def _open(db: str) -> Any:
    from .store.sqlite import SQLiteStore

    try:
        return SQLiteStore(db)
    except StoreError as error:
        _fail(error)
    except Exception as error:  # sqlite3.DatabaseError: not a database, locked, ...
        _fail(StoreError("E013", f"cannot open the store: {error}", path=db))


def _count_files(paths: list[Path]) -> int:
    total = 0
    for path in paths:
        if path.is_dir():
            total += sum(1 for p in path.rglob("*") if p.is_file() and not any(
                part.startswith(".") for part in p.relative_to(path).parts))
        else:
            total += 1
    return total


@app.command()
def ingest(paths: list[Path] = typer.Argument(..., help="Files or folders to ingest."),
           db: str = DbOption,
           column_map: Optional[str] = typer.Option(
               None, "--map", help="Columns of JSONL/CSV dumps, e.g. text=Body,date=Date."),
           max_bytes: Optional[int] = typer.Option(None, help="Reject larger inputs."),
           annotate: bool = typer.Option(True, "--annotate/--no-annotate",
                                         help="Annotate new articles after ingest."),
           workers: Optional[int] = typer.Option(None, help="Annotation worker processes."),
           config: Optional[Path] = typer.Option(None, help="TOML file of settings."),
           as_json: bool = JsonOption) -> None:
    """Read, clean, deduplicate and store articles; annotate the new ones."""
    from .annotating import annotate_pending
    from .pipeline import ingest as run_ingest

    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        console.print(f"[red]error:[/red] no such file or folder: {', '.join(missing)}")
        raise typer.Exit(EXIT_USAGE)
    try:
        options = build_options(config, db=db, column_map=parse_column_map(column_map),
                                max_bytes=max_bytes, workers=workers, annotate=annotate)
    except DatelineError as error:
        _fail(error, EXIT_USAGE)
    store = _open(options.db)
    with store, _progress() as bar:
        task = bar.add_task("ingest", total=_count_files(paths))
        last = [""]  # units arrive file by file: count a file when its first unit arrives

        def advance(source: str) -> None:
            if source != last[0]:
                last[0] = source
                bar.advance(task)

        report = run_ingest(paths, store, options, progress=advance)
        bar.update(task, completed=bar.tasks[task].total)
        annotated = 0
        if options.annotate:
            pending = len(store.ids_without_annotations())
            atask = bar.add_task("annotate", total=pending)
            annotated = annotate_pending(store, options,
                                         progress=lambda _id: bar.advance(atask))
    if as_json:
        out.print(json.dumps({**report.to_dict(), "annotated": annotated}, ensure_ascii=False))
    else:
        render.ingest_summary(console, report, annotated)
    raise typer.Exit(EXIT_REJECTED if report.rejected else EXIT_OK)


def _progress() -> Progress:
    return Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                    TimeElapsedColumn(), console=console, transient=not console.is_terminal,
                    disable=not console.is_terminal)


@app.command()
def articles(db: str = DbOption, as_json: bool = JsonOption,
             unique: bool = typer.Option(False, "--unique", help="Hide duplicates.")) -> None:
    """List every accepted document with its metadata (duplicates included unless --unique)."""
    with _open(db) as store:
        docs = store.iter_documents(unique=unique)
        if as_json:
            for article in docs:
                out.print(json.dumps(render.article_json(article), ensure_ascii=False))
        else:
            render.article_table(out, docs)


@app.command()
def show(article_id: str = typer.Argument(..., help="Article id (a unique prefix is enough)."),
         db: str = DbOption, as_json: bool = JsonOption) -> None:
    """Show one article: metadata, cleaned text and annotations."""
    with _open(db) as store:
        matches = store.find_article_ids(article_id)
        if len(matches) != 1:
            _fail(StoreError.make("E021", id=article_id, path=db), EXIT_USAGE)
        article = store.get_article(matches[0])
        annotations = store.get_annotations(matches[0])
    if as_json:
        data = render.article_json(article)
        data["annotations"] = annotations.to_dict() if annotations else None
        out.print(json.dumps(data, ensure_ascii=False))
    else:
        render.article_detail(out, article, annotations)


@app.command()
def quarantine(db: str = DbOption, as_json: bool = JsonOption) -> None:
    """List rejected inputs with the reason for each."""
    with _open(db) as store:
        for rejection in store.iter_quarantine():
            if as_json:
                out.print(json.dumps(rejection.__dict__, ensure_ascii=False))
            else:
                out.print(render.rejection_line(rejection))


@app.command()
def annotate(file: Path = typer.Argument(..., help="A text file to annotate as it is."),
             published: Optional[str] = typer.Option(None, help="Publication date YYYY-MM-DD."),
             dateline: Optional[str] = typer.Option(None,
                                                    help="Dateline place, e.g. 'KYIV, Ukraine'."),
             as_json: bool = JsonOption) -> None:
    """Annotate one text: time expressions, entities, places, figures, quotes, events."""
    import datetime as dt

    from .annotate import annotate_text
    from .config import Options
    from .ingest import iter_documents
    from .model import Rejection

    unit = next(iter(iter_documents([file], Options())), None)
    if unit is None or isinstance(unit, Rejection):
        reason = f"[{unit.code}] {unit.reason}" if unit else "nothing to read"
        console.print(f"[red]error:[/red] {file}: {reason}")
        raise typer.Exit(EXIT_REJECTED)
    text = unit.text
    base = None
    if published:
        try:
            base = dt.date.fromisoformat(published[:10])
        except ValueError:
            console.print(f"[red]error:[/red] --published {published!r}: expected YYYY-MM-DD")
            raise typer.Exit(EXIT_USAGE) from None
    result = annotate_text(text, base, dateline=dateline)
    if as_json:
        out.print(json.dumps(result.to_dict(), ensure_ascii=False))
    else:
        render.annotations_detail(out, text, result)


from .cli_eval import eval_app  # noqa: E402  (sub-command group lives in its own module)

app.add_typer(eval_app, name="eval")


def main() -> None:
    try:
        app()
    except DatelineError as error:
        console.print(f"[red]error:[/red] {error}")
        sys.exit(EXIT_ERROR)
