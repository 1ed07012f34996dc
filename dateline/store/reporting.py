"""Shared reporting in SQLite: the sentence LSH index and the shared sentence pairs.

Derived tables, rebuilt from articles when REPORTING_VERSION changes. The band index is a
table, not an in-memory LSH, so memory stays flat however large the store grows; a new
article costs one indexed lookup per sentence. A bucket that fills up (boilerplate, stock
phrases) is dead: its members are deleted and it is recorded in reporting_dead, never read or
written to again, so common sentences cannot make candidate lists or the index grow without
bound (on a store of 6,000 articles most of the rows a lookup read were in dead buckets).
"""

from __future__ import annotations

import heapq
from array import array
from collections import Counter
from itertools import chain
from typing import TYPE_CHECKING, Any, Iterable, NamedTuple, Sequence

from ..model import SharedSentence

if TYPE_CHECKING:
    from .sqlite import SQLiteStore

REPORTING_VERSION = 2
BUCKET_CAP = 50  # sentences a bucket may hold; a fuller bucket is skipped
MAX_CANDIDATES = 100  # per sentence, those sharing the most buckets first
TABLES = ("reporting_meta", "reporting_articles", "reporting_sentences", "reporting_bands",
          "reporting_dead", "shared_reporting")
_SCHEMA = """
CREATE TABLE IF NOT EXISTS reporting_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
-- articles whose sentences are indexed (an article without a sentence worth indexing too)
CREATE TABLE IF NOT EXISTS reporting_articles (article_id TEXT PRIMARY KEY);
CREATE TABLE IF NOT EXISTS reporting_sentences (
    id INTEGER PRIMARY KEY, article_id TEXT NOT NULL, char_start INTEGER NOT NULL,
    char_end INTEGER NOT NULL, words TEXT NOT NULL, quotes TEXT NOT NULL, facts TEXT NOT NULL,
    buckets BLOB NOT NULL);
CREATE INDEX IF NOT EXISTS reporting_sentences_article ON reporting_sentences (article_id);
CREATE TABLE IF NOT EXISTS reporting_bands (
    bucket INTEGER NOT NULL, sentence_id INTEGER NOT NULL,
    PRIMARY KEY (bucket, sentence_id)) WITHOUT ROWID;
-- buckets that filled up: their members are deleted from reporting_bands, so a lookup never
-- reads them again (on a large store most rows a sentence would fetch are in dead buckets)
CREATE TABLE IF NOT EXISTS reporting_dead (bucket INTEGER PRIMARY KEY) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS shared_reporting (
    a_id TEXT NOT NULL, a_start INTEGER NOT NULL, a_end INTEGER NOT NULL,
    b_id TEXT NOT NULL, b_start INTEGER NOT NULL, b_end INTEGER NOT NULL, score REAL NOT NULL,
    PRIMARY KEY (a_id, a_start, a_end, b_id, b_start, b_end)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS shared_reporting_b ON shared_reporting (b_id);
"""
_CHUNK = 500  # host parameters per IN (...) query


def ensure(store: "SQLiteStore") -> None:
    """Create the tables; drop and recreate them when they are from another REPORTING_VERSION."""
    conn = store.conn
    conn.execute("CREATE TABLE IF NOT EXISTS reporting_meta (key TEXT PRIMARY KEY, "
                 "value TEXT NOT NULL)")
    row = conn.execute("SELECT value FROM reporting_meta WHERE key = 'version'").fetchone()
    if row is not None and int(row[0]) != REPORTING_VERSION:
        for table in TABLES:
            conn.execute(f"DROP TABLE IF EXISTS {table}")
    for statement in _SCHEMA.split(";"):
        if statement.strip():
            conn.execute(statement)
    conn.execute("INSERT OR REPLACE INTO reporting_meta VALUES ('version', ?)",
                 (str(REPORTING_VERSION),))


def is_indexed(store: "SQLiteStore", article_id: str) -> bool:
    return store.conn.execute("SELECT 1 FROM reporting_articles WHERE article_id = ?",
                              (article_id,)).fetchone() is not None


class StoredSentence(NamedTuple):
    """An indexed sentence as a candidate: where it is and its encoded features."""

    article_id: str
    start: int
    end: int
    words: str  # content words, space-separated
    quotes: str  # quotations, one a line
    facts: str  # JSON: numbers, names, dates


def unindexed_ids(store: "SQLiteStore") -> list[str]:
    """Stored articles whose sentences are not indexed yet, in ingest order."""
    return [r[0] for r in store.conn.execute(
        "SELECT a.id FROM articles a LEFT JOIN reporting_articles r ON r.article_id = a.id "
        "WHERE r.article_id IS NULL ORDER BY a.seq")]


def index_sentences(store: "SQLiteStore", article_id: str,
                    sketches: Iterable[tuple[int, int, tuple[str, str, str], Sequence[int]]],
                    sizes: dict[int, int]) -> None:
    """Index an article's sentences: (start, end, encoded features, bucket keys) each.

    `sizes` holds how many sentences each of those buckets held before this article, as
    `candidates_of_each` counted them (a bucket it did not count is empty); it is updated
    here. A dead bucket (already over the cap) is not written to: it would never be read."""
    conn = store.conn
    live, dying = [], []
    for start, end, (words, quotes, facts), buckets in sketches:
        cur = conn.execute(
            "INSERT INTO reporting_sentences (article_id, char_start, char_end, words, quotes, "
            "facts, buckets) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (article_id, start, end, words, quotes, facts, array("q", buckets).tobytes()))
        for bucket in dict.fromkeys(buckets):
            held = sizes.get(bucket, 0)
            if held < BUCKET_CAP:
                live.append((bucket, cur.lastrowid))
            elif held == BUCKET_CAP:
                dying.append((bucket,))  # this sentence would be one too many: it dies
            sizes[bucket] = min(held + 1, BUCKET_CAP + 1)
    # written once for the article: a bucket that dies deletes its members, this article's too
    conn.executemany("INSERT OR IGNORE INTO reporting_bands (bucket, sentence_id) "
                     "VALUES (?, ?)", live)
    conn.executemany("INSERT OR IGNORE INTO reporting_dead VALUES (?)", dying)
    conn.executemany("DELETE FROM reporting_bands WHERE bucket = ?", dying)
    conn.execute("INSERT OR IGNORE INTO reporting_articles VALUES (?)", (article_id,))


def candidates_of_each(store: "SQLiteStore", bucket_lists: Sequence[Sequence[int]],
                       sizes: dict[int, int] | None = None) -> list[list[StoredSentence]]:
    """For each sentence of one article (its bucket keys), the indexed sentences sharing a live
    bucket with it, at most MAX_CANDIDATES, those sharing the most buckets first, in id order.
    One lookup serves all the sentences: the index does not change between them (the article
    is indexed after). How many sentences each bucket holds goes into `sizes`."""
    wanted = list(dict.fromkeys(b for buckets in bucket_lists for b in buckets))
    members: dict[int, list[int]] = {}
    dead = []
    for i in range(0, len(wanted), _CHUNK // 2):
        part = wanted[i:i + _CHUNK // 2]
        marks = ",".join("?" * len(part))
        for bucket, sentence_id in store.conn.execute(  # live members and dead marks at once
                f"SELECT bucket, sentence_id FROM reporting_bands WHERE bucket IN ({marks}) "
                f"UNION ALL SELECT bucket, NULL FROM reporting_dead WHERE bucket IN ({marks})",
                [*part, *part]):
            if sentence_id is None:
                dead.append(bucket)
            else:
                members.setdefault(bucket, []).append(sentence_id)
    if sizes is not None:
        sizes.update((bucket, len(members.get(bucket, ()))) for bucket in wanted)
        sizes.update((bucket, BUCKET_CAP + 1) for bucket in dead)
    chosen_lists: list[list[int]] = []
    for buckets in bucket_lists:
        held = [ids for ids in map(members.get, dict.fromkeys(buckets))
                if ids and len(ids) <= BUCKET_CAP]
        if not held:  # most sentences of a new story share no bucket with any stored one
            chosen_lists.append([])
            continue
        # counted in C: a sentence's buckets hold thousands of members once the index fills
        hits = Counter(chain.from_iterable(held))
        best = heapq.nsmallest(MAX_CANDIDATES, hits.items(), key=lambda h: (-h[1], h[0]))
        chosen_lists.append(sorted(sentence_id for sentence_id, _ in best))
    rows: dict[int, StoredSentence] = {}
    needed = sorted({i for chosen in chosen_lists for i in chosen})
    for i in range(0, len(needed), _CHUNK):
        part = needed[i:i + _CHUNK]
        rows.update((r[0], StoredSentence(*r[1:])) for r in store.conn.execute(
            "SELECT id, article_id, char_start, char_end, words, quotes, facts FROM "
            f"reporting_sentences WHERE id IN ({','.join('?' * len(part))})", part))
    return [[rows[i] for i in chosen if i in rows] for chosen in chosen_lists]


def save_pairs(store: "SQLiteStore", pairs: Iterable[SharedSentence]) -> None:
    store.conn.executemany(
        "INSERT OR REPLACE INTO shared_reporting VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(p.a_id, p.a_start, p.a_end, p.b_id, p.b_start, p.b_end, p.score) for p in pairs])


def pairs_for(store: "SQLiteStore", article_id: str) -> list[SharedSentence]:
    """Every shared pair the article is part of, on either side."""
    rows = store.conn.execute(
        "SELECT * FROM shared_reporting WHERE a_id = ? UNION "
        "SELECT * FROM shared_reporting WHERE b_id = ? "
        "ORDER BY a_id, a_start, b_id, b_start", (article_id, article_id))
    return [SharedSentence(*row) for row in rows]


def shared_counts(store: "SQLiteStore", article_id: str) -> list[dict[str, Any]]:
    """[{"id": other, "sentences": n}]: n of this article's sentences the other shares."""
    rows = store.conn.execute(
        "SELECT other, COUNT(DISTINCT own) AS n FROM ("
        "SELECT b_id AS other, a_start AS own FROM shared_reporting WHERE a_id = ? UNION ALL "
        "SELECT a_id, b_start FROM shared_reporting WHERE b_id = ?) "
        "GROUP BY other ORDER BY n DESC, other", (article_id, article_id))
    return [{"id": other, "sentences": n} for other, n in rows]


def drop_reporting(store: "SQLiteStore", article_id: str) -> None:
    """Remove an article's sentences from the index and every pair it is part of."""
    conn = store.conn
    for sentence_id, blob in conn.execute(
            "SELECT id, buckets FROM reporting_sentences WHERE article_id = ?",
            (article_id,)).fetchall():
        conn.executemany("DELETE FROM reporting_bands WHERE bucket = ? AND sentence_id = ?",
                         [(b, sentence_id) for b in array("q", bytes(blob))])
    conn.execute("DELETE FROM reporting_sentences WHERE article_id = ?", (article_id,))
    conn.execute("DELETE FROM shared_reporting WHERE a_id = ?", (article_id,))
    conn.execute("DELETE FROM shared_reporting WHERE b_id = ?", (article_id,))
    conn.execute("DELETE FROM reporting_articles WHERE article_id = ?", (article_id,))


def published_of(store: "SQLiteStore", article_ids: Iterable[str]) -> dict[str, str | None]:
    """Publication date (as stored) of each article."""
    ids = list(dict.fromkeys(article_ids))
    out: dict[str, str | None] = {}
    for i in range(0, len(ids), _CHUNK):
        part = ids[i:i + _CHUNK]
        out.update(store.conn.execute(
            f"SELECT id, published FROM articles WHERE id IN ({','.join('?' * len(part))})",
            part).fetchall())
    return out
