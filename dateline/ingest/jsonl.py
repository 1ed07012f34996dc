"""JSON dumps: JSON lines read one line at a time, and JSON documents (a list or objects)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from ..dedup.fingerprint import raw_hash
from ..model import RawDocument, Rejection
from .decode import message
from .fields import map_record


# what json and our field mapping say about a record nested deeper than Python's stack allows
TOO_DEEP = "nested too deeply to read"


def record_to_document(source_path: str, raw: str, record: Any, locator: str,
                       column_map: Mapping[str, str], fmt: str) -> RawDocument | Rejection:
    """One dump record (already parsed) to a RawDocument, or a Rejection E005/E006."""
    if not isinstance(record, Mapping):
        detail = f"expected an object, found {type(record).__name__}"
        return Rejection(source_path, "E005", message("E005", detail=detail), locator)
    try:
        text, meta = map_record(record, column_map)
    except RecursionError:
        return Rejection(source_path, "E005", message("E005", detail=TOO_DEEP), locator)
    if not text.strip():
        columns = ", ".join(str(key) for key in record) or "none"
        detail = f"no non-empty text column (columns: {columns}; name one with --map text=COLUMN)"
        return Rejection(source_path, "E006", message("E006", detail=detail), locator)
    return RawDocument(source_path=source_path, format=fmt, raw=raw, text=text,
                       locator=locator, meta=meta, raw_hash=raw_hash(raw))


def read_jsonl(source_path: str, lines: Iterable[str],
               column_map: Mapping[str, str]) -> Iterator[RawDocument | Rejection]:
    """One unit per non-blank line, locator "line N"; a bad line is rejected, the rest go on."""
    empty = True
    for number, line in enumerate(lines, start=1):
        line = line.rstrip("\r\n")
        if number == 1:
            line = line.lstrip("\ufeff")
        if not line.strip():
            continue
        empty = False
        locator = f"line {number}"
        try:
            record = json.loads(line)
        except (ValueError, RecursionError) as err:
            detail = TOO_DEEP if isinstance(err, RecursionError) else str(err)
            yield Rejection(source_path, "E005", message("E005", detail=detail), locator)
            continue
        yield record_to_document(source_path, line, record, locator, column_map, "jsonl")
    if empty:
        yield Rejection(source_path, "E001", message("E001"))


def read_json_document(source_path: str, text: str,
                       column_map: Mapping[str, str]) -> Iterator[RawDocument | Rejection]:
    """A list of objects (locator "entry N") or concatenated objects, decoded one at a time."""
    decoder = json.JSONDecoder()
    position = _skip_space(text, 0)
    if position == len(text):
        yield Rejection(source_path, "E001", message("E001"))
        return
    in_list = text[position] == "["
    if in_list:
        position = _skip_space(text, position + 1)
    number = 0  # units given so far: entry numbers run on across lists and wrappers
    while position < len(text):
        if in_list and text[position] == "]":
            # whatever follows the list is read as more values, never dropped unseen
            in_list = False
            position = _skip_space(text, position + 1)
            continue
        locator = f"entry {number + 1}"
        try:
            record, end = decoder.raw_decode(text, position)
        except (ValueError, RecursionError) as err:
            # the rest of the document cannot be delimited reliably: stop here
            detail = TOO_DEEP if isinstance(err, RecursionError) else str(err)
            yield Rejection(source_path, "E005", message("E005", detail=detail), locator)
            return
        raw = text[position:end]
        try:
            nested = _wrapped_list(record, column_map)
        except RecursionError:
            nested = None  # record_to_document rejects it as too deep
        if nested is not None:
            # an API response such as {"status": "ok", "articles": [...]}
            for item in nested:
                number += 1
                item_raw = json.dumps(item, ensure_ascii=False)
                yield record_to_document(source_path, item_raw, item, f"entry {number}",
                                         column_map, "jsonl")
        else:
            number += 1
            yield record_to_document(source_path, raw, record, locator, column_map, "jsonl")
        position = _skip_space(text, end)
        if in_list and position < len(text) and text[position] == ",":
            position = _skip_space(text, position + 1)
    if number == 0:  # "[]": a file that gives nothing is said so, not passed over in silence
        yield Rejection(source_path, "E001", message("E001"))


def _wrapped_list(record: Any, column_map: Mapping[str, str]) -> list[Any] | None:
    """The list of article objects inside a wrapper object that has no text of its own."""
    if not isinstance(record, Mapping) or map_record(record, column_map)[0].strip():
        return None
    lists = [value for value in record.values()
             if isinstance(value, list) and value and all(isinstance(v, Mapping) for v in value)]
    return lists[0] if len(lists) == 1 else None


def _skip_space(text: str, position: int) -> int:
    while position < len(text) and text[position] in " \t\n\r":
        position += 1
    return position
