"""The SQLite store: the only module that talks SQL. One file, WAL, versioned schema, FTS5."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

from ..errors import StoreError
from ..model import Article, Rejection
from .annotations import AnnotationRows
from .migrations import migrate
from .near_duplicates import NearDuplicateIndex

# metadata that belongs to one source: two outlets can run the same content under their own
# title, date and byline
SOURCE_FIELDS = ("title", "published", "published_precision", "published_evidence", "outlet",
                 "wire", "authors", "dateline", "url", "removed")
_ARTICLE_COLUMNS = ("id, title, published, published_precision, published_evidence, outlet, "
                    "wire, authors, dateline, url, text, removed, duplicate_of")


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


# SQLite keeps the values bound to a (cached) statement until that statement runs again, so the
# text of a long article would stay in memory once more for every statement that wrote it.
# A statement that bound a value this long is run once more with it emptied, in a savepoint that
# is rolled back at once.
_LONG_VALUE = 1 << 20

# words of SQLite messages that mean the store (or its folder) cannot be written
_CANNOT_WRITE = ("readonly", "read-only", "unable to open", "disk i/o", "disk is full",
                 "permission", "cannot create")


def store_error(error: sqlite3.Error, path: str) -> StoreError:
    """A StoreError for an SQLite failure: E023 when the store cannot be written, else E024."""
    detail = str(error) or type(error).__name__
    folder = Path(path).parent
    if not folder.is_dir():
        detail += f" (no folder {folder})"
    if any(word in detail.lower() for word in _CANNOT_WRITE):
        return StoreError.make("E023", path=path, detail=detail)
    return StoreError.make("E024", path=path, detail=detail)


CACHE_KIB = 256 * 1024  # page cache per connection


class SQLiteStore(AnnotationRows, NearDuplicateIndex):
    """Articles, their sources, quarantine, near-duplicate index and annotations."""

    def __init__(self, path: str | Path, create: bool = True) -> None:
        """Open the store at `path`, creating it when `create`; StoreError when it cannot be
        used: E022 no such file (create=False), E020 newer schema, E023 not writable, E024."""
        self.path = str(path)
        if not create and not Path(path).is_file():
            raise StoreError.make("E022", path=self.path)
        try:
            self.conn = sqlite3.connect(self.path, isolation_level=None, timeout=30)
        except sqlite3.Error as error:
            raise store_error(error, self.path) from None
        try:
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=NORMAL")
            self.conn.execute("PRAGMA foreign_keys=ON")
            # SQLite's default page cache is 2 MB: on a store of many GB most index lookups
            # would then copy their pages from the OS again (bounded, so memory stays flat)
            self.conn.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
            migrate(self.conn, self.path)
        except (sqlite3.Error, StoreError) as error:
            self.conn.close()
            if isinstance(error, StoreError):
                raise
            raise store_error(error, self.path) from None

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "SQLiteStore":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """All writes inside commit together or not at all."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def _write(self, sql: str, params: tuple[Any, ...]) -> None:
        """Execute one write; then let go of any long value it bound (see _LONG_VALUE)."""
        self.conn.execute(sql, params)
        if not any(isinstance(p, str) and len(p) > _LONG_VALUE for p in params):
            return
        emptied = tuple("" if isinstance(p, str) and len(p) > _LONG_VALUE else p for p in params)
        self.conn.execute("SAVEPOINT unbind")
        try:
            self.conn.execute(sql, emptied)
        except sqlite3.IntegrityError:
            pass  # the same key again: nothing was written, and the values are rebound
        finally:
            self.conn.execute("ROLLBACK TO unbind")
            self.conn.execute("RELEASE unbind")

    # --- sources --------------------------------------------------------------------------

    def source_hash(self, source_path: str, locator: str | None) -> str | None:
        row = self.conn.execute(
            "SELECT raw_hash FROM sources WHERE source_path = ? AND locator = ?",
            (source_path, locator or "")).fetchone()
        return row["raw_hash"] if row else None

    def source_article(self, source_path: str, locator: str | None) -> str | None:
        """The id of the article an input unit gave when it was last ingested."""
        row = self.conn.execute(
            "SELECT article_id FROM sources WHERE source_path = ? AND locator = ?",
            (source_path, locator or "")).fetchone()
        return row[0] if row else None

    def source_count(self, article_id: str) -> int:
        """How many input units point to `article_id`."""
        return int(self.conn.execute("SELECT COUNT(*) FROM sources WHERE article_id = ?",
                                     (article_id,)).fetchone()[0])

    def add_source(self, article: Article, raw_hash: str) -> None:
        """Record that an input unit gave `article` (replacing what the unit gave before)."""
        self._write(
            "INSERT INTO sources (source_path, locator, format, raw_hash, raw, article_id, meta, "
            "ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (source_path, locator) DO "
            "UPDATE SET format=excluded.format, raw_hash=excluded.raw_hash, raw=excluded.raw, "
            "article_id=excluded.article_id, meta=excluded.meta, ingested_at=excluded.ingested_at",
            (article.source_path, article.locator or "", article.format, raw_hash, article.raw,
             article.id, json.dumps({name: getattr(article, name) for name in SOURCE_FIELDS},
                                    ensure_ascii=False), _now()))
        self.conn.execute("DELETE FROM quarantine WHERE source_path = ? AND locator = ?",
                          (article.source_path, article.locator or ""))

    # --- articles -------------------------------------------------------------------------

    def has_article(self, article_id: str) -> bool:
        return self.conn.execute("SELECT 1 FROM articles WHERE id = ?",
                                 (article_id,)).fetchone() is not None

    def add_article(self, article: Article) -> None:
        seq = self.conn.execute("SELECT COALESCE(MAX(seq), 0) + 1 FROM articles").fetchone()[0]
        # the text is bound once per statement: an external-content index stores no copy
        self._write(
            f"INSERT INTO articles ({_ARTICLE_COLUMNS}, seq) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (article.id, article.title, article.published, article.published_precision,
             article.published_evidence, article.outlet, article.wire,
             json.dumps(list(article.authors), ensure_ascii=False), article.dateline,
             article.url, article.text, json.dumps(list(article.removed), ensure_ascii=False),
             article.duplicate_of, seq))
        self._write("INSERT INTO articles_fts (rowid, article_id, title, text) "
                    "VALUES (?, ?, ?, ?)", (seq, article.id, article.title or "", article.text))

    def near_copies_of(self, article_id: str) -> list[str]:
        return [r[0] for r in self.conn.execute(
            "SELECT id FROM articles WHERE duplicate_of = ? ORDER BY seq", (article_id,))]

    def remove_article(self, article_id: str, successor: str | None = None) -> bool:
        """Delete an article version and all derived rows (see store/removal.py)."""
        from .removal import remove_article

        return remove_article(self, article_id, successor)

    def _article(self, row: sqlite3.Row, source: sqlite3.Row | None) -> Article:
        return Article(
            id=row["id"], text=row["text"], title=row["title"], published=row["published"],
            published_precision=row["published_precision"],
            published_evidence=row["published_evidence"], outlet=row["outlet"], wire=row["wire"],
            authors=tuple(json.loads(row["authors"])), dateline=row["dateline"], url=row["url"],
            source_path=source["source_path"] if source else "",
            locator=(source["locator"] or None) if source else None,
            format=source["format"] if source else "text", raw=source["raw"] if source else "",
            removed=tuple(json.loads(row["removed"])), duplicate_of=row["duplicate_of"])

    def get_article(self, article_id: str) -> Article | None:
        row = self.conn.execute(f"SELECT {_ARTICLE_COLUMNS} FROM articles WHERE id = ?",
                                (article_id,)).fetchone()
        if row is None:
            return None
        source = self.conn.execute(
            "SELECT * FROM sources WHERE article_id = ? ORDER BY rowid LIMIT 1",
            (article_id,)).fetchone()
        return self._article(row, source)

    def find_article_ids(self, prefix: str) -> list[str]:
        return [r[0] for r in self.conn.execute(
            "SELECT id FROM articles WHERE id LIKE ? ORDER BY seq LIMIT 10", (prefix + "%",))]

    def iter_documents(self, unique: bool = False) -> Iterator[Article]:
        """Every accepted input unit as an Article, in ingest order.

        A second source of the same content has `duplicate_of` set to the article's own id
        (an exact copy); a near copy has the earlier article's id.
        """
        columns = ", ".join("a." + c.strip() for c in _ARTICLE_COLUMNS.split(","))
        query = ("SELECT s.source_path, s.locator, s.format, s.raw, s.meta, s.rowid AS srow, "
                 f"a.first_source, {columns} "
                 "FROM sources s JOIN articles a ON a.id = s.article_id ORDER BY s.rowid")
        for row in self.conn.execute(query):
            exact_copy = row["first_source"] is not None and row["srow"] != row["first_source"]
            duplicate_of = row["id"] if exact_copy else row["duplicate_of"]
            if unique and duplicate_of:
                continue
            article = self._article(row, row)
            own = {k: tuple(v) if isinstance(v, list) else v
                   for k, v in json.loads(row["meta"]).items() if k in SOURCE_FIELDS}
            yield Article(**{**article.__dict__, **own, "duplicate_of": duplicate_of})

    def set_first_source(self, article_id: str) -> None:
        self.conn.execute(
            "UPDATE articles SET first_source = (SELECT MIN(rowid) FROM sources WHERE "
            "article_id = ?) WHERE id = ? AND first_source IS NULL", (article_id, article_id))

    def root_of(self, article_id: str) -> str:
        """Follow duplicate_of links to the first article of a duplicate group."""
        seen = {article_id}
        while True:
            row = self.conn.execute("SELECT duplicate_of FROM articles WHERE id = ?",
                                    (article_id,)).fetchone()
            if row is None or row[0] is None or row[0] in seen:
                return article_id
            article_id = row[0]
            seen.add(article_id)

    def counts(self) -> dict[str, int]:
        one = lambda sql: int(self.conn.execute(sql).fetchone()[0])  # noqa: E731
        return {"articles": one("SELECT COUNT(*) FROM articles"),
                "unique_articles": one("SELECT COUNT(*) FROM articles WHERE duplicate_of IS NULL"),
                "sources": one("SELECT COUNT(*) FROM sources"),
                "quarantined": one("SELECT COUNT(*) FROM quarantine"),
                "annotated": one("SELECT COUNT(*) FROM annotations")}

    # --- quarantine -----------------------------------------------------------------------

    def quarantine(self, rejection: Rejection) -> None:
        self.conn.execute(
            "INSERT INTO quarantine (source_path, locator, code, reason, at) VALUES "
            "(?, ?, ?, ?, ?) ON CONFLICT (source_path, locator) DO UPDATE SET code=excluded.code,"
            " reason=excluded.reason, at=excluded.at",
            (rejection.source_path, rejection.locator or "", rejection.code, rejection.reason,
             _now()))

    def iter_quarantine(self) -> Iterator[Rejection]:
        for row in self.conn.execute("SELECT * FROM quarantine ORDER BY source_path, locator"):
            yield Rejection(row["source_path"], row["code"], row["reason"], row["locator"] or None)

