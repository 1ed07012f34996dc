"""Local process pool vs `--dask local`, and how fast the parent alone can store (articles/s).

    .venv/bin/python bench/bench_dask.py [--limit 300] [--workers 2] [--bbc DIR]

Each ingest (read, clean, dedup, store, annotate, fuse) is a fresh `dateline ingest` process on
the same corpus (the first `--limit` BBC News articles); the two stores must hold the same
record. Then the parent's share is timed alone, with the workers' results ready in advance:
dedup + store of cleaned articles, saving annotations (entity resolution included) and
fusion. Their combined rate is the most a cluster of any size can ingest, since one SQLite
writer does all three; divided by one worker's annotation rate, it says how many worker
processes one parent can keep busy.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATELINE = ROOT / ".venv" / "bin" / "dateline"


def pick(bbc: Path, limit: int, folder: Path) -> int:
    """Copy the first `limit` articles (sorted paths, every category in turn) into `folder`."""
    categories = sorted(p for p in (bbc / "data_raw").iterdir() if p.is_dir())
    files = [sorted(c.glob("*.txt")) for c in categories]
    chosen = [f for group in zip(*files) for f in group][:limit]
    folder.mkdir(parents=True)
    for path in chosen:
        shutil.copy(path, folder / f"{path.parent.name}-{path.name}")
    return len(chosen)


def timed_ingest(corpus: Path, db: Path, workers: int, dask: str | None) -> float:
    """Seconds of one `dateline ingest` (annotation and fusion included)."""
    command = [str(DATELINE), "ingest", str(corpus), "--db", str(db), "--json",
               "--workers", str(workers)] + (["--dask", dask] if dask else [])
    start = time.perf_counter()
    subprocess.run(command, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def record(db: Path) -> str:
    """A digest of `articles --json`, `timeline --json` and every article's annotations."""
    from dateline.store.sqlite import SQLiteStore

    digest = hashlib.sha256()
    for command in ("articles", "timeline"):
        digest.update(subprocess.run([str(DATELINE), command, "--db", str(db), "--json"],
                                     capture_output=True, check=True).stdout)
    with SQLiteStore(db, create=False) as store:
        for article in store.iter_documents(unique=False):
            found = store.get_annotations(article.id)
            digest.update(json.dumps(found.to_dict() if found else None).encode())
    return digest.hexdigest()[:16]


def parent_rates(corpus: Path, annotated_db: Path, db: Path) -> dict[str, float]:
    """Articles/s of the parent's three serial steps, each fed results computed beforehand."""
    from dateline.annotating import _save_all
    from dateline.config import Options
    from dateline.fuse.run import fuse_pending
    from dateline.pipeline import store_units
    from dateline.scale.dask import _files, _read_task
    from dateline.store.sqlite import SQLiteStore

    options = Options()
    units = [unit for item in _files([corpus]) for unit in _read_task(options, [item])]
    with SQLiteStore(annotated_db) as done:
        outcomes = [(a.id, done.get_annotations(a.id)) for a in done.iter_documents(unique=True)]
    outcomes = [(i, found) for i, found in outcomes if found is not None]
    rates: dict[str, float] = {}
    with SQLiteStore(db) as store:
        start = time.perf_counter()
        report = store_units(units, store, options)
        rates["dedup + store"] = (report.new + report.duplicate) / (time.perf_counter() - start)
        start = time.perf_counter()
        saved = _save_all(store, iter(outcomes), options, None)  # type: ignore[arg-type]
        rates["save annotations"] = saved / (time.perf_counter() - start)
        start = time.perf_counter()
        fuse_pending(store, options.batch_size)
        rates["fuse"] = saved / (time.perf_counter() - start)
    rates["store writes"] = 1 / (1 / rates["dedup + store"] + 1 / rates["save annotations"])
    rates["parent, all three"] = 1 / (1 / rates["store writes"] + 1 / rates["fuse"])
    return rates


def worker_rate(corpus: Path, count: int) -> float:
    """Articles/s one process annotates (spaCy loaded first), as a cluster worker does."""
    from dateline.annotating import annotate_job
    from dateline.config import Options
    from dateline.model import Article
    from dateline.scale.dask import _files, _read_task

    options = Options()
    units = [unit for item in _files([corpus]) for unit in _read_task(options, [item])]
    articles = [unit[1] for unit in units
                if isinstance(unit, tuple) and isinstance(unit[1], Article)][:count + 1]
    jobs = [(a.id, a.text, a.published, a.dateline) for a in articles]
    annotate_job(jobs[0])  # loads spaCy and the gazetteer
    start = time.perf_counter()
    for job in jobs[1:]:
        annotate_job(job)
    return (len(jobs) - 1) / (time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=300)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--bbc", default=str(ROOT.parent / "shared" / "corpora" / "bbc-news-2225"))
    args = parser.parse_args()
    if not (Path(args.bbc) / "data_raw").is_dir():
        sys.exit(f"BBC corpus not found at {args.bbc}")
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        count = pick(Path(args.bbc), args.limit, corpus)
        print(f"{count} BBC articles, {args.workers} worker processes")
        local = timed_ingest(corpus, Path(tmp) / "local.db", args.workers, None)
        print(f"local pool     {local:7.1f} s  {count / local:6.2f} articles/s")
        dask = timed_ingest(corpus, Path(tmp) / "dask.db", args.workers, "local")
        print(f"--dask local   {dask:7.1f} s  {count / dask:6.2f} articles/s "
              "(cluster start included)")
        same = record(Path(tmp) / "local.db") == record(Path(tmp) / "dask.db")
        print(f"same articles, timeline and annotations: {same}")
        print("the parent alone, results ready (articles/s):")
        rates = parent_rates(corpus, Path(tmp) / "local.db", Path(tmp) / "parent.db")
        for step, rate in rates.items():
            print(f"  {step:<20} {rate:8.1f}")
        per_worker = worker_rate(corpus, 40)
        print(f"one process annotates {per_worker:.2f} articles/s: the parent keeps "
              f"{rates['parent, all three'] / per_worker:.1f} worker processes busy "
              f"({rates['store writes'] / per_worker:.1f} without fusion)")


if __name__ == "__main__":
    main()
