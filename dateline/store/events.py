"""Event mentions and their clusters: the SQL of cross-article event fusion (derived tables).

Mentions are linked pairwise (`event_links`); a cluster is a connected component and its id is
its smallest mention id, kept in `event_mentions.cluster_id`. Everything here can be rebuilt from
the stored annotations.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, Iterable, Iterator, Sequence

from .filters import Where

if TYPE_CHECKING:
    from .sqlite import SQLiteStore

DDL = (
    """CREATE TABLE IF NOT EXISTS event_mentions (
        mention_id TEXT PRIMARY KEY,      -- article id ':' index of the event in its article
        article_id TEXT NOT NULL,
        root_id TEXT NOT NULL,            -- the duplicate group's first article
        idx INTEGER NOT NULL,
        type TEXT NOT NULL,
        mode TEXT NOT NULL,
        date TEXT,
        granularity TEXT,
        dated_by TEXT,
        place TEXT,
        actors TEXT NOT NULL,             -- JSON list of canonical names
        targets TEXT NOT NULL,
        attribution TEXT,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        trigger TEXT NOT NULL,
        sentence TEXT NOT NULL,
        published TEXT,
        cluster_id TEXT NOT NULL)""",
    "CREATE INDEX IF NOT EXISTS event_mentions_article ON event_mentions(article_id)",
    "CREATE INDEX IF NOT EXISTS event_mentions_cluster ON event_mentions(cluster_id)",
    "CREATE INDEX IF NOT EXISTS event_mentions_date ON event_mentions(date)",
    # a blocking key's mentions in ingest order (the article's seq, then the event's index),
    # so that its latest few are read off the index's end, however many it holds
    """CREATE TABLE IF NOT EXISTS event_blocks (
        key TEXT NOT NULL, seq INTEGER NOT NULL, idx INTEGER NOT NULL,
        mention_id TEXT NOT NULL, PRIMARY KEY (key, seq, idx, mention_id)) WITHOUT ROWID""",
    "CREATE INDEX IF NOT EXISTS event_blocks_mention ON event_blocks(mention_id)",
    """CREATE TABLE IF NOT EXISTS event_links (
        a TEXT NOT NULL, b TEXT NOT NULL, PRIMARY KEY (a, b)) WITHOUT ROWID""",
    "CREATE INDEX IF NOT EXISTS event_links_b ON event_links(b)",
    "CREATE VIRTUAL TABLE IF NOT EXISTS event_fts USING fts5(mention_id UNINDEXED, sentence)",
    # one row per cluster: the timeline entry, refreshed whenever the cluster changes
    """CREATE TABLE IF NOT EXISTS timeline_entries (
        event_id TEXT PRIMARY KEY,
        date TEXT, type TEXT NOT NULL, mode TEXT NOT NULL, place TEXT,
        actors TEXT NOT NULL,            -- JSON list
        importance REAL NOT NULL,
        data TEXT NOT NULL)              -- the whole entry as JSON""",
    "CREATE INDEX IF NOT EXISTS timeline_entries_date ON timeline_entries(date)",
    """CREATE TABLE IF NOT EXISTS timeline_articles (
        event_id TEXT NOT NULL, article_id TEXT NOT NULL, PRIMARY KEY (event_id, article_id))
        WITHOUT ROWID""",
    "CREATE INDEX IF NOT EXISTS timeline_articles_article ON timeline_articles(article_id)",
    # clusters changed since their entry was built, when an ingest defers the rebuild
    "CREATE TABLE IF NOT EXISTS timeline_stale (event_id TEXT PRIMARY KEY) WITHOUT ROWID",
)
COLUMNS = ("mention_id", "article_id", "root_id", "idx", "type", "mode", "date", "granularity",
           "dated_by", "place", "actors", "targets", "attribution", "start", "end", "trigger",
           "sentence", "published", "cluster_id")


def ensure(store: "SQLiteStore") -> None:
    for statement in DDL:
        store.conn.execute(statement)


def _row(row: Any) -> dict[str, Any]:
    data = dict(row)
    data["actors"] = json.loads(data["actors"])
    data["targets"] = json.loads(data["targets"])
    return data


def candidates(store: "SQLiteStore", keys: Iterable[str], per_key: int) -> list[dict[str, Any]]:
    """Stored mentions filed under any of `keys`, at most `per_key` (the latest ingested)
    per key."""
    found: dict[str, dict[str, Any]] = {}
    for key in dict.fromkeys(keys):
        for row in store.conn.execute(
                "SELECT m.* FROM event_blocks b JOIN event_mentions m USING (mention_id) "
                "WHERE b.key = ? ORDER BY b.seq DESC, b.idx DESC LIMIT ?", (key, per_key)):
            if row["mention_id"] not in found:  # decoded once, however many keys share it
                found[row["mention_id"]] = _row(row)
    return list(found.values())


def mentions_overlapping(store: "SQLiteStore", article_id: str, start: int,
                         end: int) -> list[dict[str, Any]]:
    """An article's mentions whose sentence overlaps [start, end)."""
    return [_row(r) for r in store.conn.execute(
        "SELECT * FROM event_mentions WHERE article_id = ? AND start < ? AND ? < end",
        (article_id, end, start))]


def add_mention(store: "SQLiteStore", mention: dict[str, Any], keys: Iterable[str]) -> None:
    values = [json.dumps(mention[c], ensure_ascii=False) if c in ("actors", "targets")
              else mention[c] for c in COLUMNS]
    store.conn.execute(f"INSERT OR REPLACE INTO event_mentions ({', '.join(COLUMNS)}) VALUES "
                       f"({', '.join('?' * len(COLUMNS))})", values)
    seq = store.conn.execute("SELECT seq FROM articles WHERE id = ?",
                             (mention["article_id"],)).fetchone()
    store.conn.executemany(
        "INSERT OR REPLACE INTO event_blocks VALUES (?, ?, ?, ?)",
        [(key, seq[0] if seq else 0, mention["idx"], mention["mention_id"])
         for key in dict.fromkeys(keys)])
    store.conn.execute("INSERT INTO event_fts (mention_id, sentence) VALUES (?, ?)",
                       (mention["mention_id"], mention["sentence"]))


def link(store: "SQLiteStore", mention_id: str, others: Sequence[str]) -> set[str]:
    """Record links from `mention_id` to `others` and merge their clusters; the cluster ids
    that were merged (the smallest of them is the merged cluster's id)."""
    store.conn.executemany("INSERT OR IGNORE INTO event_links VALUES (?, ?)",
                           [tuple(sorted((mention_id, o))) for o in others])
    clusters = {mention_id} | {r[0] for o in others for r in store.conn.execute(
        "SELECT cluster_id FROM event_mentions WHERE mention_id = ?", (o,))}
    clusters |= {r[0] for r in store.conn.execute(
        "SELECT cluster_id FROM event_mentions WHERE mention_id = ?", (mention_id,))}
    target = min(clusters)
    merged = sorted(clusters - {target})  # the target's own members keep their id
    if merged:
        marks = ", ".join("?" * len(merged))
        store.conn.execute(
            f"UPDATE event_mentions SET cluster_id = ? WHERE cluster_id IN ({marks})",
            (target, *merged))
    return clusters


def drop_article(store: "SQLiteStore", article_id: str) -> set[str]:
    """Remove an article's mentions; clusters they held together are split again. Returns the
    cluster ids touched (before and after)."""
    ids = [r[0] for r in store.conn.execute(
        "SELECT mention_id FROM event_mentions WHERE article_id = ?", (article_id,))]
    if not ids:
        return set()
    affected = {r[0] for r in store.conn.execute(
        f"SELECT DISTINCT cluster_id FROM event_mentions WHERE mention_id IN "
        f"({', '.join('?' * len(ids))})", ids)}
    for mention_id in ids:
        store.conn.execute("DELETE FROM event_links WHERE a = ? OR b = ?", (mention_id, mention_id))
        store.conn.execute("DELETE FROM event_blocks WHERE mention_id = ?", (mention_id,))
        store.conn.execute("DELETE FROM event_fts WHERE mention_id = ?", (mention_id,))
        store.conn.execute("DELETE FROM event_mentions WHERE mention_id = ?", (mention_id,))
    touched = set(affected)
    for cluster_id in affected:
        touched |= _recluster(store, cluster_id)
    return touched


def _recluster(store: "SQLiteStore", cluster_id: str) -> set[str]:
    """Give the members of a (possibly split) cluster the ids of their components again."""
    members = [r[0] for r in store.conn.execute(
        "SELECT mention_id FROM event_mentions WHERE cluster_id = ?", (cluster_id,))]
    parent = {m: m for m in members}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for mention_id in members:
        for a, b in store.conn.execute("SELECT a, b FROM event_links WHERE a = ? OR b = ?",
                                       (mention_id, mention_id)):
            if a in parent and b in parent:
                ra, rb = find(a), find(b)
                parent[max(ra, rb)] = min(ra, rb)
    for mention_id in members:
        root = find(mention_id)
        store.conn.execute("UPDATE event_mentions SET cluster_id = ? WHERE mention_id = ?",
                           (root, mention_id))
    return {find(m) for m in members}


def cluster_members(store: "SQLiteStore", cluster_ids: Sequence[str]) -> dict[str, list[dict]]:
    out: dict[str, list[dict[str, Any]]] = {c: [] for c in cluster_ids}
    for start in range(0, len(cluster_ids), 500):
        part = cluster_ids[start:start + 500]
        for row in store.conn.execute(
                f"SELECT * FROM event_mentions WHERE cluster_id IN ({', '.join('?' * len(part))})"
                " ORDER BY published, article_id, idx", part):
            out[row["cluster_id"]].append(_row(row))
    return out


def shared_pairs_within(store: "SQLiteStore", cluster_id: str
                        ) -> list[tuple[str, int, int, str, int, int]]:
    """The shared-reporting pairs whose two sentences each overlap a mention of the cluster:
    the only pairs that can make two of its sources one origin. Matched in SQL from the
    members' own spans, so a cluster of wire copies does not read every pair its articles
    share elsewhere."""
    return [tuple(r) for r in store.conn.execute(  # type: ignore[misc]
        "SELECT DISTINCT p.a_id, p.a_start, p.a_end, p.b_id, p.b_start, p.b_end "
        "FROM event_mentions ma JOIN shared_reporting p ON p.a_id = ma.article_id "
        "AND p.a_start < ma.end AND ma.start < p.a_end "
        "JOIN event_mentions mb ON mb.article_id = p.b_id AND mb.cluster_id = ma.cluster_id "
        "AND p.b_start < mb.end AND mb.start < p.b_end "
        "WHERE ma.cluster_id = ? ORDER BY 1, 2, 4, 5", (cluster_id,))]


def query_mentions(store: "SQLiteStore", *, date_from: str | None = None,
                   date_to: str | None = None, types: Sequence[str] = (),
                   modes: Sequence[str] = (), place: str | None = None,
                   actor: str | None = None, query: str | None = None,
                   article_id: str | None = None, limit: int | None = None,
                   offset: int = 0) -> Iterator[dict[str, Any]]:
    """Event mentions (one per article and trigger) matching every filter, by date."""
    where = Where()
    where.days("m.date", date_from, date_to)
    where.add("m.place = ? COLLATE NOCASE", place)
    where.add("m.actors LIKE ?", f"%{actor}%" if actor else None)
    where.add("m.article_id = ?", article_id)
    where.one_of("m.type", types)
    where.one_of("m.mode", modes)
    where.add("m.mention_id IN (SELECT mention_id FROM event_fts WHERE event_fts MATCH ?)", query)
    sql = "SELECT m.* FROM event_mentions m" + where.sql()
    args = where.args
    sql += " ORDER BY m.date IS NULL, m.date, m.mention_id"
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        args.extend((limit, offset))
    for row in store.conn.execute(sql, args):
        yield _row(row)
