"""Results of the expensive lists (per-day counts, figure series, places), kept per store
connection and dropped as soon as the store changes."""

from __future__ import annotations

from collections import OrderedDict
from typing import TYPE_CHECKING, Any, Callable, Hashable

if TYPE_CHECKING:
    from ..store.sqlite import SQLiteStore


class ResultCache:
    """A small LRU keyed by request; its version is the store's: `PRAGMA data_version` moves
    when another connection commits, `total_changes` when this one writes."""

    def __init__(self, size: int = 128) -> None:
        self.size = size
        self.version: tuple[int, int] | None = None
        self.items: OrderedDict[Hashable, Any] = OrderedDict()

    def get(self, store: "SQLiteStore", key: Hashable, compute: Callable[[], Any]) -> Any:
        version = (int(store.conn.execute("PRAGMA data_version").fetchone()[0]),
                   store.conn.total_changes)
        if version != self.version:
            self.items.clear()
            self.version = version
        if key in self.items:
            self.items.move_to_end(key)
            return self.items[key]
        value = compute()
        self.items[key] = value
        if len(self.items) > self.size:
            self.items.popitem(last=False)
        return value
