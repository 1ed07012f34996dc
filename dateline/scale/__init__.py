"""Where the per-article stages run: this machine, or a dask.distributed cluster.

    with engine(options) as run:
        report = run.ingest(paths, store, options, progress)
        annotated = run.annotate(store, options, progress)

or, annotating each batch of articles as soon as it is stored (what `dateline ingest` does):

        report = IngestReport()
        stored = run.ingesting(paths, store, options, report, progress)
        annotated = run.annotate(store, options, progress, arriving=stored)

Either way the parent alone deduplicates, stores and fuses, in input order, so a run on a
cluster stores exactly what a run on one machine stores.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Protocol

from ..annotating import AfterSave, Progress, annotate_pending
from ..config import Options
from ..pipeline import IngestReport
from ..pipeline import ingest as local_ingest
from ..pipeline import ingesting as local_ingesting
from ..store.sqlite import SQLiteStore

__all__ = ["Engine", "LocalEngine", "engine"]


class Engine(Protocol):
    def ingest(self, paths: Iterable[str | Path], store: SQLiteStore, options: Options,
               progress: Progress | None = None) -> IngestReport: ...

    def ingesting(self, paths: Iterable[str | Path], store: SQLiteStore, options: Options,
                  report: IngestReport, progress: Progress | None = None
                  ) -> Iterator[list[str]]: ...

    def annotate(self, store: SQLiteStore, options: Options,
                 progress: Progress | None = None, after_save: AfterSave | None = None,
                 arriving: Iterable[list[str]] | None = None) -> int: ...


class LocalEngine:
    """This machine: reading and cleaning in this process, annotation in a process pool."""

    def ingest(self, paths: Iterable[str | Path], store: SQLiteStore, options: Options,
               progress: Progress | None = None) -> IngestReport:
        return local_ingest(paths, store, options, progress)

    def ingesting(self, paths: Iterable[str | Path], store: SQLiteStore, options: Options,
                  report: IngestReport, progress: Progress | None = None
                  ) -> Iterator[list[str]]:
        return local_ingesting(paths, store, options, report, progress)

    def annotate(self, store: SQLiteStore, options: Options,
                 progress: Progress | None = None, after_save: AfterSave | None = None,
                 arriving: Iterable[list[str]] | None = None) -> int:
        return annotate_pending(store, options, progress, after_save=after_save,
                                arriving=arriving)


@contextmanager
def engine(options: Options) -> Iterator[Engine]:
    """The engine `options.dask` names (none: this machine), open for the block."""
    if not options.dask:
        yield LocalEngine()
        return
    # imported only here: distributed is slow to import and most runs never need it
    from .dask import DaskEngine, connect

    with connect(options.dask, options.workers) as client:
        yield DaskEngine(client)
