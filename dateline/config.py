"""One options object: defaults, then a user file (TOML), then command-line overrides.

SETTINGS is the single table of (name, default, help) that drives validation and docs.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
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
    ("batch_size", 64, "input units per ingest transaction, and articles per annotation "
     "and fusion transaction"),
    ("timeline_every", 5000, "during an ingest, articles fused between rebuilds of the "
     "timeline entries they changed (and one at its end): a cluster that grew in between is "
     "rebuilt once"),
    ("column_map", {}, "explicit FIELD=COLUMN map for JSONL/CSV dumps (--map)"),
    ("annotate", True, "annotate articles during ingest"),
    ("dask", None, "run reading, cleaning and annotation on a dask.distributed cluster: the "
     "scheduler's address (tcp://host:8786), or 'local' to start one on this machine; "
     "none: this machine's process pool"),
    ("today", "", "the date taken as today (YYYY-MM-DD) when publication dates in the future are "
     "refused; empty: the clock"),
)


@dataclass(frozen=True)
class Options:
    db: str = "dateline.db"
    max_bytes: int = 50_000_000
    near_duplicate_threshold: float = 0.8
    minhash_permutations: int = 128
    workers: int = 2
    batch_size: int = 64
    timeline_every: int = 5000
    column_map: Mapping[str, str] = field(default_factory=dict)
    annotate: bool = True
    dask: str | None = None
    today: str = ""

    def reference_day(self) -> dt.date | None:
        """The day taken as today when dates in the future are refused; None: the clock."""
        return dt.date.fromisoformat(self.today) if self.today else None

    def replace(self, **changes: Any) -> "Options":
        known = {f.name for f in dataclasses.fields(self)}
        return dataclasses.replace(self, **{k: v for k, v in changes.items()
                                            if k in known and v is not None})


def build_options(config_file: str | Path | None = None, **overrides: Any) -> Options:
    """Defaults, then `config_file` ([dateline] table of a TOML file), then overrides.

    Raises ConfigError (E014 unknown setting, E015 bad value, E016 unreadable file): a setting
    that is silently ignored is a setting the user believes is in force.
    """
    options = Options()
    path = Path(config_file) if config_file else Path("dateline.toml")
    if config_file or path.is_file():
        options = options.replace(**read_settings(path))
    return options.replace(**overrides)


def read_settings(path: Path) -> dict[str, Any]:
    """The settings of a TOML file (its [dateline] table, or its top level), checked."""
    from .errors import ConfigError

    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        detail = getattr(error, "strerror", None) or str(error)
        raise ConfigError.make("E016", path=str(path), detail=detail) from None
    table = data.get("dateline", data)
    if not isinstance(table, dict):
        raise ConfigError.make("E015", path=str(path), key="dateline", expected="a table",
                               value=table)
    known = {name: default for name, default, _ in SETTINGS}
    # beside a [dateline] table, other top-level keys are as unknown as those inside it
    outside = [key for key in data if key != "dateline"] if "dateline" in data else []
    unknown = outside + [key for key in table if key not in known]
    if unknown:
        raise ConfigError.make("E014", path=str(path), key=unknown[0], known=", ".join(known))
    for key, value in table.items():
        if not _has_type(value, known[key]) or key == "today" and not _is_day(value):
            expected = "YYYY-MM-DD" if key == "today" else _expected_type(known[key])
            raise ConfigError.make("E015", path=str(path), key=key, expected=expected,
                                   value=value)
    return table


def _is_day(value: str) -> bool:
    try:
        return not value or bool(dt.date.fromisoformat(value))
    except ValueError:
        return False


def _expected_type(default: Any) -> str:
    if isinstance(default, bool):
        return "true or false"
    if isinstance(default, (int, float)):
        return "a number"
    if isinstance(default, dict):
        return "a table of FIELD = COLUMN"
    return "a string"


def _has_type(value: Any, default: Any) -> bool:
    if isinstance(default, bool):
        return isinstance(value, bool)
    if isinstance(default, int):
        return isinstance(value, int) and not isinstance(value, bool)
    if isinstance(default, float):
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if isinstance(default, dict):
        return isinstance(value, dict) and all(isinstance(v, str) for v in value.values())
    return isinstance(value, str)


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
