"""Peak memory of ingesting one big plain-text file (49 MB by default).

    .venv/bin/python bench/bench_big_file.py [--mb 49]

The ingest runs in a child process (`dateline ingest FILE --no-annotate`), so the peak RSS
printed is its own; the file is generated fresh (fictional paragraphs, one per line pair).
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

WORDS = ("river council minister border village troops aid talks rain harbour bridge market "
         "school hospital election budget farmers police storm road court energy port rescue "
         "mayor strike union station factory water power north south east west families").split()
# the same entry point as the console script, but through this interpreter: PYTHONPATH decides
# which checkout is measured
RUN_CLI = "import sys; from dateline.cli import main; sys.argv[0] = 'dateline'; main()"


def generate(path: Path, megabytes: float, seed: int = 7) -> int:
    """A plain-text article of about `megabytes` MB; returns its size in bytes."""
    rng = random.Random(seed)
    target = int(megabytes * 1_000_000)
    with path.open("w", encoding="utf-8") as handle:
        handle.write("A very long report\n\nPublished: Fri 07 Mar 2025, 10:00 AM\n\n")
        size = 0
        number = 0
        while size < target:
            number += 1
            sentence = " ".join(rng.choice(WORDS) for _ in range(rng.randint(40, 90)))
            paragraph = f"Paragraph {number}: {sentence}.\n\n"
            handle.write(paragraph)
            size += len(paragraph)
    return path.stat().st_size


def run(path: Path, db: Path) -> tuple[float, float, dict[str, object]]:
    """(seconds, peak RSS in MB, the --json report) of one ingest in a child process."""
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", RUN_CLI, "ingest", str(path), "--db", str(db),
                             "--no-annotate", "--json", "--max-bytes", str(10**9)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    output, errors = proc.communicate()
    seconds = time.perf_counter() - start
    # the only child this process has waited for, so the children's peak is its peak
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    lines = output.decode().strip().splitlines()
    report = json.loads(lines[-1]) if lines else {"error": errors.decode()[-300:]}
    return seconds, peak, report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mb", type=float, default=49.0, help="size of the generated file")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "big.txt"
        size = generate(path, args.mb)
        seconds, peak, report = run(path, Path(tmp) / "big.db")
    print(f"file {size / 1e6:.1f} MB  ingest {seconds:.1f} s  peak RSS {peak:.0f} MB  "
          f"new {report.get('new')} rejected {len(report.get('rejected') or [])}"
          + (f"  error {report['error']}" if "error" in report else ""))


if __name__ == "__main__":
    main()
