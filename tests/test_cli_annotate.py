"""`dateline annotate FILE --json` and annotations stored by `ingest`, shown by `show`."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from dateline.cli import app

from conftest import DEMO

runner = CliRunner()
TEXT = """Storm floods port town

KORVIK, Norway — Rescuers pulled at least 40 people from flooded homes in Korvik late Thursday, \
the mayor said on Friday.

"We have never seen the sea come this far," Mayor Ingrid Solberg said. Solberg said some 3,000 \
residents could be evacuated if the water keeps rising.

Police said on Friday two fishermen were missing. The figure could not be independently verified.
"""
FIELDS = {
    "timexes": {"start", "end", "text", "type", "value"},
    "entities": {"start", "end", "text", "type", "canonical", "entity_id"},
    "places": {"start", "end", "text", "name", "lat", "lon", "country", "precision"},
    "figures": {"start", "end", "text", "value", "min", "max", "what", "category", "claimant",
                "as_of", "projected", "verified"},
    "quotes": {"start", "end", "text", "speaker"},
    "events": {"type", "trigger", "actors", "targets", "place", "date", "mode", "attribution"},
}


@pytest.fixture(scope="module")
def annotated(tmp_path_factory):
    path = tmp_path_factory.mktemp("a") / "storm.txt"
    path.write_text(TEXT, encoding="utf-8")
    result = runner.invoke(app, ["annotate", str(path), "--published", "2024-11-08", "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_every_component_with_its_contract_fields(annotated):
    for kind, fields in FIELDS.items():
        assert kind in annotated
        for item in annotated[kind]:
            assert fields <= set(item), (kind, item)


def test_offsets_point_into_the_file_text(annotated):
    for kind in ("timexes", "entities", "places", "figures", "quotes"):
        for item in annotated[kind]:
            assert TEXT[item["start"]:item["end"]] == item["text"], (kind, item)


def test_values_are_normalized_against_the_published_date(annotated):
    values = {t["text"]: t["value"] for t in annotated["timexes"]}
    assert values["late Thursday"] == "2024-11-07"
    figures = {f["value"]: f for f in annotated["figures"]}
    assert figures[40]["min"] == 40
    assert figures[3000]["projected"] is True
    speakers = {q["speaker"] for q in annotated["quotes"]}
    assert speakers == {"Ingrid Solberg"}


def test_without_published_relative_dates_stay_unresolved(tmp_path):
    path = tmp_path / "storm.txt"
    path.write_text(TEXT, encoding="utf-8")
    result = runner.invoke(app, ["annotate", str(path), "--json"])
    timexes = json.loads(result.stdout)["timexes"]
    assert timexes and all(t["value"] is None for t in timexes)


def test_bad_published_date_is_a_usage_error(tmp_path):
    path = tmp_path / "storm.txt"
    path.write_text(TEXT, encoding="utf-8")
    result = runner.invoke(app, ["annotate", str(path), "--published", "last week"])
    assert result.exit_code == 2


@pytest.mark.slow
def test_ingest_stores_annotations_that_show_prints(tmp_path):
    db = tmp_path / "a.db"
    result = runner.invoke(app, ["ingest", str(DEMO / "text"), "--db", str(db), "--workers", "1"])
    assert result.exit_code == 0, result.output
    listed = runner.invoke(app, ["articles", "--db", str(db), "--json", "--unique"])
    rows = [json.loads(line) for line in listed.stdout.splitlines()]
    shown = json.loads(runner.invoke(app, ["show", rows[0]["id"], "--db", str(db),
                                           "--json"]).stdout)
    notes = shown["annotations"]
    assert notes is not None and notes["entities"] and notes["timexes"]
    for item in notes["entities"]:
        assert shown["text"][item["start"]:item["end"]] == item["text"]
