"""Input readers: files, directories, dumps and feeds to RawDocument units (or Rejections).

    from dateline.ingest import iter_documents
    for unit in iter_documents(["inbox/"], options): ...

Every unit that cannot become a document is yielded as a Rejection with a code from
dateline.errors; the walk always goes on to the next unit and the next file.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..config import Options
from ..errors import InputError
from ..model import RawDocument, Rejection
from .decode import decode_bytes, detect_encoding, message
from .sniff import HEAD_BYTES, choose_format, unsupported

__all__ = ["iter_documents", "iter_files", "read_file"]

Unit = RawDocument | Rejection

# Files that operating systems and editors leave in folders; never articles.
JUNK_NAMES = frozenset({"Thumbs.db", "desktop.ini", "Desktop.ini", "Icon\r"})


def _skipped(name: str) -> bool:
    return name.startswith((".", "~$")) or name.endswith("~") or name in JUNK_NAMES


def iter_files(path: Path, _seen: set[str] | None = None) -> Iterator[Path]:
    """`path` itself if not a folder, else every entry under it that is not a folder,
    recursively, in sorted name order. Never raises: an entry that cannot be examined (a
    symlink loop, a dangling link, no permission) is yielded all the same, and `read_file`
    turns it into one rejection naming the reason."""
    if not path.is_dir():
        yield path
        return
    seen = set() if _seen is None else _seen
    real = os.path.realpath(path)
    if real in seen:  # a link back to a folder being walked: its files are read once already
        return
    seen.add(real)
    try:
        with os.scandir(path) as listing:
            entries = sorted(listing, key=lambda entry: entry.name)
    except OSError:
        yield path  # an unreadable folder: read_file reports why
        return
    for entry in entries:
        if _skipped(entry.name):
            continue
        child = Path(entry.path)
        try:
            is_dir = entry.is_dir()
        except OSError:  # e.g. ELOOP: a link that points to itself, directly or not
            is_dir = False
        if is_dir:
            yield from iter_files(child, seen)
        else:
            yield child


def _read_units(path: Path, source_path: str, options: Options) -> Iterator[Unit]:
    from .csvdump import read_csv
    from .feed import read_feed
    from .html import read_html
    from .jsonl import read_json_document, read_jsonl
    from .text import read_text

    if path.is_dir():
        os.scandir(path).close()  # raises the reason the walk could not list it
        raise IsADirectoryError(errno.EISDIR, "a folder that could not be walked")
    status = path.stat()  # raises for a symlink loop or a dangling link
    if not stat.S_ISREG(status.st_mode):
        # a FIFO, socket or device: reading it could block forever or never end
        yield Rejection(source_path, "E008", message("E008", detail="not a regular file"))
        return
    size = status.st_size
    if size > options.max_bytes:
        yield Rejection(source_path, "E004", message("E004", size=size, limit=options.max_bytes))
        return
    with path.open("rb") as handle:
        head = handle.read(HEAD_BYTES)
    if not head.strip():
        yield Rejection(source_path, "E001", message("E001"))
        return
    kind = unsupported(head)
    if kind:
        yield Rejection(source_path, "E008", message("E008", detail=kind))
        return
    fmt = choose_format(path, head)
    if fmt == "feed":
        yield from read_feed(source_path, path.read_bytes())
        return
    column_map = dict(options.column_map)
    if fmt in ("jsonl", "csv", "tsv"):
        # streamed: only one line or row is held at a time
        encoding = detect_encoding(head)
        with path.open("r", encoding=encoding, newline="" if fmt != "jsonl" else None) as stream:
            if fmt == "jsonl":
                yield from read_jsonl(source_path, stream, column_map)
            else:
                yield from read_csv(source_path, stream, column_map, tab=fmt == "tsv")
        return
    text = decode_bytes(path.read_bytes())
    if fmt == "json":
        yield from read_json_document(source_path, text, column_map)
    elif fmt == "html":
        yield from read_html(source_path, text, options.reference_day())
    else:
        yield from read_text(source_path, text)


def read_file(path: str | Path, options: Options) -> Iterator[Unit]:
    """The units of one file; any failure becomes a Rejection, never an exception."""
    path = Path(path)
    source_path = str(path)
    try:
        yield from _read_units(path, source_path, options)
    except InputError as err:
        yield Rejection(source_path, err.code, err.message, err.locator)
    except UnicodeDecodeError:
        yield Rejection(source_path, "E003", message("E003"))
    except OSError as err:
        detail = err.strerror or str(err)
        yield Rejection(source_path, "E013", message("E013", path=source_path, detail=detail))
    except Exception as err:  # noqa: BLE001 - a reader bug must not stop the batch
        detail = f"{type(err).__name__}: {err}"
        yield Rejection(source_path, "E013", message("E013", path=source_path, detail=detail))


def iter_documents(paths: Iterable[str | Path], options: Options) -> Iterator[Unit]:
    """RawDocuments and Rejections for every unit in `paths` (files or directories), lazily."""
    for given in paths:
        root = Path(given)
        if not root.exists():
            yield Rejection(str(root), "E013",
                            message("E013", path=str(root), detail="no such file or directory"))
            continue
        for path in iter_files(root):
            yield from read_file(path, options)
