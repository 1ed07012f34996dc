"""The workbench's mention indexes follow the annotations: new, replaced and removed articles."""

from __future__ import annotations

from pathlib import Path

import workbench_store
from dateline.model import Annotations, EntityMention
from dateline.store import view_queries as vq
from dateline.store import views
from dateline.store.sqlite import SQLiteStore


def mentions(store: SQLiteStore, entity_id: str) -> list[str]:
    return [m["article_id"] for m in vq.entity_mentions(store, entity_id, 100, 0)]


def test_sync_indexes_each_annotation_once_and_follows_replacements(tmp_path: Path):
    ids = workbench_store.ids()
    with SQLiteStore(workbench_store.build(tmp_path / "w.db")) as store:
        assert views.sync(store) == 3
        assert views.sync(store) == 0
        assert len(mentions(store, "plc:kharkiv")) == 3
        text = workbench_store.SECOND
        with store.transaction():
            store.save_annotations(ids["second"], Annotations(entities=(EntityMention(
                0, 6, "Police", "ORG", "Police", "org:police"),)))
        assert views.sync(store) == 1
        assert mentions(store, "org:police") == [ids["second"]]
        assert ids["second"] not in mentions(store, "plc:kharkiv")
        assert text.startswith("Police")


def test_removed_annotations_leave_the_indexes(tmp_path: Path):
    ids = workbench_store.ids()
    with SQLiteStore(workbench_store.build(tmp_path / "w.db")) as store:
        views.sync(store)
        with store.transaction():
            store.conn.execute("DELETE FROM annotations WHERE article_id = ?", (ids["protest"],))
        views.sync(store)
        assert ids["protest"] not in mentions(store, "plc:kharkiv")
        assert mentions(store, "per:terekhov") == []


def test_a_new_views_version_rebuilds_the_indexes(tmp_path: Path, monkeypatch):
    with SQLiteStore(workbench_store.build(tmp_path / "w.db")) as store:
        views.sync(store)
        monkeypatch.setattr(views, "VIEWS_VERSION", views.VIEWS_VERSION + 1)
        assert views.sync(store) == 3
        assert len(mentions(store, "plc:kharkiv")) == 3


def test_merged_entities_keep_their_mentions(tmp_path: Path):
    with SQLiteStore(workbench_store.build(tmp_path / "w.db")) as store:
        views.sync(store)
        with store.transaction():
            store.conn.execute("INSERT INTO entities VALUES ('per:ihor', 'Ihor Terekhov Jr', "
                               "'PERSON', 0)")
            store.merge_entity("per:terekhov", "per:ihor")
        assert vq.entity(store, "per:terekhov")["entity_id"] == "per:ihor"
        assert len(mentions(store, "per:ihor")) == 1
        assert vq.entity_roles(store, "per:ihor") == [{"role": "Mayor", "mentions": 1}]


def test_scope_filters_articles(tmp_path: Path):
    ids = workbench_store.ids()
    with SQLiteStore(workbench_store.build(tmp_path / "w.db")) as store:
        views.sync(store)

        def listed(**scope) -> set[str]:
            return {a["id"] for a in views.articles(store, views.Scope(**scope), None, 50, 0)}

        assert listed() == set(ids.values())
        assert listed(actor="Terekhov") == {ids["protest"]}
        assert listed(place="KHARKIV") == set(ids.values())
        assert listed(modes=("claimed",)) == {ids["denial"]}
        assert listed(date_from="2025-03-16") == {ids["denial"]}
        assert listed(date_to="2025-03-15") == {ids["protest"], ids["second"]}
        assert listed(story="s1") == set()


def test_the_place_totals_always_equal_a_recount(tmp_path: Path):
    ids = workbench_store.ids()

    def totals(store: SQLiteStore) -> tuple[list, list]:
        kept = store.conn.execute("SELECT name, mentions, articles FROM view_places "
                                  "ORDER BY name").fetchall()
        recount = store.conn.execute(
            "SELECT name, COUNT(*), COUNT(DISTINCT article_id) FROM view_place_mentions "
            "WHERE lat IS NOT NULL GROUP BY name ORDER BY name").fetchall()
        return [tuple(r) for r in kept], [tuple(r) for r in recount]

    with SQLiteStore(workbench_store.build(tmp_path / "w.db")) as store:
        views.sync(store)
        kept, recount = totals(store)
        assert kept == recount == [("Kharkiv", 4, 3)]
        with store.transaction():
            store.save_annotations(ids["denial"], Annotations())
        views.sync(store)
        kept, recount = totals(store)
        assert kept == recount == [("Kharkiv", 2, 2)]
        with store.transaction():
            store.conn.execute("DELETE FROM annotations WHERE article_id = ?", (ids["second"],))
        views.sync(store)
        kept, recount = totals(store)
        assert kept == recount == [("Kharkiv", 1, 1)]
