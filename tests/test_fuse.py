"""Fusion across articles: event clusters, independent sources, figure series, inferred dates."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dateline.annotating import annotate_pending
from dateline.config import Options
from dateline.fuse import query as q
from dateline.fuse.run import fuse_pending
from dateline.pipeline import ingest
from dateline.store.sqlite import SQLiteStore

WIRE = " date 2024-03-04 \n" + """Rebels seize airport in Goma

By Reuters

GOMA, Congo — Rebel fighters seized the airport in Goma on Monday, the army said, as fighting \
spread to the northern districts of the city.

At least 12 civilians were killed in the fighting on Monday, the regional governor said.

The United Nations said about 40,000 people had fled the city since Saturday.
"""
# the same wire copy run by a second outlet, lightly edited: a near duplicate
WIRE_COPY = WIRE.replace("Rebels seize airport in Goma", "Goma airport falls to rebels").replace(
    "as fighting spread", "as heavy fighting spread")
OTHER = " date 2024-03-05 \n" + """Army shells rebel positions

KINSHASA, Congo — Government troops shelled rebel positions near Goma on Tuesday, the army \
said.

The aid group Medecins Sans Frontieres said on Tuesday that at least 30 civilians had been \
killed since Monday. The United Nations said 65,000 people had fled Goma.
"""
GOVERNOR = " date 2024-03-05 \n" + """Governor gives lower toll

GOMA, Congo — The regional governor's office said on Tuesday that 14 civilians had been killed \
in the fighting for the city.
"""
UNDATED = """Residents flee Goma

Thousands of residents fled Goma on Wednesday after rebels captured the airport on 4 March \
2024.
"""


def _build(tmp_path: Path, groups: list[dict[str, str]], db: str = "f.db",
           defer: bool = False) -> SQLiteStore:
    store = SQLiteStore(tmp_path / db)
    options = Options(workers=1)
    for number, group in enumerate(groups):
        folder = tmp_path / f"{db}-{number}"
        folder.mkdir()
        for name, text in group.items():
            (folder / name).write_text(text, encoding="utf-8")
        ingest([folder], store, options)
        annotate_pending(store, options)
        fuse_pending(store, defer_timeline=defer)
    return store


def _canonical(store: SQLiteStore) -> list[str]:
    return [json.dumps(entry, sort_keys=True) for entry in q.timeline(store)]


@pytest.mark.slow
def test_a_wire_story_run_by_two_outlets_is_one_independent_source(tmp_path):
    with _build(tmp_path, [{"a.txt": WIRE, "b.txt": WIRE_COPY}]) as store:
        seized = [e for e in q.timeline(store) if e["type"] == "COERCE"]
        assert len(seized) == 1
        entry = seized[0]
        assert len(entry["sources"]) == 2 and entry["independent_sources"] == 1
        assert entry["date"] == "2024-03-04" and entry["mode"] == "claimed"
        assert entry["first_reported"] == "2024-03-04"
        for source in entry["sources"]:
            text = store.get_article(source["article_id"]).text
            assert "seized the airport" in text[source["start"]:source["end"]]


@pytest.mark.slow
def test_adding_articles_later_gives_the_same_timeline_as_all_at_once(tmp_path):
    once = _build(tmp_path, [{"a.txt": WIRE, "b.txt": WIRE_COPY, "c.txt": OTHER}], "once.db")
    later = _build(tmp_path, [{"a.txt": WIRE}, {"b.txt": WIRE_COPY, "c.txt": OTHER}],
                   "later.db")
    with once, later:
        assert _canonical(once) == _canonical(later)
        assert len(_canonical(once)) >= 3


@pytest.mark.slow
def test_figures_form_series_and_disagreements_stand_side_by_side(tmp_path):
    with _build(tmp_path, [{"a.txt": WIRE, "c.txt": OTHER, "g.txt": GOVERNOR}]) as store:
        series = {s["series_id"]: s for s in q.figure_series(store)}
        fled = series["fled|people"]
        assert [p["value"] for p in fled["points"]] == [40000, 65000]
        assert [p["as_of"] for p in fled["points"]] == ["2024-03-04", "2024-03-05"]
        assert fled["disagreements"] == []  # a count that grows day by day is no disagreement
        killed = series["killed|civilians"]
        values = [p["value"] for p in killed["points"]]
        assert sorted(values) == [12, 14, 30]
        # the same day, at least 30 vs 14, two claimants: shown side by side, not averaged
        (disagreement,) = killed["disagreements"]
        assert disagreement["as_of"] == "2024-03-05"
        assert sorted(values[i] for i in disagreement["points"]) == [14, 30]
        assert all(p["claimant"] for p in killed["points"])


@pytest.mark.slow
def test_an_undated_article_gets_an_inferred_date_and_keeps_published_empty(tmp_path):
    with _build(tmp_path, [{"u.txt": UNDATED}]) as store:
        (article,) = list(store.iter_documents())
        assert article.published is None
        inferred = q.inferred_date(store, article.id)
        assert inferred is not None
        assert inferred["published"] == "2024-03-06"  # the first Wednesday after 4 March 2024
        assert 0 < inferred["confidence"] < 0.5 and "Wednesday" in inferred["reason"]


@pytest.mark.slow
def test_search_and_brief_cite_their_evidence(tmp_path):
    with _build(tmp_path, [{"a.txt": WIRE, "c.txt": OTHER}]) as store:
        hits = q.search(store, "airport Goma")
        assert hits and {h["kind"] for h in hits} <= {"article", "event"}
        brief = q.brief(store, __import__("datetime").date(2024, 3, 5))
        assert brief["sentences"]
        for line in brief["sentences"]:
            for cite in line["citations"]:
                text = store.get_article(cite["article_id"]).text
                assert text[cite["start"]:cite["end"]].strip()


@pytest.mark.slow
def test_an_edited_article_leaves_no_trace_of_its_old_version_in_the_timeline(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(WIRE, encoding="utf-8")
    options = Options(workers=1)
    with SQLiteStore(tmp_path / "e.db") as store:
        for text in (WIRE, WIRE.replace("seized the airport", "captured the airport")):
            (folder / "a.txt").write_text(text, encoding="utf-8")
            ingest([folder], store, options)
            annotate_pending(store, options)
            fuse_pending(store)
        (article,) = list(store.iter_documents())
        assert "captured the airport" in article.text
        cited = {s["article_id"] for e in q.timeline(store) for s in e["sources"]}
        assert cited == {article.id}
        triggers = {e["trigger"] for e in q.events(store)}
        assert "captured" in triggers and "seized" not in triggers


@pytest.mark.slow
def test_articles_json_carries_shared_reporting_and_the_inferred_date(tmp_path):
    from typer.testing import CliRunner

    from dateline.cli import app

    with _build(tmp_path, [{"u.txt": UNDATED}]):
        pass
    result = CliRunner().invoke(app, ["articles", "--db", str(tmp_path / "f.db"), "--json"])
    (row,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert row["published"] is None and row["inferred_published"] == "2024-03-06"
    assert row["shared_reporting"] == [] and 0 < row["inferred_confidence"] < 1
    assert "Wednesday" in row["inferred_reason"]


@pytest.mark.slow
def test_a_deferred_timeline_is_the_one_built_after_every_batch_once_refreshed(tmp_path):
    from dateline.fuse.run import refresh_stale

    groups = [{"a.txt": WIRE}, {"b.txt": WIRE_COPY}, {"c.txt": OTHER, "g.txt": GOVERNOR}]
    every = _build(tmp_path, groups, "every.db")
    deferred = _build(tmp_path, groups, "deferred.db", defer=True)
    with every, deferred:
        # the clusters the later articles joined still show their first source only
        assert _canonical(deferred) != _canonical(every)
        assert refresh_stale(deferred) > 0
        assert _canonical(deferred) == _canonical(every)
        assert refresh_stale(deferred) == 0


@pytest.mark.slow
def test_a_fuse_rebuilds_what_an_interrupted_deferring_ingest_left_stale(tmp_path):
    from dateline.store import timeline_entries as entry_store

    # the second batch is fused by a deferring ingest killed before its refresh
    with _build(tmp_path, [{"a.txt": WIRE}, {"b.txt": WIRE_COPY}], "stale.db",
                defer=True) as store:
        assert entry_store.stale(store, 10)
        assert fuse_pending(store) == 0  # nothing new to fuse, but the marks are rebuilt
        assert entry_store.stale(store, 10) == []
        (seized,) = [e for e in q.timeline(store) if e["type"] == "COERCE"]
        assert len(seized["sources"]) == 2


@pytest.mark.slow
def test_an_ingest_leaves_no_stale_timeline_entry(tmp_path):
    from typer.testing import CliRunner

    from dateline.cli import app
    from dateline.store import timeline_entries as entry_store

    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in {"a.txt": WIRE, "b.txt": WIRE_COPY, "c.txt": OTHER}.items():
        (folder / name).write_text(text, encoding="utf-8")
    db = tmp_path / "i.db"
    result = CliRunner().invoke(app, ["ingest", str(folder), "--db", str(db), "--workers", "1",
                                      "--json"])
    assert result.exit_code == 0, result.output
    with SQLiteStore(db) as store:
        assert entry_store.stale(store, 10) == []
        seized = [e for e in q.timeline(store) if e["type"] == "COERCE"]
        assert len(seized) == 1 and len(seized[0]["sources"]) == 2
