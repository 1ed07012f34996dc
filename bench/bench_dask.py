"""Local process pool vs `--dask local`, and how fast the parent alone can store (articles/s).

    .venv/bin/python bench/bench_dask.py [--limit 300] [--workers 2] [--bbc DIR]

Each ingest (read, clean, dedup, store, annotate, fuse) is a fresh `dateline ingest` process on
the same corpus (the first `--limit` BBC News articles); the two stores must list the same
articles. Then the parent's share is timed alone, with the workers' results ready in advance:
dedup + store of cleaned articles, saving annotations (entity resolution included) and
fusion. Their combined rate is the most a cluster of any size can ingest, since one SQLite
writer does all three; divided by one worker's annotation rate, it says how many worker
processes one parent can keep busy.
"""

from __future__ import annotations

import argparse
import hashlib
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


def listing(db: Path) -> str:
    """A digest of `dateline articles --json`: equal digests, equal stores."""
    out = subprocess.run([str(DATELINE), "articles", "--db", str(db), "--json"],
                         capture_output=True, check=True).stdout
    return hashlib.sha256(out).hexdigest()[:16]


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
    rates["parent, all three"] = 1 / sum(1 / rate for rate in rates.values())
    return rates


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
        same = listing(Path(tmp) / "local.db") == listing(Path(tmp) / "dask.db")
        print(f"same articles --json: {same}")
        print("the parent alone, results ready (articles/s):")
        rates = parent_rates(corpus, Path(tmp) / "local.db", Path(tmp) / "parent.db")
        for step, rate in rates.items():
            print(f"  {step:<20} {rate:8.1f}")
        per_worker = count / local / args.workers
        print(f"one worker annotates ~{per_worker:.2f} articles/s here: the single writer "
              f"keeps up with ~{rates['parent, all three'] / per_worker:.0f} worker processes")


if __name__ == "__main__":
    main()
