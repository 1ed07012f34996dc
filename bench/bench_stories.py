"""Story assignment time and peak memory for 2,000 and 20,000 articles made from BBC News.

    .venv/bin/python bench/bench_stories.py [--sizes 2000,20000] [--bbc DIR]

Articles are variants of the 2,225 BBC texts: each keeps a random ~70 % of its base article's
sentences, takes two sentences from another article of the same category (so stories touch),
changes its numbers, and gets a date within a few days of its base's (2004-2005). Each size is
filled and assigned in its own child process, so the peak RSS printed is that run's own;
memory must stay flat from the small to the large pile. Only `assign_stories` is timed:
wall seconds (what a user waits, sensitive to other load on the machine) and CPU seconds.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SENTENCE = re.compile(r"(?<=[.!?])\s+")


def _bases(bbc: Path) -> list[tuple[str, str, list[str]]]:
    out = []
    for path in sorted(bbc.glob("*/*.txt")):
        lines = path.read_text(encoding="utf-8", errors="replace").strip().split("\n", 1)
        body = lines[1] if len(lines) > 1 else ""
        out.append((path.parent.name, lines[0].strip(), SENTENCE.split(body.strip())))
    return out


def _variants(bbc: Path, count: int, seed: int = 11):
    """`count` generated articles: (id, title, text, published)."""
    from dateline.model import Article

    rng = random.Random(seed)
    bases = _bases(bbc)
    by_category: dict[str, list[int]] = {}
    for i, (category, _, _) in enumerate(bases):
        by_category.setdefault(category, []).append(i)
    start = dt.date(2004, 1, 1).toordinal()
    base_day = [start + rng.randrange(730) for _ in bases]
    for n in range(count):
        b = n % len(bases)
        category, title, sentences = bases[b]
        kept = [s for s in sentences if rng.random() < 0.7] or sentences[:1]
        other = bases[rng.choice(by_category[category])][2]
        for s in rng.sample(other, min(2, len(other))):
            kept.insert(rng.randrange(len(kept) + 1), s)
        text = re.sub(r"\d+", lambda m: str(int(m.group(0)) + rng.randrange(3)), " ".join(kept))
        text = f"{title}\n\n{text}"
        day = dt.date.fromordinal(base_day[b] + rng.randrange(-3, 4)).isoformat()
        aid = hashlib.sha256(f"{n}:{text}".encode()).hexdigest()[:16]
        yield Article(id=aid, text=text, title=title, published=day)


def child(size: int, bbc: Path, db: Path) -> None:
    """Fill a store with `size` articles, assign stories, print one JSON line of figures."""
    from dateline.store.sqlite import SQLiteStore
    from dateline.store.stories import assign_stories
    from dateline.store.story_queries import list_stories

    with SQLiteStore(db) as store:
        batch = []
        for article in _variants(bbc, size):
            batch.append(article)
            if len(batch) == 500:
                with store.transaction():
                    for a in batch:
                        store.add_article(a)
                batch = []
        with store.transaction():
            for a in batch:
                store.add_article(a)
        rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        started, cpu = time.perf_counter(), time.process_time()
        assigned = assign_stories(store)
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
        stories = list_stories(store)
    print(json.dumps({"size": size, "assigned": assigned, "seconds": round(seconds, 1),
                      "cpu_seconds": round(cpu, 1),
                      "per_second": round(assigned / seconds, 1), "stories": len(stories),
                      "largest": stories[0]["articles"] if stories else 0,
                      "rss_before_mb": round(rss_before, 1),
                      "peak_rss_mb": round(resource.getrusage(
                          resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="2000,20000")
    parser.add_argument("--bbc", default=str(ROOT.parent / "shared" / "corpora" / "bbc-news-2225"
                                             / "data_raw"))
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    args = parser.parse_args()
    bbc = Path(args.bbc)
    if not bbc.is_dir():
        sys.exit(f"BBC corpus not found at {bbc} (../shared beside the checkout)")
    if args.child:
        child(args.child, bbc, Path(args.db))
        return
    print(f"{'articles':>9} {'seconds':>8} {'cpu s':>7} {'art/s':>7} {'stories':>8} "
          f"{'largest':>8} {'peak RSS MB':>12}")
    for size in (int(s) for s in args.sizes.split(",")):
        with tempfile.TemporaryDirectory() as tmp:
            out = subprocess.run([sys.executable, __file__, "--child", str(size), "--bbc",
                                  str(bbc), "--db", str(Path(tmp) / "bench.db")],
                                 capture_output=True, text=True, check=True).stdout
        r = json.loads(out.strip().splitlines()[-1])
        print(f"{r['assigned']:>9} {r['seconds']:>8} {r['cpu_seconds']:>7} {r['per_second']:>7} "
              f"{r['stories']:>8} {r['largest']:>8} {r['peak_rss_mb']:>12}")


if __name__ == "__main__":
    main()
