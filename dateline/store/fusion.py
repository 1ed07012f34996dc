"""Bookkeeping of the fusion layer: which articles are fused, at which FUSION_VERSION.

Fusion tables are derived from articles and annotations. When FUSION_VERSION changes (the rules
changed), every derived table is dropped and the articles are fused again from scratch.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable, Iterable

if TYPE_CHECKING:
    from .sqlite import SQLiteStore

FUSION_VERSION = 4  # 3: dead LSH buckets kept in reporting_dead; 4: event_blocks by seq
DDL = (
    """CREATE TABLE IF NOT EXISTS fused_articles (
        article_id TEXT PRIMARY KEY, version INTEGER NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS fusion_state (name TEXT PRIMARY KEY, value TEXT)""",
)
# every derived table a fusion step owns; dropped together when the version changes
DERIVED_TABLES = ("fused_articles", "reporting_meta", "reporting_articles",
                  "reporting_sentences", "reporting_bands", "reporting_dead", "shared_reporting",
                  "event_mentions",
                  "event_blocks", "event_links", "event_fts", "timeline_entries",
                  "timeline_articles", "timeline_stale", "figure_points", "quote_points",
                  "inferred_dates", "dated_sentences")


def ensure(store: "SQLiteStore", steps: Iterable[Callable[["SQLiteStore"], None]]) -> None:
    """Create the fusion tables; rebuild from scratch when they are from another version."""
    for statement in DDL:
        store.conn.execute(statement)
    row = store.conn.execute("SELECT value FROM fusion_state WHERE name = 'version'").fetchone()
    if row is not None and int(row[0]) != FUSION_VERSION:
        for table in DERIVED_TABLES:
            store.conn.execute(f"DROP TABLE IF EXISTS {table}")
        for statement in DDL:
            store.conn.execute(statement)
    store.conn.execute("INSERT OR REPLACE INTO fusion_state VALUES ('version', ?)",
                       (str(FUSION_VERSION),))
    for step in steps:
        step(store)


def is_prepared(store: "SQLiteStore") -> bool:
    return store.conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'fused_articles'"
                              ).fetchone() is not None


def unfused_ids(store: "SQLiteStore") -> list[str]:
    """Annotated articles not yet fused, in ingest order."""
    # the difference of two id indexes, then the few left in order: it runs after every saved
    # batch, and scanning the articles themselves would cost a pass over the store each time
    return [r[0] for r in store.conn.execute(
        "SELECT a.id FROM (SELECT article_id FROM annotations EXCEPT "
        "SELECT article_id FROM fused_articles) u JOIN articles a ON a.id = u.article_id "
        "ORDER BY a.seq")]


def mark_fused(store: "SQLiteStore", article_id: str) -> None:
    store.conn.execute("INSERT OR REPLACE INTO fused_articles VALUES (?, ?)",
                       (article_id, FUSION_VERSION))


def is_fused(store: "SQLiteStore", article_id: str) -> bool:
    return store.conn.execute("SELECT 1 FROM fused_articles WHERE article_id = ?",
                              (article_id,)).fetchone() is not None


def unmark(store: "SQLiteStore", article_id: str) -> None:
    store.conn.execute("DELETE FROM fused_articles WHERE article_id = ?", (article_id,))
