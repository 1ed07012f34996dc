"""The per-article stages on a dask.distributed cluster; the parent deduplicates, stores, fuses.

Workers read and clean a few files per task, and annotate one article per task, with the very
functions of the local run (`read_file`, `clean_document`, `annotate_job`). The parent walks
the inputs, keeps a bounded window of tasks in flight, takes the results back in input order
and stores them with the local run's code (`storing`, `annotate_pending`), so both runs
store the same bytes. A task whose worker dies is run again by the scheduler (up to its
`distributed.scheduler.allowed-failures`); a task that still kills its workers after one more
round is quarantined, like an article that kills a local pool's process.
"""

from __future__ import annotations

import dataclasses
import hashlib
import logging
import os
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from contextlib import contextmanager
from functools import lru_cache, partial
from itertools import islice
from pathlib import Path
from typing import TypeVar

import dask.config
from distributed import Client, Future, KilledWorker, LocalCluster
from distributed.client import FutureCancelledError
from distributed.comm import CommClosedError

from .. import __version__
from ..annotating import (AfterSave, Job, Outcome, Progress, annotate_job, annotate_jobs,
                          annotate_pending, job_batches, worker_died)
from ..clean import clean_document
from ..config import Options
from ..errors import ClusterError, DatelineError
from ..ingest import iter_files, read_file
from ..ingest.decode import message
from ..model import Article, RawDocument, Rejection
from ..pipeline import Cleaned, IngestReport, storing
from ..store.sqlite import SQLiteStore

T = TypeVar("T")
R = TypeVar("R")
FileTask = tuple[str, str] | Rejection  # (path to open, path as given), or a missing input
ReadResult = list[Rejection | Cleaned]

RETRIES = 2  # a task that raises (a transient failure on a worker) is run again this often
# reading and cleaning a file takes milliseconds: a task per file would cost more to schedule
FILES_PER_TASK = 8
CONNECT_S = 20  # how long to try reaching the scheduler before the run gives up
WORKER_WAIT_S = 60  # how long a scheduler may have no worker before the run gives up


@contextmanager
def connect(address: str, workers: int) -> Iterator[Client]:
    """A client of the scheduler at `address`, or of a new local cluster for 'local'."""
    cluster = client = None
    try:
        if address == "local":
            # one thread per worker process: spaCy is loaded once per process and is not
            # faster with more threads, and the GIL would serialize them anyway; no dashboard,
            # so no profiler sampling the annotating thread (it slowed annotation, docs/scale.md)
            with dask.config.set({"distributed.worker.profile.enabled": False}):
                cluster = LocalCluster(n_workers=max(workers, 1), threads_per_worker=1,
                                       processes=True, dashboard_address=None,
                                       silence_logs=logging.ERROR)
            client = Client(cluster)
        else:
            client = Client(address, timeout=CONNECT_S)
            client.wait_for_workers(1, timeout=WORKER_WAIT_S)
        _check_workers(client, address)
    except (OSError, TimeoutError, ValueError) as error:
        _close(client, cluster)
        raise ClusterError.make("E060", address=address,
                                detail=str(error) or type(error).__name__) from None
    except BaseException:
        _close(client, cluster)
        raise
    try:
        yield client
    finally:
        _close(client, cluster)


def _close(client: Client | None, cluster: LocalCluster | None) -> None:
    if client is not None:
        client.close()
    if cluster is not None:
        cluster.close()


def _check_workers(client: Client, address: str) -> None:
    """Every worker runs this machine's dateline code: other code would store other bytes."""
    try:
        found = client.run(code_fingerprint)
    except Exception as error:  # noqa: BLE001 - whatever a worker raised, it cannot run ours
        raise ClusterError.make("E060", address=address,
                                detail=f"a worker cannot run dateline ({error!r})") from None
    ours = code_fingerprint()
    other = [worker for worker, theirs in found.items() if theirs != ours]
    if other:
        raise ClusterError.make(
            "E060", address=address,
            detail=f"worker {other[0]} runs other dateline code than this machine (install the "
                   "same version everywhere, and restart workers after an update)")


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """A digest of the dateline package's files, as first seen by this process."""
    # cached: a long-lived worker keeps the code it loaded, whatever is on disk later
    root = Path(__file__).resolve().parents[1]
    digest = hashlib.sha256(__version__.encode())
    for path in sorted(root.rglob("*")):
        parts = path.relative_to(root).parts
        if path.is_file() and "__pycache__" not in parts and not parts[-1].startswith("."):
            digest.update(path.relative_to(root).as_posix().encode() + b"\0")
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


@contextmanager
def _lost_cluster(client: Client) -> Iterator[None]:
    # what was committed is kept, as on Ctrl-C: a re-run continues where this one stopped
    try:
        yield
    except (FutureCancelledError, CommClosedError) as error:
        raise ClusterError.make("E060", address=client.scheduler.address,
                                detail=f"lost during the run ({error})") from None


class DaskEngine:
    """Reading, cleaning and annotation on the cluster of `client`; storing in this process.

    `job` annotates one article on a worker (the local run's `annotate_job`; tests swap it).
    """

    def __init__(self, client: Client, job: Callable[[Job], Outcome] = annotate_job) -> None:
        self.client = client
        self.job = job
        self.threads = max(1, sum(client.nthreads().values()))

    def ingest(self, paths: Iterable[str | Path], store: SQLiteStore, options: Options,
               progress: Progress | None = None) -> IngestReport:
        """Like `pipeline.ingest`, with files read and cleaned on the workers."""
        report = IngestReport()
        for _ in self.ingesting(paths, store, options, report, progress):
            pass
        return report

    def ingesting(self, paths: Iterable[str | Path], store: SQLiteStore, options: Options,
                  report: IngestReport, progress: Progress | None = None
                  ) -> Iterator[list[str]]:
        """Like `pipeline.ingesting`, with files read and cleaned on the workers."""
        read = partial(_read_task, options)

        def lost(batch: list[FileTask]) -> ReadResult:
            if len(batch) == 1:
                return _read_lost(batch[0])
            # which file kills its workers: each alone, the others are read as usual
            alone = _in_order(self.client, read, ([item] for item in batch), 1, lost)
            return [unit for result in alone for unit in result]

        results = _in_order(self.client, read, _batches(_files(paths), FILES_PER_TASK),
                            max(4, 2 * self.threads), lost)
        units = (unit for result in results for unit in result)
        with _lost_cluster(self.client):
            yield from storing(units, store, options, report, progress)

    def annotate(self, store: SQLiteStore, options: Options,
                 progress: Progress | None = None, after_save: AfterSave | None = None,
                 arriving: Iterable[list[str]] | None = None) -> int:
        """Like `annotating.annotate_pending`, with the articles annotated on the workers."""
        # the same batches as the local run (`job_batches`), so spaCy parses the same texts
        # together; a batch that keeps killing workers is run again one article at a time
        task = annotate_jobs if self.job is annotate_job else partial(_each, self.job)

        def alone(batch: list[Job]) -> list[Outcome]:
            return list(_in_order(self.client, self.job, batch, 1,
                                  lambda job: worker_died(job[0])))

        def run(jobs: Iterator[Job]) -> Generator[Outcome, None, None]:
            for outcomes in _in_order(self.client, task, job_batches(jobs),
                                      2 * self.threads, alone):
                yield from outcomes

        with _lost_cluster(self.client):
            return annotate_pending(store, options, progress, runner=run,
                                    after_save=after_save, arriving=arriving)


def _each(job: Callable[[Job], Outcome], batch: list[Job]) -> list[Outcome]:
    return [job(item) for item in batch]


def _in_order(client: Client, task: Callable[[T], R], items: Iterable[T], window: int,
              lost: Callable[[T], R]) -> Generator[R, None, None]:
    """task(item) for each item on the cluster, given back in item order, at most `window` in
    flight; `lost(item)` stands for a task that keeps killing its workers."""
    in_flight: deque[tuple[T, Future[R]]] = deque()

    def submit(item: T) -> Future[R]:
        return client.submit(task, item, pure=False, retries=RETRIES)

    def result(item: T, future: Future[R]) -> R:
        try:
            return future.result()
        except KilledWorker:
            # the scheduler also counts a death against tasks that merely waited on that
            # worker: one more round alone tells the innocent from the one that kills
            try:
                return submit(item).result()
            except KilledWorker:
                return lost(item)

    for item in items:
        in_flight.append((item, submit(item)))
        if len(in_flight) >= window:
            yield result(*in_flight.popleft())
    while in_flight:
        yield result(*in_flight.popleft())


def _files(paths: Iterable[str | Path]) -> Iterator[FileTask]:
    """Every file under `paths`, walked here in the local run's order (`iter_documents`)."""
    cwd = os.getcwd()
    for given in paths:
        root = Path(given)
        if not root.exists():
            yield Rejection(str(root), "E013", message("E013", path=str(root),
                                                       detail="no such file or directory"))
            continue
        for path in iter_files(root):
            # workers have their own working folder: they open the absolute path, and the
            # store keeps the path as given, as the local run does
            yield os.path.join(cwd, str(path)), str(path)


def _batches(items: Iterator[T], size: int) -> Iterator[list[T]]:
    while batch := list(islice(items, size)):
        yield batch


def _read_task(options: Options, batch: list[FileTask]) -> ReadResult:
    """The units of a few files, each cleaned (on a worker)."""
    return [unit for item in batch for unit in _read_one(options, item)]


def _read_one(options: Options, item: FileTask) -> ReadResult:
    if isinstance(item, Rejection):
        return [item]
    opened, given = item
    units: ReadResult = []
    for unit in read_file(opened, options):
        if opened != given:
            unit = _as_given(unit, opened, given)
        if isinstance(unit, Rejection):
            units.append(unit)
            continue
        try:
            cleaned: Article | DatelineError = clean_document(unit, options)
        except DatelineError as error:
            cleaned = error
        # the article carries the raw text: the unit travels back without it
        units.append((dataclasses.replace(unit, raw="", text=""), cleaned))
    return units


def _as_given(unit: RawDocument | Rejection, opened: str,
              given: str) -> RawDocument | Rejection:
    """`unit` as the local run reads it: its source path, and messages, name the path given."""
    if isinstance(unit, Rejection):
        return dataclasses.replace(unit, source_path=given,
                                   reason=unit.reason.replace(opened, given))
    return dataclasses.replace(unit, source_path=given)


def _read_lost(item: FileTask) -> ReadResult:
    path = item.source_path if isinstance(item, Rejection) else item[1]
    detail = "the workers reading it kept dying (out of memory or a crash)"
    return [Rejection(path, "E013", message("E013", path=path, detail=detail))]
