"""The seed gold file and the seed articles, read the same way by every seed evaluation."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any, Iterator, Mapping

from ..errors import EvalError


def load_gold(gold_path: Path, stage: str) -> dict[str, Any]:
    """The parsed gold file; E030 (naming `stage`) when there is no such file."""
    if not gold_path.is_file():
        raise EvalError.make("E030", path=str(gold_path), stage=stage)
    gold: dict[str, Any] = json.loads(gold_path.read_text("utf-8"))
    return gold


def published_date(meta: Mapping[str, Any]) -> dt.date | None:
    """A seed's date: its gold "published", else "published_inferred"; None without either."""
    raw = meta.get("published") or meta.get("published_inferred")
    return dt.date.fromisoformat(raw[:10]) if raw else None


def seed_articles(seeds_dir: Path, documents: Mapping[str, Any]
                  ) -> Iterator[tuple[str, str, dt.date | None]]:
    """(doc_id, text, published) of each gold document whose text is in `seeds_dir`, in gold
    order; a document without its text file is skipped."""
    for doc_id, meta in documents.items():
        path = seeds_dir / f"{doc_id}.txt"
        if path.is_file():
            yield doc_id, path.read_text("utf-8"), published_date(meta)
