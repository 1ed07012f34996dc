"""Stories in SQLite: the term index, stored vectors, links and article -> story assignment.

Derived tables (rebuilt from articles and annotations when FUSION_VERSION or the story settings
change). Articles are assigned one at a time in ingest order; each reads the document
frequencies and postings of the articles before it, so the work per article is bounded (key
postings are capped, common terms are not keys) and nothing but the current article is held in
memory. A story's id is its smallest member article id.
"""

from __future__ import annotations

from array import array
from collections import Counter
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, Iterable, Iterator, Sequence

from ..fuse.stories import (FUSION_VERSION, StoryOptions, article_terms, article_vector,
                            blocking_keys, linked, similar, stories_to_join)

if TYPE_CHECKING:
    from .sqlite import SQLiteStore

_TABLES = ("story_meta", "story_terms", "story_postings", "story_vectors", "story_members",
           "story_links")
_SCHEMA = """
CREATE TABLE IF NOT EXISTS story_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
-- every term seen: its id in stored vectors and its document frequency
CREATE TABLE IF NOT EXISTS story_terms (
    id INTEGER PRIMARY KEY, term TEXT NOT NULL UNIQUE, df INTEGER NOT NULL DEFAULT 0,
    posted INTEGER NOT NULL DEFAULT 0);
-- blocking index: the latest articles (by ingest order) that have a term among their keys
CREATE TABLE IF NOT EXISTS story_postings (
    term_id INTEGER NOT NULL, seq INTEGER NOT NULL, article_id TEXT NOT NULL,
    PRIMARY KEY (term_id, seq)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS story_vectors (
    article_id TEXT PRIMARY KEY, terms BLOB NOT NULL, weights BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS story_members (
    article_id TEXT PRIMARY KEY, story_id TEXT NOT NULL, seq INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS story_members_story ON story_members (story_id);
CREATE TABLE IF NOT EXISTS story_links (
    a TEXT NOT NULL, b TEXT NOT NULL, score REAL NOT NULL, PRIMARY KEY (a, b)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS story_links_b ON story_links (b);
"""
_CHUNK = 500  # host parameters per IN (...) query


def _chunks(items: Sequence[Any]) -> Iterator[Sequence[Any]]:
    for i in range(0, len(items), _CHUNK):
        yield items[i:i + _CHUNK]


def _has_tables(store: "SQLiteStore") -> bool:
    return store.conn.execute(
        "SELECT 1 FROM sqlite_master WHERE name = 'story_members'").fetchone() is not None


def _meta(store: "SQLiteStore", key: str) -> str | None:
    row = store.conn.execute("SELECT value FROM story_meta WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def _set_meta(store: "SQLiteStore", key: str, value: object) -> None:
    store.conn.execute("INSERT OR REPLACE INTO story_meta VALUES (?, ?)", (key, str(value)))


def ensure_tables(store: "SQLiteStore", options: StoryOptions) -> bool:
    """Create the tables; drop and recreate them when built by another version or settings.

    True when stale tables were rebuilt: every article needs assigning again."""
    stamp = f"{FUSION_VERSION};{options.fingerprint()}"
    existed = _has_tables(store)
    if existed and _meta(store, "version") == stamp:
        return False
    for table in _TABLES:
        store.conn.execute(f"DROP TABLE IF EXISTS {table}")
    # statement by statement: executescript would commit a transaction the caller holds
    for statement in _SCHEMA.split(";"):
        if statement.strip():
            store.conn.execute(statement)
    _set_meta(store, "version", stamp)
    _set_meta(store, "indexed", 0)
    return existed


def _term_rows(store: "SQLiteStore", terms: Sequence[str]) -> dict[str, tuple[int, int, int]]:
    """term -> (id, df, posted), adding unseen terms with df 0."""
    store.conn.executemany("INSERT OR IGNORE INTO story_terms (term) VALUES (?)",
                           [(t,) for t in terms])
    rows: dict[str, tuple[int, int, int]] = {}
    for part in _chunks(terms):
        marks = ",".join("?" * len(part))
        for tid, term, df, posted in store.conn.execute(
                f"SELECT id, term, df, posted FROM story_terms WHERE term IN ({marks})", part):
            rows[term] = (tid, df, posted)
    return rows


def _vector_blob(vector: dict[str, float],
                 rows: dict[str, tuple[int, int, int]]) -> tuple[bytes, bytes]:
    return (array("i", (rows[t][0] for t in vector)).tobytes(),
            array("f", vector.values()).tobytes())


def _load_vectors(store: "SQLiteStore", ids: Sequence[str]) -> dict[str, dict[int, float]]:
    out: dict[str, dict[int, float]] = {}
    for part in _chunks(ids):
        marks = ",".join("?" * len(part))
        for aid, terms, weights in store.conn.execute(
                f"SELECT article_id, terms, weights FROM story_vectors WHERE article_id IN "
                f"({marks})", part):
            t, w = array("i"), array("f")
            t.frombytes(terms)
            w.frombytes(weights)
            out[aid] = dict(zip(t, w))
    return out


def _candidates(store: "SQLiteStore", key_ids: Sequence[int],
                options: StoryOptions) -> list[tuple[str, int]]:
    """(article id, shared keys) of earlier articles sharing the most keys, best first."""
    shared: Counter[str] = Counter()
    for part in _chunks(key_ids):
        marks = ",".join("?" * len(part))
        shared.update(r[0] for r in store.conn.execute(
            f"SELECT article_id FROM story_postings WHERE term_id IN ({marks})", part))
    ranked = sorted((p for p in shared.items() if p[1] >= options.min_shared_keys),
                    key=lambda p: (-p[1], p[0]))
    return ranked[:options.max_candidates]


def _join(store: "SQLiteStore", article_id: str, seq: int, others: Iterable[str]) -> None:
    """Put the article in a story with `others`: linked stories merge, the smallest id names it."""
    stories = {r[0] for o in set(others) for r in store.conn.execute(
        "SELECT story_id FROM story_members WHERE article_id = ?", (o,))}
    story = min(stories | {article_id})
    for old in stories - {story}:
        store.conn.execute("UPDATE story_members SET story_id = ? WHERE story_id = ?",
                           (story, old))
    store.conn.execute("INSERT OR REPLACE INTO story_members VALUES (?, ?, ?)",
                       (article_id, story, seq))


def _index(store: "SQLiteStore", row: Any, options: StoryOptions) -> list[tuple[str, float]]:
    """Index one article; return the earlier articles it links to, with their scores."""
    aid, seq = row["id"], row["seq"]
    terms = article_terms(row["title"], row["text"], store.get_annotations(aid), options)
    if not terms:
        return []
    indexed = int(_meta(store, "indexed") or 0) + 1
    rows = _term_rows(store, sorted(terms))
    df = {t: r[1] + 1 for t, r in rows.items()}  # this article counts
    vector = article_vector(terms, df, indexed, options)
    keys = blocking_keys(vector, df, indexed, options)
    found = _candidates(store, [rows[t][0] for t in keys], options)
    links: list[tuple[str, float]] = []
    if found:
        mine = {rows[t][0]: w for t, w in vector.items()}
        vectors = _load_vectors(store, [c for c, _ in found])
        dates = _published(store, [c for c, _ in found])
        for other, shared_keys in found:
            score = similar(mine, vectors.get(other, {}))
            if linked(score, shared_keys, dates.get(other), row["published"], options):
                links.append((other, round(score, 6)))
    store.conn.executemany("UPDATE story_terms SET df = df + 1 WHERE id = ?",
                           [(r[0],) for r in rows.values()])
    # one statement each for all the keys (each key is its own term: the order between keys
    # does not matter); a full posting list drops its oldest entry, the new one already in
    store.conn.executemany("INSERT INTO story_postings VALUES (?, ?, ?)",
                           [(rows[t][0], seq, aid) for t in keys])
    store.conn.executemany(
        "DELETE FROM story_postings WHERE term_id = ? AND seq = (SELECT MIN(seq) FROM "
        "story_postings WHERE term_id = ?)",
        [(rows[t][0], rows[t][0]) for t in keys if rows[t][2] >= options.max_postings])
    store.conn.executemany("UPDATE story_terms SET posted = posted + 1 WHERE id = ?",
                           [(rows[t][0],) for t in keys if rows[t][2] < options.max_postings])
    store.conn.execute("INSERT OR REPLACE INTO story_vectors VALUES (?, ?, ?)",
                       (aid, *_vector_blob(vector, rows)))
    _set_meta(store, "indexed", indexed)
    return links


def _published(store: "SQLiteStore", ids: Sequence[str]) -> dict[str, str | None]:
    out: dict[str, str | None] = {}
    for part in _chunks(ids):
        marks = ",".join("?" * len(part))
        out.update((r[0], r[1]) for r in store.conn.execute(
            f"SELECT id, published FROM articles WHERE id IN ({marks})", part))
    return out


def _story_ids(store: "SQLiteStore", ids: Sequence[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for part in _chunks(ids):
        marks = ",".join("?" * len(part))
        out.update((r[0], r[1]) for r in store.conn.execute(
            f"SELECT article_id, story_id FROM story_members WHERE article_id IN ({marks})",
            part))
    return out


def _assign_one(store: "SQLiteStore", row: Any, options: StoryOptions) -> None:
    aid = row["id"]
    root = store.root_of(aid) if row["duplicate_of"] else aid
    if root != aid and store.conn.execute("SELECT 1 FROM story_members WHERE article_id = ?",
                                          (root,)).fetchone():
        # a near copy tells its original's story; indexing it would only inflate frequencies
        links = [(root, 1.0)]
    else:
        links = _index(store, row, options)
        story = _story_ids(store, [other for other, _ in links])
        best: dict[str, float] = {}
        for other, score in links:
            best[story[other]] = max(best.get(story[other], 0.0), score)
        joined = set(stories_to_join(best, options))
        links = [(other, score) for other, score in links if story[other] in joined]
    store.conn.executemany("INSERT OR REPLACE INTO story_links VALUES (?, ?, ?)",
                           [(other, aid, score) for other, score in links])
    _join(store, aid, row["seq"], (other for other, _ in links))


def _pending(store: "SQLiteStore", article_ids: Iterable[str] | None,
             batch: int) -> Iterator[list[str]]:
    """Unassigned articles in ingest order, `batch` at a time: all of them when ids is None,
    else up to the last of `article_ids`, so that a link is never decided before an earlier
    article is indexed (the result is always that of one batch in ingest order)."""
    last_seq = None
    if article_ids is not None:
        for part in _chunks(list(dict.fromkeys(article_ids))):
            marks = ",".join("?" * len(part))
            top = store.conn.execute(
                f"SELECT MAX(seq) FROM articles WHERE id IN ({marks})", part).fetchone()[0]
            if top is not None and (last_seq is None or top > last_seq):
                last_seq = top
        if last_seq is None:
            return
    # the difference of two id indexes, not a pass over the articles: this runs per batch
    rows = store.conn.execute(
        "SELECT a.id, a.seq FROM (SELECT id FROM articles EXCEPT SELECT article_id FROM "
        "story_members) u JOIN articles a ON a.id = u.id WHERE a.seq <= ? ORDER BY a.seq",
        (last_seq if last_seq is not None else 1 << 62,)).fetchall()
    for start in range(0, len(rows), batch):
        yield [r[0] for r in rows[start:start + batch]]


def assign_stories(store: "SQLiteStore", article_ids: Iterable[str] | None = None,
                   options: StoryOptions | None = None, batch: int = 64) -> int:
    """Assign articles not yet in a story, in ingest order: `article_ids` and every unassigned
    article ingested before the last of them; None: every article. Returns the count.

    After a rebuild (new tables, other version or settings) every article is assigned. Each
    batch commits on its own, unless the caller already holds a transaction."""
    options = options or StoryOptions()
    done = 0
    with _transaction(store):
        if ensure_tables(store, options):
            article_ids = None
    for ids in _pending(store, article_ids, batch):
        with _transaction(store):
            for aid in ids:
                row = store.conn.execute(
                    "SELECT id, seq, title, text, published, duplicate_of FROM articles "
                    "WHERE id = ?", (aid,)).fetchone()
                _assign_one(store, row, options)
                done += 1
    return done


@contextmanager
def _transaction(store: "SQLiteStore") -> Iterator[None]:
    if store.conn.in_transaction:
        yield
    else:
        with store.transaction():
            yield
