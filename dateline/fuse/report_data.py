"""What an HTML report holds: the timeline, figure series, places, actors and the text of every
article a statement cites, for one scope (dates, story). Plain dicts, ready for JSON."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from typing import TYPE_CHECKING, Any, Iterable

from .. import __version__
from ..store import view_queries as vq
from ..store import views as view_store
from . import query
from .query import Filters
from .views import check_story, figure_series, scope_of

if TYPE_CHECKING:
    from ..store.sqlite import SQLiteStore

ARTICLE_KEYS = ("id", "title", "outlet", "published", "authors", "url", "dateline",
                "duplicate_of", "text")
MAX_SERIES = 40
MAX_PLACES = 150
MAX_ACTORS = 25


def _cited(timeline: Iterable[dict[str, Any]], series: Iterable[dict[str, Any]]) -> list[str]:
    ids = [s["article_id"] for e in timeline for s in e["sources"]]
    ids += [p["article_id"] for s in series for p in s["points"]]
    return list(dict.fromkeys(ids))


def _articles(store: "SQLiteStore", ids: Iterable[str]) -> dict[str, dict[str, Any]]:
    out = {}
    for article_id in ids:
        article = store.get_article(article_id)
        if article is not None:
            data = article.to_dict()
            out[article_id] = {key: data.get(key) for key in ARTICLE_KEYS}
            out[article_id]["events"] = []
    return out


def _actors(store: "SQLiteStore", filters: Filters,
            timeline: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The most mentioned people, organisations and groups, with their roles and places."""
    events: Counter[str] = Counter()
    places: dict[str, Counter[str]] = defaultdict(Counter)
    for entry in timeline:
        for name in entry["actors"]:
            events[name] += 1
            if entry["place"]:
                places[name][entry["place"]] += 1
    rows = vq.entities(store, scope_of(filters), ("PERSON", "ORG", "GROUP"), None, MAX_ACTORS, 0)
    return [{"name": r["canonical"], "type": r["type"], "mentions": r["mentions"],
             "entity_id": r["entity_id"],
             "roles": [x["role"] for x in vq.entity_roles(store, r["entity_id"])[:3]],
             "events": events[r["canonical"]],
             "places": [p for p, _ in places[r["canonical"]].most_common(4)]} for r in rows]


def _places(store: "SQLiteStore", filters: Filters,
            timeline: list[dict[str, Any]]) -> list[dict[str, Any]]:
    rows = vq.places(store, scope_of(filters), None, MAX_PLACES, 0)
    here = Counter(e["place"] for e in timeline if e["place"])
    known = {r["name"] for r in rows}
    extra = vq.place_coordinates(store, [p for p in here if p not in known])
    for row in extra.values():
        rows.append({**row, "mentions": 0, "articles": 0})
    for row in rows:
        row["events"] = here.get(row["name"], 0)
    return rows


def report_data(store: "SQLiteStore", filters: Filters, max_entries: int = 2000,
                title: str | None = None) -> dict[str, Any]:
    """Everything the report shows, in scope of `filters` (dates and story)."""
    check_story(store, filters)
    view_store.sync(store)
    timeline = query.timeline(store, filters.replace(limit=max_entries + 1))
    truncated = len(timeline) > max_entries
    timeline = timeline[:max_entries]
    series = figure_series(store, filters.replace(limit=MAX_SERIES))
    articles = _articles(store, _cited(timeline, series))
    for entry in timeline:
        for source in entry["sources"]:
            if source["article_id"] in articles:
                articles[source["article_id"]]["events"].append(
                    {"event_id": entry["event_id"], "type": entry["type"],
                     "mode": entry["mode"], "date": entry["date"], "start": source["start"],
                     "end": source["end"]})
    places = _places(store, filters, timeline)
    return {
        "title": title or "dateline report",
        "version": __version__,
        "generated": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "filters": {"from": filters.date_from, "to": filters.date_to, "story": filters.story},
        "counts": {"articles": len(articles), "entries": len(timeline), "series": len(series),
                   "places": len(places)},
        "truncated": truncated,
        "timeline": timeline,
        "days": vq.day_counts(store, scope_of(filters), None),
        "series": series,
        "places": places,
        "actors": _actors(store, filters, timeline),
        "articles": articles,
    }
