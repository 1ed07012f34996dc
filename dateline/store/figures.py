"""Reported figures filed by series (the same quantity over time): derived tables."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Iterator, Mapping

from .filters import Where

if TYPE_CHECKING:
    from .sqlite import SQLiteStore

DDL = (
    """CREATE TABLE IF NOT EXISTS figure_points (
        article_id TEXT NOT NULL,
        idx INTEGER NOT NULL,
        root_id TEXT NOT NULL,
        series_key TEXT NOT NULL,
        value REAL NOT NULL,
        min REAL, max REAL,
        approx INTEGER NOT NULL,
        what TEXT, category TEXT, claimant TEXT,
        as_of TEXT,                -- the day the figure is valid at (its own, else publication)
        as_of_source TEXT,         -- "text", "published" or "inferred"
        projected INTEGER NOT NULL,
        verified INTEGER,
        start INTEGER NOT NULL, end INTEGER NOT NULL,
        text TEXT NOT NULL,
        sentence TEXT NOT NULL,
        PRIMARY KEY (article_id, idx))""",
    "CREATE INDEX IF NOT EXISTS figure_points_series ON figure_points(series_key, as_of)",
)
COLUMNS = ("article_id", "idx", "root_id", "series_key", "value", "min", "max", "approx", "what",
           "category", "claimant", "as_of", "as_of_source", "projected", "verified", "start",
           "end", "text", "sentence")


def ensure(store: "SQLiteStore") -> None:
    for statement in DDL:
        store.conn.execute(statement)


def add_point(store: "SQLiteStore", point: Mapping[str, Any]) -> None:
    store.conn.execute(
        f"INSERT OR REPLACE INTO figure_points ({', '.join(COLUMNS)}) VALUES "
        f"({', '.join('?' * len(COLUMNS))})", [point[c] for c in COLUMNS])


def drop_article(store: "SQLiteStore", article_id: str) -> None:
    store.conn.execute("DELETE FROM figure_points WHERE article_id = ?", (article_id,))


def series_keys(store: "SQLiteStore", min_points: int = 1) -> list[tuple[str, int]]:
    return [(r[0], r[1]) for r in store.conn.execute(
        "SELECT series_key, COUNT(*) AS n FROM figure_points GROUP BY series_key HAVING n >= ? "
        "ORDER BY n DESC, series_key", (min_points,))]


def points(store: "SQLiteStore", series_key: str, date_from: str | None = None,
           date_to: str | None = None) -> Iterator[dict[str, Any]]:
    where = Where()
    where.require("series_key = ?", series_key)
    where.days("as_of", date_from, date_to)
    for row in store.conn.execute("SELECT * FROM figure_points" + where.sql() +
                                  " ORDER BY as_of, article_id, idx", where.args):
        yield dict(row)
