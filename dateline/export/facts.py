"""Article-level rows shared by the Parquet and JSON exports: articles, their input units, and
every annotated fact (entity, figure, quote, place, time expression) with its evidence span.

Articles are read in ingest order through one cursor and handled `BATCH` at a time (entity ids
resolved after merges, figures matched to their fused series), so memory stays flat. The date
filters select articles by publication date, `story` by story membership and `query` by
full-text match; PLOVER types and modes only select events.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Iterator

from ..fuse.query import Filters, fts_query
from ..store import exports as export_store

if TYPE_CHECKING:
    from ..store.sqlite import SQLiteStore

BATCH = 200
ARTICLE_FIELDS = ("article_id", "title", "published", "published_precision",
                  "published_evidence", "outlet", "wire", "authors", "dateline", "url",
                  "duplicate_of", "sources", "text")
KINDS = ("entities", "figures", "quotes", "places", "timexes")


def selection(filters: Filters) -> dict[str, Any]:
    return {"date_from": filters.date_from, "date_to": filters.date_to, "story": filters.story,
            "fts": fts_query(filters.query)}


def article_row(article: dict[str, Any]) -> dict[str, Any]:
    return {**{f: article.get(f) for f in ARTICLE_FIELDS}, "article_id": article["id"],
            "sources": article["source_count"]}


def articles(store: "SQLiteStore", filters: Filters) -> Iterator[dict[str, Any]]:
    for article in export_store.iter_articles(store, **selection(filters)):
        yield article_row(article)


def sources(store: "SQLiteStore", filters: Filters) -> Iterator[dict[str, Any]]:
    """One row per input unit: where it came from and its own metadata."""
    for unit in export_store.iter_sources(store, **selection(filters)):
        meta = unit["meta"]
        yield {"article_id": unit["article_id"], "source_path": unit["source_path"],
               "locator": unit["locator"] or None, "format": unit["format"],
               "title": meta.get("title"), "published": meta.get("published"),
               "outlet": meta.get("outlet"), "wire": meta.get("wire"), "url": meta.get("url"),
               "ingested_at": unit["ingested_at"]}


def facts(store: "SQLiteStore", filters: Filters) -> Iterator[tuple[str, dict[str, Any]]]:
    """(kind, row) for every annotated fact of the selected articles; kind is one of KINDS."""
    batch: list[dict[str, Any]] = []
    for article in export_store.iter_articles(store, annotations=True, **selection(filters)):
        if article["annotations"] is None:
            continue
        batch.append(article)
        if len(batch) == BATCH:
            yield from _batch_facts(store, batch)
            batch = []
    yield from _batch_facts(store, batch)


def _batch_facts(store: "SQLiteStore",
                 batch: list[dict[str, Any]]) -> Iterator[tuple[str, dict[str, Any]]]:
    if not batch:
        return
    names = export_store.entity_names(store, [m["entity_id"] for a in batch
                                              for m in a["annotations"].get("entities", [])])
    series = export_store.figure_series_of(store, [a["id"] for a in batch])
    for article in batch:
        article_id, data = article["id"], article["annotations"]
        for mention in data.get("entities", []):
            known = names.get(mention["entity_id"], {})
            yield "entities", {
                "article_id": article_id, "start": mention["start"], "end": mention["end"],
                "text": mention["text"], "type": mention["type"],
                "canonical": mention["canonical"], "role": mention.get("role"),
                "entity_id": known.get("entity_id", mention["entity_id"]),
                "entity_canonical": known.get("canonical", mention["canonical"])}
        for idx, figure in enumerate(data.get("figures", [])):
            fused = series.get((article_id, idx), {})
            yield "figures", {"article_id": article_id, "idx": idx, **figure,
                              "series_id": fused.get("series_key"),
                              "as_of_effective": fused.get("as_of"),
                              "as_of_source": fused.get("as_of_source")}
        for idx, quote in enumerate(data.get("quotes", [])):
            yield "quotes", {"article_id": article_id, "idx": idx, **quote}
        for place in data.get("places", []):
            yield "places", {"article_id": article_id, **place}
        for timex in data.get("timexes", []):
            yield "timexes", {"article_id": article_id, **timex}
