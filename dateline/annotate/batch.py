"""Annotate stored articles in a process pool (spaCy loaded once per worker), save as we go."""

from __future__ import annotations

import datetime as dt
from concurrent.futures import ProcessPoolExecutor
from typing import Callable, Iterator

from ..config import Options
from ..model import Annotations, Article
from ..store.sqlite import SQLiteStore
from .pipeline import annotate_text

Job = tuple[str, str, str | None, str | None]  # (article id, text, published, dateline)


def published_date(value: str | None) -> dt.date | None:
    """The date part of a stored ISO publication time, None when unknown or unreadable."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def annotate_article(article: Article) -> Annotations:
    return annotate_text(article.text, published_date(article.published),
                         dateline=article.dateline)


def _work(job: Job) -> tuple[str, Annotations]:
    article_id, text, published, dateline = job
    return article_id, annotate_text(text, published_date(published), dateline=dateline)


def _jobs(store: SQLiteStore, ids: list[str]) -> Iterator[Job]:
    for article_id in ids:
        article = store.get_article(article_id)
        if article is not None:
            yield article.id, article.text, article.published, article.dateline


def save_resolved(store: SQLiteStore, article_id: str, annotations: Annotations) -> None:
    """Re-point mentions to entities the store already knows, save, fold absorbed entities."""
    from ..fuse.apply import resolve_annotations
    from ..fuse.resolve import lookup_keys, match_keys

    def keys_of(found: Annotations) -> dict[str, list[str]]:
        return {m.entity_id: match_keys(m.type, m.canonical) for m in found.entities}

    candidates = store.entities_with_keys(key for m in annotations.entities
                                          for key in lookup_keys(m.type, m.canonical))
    resolved, absorbed = resolve_annotations(annotations, candidates)
    store.save_annotations(article_id, resolved, keys_of(resolved))
    for old_id, new_id in absorbed.items():
        store.merge_entity(old_id, new_id)


def annotate_pending(store: SQLiteStore, options: Options,
                     progress: Callable[[str], None] | None = None) -> int:
    """Annotate every stored article that has no (current) annotations; returns how many."""
    ids = store.ids_without_annotations()
    if not ids:
        return 0
    done = 0
    if options.workers <= 1 or len(ids) < 4:
        results: Iterator[tuple[str, Annotations]] = map(_work, _jobs(store, ids))
        done = _save_all(store, results, options, progress)
        return done
    # Executor.map submits everything at once: feed it a window at a time to keep memory flat
    window = max(options.batch_size, 4 * options.workers)
    with ProcessPoolExecutor(max_workers=options.workers) as pool:
        for start in range(0, len(ids), window):
            jobs = list(_jobs(store, ids[start:start + window]))
            done += _save_all(store, pool.map(_work, jobs, chunksize=2), options, progress)
    return done


def _save_all(store: SQLiteStore, results: Iterator[tuple[str, Annotations]], options: Options,
              progress: Callable[[str], None] | None) -> int:
    done = 0
    batch: list[tuple[str, Annotations]] = []

    def flush() -> None:
        with store.transaction():
            for article_id, found in batch:
                save_resolved(store, article_id, found)
        batch.clear()

    for article_id, found in results:
        batch.append((article_id, found))
        done += 1
        if progress:
            progress(article_id)
        if len(batch) >= options.batch_size:
            flush()
    if batch:
        flush()
    return done
