"""The dask engine: a run on a real scheduler and two workers stores what the local run stores.

The cluster tests start `dask scheduler` and two `dask worker` processes on loopback (slow);
they skip with the reason when the cluster cannot start.
"""

from __future__ import annotations

import dataclasses
import json
import os
import pickle
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

import dateline.annotating as annotating
from dateline.cli import app
from dateline.config import Options
from dateline.errors import AnnotationError, InputError
from dateline.model import Annotations, Article, RawDocument, Rejection
from dateline.pipeline import ingest, store_units
from dateline.scale.dask import _as_given, _files, _read_task
from dateline.store.sqlite import SQLiteStore

runner = CliRunner()
ROOT = Path(__file__).resolve().parents[1]
DASK = Path(sys.executable).parent / "dask"

STORY = ("Flood waters rose across the Dorn valley on Monday as the river burst its banks in "
         "three places, officials said. At least 12 people were killed and 40 were injured in "
         "the town of Dorn, the regional governor told reporters. Rescue teams used boats to "
         "reach families trapped on rooftops in the lower districts. The army sent 200 "
         "soldiers to help with the evacuation of the valley. Forecasters said more rain was "
         "expected until Thursday, and schools across the province will stay closed. The "
         "governor said the damage to roads and bridges would take months to repair.")
OTHER = ("Fire crews in Lisk rescued 30 people from a burning apartment block on Tuesday. "
         "The fire started on the fourth floor and spread quickly, the city fire chief said. "
         "Two residents were taken to hospital with burns.")


def _article(title: str, body: str) -> str:
    return f"{title}\n\nPublished: Tue 04 Mar 2025, 10:00 AM\n\n{body}\n"


def _corpus(folder: Path) -> None:
    """Originals, a near copy, an exact copy, a dump with a bad line, and two bad files."""
    folder.mkdir()
    (folder / "a-flood.txt").write_text(_article("Floods in Dorn", STORY), encoding="utf-8")
    (folder / "b-flood-reworded.txt").write_text(
        _article("Floods hit Dorn", STORY.replace("take months", "take many months")),
        encoding="utf-8")
    (folder / "c-flood-copy.txt").write_text(_article("Floods in Dorn", STORY), encoding="utf-8")
    (folder / "d-fire.txt").write_text(_article("Fire in Lisk", OTHER), encoding="utf-8")
    (folder / "e-empty.txt").write_text("  \n", encoding="utf-8")
    (folder / "f-binary.txt").write_bytes(bytes(range(256)) * 4)
    dump = [json.dumps({"title": "Storm in Varn", "text": "A storm destroyed 40 homes in "
                        "Varn on Monday, officials said.", "date": "2025-03-03"}), "{not json"]
    (folder / "g-dump.jsonl").write_text("\n".join(dump) + "\n", encoding="utf-8")


# --- without a cluster ------------------------------------------------------------------------


def test_units_cleaned_elsewhere_are_stored_as_the_local_run_stores_them(tmp_path):
    _corpus(tmp_path / "in")
    options = Options(annotate=False)
    local, remote = SQLiteStore(tmp_path / "l.db"), SQLiteStore(tmp_path / "r.db")
    with local, remote:
        expected = ingest([tmp_path / "in"], local, options)
        units = [unit for item in _files([tmp_path / "in"]) for unit in _read_task(options, [item])]
        got = store_units(units, remote, options)
        assert got.to_dict() == expected.to_dict()
        assert [a.to_dict(with_raw=True) for a in remote.iter_documents(unique=False)] == \
            [a.to_dict(with_raw=True) for a in local.iter_documents(unique=False)]
        assert list(remote.iter_quarantine()) == list(local.iter_quarantine())


def test_workers_open_absolute_paths_and_the_store_keeps_them_as_given(tmp_path, monkeypatch):
    _corpus(tmp_path / "in")
    monkeypatch.chdir(tmp_path)
    items = list(_files(["in", "missing"]))
    assert items[0] == (str(tmp_path / "in" / "a-flood.txt"), "in/a-flood.txt")
    assert isinstance(items[-1], Rejection) and items[-1].source_path == "missing"
    gone = Rejection(str(tmp_path / "x"), "E013", f"Cannot read {tmp_path / 'x'}: gone.")
    assert _as_given(gone, str(tmp_path / "x"), "x") == \
        Rejection("x", "E013", "Cannot read x: gone.")


def test_what_travels_between_parent_and_workers_pickles():
    things = [RawDocument("a.txt", "text", "raw", "text", meta={"published": "2025-03-03"}),
              Article("id", "text", authors=("A",)), Rejection("a.txt", "E001", "empty"),
              Annotations(), Options(column_map={"text": "Body"}, dask="local"),
              InputError.make("E006", path="a.txt", stage="clean", detail="nothing left"),
              AnnotationError.make("E050", stage="figures", component="figures", reason="x")]
    for thing in things:
        back = pickle.loads(pickle.dumps(thing))
        assert type(back) is type(thing)
        if isinstance(thing, Exception):
            assert vars(back) == vars(thing)
        else:
            assert back == thing


# --- on a real scheduler and two workers ------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    """The address of a scheduler with two one-thread workers, all on loopback."""
    if not DASK.exists():
        pytest.skip(f"no dask command at {DASK}: pip install -e . installs it")
    from distributed import Client

    home = tmp_path_factory.mktemp("cluster")  # workers run elsewhere than the parent
    address = f"tcp://127.0.0.1:{_free_port()}"
    # one death allowed per task before KilledWorker keeps the failure test short; one task per
    # worker keeps the deaths of the test's killer from being counted against its neighbours
    env = {**os.environ, "PYTHONPATH": str(ROOT / "tests"),
           "DASK_DISTRIBUTED__SCHEDULER__ALLOWED_FAILURES": "1",
           "DASK_DISTRIBUTED__SCHEDULER__WORKER_SATURATION": "1.0"}
    logs = (home / "log").open("w")
    procs = [subprocess.Popen([str(DASK), "scheduler", "--host", "127.0.0.1", "--port",
                               address.rsplit(":", 1)[1], "--no-dashboard"], cwd=home, env=env,
                              stdout=logs, stderr=subprocess.STDOUT, start_new_session=True)]
    procs += [subprocess.Popen([str(DASK), "worker", address, "--nworkers", "1", "--nthreads",
                                "1", "--host", "127.0.0.1", "--no-dashboard",
                                "--death-timeout", "120"], cwd=home, env=env, stdout=logs,
                               stderr=subprocess.STDOUT, start_new_session=True)
              for _ in range(2)]
    try:
        with Client(address, timeout="60s") as client:
            client.wait_for_workers(2, timeout=120)
    except Exception as error:  # noqa: BLE001 - any reason the cluster is not there is a skip
        _stop(procs)
        tail = (home / "log").read_text(errors="replace")[-600:]
        pytest.skip(f"a dask cluster could not start on loopback ({error!r}): {tail}")
    yield address
    _stop(procs)


def _stop(procs: list[subprocess.Popen]) -> None:
    for proc in procs:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)  # the group: a worker's nanny and its worker
    for proc in procs:
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)


def _cli(*args: str) -> list[str]:
    result = runner.invoke(app, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    return result.stdout.splitlines()


def _record(db: str) -> dict[str, object]:
    """Everything a reader sees in a store, as the commands print it."""
    rows = [json.loads(line) for line in _cli("articles", "--db", db, "--json")]
    return {"articles": rows,
            "annotations": {row["id"]: _cli("show", row["id"], "--db", db, "--json")
                            for row in rows},
            "quarantine": _cli("quarantine", "--db", db, "--json"),
            "timeline": _cli("timeline", "--db", db, "--json")}


@pytest.mark.slow
def test_a_cluster_run_stores_what_the_local_run_stores(cluster, tmp_path, monkeypatch):
    _corpus(tmp_path / "in")
    monkeypatch.chdir(tmp_path)  # relative paths: the workers' working folder is another
    local = runner.invoke(app, ["ingest", "in", "--db", "local.db", "--json"])
    remote = runner.invoke(app, ["ingest", "in", "--db", "dask.db", "--json", "--dask", cluster])
    assert remote.exit_code == local.exit_code == 1, remote.output  # the bad inputs
    assert remote.stdout == local.stdout
    report = json.loads(local.stdout)
    assert report["new"] == 3 and report["duplicate"] == 2 and len(report["rejected"]) == 3
    assert report["annotated"] == 4
    expected, got = _record("local.db"), _record("dask.db")
    assert got == expected
    rows = expected["articles"]
    assert [row["source_path"] for row in rows][:2] == ["in/a-flood.txt",
                                                        "in/b-flood-reworded.txt"]
    assert rows[1]["duplicate_of"] == rows[0]["id"] and rows[2]["duplicate_of"] == rows[0]["id"]


@dataclasses.dataclass(frozen=True)
class FlakyJob:
    """`annotate_job`, except: 'Kessel' kills its worker once, 'Brack' every time, and 'Varn'
    fails the figures stage (the test module is importable on the workers: PYTHONPATH)."""

    marks: str

    def __call__(self, job: annotating.Job) -> annotating.Outcome:
        article_id, text = job[0], job[1]
        mark = Path(self.marks) / article_id
        if "Brack" in text or "Kessel" in text and not mark.exists():
            mark.touch()
            os.kill(os.getpid(), signal.SIGKILL)
        real = annotating.annotate_text
        annotating.annotate_text = _failing_on_varn(real)
        try:
            return annotating.annotate_job(job)
        finally:
            annotating.annotate_text = real


def _failing_on_varn(real):
    def annotate_text(text, published=None, **kwargs):
        if "Varn" in text:
            raise AnnotationError.make("E050", stage="figures", component="figures",
                                       reason="ValueError: boom")
        return real(text, published, **kwargs)

    return annotate_text


@pytest.mark.slow
def test_dead_workers_are_replaced_and_failing_articles_quarantined(cluster, tmp_path,
                                                                    figures_failing_on):
    from distributed import Client

    from dateline.scale.dask import DaskEngine

    texts = {"a.txt": _article("Fire in Lisk", OTHER),
             "b.txt": _article("Storm in Varn", "A storm destroyed 40 homes in Varn."),
             "c.txt": _article("Quake in Kessel", "A quake shook Kessel on Monday; 3 died."),
             "d.txt": _article("Floods in Dorn", STORY),
             "e.txt": _article("Fog in Brack", "Fog closed the airport of Brack on Monday.")}
    (tmp_path / "in").mkdir()
    for name, text in texts.items():
        (tmp_path / "in" / name).write_text(text, encoding="utf-8")
    (tmp_path / "marks").mkdir()
    for name in ("local", "dask"):
        with SQLiteStore(tmp_path / f"{name}.db") as store:
            ingest([tmp_path / "in"], store, Options(annotate=False))
    started = time.monotonic()
    with Client(cluster) as client, SQLiteStore(tmp_path / "dask.db") as store:
        saved = DaskEngine(client, job=FlakyJob(str(tmp_path / "marks"))).annotate(
            store, Options())
        rejected = {r.source_path.rsplit("/", 1)[-1]: r for r in store.iter_quarantine()}
        got = {a.id: store.get_annotations(a.id) for a in store.iter_documents(unique=False)}
    assert saved == 3, f"{time.monotonic() - started:.0f} s"
    assert (tmp_path / "marks").is_dir() and len(list((tmp_path / "marks").iterdir())) == 2
    assert set(rejected) == {"b.txt", "e.txt"}
    assert rejected["b.txt"].code == rejected["e.txt"].code == "E050"
    assert "stage figures" in rejected["b.txt"].reason
    assert "stage worker" in rejected["e.txt"].reason
    assert rejected["e.txt"].locator and rejected["e.txt"].locator.startswith("article ")
    # locally (in this process, where nothing kills), the same articles, in the same order
    figures_failing_on("Varn")
    with SQLiteStore(tmp_path / "local.db") as store:
        assert annotating.annotate_pending(store, Options(workers=1)) == 4
        expected = {i: store.get_annotations(i) for i in got}
    killer = rejected["e.txt"].locator.split()[-1]
    assert got.pop(killer) is None and expected.pop(killer) is not None
    assert got == expected


def test_an_unreachable_scheduler_is_one_error_line(tmp_path, monkeypatch):
    monkeypatch.setattr("dateline.scale.dask.CONNECT_S", 2)
    (tmp_path / "a.txt").write_text(_article("Fire in Lisk", OTHER), encoding="utf-8")
    result = runner.invoke(app, ["ingest", str(tmp_path / "a.txt"), "--db",
                                 str(tmp_path / "s.db"), "--dask",
                                 f"tcp://127.0.0.1:{_free_port()}"])
    assert result.exit_code == 3
    assert "[E060]" in result.output and "cannot be used" in result.output


@pytest.mark.slow
def test_workers_running_other_code_are_refused(cluster, tmp_path, monkeypatch):
    import dateline.scale.dask as engine

    (tmp_path / "a.txt").write_text(_article("Fire in Lisk", OTHER), encoding="utf-8")
    engine.code_fingerprint.cache_clear()
    monkeypatch.setattr(engine, "__version__", "0.0.0-other")  # this process only
    try:
        result = runner.invoke(app, ["ingest", str(tmp_path / "a.txt"), "--db",
                                     str(tmp_path / "s.db"), "--dask", cluster])
    finally:
        engine.code_fingerprint.cache_clear()
    assert result.exit_code == 3
    assert "[E060]" in result.output and "other dateline code" in result.output
    assert not (tmp_path / "s.db").exists()
