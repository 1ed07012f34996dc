"""Annotating stored articles: failures quarantined per stage, no double saves, no orphans."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import dateline.annotating as annotating
from dateline.annotating import annotate_job, annotate_pending
from dateline.config import Options
from dateline.errors import AnnotationError
from dateline.pipeline import ingest
from dateline.store.sqlite import SQLiteStore

GOOD = "Flood hits Dorn\n\nAt least 12 people were killed when the river burst its banks in Dorn.\n"
BAD = "Storm hits Varn\n\nThe storm destroyed 40 homes in Varn on Monday, officials said.\n"
OTHER = "Fire in Lisk\n\nFirefighters rescued 30 people from a burning block in Lisk.\n"


def _store_with(tmp_path: Path, texts: dict[str, str]) -> SQLiteStore:
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    store = SQLiteStore(tmp_path / "s.db")
    ingest([tmp_path / name for name in texts], store, Options(annotate=False))
    return store


def test_an_article_failing_a_stage_is_quarantined_and_the_run_goes_on(tmp_path,
                                                                       figures_failing_on):
    store = _store_with(tmp_path, {"a.txt": GOOD, "b.txt": BAD, "c.txt": OTHER})
    figures_failing_on("Varn")
    with store:
        saved = annotate_pending(store, Options(workers=1))
        assert saved == 2
        rejected = list(store.iter_quarantine())
        assert len(rejected) == 1
        assert rejected[0].source_path.endswith("b.txt")
        assert rejected[0].code == "E050" and "stage figures" in rejected[0].reason
        assert rejected[0].locator and rejected[0].locator.startswith("article ")
        # the failed article is not retried (and does not crash) on the next run
        assert store.ids_without_annotations() == []
        assert annotate_pending(store, Options(workers=1)) == 0


def test_annotate_job_returns_the_error_instead_of_raising(figures_failing_on):
    figures_failing_on("Varn")
    article_id, outcome = annotate_job(("id1", BAD, None, None))
    assert article_id == "id1" and isinstance(outcome, AnnotationError)


def test_an_article_saved_by_another_run_is_not_saved_or_counted_twice(tmp_path):
    store = _store_with(tmp_path, {"a.txt": GOOD})
    with store:
        (article_id,) = store.ids_without_annotations()
        _, found = annotate_job(next(annotating._jobs(store, [article_id])))
        assert annotate_pending(store, Options(workers=1)) == 1  # the other run saves first
        before = {e["entity_id"]: e["mentions"] for e in store.known_entities()}
        # this run computed the same article meanwhile and now tries to save it
        saved = annotating._save_all(store, iter([(article_id, found)]), Options(), None)
        assert saved == 0
        after = {e["entity_id"]: e["mentions"] for e in store.known_entities()}
        assert after == before and before


def _children(pid: int) -> list[int]:
    out = subprocess.run(["ps", "-o", "pid=", "--ppid", str(pid)], capture_output=True,
                         text=True).stdout
    return [int(p) for p in out.split()]


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    stat = Path(f"/proc/{pid}/stat")
    return stat.exists() and stat.read_text().split()[2] != "Z"


@pytest.mark.slow
def test_workers_exit_when_their_parent_is_killed(tmp_path):
    for i in range(12):
        (tmp_path / f"a{i}.txt").write_text(GOOD.replace("Dorn", f"Dorn{i}") * 30,
                                            encoding="utf-8")
    dateline = Path(sys.executable).parent / "dateline"
    proc = subprocess.Popen([str(dateline), "ingest", str(tmp_path),
                             "--db", str(tmp_path / "s.db"), "--workers", "2"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    workers: list[int] = []
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and len(workers) < 2:  # wait for the pool to start
        workers = _children(proc.pid)
        time.sleep(0.2)
    assert len(workers) >= 2, "the annotation pool never started"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and any(_alive(w) for w in workers):
        time.sleep(0.2)
    assert not any(_alive(w) for w in workers)


def test_annotation_errors_cross_process_boundaries_intact():
    import pickle

    error = AnnotationError.make("E050", stage="events", component="events",
                                 reason="ValueError: boom")
    again = pickle.loads(pickle.dumps(error))
    assert type(again) is AnnotationError
    assert (again.code, again.stage, again.message, str(again)) == \
        (error.code, error.stage, error.message, str(error))


@pytest.mark.slow
def test_a_worker_that_dies_costs_only_its_own_article(tmp_path, figures_failing_on):
    texts = {f"a{i}.txt": GOOD.replace("Dorn", f"Dorn{i}") for i in range(5)}
    store = _store_with(tmp_path, {**texts, "b.txt": BAD})
    # a crash no Python handler sees (the pool's workers are forked)
    figures_failing_on("Varn", lambda: os._exit(1))
    with store:
        assert annotate_pending(store, Options(workers=2)) == 5
        (rejected,) = list(store.iter_quarantine())
        assert rejected.source_path.endswith("b.txt") and "process died" in rejected.reason


def test_once_every_job_is_out_each_returned_batch_is_saved(tmp_path):
    # what is left after the last worker stops is one batch to save and fuse, not a whole
    # transaction's worth (64 articles: a second of fusion with both cores but one idle)
    words = ("river flood storm fire bridge school market harbour train valley council army "
             "border village hospital mayor").split()
    texts = {f"{i:02d}.txt": f"Report {i}\n\n" + " ".join(words[(i + k) % 16] for k in range(40))
             + f" number {i}.\n" for i in range(40)}
    store = _store_with(tmp_path, texts)
    saves: list[int] = []

    def runner(jobs):
        taken = list(jobs)  # every job is with the runner before any outcome comes back
        for article_id, *_ in taken:
            yield article_id, annotating.Annotations()

    with store:
        pending = len(store.ids_without_annotations())
        saved = annotate_pending(store, Options(workers=2, batch_size=64), runner=runner,
                                 after_save=lambda: saves.append(
                                     pending - len(store.ids_without_annotations())))
    assert saved == pending == 40
    assert saves == [16, 32, 40]


def test_warm_up_loads_what_forked_workers_then_share():
    # the pool forks after warm_up: a worker finds the model and the gazetteer already loaded
    from dateline.annotate import warm_up
    from dateline.annotate.nlp import load_nlp
    from dateline.annotate.places.gazetteer import load_gazetteer

    load_gazetteer.cache_clear()
    warm_up()
    assert load_gazetteer.cache_info().currsize == 1
    assert load_nlp.cache_info().currsize == 1
