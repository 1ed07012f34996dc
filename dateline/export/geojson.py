"""GeoJSON (RFC 7946): a FeatureCollection of the event clusters whose place has coordinates,
each a Point at [longitude, latitude] with the timeline entry's fields as properties.

Written feature by feature, so memory stays flat; nested values (sources with their offsets,
actor lists) stay JSON arrays, which QGIS and geopandas read as lists or JSON strings.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from ..fuse.query import Filters
from .clusters import Cluster, clusters, located
from .output import text_output
from .plover import location
from .rules import event_date

if TYPE_CHECKING:
    from ..store.sqlite import SQLiteStore


def feature(cluster: Cluster) -> dict[str, Any]:
    entry = dict(cluster.entry)
    loc = location(cluster) or {}
    day, precision = event_date(entry["date"], entry.get("dated_by"))
    properties = {**entry, "event_date": day.isoformat() if day else None,
                  "time_precision": precision, "location": loc,
                  "acled_event_type": cluster.acled_type,
                  "acled_sub_event_type": cluster.sub_event_type or None,
                  "fatalities": cluster.fatalities}
    return {"type": "Feature", "id": entry["event_id"],
            "geometry": {"type": "Point", "coordinates": [loc["lon"], loc["lat"]]},
            "properties": properties}


def write(store: "SQLiteStore", path: str, filters: Filters) -> int:
    count = 0
    with text_output(path) as handle:
        handle.write('{"type": "FeatureCollection", "features": [')
        for cluster in clusters(store, filters):
            if not located(cluster):
                continue
            handle.write(("\n" if count == 0 else ",\n")
                         + json.dumps(feature(cluster), ensure_ascii=False))
            count += 1
        handle.write("\n]}\n")
    return count
