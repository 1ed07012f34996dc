"""Ingest time for many near-identical stories (one wire story, a word changed per copy).

    .venv/bin/python bench/bench_near_dups.py [--sizes 1000,4000]

Each near copy must be compared with a bounded number of earlier articles, so the time per
article stays flat as the group grows. The same numbers of distinct generated stories
(bench_ingest.py's generator) are timed beside them as the baseline. Each ingest runs in its own
child process (`dateline ingest --no-annotate`).
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_ingest import generate as generate_distinct  # noqa: E402

# the console script's entry point through this interpreter: PYTHONPATH decides which checkout
RUN_CLI = "import sys; from dateline.cli import main; sys.argv[0] = 'dateline'; main()"
STORY = (
    "Rescue teams reached the last cut-off farms in the upper valley on Thursday, the county "
    "fire service said, ending a three-day operation after the river burst its banks. "
    "About {n} people spent the night in the sports hall in the market town, where volunteers "
    "handed out blankets and hot food. The mayor said the bridge on the main road would stay "
    "closed until engineers had checked its foundations, and asked drivers to use the "
    "northern route. Forecasters expect more rain over the weekend but say the river should "
    "keep falling. Farmers said they had lost hay and fencing, and the regional council "
    "promised emergency grants for families whose homes were flooded. The fire service "
    "thanked {word} volunteers who helped move livestock to higher ground on Wednesday night."
)
VARIANTS = ("local", "many", "tireless", "young", "neighbouring", "dozens of", "brave", "retired")


def generate(folder: Path, count: int, seed: int = 11) -> None:
    """`count` text files, each the same story with a number and a word changed."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        body = STORY.format(n=rng.randint(100, 900), word=rng.choice(VARIANTS))
        (folder / f"{i:06d}.txt").write_text(f"Valley farms reached\n\n{body}\n",
                                             encoding="utf-8")


def run(corpus: Path, db: Path) -> tuple[float, dict[str, object]]:
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", RUN_CLI, "ingest", str(corpus), "--db", str(db),
                           "--no-annotate", "--json"], capture_output=True, check=False)
    seconds = time.perf_counter() - start
    lines = proc.stdout.decode().strip().splitlines()
    return seconds, json.loads(lines[-1]) if lines else {}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="1000,4000")
    args = parser.parse_args()
    print(f"{'stories':>8} {'kind':<10}{'seconds':>9}{'ms/story':>10}{'new':>6}{'duplicate':>11}")
    for size in (int(s) for s in args.sizes.split(",") if s):
        for kind, make in (("near", generate), ("distinct", generate_distinct)):
            with tempfile.TemporaryDirectory() as tmp:
                folder = Path(tmp) / "corpus"
                make(folder, size)
                seconds, report = run(folder, Path(tmp) / "near.db")
            print(f"{size:>8} {kind:<10}{seconds:>9.1f}{1000 * seconds / size:>10.1f}"
                  f"{report.get('new', '?')!s:>6}{report.get('duplicate', '?')!s:>11}")


if __name__ == "__main__":
    main()
