"""PLOVER JSONL: one event object per event cluster, PLOVER's field names first.

`mode` is dateline's assertion mode (asserted, claimed, disputed, denied, planned,
hypothetical), not a PLOVER sub-type; `text` is the summary sentence, and `sources` cite every
article's evidence sentence by character offsets.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from ..fuse.query import Filters
from . import rules
from .clusters import Cluster, clusters
from .output import text_output

if TYPE_CHECKING:
    from ..store.sqlite import SQLiteStore


def location(cluster: Cluster) -> dict[str, Any] | None:
    """The resolved place (name, lat, lon, country, precision, geonameid, evidence) or None."""
    loc = cluster.location
    if not loc:
        return None
    return {"name": loc["name"], "lat": loc["lat"], "lon": loc["lon"],
            "country": loc["country"], "precision": loc["precision"],
            "geonameid": loc["geonameid"], "evidence": loc["evidence"]}


def event(cluster: Cluster) -> dict[str, Any]:
    entry, lead = cluster.entry, cluster.lead
    day, precision = rules.event_date(entry["date"], entry.get("dated_by"))
    return {
        "event_id": entry["event_id"],
        "event_type": entry["type"],
        "mode": entry["mode"],
        "source_actor": entry["actors"][0] if entry["actors"] else None,
        "target_actor": entry["targets"][0] if entry["targets"] else None,
        "source_actors": entry["actors"],
        "target_actors": entry["targets"],
        "date": entry["date"],
        "date_precision": entry["date_precision"],
        "dated_by": entry["dated_by"],
        "event_date": day.isoformat() if day else None,
        "time_precision": precision,
        "location": location(cluster),
        "text": entry["summary"],
        "trigger": lead["trigger"] if lead else None,
        "attribution": lead["attribution"] if lead else None,
        "acled_event_type": cluster.acled_type,
        "acled_sub_event_type": cluster.sub_event_type or None,
        "fatalities": cluster.fatalities if cluster.acled_type in rules.COUNTS_FATALITIES
        else None,
        "fatalities_evidence": cluster.fatality_evidence and {
            k: cluster.fatality_evidence[k] for k in ("article_id", "start", "end", "text")},
        "sources": entry["sources"],
        "independent_sources": entry["independent_sources"],
        "first_reported": entry["first_reported"],
        "confidence": entry["confidence"],
        "summary_source": entry.get("summary_source"),
        "language": "en",
    }


def write(store: "SQLiteStore", path: str, filters: Filters) -> int:
    count = 0
    with text_output(path) as handle:
        for cluster in clusters(store, filters):
            handle.write(json.dumps(event(cluster), ensure_ascii=False) + "\n")
            count += 1
    return count
