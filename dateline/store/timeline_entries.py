"""Timeline entries: one stored row per event cluster, its staleness, and the queries on them."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, Iterable, Iterator, Sequence

from .filters import Where

if TYPE_CHECKING:
    from .sqlite import SQLiteStore


def save_entry(store: "SQLiteStore", entry: dict[str, Any], importance: float) -> None:
    event_id = entry["event_id"]
    store.conn.execute(
        "INSERT OR REPLACE INTO timeline_entries VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (event_id, entry["date"], entry["type"], entry["mode"], entry["place"],
         json.dumps(entry["actors"], ensure_ascii=False), importance,
         json.dumps(entry, ensure_ascii=False)))
    store.conn.execute("DELETE FROM timeline_articles WHERE event_id = ?", (event_id,))
    store.conn.executemany("INSERT OR IGNORE INTO timeline_articles VALUES (?, ?)",
                           [(event_id, s["article_id"]) for s in entry["sources"]])


def mark_stale(store: "SQLiteStore", cluster_ids: Iterable[str]) -> None:
    store.conn.executemany("INSERT OR IGNORE INTO timeline_stale VALUES (?)",
                           ((c,) for c in cluster_ids))


def stale(store: "SQLiteStore", limit: int) -> list[str]:
    """Up to `limit` clusters whose entry is out of date."""
    return [r[0] for r in store.conn.execute(
        "SELECT event_id FROM timeline_stale ORDER BY event_id LIMIT ?", (limit,))]


def clear_stale(store: "SQLiteStore", cluster_ids: Sequence[str]) -> None:
    store.conn.executemany("DELETE FROM timeline_stale WHERE event_id = ?",
                           ((c,) for c in cluster_ids))


def delete_entry(store: "SQLiteStore", event_id: str) -> None:
    store.conn.execute("DELETE FROM timeline_entries WHERE event_id = ?", (event_id,))
    store.conn.execute("DELETE FROM timeline_articles WHERE event_id = ?", (event_id,))


def query_entries(store: "SQLiteStore", *, date_from: str | None = None,
                  date_to: str | None = None, types: Sequence[str] = (),
                  modes: Sequence[str] = (), place: str | None = None, actor: str | None = None,
                  story_articles: str | None = None, query: str | None = None,
                  order: str = "date", limit: int | None = None,
                  offset: int = 0) -> Iterator[dict[str, Any]]:
    """Timeline entries matching every filter given, by date (or by importance)."""
    where = Where()
    where.days("t.date", date_from, date_to)
    where.one_of("t.type", types)
    where.one_of("t.mode", modes)
    where.add("t.place = ? COLLATE NOCASE", place)
    where.add("t.actors LIKE ?", f"%{actor}%" if actor else None)
    if story_articles is not None:
        where.require("t.event_id IN (SELECT event_id FROM timeline_articles WHERE article_id "
                      "IN (SELECT article_id FROM story_members WHERE story_id = ?))",
                      story_articles)
    where.add("t.event_id IN (SELECT m.cluster_id FROM event_fts f JOIN event_mentions m "
              "USING (mention_id) WHERE event_fts MATCH ?)", query)
    sql = "SELECT t.data FROM timeline_entries t" + where.sql()
    args = where.args
    sql += (" ORDER BY t.importance DESC, t.date" if order == "importance"
            else " ORDER BY t.date IS NULL, t.date, t.importance DESC, t.event_id")
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        args.extend((limit, offset))
    for (data,) in store.conn.execute(sql, args):
        yield json.loads(data)


def entry(store: "SQLiteStore", event_id: str) -> dict[str, Any] | None:
    row = store.conn.execute("SELECT data FROM timeline_entries WHERE event_id = ?",
                             (event_id,)).fetchone()
    return json.loads(row[0]) if row else None


def day_importance(store: "SQLiteStore", date_from: str | None = None,
                   date_to: str | None = None) -> list[tuple[str, float, int]]:
    """(day, summed importance of its entries, entries) for every day with entries."""
    where = Where()
    where.require("length(date) >= 10")
    where.days("date", date_from, date_to)
    return [(r[0], float(r[1]), int(r[2])) for r in store.conn.execute(
        "SELECT substr(date, 1, 10) AS day, SUM(importance), COUNT(*) FROM timeline_entries"
        + where.sql() + " GROUP BY day ORDER BY day", where.args)]
