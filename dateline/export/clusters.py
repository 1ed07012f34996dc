"""Timeline entries, a page at a time, each with what event exports add to it: its member
mentions, its place resolved to coordinates, its ACLED type, sub-event type and fatalities.

Every added fact keeps its evidence: the place mention and the figure it came from are given as
(article_id, start, end) into the stored article text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Iterator, Mapping, NamedTuple

from ..fuse import query as q
from ..store import exports as export_store
from ..store import timeline_entries as entry_store
from . import rules

if TYPE_CHECKING:
    from ..store.sqlite import SQLiteStore

PAGE = 500


class Cluster(NamedTuple):
    """One timeline entry and what the exports derive from its evidence."""

    entry: dict[str, Any]
    members: list[dict[str, Any]]
    lead: dict[str, Any] | None  # the mention whose sentence is the entry's summary
    location: dict[str, Any] | None  # the resolved place, with its evidence span
    acled_type: str | None
    sub_event_type: str
    fatalities: int
    fatality_evidence: Mapping[str, Any] | None  # the figure the count comes from


def entry_pages(store: "SQLiteStore", filters: q.Filters) -> Iterator[list[dict[str, Any]]]:
    """Timeline entries matching `filters` in timeline order (as `fuse.query.timeline` lists
    them), `PAGE` at a time, from one cursor: LIMIT/OFFSET paging would sort the whole timeline
    again for every page."""
    if not export_store.has_table(store, "timeline_entries"):
        return
    rows = entry_store.query_entries(
        store, date_from=filters.date_from, date_to=filters.date_to, types=filters.types,
        modes=filters.modes, place=filters.place, actor=filters.actor,
        story_articles=filters.story, query=q.fts_query(filters.query))
    page: list[dict[str, Any]] = []
    for entry in rows:
        page.append(entry)
        if len(page) == PAGE:
            yield page
            page = []
    if page:
        yield page


def clusters(store: "SQLiteStore", filters: q.Filters) -> Iterator[Cluster]:
    """Every matching timeline entry with its members, place, ACLED class and fatalities."""
    for page in entry_pages(store, filters):
        members = export_store.cluster_members(store, [e["event_id"] for e in page])
        for entry in page:
            yield enrich(store, entry, members.get(entry["event_id"], []))


def _lead(entry: dict[str, Any], members: list[dict[str, Any]]) -> dict[str, Any] | None:
    cited = entry.get("summary_source") or {}
    same_type = [m for m in members if m["type"] == entry["type"]]
    for member in same_type:
        if (member["article_id"], member["start"]) == (cited.get("article_id"),
                                                       cited.get("start")):
            return member
    return (same_type or members)[0] if members else None


def enrich(store: "SQLiteStore", entry: dict[str, Any],
           members: list[dict[str, Any]]) -> Cluster:
    lead = _lead(entry, members)
    acled = rules.cluster_acled_type(members, lead, entry["type"])
    sub = rules.sub_event_type(acled, entry["type"], lead["trigger"] if lead else "",
                               entry["summary"] or "")
    count, figure = 0, None
    if acled in rules.COUNTS_FATALITIES:
        count, figure = rules.fatalities(_death_reports(store, members))
    return Cluster(entry, members, lead, locate(store, entry, members, lead), acled, sub,
                   count, figure)


def _death_reports(store: "SQLiteStore",
                   members: list[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    """Per member mention: the killed/dead figures of its sentence that are its own
    (`rules.owns`), else, when its article has that day's only violent event, the article's
    figures of that day (dated by the text) in sentences that hold no event."""
    for member in members:
        figures = export_store.death_figures(store, member["article_id"], member["start"],
                                             member["end"])
        if figures:
            triggers = export_store.sentence_triggers(store, member["article_id"],
                                                      member["start"], member["end"])
            figures = [f for f in figures if rules.owns(f, member["mention_id"], triggers)]
        date = member.get("date") or ""
        if not figures and len(date) >= 10 and member.get("dated_by") in ("timex", "context"):
            figures = export_store.lone_day_death_figures(store, member["article_id"], date[:10])
        yield figures


def locate(store: "SQLiteStore", entry: dict[str, Any], members: list[dict[str, Any]],
           lead: dict[str, Any] | None) -> dict[str, Any] | None:
    """The entry's place resolved through its source articles' annotated places: the lead
    article first, a mention inside the event's sentence before one elsewhere."""
    name = entry.get("place")
    if not name:
        return None
    order = ([lead] if lead else []) + [m for m in members if m is not lead and
                                        (m.get("place") or "").lower() == name.lower()]
    order += [m for m in members if m not in order]
    seen: set[str] = set()
    for member in order:
        if member["article_id"] in seen:
            continue
        seen.add(member["article_id"])
        places = export_store.places_named(store, member["article_id"], name)
        located = [p for p in places if p.get("lat") is not None and p.get("lon") is not None]
        if not located:
            continue
        inside = [p for p in located if member["start"] <= p["start"] < member["end"]]
        place = (inside or located)[0]
        return {"name": place["name"], "lat": place["lat"], "lon": place["lon"],
                "country": place.get("country"), "precision": place.get("precision"),
                "geonameid": place.get("geonameid"),
                "evidence": {"article_id": member["article_id"], "start": place["start"],
                             "end": place["end"]}}
    return {"name": name, "lat": None, "lon": None, "country": None, "precision": None,
            "geonameid": None, "evidence": None}


def located(cluster: Cluster) -> bool:
    loc = cluster.location
    return bool(loc) and loc["lat"] is not None and loc["lon"] is not None  # type: ignore[index]
