"""Plain-text files: the decoded contents, untouched apart from newlines."""

from __future__ import annotations

from collections.abc import Iterator

from ..dedup.fingerprint import raw_hash
from ..model import RawDocument, Rejection
from .decode import message


def read_text(source_path: str, text: str) -> Iterator[RawDocument | Rejection]:
    """One RawDocument holding the whole decoded file, or Rejection E001 when it is blank."""
    if not text.strip():
        yield Rejection(source_path, "E001", message("E001"))
        return
    yield RawDocument(source_path=source_path, format="text", raw=text, text=text, meta={},
                      raw_hash=raw_hash(text))
