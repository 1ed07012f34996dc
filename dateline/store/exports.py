"""Reads the exports need beyond `fuse.query`: cluster members with their annotated event, place
and death-toll look-ups, and article-level facts streamed in ingest order. Nothing here writes.

Every iterator here reads through one cursor, so memory stays flat with store size; inside
`snapshot` all reads see the same state of the store even while an ingest writes to it.
"""

from __future__ import annotations

import json
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, Iterator, Sequence

from .filters import Where

if TYPE_CHECKING:
    from .sqlite import SQLiteStore

_CHUNK = 500  # host parameters per IN (...) list
DEATH_CATEGORIES = ("killed", "dead")
VIOLENT_TYPES = ("FIGHT", "ASSAULT")


@contextmanager
def snapshot(store: "SQLiteStore") -> Iterator[None]:
    """One read transaction: every read inside sees the same state (never takes a write lock).
    Inside a transaction the caller already holds, that transaction is the snapshot."""
    if store.conn.in_transaction:
        yield
        return
    store.conn.execute("BEGIN DEFERRED")
    try:
        yield
    finally:
        store.conn.execute("COMMIT")


def has_table(store: "SQLiteStore", name: str) -> bool:
    return store.conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?",
                              (name,)).fetchone() is not None


def cluster_members(store: "SQLiteStore", cluster_ids: Sequence[str]) -> dict[str, list[dict]]:
    """Mentions of each cluster (publication order), each with `trigger_start`, `trigger_end`
    and `acled_type` from the article's annotated event, and the article's `outlet` and `wire`."""
    out: dict[str, list[dict[str, Any]]] = {c: [] for c in cluster_ids}
    for start in range(0, len(cluster_ids), _CHUNK):
        part = list(cluster_ids[start:start + _CHUNK])
        for row in store.conn.execute(
                "SELECT m.*, a.outlet, a.wire, json_extract(n.data, '$.events[' || m.idx || ']') "
                "AS event FROM event_mentions m LEFT JOIN annotations n ON n.article_id = "
                "m.article_id LEFT JOIN articles a ON a.id = m.article_id "
                f"WHERE m.cluster_id IN ({', '.join('?' * len(part))}) "
                "ORDER BY m.published, m.article_id, m.idx", part):
            data = dict(row)
            event = json.loads(data.pop("event") or "{}")
            data["actors"] = json.loads(data["actors"])
            data["targets"] = json.loads(data["targets"])
            for key in ("trigger_start", "trigger_end", "acled_type"):
                data[key] = event.get(key)
            out[data["cluster_id"]].append(data)
    return out


def places_named(store: "SQLiteStore", article_id: str, name: str) -> list[dict[str, Any]]:
    """The article's annotated places whose canonical name is `name`, in text order."""
    rows = store.conn.execute(
        "SELECT p.value FROM annotations n, json_each(n.data, '$.places') p "
        "WHERE n.article_id = ? AND json_extract(p.value, '$.name') = ? COLLATE NOCASE",
        (article_id, name))
    return sorted((json.loads(r[0]) for r in rows), key=lambda p: p["start"])


def death_figures(store: "SQLiteStore", article_id: str, start: int,
                  end: int) -> list[dict[str, Any]]:
    """Reported (not projected) killed/dead figures inside [start, end) of an article."""
    return [dict(r) for r in store.conn.execute(
        "SELECT article_id, start, end, value, text FROM figure_points WHERE article_id = ? "
        "AND start >= ? AND end <= ? AND projected = 0 AND category IN (?, ?) ORDER BY start",
        (article_id, start, end, *DEATH_CATEGORIES))]


def sentence_triggers(store: "SQLiteStore", article_id: str, start: int,
                      end: int) -> list[dict[str, Any]]:
    """The event mentions of one sentence with their trigger offsets and ACLED types."""
    out = []
    for mention_id, event in store.conn.execute(
            "SELECT m.mention_id, json_extract(n.data, '$.events[' || m.idx || ']') FROM "
            "event_mentions m JOIN annotations n ON n.article_id = m.article_id "
            "WHERE m.article_id = ? AND m.start = ? AND m.end = ? ORDER BY m.idx",
            (article_id, start, end)):
        data = json.loads(event or "{}")
        out.append({"mention_id": mention_id, "trigger_start": data.get("trigger_start"),
                    "trigger_end": data.get("trigger_end"), "acled_type": data.get("acled_type")})
    return out


def lone_day_death_figures(store: "SQLiteStore", article_id: str,
                           day: str) -> list[dict[str, Any]]:
    """Killed/dead figures of an article dated `day` by its own text, in sentences that hold no
    event, when the article has exactly one FIGHT or ASSAULT event that day (else none)."""
    (violent,) = store.conn.execute(
        "SELECT COUNT(*) FROM event_mentions WHERE article_id = ? AND substr(date, 1, 10) = ? "
        f"AND type IN ({', '.join('?' * len(VIOLENT_TYPES))})",
        (article_id, day, *VIOLENT_TYPES)).fetchone()
    if violent != 1:
        return []
    return [dict(r) for r in store.conn.execute(
        "SELECT f.article_id, f.start, f.end, f.value, f.text FROM figure_points f "
        "WHERE f.article_id = ? AND f.as_of_source = 'text' AND substr(f.as_of, 1, 10) = ? "
        "AND f.projected = 0 AND f.category IN (?, ?) AND NOT EXISTS (SELECT 1 FROM "
        "event_mentions m WHERE m.article_id = f.article_id AND f.start >= m.start "
        "AND f.end <= m.end) ORDER BY f.start", (article_id, day, *DEATH_CATEGORIES))]


def _article_filter(store: "SQLiteStore", date_from: str | None, date_to: str | None,
                    story: str | None, fts: str | None) -> tuple[str, list[Any]]:
    where = Where()
    where.days("a.published", date_from, date_to)
    if story is not None:
        where.require("a.id IN (SELECT article_id FROM story_members WHERE story_id = ?)", story)
    where.add("a.id IN (SELECT article_id FROM articles_fts WHERE articles_fts MATCH ?)", fts)
    return where.sql(), where.args


def iter_articles(store: "SQLiteStore", *, date_from: str | None = None,
                  date_to: str | None = None, story: str | None = None, fts: str | None = None,
                  annotations: bool = False) -> Iterator[dict[str, Any]]:
    """Stored articles (one per id, first source's metadata) in ingest order; with
    `annotations`, each carries its parsed annotations (None when not annotated)."""
    where, args = _article_filter(store, date_from, date_to, story, fts)
    extra = ", n.data AS annotations" if annotations else ""
    join = " LEFT JOIN annotations n ON n.article_id = a.id" if annotations else ""
    for row in store.conn.execute(
            "SELECT a.id, a.title, a.published, a.published_precision, a.published_evidence, "
            "a.outlet, a.wire, a.authors, a.dateline, a.url, a.duplicate_of, a.text, "
            "(SELECT COUNT(*) FROM sources s WHERE s.article_id = a.id) AS source_count"
            f"{extra} FROM articles a{join}{where} ORDER BY a.seq", args):
        data = dict(row)
        data["authors"] = json.loads(data["authors"])
        if annotations:
            data["annotations"] = json.loads(data["annotations"]) if data["annotations"] else None
        yield data


def iter_sources(store: "SQLiteStore", *, date_from: str | None = None,
                 date_to: str | None = None, story: str | None = None,
                 fts: str | None = None) -> Iterator[dict[str, Any]]:
    """Every input unit of the selected articles, with its own metadata, in ingest order."""
    where, args = _article_filter(store, date_from, date_to, story, fts)
    for row in store.conn.execute(
            "SELECT s.article_id, s.source_path, s.locator, s.format, s.meta, s.ingested_at "
            f"FROM sources s JOIN articles a ON a.id = s.article_id{where} ORDER BY s.rowid",
            args):
        data = dict(row)
        data["meta"] = json.loads(data["meta"] or "{}")
        yield data


def figure_series_of(store: "SQLiteStore",
                     article_ids: Sequence[str]) -> dict[tuple[str, int], dict[str, Any]]:
    """(article_id, idx) -> the fused figure's series key and effective as-of date."""
    out: dict[tuple[str, int], dict[str, Any]] = {}
    if not has_table(store, "figure_points"):
        return out
    for start in range(0, len(article_ids), _CHUNK):
        part = list(article_ids[start:start + _CHUNK])
        for row in store.conn.execute(
                "SELECT article_id, idx, series_key, as_of, as_of_source FROM figure_points "
                f"WHERE article_id IN ({', '.join('?' * len(part))})", part):
            out[(row["article_id"], row["idx"])] = dict(row)
    return out


def entity_names(store: "SQLiteStore", entity_ids: Sequence[str]) -> dict[str, dict[str, Any]]:
    """Entity id -> the entity it stands for now (after merges): its id, canonical name, type."""
    out: dict[str, dict[str, Any]] = {}
    unique = list(dict.fromkeys(entity_ids))
    for start in range(0, len(unique), _CHUNK):
        part = unique[start:start + _CHUNK]
        for row in store.conn.execute(
                "SELECT k.id AS asked, e.entity_id, e.canonical, e.type FROM (SELECT value AS id "
                "FROM json_each(?)) k JOIN entities e ON e.entity_id = COALESCE((SELECT "
                "a.entity_id FROM entity_aliases a WHERE a.alias_id = k.id), k.id)",
                (json.dumps(part),)):
            out[row["asked"]] = {"entity_id": row["entity_id"], "canonical": row["canonical"],
                                 "type": row["type"]}
    return out
