"""One options object: defaults, then a user file (TOML), then command-line overrides.

SETTINGS is the single table of (name, default, help) that drives validation and docs.
"""

from __future__ import annotations

import dataclasses
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping

SETTINGS: tuple[tuple[str, Any, str], ...] = (
    ("db", "dateline.db", "SQLite database file"),
    ("max_bytes", 50_000_000, "inputs larger than this many bytes are rejected"),
    ("near_duplicate_threshold", 0.8, "estimated Jaccard similarity of word 5-shingles above "
     "which an article is recorded as a near duplicate of an earlier one"),
    ("minhash_permutations", 128, "MinHash permutations for near-duplicate detection"),
    ("workers", 2, "worker processes for per-article annotation"),
    ("batch_size", 64, "articles per transaction and per worker batch"),
    ("column_map", {}, "explicit FIELD=COLUMN map for JSONL/CSV dumps (--map)"),
    ("annotate", True, "annotate articles during ingest"),
)


@dataclass(frozen=True)
class Options:
    db: str = "dateline.db"
    max_bytes: int = 50_000_000
    near_duplicate_threshold: float = 0.8
    minhash_permutations: int = 128
    workers: int = 2
    batch_size: int = 64
    column_map: Mapping[str, str] = field(default_factory=dict)
    annotate: bool = True

    def replace(self, **changes: Any) -> "Options":
        known = {f.name for f in dataclasses.fields(self)}
        return dataclasses.replace(self, **{k: v for k, v in changes.items()
                                            if k in known and v is not None})


def build_options(config_file: str | Path | None = None, **overrides: Any) -> Options:
    """Defaults, then `config_file` ([dateline] table of a TOML file), then overrides."""
    options = Options()
    path = Path(config_file) if config_file else Path("dateline.toml")
    if path.is_file():
        with path.open("rb") as handle:
            data = tomllib.load(handle)
        options = options.replace(**data.get("dateline", data))
    return options.replace(**overrides)


def parse_column_map(value: str | None) -> dict[str, str]:
    """`text=Body,date=Date` -> {"text": "Body", "date": "Date"}."""
    from .errors import InputError

    if not value:
        return {}
    mapping: dict[str, str] = {}
    for pair in value.split(","):
        name, sep, column = pair.partition("=")
        if not sep or not name.strip() or not column.strip():
            raise InputError.make("E012", value=value)
        mapping[name.strip().lower()] = column.strip()
    return mapping
