"""Fusion work that must not grow with the store: what one more mention costs a big cluster.

A wire sentence rerun by many outlets makes one cluster of many mentions. Adding one more
must not rewrite the rows of the cluster it joins, and counting the cluster's independent
sources must read only the shared-reporting pairs that touch its mentions, not every pair its
articles share elsewhere.
"""

from __future__ import annotations

from dateline.fuse import run
from dateline.fuse.timeline import refresh
from dateline.model import SharedSentence
from dateline.store import events as event_store
from dateline.store import timeline_entries as entry_store
from dateline.store import reporting as reporting_store
from dateline.store.sqlite import SQLiteStore


def _mention(article: str, idx: int = 0, start: int = 0, end: int = 60) -> dict[str, object]:
    mention_id = f"{article}:{idx:04d}"
    return {"mention_id": mention_id, "article_id": article, "root_id": article, "idx": idx,
            "type": "ASSAULT", "mode": "asserted", "date": "2024-03-04", "granularity": "day",
            "dated_by": "timex", "place": "Goma", "actors": ["M23"], "targets": [],
            "attribution": None, "start": start, "end": end, "trigger": "attacked",
            "sentence": "Rebels attacked the airport in Goma on Monday, the army said.",
            "published": "2024-03-04", "cluster_id": mention_id}


def _store(tmp_path) -> SQLiteStore:
    store = SQLiteStore(tmp_path / "g.db")
    with store.transaction():
        run.prepare(store)
    return store


def test_joining_a_big_cluster_leaves_its_rows_alone(tmp_path):
    with _store(tmp_path) as store, store.transaction():
        for n in range(40):
            event_store.add_mention(store, _mention(f"a{n:02d}"), [])
        event_store.link(store, "a00:0000", [f"a{n:02d}:0000" for n in range(1, 40)])
        event_store.add_mention(store, _mention("z99"), [])
        store.conn.execute("CREATE TEMP TABLE rewritten (mention_id TEXT)")
        store.conn.execute("CREATE TEMP TRIGGER count_rewrites AFTER UPDATE ON event_mentions "
                           "BEGIN INSERT INTO rewritten VALUES (new.mention_id); END")
        merged = event_store.link(store, "z99:0000", ["a05:0000"])
        assert merged == {"a00:0000", "z99:0000"}
        # only the newcomer's row is written; the 40 members keep their cluster id untouched
        assert [r[0] for r in store.conn.execute("SELECT mention_id FROM rewritten")] == [
            "z99:0000"]
        ids = {r[0] for r in store.conn.execute("SELECT DISTINCT cluster_id FROM event_mentions")}
        assert ids == {"a00:0000"}


def test_a_cluster_reads_only_the_pairs_that_touch_its_mentions(tmp_path):
    with _store(tmp_path) as store, store.transaction():
        # three outlets report the attack; b reworded a's wire copy, c reported on its own
        for article in ("a", "b", "c"):
            event_store.add_mention(store, _mention(article, start=100, end=160), [])
        event_store.link(store, "a:0000", ["b:0000", "c:0000"])
        reporting_store.save_pairs(store, [
            SharedSentence("a", 100, 160, "b", 100, 160, 0.9),  # the attack sentence
            SharedSentence("a", 300, 360, "b", 300, 360, 0.9),  # another shared sentence
            SharedSentence("a", 100, 160, "c", 400, 460, 0.8),  # c's copy is elsewhere
        ])
        assert event_store.shared_pairs_within(store, "a:0000") == [
            ("a", 100, 160, "b", 100, 160)]
        refresh(store, ["a:0000"])
        entry = entry_store.entry(store, "a:0000")
        assert entry is not None
        assert len(entry["sources"]) == 3 and entry["independent_sources"] == 2
        assert [s["article_id"] for s in entry["sources"]] == ["a", "b", "c"]


def test_a_blocking_key_gives_its_latest_mentions_without_sorting_all_of_them(tmp_path):
    # a big story's day: far more mentions of one type than a new mention is compared with
    with _store(tmp_path) as store, store.transaction():
        for n in range(300):
            event_store.add_mention(store, _mention(f"a{n:03d}"), ["ASSAULT|r|2024-03-04"])
        statements: list[str] = []
        store.conn.set_trace_callback(statements.append)
        found = event_store.candidates(store, ["ASSAULT|r|2024-03-04"], 200)
        store.conn.set_trace_callback(None)
        assert [m["mention_id"] for m in found[:2]] == ["a299:0000", "a298:0000"]
        assert len(found) == 200 and found[-1]["mention_id"] == "a100:0000"
        query = next(s for s in statements if "event_blocks" in s)
        plan = " ".join(r[3] for r in store.conn.execute("EXPLAIN QUERY PLAN " + query))
        assert "TEMP B-TREE" not in plan  # read off the index's end, not sorted in full
