"""Flat at scale: ingest with annotation and fusion, 10,000 articles at a time, to 100,000.

    .venv/bin/python bench/bench_scale.py [--total 100000] [--chunk 10000] [--no-annotate]
                                          [--db bench/out/scale.db]

Articles are the 2,225 BBC texts and generated variants of them (the first half of one text's
paragraphs and the second half of another's, a distinct pair each, and a shifted date line):
every article is annotated and fused, as real news would be. Variants are meant to differ, but
sharing half their text, more and more come out near copies of earlier ones: of each 2,225
articles, 47 (the BBC set's own), then 325, 516, 648, 710, 792 and 796 are stored as
duplicates. Those are annotated and fused too.
Each chunk is one `dateline ingest` into the same store, in its own process, so the figures
are per chunk: seconds per 1,000 articles, the peak RSS of the ingest process and of the
largest process it ran (workers included), and the CPU seconds per 1,000 of the ingest and
its workers together (steadier than wall time when something else runs), and of the ingest
process alone (`parent CPU`: the single writer, where work that grows with the store would
show; the workers' annotation is the same per article at any size). Then it re-ingests
the last chunk unchanged, and times the read paths an analyst waits on (first page of
`articles`, `timeline`, a search, with 50 rows each) over 50 runs: p50 and p95.
Targets: memory under 1.5 GB; the last chunk's time per article within 20 % of the first's;
the unchanged re-run in seconds; p95 under 50 ms.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
BBC = ROOT.parent / "shared" / "corpora" / "bbc-news-2225"
PYTHON = ROOT / ".venv" / "bin" / "python"
# `dateline ...` that also writes its own CPU seconds (without the workers it reaped) to the file
# named first: the parent is the store's single writer, where work that grows with the store is
OWN_CPU = ("import resource, sys\n"
           "from dateline.cli import main\n"
           "out = sys.argv.pop(1)\n"
           "sys.argv[0] = 'dateline'\n"
           "try:\n"
           "    main()\n"
           "finally:\n"
           "    used = resource.getrusage(resource.RUSAGE_SELF)\n"
           "    with open(out, 'w', encoding='utf-8') as handle:\n"
           "        handle.write(str(used.ru_utime + used.ru_stime))\n")
START = dt.date(2005, 1, 3)


def write_chunk(folder: Path, bases: list[str], start: int, count: int) -> None:
    """Articles start..start+count: the BBC texts first, then variants, each the first half of
    one text's paragraphs followed by the second half of another's (a distinct pair for each),
    so that no variant is a near copy of another and every one is annotated in full."""
    folder.mkdir(parents=True, exist_ok=True)
    n = len(bases)
    for i in range(start, start + count):
        first = bases[i % n]
        title, _, body = first.partition("\n")
        if i >= n:
            other = bases[(i % n + 1 + (i // n - 1) * 37) % n]
            ours = [p for p in body.split("\n") if p.strip()]
            theirs = [p for p in other.partition("\n")[2].split("\n") if p.strip()]
            body = "\n\n".join(ours[:max(1, len(ours) // 2)] + theirs[len(theirs) // 2:])
        day = START + dt.timedelta(days=(i // n) * 7 + (i % 7))
        variant = f" date {day.isoformat()} \n{title} ({i})\n{body.strip()}\n"
        (folder / f"{i:06d}.txt").write_text(variant, encoding="utf-8")


def ingest(folder: Path, db: Path, annotate: bool) -> dict[str, float]:
    start = time.perf_counter()
    flag = "--annotate" if annotate else "--no-annotate"
    own = folder.parent / "parent-cpu"
    own.unlink(missing_ok=True)
    proc = subprocess.Popen([str(PYTHON), "-c", OWN_CPU, str(own), "ingest", str(folder),
                             "--db", str(db), flag, "--json"],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    out = proc.stdout.read() if proc.stdout else b""
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    report = json.loads(out.decode().strip().splitlines()[-1]) if out.strip() else {}
    import resource

    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    # CPU seconds of the ingest and of the workers it reaped: steadier than wall time on a
    # shared machine, and what grows if the work per article grows
    cpu = usage.ru_utime + usage.ru_stime
    parent_cpu = float(own.read_text(encoding="utf-8")) if own.is_file() else float("nan")
    return {"seconds": seconds, "cpu": cpu, "parent_cpu": parent_cpu,
            "parent_mb": usage.ru_maxrss / 1024,
            "children_mb": children,
            "new": report.get("new", 0), "unchanged": report.get("unchanged", 0),
            "status": status}


def latencies(db: Path, runs: int = 50) -> dict[str, tuple[float, float]]:
    from dateline.fuse import query as q
    from dateline.store.sqlite import SQLiteStore

    out = {}
    with SQLiteStore(db) as store:
        cases = {
            "articles (first 50)": lambda: list(zip(range(50), store.iter_documents())),
            "timeline (first 50)": lambda: q.timeline(store, q.Filters(limit=50)),
            "timeline in a month": lambda: q.timeline(store, q.Filters(
                date_from="2005-03-01", date_to="2005-03-31", limit=50)),
            "search 'election'": lambda: q.search(store, "election", q.Filters(limit=50)),
        }
        for name, call in cases.items():
            times = []
            for _ in range(runs):
                started = time.perf_counter()
                call()
                times.append(1000 * (time.perf_counter() - started))
            times.sort()
            out[name] = (statistics.median(times), times[int(0.95 * (len(times) - 1))])
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--total", type=int, default=100_000)
    parser.add_argument("--chunk", type=int, default=10_000)
    parser.add_argument("--annotate", action=argparse.BooleanOptionalAction, default=True)
    parser.add_argument("--db", default=str(ROOT / "bench" / "out" / "scale.db"))
    args = parser.parse_args()
    if not BBC.is_dir():
        print(f"skipped: the BBC corpus is not at {BBC}")
        return
    bases = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(BBC.rglob("*.txt"))]
    db = Path(args.db)
    db.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    print(f"{args.total} articles in chunks of {args.chunk}, annotate={args.annotate}")
    print(f"{'articles':>9} {'s/1000':>8} {'CPU-s/1000':>10} {'parent CPU':>10} "
          f"{'parent MB':>10} {'largest MB':>10}")
    with tempfile.TemporaryDirectory(prefix="dateline-scale-") as tmp:
        folder = Path(tmp) / "chunk"
        for start in range(0, args.total, args.chunk):
            count = min(args.chunk, args.total - start)
            shutil.rmtree(folder, ignore_errors=True)
            write_chunk(folder, bases, start, count)
            run = ingest(folder, db, args.annotate)
            print(f"{start + count:>9} {1000 * run['seconds'] / count:8.1f} "
                  f"{1000 * run['cpu'] / count:10.1f} {1000 * run['parent_cpu'] / count:10.1f} "
                  f"{run['parent_mb']:10.0f} {run['children_mb']:10.0f}", flush=True)
        again = ingest(folder, db, args.annotate)
        print(f"re-ingest of the last {count} unchanged files: {again['seconds']:.1f} s "
              f"(unchanged {again['unchanged']})")
    for name, (p50, p95) in latencies(db).items():
        print(f"{name:24} p50 {p50:6.1f} ms   p95 {p95:6.1f} ms")


if __name__ == "__main__":
    main()
