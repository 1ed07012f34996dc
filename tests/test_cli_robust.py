"""The command line under hostile data and situations: markup in data, long paths, missing or
read-only stores, Ctrl-C, bad settings files. Every case names its exit code (README)."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dateline.cli import app
from dateline.store.sqlite import SQLiteStore

runner = CliRunner()
BODY = ("The mayor said the [second world] war memorial would stay. Critics wrote [red]no[/red] "
        "on the posters :smile: and one banner read [/] in large letters, the council said.")
STORY = ("Rescue teams reached the last cut-off farms in the upper valley on Thursday, the county "
         "fire service said, ending a three-day operation.")


def _ingest(db: Path, *paths: Path, extra: tuple[str, ...] = ()):
    return runner.invoke(app, ["ingest", *map(str, paths), "--db", str(db), "--no-annotate",
                               *extra])


@pytest.fixture()
def markup_store(tmp_path: Path) -> tuple[Path, Path]:
    path = tmp_path / "vote [sic] :smile:.txt"
    path.write_text(f"Council vote [sic] delayed\n\n{BODY}\n", encoding="utf-8")
    db = tmp_path / "m.db"
    assert _ingest(db, path).exit_code == 0
    return db, path


def test_json_output_is_the_data_as_stored(markup_store: tuple[Path, Path]) -> None:
    db, path = markup_store
    listed = runner.invoke(app, ["articles", "--db", str(db), "--json"])
    assert listed.exit_code == 0, listed.output
    [row] = [json.loads(line) for line in listed.stdout.splitlines()]
    assert row["text"] == BODY
    assert row["title"] == "Council vote [sic] delayed"
    assert row["source_path"] == str(path)
    shown = runner.invoke(app, ["show", row["id"], "--db", str(db), "--json"])
    assert shown.exit_code == 0, shown.output
    assert json.loads(shown.stdout)["text"] == BODY


def test_human_output_prints_markup_as_written(markup_store: tuple[Path, Path]) -> None:
    db, path = markup_store
    listed = runner.invoke(app, ["articles", "--db", str(db)])
    assert listed.exit_code == 0, listed.output
    assert "vote [sic]" in listed.stdout and "😄" not in listed.stdout
    article_id = json.loads(runner.invoke(app, ["articles", "--db", str(db), "--json"])
                            .stdout)["id"]
    shown = runner.invoke(app, ["show", article_id, "--db", str(db)])
    assert shown.exit_code == 0, shown.output
    assert BODY in shown.stdout
    assert f"source_path: {path}" in shown.stdout


def test_paths_with_markup_in_summary_and_quarantine(tmp_path: Path) -> None:
    # folders make the slashes: the path reads ".../[red]x[/red]/y[/] :smile:.txt"
    bad = tmp_path / "[red]x[" / "red]" / "y[" / "] :smile:.txt"
    bad.parent.mkdir(parents=True)
    bad.write_text("  \n", encoding="utf-8")
    assert "[red]x[/red]/y[/] :smile:" in str(bad)
    db = tmp_path / "q.db"
    result = _ingest(db, bad)
    assert result.exit_code == 1
    assert f"rejected {bad}: [E001]" in result.stderr
    listed = runner.invoke(app, ["quarantine", "--db", str(db)])
    assert listed.exit_code == 0
    assert listed.stdout.startswith(f"{bad}: [E001]")
    as_json = runner.invoke(app, ["quarantine", "--db", str(db), "--json"])
    assert json.loads(as_json.stdout)["source_path"] == str(bad)


def test_errors_are_one_unbroken_line_with_a_hint(tmp_path: Path) -> None:
    folder = tmp_path / ("a-folder-with-a-rather-long-name-" * 3) / "and-another-level-below-it"
    folder.mkdir(parents=True)
    text = folder / "story.txt"
    text.write_text(f"Valley farms reached\n\n{STORY}\n", encoding="utf-8")
    db = folder / "dateline-store-with-a-long-name.db"
    assert _ingest(db, text).exit_code == 0
    result = runner.invoke(app, ["show", "zzzz", "--db", str(db)])
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        f"error: {db}: [E021] No article with id 'zzzz' in this store. "
        f"Try `dateline articles --db {db}` to list ids."]


@pytest.mark.parametrize("command", [["articles"], ["articles", "--json"], ["quarantine"],
                                     ["show", "abc"]])
def test_read_commands_refuse_a_missing_store(tmp_path: Path, command: list[str]) -> None:
    db = tmp_path / "typo.db"
    result = runner.invoke(app, [*command, "--db", str(db)])
    assert result.exit_code == 2
    [line] = result.stderr.splitlines()
    assert line.startswith(f"error: {db}: [E022]")
    assert f"dateline ingest PATH... --db {db}` first" in line
    assert result.stdout == ""
    assert list(tmp_path.iterdir()) == []  # nothing created


def _make_unwritable(path: Path) -> None:
    """Make `path` unwritable even for root (an immutable flag), or skip where that fails."""
    if os.geteuid() != 0:
        path.chmod(0o555 if path.is_dir() else 0o444)
        if path.is_file():
            path.parent.chmod(0o555)
        return
    done = subprocess.run(["chattr", "+i", str(path)], capture_output=True, check=False)
    if done.returncode != 0:
        pytest.skip(f"cannot make {path} read-only as root here: {done.stderr.decode()}")


def _make_writable(path: Path) -> None:
    if os.geteuid() != 0:
        path.parent.chmod(0o755)
        path.chmod(0o755 if path.is_dir() else 0o644)
    else:
        subprocess.run(["chattr", "-i", str(path)], capture_output=True, check=False)


def test_read_only_store_is_one_error_line_and_exit_3(tmp_path: Path) -> None:
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text(f"Valley farms reached\n\n{STORY}\n", encoding="utf-8")
    second.write_text("Bridge reopens\n\nThe bridge over the river reopened on Friday after "
                      "three months of repairs, the council said.\n", encoding="utf-8")
    db = tmp_path / "store" / "ro.db"
    db.parent.mkdir()
    assert _ingest(db, first).exit_code == 0
    _make_unwritable(db)
    try:
        result = _ingest(db, second)
        listed = runner.invoke(app, ["articles", "--db", str(db), "--json"])
    finally:
        _make_writable(db)
    assert result.exit_code == 3, result.output
    [line] = result.stderr.splitlines()
    assert line.startswith(f"error: {db}: [E023] The store cannot be written:")
    assert "writable" in line
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert listed.exit_code == 0 and len(listed.stdout.splitlines()) == 1  # still readable


def test_store_in_an_unwritable_folder_is_exit_3(tmp_path: Path) -> None:
    text = tmp_path / "a.txt"
    text.write_text(f"Valley farms reached\n\n{STORY}\n", encoding="utf-8")
    folder = tmp_path / "locked"
    folder.mkdir()
    _make_unwritable(folder)
    try:
        result = _ingest(folder / "new.db", text)
    finally:
        _make_writable(folder)
    assert result.exit_code == 3, result.output
    [line] = result.stderr.splitlines()
    assert "[E023]" in line and "writable" in line


def test_ctrl_c_keeps_what_was_committed_and_a_rerun_completes(tmp_path: Path,
                                                              monkeypatch) -> None:
    import dateline.pipeline as pipeline

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for number in range(10):
        (corpus / f"{number:02d}.txt").write_text(
            f"Report {number}\n\n{STORY} Report number {number} of {number * 7} was filed "
            f"by {'abcdefghij'[number]} reporters on day {number}.\n", encoding="utf-8")
    config = tmp_path / "dateline.toml"
    config.write_text("[dateline]\nbatch_size = 4\n", encoding="utf-8")
    db = tmp_path / "k.db"
    real_clean = pipeline.clean_document
    calls = []

    def clean_then_interrupt(raw, options):
        calls.append(raw.source_path)
        if len(calls) == 7:  # in the second batch: the first (4 units) is committed
            raise KeyboardInterrupt
        return real_clean(raw, options)

    monkeypatch.setattr(pipeline, "clean_document", clean_then_interrupt)
    result = _ingest(db, corpus, extra=("--config", str(config)))
    assert result.exit_code == 130
    assert result.stderr.splitlines() == [
        "interrupted: what was committed so far is kept; re-run to continue"]
    with SQLiteStore(db) as store:
        counts = store.counts()
        fts = store.conn.execute("SELECT COUNT(*) FROM articles_fts").fetchone()[0]
    assert counts["sources"] == counts["articles"] == fts == 4
    monkeypatch.setattr(pipeline, "clean_document", real_clean)
    again = _ingest(db, corpus, extra=("--config", str(config), "--json"))
    assert again.exit_code == 0, again.output
    report = json.loads(again.stdout)
    assert (report["new"], report["unchanged"]) == (6, 4)
    with SQLiteStore(db) as store:
        assert store.counts()["sources"] == store.counts()["articles"] == 10


def test_unknown_setting_is_a_usage_error_naming_the_known_ones(tmp_path: Path,
                                                               monkeypatch) -> None:
    text = tmp_path / "a.txt"
    text.write_text(f"Valley farms reached\n\n{STORY}\n", encoding="utf-8")
    (tmp_path / "dateline.toml").write_text("[dateline]\nmax_byte = 10\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = _ingest(tmp_path / "c.db", text)
    assert result.exit_code == 2
    [line] = result.stderr.splitlines()
    assert "[E014] Unknown setting 'max_byte'" in line
    assert "max_bytes" in line and "near_duplicate_threshold" in line
    assert not (tmp_path / "c.db").exists()


def test_annotate_reads_the_settings_file(tmp_path: Path) -> None:
    text = tmp_path / "a.txt"
    text.write_text(f"Valley farms reached\n\n{STORY}\n", encoding="utf-8")
    config = tmp_path / "settings.toml"
    config.write_text("[dateline]\nmax_bytes = 10\n", encoding="utf-8")
    result = runner.invoke(app, ["annotate", str(text), "--config", str(config), "--json"])
    assert result.exit_code == 1
    assert "[E004]" in result.stderr and "limit of 10 bytes" in result.stderr
    config.write_text("[dateline]\nmax_bytes = 'ten'\n", encoding="utf-8")
    bad = runner.invoke(app, ["annotate", str(text), "--config", str(config)])
    assert bad.exit_code == 2 and "[E015]" in bad.stderr


def test_missing_settings_file_given_with_config_is_a_usage_error(tmp_path: Path) -> None:
    text = tmp_path / "a.txt"
    text.write_text(f"Valley farms reached\n\n{STORY}\n", encoding="utf-8")
    result = _ingest(tmp_path / "c.db", text, extra=("--config", str(tmp_path / "none.toml")))
    assert result.exit_code == 2 and "[E016]" in result.stderr
