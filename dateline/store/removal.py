"""Removing an article version that no source points to any more, with all that hangs on it.

An edited file gives a new article (its id is a hash of the content); the old version goes,
and so do its full-text entry, near-duplicate index rows, annotations (with the entity mention
counts they added) and annotation-failure quarantine row. Near copies that pointed at it are
regrouped first, so no `duplicate_of` is left dangling.
"""

from __future__ import annotations

import json
import sqlite3
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .sqlite import SQLiteStore


def remove_article(store: "SQLiteStore", article_id: str, successor: str | None = None) -> bool:
    """Delete `article_id` and everything derived from it; False when there is no such article.

    Its near copies move to `successor` (the new version, when it is a near copy of the old
    one), else to the earliest of them, which becomes the group's first article.
    """
    conn = store.conn
    row = conn.execute("SELECT seq, title, text FROM articles WHERE id = ?",
                       (article_id,)).fetchone()
    if row is None:
        return False
    _regroup(conn, article_id, successor)
    _forget_annotations(store, article_id)
    # an external-content FTS5 index is told what it indexed, to take it out again
    conn.execute("INSERT INTO articles_fts (articles_fts, rowid, article_id, title, text) "
                 "VALUES ('delete', ?, ?, ?, ?)",
                 (row["seq"], article_id, row["title"] or "", row["text"]))
    conn.execute("DELETE FROM lsh_bands WHERE article_id = ?", (article_id,))
    conn.execute("DELETE FROM minhash WHERE article_id = ?", (article_id,))
    conn.execute("DELETE FROM quarantine WHERE locator = ?", (f"article {article_id}",))
    conn.execute("DELETE FROM articles WHERE id = ?", (article_id,))
    return True


def _regroup(conn: sqlite3.Connection, old: str, successor: str | None) -> None:
    members = [r[0] for r in conn.execute(
        "SELECT id FROM articles WHERE duplicate_of = ? ORDER BY seq", (old,))]
    if not members:
        return
    root = successor
    if root is None:
        root = members[0]
        conn.execute("UPDATE articles SET duplicate_of = NULL WHERE id = ?", (root,))
    conn.execute("UPDATE articles SET duplicate_of = ? WHERE duplicate_of = ?", (root, old))


def _forget_annotations(store: "SQLiteStore", article_id: str) -> None:
    """Drop the article's annotations and take its mentions off the entity counts."""
    row = store.conn.execute("SELECT data FROM annotations WHERE article_id = ?",
                             (article_id,)).fetchone()
    if row is None:
        return
    touched: set[str] = set()
    for mention in json.loads(row[0]).get("entities", []):
        entity = store.entity_of(mention["entity_id"])  # counts follow merges
        store.conn.execute("UPDATE entities SET mentions = mentions - 1 WHERE entity_id = ?",
                           (entity,))
        touched.add(entity)
    # an entity no stored article mentions any more is gone, as if never seen
    store.conn.executemany("DELETE FROM entities WHERE entity_id = ? AND mentions <= 0",
                           [(entity,) for entity in sorted(touched)])
    store.conn.execute("DELETE FROM annotations WHERE article_id = ?", (article_id,))
