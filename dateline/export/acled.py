"""ACLED-style CSV: one row per event cluster that ACLED would record, in ACLED's column names.

Clusters whose type has no ACLED counterpart (speech, diplomacy: docs/ontology.md) are left out,
and so, unless `--mode` asks for them, are events that did not happen as far as the sources say
(`denied`, `planned`, `hypothetical`): ACLED records events that took place. The columns after
`fatalities` keep every fact traceable: the cluster, its mode, its articles and the evidence
spans of the event, its place and its death toll.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Iterator

from ..fuse.query import Filters
from . import rules
from .clusters import Cluster, clusters
from .output import LIST_SEPARATOR, csv_rows, distinct, evidence, text_output

if TYPE_CHECKING:
    from ..store.sqlite import SQLiteStore

COLUMNS = ("event_id", "event_date", "year", "time_precision", "event_type", "sub_event_type",
           "actor1", "assoc_actor_1", "actor2", "assoc_actor_2", "iso", "country", "location",
           "latitude", "longitude", "geo_precision", "source", "notes", "fatalities",
           "plover_type", "mode", "independent_sources", "source_articles", "evidence",
           "location_evidence", "fatalities_evidence", "date")
HAPPENED = ("asserted", "claimed", "disputed")


def row(cluster: Cluster) -> dict[str, Any]:
    entry = cluster.entry
    day, precision = rules.event_date(entry["date"], entry.get("dated_by"))
    loc = cluster.location or {}
    name, iso = rules.country(loc.get("country"))
    actors, targets = entry["actors"], entry["targets"]
    sources = entry["sources"]
    return {
        "event_id": entry["event_id"],
        "event_date": day.isoformat() if day else None,
        "year": day.year if day else None,
        "time_precision": precision,
        "event_type": cluster.acled_type,
        "sub_event_type": cluster.sub_event_type,
        "actor1": actors[0] if actors else None,
        "assoc_actor_1": actors[1:],
        "actor2": targets[0] if targets else None,
        "assoc_actor_2": targets[1:],
        "iso": iso, "country": name,
        "location": entry["place"],
        "latitude": loc.get("lat"), "longitude": loc.get("lon"),
        "geo_precision": (rules.geo_precision(loc.get("precision"), loc["name"],
                                              entry["summary"] or "")
                          if loc.get("lat") is not None else None),
        "source": LIST_SEPARATOR.join(distinct(m["outlet"] or m["wire"] for m in cluster.members)),
        "notes": entry["summary"],
        "fatalities": cluster.fatalities,
        "plover_type": entry["type"],
        "mode": entry["mode"],
        "independent_sources": entry["independent_sources"],
        "source_articles": distinct(s["article_id"] for s in sources),
        "evidence": evidence(sources),
        "location_evidence": evidence([loc["evidence"]]) if loc.get("evidence") else None,
        "fatalities_evidence": (evidence([cluster.fatality_evidence])
                                if cluster.fatality_evidence else None),
        "date": entry["date"],
    }


def acled_filters(filters: Filters) -> Filters:
    """Events that happened, unless modes were asked for."""
    return filters if filters.modes else filters.replace(modes=HAPPENED)


def rows(store: "SQLiteStore", filters: Filters) -> Iterator[dict[str, Any]]:
    for cluster in clusters(store, acled_filters(filters)):
        if cluster.acled_type:
            yield row(cluster)


def write(store: "SQLiteStore", path: str, filters: Filters) -> int:
    with text_output(path) as handle:
        return csv_rows(handle, COLUMNS, rows(store, filters))
