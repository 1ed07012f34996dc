"""The SQLite store: schema versions, transactions, round trips."""

from __future__ import annotations

import sqlite3

import pytest

from dateline.errors import StoreError
from dateline.model import Annotations, Article, Rejection, Timex
from dateline.store.migrations import SCHEMA_VERSION
from dateline.store.sqlite import SQLiteStore


def _article(text: str = "A body of text.", **kw) -> Article:
    from dateline.dedup.fingerprint import article_id

    return Article(id=article_id(text), text=text, title="T", source_path="a.txt", raw=text, **kw)


def test_new_store_is_at_current_version_with_wal(tmp_path):
    with SQLiteStore(tmp_path / "s.db") as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_store_from_a_newer_dateline_is_refused(tmp_path):
    path = tmp_path / "s.db"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(StoreError) as info:
        SQLiteStore(path)
    assert info.value.code == "E020"


def test_failed_transaction_leaves_nothing(tmp_path):
    with SQLiteStore(tmp_path / "s.db") as store:
        article = _article()
        with pytest.raises(RuntimeError), store.transaction():
            store.add_article(article)
            store.add_source(article, "h1")
            raise RuntimeError("killed mid-write")
        assert store.counts()["articles"] == 0
        assert store.counts()["sources"] == 0


def test_article_round_trip_and_listing(tmp_path):
    with SQLiteStore(tmp_path / "s.db") as store:
        article = _article(authors=("Ann Lee", "Bo Chan"), published="2025-03-14",
                           published_precision="day")
        with store.transaction():
            store.add_article(article)
            store.add_source(article, "h1")
            store.set_first_source(article.id)
        back = store.get_article(article.id)
        assert back.authors == ("Ann Lee", "Bo Chan")
        assert back.published == "2025-03-14"
        assert [a.id for a in store.iter_documents()] == [article.id]


def test_quarantine_is_replaced_not_doubled(tmp_path):
    with SQLiteStore(tmp_path / "s.db") as store:
        with store.transaction():
            store.quarantine(Rejection("bad.json", "E005", "Malformed JSON", "line 2"))
            store.quarantine(Rejection("bad.json", "E005", "Malformed JSON", "line 2"))
        assert len(list(store.iter_quarantine())) == 1


def test_annotations_round_trip(tmp_path):
    with SQLiteStore(tmp_path / "s.db") as store:
        article = _article()
        notes = Annotations(timexes=(Timex(0, 6, "Friday", "DATE", "2025-03-14", "day"),))
        with store.transaction():
            store.add_article(article)
            store.save_annotations(article.id, notes)
        assert store.get_annotations(article.id) == notes
        assert store.ids_without_annotations() == []


def test_long_texts_are_stored_whole_once(tmp_path):
    # texts over a megabyte take another path (their statement's bindings are let go)
    text = "word " * 300_000 + "needle."
    article = _article(text)
    with SQLiteStore(tmp_path / "s.db") as store:
        store.add_article(article)  # outside a transaction too
        with store.transaction():
            store.add_source(article, "h1")
            store.add_source(article, "h2")  # the same unit again: updated in place
            store.set_first_source(article.id)
        back = store.get_article(article.id)
        assert back.text == text and back.raw == text
        assert (store.counts()["articles"], store.counts()["sources"]) == (1, 1)
        assert store.source_hash("a.txt", None) == "h2"
        hits = store.conn.execute(
            "SELECT article_id FROM articles_fts WHERE articles_fts MATCH 'needle'").fetchall()
        assert [row[0] for row in hits] == [article.id]
