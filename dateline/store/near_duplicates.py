"""SQLiteStore's near-duplicate index: MinHash signatures and their LSH buckets (a mixin)."""

from __future__ import annotations

import sqlite3
from typing import Iterable


class NearDuplicateIndex:
    """MinHash signatures filed under LSH buckets, to find near copies again."""

    conn: sqlite3.Connection

    def add_minhash(self, article_id: str, signature: bytes, buckets: Iterable[str],
                    index: bool = True) -> None:
        """Store a signature; with `index`, file it under its LSH buckets to be found again."""
        self.conn.execute("INSERT OR REPLACE INTO minhash VALUES (?, ?)", (article_id, signature))
        if index:
            self.conn.executemany(
                "INSERT INTO lsh_bands (band, bucket, article_id) VALUES (?, ?, ?)",
                [(i, bucket, article_id) for i, bucket in enumerate(buckets)])

    def group_size(self, root_id: str, limit: int) -> int:
        """How many near copies point to `root_id`, counted up to `limit`."""
        return int(self.conn.execute(
            "SELECT COUNT(*) FROM (SELECT 1 FROM articles WHERE duplicate_of = ? LIMIT ?)",
            (root_id, limit)).fetchone()[0])

    def signature(self, article_id: str) -> bytes | None:
        row = self.conn.execute("SELECT signature FROM minhash WHERE article_id = ?",
                                (article_id,)).fetchone()
        return bytes(row[0]) if row else None

    def lsh_candidates(self, buckets: list[str]) -> list[tuple[str, bytes]]:
        ids: list[str] = []
        for band, bucket in enumerate(buckets):
            ids.extend(r[0] for r in self.conn.execute(
                "SELECT article_id FROM lsh_bands WHERE band = ? AND bucket = ?", (band, bucket)))
        unique = list(dict.fromkeys(ids))
        return [(aid, bytes(sig)) for aid in unique for (sig,) in self.conn.execute(
            "SELECT signature FROM minhash WHERE article_id = ?", (aid,))]
