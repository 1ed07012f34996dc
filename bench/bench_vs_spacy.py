"""dateline's whole job against spaCy's full small pipeline on the same texts, side by side.

    .venv/bin/python bench/bench_vs_spacy.py [--limit 300] [--rounds 2] [--workers 2]

Each round runs, alternating, (a) spaCy alone: `nlp.pipe(texts, n_process=2)` with every
component of the stock en_core_web_sm (as spaCy ships it, without dateline's memoized
attribute ruler and lemmatizer), in a child process; (b) `dateline ingest` end to end into a fresh
store: read, clean, deduplicate, store, annotate (2 workers), fuse. Both over the same BBC
articles. It prints the wall seconds of each and their ratio (target: at most 1.0), per round,
their median, and the ratio of each side's fastest round.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BBC = ROOT.parent / "shared" / "corpora" / "bbc-news-2225"
DATELINE = ROOT / ".venv" / "bin" / "dateline"
# spaCy as it ships: the stock en_core_web_sm pipeline, none of dateline's changes to it
SPACY_ONLY = """
import sys
from pathlib import Path
import spacy
from dateline.annotate.nlp import MODEL_NAMES
paths = sorted(Path(sys.argv[1]).glob("*.txt"))
texts = [p.read_text(encoding="utf-8", errors="replace") for p in paths]
for name in MODEL_NAMES:
    try:
        nlp = spacy.load(name)
        break
    except OSError:
        continue
print(nlp.pipe_names, file=sys.stderr)
for _ in nlp.pipe(texts, n_process=int(sys.argv[2]), batch_size=16):
    pass
"""


def corpus(folder: Path, limit: int) -> int:
    files = sorted(BBC.rglob("*.txt"))[:limit]
    for i, path in enumerate(files):
        (folder / f"{i:05d}.txt").write_text(path.read_text(encoding="utf-8", errors="replace"),
                                             encoding="utf-8")
    return len(files)


def timed(command: list[str]) -> tuple[float, float]:
    """Wall seconds, and CPU seconds (user + system) of the command and every process it
    waited for (pool workers included): on a shared 2-core VM the CPU figure is the steadier."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--limit", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    if not BBC.is_dir():
        print(f"skipped: the BBC corpus is not at {BBC}")
        return
    with tempfile.TemporaryDirectory(prefix="dateline-vs-spacy-") as tmp:
        folder = Path(tmp) / "in"
        folder.mkdir()
        count = corpus(folder, args.limit)
        print(f"{count} BBC articles, {args.workers} processes each")
        walls: list[float] = []
        cpus: list[float] = []
        best: dict[str, list[float]] = {"spacy": [], "ours": [], "spacy_cpu": [], "ours_cpu": []}
        for round_ in range(1, args.rounds + 1):
            spacy_s, spacy_cpu = timed([sys.executable, "-c", SPACY_ONLY, str(folder),
                                        str(args.workers)])
            db = Path(tmp) / f"r{round_}.db"
            ours, ours_cpu = timed([str(DATELINE), "ingest", str(folder), "--db", str(db),
                                    "--workers", str(args.workers)])
            best["spacy"].append(spacy_s)
            best["ours"].append(ours)
            best["spacy_cpu"].append(spacy_cpu)
            best["ours_cpu"].append(ours_cpu)
            walls.append(ours / spacy_s)
            cpus.append(ours_cpu / spacy_cpu)
            print(f"round {round_}: spaCy alone {spacy_s:5.1f} s ({spacy_cpu:5.1f} CPU-s)   "
                  f"dateline ingest (all stages) {ours:5.1f} s ({ours_cpu:5.1f} CPU-s)   "
                  f"ratio {ours / spacy_s:.2f}x wall, {ours_cpu / spacy_cpu:.2f}x CPU")
        print(f"median ratio: {statistics.median(walls):.2f}x wall, "
              f"{statistics.median(cpus):.2f}x CPU (target: at most 1.00)")
        # a shared VM slows whole rounds down: the fastest of each side is the steadier figure
        print(f"best of each: spaCy alone {min(best['spacy']):.1f} s, dateline "
              f"{min(best['ours']):.1f} s: {min(best['ours']) / min(best['spacy']):.2f}x wall, "
              f"{min(best['ours_cpu']) / min(best['spacy_cpu']):.2f}x CPU")


if __name__ == "__main__":
    main()
