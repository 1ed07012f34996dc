"""The SQL of the analyst workbench: mention indexes and paged lists for the API and report.

Entity and place mentions live inside each article's annotation JSON; `sync` copies them into
two derived, indexed tables (`view_entity_mentions`, `view_place_mentions`) so that entity
pages, the map and the place/actor filters are index lookups. The tables follow the
annotations incrementally (by annotation rowid, which a replaced annotation row renews) and are
rebuilt from scratch when `VIEWS_VERSION` changes.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Iterator, Sequence

if TYPE_CHECKING:
    from .sqlite import SQLiteStore

VIEWS_VERSION = 2
_TABLES = ("view_entity_mentions", "view_place_mentions", "view_places", "view_state")
DDL = (
    """CREATE TABLE IF NOT EXISTS view_state (name TEXT PRIMARY KEY, value TEXT NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS view_entity_mentions (
        article_id TEXT NOT NULL, entity_id TEXT NOT NULL, canonical TEXT NOT NULL,
        type TEXT NOT NULL, role TEXT, start INTEGER NOT NULL, end INTEGER NOT NULL)""",
    "CREATE INDEX IF NOT EXISTS view_entity_mentions_entity ON view_entity_mentions(entity_id)",
    "CREATE INDEX IF NOT EXISTS view_entity_mentions_article ON view_entity_mentions(article_id)",
    """CREATE TABLE IF NOT EXISTS view_place_mentions (
        article_id TEXT NOT NULL, name TEXT NOT NULL COLLATE NOCASE, lat REAL, lon REAL,
        country TEXT, precision TEXT, start INTEGER NOT NULL, end INTEGER NOT NULL)""",
    "CREATE INDEX IF NOT EXISTS view_place_mentions_name ON view_place_mentions(name)",
    "CREATE INDEX IF NOT EXISTS view_place_mentions_article ON view_place_mentions(article_id)",
    # one row per place name: the map's unfiltered list without a GROUP BY over every mention
    """CREATE TABLE IF NOT EXISTS view_places (
        name TEXT PRIMARY KEY COLLATE NOCASE, lat REAL, lon REAL, country TEXT, precision TEXT,
        mentions INTEGER NOT NULL, articles INTEGER NOT NULL)""",
    "CREATE INDEX IF NOT EXISTS view_places_mentions ON view_places(mentions DESC, name)",
    # lists the API pages through, newest or biggest first
    "CREATE INDEX IF NOT EXISTS view_entities_mentions ON entities(mentions DESC, entity_id)",
    "CREATE INDEX IF NOT EXISTS view_articles_order ON articles(published DESC, seq)",
)
# derived tables of the fusion layer are dropped and rebuilt with it: their indexes are checked
# at every sync
FUSION_INDEXES = (
    ("timeline_entries", "CREATE INDEX IF NOT EXISTS view_timeline_place ON "
                         "timeline_entries(place COLLATE NOCASE)"),
    # the sort orders of events.query_entries / query_mentions and quotes.query, as written,
    # carrying the filtered columns: a page is read off the index without sorting, and a rare
    # place or actor is looked for in the index, not row by row in the table
    ("timeline_entries", "CREATE INDEX IF NOT EXISTS view_timeline_scan ON timeline_entries("
                         "date IS NULL, date, importance DESC, event_id, type, mode, place, "
                         "actors)"),
    ("timeline_entries", "CREATE INDEX IF NOT EXISTS view_timeline_days ON "
                         "timeline_entries(substr(date, 1, 10), mode)"),
    ("event_mentions", "CREATE INDEX IF NOT EXISTS view_mentions_scan ON event_mentions("
                       "date IS NULL, date, mention_id, type, mode, place)"),
    ("quote_points", "CREATE INDEX IF NOT EXISTS view_quotes_order ON "
                     "quote_points(published IS NULL, published, article_id, idx)"),
    ("quote_points", "CREATE INDEX IF NOT EXISTS view_quotes_speaker ON quote_points(speaker)"),
    ("figure_points", "CREATE INDEX IF NOT EXISTS view_figures_as_of ON "
                      "figure_points(as_of, series_key)"),
)
OBSOLETE_INDEXES = ("view_timeline_order", "view_mentions_order")
_SYNC_BATCH = 500
_lock = threading.Lock()  # one thread catches the indexes up at a time


@dataclass(frozen=True)
class Scope:
    """Which articles a list draws from (every field optional): the SQL side of Filters."""

    date_from: str | None = None
    date_to: str | None = None
    place: str | None = None
    actor: str | None = None
    story: str | None = None
    types: tuple[str, ...] = ()
    modes: tuple[str, ...] = ()


def has_table(store: "SQLiteStore", name: str) -> bool:
    return store.conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?",
                              (name,)).fetchone() is not None


def _state(store: "SQLiteStore", name: str, default: str) -> str:
    row = store.conn.execute("SELECT value FROM view_state WHERE name = ?", (name,)).fetchone()
    return row[0] if row else default


def ensure(store: "SQLiteStore") -> None:
    """Create the view tables; drop and rebuild them when written by another VIEWS_VERSION."""
    if has_table(store, "view_state") and _state(store, "version", "") != str(VIEWS_VERSION):
        for table in _TABLES:
            store.conn.execute(f"DROP TABLE IF EXISTS {table}")
    for statement in DDL:
        store.conn.execute(statement)
    store.conn.execute("INSERT OR REPLACE INTO view_state VALUES ('version', ?)",
                       (str(VIEWS_VERSION),))


def _index_article(store: "SQLiteStore", article_id: str, data: dict[str, Any]) -> None:
    for name, n in store.conn.execute(
            "SELECT name, COUNT(*) FROM view_place_mentions WHERE article_id = ? AND lat IS NOT "
            "NULL GROUP BY name", (article_id,)).fetchall():
        store.conn.execute("UPDATE view_places SET mentions = mentions - ?, articles = "
                           "articles - 1 WHERE name = ?", (n, name))
        store.conn.execute("DELETE FROM view_places WHERE name = ? AND articles <= 0", (name,))
    store.conn.execute("DELETE FROM view_entity_mentions WHERE article_id = ?", (article_id,))
    store.conn.execute("DELETE FROM view_place_mentions WHERE article_id = ?", (article_id,))
    store.conn.executemany(
        "INSERT INTO view_entity_mentions VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(article_id, e["entity_id"], e["canonical"], e["type"], e.get("role"), e["start"],
          e["end"]) for e in data.get("entities", [])])
    places = [p for p in data.get("places", []) if p.get("lat") is not None]
    store.conn.executemany(
        "INSERT INTO view_place_mentions VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [(article_id, p["name"], p.get("lat"), p.get("lon"), p.get("country"),
          p.get("precision"), p["start"], p["end"]) for p in data.get("places", [])])
    counts: dict[str, int] = {}
    for place in places:
        counts[place["name"]] = counts.get(place["name"], 0) + 1
    first = {p["name"]: p for p in reversed(places)}
    store.conn.executemany(
        "INSERT INTO view_places VALUES (?, ?, ?, ?, ?, ?, 1) ON CONFLICT (name) DO UPDATE SET "
        "mentions = mentions + excluded.mentions, articles = articles + 1",
        [(name, first[name]["lat"], first[name]["lon"], first[name].get("country"),
          first[name].get("precision"), n) for name, n in counts.items()])


def _rebuild_places(store: "SQLiteStore") -> None:
    store.conn.execute("DELETE FROM view_places")
    store.conn.execute(
        "INSERT INTO view_places SELECT name, lat, lon, country, precision, COUNT(*), "
        "COUNT(DISTINCT article_id) FROM view_place_mentions WHERE lat IS NOT NULL "
        "GROUP BY name")


def sync(store: "SQLiteStore") -> int:
    """Bring the mention indexes up to date with the annotations; returns articles indexed."""
    with _lock:
        if not has_table(store, "view_state") or (
                _state(store, "version", "") != str(VIEWS_VERSION)):
            with store.transaction():
                ensure(store)
        for name in OBSOLETE_INDEXES:
            store.conn.execute(f"DROP INDEX IF EXISTS {name}")
        for table, statement in FUSION_INDEXES:
            if has_table(store, table):
                store.conn.execute(statement)
        done = 0
        while True:
            last = int(_state(store, "annotations_rowid", "0"))
            rows = store.conn.execute(
                "SELECT rowid, article_id, data FROM annotations WHERE rowid > ? ORDER BY rowid "
                "LIMIT ?", (last, _SYNC_BATCH)).fetchall()
            if not rows:
                break
            with store.transaction():
                for row in rows:
                    _index_article(store, row["article_id"], json.loads(row["data"]))
                store.conn.execute("INSERT OR REPLACE INTO view_state VALUES "
                                   "('annotations_rowid', ?)", (str(rows[-1]["rowid"]),))
            done += len(rows)
        if done >= 1000:  # fresh statistics, so the planner picks the new indexes
            store.conn.execute("PRAGMA optimize")
        indexed = int(_state(store, "articles", "-1"))
        total = store.conn.execute("SELECT COUNT(*) FROM annotations").fetchone()[0]
        if done or indexed != total:
            # annotations can also disappear (an article removed): drop what they held
            with store.transaction():
                gone = 0
                for table in ("view_entity_mentions", "view_place_mentions"):
                    gone += store.conn.execute(f"DELETE FROM {table} WHERE article_id NOT IN "
                                               "(SELECT article_id FROM annotations)").rowcount
                if gone:
                    _rebuild_places(store)
                store.conn.execute("INSERT OR REPLACE INTO view_state VALUES ('articles', ?)",
                                   (str(total),))
        return done


def _entity_ids_sql(column: str) -> str:
    """`column` is one of the entities whose name contains ?, or an id merged into one."""
    return (f"{column} IN (SELECT entity_id FROM entities WHERE canonical LIKE ? UNION "
            "SELECT alias_id FROM entity_aliases WHERE entity_id IN (SELECT entity_id FROM "
            "entities WHERE canonical LIKE ?))")


def scope_sql(store: "SQLiteStore", scope: Scope, column: str = "article_id",
              published: str | None = "published") -> tuple[list[str], list[Any]]:
    """WHERE clauses (and their arguments) that keep rows whose article is in `scope`."""
    where: list[str] = []
    args: list[Any] = []
    if published and scope.date_from:
        where.append(f"{published} >= ?")
        args.append(scope.date_from)
    if published and scope.date_to:
        where.append(f"substr({published}, 1, 10) <= ?")
        args.append(scope.date_to)
    if scope.place:
        where.append(f"{column} IN (SELECT article_id FROM view_place_mentions WHERE name = ?)")
        args.append(scope.place)
    if scope.actor:
        where.append(f"{column} IN (SELECT article_id FROM view_entity_mentions WHERE "
                     f"{_entity_ids_sql('entity_id')})")
        args.extend([f"%{scope.actor}%"] * 2)
    if scope.story is not None:
        where.append(f"{column} IN (SELECT article_id FROM story_members WHERE story_id = ?)"
                     if has_table(store, "story_members") else "0")
        args.extend([scope.story] if has_table(store, "story_members") else [])
    for field, values in (("type", scope.types), ("mode", scope.modes)):
        if values:
            marks = ", ".join("?" * len(values))
            where.append(f"{column} IN (SELECT article_id FROM event_mentions WHERE "
                         f"{field} IN ({marks}))" if has_table(store, "event_mentions") else "0")
            args.extend(values if has_table(store, "event_mentions") else [])
    return where, args


def paged_sql(sql: str, where: Sequence[str], args: list[Any], order: str, limit: int,
          offset: int) -> tuple[str, list[Any]]:
    if where:
        sql += " WHERE " + " AND ".join(where)
    return f"{sql} ORDER BY {order} LIMIT ? OFFSET ?", [*args, limit, offset]


ARTICLE_LIST = ("id, title, published, published_precision, outlet, wire, authors, dateline, "
                "url, duplicate_of, length(text) AS chars")


def articles(store: "SQLiteStore", scope: Scope, words: str | None, limit: int,
             offset: int) -> Iterator[dict[str, Any]]:
    """Articles in scope (matching every FTS word when `words`), newest first or best first."""
    where, args = scope_sql(store, scope, "a.id", "a.published")
    columns = ", ".join(f"a.{c.strip()}" for c in ARTICLE_LIST.split(",")[:-1])
    if words:
        sql = (f"SELECT {columns}, length(a.text) AS chars, snippet(articles_fts, 2, "
               "char(2), char(3), ' … ', 24) AS snippet FROM articles_fts f "
               "JOIN articles a ON a.id = f.article_id")
        where = ["articles_fts MATCH ?", *where]
        args = [words, *args]
        order = "f.rank"
    else:
        sql = f"SELECT {columns}, length(a.text) AS chars, NULL AS snippet FROM articles a"
        order = "a.published DESC, a.seq"
    query, params = paged_sql(sql, where, args, order, limit, offset)
    for row in store.conn.execute(query, params):
        data = dict(row)
        data["authors"] = json.loads(data["authors"])
        yield data


def article_sources(store: "SQLiteStore", article_id: str) -> list[dict[str, Any]]:
    """Every input unit that gave this article, with its own metadata."""
    out = []
    for row in store.conn.execute("SELECT source_path, locator, format, meta FROM sources "
                                  "WHERE article_id = ? ORDER BY rowid", (article_id,)):
        meta = json.loads(row["meta"])
        out.append({"source_path": row["source_path"], "locator": row["locator"] or None,
                    "format": row["format"], "title": meta.get("title"),
                    "outlet": meta.get("outlet"), "published": meta.get("published"),
                    "url": meta.get("url")})
    return out


def article_meta(store: "SQLiteStore", ids: Sequence[str]) -> dict[str, dict[str, Any]]:
    """Title, outlet, date and URL of each article id (one query per 500 ids)."""
    out: dict[str, dict[str, Any]] = {}
    unique = list(dict.fromkeys(ids))
    for start in range(0, len(unique), 500):
        part = unique[start:start + 500]
        for row in store.conn.execute(
                f"SELECT id, title, outlet, published, url, duplicate_of FROM articles "
                f"WHERE id IN ({', '.join('?' * len(part))})", part):
            out[row["id"]] = dict(row)
    return out


def source_article(store: "SQLiteStore", source_path: str, locator: str | None) -> str | None:
    """The article an input unit gave."""
    row = store.conn.execute("SELECT article_id FROM sources WHERE source_path = ? AND "
                             "locator = ?", (source_path, locator or "")).fetchone()
    return row[0] if row else None
