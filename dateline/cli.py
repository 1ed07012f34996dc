"""The `dateline` command line: parse input, call the library, format output. No logic here.

Output rules: every `--json` line is written by the json module straight to stdout; everything
Rich prints is either fixed text or data inside `rich.text.Text` (never read as markup or
emoji); an error is one unbroken line on stderr, `error: PATH: [Ennn] message. hint`.
"""

from __future__ import annotations

import json
import os
import sqlite3
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, NoReturn, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.text import Text

from . import render
from .config import build_options, parse_column_map
from .errors import ClusterError, DatelineError, InputError, StoreError

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Turn news articles into a sourced, dated, deduplicated record.")
# data is never markup or emoji, and lines are never hard-wrapped (soft_wrap)
console = Console(stderr=True, markup=False, emoji=False, highlight=False, soft_wrap=True)
out = Console(markup=False, emoji=False, highlight=False, soft_wrap=True,
              width=None if sys.stdout.isatty() else 160)

# exit codes (documented in the README)
EXIT_OK, EXIT_REJECTED, EXIT_USAGE, EXIT_ERROR, EXIT_BELOW_FLOOR = 0, 1, 2, 3, 4
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report it

DbOption: Any = typer.Option("dateline.db", "--db", help="SQLite database file.")
JsonOption: Any = typer.Option(False, "--json",
                               help="One JSON object per line (a stable contract).")
ConfigOption: Any = typer.Option(None, help="TOML file of settings (default: ./dateline.toml).")

KEPT_ON_INTERRUPT = "what was committed so far is kept; re-run to continue"


def _say(line: str, style: str | None = None) -> None:
    """One line on stderr, unwrapped; only `style` (never the text) gives it colour."""
    if console.is_terminal:
        head, _, rest = line.partition(" ")
        console.print(Text.assemble((head, style or ""), " ", rest), soft_wrap=True)
    else:
        sys.stderr.write(line + "\n")
        sys.stderr.flush()


def _fail(error: DatelineError, code: int = EXIT_ERROR) -> NoReturn:
    _say(f"error: {error.with_hint()}", "bold red")
    raise typer.Exit(code)


def _json_line(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False) + "\n")


@contextmanager
def _guarded(db: str, on_interrupt: str) -> Iterator[None]:
    """Store and cluster failures become one error line and exit 3; Ctrl-C one line and exit
    130."""
    from .store.sqlite import store_error

    try:
        yield
    except sqlite3.Error as error:
        _fail(store_error(error, db))
    except (StoreError, ClusterError) as error:
        _fail(error)
    except KeyboardInterrupt:
        _say(f"interrupted: {on_interrupt}", "yellow")
        raise typer.Exit(EXIT_INTERRUPTED) from None


def _open(db: str, create: bool = False) -> Any:
    """The store at `db`; read commands (create=False) refuse a missing file (exit 2)."""
    from .store.sqlite import SQLiteStore

    try:
        return SQLiteStore(db, create=create)
    except StoreError as error:
        _fail(error, EXIT_USAGE if error.code == "E022" else EXIT_ERROR)


def _count_files(paths: list[Path]) -> int:
    from .ingest import iter_files

    return sum(1 for path in paths for _ in iter_files(path))


@app.command()
def ingest(paths: list[Path] = typer.Argument(..., help="Files or folders to ingest."),
           db: str = DbOption,
           column_map: Optional[str] = typer.Option(
               None, "--map", help="Columns of JSONL/CSV dumps, e.g. text=Body,date=Date."),
           max_bytes: Optional[int] = typer.Option(None, help="Reject larger inputs."),
           annotate: bool = typer.Option(True, "--annotate/--no-annotate",
                                         help="Annotate new articles after ingest."),
           workers: Optional[int] = typer.Option(None, help="Annotation worker processes."),
           dask: Optional[str] = typer.Option(
               None, "--dask", metavar="ADDRESS",
               help="Read, clean and annotate on a dask.distributed cluster: its scheduler "
                    "(tcp://host:8786), or 'local' to start one here (docs/scale.md)."),
           config: Optional[Path] = ConfigOption,
           as_json: bool = JsonOption) -> None:
    """Read, clean, deduplicate and store articles; annotate the new ones."""
    from .pipeline import IngestReport
    from .scale import engine

    single_threaded_blas()

    for path in paths:
        if not path.exists() and not path.is_symlink():
            _fail(InputError.make("E013", path=str(path), detail="no such file or folder"),
                  EXIT_USAGE)
    try:
        options = build_options(config, db=db, column_map=parse_column_map(column_map),
                                max_bytes=max_bytes, workers=workers, annotate=annotate,
                                dask=dask)
    except DatelineError as error:
        _fail(error, EXIT_USAGE)
    with _guarded(options.db, KEPT_ON_INTERRUPT), engine(options) as run:
        store = _open(options.db, create=True)
        with store, _progress() as bar:
            # the walk is counted only for a progress bar someone can see
            task = bar.add_task("ingest",
                                total=_count_files(paths) if console.is_terminal else None)
            last = [""]  # units arrive file by file: count a file when its first unit arrives

            def advance(source: str) -> None:
                if source != last[0]:
                    last[0] = source
                    bar.advance(task)

            report = IngestReport()
            # each stored batch is annotated while the next ones are read; each annotated
            # batch is fused while the workers annotate the next ones
            stored = run.ingesting(paths, store, options, report, progress=advance)
            # counted only for a progress bar someone can see (a query over every article)
            atask = bar.add_task("annotate", total=len(store.ids_without_annotations())
                                 if options.annotate and console.is_terminal else None,
                                 visible=options.annotate)

            def arriving() -> Iterator[list[str]]:
                for ids in stored:
                    total = bar.tasks[atask].total
                    if total is not None:
                        bar.update(atask, total=total + len(ids))
                    yield ids
                bar.update(task, completed=bar.tasks[task].total)

            annotated = 0
            if options.annotate:
                from .fuse.run import fuse_pending, refresh_stale

                ftask = bar.add_task("fuse", total=None)
                unrefreshed = 0

                def fuse() -> None:
                    # timeline entries are rebuilt every `timeline_every` articles and at the
                    # end, not after every batch: a cluster is rebuilt once however often it
                    # grew in between
                    nonlocal unrefreshed
                    unrefreshed += fuse_pending(store, options.batch_size,
                                                progress=lambda _id: bar.advance(ftask),
                                                defer_timeline=True)
                    if unrefreshed >= options.timeline_every:
                        refresh_stale(store)
                        unrefreshed = 0

                annotated = run.annotate(store, options,
                                         progress=lambda _id: bar.advance(atask),
                                         after_save=fuse, arriving=arriving())
                fuse()  # what an earlier, interrupted run left unfused
                refresh_stale(store)
            else:
                for _ in arriving():
                    pass
    if as_json:
        _json_line({**report.to_dict(), "annotated": annotated})
    else:
        render.ingest_summary(console, report, annotated)
    raise typer.Exit(EXIT_REJECTED if report.rejected else EXIT_OK)


def single_threaded_blas() -> None:
    """One BLAS thread per process: parallelism is one process per core (the annotation pool),
    and BLAS thread pools inside each process only oversubscribe the cores (measured: about 5 %
    more CPU for the same ingest). Works when called before numpy is first imported; a value
    the user set is kept."""
    for var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(var, "1")


def _progress() -> Progress:
    return Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                    TimeElapsedColumn(), console=console, transient=not console.is_terminal,
                    disable=not console.is_terminal)


@app.command()
def articles(db: str = DbOption, as_json: bool = JsonOption,
             unique: bool = typer.Option(False, "--unique", help="Hide duplicates.")) -> None:
    """List every accepted document with its metadata (duplicates included unless --unique)."""
    with _guarded(db, "nothing was changed"), _open(db) as store:
        docs = store.iter_documents(unique=unique)
        if as_json:
            from .fuse.query import article_fusion

            for article in docs:
                _json_line(render.article_json(article, article_fusion(store, article.id)))
        else:
            render.article_table(out, docs)


@app.command()
def show(article_id: str = typer.Argument(..., help="Article id (a unique prefix is enough)."),
         db: str = DbOption, as_json: bool = JsonOption) -> None:
    """Show one article: metadata, cleaned text and annotations."""
    with _guarded(db, "nothing was changed"), _open(db) as store:
        matches = store.find_article_ids(article_id)
        if len(matches) != 1:
            _fail(StoreError.make("E021", id=article_id, path=db), EXIT_USAGE)
        article = store.get_article(matches[0])
        annotations = store.get_annotations(matches[0])
        from .fuse.query import article_fusion

        fusion = article_fusion(store, matches[0])
    if as_json:
        data = render.article_json(article, fusion)
        data["annotations"] = annotations.to_dict() if annotations else None
        _json_line(data)
    else:
        render.article_detail(out, article, annotations, fusion)


@app.command()
def quarantine(db: str = DbOption, as_json: bool = JsonOption) -> None:
    """List rejected inputs with the reason for each."""
    with _guarded(db, "nothing was changed"), _open(db) as store:
        if as_json:
            for rejection in store.iter_quarantine():
                _json_line(rejection.__dict__)
        else:
            render.quarantine_lines(out, store.iter_quarantine())


from .cli_eval import eval_app  # noqa: E402  (sub-command group lives in its own module)

app.add_typer(eval_app, name="eval")

from .cli_export import register as register_export  # noqa: E402
from .cli_fuse import register as register_fuse_commands  # noqa: E402
from .cli_web import register as register_web  # noqa: E402
from .cli_annotate import register as register_annotate  # noqa: E402

register_annotate(app)
register_fuse_commands(app)
register_export(app)
register_web(app)


def main() -> None:
    try:
        app()
    except DatelineError as error:
        _say(f"error: {error.with_hint()}", "bold red")
        sys.exit(EXIT_ERROR)
    except KeyboardInterrupt:  # before a command started, or after it ended
        _say(f"interrupted: {KEPT_ON_INTERRUPT}", "yellow")
        sys.exit(EXIT_INTERRUPTED)
