"""The read functions every interface calls: CLI, HTTP API and exports share these.

Each takes the store and a `Filters`, and returns plain dicts in the documented JSON shapes
(README, "--json contracts"). Nothing here writes.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Iterator

from ..store import events as event_store
from ..store import figures as figure_store
from ..store import inferred as inferred_store
from ..store import quotes as quote_store
from ..store import timeline_entries as entry_store
from .series import series_entry

if TYPE_CHECKING:
    from ..store.sqlite import SQLiteStore


@dataclass(frozen=True)
class Filters:
    """What to list: every field is optional; `None` means no restriction."""

    date_from: str | None = None
    date_to: str | None = None
    story: str | None = None
    query: str | None = None
    place: str | None = None
    actor: str | None = None
    types: tuple[str, ...] = ()
    modes: tuple[str, ...] = ()
    limit: int | None = None
    offset: int = 0

    def replace(self, **changes: Any) -> "Filters":
        return dataclasses.replace(self, **changes)


_FTS_WORD = re.compile(r"\w+", re.UNICODE)


def fts_query(words: str | None) -> str | None:
    """User words as an FTS5 query that every word must match (never FTS5 syntax errors)."""
    if not words:
        return None
    terms = _FTS_WORD.findall(words)
    return " AND ".join(f'"{t}"' for t in terms) or None


def _ready(store: "SQLiteStore") -> bool:
    return store.conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'timeline_entries'"
                              ).fetchone() is not None


def timeline(store: "SQLiteStore", filters: Filters = Filters()) -> list[dict[str, Any]]:
    """Timeline entries (event clusters) in date order."""
    if not _ready(store):
        return []
    return list(entry_store.query_entries(
        store, date_from=filters.date_from, date_to=filters.date_to, types=filters.types,
        modes=filters.modes, place=filters.place, actor=filters.actor,
        story_articles=filters.story, query=fts_query(filters.query), limit=filters.limit,
        offset=filters.offset))


def stories(store: "SQLiteStore", filters: Filters = Filters()) -> list[dict[str, Any]]:
    """Stories (topic detection and tracking): `{"story_id", "title", "articles", "first",
    "last"}`, most articles first."""
    from ..store.story_queries import list_stories

    if not _ready(store):
        return []
    rows = [{**row, "first": (row["first"] or "")[:10] or None,
             "last": (row["last"] or "")[:10] or None} for row in list_stories(store)]
    start = filters.offset
    return rows[start:start + filters.limit] if filters.limit is not None else rows[start:]


def events(store: "SQLiteStore", filters: Filters = Filters()) -> list[dict[str, Any]]:
    """Event mentions, one per article and trigger, each with its cluster (`event_id`)."""
    if not _ready(store):
        return []
    rows = []
    for row in event_store.query_mentions(
            store, date_from=filters.date_from, date_to=filters.date_to, types=filters.types,
            modes=filters.modes, place=filters.place, actor=filters.actor,
            query=fts_query(filters.query), limit=filters.limit, offset=filters.offset):
        rows.append({"event_id": row["cluster_id"], "article_id": row["article_id"],
                     "type": row["type"], "mode": row["mode"], "date": row["date"],
                     "dated_by": row["dated_by"], "place": row["place"],
                     "actors": row["actors"], "targets": row["targets"],
                     "attribution": row["attribution"], "trigger": row["trigger"],
                     "start": row["start"], "end": row["end"], "sentence": row["sentence"],
                     "published": row["published"]})
    return rows


def event(store: "SQLiteStore", event_id: str) -> dict[str, Any] | None:
    return entry_store.entry(store, event_id) if _ready(store) else None


def figure_series(store: "SQLiteStore", filters: Filters = Filters(),
                  min_points: int = 1) -> list[dict[str, Any]]:
    """Series of figures, each with its points in as-of order and its disagreements."""
    if not _ready(store):
        return []
    out = []
    meta: dict[str, dict[str, Any]] = {}
    for key, _ in figure_store.series_keys(store, min_points):
        rows = list(figure_store.points(store, key, filters.date_from, filters.date_to))
        if filters.query:
            words = [w.lower() for w in _FTS_WORD.findall(filters.query)]
            rows = [r for r in rows if all(w in (r["sentence"] or "").lower() for w in words)]
        if len(rows) < min_points:
            continue
        for row in rows:
            if row["article_id"] not in meta:
                article = store.get_article(row["article_id"])
                meta[row["article_id"]] = {"outlet": article.outlet if article else None,
                                           "published": article.published if article else None}
        out.append(series_entry(key, rows, meta))
    out.sort(key=lambda s: (-len(s["points"]), s["series_id"]))
    start = filters.offset
    return out[start:start + filters.limit] if filters.limit is not None else out[start:]


def quotes(store: "SQLiteStore", filters: Filters = Filters()) -> list[dict[str, Any]]:
    if not _ready(store):
        return []
    return list(quote_store.query(store, speaker=filters.actor, date_from=filters.date_from,
                                  date_to=filters.date_to, words=filters.query,
                                  limit=filters.limit, offset=filters.offset))


def entities(store: "SQLiteStore", filters: Filters = Filters()) -> list[dict[str, Any]]:
    rows = store.known_entities()
    if filters.types:
        rows = [r for r in rows if r["type"] in filters.types]
    if filters.query or filters.actor:
        needle = (filters.query or filters.actor or "").lower()
        rows = [r for r in rows if needle in r["canonical"].lower()]
    start = filters.offset
    return rows[start:start + filters.limit] if filters.limit is not None else rows[start:]


def inferred_date(store: "SQLiteStore", article_id: str) -> dict[str, Any] | None:
    return inferred_store.get(store, article_id)


def article_fusion(store: "SQLiteStore", article_id: str) -> dict[str, Any]:
    """What fusion adds to an article: shared reporting and an inferred publication date."""
    from ..store import fusion as fusion_store
    from ..store import reporting as reporting_store

    if not fusion_store.is_prepared(store):
        return {}
    inferred = inferred_store.get(store, article_id) or {}
    return {"shared_reporting": reporting_store.shared_counts(store, article_id),
            "inferred_published": inferred.get("published"),
            "inferred_reason": inferred.get("reason"),
            "inferred_confidence": inferred.get("confidence")}


def search(store: "SQLiteStore", words: str, filters: Filters = Filters()
           ) -> list[dict[str, Any]]:
    """Articles and event evidence matching every word, best first (FTS5 rank)."""
    query = fts_query(words)
    if not query:
        return []
    limit = filters.limit or 50
    hits: list[dict[str, Any]] = []
    for row in store.conn.execute(
            "SELECT article_id, title, snippet(articles_fts, 2, '', '', ' … ', 16) AS snippet, "
            "rank FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?",
            (query, limit + filters.offset)):
        hits.append({"kind": "article", "article_id": row["article_id"], "title": row["title"],
                     "snippet": row["snippet"], "event_id": None, "rank": row["rank"]})
    if _ready(store):
        for row in store.conn.execute(
                "SELECT m.article_id, m.cluster_id, m.start, m.end, m.sentence, f.rank "
                "FROM event_fts f JOIN event_mentions m USING (mention_id) "
                "WHERE event_fts MATCH ? ORDER BY f.rank LIMIT ?", (query, limit + filters.offset)):
            hits.append({"kind": "event", "article_id": row["article_id"], "title": None,
                         "snippet": row["sentence"], "event_id": row["cluster_id"],
                         "start": row["start"], "end": row["end"], "rank": row["rank"]})
    hits.sort(key=lambda h: h["rank"])
    for hit in hits:
        hit.pop("rank")
    return hits[filters.offset:filters.offset + limit]


def brief(store: "SQLiteStore", day: dt.date, sentences: int = 5) -> dict[str, Any]:
    """An extractive summary of one day: its most important happenings, each with citations."""
    entries = entry_store.query_entries(store, date_from=day.isoformat(),
                                        date_to=day.isoformat(), order="importance",
                                        limit=sentences * 3) if _ready(store) else iter(())
    lines = []
    seen: set[str] = set()
    for entry in entries:
        if entry["summary"] in seen:
            continue
        seen.add(entry["summary"])
        lines.append({"sentence": entry["summary"], "mode": entry["mode"],
                      "event_id": entry["event_id"],
                      "citations": [{"article_id": s["article_id"], "outlet": s["outlet"],
                                     "start": s["start"], "end": s["end"]}
                                    for s in entry["sources"]],
                      "independent_sources": entry["independent_sources"]})
        if len(lines) == sentences:
            break
    return {"date": day.isoformat(), "sentences": lines}


def iter_all(fetch: Any, store: "SQLiteStore", filters: Filters,
             page: int = 500) -> Iterator[dict[str, Any]]:
    """Every row a paged list function gives, a page at a time (exports stream with this)."""
    offset = 0
    while True:
        rows = fetch(store, filters.replace(limit=page, offset=offset))
        yield from rows
        if len(rows) < page:
            return
        offset += page
