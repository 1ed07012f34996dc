"""Dated sentences: each sentence that names a day, and each article's lead under its own day.

Derived from articles and their time expressions; the pool timeline summaries are drawn from
(`fuse.summarize`). One row per (sentence, day).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Iterable, Iterator

from .filters import Where

if TYPE_CHECKING:
    from .sqlite import SQLiteStore

DDL = (
    """CREATE TABLE IF NOT EXISTS dated_sentences (
        article_id TEXT NOT NULL, root_id TEXT NOT NULL, start INTEGER NOT NULL,
        end INTEGER NOT NULL, day TEXT NOT NULL,
        named INTEGER NOT NULL,          -- 1: the sentence names the day; 0: a lead, dated by
                                         -- its article's publication
        published TEXT, sentence TEXT NOT NULL,
        PRIMARY KEY (article_id, start, day))""",
    "CREATE INDEX IF NOT EXISTS dated_sentences_day ON dated_sentences(day)",
)
COLUMNS = ("article_id", "root_id", "start", "end", "day", "named", "published", "sentence")


def ensure(store: "SQLiteStore") -> None:
    for statement in DDL:
        store.conn.execute(statement)


def add(store: "SQLiteStore", rows: Iterable[tuple[Any, ...]]) -> None:
    store.conn.executemany(
        f"INSERT OR IGNORE INTO dated_sentences ({', '.join(COLUMNS)}) VALUES "
        f"({', '.join('?' * len(COLUMNS))})", rows)


def drop_article(store: "SQLiteStore", article_id: str) -> None:
    store.conn.execute("DELETE FROM dated_sentences WHERE article_id = ?", (article_id,))


def day_counts(store: "SQLiteStore", date_from: str | None,
               date_to: str | None) -> list[tuple[str, int, int]]:
    """(day, articles that name it, articles whose lead is dated by it), distinct origins."""
    sql = ("SELECT day, COUNT(DISTINCT CASE WHEN named = 1 THEN root_id END), "
           "COUNT(DISTINCT CASE WHEN named = 0 THEN root_id END) FROM dated_sentences")
    where = Where()
    where.add("day >= ?", date_from)
    where.add("day <= ?", date_to)
    return [(r[0], int(r[1]), int(r[2])) for r in store.conn.execute(
        sql + where.sql() + " GROUP BY day ORDER BY day", where.args)]


def for_day(store: "SQLiteStore", day: str) -> Iterator[dict[str, Any]]:
    for row in store.conn.execute(
            "SELECT * FROM dated_sentences WHERE day = ? ORDER BY published, article_id, start",
            (day,)):
        yield dict(row)
