"""The JSON API over a tiny hand-annotated store: every endpoint, paging, filters, error shape."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

import workbench_store
from dateline.api.app import create_app

IDS = workbench_store.ids()


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return workbench_store.build(tmp_path_factory.mktemp("api") / "w.db")


@pytest.fixture(scope="module")
def client(db: Path) -> TestClient:
    return TestClient(create_app(db), raise_server_exceptions=False)


def items(client: TestClient, url: str) -> list[dict]:
    response = client.get(url)
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["ok"] is True
    return body["items"]


def test_timeline_lists_events_with_modes_and_independent_sources(client):
    entries = items(client, "/api/timeline")
    by_mode = {e["mode"]: e for e in entries}
    assert set(by_mode) == {"asserted", "claimed", "denied"}
    protest = by_mode["asserted"]
    assert {s["article_id"] for s in protest["sources"]} == {IDS["protest"], IDS["second"]}
    # how many are independent is fuse/sources' call (reworded reports may count once)
    assert protest["independent_sources"] in (1, 2)


@pytest.mark.parametrize("query, modes", [
    ("mode=denied", {"denied"}), ("mode=claimed&mode=denied", {"claimed", "denied"}),
    ("type=ASSAULT", {"claimed"}), ("actor=council", {"denied"}),
    ("q=injured", {"claimed"}), ("place=kharkiv", {"asserted", "claimed", "denied"}),
    ("from=2025-03-16", set()), ("to=2025-03-15", {"asserted", "claimed", "denied"})])
def test_timeline_filters(client, query, modes):
    assert {e["mode"] for e in items(client, "/api/timeline?" + query)} == modes


def test_paging_follows_next_offset_to_the_end(client):
    first = client.get("/api/timeline?limit=2").json()
    assert len(first["items"]) == 2 and first["next_offset"] == 2
    second = client.get(f"/api/timeline?limit=2&offset={first['next_offset']}").json()
    assert len(second["items"]) == 1 and second["next_offset"] is None
    ids = [e["event_id"] for e in first["items"] + second["items"]]
    assert len(set(ids)) == 3


def test_event_and_events(client):
    mentions = items(client, "/api/events?mode=denied")
    assert [m["article_id"] for m in mentions] == [IDS["denial"]]
    event = client.get(f"/api/events/{mentions[0]['event_id']}").json()["item"]
    assert event["mode"] == "denied" and event["summary"].startswith("The Kharkiv city council")


def test_article_has_text_annotations_sources_and_events(client):
    article = client.get(f"/api/articles/{IDS['denial']}").json()["item"]
    assert article["text"] == workbench_store.DENIAL
    assert article["annotations"]["figures"][0]["text"] == "40"
    assert article["sources"][0]["source_path"] == "denial.txt"
    assert {e["mode"] for e in article["events"]} == {"denied", "claimed"}
    start, end = article["events"][0]["start"], article["events"][0]["end"]
    assert article["text"][start:end].startswith("The Kharkiv city council denied")


def test_articles_list_and_full_text_search_with_marked_snippets(client):
    assert len(items(client, "/api/articles")) == 3
    hits = items(client, "/api/articles?q=tolerate")
    assert [h["id"] for h in hits] == [IDS["protest"]]
    snippet, marks = hits[0]["snippet"], hits[0]["snippet_marks"]
    assert [snippet[a:b] for a, b in marks] == ["tolerate"]
    assert [h["id"] for h in items(client, "/api/articles?mode=denied")] == [IDS["denial"]]


def test_search_gives_events_then_articles(client):
    hits = items(client, "/api/search?q=tear+gas")
    kinds = [h["kind"] for h in hits]
    assert kinds == sorted(kinds, key=lambda k: k != "event") and "article" in kinds
    assert items(client, "/api/search?q=tear+gas&kind=article")[0]["kind"] == "article"
    assert items(client, "/api/search?q=") == []


def test_entities_and_entity_page(client):
    names = [e["canonical"] for e in items(client, "/api/entities")]
    assert names[0] == "Kharkiv" and "Ihor Terekhov" in names
    assert [e["canonical"] for e in items(client, "/api/entities?kind=PERSON")] == \
        ["Ihor Terekhov"]
    page = client.get("/api/entities/per:terekhov").json()["item"]
    assert page["entity"]["canonical"] == "Ihor Terekhov"
    assert page["roles"] == [{"role": "Mayor", "mentions": 1}]
    assert page["quotes"][0]["text"] == "We will not tolerate violence,"
    mention = page["mentions"][0]
    context = mention["context"]
    cut = mention["start"] - mention["context_start"]
    assert context[cut:cut + len("Ihor Terekhov")] == "Ihor Terekhov"


def test_places_figures_quotes(client):
    places = items(client, "/api/places")
    assert places[0]["name"] == "Kharkiv" and places[0]["mentions"] == 4
    assert places[0]["events"] == 3
    series = items(client, "/api/figures")
    arrested = next(s for s in series if s["series_id"] == "arrested|people")
    assert len(arrested["disagreements"]) == 1
    assert items(client, "/api/figures?actor=Protesters")[0]["series_id"] == "wounded|people"
    assert items(client, "/api/quotes?actor=Terekhov")[0]["speaker"] == "Ihor Terekhov"
    assert items(client, "/api/quotes?q=banana") == []


def test_days_count_entries_per_mode(client):
    assert items(client, "/api/timeline/days") == [
        {"day": "2025-03-15", "entries": 3, "modes": {"asserted": 1, "claimed": 1, "denied": 1}}]


@pytest.mark.parametrize("url, status, words", [
    ("/api/articles/0000000000000000", 404, "no article"),
    ("/api/events/nope", 404, "no event"),
    ("/api/entities/nope", 404, "no entity"),
    ("/api/nothing", 404, "no such page"),
    ("/api/timeline?limit=0", 422, "limit"),
    ("/api/timeline?limit=100000", 422, "limit"),
    ("/api/timeline?from=2025-02-30", 422, "YYYY-MM-DD"),
    ("/api/timeline?from=yesterday", 422, "from"),
    ("/api/timeline?mode=rumoured", 422, "mode"),
    ("/api/timeline?type=PARTY", 422, "type"),
    ("/api/timeline?story=s1", 404, "story"),
    ("/api/quotes?story=s1", 404, "story"),
])
def test_errors_have_one_shape_and_say_what_to_do(client, url, status, words):
    response = client.get(url)
    assert response.status_code == status
    body = response.json()
    assert body == {"ok": False, "error": body["error"], "status": status}
    assert words in body["error"]


def test_an_unexpected_failure_is_a_json_500(client, monkeypatch):
    from dateline.fuse import views

    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(views, "timeline", broken)
    response = client.get("/api/timeline")
    assert response.status_code == 500
    assert response.json()["ok"] is False and "boom" not in response.json()["error"]


def test_openapi_lists_every_endpoint(client):
    paths = client.get("/openapi.json").json()["paths"]
    for path in ("/api/articles", "/api/articles/{article_id}", "/api/timeline", "/api/events",
                 "/api/events/{event_id}", "/api/entities", "/api/entities/{entity_id}",
                 "/api/figures", "/api/quotes", "/api/search", "/api/places", "/api/ingest"):
        assert path in paths
    params = {p["name"] for p in paths["/api/timeline"]["get"]["parameters"]}
    assert {"from", "to", "place", "actor", "type", "mode", "story", "q", "limit",
            "offset"} <= params


def test_a_missing_store_is_refused_at_start(tmp_path):
    with pytest.raises(FileNotFoundError, match="dateline ingest"):
        create_app(tmp_path / "none.db")


def test_the_story_filter_keeps_the_story_s_articles(tmp_path):
    db = workbench_store.build(tmp_path / "s.db")
    from dateline.store.sqlite import SQLiteStore

    with SQLiteStore(db) as store:  # fusion put all three in one story: move one out
        store.conn.execute("CREATE TABLE IF NOT EXISTS story_members (article_id TEXT PRIMARY "
                           "KEY, story_id TEXT NOT NULL, seq INTEGER NOT NULL)")
        store.conn.execute("INSERT OR REPLACE INTO story_members VALUES (?, 'denial-story', 1)",
                           (IDS["denial"],))
    client = TestClient(create_app(db))
    assert {e["mode"] for e in items(client, "/api/timeline?story=denial-story")} == \
        {"claimed", "denied"}
    assert [a["id"] for a in items(client, "/api/articles?story=denial-story")] == \
        [IDS["denial"]]
    assert {e["article_id"] for e in items(client, "/api/events?story=denial-story")} == \
        {IDS["denial"]}
    response = client.get("/api/timeline?story=other")
    assert response.status_code == 404 and "dateline stories" in response.json()["error"]


def test_cached_lists_follow_changes_made_by_another_process(tmp_path):
    from dateline.model import Annotations, Place
    from dateline.store.sqlite import SQLiteStore

    db = workbench_store.build(tmp_path / "c.db")
    client = TestClient(create_app(db))
    assert [p["name"] for p in items(client, "/api/places")] == ["Kharkiv"]
    assert [p["name"] for p in items(client, "/api/places")] == ["Kharkiv"]  # from the cache
    with SQLiteStore(db) as other, other.transaction():  # e.g. `dateline ingest` meanwhile
        other.save_annotations(IDS["second"], Annotations(places=(
            Place(0, 6, "Police", "Izium", 49.21, 37.25, "UA", "city"),)))
    assert {p["name"] for p in items(client, "/api/places")} == {"Kharkiv", "Izium"}


def test_a_store_from_before_stories_says_how_to_get_them(tmp_path):
    from dateline.store.sqlite import SQLiteStore

    db = workbench_store.build(tmp_path / "old.db")
    with SQLiteStore(db) as store:
        store.conn.execute("DROP TABLE IF EXISTS story_members")
    response = TestClient(create_app(db)).get("/api/timeline?story=s1")
    assert response.status_code == 404 and "dateline fuse" in response.json()["error"]
