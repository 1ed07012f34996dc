"""Property-based checks: random bytes, JSON, CSV and markup-laden text never crash the readers
(a bad unit is a Rejection, a cleaning failure a DatelineError), and text comes back from
`dateline articles --json` exactly as stored, markup and all, with valid annotation offsets."""

from __future__ import annotations

import csv
import io
import json
import re
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from dateline.clean import clean_document
from dateline.cli import app
from dateline.config import Options
from dateline.errors import DatelineError
from dateline.ingest import iter_documents
from dateline.model import RawDocument, Rejection
from dateline.pipeline import ingest
from dateline.store.sqlite import SQLiteStore

PROPERTY = settings(max_examples=40, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow])
SUFFIXES = ["", ".txt", ".html", ".json", ".jsonl", ".csv", ".tsv", ".xml", ".rss"]
MARKUP = ["[red]x[/red]", "[/]", ":smile:", "[sic]", "[second world]", "[bold]", "[/bold]",
          "[link=http://x]", "\\[", "[", "]", ":thumbs_up:", "[#ff0000]", "${x}", "{0}", "%s"]
WORDS = ["the", "council", "said", "on", "Monday", "river", "rose", "after", "rain", "in",
         "town", "and", "people", "left", "their", "homes"]
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=40),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(
        st.sampled_from(["title", "text", "body", "date", "url", "author", "x"]) | st.text(
            max_size=8), inner, max_size=5),
    max_leaves=12)


def _read(path: Path) -> list[RawDocument | Rejection]:
    """Every unit of `path`, each cleaned; only DatelineErrors may stop a unit."""
    units = list(iter_documents([path], Options()))
    for unit in units:
        assert isinstance(unit, (RawDocument, Rejection))
        if isinstance(unit, RawDocument):
            try:
                article = clean_document(unit, Options())
            except DatelineError:
                continue
            article.text.encode("utf-8")  # storable: no lone surrogates
    return units


def _write(data: bytes, suffix: str) -> list[RawDocument | Rejection]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(data)
        return _read(path)


@PROPERTY
@given(st.binary(max_size=3000), st.sampled_from(SUFFIXES))
def test_random_bytes_never_crash_the_readers(data: bytes, suffix: str) -> None:
    _assert_accounted(_write(data, suffix), suffix)


def _assert_accounted(units: list[RawDocument | Rejection], suffix: str) -> None:
    """Something comes back for every file: units, or rejections that name the file, a code
    and a reason."""
    assert units
    for unit in units:
        assert isinstance(unit, (RawDocument, Rejection))
        if isinstance(unit, Rejection):
            assert unit.source_path.endswith(f"input{suffix}")
            assert re.fullmatch(r"E\d{3}", unit.code) and unit.reason


@PROPERTY
@given(st.lists(JSON_VALUES, min_size=1, max_size=5), st.sampled_from([".jsonl", ".json", ""]))
def test_random_json_never_crashes_the_readers(values: list[object], suffix: str) -> None:
    lines = "\n".join(json.dumps(value) for value in values)
    units = _write(lines.encode("utf-8"), suffix)
    assert units  # a file always gives at least one unit or one rejection
    if all((unit.locator or "").startswith("line ") for unit in units):
        # read as JSON lines: every line accounted for, once
        assert [u.locator for u in units] == [f"line {n}" for n in range(1, len(values) + 1)]
    elif all((unit.locator or "").startswith("entry ") for unit in units):
        numbers = [int(str(u.locator).split()[1]) for u in units]
        assert numbers == list(range(1, len(units) + 1))  # no entry twice
    _write(json.dumps(values).encode("utf-8"), suffix)


def _table(delimiter: str) -> st.SearchStrategy[tuple[str, list[list[str]]]]:
    # cells hold quotes, line breaks and the delimiter itself, but no other delimiter, so
    # that the dialect is not in doubt
    cells = st.text(alphabet=st.sampled_from(list('ab "\n\r') + [delimiter, "é", "Σ", "\u2028"]),
                    max_size=25)
    return st.tuples(st.just(delimiter), st.lists(st.lists(cells, min_size=1, max_size=4),
                                                  max_size=6))


@PROPERTY
@given(st.sampled_from([",", ";", "\t"]).flatmap(_table))
def test_random_csv_never_crashes_and_sound_rows_come_through(
        table: tuple[str, list[list[str]]]) -> None:
    delimiter, rows = table
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\n")
    writer.writerow(["title", "text", "date", "url"])
    writer.writerows(rows)
    units = _write(out.getvalue().encode("utf-8"), ".tsv" if delimiter == "\t" else ".csv")
    for row, unit in zip((r for r in rows if any(c.strip() for c in r)), units):
        if isinstance(unit, RawDocument) and len(row) > 1 and "\r" not in row[1] \
                and row[1].strip() and "<" not in row[1]:
            assert unit.text == row[1]  # a properly quoted CSV field comes back as written


@PROPERTY
@given(st.lists(st.sampled_from(list('ab,"\n ') + ["[/]", ":x:"]), max_size=80).map("".join))
def test_random_csv_text_never_crashes(text: str) -> None:
    _assert_accounted(_write(("title,text\n" + text).encode("utf-8"), ".csv"), ".csv")


SENTENCE = st.lists(st.sampled_from(WORDS + MARKUP), min_size=6, max_size=25).map(
    lambda parts: "The " + " ".join(parts) + ".")


@settings(max_examples=15, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(SENTENCE, min_size=1, max_size=3))
def test_markup_in_articles_round_trips_through_articles_json(sentences: list[str]) -> None:
    body = " ".join(sentences)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "[red]story[red] :smile: [sic].txt"
        path.write_text(f"Storm [sic] hits :smile: coast\n\n{body}\n", encoding="utf-8")
        db = Path(folder) / "p.db"
        with SQLiteStore(db) as store:
            ingest([path], store, Options())
            stored = [a.text for a in store.iter_documents()]
        listed = CliRunner().invoke(app, ["articles", "--db", str(db), "--json"])
        assert listed.exit_code == 0, listed.output
        rows = [json.loads(line) for line in listed.stdout.splitlines()]
    assert [row["text"] for row in rows] == stored == [body]
    assert rows[0]["title"] == "Storm [sic] hits :smile: coast"
    assert rows[0]["source_path"] == str(path)


@settings(max_examples=8, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(SENTENCE, min_size=1, max_size=3))
def test_annotation_offsets_point_into_markup_laden_text(sentences: list[str]) -> None:
    from dateline.annotate import annotate_text

    text = " ".join(sentences)
    result = annotate_text(text, None).to_dict()
    for rows in result.values():
        for row in rows:
            assert 0 <= row["start"] <= row["end"] <= len(text)
            if "text" in row and row["text"] is not None and "trigger" not in row:
                assert text[row["start"]:row["end"]] == row["text"]
