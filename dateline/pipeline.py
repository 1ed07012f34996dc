"""Ingest: read → clean → deduplicate → store, one input unit at a time, in small transactions."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from .clean import clean_document
from .config import Options
from .dedup.near import Sketch, similarity, sketch
from .errors import DatelineError, Errors
from .ingest import iter_documents
from .model import Article, RawDocument, Rejection
from .store.sqlite import SQLiteStore

Progress = Callable[[str], None]


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


def _near_duplicate_of(store: SQLiteStore, article: Article,
                       options: Options) -> tuple[str | None, Sketch]:
    sk = sketch(article.text, options.near_duplicate_threshold, options.minhash_permutations)
    best: tuple[float, str] | None = None
    for other_id, signature in store.lsh_candidates(sk.buckets):
        score = similarity(sk.signature, signature)
        if score >= options.near_duplicate_threshold and (best is None or score > best[0]):
            best = (score, other_id)
    return (store.root_of(best[1]) if best else None), sk


def _store_one(store: SQLiteStore, raw: RawDocument, options: Options,
               report: IngestReport) -> None:
    """Clean one unit and record it; the caller holds the transaction."""
    previous = store.source_hash(raw.source_path, raw.locator)
    if previous == raw.raw_hash:
        report.unchanged += 1
        return
    article = clean_document(raw, options)
    given_date = raw.meta.get("published")
    if given_date and not article.published:
        report.warnings.append(Rejection(raw.source_path, "E011",
                                         Errors.E011.format(value=str(given_date)), raw.locator))
    if store.has_article(article.id):
        # the same content again: one more source of an article we already hold
        store.add_source(article, raw.raw_hash)
        report.duplicate += 1
        report.duplicates.append((_where(raw), article.id))
        return
    duplicate_of, sk = _near_duplicate_of(store, article, options)
    article = dataclasses.replace(article, duplicate_of=duplicate_of)
    store.add_article(article)
    store.add_minhash(article.id, sk.signature, sk.buckets)
    store.add_source(article, raw.raw_hash)
    store.set_first_source(article.id)
    if duplicate_of:
        report.duplicate += 1
        report.duplicates.append((_where(raw), duplicate_of))
    elif previous is not None:
        report.updated += 1
    else:
        report.new += 1


def _where(unit: RawDocument | Rejection) -> str:
    return f"{unit.source_path} ({unit.locator})" if unit.locator else unit.source_path


def ingest(paths: Iterable[str | Path], store: SQLiteStore, options: Options,
           progress: Progress | None = None) -> IngestReport:
    """Ingest every unit under `paths`. Bad units are quarantined; the batch always goes on.

    Each batch of `options.batch_size` units commits as one transaction, and every unit's
    article, source and index rows are written together, so a killed run leaves no half
    article and a re-run stores each article exactly once.
    """
    report = IngestReport()
    pending: list[RawDocument | Rejection] = []

    def flush() -> None:
        with store.transaction():
            for unit in pending:
                if isinstance(unit, Rejection):
                    store.quarantine(unit)
                    report.rejected.append(unit)
                    continue
                try:
                    _store_one(store, unit, options, report)
                except DatelineError as error:
                    rejection = Rejection(unit.source_path, error.code, error.message,
                                          unit.locator)
                    store.quarantine(rejection)
                    report.rejected.append(rejection)
        pending.clear()

    for unit in iter_documents(paths, options):
        if progress:
            progress(unit.source_path)
        pending.append(unit)
        if len(pending) >= options.batch_size:
            flush()
    if pending:
        flush()
    return report
