"""Versioned schema: each migration moves the store one version up, inside one transaction."""

from __future__ import annotations

import sqlite3
from importlib import resources

from ..errors import StoreError


def _statements(script: str) -> list[str]:
    """Split a schema script into statements (executescript would commit mid-migration)."""
    lines = [line for line in script.splitlines() if not line.lstrip().startswith("--")]
    return [stmt.strip() for stmt in "\n".join(lines).split(";") if stmt.strip()]


def _version_1(conn: sqlite3.Connection) -> None:
    script = resources.files("dateline.store").joinpath("schema.sql").read_text()
    for statement in _statements(script):
        conn.execute(statement)


def _version_2(conn: sqlite3.Connection) -> None:
    """Full-text index over the articles table itself (FTS5 external content); LSH rows by
    article.

    Version 1 copied every title and body into the index's own content table: each body was
    stored twice, and inserting a long article held two more copies of it in memory. The
    columns stay the same (article_id, title, text), read through a view; the index rowid is
    the article's `seq`, which (unlike an implicit rowid) VACUUM never renumbers.
    """
    conn.execute("DROP TABLE articles_fts")
    conn.execute("CREATE VIEW articles_fts_content AS SELECT seq, id AS article_id, "
                 "COALESCE(title, '') AS title, text FROM articles")
    conn.execute("CREATE VIRTUAL TABLE articles_fts USING fts5(article_id UNINDEXED, title, "
                 "text, content='articles_fts_content', content_rowid='seq')")
    conn.execute("INSERT INTO articles_fts (articles_fts) VALUES ('rebuild')")
    # an article version no source points to any more is removed with its index rows
    conn.execute("CREATE INDEX lsh_bands_article ON lsh_bands(article_id)")


# index i holds the migration that brings the store from version i to version i + 1
MIGRATIONS = (_version_1, _version_2)
SCHEMA_VERSION = len(MIGRATIONS)


def current_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection, path: str) -> int:
    """Bring the store up to SCHEMA_VERSION; refuse a store written by a newer dateline."""
    found = current_version(conn)
    if found > SCHEMA_VERSION:
        raise StoreError.make("E020", path=path, found=found, supported=SCHEMA_VERSION)
    for version in range(found, SCHEMA_VERSION):
        conn.execute("BEGIN IMMEDIATE")
        try:
            MIGRATIONS[version](conn)
            conn.execute(f"PRAGMA user_version = {version + 1}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return SCHEMA_VERSION
