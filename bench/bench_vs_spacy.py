"""dateline's whole job against spaCy's full small pipeline on the same texts, side by side.

    .venv/bin/python bench/bench_vs_spacy.py [--limit 300] [--rounds 2] [--workers 2]

Each round runs, alternating, (a) spaCy alone: `nlp.pipe(texts, n_process=2)` with every
component of en_core_web_sm, in a child process; (b) `dateline ingest` end to end into a fresh
store: read, clean, deduplicate, store, annotate (2 workers), fuse. Both over the same BBC
articles. It prints the wall seconds of each and their ratio (target: at most 1.0).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BBC = ROOT.parent / "shared" / "corpora" / "bbc-news-2225"
DATELINE = ROOT / ".venv" / "bin" / "dateline"
SPACY_ONLY = """
import sys
from pathlib import Path
from dateline.annotate.nlp import load_nlp
paths = sorted(Path(sys.argv[1]).glob("*.txt"))
texts = [p.read_text(encoding="utf-8", errors="replace") for p in paths]
nlp = load_nlp()
for _ in nlp.pipe(texts, n_process=int(sys.argv[2]), batch_size=16):
    pass
"""


def corpus(folder: Path, limit: int) -> int:
    files = sorted(BBC.rglob("*.txt"))[:limit]
    for i, path in enumerate(files):
        (folder / f"{i:05d}.txt").write_text(path.read_text(encoding="utf-8", errors="replace"),
                                             encoding="utf-8")
    return len(files)


def timed(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


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
        for round_ in range(1, args.rounds + 1):
            spacy_s = timed([sys.executable, "-c", SPACY_ONLY, str(folder), str(args.workers)])
            db = Path(tmp) / f"r{round_}.db"
            ours = timed([str(DATELINE), "ingest", str(folder), "--db", str(db), "--workers",
                          str(args.workers)])
            print(f"round {round_}: spaCy alone {spacy_s:6.1f} s   dateline ingest (all stages) "
                  f"{ours:6.1f} s   ratio {ours / spacy_s:.2f}x")


if __name__ == "__main__":
    main()
