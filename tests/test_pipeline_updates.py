"""Re-ingesting changed sources, removing old article versions, and near-duplicate groups
whose comparisons stay bounded however large they grow."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.config import Options
from dateline.dedup.near import INDEXED_PER_GROUP
from dateline.model import Annotations, EntityMention
from dateline.pipeline import ingest
from dateline.store.sqlite import SQLiteStore

STORM = """Storm hits coast

A powerful storm hit the northern coast on Monday, flooding dozens of homes near the harbour \
and cutting power to thousands of residents, officials said.

The fire service said crews had rescued eleven people from cars trapped by rising water on the \
coast road. No deaths were reported, but two fishermen were taken to hospital.

The mayor said schools would stay closed on Tuesday while engineers inspected the sea wall, \
which was damaged in several places. Forecasters expect the wind to ease by Wednesday.
"""
OTHER = """Library reopens

The city library reopened on Saturday after a two-year renovation that added a reading garden, \
a children's wing and a cafe on the top floor, the council said.
"""


@pytest.fixture()
def store(tmp_path):
    with SQLiteStore(tmp_path / "t.db") as s:
        yield s


def _rows(store: SQLiteStore, table: str, column: str = "article_id") -> set[str]:
    return {r[0] for r in store.conn.execute(f"SELECT DISTINCT {column} FROM {table}")}


def _fts_ids(store: SQLiteStore, word: str) -> set[str]:
    return {r[0] for r in store.conn.execute(
        "SELECT article_id FROM articles_fts WHERE articles_fts MATCH ?", (word,))}


def test_an_edited_file_is_updated_and_its_old_version_removed(store, tmp_path: Path) -> None:
    path, other = tmp_path / "a.txt", tmp_path / "other.txt"
    path.write_text(STORM, encoding="utf-8")
    other.write_text(OTHER, encoding="utf-8")
    ingest([path, other], store, Options())
    old, kept_id = [a.id for a in store.iter_documents()]
    mention = EntityMention(0, 5, "Storm", "ORG", "Storm Agency", "org-storm")
    kept = EntityMention(0, 5, "Coast", "PLACE", "Coast", "place-coast")
    with store.transaction():
        store.save_annotations(old, Annotations(entities=(mention, kept)))
        store.save_annotations(kept_id, Annotations(entities=(kept,)))
    path.write_text(STORM.replace("eleven people", "twelve people"), encoding="utf-8")
    report = ingest([path, other], store, Options())
    assert (report.updated, report.unchanged, report.duplicate, report.new) == (1, 1, 0, 0)
    doc = next(d for d in store.iter_documents(unique=True) if d.source_path == str(path))
    assert doc.duplicate_of is None and doc.id != old
    assert "twelve" in doc.text
    assert _rows(store, "articles", "id") == {doc.id, kept_id}
    assert _rows(store, "minhash") == _rows(store, "lsh_bands") == {doc.id, kept_id}
    assert _fts_ids(store, "twelve") == {doc.id} and _fts_ids(store, "eleven") == set()
    assert store.get_annotations(old) is None
    counts = {e["entity_id"]: e["mentions"] for e in store.known_entities()}
    assert counts == {"place-coast": 1}  # the removed version's two mentions are taken off


def test_a_group_follows_the_new_version_of_its_first_article(store, tmp_path: Path) -> None:
    first, copy = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text(STORM, encoding="utf-8")
    copy.write_text(STORM.replace("Monday", "Monday morning"), encoding="utf-8")
    ingest([first, copy], store, Options())
    first.write_text(STORM.replace("eleven people", "twelve people"), encoding="utf-8")
    report = ingest([first], store, Options())
    assert report.updated == 1
    docs = {Path(d.source_path).name: d for d in store.iter_documents()}
    assert docs["a.txt"].duplicate_of is None
    assert docs["b.txt"].duplicate_of == docs["a.txt"].id
    assert [Path(d.source_path).name for d in store.iter_documents(unique=True)] == ["a.txt"]


def test_a_rewritten_first_article_leaves_its_copies_a_group_of_their_own(
        store, tmp_path: Path) -> None:
    first, copy = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text(STORM, encoding="utf-8")
    copy.write_text(STORM.replace("Monday", "Monday morning"), encoding="utf-8")
    ingest([first, copy], store, Options())
    first.write_text(OTHER, encoding="utf-8")
    assert ingest([first], store, Options()).updated == 1
    docs = {Path(d.source_path).name: d for d in store.iter_documents()}
    assert docs["a.txt"].duplicate_of is None and docs["b.txt"].duplicate_of is None
    assert store.counts()["articles"] == 2


def test_an_old_version_another_source_still_gives_is_kept(store, tmp_path: Path) -> None:
    first, same = tmp_path / "a.txt", tmp_path / "same.txt"
    first.write_text(STORM, encoding="utf-8")
    same.write_text(STORM, encoding="utf-8")
    ingest([first, same], store, Options())
    first.write_text(STORM.replace("eleven people", "twelve people"), encoding="utf-8")
    report = ingest([first, same], store, Options())
    assert (report.updated, report.unchanged, report.duplicate) == (1, 1, 0)
    docs = {Path(d.source_path).name: d for d in store.iter_documents()}
    assert docs["a.txt"].duplicate_of is None  # not a copy of its own old version
    assert docs["same.txt"].id != docs["a.txt"].id and store.counts()["articles"] == 2


def test_near_copies_are_compared_with_a_bounded_number_of_members(store,
                                                                  tmp_path: Path) -> None:
    paths = []
    for number in range(INDEXED_PER_GROUP + 12):
        path = tmp_path / f"{number:03d}.txt"
        # the same story with the number of people rescued changed in each copy
        path.write_text(STORM.replace("eleven", str(number + 3)), encoding="utf-8")
        paths.append(path)
    report = ingest(paths, store, Options())
    assert (report.new, report.duplicate) == (1, len(paths) - 1)
    docs = list(store.iter_documents())
    first = docs[0].id
    assert all(d.duplicate_of == first for d in docs[1:])
    # only the group's first INDEXED_PER_GROUP articles can be LSH candidates
    assert len(_rows(store, "lsh_bands")) == INDEXED_PER_GROUP
    assert len(_rows(store, "minhash")) == len(paths)
    from dateline.dedup.near import sketch

    probe = sketch(STORM, 0.8, 128)
    assert len(store.lsh_candidates(probe.buckets)) <= INDEXED_PER_GROUP
