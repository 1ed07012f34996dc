"""Ingest streams into annotation: each stored batch is annotated while the next is read, and the
store ends up exactly as a run that reads everything first and annotates after."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from dateline.annotating import annotate_pending
from dateline.config import Options
from dateline.fuse.run import fuse_pending
from dateline.model import Annotations
from dateline.pipeline import IngestReport, ingest, ingesting
from dateline.store.sqlite import SQLiteStore

BODY = ("Flood waters rose across the {town} valley on Monday as the river burst its banks, "
        "officials said. At least {n} people were killed in the town of {town}, the regional "
        "governor told reporters. The army sent 200 soldiers to help with the evacuation.")


def _corpus(folder: Path, count: int = 5) -> None:
    folder.mkdir()
    towns = ["Dorn", "Lisk", "Varn", "Osk", "Brel", "Tamm", "Eld"]
    for i in range(count):
        text = f"Floods in {towns[i]}\n\nPublished: Tue 04 Mar 2025, 10:00 AM\n\n" + \
            BODY.format(town=towns[i], n=10 + i) + "\n"
        (folder / f"{i:02d}.txt").write_text(text, encoding="utf-8")
    # an exact copy of the first: one more source, no new article to annotate
    (folder / "99-copy.txt").write_text((folder / "00.txt").read_text(encoding="utf-8"),
                                        encoding="utf-8")


def test_storing_yields_the_articles_each_committed_batch_added(tmp_path):
    _corpus(tmp_path / "in")
    options = Options(annotate=False, batch_size=2)
    with SQLiteStore(tmp_path / "a.db") as store, SQLiteStore(tmp_path / "b.db") as whole:
        report = IngestReport()
        batches = []
        for ids in ingesting([tmp_path / "in"], store, options, report):
            # what a batch yields is already committed: another connection sees it
            seen = sqlite3.connect(tmp_path / "a.db").execute(
                "SELECT COUNT(*) FROM articles").fetchone()[0]
            batches.append((ids, seen))
        expected = ingest([tmp_path / "in"], whole, options)
        assert report.to_dict() == expected.to_dict()
        assert [len(ids) for ids, _ in batches] == [2, 2, 1]  # 6 units, the copy adds none
        assert [seen for _, seen in batches] == [2, 4, 5]
        added = [i for ids, _ in batches for i in ids]
        assert added == [r[0] for r in whole.conn.execute("SELECT id FROM articles ORDER BY seq")]


def test_annotation_starts_before_the_ingest_has_read_everything(tmp_path):
    _corpus(tmp_path / "in", count=7)
    options = Options(workers=1, batch_size=2)
    log: list[str] = []

    def runner(jobs):
        for article_id, *_ in jobs:
            log.append("annotated")
            yield article_id, Annotations()

    with SQLiteStore(tmp_path / "s.db") as store:
        report = IngestReport()

        def arriving():
            for ids in ingesting([tmp_path / "in"], store, options, report):
                log.append("stored")
                yield ids

        saved = annotate_pending(store, options, runner=runner, arriving=arriving(),
                                 after_save=lambda: log.append("saved"))
        assert saved == 7 and report.new == 7 and not store.ids_without_annotations()
    assert log.index("saved") < len(log) - 1 - log[::-1].index("stored")


def _rows(path: Path) -> dict[str, list[str]]:
    conn = sqlite3.connect(path)
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name NOT LIKE '%fts%' AND name != 'sources'")]
    return {t: sorted(map(repr, conn.execute(f"SELECT * FROM {t}"))) for t in tables}


def test_a_streamed_run_stores_what_a_read_first_run_stores(tmp_path):
    _corpus(tmp_path / "in")
    options = Options(workers=1, batch_size=2)
    with SQLiteStore(tmp_path / "first.db") as store:
        ingest([tmp_path / "in"], store, options)
        annotate_pending(store, options)
        fuse_pending(store, options.batch_size)
    with SQLiteStore(tmp_path / "streamed.db") as store:
        stored = ingesting([tmp_path / "in"], store, options, IngestReport())
        annotate_pending(store, options, arriving=stored,
                         after_save=lambda: fuse_pending(store, options.batch_size))
        fuse_pending(store, options.batch_size)
    first, streamed = _rows(tmp_path / "first.db"), _rows(tmp_path / "streamed.db")
    assert first["event_mentions"] and first["timeline_entries"] and first == streamed
