"""Annotate stored articles: pending ids → worker processes → entity resolution → store.

Workers run the pure per-article `annotate_text` (spaCy loaded once per worker); the parent
alone writes, in transactions of `options.batch_size`. An article that fails a stage is
quarantined with the stage and the reason and is not retried on later runs; the rest go on.
Two runs at once over one store never save (or count) an article twice: a save checks, inside
its transaction, that no other run saved it first. Once every job has gone to the runner, the
parent saves (and `after_save` fuses) each batch a worker returns: what is left to do after the
last worker stops is one batch, not a whole transaction's worth.
"""

from __future__ import annotations

import datetime as dt
import gc
import os
import threading
import time
from collections.abc import Callable, Generator, Iterable, Iterator
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import closing
from itertools import islice

from .annotate import annotate_text, annotate_texts, warm_up
from .config import Options
from .errors import AnnotationError
from .fuse.apply import save_resolved
from .model import Annotations, Rejection
from .store.sqlite import SQLiteStore

Job = tuple[str, str, str | None, str | None]  # (article id, text, published, dateline)
Outcome = tuple[str, "Annotations | AnnotationError"]
Progress = Callable[[str], None]
AfterSave = Callable[[], object]
# computes the outcomes of jobs, in job order: a local process pool, or a cluster (dateline.scale)
Runner = Callable[[Iterator[Job]], Generator[Outcome, None, None]]
# articles a worker parses together: spaCy's batching pays off by 16, and a small batch keeps
# every worker busy to the end of a run
JOB_BATCH = 16
# fewer articles than this are annotated in this process: a pool costs more than it saves
SMALL_RUN = 4


def published_date(value: str | None) -> dt.date | None:
    """A stored ISO publication time as a date, or as a (naive, local) datetime when it gives
    the time of day; None when unknown or unreadable. Midnight exactly is how dumps and feeds
    write a date with no time ("2016-11-09T00:00"): a date, so that "at 6.10am" in the text
    is not taken for the day before."""
    if not value:
        return None
    try:
        if len(value) > 10 and value[10] == "T":
            moment = dt.datetime.fromisoformat(value.replace("Z", "+00:00")).replace(tzinfo=None)
            return moment if moment.time() != dt.time(0, 0) else moment.date()
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def annotate_job(job: Job) -> Outcome:
    """One article's annotations, or the error that stopped them (never raises for a stage)."""
    article_id, text, published, dateline = job
    try:
        return article_id, annotate_text(text, published_date(published), dateline=dateline)
    except AnnotationError as error:
        return article_id, error


def annotate_jobs(jobs: list[Job]) -> list[Outcome]:
    """`annotate_job` over a batch, in order, parsed together (`nlp.pipe`): the unit of work a
    worker takes. Every run, local or on a cluster, cuts the same batches from the pending ids,
    so every run parses the same texts together."""
    found = annotate_texts((text, published_date(published), dateline)
                           for _, text, published, dateline in jobs)
    return [(job[0], result) for job, result in zip(jobs, found)]


def job_batches(jobs: Iterator[Job], size: int = JOB_BATCH) -> Iterator[list[Job]]:
    """Consecutive batches of at most `size` jobs."""
    while batch := list(islice(jobs, size)):
        yield batch


def _watch_parent(parent: int) -> None:
    # a worker whose parent was killed (kill -9 leaves no chance to clean up) exits by itself
    while os.getppid() == parent:
        time.sleep(1.0)
    os._exit(1)


def _worker_init(parent: int) -> None:
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()


def _jobs(store: SQLiteStore, ids: Iterable[str]) -> Iterator[Job]:
    for article_id in ids:
        article = store.get_article(article_id)
        if article is not None:
            yield article.id, article.text, article.published, article.dateline


def annotate_pending(store: SQLiteStore, options: Options,
                     progress: Progress | None = None, runner: Runner | None = None,
                     after_save: AfterSave | None = None,
                     arriving: Iterable[list[str]] | None = None) -> int:
    """Annotate every stored article without current annotations; returns how many were saved.

    `runner` computes the outcomes (default: this process, or a local pool of
    `options.workers`); they are saved here, in the order of the pending ids, whoever ran them.
    `after_save` runs in this process after each saved batch, while the workers go on with the
    next ones (ingest fuses there: fusion then costs the workers' idle time, not a phase).
    `arriving` yields batches of ids of articles stored while this runs (an ingest in progress,
    `pipeline.storing`): they are annotated after those pending at the start, in their order,
    and the ingest moves on only when the workers need more to do.
    """
    ids = store.ids_without_annotations()
    later = iter(arriving) if arriving is not None else iter(())
    # enough known ids to choose between this process and a pool
    while len(ids) < SMALL_RUN and (batch := next(later, None)) is not None:
        ids.extend(i for i in batch if i not in ids)
    if not ids:
        return 0
    if runner is None:
        runner = _in_process if options.workers <= 1 or len(ids) < SMALL_RUN \
            else _pool_runner(options)
    queued = set(ids)

    def all_ids() -> Iterator[str]:
        yield from ids
        for batch in later:
            fresh = [i for i in batch if i not in queued]
            queued.update(fresh)
            yield from fresh

    jobs = _Watched(_jobs(store, all_ids()))
    with closing(runner(jobs)) as outcomes:
        return _save_all(store, outcomes, options, progress, after_save,
                         ending=lambda: jobs.exhausted)


class _Watched(Iterator[Job]):
    """The jobs a runner takes, and whether it has taken the last one."""

    def __init__(self, jobs: Iterator[Job]) -> None:
        self.jobs = jobs
        self.exhausted = False

    def __next__(self) -> Job:
        try:
            return next(self.jobs)
        except StopIteration:
            self.exhausted = True
            raise


def _in_process(jobs: Iterator[Job]) -> Generator[Outcome, None, None]:
    for batch in job_batches(jobs):
        yield from annotate_jobs(batch)


def _pool_runner(options: Options) -> Runner:
    # batches stream through the pool, a few per worker in flight: the workers never wait
    # while the parent saves, and memory stays flat
    window = 2 * options.workers

    def run(jobs: Iterator[Job]) -> Generator[Outcome, None, None]:
        # the model, the gazetteer and the components' modules are loaded here, once, before
        # the workers fork: they share them instead of each loading its own (about 1.5
        # CPU-seconds a worker for the model, 0.3 for the rest)
        warm_up()
        # what is loaded now lives as long as the run: kept out of the collector's passes, the
        # workers' collections no longer touch (and so copy) the pages they share with us
        gc.freeze()
        pool = _pool(options.workers)
        in_flight: deque[tuple[list[Job], Future[list[Outcome]]]] = deque()
        batches = job_batches(jobs)
        try:
            while True:
                while len(in_flight) < window and (batch := next(batches, None)):
                    in_flight.append((batch, pool.submit(annotate_jobs, batch)))
                if not in_flight:
                    return
                batch, future = in_flight.popleft()
                try:
                    yield from future.result()
                except BrokenProcessPool:
                    # a worker died (out of memory, a crash in native code): find the article
                    # that kills it, one job per fresh process, and quarantine only that one;
                    # the batches that were waiting go to a fresh pool
                    pool.shutdown(cancel_futures=True)
                    waiting = [b for b, _ in in_flight]
                    in_flight.clear()
                    yield from (_isolated(job) for job in batch)
                    pool = _pool(options.workers)
                    for other in waiting:
                        in_flight.append((other, pool.submit(annotate_jobs, other)))
        finally:
            pool.shutdown(cancel_futures=True)
            gc.unfreeze()  # a long-lived process (the web app) collects them again

    return run


def _pool(workers: int) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(max_workers=workers, initializer=_worker_init,
                               initargs=(os.getpid(),))


def _isolated(job: Job) -> Outcome:
    """One job in a process of its own; a process that dies is that article's failure."""
    with _pool(1) as pool:
        try:
            return pool.submit(annotate_job, job).result()
        except BrokenProcessPool:
            return worker_died(job[0])


def worker_died(article_id: str) -> Outcome:
    """The outcome of an article whose annotation kills the process running it."""
    return article_id, AnnotationError.make(
        "E050", stage="worker", component="worker",
        reason="the annotation process died (out of memory or a crash)")


def _save_all(store: SQLiteStore, outcomes: Iterator[Outcome], options: Options,
              progress: Progress | None, after_save: AfterSave | None = None,
              ending: Callable[[], bool] = lambda: False) -> int:
    """Save outcomes in transactions of `options.batch_size`, or of JOB_BATCH once `ending()`
    (every job is with the runner: the workers are finishing their last batches)."""
    saved = 0
    batch: list[Outcome] = []

    def flush() -> int:
        count = 0
        with store.transaction():
            for article_id, found in batch:
                if isinstance(found, AnnotationError):
                    store.quarantine(_rejection(store, article_id, found))
                elif not store.has_current_annotations(article_id):
                    save_resolved(store, article_id, found)
                    count += 1
        batch.clear()
        if after_save is not None:
            after_save()
        return count

    for outcome in outcomes:
        batch.append(outcome)
        if progress:
            progress(outcome[0])
        if len(batch) >= options.batch_size or (len(batch) >= JOB_BATCH and ending()):
            saved += flush()
    if batch:
        saved += flush()
    return saved


def _rejection(store: SQLiteStore, article_id: str, error: AnnotationError) -> Rejection:
    article = store.get_article(article_id)
    path = article.source_path if article else article_id
    return Rejection(path, error.code, f"stage {error.stage}: {error.message}",
                     annotation_locator(article_id))


def annotation_locator(article_id: str) -> str:
    """The quarantine locator of an article that failed annotation."""
    return f"article {article_id}"
