"""Reading stories back: an article's story, a story's articles, and the list of stories."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..fuse.stories import central
from .stories import _has_tables

if TYPE_CHECKING:
    from .sqlite import SQLiteStore


def story_of(store: "SQLiteStore", article_id: str) -> str | None:
    """The story an article is in; None when it has not been assigned."""
    if not _has_tables(store):
        return None
    row = store.conn.execute("SELECT story_id FROM story_members WHERE article_id = ?",
                             (article_id,)).fetchone()
    return row[0] if row else None


def articles_of(store: "SQLiteStore", story_id: str) -> list[str]:
    """A story's article ids in ingest order."""
    if not _has_tables(store):
        return []
    return [r[0] for r in store.conn.execute(
        "SELECT article_id FROM story_members WHERE story_id = ? ORDER BY seq", (story_id,))]


def _title(store: "SQLiteStore", story_id: str) -> str | None:
    members = store.conn.execute(
        "SELECT m.article_id, a.title, m.seq FROM story_members m JOIN articles a ON "
        "a.id = m.article_id WHERE m.story_id = ? ORDER BY m.seq", (story_id,)).fetchall()
    scores = central(store.conn.execute(
        "SELECT l.a, l.b, l.score FROM story_links l JOIN story_members m ON m.article_id = l.b "
        "WHERE m.story_id = ?", (story_id,)))
    titled = [(-scores.get(aid, 0.0), seq, title) for aid, title, seq in members if title]
    return min(titled)[2] if titled else None


def list_stories(store: "SQLiteStore") -> list[dict[str, Any]]:
    """Every story, largest first: id, the most central article's title, size, first/last date."""
    if not _has_tables(store):
        return []
    rows = store.conn.execute(
        "SELECT m.story_id, COUNT(*), MIN(a.published), MAX(a.published) FROM story_members m "
        "JOIN articles a ON a.id = m.article_id GROUP BY m.story_id "
        "ORDER BY COUNT(*) DESC, m.story_id").fetchall()
    return [{"story_id": sid, "title": _title(store, sid), "articles": n, "first": first,
             "last": last} for sid, n, first, last in rows]


def story_assignment(store: "SQLiteStore") -> dict[str, str]:
    """article id -> story id for every assigned article (for evaluation and tests)."""
    if not _has_tables(store):
        return {}
    return {r[0]: r[1] for r in store.conn.execute(
        "SELECT article_id, story_id FROM story_members")}
