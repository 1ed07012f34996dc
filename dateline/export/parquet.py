"""Parquet: a folder with one table per kind, written in record batches (ParquetWriter), so
memory stays flat however large the store.

    articles.parquet        one row per stored article (text included)
    sources.parquet         one row per input unit (file, dump row, feed entry) -> article_id
    events.parquet          one row per event cluster (timeline entry)
    event_mentions.parquet  one row per event mention, with its cluster's event_id
    entities.parquet, figures.parquet, quotes.parquet, places.parquet, timexes.parquet
                            one row per annotated fact

Every fact table has `article_id`, `start` and `end` (character offsets into the article's
`text`, end exclusive); for events they cite the summary sentence.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterator

import pyarrow as pa
import pyarrow.parquet as pq

from ..fuse.query import Filters
from . import facts, rules
from .clusters import Cluster, clusters
from .output import atomic_path, cannot_write, distinct, error

if TYPE_CHECKING:
    from ..store.sqlite import SQLiteStore

S, N, F, B = pa.string(), pa.int64(), pa.float64(), pa.bool_()
STRINGS = pa.list_(S)
SOURCE = pa.struct([("article_id", S), ("outlet", S), ("published", S), ("start", N),
                    ("end", N)])
SPAN = [("article_id", S), ("start", N), ("end", N)]

SCHEMAS: dict[str, pa.Schema] = {
    "articles": pa.schema([("article_id", S), ("title", S), ("published", S),
                           ("published_precision", S), ("published_evidence", S), ("outlet", S),
                           ("wire", S), ("authors", STRINGS), ("dateline", S), ("url", S),
                           ("duplicate_of", S), ("sources", N), ("text", S)]),
    "sources": pa.schema([("article_id", S), ("source_path", S), ("locator", S), ("format", S),
                          ("title", S), ("published", S), ("outlet", S), ("wire", S), ("url", S),
                          ("ingested_at", S)]),
    "events": pa.schema([("event_id", S), *SPAN, ("date", S), ("date_precision", S),
                         ("dated_by", S), ("event_date", pa.date32()), ("time_precision", N),
                         ("type", S), ("mode", S), ("acled_event_type", S),
                         ("acled_sub_event_type", S), ("summary", S), ("place", S),
                         ("latitude", F), ("longitude", F), ("country", S),
                         ("place_precision", S), ("actors", STRINGS), ("targets", STRINGS),
                         ("fatalities", N), ("independent_sources", N),
                         ("first_reported", S), ("confidence", F),
                         ("source_articles", STRINGS), ("sources", pa.list_(SOURCE))]),
    "event_mentions": pa.schema([("mention_id", S), ("event_id", S), *SPAN, ("type", S),
                                 ("acled_event_type", S), ("mode", S), ("date", S),
                                 ("granularity", S), ("dated_by", S), ("place", S),
                                 ("actors", STRINGS), ("targets", STRINGS), ("attribution", S),
                                 ("trigger", S), ("trigger_start", N), ("trigger_end", N),
                                 ("sentence", S), ("published", S)]),
    "entities": pa.schema([*SPAN, ("text", S), ("type", S), ("canonical", S), ("role", S),
                           ("entity_id", S), ("entity_canonical", S)]),
    "figures": pa.schema([("article_id", S), ("idx", N), ("start", N), ("end", N), ("text", S),
                          ("value", F), ("min", F), ("max", F), ("approx", B), ("what", S),
                          ("category", S), ("claimant", S), ("as_of", S), ("projected", B),
                          ("verified", B), ("series_id", S), ("as_of_effective", S),
                          ("as_of_source", S)]),
    "quotes": pa.schema([("article_id", S), ("idx", N), ("start", N), ("end", N), ("text", S),
                         ("speaker", S), ("speaker_id", S), ("partial", B)]),
    "places": pa.schema([*SPAN, ("text", S), ("name", S), ("lat", F), ("lon", F),
                         ("country", S), ("precision", S), ("geonameid", N)]),
    "timexes": pa.schema([*SPAN, ("text", S), ("type", S), ("value", S), ("granularity", S),
                          ("anchor", S)]),
}
BATCH_ROWS = {"articles": 200}  # article text is large: smaller batches
DEFAULT_BATCH = 2000


class Table:
    """One Parquet file written a record batch at a time."""

    def __init__(self, path: Path, schema: pa.Schema, batch: int) -> None:
        self.schema, self.batch, self.rows = schema, batch, []  # type: ignore[var-annotated]
        self.count = 0
        self.path = path
        self.writer = pq.ParquetWriter(str(path), schema)

    def add(self, row: dict[str, Any]) -> None:
        self.rows.append(row)
        if len(self.rows) >= self.batch:
            self.flush()

    def flush(self) -> None:
        if self.rows:
            self.writer.write_batch(pa.RecordBatch.from_pylist(self.rows, schema=self.schema))
            self.count += len(self.rows)
            self.rows = []

    def close(self) -> None:
        self.flush()
        self.writer.close()


def event_row(cluster: Cluster) -> dict[str, Any]:
    entry, loc = cluster.entry, cluster.location or {}
    cited = entry.get("summary_source") or {}
    day, precision = rules.event_date(entry["date"], entry.get("dated_by"))
    return {**{k: entry.get(k) for k in ("event_id", "date", "date_precision", "dated_by",
                                         "type", "mode", "summary", "place", "actors",
                                         "targets", "independent_sources", "first_reported",
                                         "confidence", "sources")},
            "article_id": cited.get("article_id"), "start": cited.get("start"),
            "end": cited.get("end"), "event_date": day, "time_precision": precision,
            "acled_event_type": cluster.acled_type,
            "acled_sub_event_type": cluster.sub_event_type or None,
            "latitude": loc.get("lat"), "longitude": loc.get("lon"),
            "country": loc.get("country"), "place_precision": loc.get("precision"),
            "fatalities": (cluster.fatalities if cluster.acled_type in rules.COUNTS_FATALITIES
                           else None),
            "source_articles": distinct(s["article_id"] for s in entry["sources"])}


def mention_row(member: dict[str, Any]) -> dict[str, Any]:
    return {**member, "event_id": member["cluster_id"],
            "acled_event_type": member.get("acled_type")}


def write(store: "SQLiteStore", path: str, filters: Filters) -> int:
    folder = Path(path)
    if path == "-" or (folder.exists() and not folder.is_dir()):
        raise error("E062", path, "Parquet export writes a folder of tables, not a file or "
                    "standard output.", "Pass a folder path to -o (it is created when missing).")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as problem:
        raise cannot_write(path, problem.strerror or problem) from None
    with _tables(folder, ("events", "event_mentions")) as tables:
        for cluster in clusters(store, filters):
            tables["events"].add(event_row(cluster))
            for member in cluster.members:
                tables["event_mentions"].add(mention_row(member))
        events = tables["events"]
    with _tables(folder, ("articles",)) as tables:
        for row in facts.articles(store, filters):
            tables["articles"].add(row)
    with _tables(folder, ("sources",)) as tables:
        for row in facts.sources(store, filters):
            tables["sources"].add(row)
    with _tables(folder, facts.KINDS) as tables:
        for kind, row in facts.facts(store, filters):
            tables[kind].add(row)
    return events.count


@contextlib.contextmanager
def _tables(folder: Path, names: tuple[str, ...]) -> Iterator[dict[str, Table]]:
    """Parquet tables by name in `folder`, each renamed into place when the block completes."""
    with contextlib.ExitStack() as stack:
        tables: dict[str, Table] = {}
        for name in names:
            tmp = stack.enter_context(atomic_path(folder / f"{name}.parquet"))
            tables[name] = Table(tmp, SCHEMAS[name], BATCH_ROWS.get(name, DEFAULT_BATCH))
            stack.callback(tables[name].close)
        yield tables
