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
Dialect = type[csv.Dialect]


def _allow_large_fields() -> None:
    # article bodies easily pass the stdlib's 128 KB field limit
    limit = min(sys.maxsize, 2**31 - 1)
    if csv.field_size_limit() < limit:
        csv.field_size_limit(limit)


def _dialect(sample: str, tab: bool) -> Dialect:
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


def _excel_with(delimiter: str) -> Dialect:
    return type("Sniffed", (csv.excel,), {"delimiter": delimiter})


class _Lines:
    """The stream's lines for csv.reader, remembering those of the current row, so that lines
    an unbalanced quote swallowed can be handed back and read again as rows of their own."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self._back: list[tuple[int, str]] = []
        self._read = 0
        self.taken: list[tuple[int, str]] = []  # (line number in the file, line)

    def __iter__(self) -> "_Lines":
        return self

    def __next__(self) -> str:
        if self._back:
            item = self._back.pop()
        else:
            self._read += 1
            item = (self._read, next(self._stream))
        self.taken.append(item)
        return item[1]

    def give_back(self, items: list[tuple[int, str]]) -> None:
        self._back.extend(reversed(items))


def _looks_like_record(line: str, dialect: Dialect, width: int) -> bool:
    """A whole line that reads, on its own and with its quotes balanced, as a row as wide as
    the header. Prose inside a quoted field seldom does: its commas are followed by spaces."""
    if line.count(str(dialect.quotechar)) % 2:
        return False
    try:
        cells = next(csv.reader([line], dialect))
    except (csv.Error, StopIteration):
        return False
    return len(cells) == width and sum(1 for cell in cells if cell) >= 2 and \
        all(cell == cell.strip() for cell in cells)


def _parses_strictly(lines: list[tuple[int, str]], dialect: Dialect) -> bool:
    """Whether the lines are one row with every quote where it belongs: no end of file inside
    a quoted field, nothing but a delimiter after a closing quote."""
    strict = type("Strict", (dialect,), {"strict": True})
    try:
        return len(list(csv.reader([line for _, line in lines], strict))) == 1
    except csv.Error:
        return False


def _swallowed(lines: _Lines, dialect: Dialect, width: int) -> list[tuple[int, str]]:
    """The lines of the current row, from the first one after its start that reads as a record
    of its own: what an unbalanced quote ran over. Empty when there is none."""
    for index in range(1, len(lines.taken)):
        if _looks_like_record(lines.taken[index][1], dialect, width):
            return lines.taken[index:]
    return []


def read_csv(source_path: str, stream: TextIO, column_map: Mapping[str, str],
             tab: bool = False) -> Iterator[RawDocument | Rejection]:
    """One unit per data row, locator "row N" (1-based, header not counted).

    A row whose quoted field ran on over lines that read as records of their own (an
    unbalanced quote) is rejected, and those lines are read again as rows.
    """
    _allow_large_fields()
    sample = stream.read(SNIFF_CHARS)
    stream.seek(0)
    if not sample.strip():
        yield Rejection(source_path, "E001", message("E001"))
        return
    dialect = _dialect(sample, tab)
    lines = _Lines(stream)
    reader = csv.reader(lines, dialect)
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
        lines.taken = []
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
            lines.give_back(_swallowed(lines, dialect, len(header)))
            if errors >= MAX_CONSECUTIVE_ERRORS:
                return
            continue
        # a row over several lines that is malformed or of the wrong width may have swallowed
        # the records after it
        suspect = len(lines.taken) > 1 and (len(row) != len(header)
                                            or not _parses_strictly(lines.taken, dialect))
        swallowed = _swallowed(lines, dialect, len(header)) if suspect else []
        if swallowed:
            detail = (f"unbalanced quote: the row starting on line {lines.taken[0][0]} ran on "
                      f"over line {swallowed[0][0]}, which reads as a record of its own; the "
                      "lines from there on are read again as rows")
            yield Rejection(source_path, "E010", message("E010", detail=detail), locator)
            lines.give_back(swallowed)
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
