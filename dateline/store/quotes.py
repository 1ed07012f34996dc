"""Quotes across articles, with their speakers: a derived table for listing and search."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Iterator, Mapping

from .filters import Where

if TYPE_CHECKING:
    from .sqlite import SQLiteStore

DDL = (
    """CREATE TABLE IF NOT EXISTS quote_points (
        article_id TEXT NOT NULL, idx INTEGER NOT NULL, start INTEGER NOT NULL,
        end INTEGER NOT NULL, text TEXT NOT NULL, speaker TEXT, speaker_id TEXT,
        partial INTEGER NOT NULL, published TEXT, PRIMARY KEY (article_id, idx))""",
    "CREATE INDEX IF NOT EXISTS quote_points_speaker ON quote_points(speaker_id)",
    "CREATE INDEX IF NOT EXISTS quote_points_published ON quote_points(published)",
)
COLUMNS = ("article_id", "idx", "start", "end", "text", "speaker", "speaker_id", "partial",
           "published")


def ensure(store: "SQLiteStore") -> None:
    for statement in DDL:
        store.conn.execute(statement)


def add(store: "SQLiteStore", quote: Mapping[str, Any]) -> None:
    store.conn.execute(f"INSERT OR REPLACE INTO quote_points ({', '.join(COLUMNS)}) VALUES "
                       f"({', '.join('?' * len(COLUMNS))})", [quote[c] for c in COLUMNS])


def drop_article(store: "SQLiteStore", article_id: str) -> None:
    store.conn.execute("DELETE FROM quote_points WHERE article_id = ?", (article_id,))


def query(store: "SQLiteStore", *, speaker: str | None = None, speaker_id: str | None = None,
          date_from: str | None = None, date_to: str | None = None, words: str | None = None,
          limit: int | None = None, offset: int = 0) -> Iterator[dict[str, Any]]:
    where = Where()
    where.add("speaker LIKE ?", f"%{speaker}%" if speaker else None)
    where.add("speaker_id = ?", speaker_id)
    where.days("published", date_from, date_to)
    where.add("text LIKE ?", f"%{words}%" if words else None)
    sql = "SELECT * FROM quote_points" + where.sql()
    args = where.args
    sql += " ORDER BY published IS NULL, published, article_id, idx"
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        args.extend((limit, offset))
    for row in store.conn.execute(sql, args):
        data = dict(row)
        data["partial"] = bool(data["partial"])
        yield data
