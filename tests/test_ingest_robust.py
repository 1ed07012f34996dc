"""Readers under hostile inputs: symlink loops, over-deep JSON, unbalanced CSV quotes, odd files.

Each bad unit is one rejection naming where it is; every other unit still comes through.
"""

from __future__ import annotations

import json
import os
import random
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dateline.cli import app
from dateline.config import Options
from dateline.dedup import fingerprint
from dateline.ingest import iter_documents
from dateline.model import RawDocument, Rejection

STORY = ("Officials said the bridge would reopen on Friday after repairs to the deck were "
         "finished, the council said.")


def _units(*paths: Path) -> list[RawDocument | Rejection]:
    return list(iter_documents(list(paths), Options()))


def _summary(units: list[RawDocument | Rejection]) -> list[tuple[str, str | None, str]]:
    return [(Path(u.source_path).name, u.locator,
             u.meta.get("title", u.format) if isinstance(u, RawDocument) else u.code)
            for u in units]


def test_symlink_loops_are_rejected_one_by_one_and_the_walk_goes_on(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(f"Flood\n\n{STORY}\n", encoding="utf-8")
    (folder / "loop1").symlink_to("loop2")
    (folder / "loop2").symlink_to("loop1")
    (folder / "self").symlink_to("self")
    (folder / "up").symlink_to(".")  # a link back to the folder: its files are read once
    (folder / "z.txt").write_text(f"Fire\n\n{STORY} Again.\n", encoding="utf-8")
    units = _units(folder)
    assert [(name, code) for name, _, code in _summary(units)] == [
        ("a.txt", "text"), ("loop1", "E013"), ("loop2", "E013"), ("self", "E013"),
        ("z.txt", "text")]
    assert all("symbolic links" in u.reason for u in units if isinstance(u, Rejection))
    db = tmp_path / "s.db"
    result = CliRunner().invoke(app, ["ingest", str(folder), "--db", str(db), "--no-annotate",
                                      "--json"])
    assert result.exit_code == 1, result.output
    report = json.loads(result.stdout)
    assert report["new"] + report["duplicate"] == 2 and len(report["rejected"]) == 3


def test_dangling_links_and_fifos_are_rejected_not_skipped_or_read(tmp_path: Path) -> None:
    (tmp_path / "gone").symlink_to(tmp_path / "nowhere.txt")
    os.mkfifo(tmp_path / "pipe")  # reading it would block forever
    units = _units(tmp_path)
    assert [(name, code) for name, _, code in _summary(units)] == [
        ("gone", "E013"), ("pipe", "E008")]


def test_an_over_deep_json_line_is_rejected_alone(tmp_path: Path) -> None:
    deep = '{"title": "Deep", "text": ' + "[" * 100_000 + "]" * 100_000 + "}"
    lines = [json.dumps({"title": "One", "text": STORY}), deep,
             json.dumps({"title": "Three", "text": STORY}),
             json.dumps({"title": "Four", "text": STORY})]
    path = tmp_path / "dump.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert _summary(_units(path)) == [
        ("dump.jsonl", "line 1", "One"), ("dump.jsonl", "line 2", "E005"),
        ("dump.jsonl", "line 3", "Three"), ("dump.jsonl", "line 4", "Four")]


def test_deep_but_parseable_records_are_rejected_alone(tmp_path: Path) -> None:
    # json reads 900 levels; mapping the record's fields must not overflow either
    nested = "[" * 900 + '"x"' + "]" * 900
    lines = [json.dumps({"title": "One", "text": STORY}),
             '{"title": "Deep", "body": ' + nested + "}",
             json.dumps({"title": "Three", "text": STORY})]
    path = tmp_path / "dump.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    summary = _summary(_units(path))
    assert [s[1] for s in summary] == ["line 1", "line 2", "line 3"]
    assert summary[0][2] == "One" and summary[2][2] == "Three"


def test_an_over_deep_json_list_entry_stops_that_file_only(tmp_path: Path) -> None:
    path = tmp_path / "list.json"
    path.write_text('[{"title": "One", "text": "' + STORY + '"}, ' + "[" * 100_000 + "]",
                    encoding="utf-8")
    other = tmp_path / "other.txt"
    other.write_text(f"Other\n\n{STORY}\n", encoding="utf-8")
    assert _summary(_units(path, other)) == [
        ("list.json", "entry 1", "One"), ("list.json", "entry 2", "E005"),
        ("other.txt", None, "text")]


def test_json_lone_surrogate_escapes_do_not_break_storing(tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl"
    path.write_text(json.dumps({"title": "Odd \ud800", "text": STORY + " \udfff"}) + "\n",
                    encoding="utf-8")
    [unit] = _units(path)
    assert isinstance(unit, RawDocument)
    assert unit.text == STORY + " \ufffd" and unit.meta["title"] == "Odd \ufffd"
    unit.text.encode("utf-8")  # storable


ROWS = ("Bridge reopens,2023-03-01,The bridge reopened on Friday after three months of repairs.",
        "School expands,2023-03-03,The primary school will add six classrooms next year.",
        "Market returns,2023-03-04,The farmers market returns to the square on Sunday.")


@pytest.mark.parametrize("bad", [
    # the quote never closes: without a check the rest of the file becomes this row's text
    'Library closes,2023-03-02,"The old library closed its doors after ninety years.',
    # the quote closes on a later line, followed by text: the row gets too many fields
    'Library closes,2023-03-02,"The old library closed its doors, staff said.,x',
])
def test_an_unbalanced_csv_quote_rejects_that_row_and_keeps_the_rest(tmp_path: Path,
                                                                     bad: str) -> None:
    path = tmp_path / "papers.csv"
    quoted_school = ROWS[1].replace("The primary", '"The primary').replace("year.", 'year."')
    path.write_text("\n".join(["title,date,text", ROWS[0], bad, quoted_school, ROWS[2]]) + "\n",
                    encoding="utf-8")
    units = _units(path)
    assert _summary(units) == [
        ("papers.csv", "row 1", "Bridge reopens"), ("papers.csv", "row 2", "E010"),
        ("papers.csv", "row 3", "School expands"), ("papers.csv", "row 4", "Market returns")]
    assert units[2].text == "The primary school will add six classrooms next year."
    assert "unbalanced quote" in units[1].reason or "expected" in units[1].reason


def test_multi_line_csv_fields_with_commas_are_kept(tmp_path: Path) -> None:
    # a quoted body over several lines whose last line holds "1,800" and the closing quote
    body = ('"FAENZA, Italy - Shopkeepers threw out ruined stock.\n\n'
            '""We lost everything,"" said Chiara Neri.\n\n'
            'About 1,800 homes were damaged,said the mayor."')
    path = tmp_path / "papers.csv"
    path.write_text(f"Title,Story,Date\nFaenza counts the cost,{body},16/03/2025\n"
                    f"Second,\"{STORY}\",17/03/2025\n", encoding="utf-8")
    units = _units(path)
    assert _summary(units) == [("papers.csv", "row 1", "Faenza counts the cost"),
                               ("papers.csv", "row 2", "Second")]
    assert units[0].text.endswith("About 1,800 homes were damaged,said the mayor.")


def test_streamed_normalization_equals_the_whole_text_at_once(monkeypatch) -> None:
    import re
    import unicodedata

    def at_once(text: str) -> str:
        text = unicodedata.normalize("NFKC", text).translate(fingerprint._QUOTES).lower()
        return re.sub(r"\s+", " ", text).strip()

    rng = random.Random(5)
    alphabet = list("ab ΣσςéE\u0301\u00a0\u2003\n\t\r.,İ") + ["\u201c", "ﬁ", "Ａ", "\u1100\u1161"]
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60)))
             for _ in range(300)]
    monkeypatch.setattr(fingerprint, "_SLICE", 3)  # slices of a few characters
    for text in texts:
        assert fingerprint.normalize_text(text) == at_once(text), repr(text)
        shingles = fingerprint.words(text)
        expected = {" ".join(shingles[i:i + 5]) for i in range(len(shingles) - 4)} \
            if len(shingles) >= 5 else ({" ".join(shingles)} if shingles else set())
        assert fingerprint.shingles(text) == expected
