"""Read functions of the analyst workbench (HTTP API, web app, HTML report), beside `query`.

Each takes the store and a `query.Filters` and returns plain dicts. Filters that do not belong
to a kind of record restrict it through its article: quotes "about a place" are the quotes of
articles that mention the place, figures "of an actor" are the figures that actor claims.
"""

from __future__ import annotations

from dataclasses import replace
from itertools import groupby
from typing import TYPE_CHECKING, Any, Sequence

from ..store import events as event_store
from ..store import view_queries as vq
from ..store import views as view_store
from . import query
from .query import Filters, fts_query
from .series import series_entry

if TYPE_CHECKING:
    from ..store.sqlite import SQLiteStore

ARTICLE_FIELDS = ("id", "title", "published", "published_precision", "published_evidence",
                  "outlet", "wire", "authors", "dateline", "url", "duplicate_of", "text")
MARK_OPEN, MARK_CLOSE = "\x02", "\x03"  # what the store's snippets mark matches with


class NotFound(LookupError):
    """No such record: the message says what was asked for and how to find one."""


def scope_of(filters: Filters) -> view_store.Scope:
    return view_store.Scope(date_from=filters.date_from, date_to=filters.date_to,
                            place=filters.place, actor=filters.actor, story=filters.story,
                            types=filters.types, modes=filters.modes)


def _paged(filters: Filters, default: int = 50) -> tuple[int, int]:
    return (filters.limit if filters.limit is not None else default), filters.offset


def _words(filters: Filters) -> list[str]:
    return query._FTS_WORD.findall(filters.query or "")


def check_story(store: "SQLiteStore", filters: Filters) -> None:
    """A story filter must name a story of this store (else NotFound, saying how to list)."""
    if filters.story is None:
        return
    if not view_store.has_table(store, "story_members"):
        raise NotFound("this store has no stories yet: run `dateline fuse` (or re-ingest) to "
                       "group articles into stories, or leave out the story filter")
    if not vq.story_articles(store, filters.story, limit=1):
        raise NotFound(f"no story with id {filters.story!r}: list stories with "
                       "`dateline stories`")


def marked(snippet: str | None) -> tuple[str | None, list[list[int]]]:
    """A snippet without its match marks, and the [start, end) of each marked match."""
    if snippet is None:
        return None, []
    text, marks, start = [], [], None
    length = 0
    for char in snippet:
        if char == MARK_OPEN:
            start = length
        elif char == MARK_CLOSE and start is not None:
            marks.append([start, length])
            start = None
        else:
            text.append(char)
            length += 1
    return "".join(text), marks


def articles(store: "SQLiteStore", filters: Filters) -> list[dict[str, Any]]:
    """Articles in scope; with words, the best matches first, each with a marked snippet."""
    check_story(store, filters)
    limit, offset = _paged(filters)
    rows = []
    for row in view_store.articles(store, scope_of(filters), fts_query(filters.query), limit,
                                   offset):
        row["snippet"], row["snippet_marks"] = marked(row["snippet"])
        rows.append(row)
    return rows


def article(store: "SQLiteStore", article_id: str) -> dict[str, Any]:
    """One article: metadata, cleaned text, annotations, its sources and its fused events."""
    found = store.get_article(article_id)
    if found is None:
        raise NotFound(f"no article with id {article_id!r}: list ids with /api/articles")
    data = found.to_dict()
    out = {name: data.get(name) for name in ARTICLE_FIELDS}
    annotations = store.get_annotations(article_id)
    out["annotations"] = annotations.to_dict() if annotations else None
    out["sources"] = view_store.article_sources(store, article_id)
    out["inferred_published"] = query.inferred_date(store, article_id)
    out["events"] = _article_events(store, article_id)
    return out


def _article_events(store: "SQLiteStore", article_id: str) -> list[dict[str, Any]]:
    if not view_store.has_table(store, "event_mentions"):
        return []
    return [{"event_id": r["cluster_id"], "type": r["type"], "mode": r["mode"],
             "date": r["date"], "start": r["start"], "end": r["end"], "trigger": r["trigger"]}
            for r in event_store.query_mentions(store, article_id=article_id)]


def entities(store: "SQLiteStore", filters: Filters,
             kinds: Sequence[str] = ()) -> list[dict[str, Any]]:
    """Entities by mentions; `query` is part of the name, the other filters their articles."""
    check_story(store, filters)
    limit, offset = _paged(filters)
    scope = scope_of(filters)
    name = filters.query
    if scope.actor and not name:
        name, scope = scope.actor, replace(scope, actor=None)
    return vq.entities(store, scope, tuple(kinds), name, limit, offset)


def entity_page(store: "SQLiteStore", entity_id: str, filters: Filters) -> dict[str, Any]:
    """An entity: its roles, where it is named (paged), its quotes and its events."""
    found = vq.entity(store, entity_id)
    if found is None:
        raise NotFound(f"no entity with id {entity_id!r}: list entities with /api/entities")
    limit, offset = _paged(filters)
    current = found["entity_id"]
    events = vq.entity_events(store, current, found["canonical"], limit)
    return {"entity": found,
            "articles": vq.entity_article_count(store, current),
            "roles": vq.entity_roles(store, current),
            "mentions": vq.entity_mentions(store, current, limit, offset),
            "quotes": vq.quotes(store, view_store.Scope(), None, current, (), limit, 0),
            "events": events}


def places(store: "SQLiteStore", filters: Filters) -> list[dict[str, Any]]:
    """Places with coordinates, most mentioned first (for the map)."""
    check_story(store, filters)
    limit, offset = _paged(filters, 200)
    scope = scope_of(filters)
    return vq.places(store, replace(scope, place=None),
                     filters.place or filters.query, limit, offset)


def quotes(store: "SQLiteStore", filters: Filters) -> list[dict[str, Any]]:
    check_story(store, filters)
    limit, offset = _paged(filters)
    return vq.quotes(store, scope_of(filters), filters.actor, None, _words(filters), limit,
                     offset)


def series_by_day(key: str, rows: list[dict[str, Any]],
                  meta: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """`series.series_entry`, one as-of day at a time: the same result (points disagree only
    with points of their own day; tests/test_views_series.py holds that) without comparing
    every pair of a long series."""
    points: list[dict[str, Any]] = []
    groups: list[dict[str, Any]] = []
    for _, run in groupby(rows, key=lambda row: (row["as_of"] or "")[:10]):
        part = series_entry(key, list(run), meta)
        groups += [{"as_of": g["as_of"], "points": [i + len(points) for i in g["points"]]}
                   for g in part["disagreements"]]
        points += part["points"]
    return {**series_entry(key, [], meta), "points": points, "disagreements": groups}


def figure_series(store: "SQLiteStore", filters: Filters, min_points: int = 1,
                  max_points: int = 200) -> list[dict[str, Any]]:
    """Figure series (the shape of `query.figure_series`), a page of series at a time.

    A series shows its latest `max_points` points in scope (`points_total` says how many there
    are): a chart of more points is not read anyway; narrow the dates to see earlier ones.
    """
    check_story(store, filters)
    limit, offset = _paged(filters, 20)
    scope, words = scope_of(filters), _words(filters)
    out = []
    for key, total in vq.series_page(store, scope, words, min_points, limit, offset):
        rows = vq.series_points(store, key, scope, words, max_points)
        meta = view_store.article_meta(store, [r["article_id"] for r in rows])
        out.append({**series_by_day(key, rows, meta), "points_total": total})
    return out


def timeline(store: "SQLiteStore", filters: Filters) -> list[dict[str, Any]]:
    check_story(store, filters)
    return query.timeline(store, filters.replace(limit=_paged(filters)[0]))


def timeline_days(store: "SQLiteStore", filters: Filters) -> list[dict[str, Any]]:
    """Entries per day and mode, for the overview strip of a zoomable timeline."""
    check_story(store, filters)
    return vq.day_counts(store, scope_of(filters), fts_query(filters.query))


def events(store: "SQLiteStore", filters: Filters) -> list[dict[str, Any]]:
    """Event mentions (`query.events`); a story filter keeps those of the story's articles."""
    check_story(store, filters)
    limit, offset = _paged(filters)
    if filters.story is None:
        return query.events(store, filters.replace(limit=limit))
    members = set(vq.story_articles(store, filters.story))
    kept = [row for row in query.iter_all(query.events, store, filters.replace(story=None))
            if row["article_id"] in members]
    return kept[offset:offset + limit]


def event(store: "SQLiteStore", event_id: str) -> dict[str, Any]:
    found = query.event(store, event_id)
    if found is None:
        raise NotFound(f"no event with id {event_id!r}: list events with /api/timeline")
    return found


def search(store: "SQLiteStore", filters: Filters, kinds: Sequence[str] = ("event", "article")
           ) -> list[dict[str, Any]]:
    """Timeline events whose evidence matches every word, then matching articles (best first).

    Paged over that one list: `offset` counts events first, then articles.
    """
    check_story(store, filters)
    limit, offset = _paged(filters)
    if not fts_query(filters.query):
        return []
    hits: list[dict[str, Any]] = []
    want = limit + offset
    if "event" in kinds:
        hits += [{"kind": "event", **e} for e in
                 query.timeline(store, filters.replace(limit=want, offset=0))]
    if "article" in kinds and len(hits) < want:
        hits += [{"kind": "article", **a} for a in
                 articles(store, filters.replace(limit=want - len(hits), offset=0))]
    return hits[offset:offset + limit]
