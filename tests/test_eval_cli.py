"""`dateline eval`: scores print, and a score under its pinned floor fails with exit code 4."""

from __future__ import annotations

import json

import pytest

from typer.testing import CliRunner

from dateline.cli import app
from dateline.eval.floors import below_floors, flatten, load_floors

runner = CliRunner()


def test_eval_clean_passes_its_floors(gold_path):
    result = runner.invoke(app, ["eval", "clean", "--gold", str(gold_path), "--json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)
    assert scores["below_floors"] == []
    assert scores["clean"]["boilerplate"]["recall"] >= load_floors()["clean"]["boilerplate_recall"]


def test_missing_gold_is_a_usage_error(tmp_path):
    result = runner.invoke(app, ["eval", "clean", "--gold", str(tmp_path / "none.json")])
    assert result.exit_code == 2
    assert "--gold" in result.output


def test_below_floors_names_each_failing_metric():
    floors = {"clean": {"title": 0.9, "body_kept": 0.5, "outlet": 0.2}}
    failures = below_floors("clean", {"title": 0.8, "body_kept": 0.9}, floors)
    assert failures == ["clean.title 0.800 < 0.9", "clean.outlet missing (floor 0.2)"]


def test_flatten_joins_nested_names_and_skips_flags():
    assert flatten({"a": {"b": 1, "c": True}, "d": 0.5, "e": "x"}) == {"a_b": 1.0, "d": 0.5}


@pytest.mark.slow
def test_eval_annotate_meets_every_pinned_floor(gold_path):
    """The CI gate: every component's scores, TempEval, PLOVER and ECB+ included."""
    result = runner.invoke(app, ["eval", "annotate", "--gold", str(gold_path), "--json"])
    scores = json.loads(result.stdout)
    assert scores["below_floors"] == [], scores["below_floors"]
    assert result.exit_code == 0
    assert {"timex", "figures", "entities", "events"} <= set(scores)


@pytest.mark.slow
def test_eval_fuse_meets_every_pinned_floor(gold_path):
    """The CI gate for cross-article work: stories, ECB+ event clusters, shared reporting."""
    result = runner.invoke(app, ["eval", "fuse", "--json"])
    scores = json.loads(result.stdout)
    assert scores["below_floors"] == [], scores["below_floors"]
    assert result.exit_code == 0
    assert {"stories", "event_clusters", "shared_reporting"} <= set(scores)


@pytest.mark.slow
def test_eval_timeline_meets_its_pinned_floors(gold_path):
    """The CI gate for timelines: T17 under the news-tls protocol."""
    result = runner.invoke(app, ["eval", "timeline", "--no-baseline", "--json"])
    scores = json.loads(result.stdout)
    assert scores["below_floors"] == [], scores["below_floors"]
    assert result.exit_code == 0
    assert scores["timeline"]["t17_timelines"] == 11
