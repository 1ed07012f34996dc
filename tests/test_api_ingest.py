"""POST /api/ingest for real: with the token, a posted article is cleaned, annotated (spaCy),
fused, and readable at once; its hostile fields come back as data."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

import workbench_store
from dateline.api.app import create_app

pytestmark = pytest.mark.slow
TOKEN = "a-long-enough-test-token"


def test_a_posted_article_is_ingested_annotated_and_fused(tmp_path):
    db = workbench_store.build(tmp_path / "w.db")
    client = TestClient(create_app(db, token=TOKEN))
    posted = {"title": "Floods hit Odesa <script>window.__pwned=1</script>",
              "published": "2025-03-18", "outlet": "Black Sea Wire",
              "url": "javascript:alert(1)",
              "text": ("Floodwaters forced 300 people from their homes in Odesa on Tuesday, "
                       "the regional governor said. Rescuers evacuated 40 children from a "
                       "school in the city.")}
    response = client.post("/api/ingest", json=posted,
                           headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 200, response.text
    report = response.json()["item"]
    assert report["new"] == 1 and report["annotated"] == 1 and report["article_id"]
    article = client.get(f"/api/articles/{report['article_id']}").json()["item"]
    assert article["title"] == posted["title"] and article["url"] == posted["url"]
    assert article["annotations"]["figures"]
    assert any(p["name"] == "Odesa" for p in client.get("/api/places").json()["items"])
    again = client.post("/api/ingest", json=posted,
                        headers={"Authorization": f"Bearer {TOKEN}"}).json()["item"]
    assert again["new"] == 0 and again["article_id"] == report["article_id"]
