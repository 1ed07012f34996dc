"""Ingest: read → clean → deduplicate → store, one input unit at a time, in small transactions."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from .clean import clean_document
from .config import Options
from .dedup.near import INDEXED_PER_GROUP, Sketch, similarity, sketch
from .errors import DatelineError, Errors
from .fuse.run import forget_article
from .ingest import iter_documents
from .model import Article, RawDocument, Rejection
from .store.sqlite import SQLiteStore

Progress = Callable[[str], None]
# a unit cleaned elsewhere (a cluster worker): the unit as read, and its article or the error
Cleaned = tuple[RawDocument, "Article | DatelineError"]


@dataclass
class IngestReport:
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    duplicate: int = 0
    rejected: list[Rejection] = field(default_factory=list)
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # (source, duplicate_of)
    warnings: list[Rejection] = field(default_factory=list)  # kept, but with something unread

    @property
    def total(self) -> int:
        return self.new + self.updated + self.unchanged + self.duplicate + len(self.rejected)

    def to_dict(self) -> dict[str, object]:
        return {"new": self.new, "updated": self.updated, "unchanged": self.unchanged,
                "duplicate": self.duplicate,
                "rejected": [dataclasses.asdict(r) for r in self.rejected],
                "warnings": [dataclasses.asdict(r) for r in self.warnings]}


def _near_duplicate_of(store: SQLiteStore, sk: Sketch, options: Options,
                       not_of: str | None = None) -> str | None:
    """The first article of the group `sk` is a near copy of; never the group of `not_of`."""
    best: tuple[float, str] | None = None
    for other_id, signature in store.lsh_candidates(sk.buckets):
        score = similarity(sk.signature, signature)
        if score >= options.near_duplicate_threshold and (best is None or score > best[0]):
            root = store.root_of(other_id)
            if root != not_of:
                best = (score, root)
    return best[1] if best else None


def _replace_old_version(store: SQLiteStore, old: str, new: tuple[str, Sketch] | None,
                         options: Options) -> None:
    """Remove the article an updated source gave before, unless another source still gives it.

    Its near copies follow the `new` version (id, sketch) when that is a near copy of the old.
    """
    if store.source_count(old):
        return
    signature = store.signature(old)
    successor = None
    if new is not None and signature is not None and \
            similarity(new[1].signature, signature) >= options.near_duplicate_threshold:
        successor = new[0]
    # fusion forgets the old version, and its near copies are fused again under their new root
    for article_id in (old, *store.near_copies_of(old)):
        forget_article(store, article_id)
    store.remove_article(old, successor)


def _store_one(store: SQLiteStore, raw: RawDocument, options: Options,
               report: IngestReport, cleaned: Article | DatelineError | None = None
               ) -> str | None:
    """Clean one unit (unless `cleaned` already holds the outcome) and record it; the caller
    holds the transaction. Returns the id of the article it added, if it added one.

    A unit whose content changed since the last run is "updated", never a duplicate of its own
    old version, and the old version goes when no other unit gives it.
    """
    previous = store.source_hash(raw.source_path, raw.locator)
    if previous == raw.raw_hash:
        report.unchanged += 1
        return None
    if isinstance(cleaned, DatelineError):
        raise cleaned
    article = cleaned if cleaned is not None else clean_document(raw, options)
    given_date = raw.meta.get("published")
    if given_date and not article.published:
        report.warnings.append(Rejection(raw.source_path, "E011",
                                         Errors.E011.format(value=str(given_date)), raw.locator))
    old = store.source_article(raw.source_path, raw.locator) if previous is not None else None
    if store.has_article(article.id):
        # the same content again: one more source of an article we already hold
        store.add_source(article, raw.raw_hash)
        if old is None:
            report.duplicate += 1
            report.duplicates.append((_where(raw), article.id))
        else:
            report.updated += 1
            if old != article.id:
                _replace_old_version(store, old, None, options)
        return None
    sk = sketch(article.text, options.near_duplicate_threshold, options.minhash_permutations)
    duplicate_of = _near_duplicate_of(store, sk, options, not_of=old)
    # a group files only its first members under LSH buckets, so a new article is compared
    # with a bounded number of each group's members however large the group grows
    indexed = duplicate_of is None or \
        store.group_size(duplicate_of, INDEXED_PER_GROUP - 1) < INDEXED_PER_GROUP - 1
    article = dataclasses.replace(article, duplicate_of=duplicate_of)
    store.add_article(article)
    store.add_minhash(article.id, sk.signature, sk.buckets, index=indexed)
    store.add_source(article, raw.raw_hash)
    store.set_first_source(article.id)
    if old is not None:
        report.updated += 1
        _replace_old_version(store, old, (article.id, sk) if duplicate_of is None else None,
                             options)
    elif duplicate_of:
        report.duplicate += 1
        report.duplicates.append((_where(raw), duplicate_of))
    else:
        report.new += 1
    return article.id


def _where(unit: RawDocument | Rejection) -> str:
    return f"{unit.source_path} ({unit.locator})" if unit.locator else unit.source_path


def ingest(paths: Iterable[str | Path], store: SQLiteStore, options: Options,
           progress: Progress | None = None) -> IngestReport:
    """Ingest every unit under `paths`. Bad units are quarantined; the batch always goes on.

    Each batch of `options.batch_size` units commits as one transaction, and every unit's
    article, source and index rows are written together, so a killed run leaves no half
    article and a re-run stores each article exactly once.
    """
    return store_units(iter_documents(paths, options), store, options, progress)


def ingesting(paths: Iterable[str | Path], store: SQLiteStore, options: Options,
              report: IngestReport, progress: Progress | None = None) -> Iterator[list[str]]:
    """`ingest` as it goes (see `storing`): the ids each committed batch added."""
    return storing(iter_documents(paths, options), store, options, report, progress)


def store_units(units: Iterable[RawDocument | Rejection | Cleaned], store: SQLiteStore,
                options: Options, progress: Progress | None = None) -> IngestReport:
    """Deduplicate and store `units` in their order, as `ingest` does; a `Cleaned` unit is
    taken as cleaned (the same outcome `clean_document` gives here)."""
    report = IngestReport()
    for _ in storing(units, store, options, report, progress):
        pass
    return report


def storing(units: Iterable[RawDocument | Rejection | Cleaned], store: SQLiteStore,
            options: Options, report: IngestReport, progress: Progress | None = None
            ) -> Iterator[list[str]]:
    """`store_units` as it goes, counting into `report`: after each committed batch of
    `options.batch_size` units, the ids of the articles it added, so that annotation can
    start on them while the rest is still being read."""
    pending: list[RawDocument | Rejection | Cleaned] = []

    def flush() -> list[str]:
        added: list[str] = []
        with store.transaction():
            for unit in pending:
                if isinstance(unit, Rejection):
                    store.quarantine(unit)
                    report.rejected.append(unit)
                    continue
                raw, cleaned = (unit, None) if isinstance(unit, RawDocument) else unit
                try:
                    article_id = _store_one(store, raw, options, report, cleaned)
                except DatelineError as error:
                    rejection = Rejection(raw.source_path, error.code, error.message,
                                          raw.locator)
                    store.quarantine(rejection)
                    report.rejected.append(rejection)
                    continue
                if article_id is not None:
                    added.append(article_id)
        pending.clear()
        return added

    for unit in units:
        if progress:
            progress(unit[0].source_path if isinstance(unit, tuple) else unit.source_path)
        pending.append(unit)
        if len(pending) >= options.batch_size:
            yield flush()
    if pending:
        yield flush()
