"""Publication dates inferred for undated articles (derived; `published` stays as it was)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..fuse.dates import InferredDate
    from .sqlite import SQLiteStore

DDL = ("""CREATE TABLE IF NOT EXISTS inferred_dates (
    article_id TEXT PRIMARY KEY, published TEXT NOT NULL, reason TEXT NOT NULL,
    confidence REAL NOT NULL)""",)


def ensure(store: "SQLiteStore") -> None:
    for statement in DDL:
        store.conn.execute(statement)


def save(store: "SQLiteStore", article_id: str, inferred: "InferredDate") -> None:
    store.conn.execute("INSERT OR REPLACE INTO inferred_dates VALUES (?, ?, ?, ?)",
                       (article_id, inferred.published, inferred.reason, inferred.confidence))


def drop(store: "SQLiteStore", article_id: str) -> None:
    store.conn.execute("DELETE FROM inferred_dates WHERE article_id = ?", (article_id,))


def get(store: "SQLiteStore", article_id: str) -> dict[str, Any] | None:
    try:
        row = store.conn.execute("SELECT published, reason, confidence FROM inferred_dates "
                                 "WHERE article_id = ?", (article_id,)).fetchone()
    except Exception:  # noqa: BLE001 - a store never fused has no such table yet
        return None
    return dict(row) if row else None
