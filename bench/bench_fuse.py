"""Fusion cost: fuse 2,000 and 20,000 articles, then add 100 to the fused 20,000; peak memory.

    .venv/bin/python bench/bench_fuse.py [--sizes 2000,20000] [--base 150] [--add 100]

Annotating 20,000 articles with spaCy takes most of an hour on two cores, and fusion does not
depend on who annotated: `--base` real BBC articles are annotated once (cached in bench/out/),
then each store is filled with variants of them (a distinct sentence appended, each round of
copies three days after the last, every annotation date shifted with them), inserted directly.
Each size is fused in its own process, so its peak RSS is its own.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import re
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
OUT = ROOT / "bench" / "out"
BBC = ROOT.parent / "shared" / "corpora" / "bbc-news-2225"
BASE_DAY = dt.date(2005, 1, 10)
_DATE = re.compile(r"\b(\d{4})-(\d\d)-(\d\d)\b")


def base_annotations(count: int) -> list[tuple[str, str, dict]]:
    """(title, text, annotations) of `count` BBC articles, annotated once and cached."""
    cache = OUT / f"fuse-base-{count}.json"
    if cache.is_file():
        return [tuple(row) for row in json.loads(cache.read_text())]  # type: ignore[misc]
    from dateline.annotate import annotate_text

    files = sorted(p for p in BBC.rglob("*.txt"))[:count]
    rows = []
    for path in files:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
        title, text = lines[0].strip(), "\n".join(lines[1:]).strip()
        rows.append((title, text, annotate_text(text, BASE_DAY).to_dict()))
    OUT.mkdir(parents=True, exist_ok=True)
    cache.write_text(json.dumps(rows))
    return rows


def _shift(data: object, days: int) -> object:
    def move(match: re.Match[str]) -> str:
        try:
            day = dt.date(*map(int, match.groups())) + dt.timedelta(days=days)
        except ValueError:
            return match.group(0)
        return day.isoformat()

    return json.loads(_DATE.sub(move, json.dumps(data)))


def fill(db: Path, base: list, start: int, count: int) -> None:
    """Insert articles start..start+count-1 (variants of the base articles) with annotations."""
    from dateline.model import Annotations, Article
    from dateline.store.sqlite import SQLiteStore

    with SQLiteStore(db) as store, store.transaction():
        for i in range(start, start + count):
            title, text, notes = base[i % len(base)]
            # each round of copies is 3 days after the last, its articles spread over 3 days:
            # a copy never lands on its original's day (a real pile has no such repeats)
            days = (i // len(base)) * 3 + (i % len(base)) % 3
            day = (BASE_DAY + dt.timedelta(days=days)).isoformat()
            body = f"{text}\n\nThis is report number {i}."
            article = Article(id=f"{i:016x}", text=body, title=title, published=day,
                              published_precision="day", source_path=f"bench/{i}.txt")
            store.add_article(article)
            store.add_source(dataclasses.replace(article, raw=body), f"raw{i}")
            store.set_first_source(article.id)
            store.save_annotations(article.id, Annotations.from_dict(_shift(notes, days)))


def fuse_child(db: str) -> None:
    from dateline.fuse.run import fuse_pending
    from dateline.store.sqlite import SQLiteStore

    start = time.perf_counter()
    with SQLiteStore(db) as store:
        count = fuse_pending(store)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"fused": count, "seconds": round(seconds, 2), "peak_mb": round(peak)}))


def fuse_in_child(db: Path) -> dict:
    out = subprocess.run([sys.executable, __file__, "--child", str(db)], capture_output=True,
                         text=True, check=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="2000,20000")
    parser.add_argument("--base", type=int, default=150)
    parser.add_argument("--add", type=int, default=100)
    parser.add_argument("--child")
    args = parser.parse_args()
    if args.child:
        fuse_child(args.child)
        return
    if not BBC.is_dir():
        print(f"skipped: the BBC corpus is not at {BBC}")
        return
    base = base_annotations(args.base)
    print(f"base: {len(base)} annotated BBC articles; variants fill each store")
    for size in (int(s) for s in args.sizes.split(",")):
        db = OUT / f"fuse-{size}.db"
        for suffix in ("", "-wal", "-shm"):
            Path(str(db) + suffix).unlink(missing_ok=True)
        fill(db, base, 0, size)
        full = fuse_in_child(db)
        fill(db, base, size, args.add)
        added = fuse_in_child(db)
        print(f"{size:>6} articles: fuse {full['seconds']:7.1f} s "
              f"({1000 * full['seconds'] / size:.1f} ms/article, peak {full['peak_mb']} MB); "
              f"+{args.add} articles: {added['seconds']:.2f} s "
              f"({1000 * added['seconds'] / args.add:.1f} ms/article, peak {added['peak_mb']} MB)")


if __name__ == "__main__":
    main()
