"""Fuse annotated articles into the cross-article tables, incrementally.

`fuse_pending` takes every annotated article not yet fused, in ingest order, and runs each
fusion step on it: publication dates inferred for undated articles, event mentions linked into
clusters, figures filed by series. Each article's rows are written in one transaction with its
"fused" mark, so a killed run loses nothing committed and a re-run does the rest.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any, Callable, Sequence

from ..model import Article, Event, Figure, SharedSentence
from ..store import events as event_store
from ..store import figures as figure_store
from ..store import fusion as fusion_store
from ..store import inferred as inferred_store
from ..store import quotes as quote_store
from ..store import reporting as reporting_store
from ..store import sentences as sentence_store
from ..store import timeline_entries as entry_store
from ..store.stories import assign_stories
from .cluster import PER_KEY, block_keys, granularity, same_event
from .dates import infer_published, weekday_before
from .series import series_key
from .summarize import dated_rows
from .reporting_step import shared_with_earlier
from .timeline import refresh

if TYPE_CHECKING:
    from ..store.sqlite import SQLiteStore

Progress = Callable[[str], None]
MAX_SENTENCE = 1000


def prepare(store: "SQLiteStore") -> None:
    """Create (or rebuild, after a rules change) every fusion table."""
    fusion_store.ensure(store, (reporting_store.ensure, event_store.ensure, figure_store.ensure,
                                inferred_store.ensure, quote_store.ensure,
                                sentence_store.ensure))


def fuse_pending(store: "SQLiteStore", batch_size: int = 64,
                 progress: Progress | None = None, defer_timeline: bool = False) -> int:
    """Fuse every annotated, unfused article; returns how many were fused. With
    `defer_timeline` the clusters touched are only marked stale, for `refresh_stale` to
    rebuild once (an ingest fuses after every saved batch, and a cluster that grows in many
    batches would otherwise be rebuilt, all its members read, in every one of them)."""
    with store.transaction():
        prepare(store)
    ids = fusion_store.unfused_ids(store)
    assign_stories(store, ids, batch=batch_size)
    for start in range(0, len(ids), batch_size):
        with store.transaction():
            touched: set[str] = set()
            for article_id in ids[start:start + batch_size]:
                touched |= fuse_article(store, article_id)
                if progress:
                    progress(article_id)
            if defer_timeline:
                entry_store.mark_stale(store, touched)
            else:
                refresh(store, touched)
    if not defer_timeline:
        refresh_stale(store)  # what an interrupted deferring run left
    return len(ids)


def refresh_stale(store: "SQLiteStore", batch: int = 500) -> int:
    """Rebuild the timeline entries of every stale cluster, `batch` to a transaction; returns
    how many. The entries are those a rebuild after every change would have left."""
    done = 0
    while True:
        with store.transaction():
            ids = entry_store.stale(store, batch) if fusion_store.is_prepared(store) else []
            if not ids:
                return done
            refresh(store, ids)
            entry_store.clear_stale(store, ids)
        done += len(ids)


def fuse_article(store: "SQLiteStore", article_id: str) -> set[str]:
    """Fuse one article; the event clusters it touched (their timeline entries are stale)."""
    article = store.get_article(article_id)
    annotations = store.get_annotations(article_id)
    if article is None or annotations is None:
        return set()
    touched = drop_article(store, article_id)  # a re-fuse replaces what it gave before
    shared_with_earlier(store, article_id)
    if article.published:
        # undated articles it shares reporting with can now date themselves by it
        partners = [row["id"] for row in reporting_store.shared_counts(store, article_id)]
        dates = reporting_store.published_of(store, partners)  # not one article load each
        for partner_id in partners:
            if partner_id in dates and not dates[partner_id] and \
                    fusion_store.is_fused(store, partner_id):
                touched |= fuse_article(store, partner_id)
    root = store.root_of(article_id)
    inferred = infer_published(store, article, annotations) if not article.published else None
    if inferred is not None:
        inferred_store.save(store, article_id, inferred)
    published = article.published or (inferred.published if inferred else None)
    pairs = reporting_store.pairs_for(store, article.id) if annotations.events else []
    for idx, event in enumerate(annotations.events):
        touched |= _add_event(store, article, root, idx, event, published, inferred is not None,
                              pairs)
    for idx, figure in enumerate(annotations.figures):
        _add_figure(store, article, root, idx, figure, published, inferred is not None)
    sentence_store.add(store, dated_rows(article, root, annotations, published))
    for idx, quote in enumerate(annotations.quotes):
        quote_store.add(store, {**dataclasses.asdict(quote), "article_id": article.id,
                                "idx": idx, "partial": int(quote.partial),
                                "published": published})
    fusion_store.mark_fused(store, article_id)
    return touched


def drop_article(store: "SQLiteStore", article_id: str) -> set[str]:
    """Remove what an article contributed to fusion (it was updated or removed); the event
    clusters touched."""
    touched = event_store.drop_article(store, article_id)
    reporting_store.drop_reporting(store, article_id)
    figure_store.drop_article(store, article_id)
    quote_store.drop_article(store, article_id)
    sentence_store.drop_article(store, article_id)
    inferred_store.drop(store, article_id)
    fusion_store.unmark(store, article_id)
    return touched


def forget_article(store: "SQLiteStore", article_id: str) -> None:
    """Everything fusion knows of an article that left the store (or must be fused again),
    timeline entries included; nothing when the store was never fused."""
    if not fusion_store.is_prepared(store):
        return
    refresh(store, drop_article(store, article_id))


def _sentence(text: str, start: int, end: int) -> str:
    return " ".join(text[start:end].split())[:MAX_SENTENCE]


def _add_event(store: "SQLiteStore", article: Article, root: str, idx: int, event: Event,
               published: str | None, inferred: bool,
               pairs: Sequence[SharedSentence]) -> set[str]:
    """File one event mention, linked to the stored mentions of the same event: those that
    `same_event` accepts among its block's candidates, and those of its type in the sentences
    `pairs` (the article's shared reporting) pair with its own."""
    date, dated_by = event.date, event.date_precision
    if date is None and published:
        date, dated_by = published[:10], "inferred" if inferred else "published"
        if inferred:
            date = weekday_before(article.text[event.start:event.end], published[:10]) or date
    mention: dict[str, Any] = {
        "mention_id": f"{article.id}:{idx:04d}", "article_id": article.id, "root_id": root,
        "idx": idx, "type": event.type, "mode": event.mode, "date": date,
        "granularity": granularity(date), "dated_by": dated_by, "place": event.place,
        "actors": list(event.actors), "targets": list(event.targets),
        "attribution": event.attribution, "start": event.start, "end": event.end,
        "trigger": event.trigger, "sentence": _sentence(article.text, event.start, event.end),
        "published": published, "cluster_id": f"{article.id}:{idx:04d}"}
    keys = block_keys(mention)
    links = [other["mention_id"] for other in event_store.candidates(store, keys, PER_KEY)
             if same_event(mention, other)]
    # the same report reworded by another outlet: its mention of the same type is this event
    for pair in pairs:
        own, other = ((pair.a_start, pair.a_end), (pair.b_id, pair.b_start, pair.b_end)) \
            if pair.a_id == article.id else ((pair.b_start, pair.b_end),
                                             (pair.a_id, pair.a_start, pair.a_end))
        if own[0] < event.end and event.start < own[1]:
            links += [m["mention_id"] for m in event_store.mentions_overlapping(store, *other)
                      if m["type"] == event.type and m["mention_id"] not in links]
    event_store.add_mention(store, mention, keys)
    if links:
        return event_store.link(store, mention["mention_id"], links)
    return {mention["mention_id"]}


def _add_figure(store: "SQLiteStore", article: Article, root: str, idx: int, figure: Figure,
                published: str | None, inferred: bool) -> None:
    as_of, source = figure.as_of, "text"
    if as_of is None and published:
        as_of, source = published[:10], "inferred" if inferred else "published"
    sentence_start = article.text.rfind("\n", 0, figure.start) + 1
    sentence_end = article.text.find("\n", figure.end)
    point = {**dataclasses.asdict(figure), "article_id": article.id, "idx": idx,
             "root_id": root, "series_key": series_key(figure.category, figure.what),
             "as_of": as_of, "as_of_source": source,
             "approx": int(figure.approx), "projected": int(figure.projected),
             "verified": None if figure.verified is None else int(figure.verified),
             "sentence": _sentence(article.text, sentence_start,
                                   sentence_end if sentence_end >= 0 else len(article.text))}
    figure_store.add_point(store, point)


__all__ = ["drop_article", "forget_article", "fuse_article", "fuse_pending", "prepare",
           "refresh_stale"]
