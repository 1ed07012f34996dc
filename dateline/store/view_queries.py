"""Paged lists of the analyst workbench: entities, places, quotes, figure series, day counts.

Every list takes a `views.Scope` (which articles it draws from) and reads the derived tables of
the fusion layer and of `views.py`; nothing here writes.
"""

from __future__ import annotations

import json
from dataclasses import replace
from typing import TYPE_CHECKING, Any, Sequence

from .views import Scope, has_table, paged_sql, scope_sql

if TYPE_CHECKING:
    from .sqlite import SQLiteStore


def _ids_of(column: str, entity_id: str) -> tuple[str, list[str]]:
    """SQL: `column` is an entity id or an id merged into it; and its arguments."""
    # one IN list (not "= ? OR IN"), so that the planner searches the column's index
    return (f"({column} IN (SELECT ? UNION SELECT alias_id FROM entity_aliases WHERE "
            "entity_id = ?))", [entity_id, entity_id])


def entity(store: "SQLiteStore", entity_id: str) -> dict[str, Any] | None:
    """One entity by id; an id merged into another entity gives the entity it is now."""
    row = store.conn.execute("SELECT entity_id FROM entity_aliases WHERE alias_id = ?",
                             (entity_id,)).fetchone()
    current = row[0] if row else entity_id
    found = store.conn.execute("SELECT entity_id, canonical, type, mentions FROM entities "
                               "WHERE entity_id = ?", (current,)).fetchone()
    return dict(found) if found else None


def entities(store: "SQLiteStore", scope: Scope, kinds: Sequence[str], name: str | None,
             limit: int, offset: int) -> list[dict[str, Any]]:
    """Entities by mentions, most first; restricted to articles in scope when it says so."""
    where: list[str] = []
    args: list[Any] = []
    if kinds:
        where.append(f"e.type IN ({', '.join('?' * len(kinds))})")
        args.extend(kinds)
    if name:
        where.append("e.canonical LIKE ?")
        args.append(f"%{name}%")
    if scope == Scope():
        sql, params = paged_sql(
            "SELECT e.entity_id, e.canonical, e.type, e.mentions FROM entities e", where, args,
            "e.mentions DESC, e.entity_id", limit, offset)
        return [dict(r) for r in store.conn.execute(sql, params)]
    inner, inner_args = scope_sql(store, scope, "m.article_id", "a.published")
    # count mentions per stored id first, then fold ids merged into another entity
    counted = ("SELECT m.entity_id AS raw, COUNT(*) AS n FROM view_entity_mentions m "
               "JOIN articles a ON a.id = m.article_id"
               + (" WHERE " + " AND ".join(inner) if inner else "") + " GROUP BY m.entity_id")
    sql = (f"SELECT e.entity_id, e.canonical, e.type, SUM(g.n) AS mentions FROM ({counted}) g "
           "JOIN entities e ON e.entity_id = COALESCE((SELECT x.entity_id FROM entity_aliases x "
           "WHERE x.alias_id = g.raw), g.raw)")
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " GROUP BY e.entity_id ORDER BY mentions DESC, e.entity_id LIMIT ? OFFSET ?"
    return [dict(r) for r in store.conn.execute(sql, [*inner_args, *args, limit, offset])]


def entity_mentions(store: "SQLiteStore", entity_id: str, limit: int,
                    offset: int) -> list[dict[str, Any]]:
    """Where an entity is named: article, span, role and about 80 characters either side."""
    ids, args = _ids_of("m.entity_id", entity_id)
    sql = ("SELECT m.article_id, m.start, m.end, m.role, a.title, a.outlet, a.published, "
           "max(m.start - 80, 0) AS context_start, "
           "substr(a.text, max(m.start - 80, 0) + 1, m.end - max(m.start - 80, 0) + 80) "
           "AS context FROM view_entity_mentions m JOIN articles a ON a.id = m.article_id "
           f"WHERE {ids} ORDER BY a.published, m.article_id, m.start LIMIT ? OFFSET ?")
    return [dict(r) for r in store.conn.execute(sql, [*args, limit, offset])]


def entity_roles(store: "SQLiteStore", entity_id: str) -> list[dict[str, Any]]:
    ids, args = _ids_of("entity_id", entity_id)
    return [{"role": r[0], "mentions": r[1]} for r in store.conn.execute(
        f"SELECT role, COUNT(*) AS n FROM view_entity_mentions WHERE {ids} AND role IS NOT NULL "
        "GROUP BY role ORDER BY n DESC, role", args)]


def entity_article_count(store: "SQLiteStore", entity_id: str) -> int:
    ids, args = _ids_of("entity_id", entity_id)
    return int(store.conn.execute(f"SELECT COUNT(DISTINCT article_id) FROM view_entity_mentions "
                                  f"WHERE {ids}", args).fetchone()[0])


def places(store: "SQLiteStore", scope: Scope, name: str | None, limit: int,
           offset: int) -> list[dict[str, Any]]:
    """Places with coordinates, most mentioned first, with the events placed there."""
    events = ("(SELECT COUNT(*) FROM timeline_entries t WHERE t.place = p.name COLLATE NOCASE)"
              if has_table(store, "timeline_entries") else "0")
    if scope == Scope():
        sql = (f"SELECT p.name, p.lat, p.lon, p.country, p.precision, p.mentions, p.articles, "
               f"{events} AS events FROM view_places p")
        sql, args = paged_sql(sql, ["p.name LIKE ?"] if name else [],
                              [f"%{name}%"] if name else [], "p.mentions DESC, p.name", limit,
                              offset)
        return [dict(r) for r in store.conn.execute(sql, args)]
    where, args = scope_sql(store, scope, "p.article_id", "a.published")
    where.append("p.lat IS NOT NULL")
    if name:
        where.append("p.name LIKE ?")
        args.append(f"%{name}%")
    sql = ("SELECT p.name, p.lat, p.lon, p.country, p.precision, COUNT(*) AS mentions, "
           f"COUNT(DISTINCT p.article_id) AS articles, {events} AS events "
           "FROM view_place_mentions p JOIN articles a ON a.id = p.article_id WHERE "
           + " AND ".join(where) + " GROUP BY p.name ORDER BY mentions DESC, p.name "
           "LIMIT ? OFFSET ?")
    return [dict(r) for r in store.conn.execute(sql, [*args, limit, offset])]


def place_coordinates(store: "SQLiteStore", names: Sequence[str]) -> dict[str, dict[str, Any]]:
    """Coordinates and precision of each place name (as the annotations resolved it)."""
    out: dict[str, dict[str, Any]] = {}
    for name in dict.fromkeys(n for n in names if n):
        row = store.conn.execute(
            "SELECT name, lat, lon, country, precision FROM view_place_mentions WHERE name = ? "
            "AND lat IS NOT NULL LIMIT 1", (name,)).fetchone()
        if row:
            out[name] = dict(row)
    return out


def quotes(store: "SQLiteStore", scope: Scope, speaker: str | None, speaker_id: str | None,
           words: Sequence[str], limit: int, offset: int) -> list[dict[str, Any]]:
    """Quotes in scope by date; `speaker` is part of a name, `words` must all appear."""
    if not has_table(store, "quote_points"):
        return []
    where, args = scope_sql(store, replace(scope, actor=None))
    if speaker:
        # the distinct speaker names are read off their index, then their quotes looked up
        where.append("speaker IN (SELECT DISTINCT speaker FROM quote_points WHERE speaker "
                     "LIKE ?)")
        args.append(f"%{speaker}%")
    if speaker_id:
        ids, id_args = _ids_of("speaker_id", speaker_id)
        where.append(ids)
        args.extend(id_args)
    for word in words:
        where.append("text LIKE ?")
        args.append(f"%{word}%")
    # a speaker's quotes are found by the speaker index and then sorted (the unary + keeps the
    # planner from walking the whole date index instead)
    order = "published IS NULL, published, article_id, idx"
    if speaker or speaker_id or words:
        order = "+published IS NULL, +published, article_id, idx"
    sql, params = paged_sql("SELECT article_id, idx, start, end, text, speaker, speaker_id, "
                            "partial, published FROM quote_points", where, args, order, limit,
                            offset)
    rows = []
    for row in store.conn.execute(sql, params):
        data = dict(row)
        data["partial"] = bool(data["partial"])
        rows.append(data)
    return rows


def series_page(store: "SQLiteStore", scope: Scope, words: Sequence[str], min_points: int,
                limit: int, offset: int) -> list[tuple[str, int]]:
    """(series key, points in scope) of series with at least `min_points`, biggest first."""
    if not has_table(store, "figure_points"):
        return []
    where, args = _figure_where(store, scope, words)
    sql = "SELECT series_key, COUNT(*) AS n FROM figure_points"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " GROUP BY series_key HAVING n >= ? ORDER BY n DESC, series_key LIMIT ? OFFSET ?"
    return [(r[0], r[1]) for r in store.conn.execute(sql, [*args, min_points, limit, offset])]


def _figure_where(store: "SQLiteStore", scope: Scope,
                  words: Sequence[str]) -> tuple[list[str], list[Any]]:
    where, args = scope_sql(store, replace(scope, actor=None),
                            published="as_of")
    if scope.actor:
        where.append("claimant LIKE ?")
        args.append(f"%{scope.actor}%")
    for word in words:
        where.append("sentence LIKE ?")
        args.append(f"%{word}%")
    return where, args


def series_points(store: "SQLiteStore", key: str, scope: Scope, words: Sequence[str],
                  latest: int = -1) -> list[dict[str, Any]]:
    """A series' points in scope in as-of order; with `latest`, only that many of the last."""
    where, args = _figure_where(store, scope, words)
    sql, params = paged_sql("SELECT * FROM figure_points", ["series_key = ?", *where],
                            [key, *args], "as_of DESC, article_id DESC, idx DESC", latest, 0)
    return [dict(row) for row in store.conn.execute(sql, params)][::-1]


def day_counts(store: "SQLiteStore", scope: Scope, fts: str | None) -> list[dict[str, Any]]:
    """Timeline entries per day and mode (for the overview strip of the zoomable timeline)."""
    if not has_table(store, "timeline_entries"):
        return []
    where, args = timeline_where(store, scope, fts)
    # grouped as the index view_timeline_days is ordered (no sort); partial dates dropped after
    sql = "SELECT substr(date, 1, 10), mode, COUNT(*) FROM timeline_entries t"
    if where:
        sql += " WHERE " + " AND ".join(where)
    counts: dict[str, dict[str, Any]] = {}
    for day, mode, n in store.conn.execute(sql + " GROUP BY substr(date, 1, 10), mode", args):
        if day is None or len(day) < 10:
            continue
        entry = counts.setdefault(day, {"day": day, "entries": 0, "modes": {}})
        entry["entries"] += n
        entry["modes"][mode] = n
    return list(counts.values())


def decode_list(value: str | None) -> list[Any]:
    return json.loads(value) if value else []


def timeline_where(store: "SQLiteStore", scope: Scope,
                   fts: str | None) -> tuple[list[str], list[Any]]:
    """WHERE clauses over `timeline_entries t` with the meaning of `events.query_entries`."""
    where: list[str] = []
    args: list[Any] = []
    for clause, value in (("t.date >= ?", scope.date_from),
                          ("substr(t.date, 1, 10) <= ?", scope.date_to),
                          ("t.place = ? COLLATE NOCASE", scope.place),
                          ("t.actors LIKE ?", f"%{scope.actor}%" if scope.actor else None)):
        if value:
            where.append(clause)
            args.append(value)
    for field, values in (("type", scope.types), ("mode", scope.modes)):
        if values:
            where.append(f"t.{field} IN ({', '.join('?' * len(values))})")
            args.extend(values)
    if scope.story is not None:
        where.append("t.event_id IN (SELECT event_id FROM timeline_articles WHERE article_id IN "
                     "(SELECT article_id FROM story_members WHERE story_id = ?))"
                     if has_table(store, "story_members") else "0")
        args.extend([scope.story] if has_table(store, "story_members") else [])
    if fts:
        where.append("t.event_id IN (SELECT m.cluster_id FROM event_fts f JOIN event_mentions m "
                     "USING (mention_id) WHERE event_fts MATCH ?)")
        args.append(fts)
    return where, args


def story_articles(store: "SQLiteStore", story_id: str, limit: int = -1) -> list[str]:
    if not has_table(store, "story_members"):
        return []
    return [r[0] for r in store.conn.execute(
        "SELECT article_id FROM story_members WHERE story_id = ? LIMIT ?", (story_id, limit))]


def entity_events(store: "SQLiteStore", entity_id: str, name: str,
                  limit: int) -> list[dict[str, Any]]:
    """Timeline entries naming `name` among their actors (or as their place), found through the
    articles that mention the entity rather than by scanning every entry."""
    if not has_table(store, "timeline_entries"):
        return []
    ids, args = _ids_of("entity_id", entity_id)
    sql = ("SELECT t.data FROM timeline_entries t WHERE t.event_id IN (SELECT ta.event_id FROM "
           "timeline_articles ta WHERE ta.article_id IN (SELECT article_id FROM "
           f"view_entity_mentions WHERE {ids})) AND (t.actors LIKE ? OR t.place = ? COLLATE "
           "NOCASE) ORDER BY t.date IS NULL, t.date, t.importance DESC, t.event_id LIMIT ?")
    return [json.loads(r[0]) for r in store.conn.execute(
        sql, [*args, f"%{json.dumps(name, ensure_ascii=False)}%", name, limit])]
