"""The cleaning scorer: runs on the seeds and stays above the pinned floors."""

from __future__ import annotations

from pathlib import Path

from dateline.eval.clean import check_floors, evaluate_clean, format_clean_report
from dateline.eval.floors import load_floors


def test_eval_clean_above_floors(gold_path: Path, seeds_dir: Path) -> None:
    result = evaluate_clean(gold_path, seeds_dir)
    assert result["documents"] == 4
    assert check_floors(result, load_floors()) == []
    report = format_clean_report(result)
    assert "boilerplate recall" in report and "body kept" in report


def test_check_floors_reports_failures(gold_path: Path, seeds_dir: Path) -> None:
    result = evaluate_clean(gold_path, seeds_dir)
    failures = check_floors(result, {"title": 2.0, "nonexistent": 0.1})
    assert len(failures) == 2 and failures[0].startswith("clean.title")
