"""Export time and peak memory per format, on stores of N generated articles.

    .venv/bin/python bench/bench_export.py [--sizes 2000,20000,100000] [--formats acled,csv]
                                           [--real-fusion]

Articles are generated (fictional, in the spirit of bench_ingest.py) straight into a store with
hand-made annotations at known offsets (events, places, figures, entities, quotes, time
expressions), so no spaCy run is needed. Fusion's own linking costs tens of milliseconds an
article (an hour for 100,000), so by default the derived tables are written through the store
modules with clusters given by the generated happening (type, place, day: about two reports
each) and timeline entries built by the real `fuse.timeline.refresh`; `--real-fusion` runs
`fuse_pending` instead. Each export runs in its own process, so its peak RSS is its own: memory
must stay flat as the store grows.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from dateline.fuse.run import fuse_pending, prepare  # noqa: E402
from dateline.fuse.series import series_key  # noqa: E402
from dateline.fuse.timeline import refresh  # noqa: E402
from dateline.model import (Annotations, Article, EntityMention, Event, Figure,  # noqa: E402
                            Place, Quote, Timex)
from dateline.store import events as event_store  # noqa: E402
from dateline.store import figures as figure_store  # noqa: E402
from dateline.store import fusion as fusion_store  # noqa: E402
from dateline.store import quotes as quote_store  # noqa: E402
from dateline.store.sqlite import SQLiteStore  # noqa: E402

PLACES = [(f"Town {k}", round(-50 + (k * 37) % 110 + 0.123, 5),
           round(-170 + (k * 71) % 340 + 0.456, 5), "CD") for k in range(50)]
ACTORS = ["Government troops", "Rebel fighters", "Police", "Militia members", "Protesters"]
ACTS = [("shelled", "FIGHT", "Explosions/Remote violence"), ("attacked", "FIGHT", "Battles"),
        ("killed", "ASSAULT", "Violence against civilians"),
        ("arrested", "COERCE", "Strategic developments"),
        ("met", "CONSULT", "Strategic developments"), ("condemned", "DISAPPROVE", None)]
FILLER = ("river council minister border village aid talks rain harbour bridge market school "
          "hospital election budget farmers storm road court energy port rescue mayor").split()
OUTLETS = ["Daily A", "Wire B", "Post C", "Herald D"]


def _span(text: str, part: str, start: int) -> tuple[int, int]:
    begin = text.index(part, start)
    return begin, begin + len(part)


def article(i: int, days: int, rng: random.Random) -> tuple[Article, Annotations]:
    """One generated article and its annotations, every offset pointing into its text."""
    published = dt.date(2025, 1, 1) + dt.timedelta(days=rng.randrange(days))
    events, places, figures, entities, quotes, timexes = [], [], [], [], [], []
    text = f"Report {i}: {rng.choice(FILLER)} news\n\n"
    for n in range(rng.randint(4, 8)):
        place, lat, lon, country = rng.choice(PLACES)
        actor = rng.choice(ACTORS)
        verb, kind, acled = rng.choice(ACTS)
        dead = rng.randint(1, 40)
        day = (published - dt.timedelta(days=rng.randint(0, 2))).isoformat()
        filler = " ".join(rng.choice(FILLER) for _ in range(rng.randint(8, 20)))
        sentence = (f"{actor} {verb} a convoy in {place} on {day}, leaving {dead} people dead, "
                    f"officials said of the {filler} {i}-{n}.")
        start = len(text)
        text += sentence + "\n\n"
        end = start + len(sentence)
        trigger = _span(text, verb, start)
        where = _span(text, place, start)
        when = _span(text, day, start)
        toll = _span(text, f"{dead} people", start)
        events.append(Event(start, end, kind, verb, trigger[0], trigger[1], (actor,),
                            ("a convoy",), place, day, "timex", "asserted", None, acled))
        places.append(Place(where[0], where[1], place, place, lat, lon, country, "city"))
        figures.append(Figure(toll[0], toll[0] + len(str(dead)), str(dead), float(dead),
                              what="people", category="dead", as_of=day))
        entities.append(EntityMention(start, start + len(actor), actor, "GROUP", actor,
                                      "grp:" + hashlib.sha1(actor.encode()).hexdigest()[:12]))
        timexes.append(Timex(when[0], when[1], day, "DATE", day, "day"))
        inner = f"We saw {rng.choice(FILLER)} {i}-{n},"
        q_start = len(text) + 1
        text += f"\u201c{inner}\u201d a witness said.\n\n"
        quotes.append(Quote(q_start, q_start + len(inner), inner, "a witness"))
    body = text.rstrip()
    doc = Article(id=hashlib.sha256(body.encode()).hexdigest()[:16], text=body,
                  title=f"Report {i}", published=published.isoformat(),
                  published_precision="day", outlet=rng.choice(OUTLETS),
                  source_path=f"generated/{i:06d}.txt", raw=body)
    notes = Annotations(timexes=tuple(timexes), entities=tuple(entities), places=tuple(places),
                        figures=tuple(figures), quotes=tuple(quotes), events=tuple(events))
    return doc, notes


def fuse_direct(store: SQLiteStore, doc: Article, notes: Annotations,
                clusters: dict[tuple[Any, ...], str]) -> None:
    """The rows fusion writes for one article, its mentions clustered by happening."""
    for idx, event in enumerate(notes.events):
        mention_id = f"{doc.id}:{idx:04d}"
        cluster = clusters.setdefault((event.type, event.place, event.date), mention_id)
        event_store.add_mention(store, {
            "mention_id": mention_id, "article_id": doc.id, "root_id": doc.id, "idx": idx,
            "type": event.type, "mode": event.mode, "date": event.date, "granularity": "day",
            "dated_by": "timex", "place": event.place, "actors": list(event.actors),
            "targets": list(event.targets), "attribution": None, "start": event.start,
            "end": event.end, "trigger": event.trigger,
            "sentence": doc.text[event.start:event.end], "published": doc.published,
            "cluster_id": cluster}, ())
    for idx, figure in enumerate(notes.figures):
        figure_store.add_point(store, {
            **figure.__dict__, "article_id": doc.id, "idx": idx, "root_id": doc.id,
            "series_key": series_key(figure.category, figure.what), "as_of_source": "text",
            "approx": int(figure.approx), "projected": int(figure.projected), "verified": None,
            "sentence": doc.text[figure.start - 30:figure.end + 30]})
    for idx, quote in enumerate(notes.quotes):
        quote_store.add(store, {**quote.__dict__, "article_id": doc.id, "idx": idx,
                                "partial": 0, "published": doc.published})
    fusion_store.mark_fused(store, doc.id)


def build(db: Path, count: int, real_fusion: bool, seed: int = 7) -> float:
    """Fill a store with `count` generated, annotated and fused articles; seconds taken."""
    rng = random.Random(seed)
    days = max(28, count // 100)  # about two reports per happening at every size
    clusters: dict[tuple[Any, ...], str] = {}
    started = time.perf_counter()
    with SQLiteStore(db) as store:
        with store.transaction():
            prepare(store)
        for first in range(0, count, 500):
            with store.transaction():
                for i in range(first, min(count, first + 500)):
                    doc, notes = article(i, days, rng)
                    store.add_article(doc)
                    store.add_source(doc, hashlib.sha256(doc.raw.encode()).hexdigest())
                    store.set_first_source(doc.id)
                    store.save_annotations(doc.id, notes)
                    if not real_fusion:
                        fuse_direct(store, doc, notes, clusters)
        if real_fusion:
            fuse_pending(store, batch_size=256)
        ids = sorted(clusters.values())
        for first in range(0, len(ids), 2000):
            with store.transaction():
                refresh(store, ids[first:first + 2000])
    return time.perf_counter() - started


# the child reports its own peak (VmHWM): a forked child's ru_maxrss would still count the
# parent's pages from before exec, and the parent holds the store builder's memory
EXPORT = ("import re, sys; from dateline.export import write_format; "
          "from dateline.store.sqlite import SQLiteStore; "
          "n = write_format(SQLiteStore(sys.argv[1]), sys.argv[2], sys.argv[3]); "
          "status = open('/proc/self/status').read(); "
          "print(n, re.search(r'VmHWM:\\s+(\\d+)', status)[1])")


def run_export(db: Path, fmt: str, out: Path) -> tuple[float, float, int, float]:
    """(wall seconds, CPU seconds, events written, peak RSS in MB) of one export in a child
    process (CPU time too: on shared cores the wall time says more about the neighbours)."""
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", EXPORT, str(db), fmt, str(out)],
                            stdout=subprocess.PIPE, cwd=ROOT)
    output = proc.stdout.read() if proc.stdout else b""
    _, status, usage = os.wait4(proc.pid, 0)
    if status != 0:
        raise SystemExit(f"export {fmt} failed with status {status}")
    events, peak_kb = output.decode().split()
    return (time.perf_counter() - start, usage.ru_utime + usage.ru_stime, int(events),
            int(peak_kb) / 1024)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="2000,20000")
    parser.add_argument("--formats", default="acled,plover,geojson,csv,json,parquet")
    parser.add_argument("--real-fusion", action="store_true",
                        help="fuse with fuse_pending (slow: about 20 articles/s)")
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for size in (int(s) for s in args.sizes.split(",") if s):
            db = Path(tmp) / f"generated-{size}.db"
            setup = build(db, size, args.real_fusion)
            print(f"built {size} articles in {setup:.0f} s", file=sys.stderr, flush=True)
            for fmt in args.formats.split(","):
                out = Path(tmp) / (f"{size}-parquet" if fmt == "parquet" else f"{size}.{fmt}")
                rows.append((size, fmt, *run_export(db, fmt, out)))
                print(*rows[-1], file=sys.stderr, flush=True)
    print(f"{'articles':>9}{'format':>9}{'events':>9}{'wall s':>8}{'CPU s':>8}"
          f"{'events/CPU s':>13}{'peak MB':>9}")
    for size, fmt, wall, cpu, events, peak in rows:
        print(f"{size:>9}{fmt:>9}{events:>9}{wall:>8.1f}{cpu:>8.1f}{events / cpu:>13.0f}"
              f"{peak:>9.1f}")


if __name__ == "__main__":
    main()
