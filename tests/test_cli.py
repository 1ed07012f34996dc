"""The command line, driven through Typer's runner: JSON contracts, summaries, exit codes."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from dateline.cli import app
from dateline.render import ARTICLE_FIELDS

from conftest import DEMO

runner = CliRunner()
REQUIRED = {"id", "title", "published", "published_precision", "outlet", "wire", "authors",
            "dateline", "source_path", "text", "duplicate_of"}


def _ingest(db, *extra):
    return runner.invoke(app, ["ingest", str(DEMO), "--db", str(db), "--no-annotate", *extra])


def test_ingest_then_articles_json_contract(tmp_path):
    db = tmp_path / "c.db"
    result = _ingest(db)
    assert result.exit_code == 0, result.output
    listed = runner.invoke(app, ["articles", "--db", str(db), "--json"])
    rows = [json.loads(line) for line in listed.stdout.splitlines()]
    assert len(rows) == 16  # the demo corpus: 8 text files, 1 HTML, 3 JSONL, 2 CSV, 2 feed
    for row in rows:
        assert set(row) >= REQUIRED
        assert list(row) == list(ARTICLE_FIELDS)
    html = next(r for r in rows if r["format"] == "html")
    assert html["title"].startswith("Po delta towns evacuated")
    assert html["published"].startswith("2025-03-16")


def test_reingest_says_nothing_changed(tmp_path):
    db = tmp_path / "c.db"
    _ingest(db)
    again = _ingest(db, "--json")
    report = json.loads(again.stdout.strip().splitlines()[-1])
    assert report["unchanged"] == 16 and report["new"] == 0


def test_rejected_input_exit_code_and_reason(tmp_path):
    bad = tmp_path / "empty.txt"
    bad.write_text("   \n")
    result = runner.invoke(app, ["ingest", str(bad), "--db", str(tmp_path / "c.db"),
                                 "--no-annotate"])
    assert result.exit_code == 1
    assert "empty.txt" in result.output and "E001" in result.output


def test_missing_path_is_a_usage_error(tmp_path):
    result = runner.invoke(app, ["ingest", str(tmp_path / "nope"), "--db",
                                 str(tmp_path / "c.db")])
    assert result.exit_code == 2


def test_show_unknown_id_names_the_fix(tmp_path):
    db = tmp_path / "c.db"
    _ingest(db)
    result = runner.invoke(app, ["show", "zzzz", "--db", str(db)])
    assert result.exit_code == 2
    assert "dateline articles" in result.output
