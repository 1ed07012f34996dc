"""SQLiteStore's annotation rows and the entity index they feed (a mixin of SQLiteStore)."""

from __future__ import annotations

import json
import sqlite3
from typing import Any, Iterable, Mapping

from ..model import Annotations

ANNOTATIONS_VERSION = 1


class AnnotationRows:
    """Per-article annotations, the entities they name, and entity merges."""

    conn: sqlite3.Connection

    def ids_without_annotations(self) -> list[str]:
        """Articles to annotate, in ingest order; those that failed annotation are skipped."""
        return [r[0] for r in self.conn.execute(
            "SELECT a.id FROM articles a LEFT JOIN annotations n ON n.article_id = a.id "
            "WHERE (n.article_id IS NULL OR n.version < ?) AND NOT EXISTS (SELECT 1 FROM "
            "quarantine q WHERE q.code = 'E050' AND q.locator = 'article ' || a.id) "
            "ORDER BY a.seq", (ANNOTATIONS_VERSION,))]

    def has_current_annotations(self, article_id: str) -> bool:
        return self.conn.execute(
            "SELECT 1 FROM annotations WHERE article_id = ? AND version >= ?",
            (article_id, ANNOTATIONS_VERSION)).fetchone() is not None

    def save_annotations(self, article_id: str, annotations: Annotations,
                         keys: Mapping[str, Iterable[str]] | None = None) -> None:
        self.conn.execute(
            "INSERT OR REPLACE INTO annotations (article_id, version, data) VALUES (?, ?, ?)",
            (article_id, ANNOTATIONS_VERSION,
             json.dumps(annotations.to_dict(), ensure_ascii=False)))
        self.conn.executemany(  # row by row, in order: a later mention counts on an earlier
            "INSERT INTO entities (entity_id, canonical, type, mentions) VALUES (?, ?, ?, 1) "
            "ON CONFLICT (entity_id) DO UPDATE SET mentions = mentions + 1",
            [(m.entity_id, m.canonical, m.type) for m in annotations.entities])
        for entity_id, entity_keys in (keys or {}).items():
            self.conn.executemany("INSERT OR IGNORE INTO entity_keys VALUES (?, ?)",
                                  [(key, entity_id) for key in entity_keys])

    def get_annotations(self, article_id: str) -> Annotations | None:
        row = self.conn.execute("SELECT data FROM annotations WHERE article_id = ?",
                                (article_id,)).fetchone()
        return Annotations.from_dict(json.loads(row[0])) if row else None

    def merge_entity(self, old_id: str, new_id: str) -> None:
        """Fold entity `old_id` into `new_id`; annotations naming the old id resolve via aliases."""
        row = self.conn.execute("SELECT mentions FROM entities WHERE entity_id = ?",
                                (old_id,)).fetchone()
        if row is None or old_id == new_id:
            return
        self.conn.execute("UPDATE entities SET mentions = mentions + ? WHERE entity_id = ?",
                          (row[0], new_id))
        self.conn.execute("DELETE FROM entities WHERE entity_id = ?", (old_id,))
        self.conn.execute("UPDATE entity_aliases SET entity_id = ? WHERE entity_id = ?",
                          (new_id, old_id))
        self.conn.execute("INSERT OR REPLACE INTO entity_aliases VALUES (?, ?)", (old_id, new_id))

    def entity_of(self, entity_id: str) -> str:
        """The entity an id stands for now, after merges."""
        row = self.conn.execute("SELECT entity_id FROM entity_aliases WHERE alias_id = ?",
                                (entity_id,)).fetchone()
        return row[0] if row else entity_id

    def entities_with_keys(self, keys: Iterable[str],
                           per_key: int = 200) -> list[dict[str, Any]]:
        """Known entities filed under any of `keys` (after merges), the `per_key` most
        mentioned under each: a common surname prefix must not make every lookup scan the
        store's thousands of namesakes."""
        rows: dict[str, dict[str, Any]] = {}
        for key in sorted(set(keys)):
            for row in self.conn.execute(
                    "SELECT e.entity_id, e.canonical, e.type, e.mentions FROM entity_keys k "
                    "JOIN entities e ON e.entity_id = COALESCE((SELECT a.entity_id FROM "
                    "entity_aliases a WHERE a.alias_id = k.entity_id), k.entity_id) "
                    "WHERE k.key = ? ORDER BY e.mentions DESC LIMIT ?", (key, per_key)):
                rows[row["entity_id"]] = dict(row)
        return sorted(rows.values(), key=lambda r: -r["mentions"])

    def known_entities(self) -> list[dict[str, Any]]:
        return [dict(r) for r in self.conn.execute(
            "SELECT entity_id, canonical, type, mentions FROM entities ORDER BY mentions DESC")]
