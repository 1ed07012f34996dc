"""Exports: every format written from a small fused store and read back by its real consumer
(pandas, json), evidence offsets pointing at the cited text, hostile text kept harmless."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pandas as pd
import pytest
import typer
from typer.testing import CliRunner

from dateline.annotating import annotate_pending
from dateline.cli_export import register
from dateline.config import Options
from dateline.export import FORMATS, ExportError, write_format
from dateline.export import acled, csvfile, rules
from dateline.fuse import query as q
from dateline.fuse.query import Filters
from dateline.fuse.run import fuse_pending
from dateline.pipeline import ingest
from dateline.store.exports import has_table
from dateline.store.sqlite import SQLiteStore

WIRE = " date 2024-03-04 \n" + """Rebels seize airport in Goma

By Reuters

GOMA, Congo — Rebel fighters seized the airport in Goma on Monday, the army said, as fighting \
spread to the northern districts of the city.

At least 12 civilians were killed in the fighting in Goma on Monday, the regional governor said.

The United Nations said about 40,000 people had fled the city since Saturday.
"""
WIRE_COPY = WIRE.replace("Rebels seize airport in Goma", "Goma airport falls to rebels").replace(
    "as fighting spread", "as heavy fighting spread")
# hostile text: formula-injection openings, commas, quotes
HOSTILE = " date 2024-03-05 \n" + """Army shells rebel positions, "again"

KINSHASA, Congo — Government troops shelled rebel positions near Goma on Tuesday, the army \
said.

=cmd|' /C calc'!A0 Government troops shelled the rebel camp at Sake on Wednesday, the army said.

-2+3 Rebels attacked a convoy near Bukavu on Tuesday, killing 4 people, "witnesses, including \
a nurse" said.

Government troops did not shell the market in Goma on Tuesday, the army said.
"""
GOMA = (29.22845, -1.67409)  # lon, lat
SPAN = re.compile(r"^([0-9a-f]{16}):(\d+)-(\d+)$")
runner = CliRunner()


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("articles")
    for name, text in {"a.txt": WIRE, "b.txt": WIRE_COPY, "c.txt": HOSTILE}.items():
        (folder / name).write_text(text, encoding="utf-8")
    db = folder.parent / "export.db"
    options = Options(workers=1)
    with SQLiteStore(db) as store:
        ingest([folder], store, options)
        annotate_pending(store, options)
        fuse_pending(store)
    return db


@pytest.fixture()
def store(built: Path):
    with SQLiteStore(built) as opened:
        yield opened


def _text(store: SQLiteStore, article_id: str) -> str:
    article = store.get_article(article_id)
    assert article is not None
    return article.text


def _spans(value: str) -> list[tuple[str, int, int]]:
    out = []
    for part in value.split("; "):
        match = SPAN.match(part)
        assert match, part
        out.append((match[1], int(match[2]), int(match[3])))
    return out


def _flat(text: str) -> str:
    return " ".join(text.split())


def _cli() -> typer.Typer:
    app = typer.Typer()
    register(app)
    app.command("noop")(lambda: None)  # two commands: `export` stays a sub-command
    return app


def test_cli_usage_errors_are_one_line_and_exit_2(tmp_path):
    result = runner.invoke(_cli(), ["export", "--format", "xlsx", "-o", str(tmp_path / "x"),
                                    "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 2
    assert re.fullmatch(r"error: \[E060\] Unknown export format 'xlsx'.*\n", result.stderr)
    result = runner.invoke(_cli(), ["export", "-f", "csv", "-o", str(tmp_path / "x.csv"),
                                    "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 2 and "[E022]" in result.stderr
    assert result.stderr.count("\n") == 1 and not (tmp_path / "x.csv").exists()


# --- exports of a fused store -------------------------------------------------------------


@pytest.mark.slow
def test_acled_rows_load_in_pandas_with_evidence_for_every_fact(store, tmp_path):
    path = tmp_path / "events.csv"
    count = write_format(store, "acled", str(path), Filters())
    frame = pd.read_csv(path, keep_default_na=False, na_values=[""])
    assert list(frame.columns) == list(acled.COLUMNS) and len(frame) == count > 0
    assert set(frame["event_type"]) <= set(rules.COUNTS_FATALITIES | {"Strategic developments"})
    assert set(frame["mode"]) <= set(acled.HAPPENED)  # nothing denied, planned, hypothetical
    assert set(frame["time_precision"]) <= {1, 2, 3}
    for _, row in frame.iterrows():
        assert re.fullmatch(r"\d{4}-\d\d-\d\d", row["event_date"])
        spans = _spans(row["evidence"])
        assert set(row["source_articles"].split("; ")) == {s[0] for s in spans}
        cited = [_flat(_text(store, a)[s:e]) for a, s, e in spans]
        assert row["notes"].lstrip("'") in cited  # the summary is one of the cited sentences
        if isinstance(row["location_evidence"], str):
            ((article, start, end),) = _spans(row["location_evidence"])
            assert _text(store, article)[start:end] == row["location"]
            assert -90 <= row["latitude"] <= 90 and -180 <= row["longitude"] <= 180
    killed = frame[frame["notes"].str.startswith("At least 12 civilians")].iloc[0]
    assert killed["event_type"] == "Violence against civilians"
    assert killed["sub_event_type"] == "Attack" and killed["fatalities"] == 12
    ((article, start, end),) = _spans(killed["fatalities_evidence"])
    assert "12" in _text(store, article)[start:end]
    assert killed["source"] == "Reuters" and killed["independent_sources"] == 1
    assert len(killed["source_articles"].split("; ")) == 2  # the wire copy run twice
    assert killed["location"] == "Goma" and killed["geo_precision"] == 1
    assert (killed["longitude"], killed["latitude"]) == pytest.approx(GOMA, abs=0.05)
    # "attacked a convoy ..., killing 4": the 4 deaths are counted once, not per event
    convoy = frame[frame["notes"].str.contains("convoy near Bukavu")]
    assert len(convoy) >= 1 and convoy["fatalities"].sum() == 4
    assert set(convoy["geo_precision"]) == {2}  # near Bukavu


@pytest.mark.slow
def test_csv_outputs_defuse_formula_text(store, tmp_path):
    for fmt in ("acled", "csv"):
        path = tmp_path / f"{fmt}.csv"
        write_format(store, fmt, str(path), Filters())
        raw = path.read_text(encoding="utf-8")
        assert not raw.startswith("\ufeff")
        with path.open(encoding="utf-8", newline="") as handle:
            cells = [c for row in csv.reader(handle) for c in row]
        assert "'=cmd|' /C calc'!A0 Government troops shelled the rebel camp at Sake on " \
               "Wednesday, the army said." in cells
        numbers = re.compile(r"-?\d+(\.\d+)?")  # a negative latitude is a number, not a formula
        assert not [c for c in cells if c[:1] in ("=", "+", "-", "@") and not numbers.fullmatch(c)]
        assert any(c.startswith("'-2+3 Rebels") for c in cells)


@pytest.mark.slow
def test_acled_leaves_out_what_did_not_happen_unless_asked(store, tmp_path):
    path = tmp_path / "denied.csv"
    write_format(store, "acled", str(path), Filters(modes=("denied",)))
    frame = pd.read_csv(path)
    assert list(frame["mode"]) == ["denied"]
    assert "did not shell" in frame.loc[0, "notes"]


@pytest.mark.slow
def test_timeline_csv_has_one_row_per_entry(store, tmp_path):
    path = tmp_path / "timeline.csv"
    entries = q.timeline(store)
    assert write_format(store, "csv", str(path), Filters()) == len(entries)
    frame = pd.read_csv(path, keep_default_na=False)
    assert list(frame.columns) == list(csvfile.COLUMNS)
    assert list(frame["event_id"]) == [e["event_id"] for e in entries]
    for _, row in frame.iterrows():
        ((article, start, end),) = _spans(row["summary_evidence"])
        assert _flat(_text(store, article)[start:end]) == row["summary"].lstrip("'")


@pytest.mark.slow
def test_json_lines_are_exactly_the_timeline_json(store, tmp_path):
    path = tmp_path / "timeline.jsonl"
    write_format(store, "json", str(path), Filters())
    expected = [json.dumps(e, ensure_ascii=False) for e in q.timeline(store)]
    assert path.read_text(encoding="utf-8").splitlines() == expected


@pytest.mark.slow
def test_json_document_holds_articles_events_figures_entities(store, tmp_path):
    path = tmp_path / "record.json"
    count = write_format(store, "json", str(path), Filters(types=("ASSAULT",)))
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["dateline_export"] == 1 and document["filters"] == {"types": ["ASSAULT"]}
    assert count == len(document["events"]) > 0
    assert {e["type"] for e in document["events"]} == {"ASSAULT"}
    texts = {a["article_id"]: a["text"] for a in document["articles"]}
    assert len(texts) == 3
    for fact in document["figures"] + document["entities"]:
        assert texts[fact["article_id"]][fact["start"]:fact["end"]] == fact["text"]


@pytest.mark.slow
def test_plover_objects_cite_their_sources(store, tmp_path):
    path = tmp_path / "events.jsonl"
    count = write_format(store, "plover", str(path), Filters())
    events = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert len(events) == count == len(q.timeline(store))
    for event in events:
        assert {"event_type", "mode", "source_actor", "target_actor", "date", "location",
                "text", "event_id", "sources", "independent_sources"} <= set(event)
        for source in event["sources"]:
            assert _flat(_text(store, source["article_id"])[source["start"]:source["end"]])
        cited = event["summary_source"]
        assert _flat(_text(store, cited["article_id"])[cited["start"]:cited["end"]]) == \
            event["text"]
    assert any(e["text"].startswith("=cmd|") for e in events)  # JSON keeps text as written


@pytest.mark.slow
def test_geojson_points_are_lon_lat_within_range(store, tmp_path):
    path = tmp_path / "events.geojson"
    count = write_format(store, "geojson", str(path), Filters())
    collection = json.loads(path.read_text(encoding="utf-8"))
    assert collection["type"] == "FeatureCollection"
    features = collection["features"]
    assert len(features) == count > 0
    for feature in features:
        assert feature["type"] == "Feature" and feature["geometry"]["type"] == "Point"
        lon, lat = feature["geometry"]["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90
        props = feature["properties"]
        assert props["event_id"] == feature["id"] and props["sources"]
        evidence = props["location"]["evidence"]
        assert _text(store, evidence["article_id"])[evidence["start"]:evidence["end"]] == \
            props["place"]
    goma = next(f for f in features if f["properties"]["place"] == "Goma")
    assert goma["geometry"]["coordinates"] == pytest.approx(list(GOMA), abs=0.05)


@pytest.mark.slow
def test_parquet_tables_load_in_pandas_with_evidence_offsets(store, tmp_path):
    folder = tmp_path / "record"
    count = write_format(store, "parquet", str(folder), Filters())
    tables = {p.stem: pd.read_parquet(p) for p in folder.glob("*.parquet")}
    assert set(tables) == {"articles", "sources", "events", "event_mentions", "entities",
                           "figures", "quotes", "places", "timexes"}
    assert not list(folder.glob(".*"))  # no temporary files left behind
    texts = dict(zip(tables["articles"]["article_id"], tables["articles"]["text"]))
    assert len(texts) == 3 and len(tables["sources"]) == 3
    assert len(tables["events"]) == count == len(q.timeline(store))
    for name in ("entities", "figures", "quotes", "places", "timexes"):
        frame = tables[name]
        assert len(frame) > 0, name
        for _, row in frame.iterrows():
            assert texts[row["article_id"]][row["start"]:row["end"]] == row["text"], name
    for _, row in tables["events"].iterrows():
        assert _flat(texts[row["article_id"]][row["start"]:row["end"]]) == row["summary"]
    mentions = tables["event_mentions"]
    assert set(mentions["event_id"]) == set(tables["events"]["event_id"])
    for _, row in mentions.iterrows():
        text = texts[row["article_id"]]
        assert text[row["trigger_start"]:row["trigger_end"]] == row["trigger"]
        assert _flat(text[row["start"]:row["end"]]) == row["sentence"]
    killed = tables["events"][tables["events"]["summary"].str.startswith("At least 12")].iloc[0]
    assert killed["fatalities"] == 12 and list(killed["source_articles"]) and \
        killed["sources"][0]["start"] >= 0


@pytest.mark.slow
def test_filters_select_like_the_timeline(store, tmp_path):
    path = tmp_path / "late.csv"
    filters = Filters(date_from="2024-03-05", types=("FIGHT",))
    write_format(store, "csv", str(path), filters)
    frame = pd.read_csv(path)
    assert list(frame["event_id"]) == [e["event_id"] for e in q.timeline(store, filters)]
    assert set(frame["type"]) == {"FIGHT"} and min(frame["date"]) >= "2024-03-05"
    write_format(store, "acled", str(path), Filters(query="Bukavu"))
    assert set(pd.read_csv(path)["location"]) == {"Bukavu"}


@pytest.mark.slow
def test_bad_output_paths_are_export_errors(store, tmp_path):
    (tmp_path / "file").write_text("x")
    with pytest.raises(ExportError) as caught:
        write_format(store, "parquet", str(tmp_path / "file"), Filters())
    assert caught.value.code == "E062"
    with pytest.raises(ExportError) as caught:
        write_format(store, "csv", str(tmp_path), Filters())
    assert caught.value.code == "E062"
    with pytest.raises(ExportError) as caught:
        write_format(store, "csv", str(tmp_path / "missing" / "x.csv"), Filters())
    assert caught.value.code == "E061"
    assert (tmp_path / "file").read_text() == "x"


@pytest.mark.slow
def test_story_filter_needs_stories(store, tmp_path):
    path = tmp_path / "story.csv"
    if has_table(store, "story_members"):
        assert write_format(store, "csv", str(path), Filters(story="no such story")) == 0
        return
    with pytest.raises(ExportError) as caught:
        write_format(store, "csv", str(path), Filters(story="no such story"))
    assert caught.value.code == "E063" and not path.exists()


@pytest.mark.slow
def test_cli_writes_every_format(built, tmp_path):
    for fmt in FORMATS:
        out = tmp_path / f"out-{fmt}"
        result = runner.invoke(_cli(), ["export", "--db", str(built), "-f", fmt, "-o", str(out),
                                        "--from", "2024-03-04", "--type", "assault"])
        assert result.exit_code == 0, result.stderr
        assert out.exists() and re.match(r"exported \d+ events? to ", result.stderr)
    result = runner.invoke(_cli(), ["export", "--db", str(built), "-f", "csv", "-o", "-"])
    assert result.exit_code == 0 and result.stdout.startswith("event_id,date,")
