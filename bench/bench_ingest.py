"""Ingest + clean throughput (articles/s) and peak memory, on BBC News and generated corpora.

    .venv/bin/python bench/bench_ingest.py [--sizes 2000,20000] [--bbc DIR]

Each run is a fresh `dateline ingest --no-annotate` in its own process, so its peak RSS is
its own.
Memory must stay flat as the corpus grows: compare the peak of the small and the large corpus.
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATELINE = ROOT / ".venv" / "bin" / "dateline"
WORDS = ("river council minister border village troops aid talks rain harbour bridge market "
         "school hospital election budget farmers police storm road court energy port rescue "
         "mayor strike union station factory water power north south east west families").split()
PLACES = ["Ravenna", "Bologna", "Kyiv", "Lagos", "Quito", "Manila", "Nairobi", "Lima", "Oslo"]


def generate(folder: Path, count: int, seed: int = 7) -> None:
    """`count` distinct fictional articles as text files, in the plain-text conventions."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        place = rng.choice(PLACES)
        paragraphs = []
        for _ in range(rng.randint(5, 12)):
            sentence = " ".join(rng.choice(WORDS) for _ in range(rng.randint(12, 28)))
            paragraphs.append(f"In {place}, {sentence} {rng.randint(2, 90000)} people said "
                              f"on {rng.choice(['Monday', 'Friday', 'Sunday'])}.")
        day = 1 + i % 28
        text = (f"Report {i} on the {rng.choice(WORDS)} in {place}\n\nBy Staff Reporter\n\n"
                f"Published: Fri {day:02d} Mar 2025, 10:00 AM\n\n" + "\n\n".join(paragraphs)
                + "\n\nRecommended for you\n")
        (folder / f"{i:06d}.txt").write_text(text, encoding="utf-8")


def run_ingest(corpus: Path, db: Path, annotate: bool = False) -> tuple[float, int, float]:
    """(seconds, accepted units, peak RSS in MB) of one ingest in a child process.

    With `annotate`, the peak is the main process's only; each worker process holds its own
    spaCy pipeline and gazetteer on top of it."""
    start = time.perf_counter()
    flag = "--annotate" if annotate else "--no-annotate"
    proc = subprocess.Popen([str(DATELINE), "ingest", str(corpus), "--db", str(db),
                             flag, "--json"], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL)
    output = proc.stdout.read() if proc.stdout else b""
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    import json

    report = json.loads(output.decode().strip().splitlines()[-1])
    accepted = report["new"] + report["updated"] + report["duplicate"]
    return seconds, accepted, usage.ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="2000,20000")
    parser.add_argument("--bbc", default=str(ROOT.parent / "shared" / "corpora" / "bbc-news-2225"))
    parser.add_argument("--annotate", action="store_true",
                        help="also time ingest with annotation (2 workers) on the BBC corpus")
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        corpora: list[tuple[str, Path]] = []
        bbc = Path(args.bbc)
        if bbc.is_dir():
            corpora.append(("bbc-news-2225", bbc))
        else:
            print(f"skipped BBC corpus: {bbc} not found", file=sys.stderr)
        for size in (int(s) for s in args.sizes.split(",") if s):
            folder = Path(tmp) / f"generated-{size}"
            generate(folder, size)
            corpora.append((f"generated-{size}", folder))
        for name, folder in corpora:
            db = Path(tmp) / f"{name}.db"
            seconds, accepted, peak = run_ingest(folder, db)
            again, _, _ = run_ingest(folder, db)
            rows.append((name, accepted, seconds, accepted / seconds, peak, again))
    if args.annotate and Path(args.bbc).is_dir():
        with tempfile.TemporaryDirectory() as tmp:
            seconds, accepted, peak = run_ingest(Path(args.bbc), Path(tmp) / "a.db", True)
            rows.append(("bbc +annotate", accepted, seconds, accepted / seconds, peak, 0.0))
    print(f"{'corpus':<18}{'articles':>9}{'seconds':>9}{'articles/s':>12}{'peak MB':>9}"
          f"{'re-ingest s':>13}")
    for name, accepted, seconds, rate, peak, again in rows:
        print(f"{name:<18}{accepted:>9}{seconds:>9.1f}{rate:>12.1f}{peak:>9.1f}{again:>13.1f}")


if __name__ == "__main__":
    main()
