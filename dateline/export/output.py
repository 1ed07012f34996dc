"""Where exports write, and the cell rules every CSV output shares.

A file is written beside its destination under a temporary name and renamed into place when
complete, so an interrupted export never leaves a half file where a good one was; `-` writes
to standard output.
"""

from __future__ import annotations

import contextlib
import csv
import os
import sys
from pathlib import Path
from typing import IO, Any, Iterable, Iterator, Mapping, Sequence

from ..errors import DatelineError

# OWASP's formula-injection characters: a spreadsheet reads a cell starting with one as a formula
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
LIST_SEPARATOR = "; "


class ExportError(DatelineError):
    """An export that cannot be written as asked (a usage error)."""


def error(code: str, path: str | None, message: str, hint: str | None = None) -> ExportError:
    return ExportError(code, message, path=path, hint=hint)


def cannot_write(path: str | os.PathLike[str], detail: object) -> ExportError:
    return error("E061", str(path), f"Cannot write the export: {detail}.",
                 "Check that the folder exists and is writable, or pass another -o path.")


@contextlib.contextmanager
def text_output(path: str | os.PathLike[str]) -> Iterator[IO[str]]:
    """A UTF-8 text stream to `path` (newline="" for the csv module), or stdout for "-"."""
    if str(path) == "-":
        yield sys.stdout
        sys.stdout.flush()
        return
    target = Path(path)
    if target.is_dir():
        raise error("E062", str(path), "This export writes one file, and the path is a folder.",
                    "Pass a file name to -o.")
    with atomic_path(target) as tmp, open(tmp, "w", encoding="utf-8", newline="") as handle:
        yield handle


@contextlib.contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """A temporary path beside `target`, renamed onto it when the block completes."""
    tmp = target.with_name(f".{target.name}.tmp{os.getpid()}")
    try:
        tmp.touch()
    except OSError as problem:
        raise cannot_write(target, problem.strerror or problem) from None
    try:
        yield tmp
        os.replace(tmp, target)
    except OSError as problem:
        raise cannot_write(target, problem.strerror or problem) from None
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()


def cell(value: Any) -> Any:
    """A CSV cell: lists joined with "; ", None empty, text safe from formula injection (a
    leading = + - @ tab or CR gets a single quote in front) and free of NUL characters."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple)):
        value = LIST_SEPARATOR.join(str(v) for v in value if v is not None)
    if isinstance(value, str):
        value = value.replace("\x00", "")
        if value.startswith(FORMULA_START):
            return "'" + value
    return value


def csv_rows(handle: IO[str], columns: Sequence[str],
             rows: Iterable[dict[str, Any]]) -> int:
    """Write a header and `rows` (dicts by column name) as RFC 4180 CSV; the rows written."""
    writer = csv.writer(handle, lineterminator="\r\n")
    writer.writerow(columns)
    count = 0
    for row in rows:
        writer.writerow([cell(row.get(c)) for c in columns])
        count += 1
    return count


def evidence(spans: Iterable[Mapping[str, Any]]) -> str:
    """Evidence spans as "article_id:start-end" joined with "; "."""
    return LIST_SEPARATOR.join(f"{s['article_id']}:{s['start']}-{s['end']}" for s in spans)


def distinct(values: Iterable[Any]) -> list[Any]:
    return [v for v in dict.fromkeys(values) if v not in (None, "")]
