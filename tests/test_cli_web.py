"""`dateline report` and `dateline serve` (registered on a bare Typer app, as cli.py does)."""

from __future__ import annotations

from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

import workbench_store
from dateline.cli_web import register

app = typer.Typer()
register(app)
runner = CliRunner()


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return workbench_store.build(tmp_path_factory.mktemp("cli") / "w.db")


def test_report_writes_one_file(db, tmp_path):
    out = tmp_path / "r.html"
    result = runner.invoke(app, ["report", "--db", str(db), "-o", str(out), "--from",
                                 "2025-03-15", "--to", "2025-03-15"])
    assert result.exit_code == 0, result.output
    assert "3 timeline entries" in result.output
    assert out.read_text(encoding="utf-8").startswith("<!doctype html>")
    assert not (tmp_path / "r.html.part").exists()


@pytest.mark.parametrize("args, words", [
    (["--db", "missing.db"], "No store"),
    (["--from", "15/03/2025"], "--from"),
    (["--story", "s1"], "no story"),
])
def test_report_usage_errors_exit_2(db, tmp_path, args, words):
    full = ["report", "--db", str(db), "-o", str(tmp_path / "r.html"), *args]
    result = runner.invoke(app, full)
    assert result.exit_code == 2
    assert words in result.output


def test_report_into_a_missing_folder_exits_3(db, tmp_path):
    result = runner.invoke(app, ["report", "--db", str(db), "-o",
                                 str(tmp_path / "no" / "such" / "r.html")])
    assert result.exit_code == 3 and "cannot write" in result.output


@pytest.mark.parametrize("args, words", [
    (["--db", "missing.db"], "No store"),
    (["--port", "70000"], "--port"),
    (["--token", "short"], "--token"),
])
def test_serve_refuses_bad_options_before_listening(db, args, words):
    result = runner.invoke(app, ["serve", "--db", str(db), *args])
    assert result.exit_code == 2
    assert words in result.output
