"""Annotation cost on top of spaCy alone, and peak memory, on BBC News articles.

    .venv/bin/python bench/bench_annotate.py [--limit 300] [--bbc ../shared/corpora/bbc-news-2225]

Prints spaCy-only seconds, full annotation seconds, the overhead of dateline's own stages as a
share of spaCy's time (target: under 15 %), per-stage seconds and the peak RSS of this process.
"""

from __future__ import annotations

import argparse
import datetime as dt
import resource
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def load_texts(folder: Path, limit: int) -> list[str]:
    files = sorted(folder.rglob("*.txt"))
    files = [f for f in files if f.name.lower() != "readme.txt"]
    step = max(1, len(files) // limit)  # spread over the categories
    texts = []
    for path in files[::step][:limit]:
        lines = path.read_text(encoding="utf-8", errors="replace").split("\n", 1)
        texts.append(lines[1].strip() if len(lines) > 1 else lines[0])
    return texts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--limit", type=int, default=300)
    parser.add_argument("--bbc", default=str(ROOT.parent / "shared" / "corpora" / "bbc-news-2225"))
    args = parser.parse_args()
    folder = Path(args.bbc)
    if not folder.is_dir():
        print(f"skipped: BBC corpus not found at {folder}")
        return
    from dateline.annotate import entities, events, figures, places, quotes, timex
    from dateline.annotate.nlp import load_nlp

    texts = load_texts(folder, args.limit)
    nlp = load_nlp()
    nlp("warm up")
    published = dt.date(2005, 3, 1)
    start = time.perf_counter()
    docs = [nlp(text) for text in texts]
    spacy_seconds = time.perf_counter() - start
    stages: dict[str, float] = defaultdict(float)

    def timed(name: str, fn, *a, **kw):  # type: ignore[no-untyped-def]
        t = time.perf_counter()
        result = fn(*a, **kw)
        stages[name] += time.perf_counter() - t
        return result

    def run_stages(doc):  # type: ignore[no-untyped-def]
        tx = timed("timex", timex.find_timexes, doc, published)
        ents = timed("entities", entities.find_entities, doc)
        pl = timed("places", places.find_places, doc, ents, dateline=None)
        timed("figures", figures.find_figures, doc, timexes=tx, entities=ents,
              published=published)
        qs = timed("quotes", quotes.find_quotes, doc, ents)
        timed("events", events.find_events, doc, entities=ents, places=pl, timexes=tx,
              published=published, quotes=qs)

    run_stages(docs[0])  # warm up: one-time loads (gazetteer, lexicons) are not per-article cost
    stages.clear()
    for doc in docs:
        run_stages(doc)
    ours = sum(stages.values())
    words = sum(len(doc) for doc in docs)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"articles {len(texts)}  tokens {words}")
    print(f"spaCy alone      {spacy_seconds:8.2f} s  ({len(texts) / spacy_seconds:.1f} articles/s)")
    print(f"dateline stages  {ours:8.2f} s")
    print(f"overhead         {100 * ours / spacy_seconds:8.1f} % of spaCy (target < 15 %)")
    for name, seconds in sorted(stages.items(), key=lambda kv: -kv[1]):
        print(f"  {name:<14} {seconds:8.2f} s  {100 * seconds / spacy_seconds:6.1f} %")
    print(f"peak RSS         {peak:8.1f} MB")


if __name__ == "__main__":
    main()
