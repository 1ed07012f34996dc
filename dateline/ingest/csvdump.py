"""CSV and TSV dumps, read row by row; named csvdump so that `import csv` still means the stdlib."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterator, Mapping
from typing import TextIO

from ..dedup.fingerprint import raw_hash
from ..model import RawDocument, Rejection
from .decode import message, normalize_newlines
from .fields import map_record

SNIFF_CHARS = 64 * 1024
DELIMITERS = ",\t;|"
# after this many malformed rows in a row the file is taken to be something else
MAX_CONSECUTIVE_ERRORS = 20


def _allow_large_fields() -> None:
    # article bodies easily pass the stdlib's 128 KB field limit
    limit = min(sys.maxsize, 2**31 - 1)
    if csv.field_size_limit() < limit:
        csv.field_size_limit(limit)


def _dialect(sample: str, tab: bool) -> type[csv.Dialect] | csv.Dialect:
    if tab:
        return csv.excel_tab
    try:
        sniffed = csv.Sniffer().sniff(sample, delimiters=DELIMITERS)
        # trust the sniffer for the delimiter only: it often misjudges doubled quotes ("")
        return _excel_with(sniffed.delimiter)
    except csv.Error:
        header = sample.split("\n", 1)[0]
        counts = {delimiter: header.count(delimiter) for delimiter in DELIMITERS}
        best = max(counts, key=lambda d: counts[d])
        return csv.excel_tab if best == "\t" and counts[best] else csv.excel


def _excel_with(delimiter: str) -> type[csv.Dialect]:
    return type("Sniffed", (csv.excel,), {"delimiter": delimiter})


def read_csv(source_path: str, stream: TextIO, column_map: Mapping[str, str],
             tab: bool = False) -> Iterator[RawDocument | Rejection]:
    """One unit per data row, locator "row N" (1-based, header not counted)."""
    _allow_large_fields()
    sample = stream.read(SNIFF_CHARS)
    stream.seek(0)
    if not sample.strip():
        yield Rejection(source_path, "E001", message("E001"))
        return
    reader = csv.reader(stream, _dialect(sample, tab))
    try:
        header = [cell.lstrip("\ufeff").strip() for cell in next(reader)]
    except (csv.Error, StopIteration) as err:
        yield Rejection(source_path, "E010", message("E010", detail=f"header: {err}"))
        return
    number = 0
    errors = 0
    while True:
        number += 1
        locator = f"row {number}"
        try:
            row = next(reader)
        except StopIteration:
            break
        except UnicodeDecodeError:
            yield Rejection(source_path, "E003", message("E003"), locator)
            return
        except csv.Error as err:
            errors += 1
            yield Rejection(source_path, "E010", message("E010", detail=str(err)), locator)
            if errors >= MAX_CONSECUTIVE_ERRORS:
                return
            continue
        errors = 0
        if not any(cell.strip() for cell in row):
            number -= 1  # blank lines are not rows
            continue
        if len(row) > len(header):
            detail = f"{len(row)} fields where the header has {len(header)}"
            yield Rejection(source_path, "E010", message("E010", detail=detail), locator)
            continue
        record = dict(zip(header, (normalize_newlines(cell) for cell in row)))
        raw = json.dumps(record, ensure_ascii=False)
        text, meta = map_record(record, column_map)
        if not text.strip():
            detail = f"the text column is empty (columns: {', '.join(header)})"
            yield Rejection(source_path, "E006", message("E006", detail=detail), locator)
            continue
        yield RawDocument(source_path=source_path, format="csv", raw=raw,
                          text=text, locator=locator, meta=meta, raw_hash=raw_hash(raw))
    if number == 1:
        yield Rejection(source_path, "E006", message("E006", detail="the file has no data rows"))
