"""Property-based API tests from the OpenAPI schema (schemathesis): every operation, generated
parameters; no 5xx, responses as documented, valid input accepted, invalid input rejected.

(Driven through Hypothesis directly: schemathesis' pytest fixture integration does not run on
pytest 9.)
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

import workbench_store
from dateline.api.app import create_app

schemathesis = pytest.importorskip("schemathesis", reason="pip install schemathesis")
pytestmark = pytest.mark.slow
OPERATIONS = [("GET", path) for path in (
    "/api/articles", "/api/articles/{article_id}", "/api/timeline", "/api/timeline/days",
    "/api/events", "/api/events/{event_id}", "/api/entities", "/api/entities/{entity_id}",
    "/api/places", "/api/figures", "/api/quotes", "/api/search")] + [("POST", "/api/ingest")]


@pytest.fixture(scope="module")
def api_schema(tmp_path_factory: pytest.TempPathFactory):
    db: Path = workbench_store.build(tmp_path_factory.mktemp("schema") / "w.db")
    return schemathesis.openapi.from_asgi("/openapi.json", create_app(db))


def test_the_schema_lists_exactly_these_operations(api_schema):
    found = {(r.ok().method.upper(), r.ok().path) for r in api_schema.get_all_operations()}
    assert found == set(OPERATIONS)


@pytest.mark.parametrize("method, path", OPERATIONS)
def test_every_operation_conforms_to_its_schema(api_schema, method, path):
    operation = api_schema[path][method]

    @given(case=operation.as_strategy())
    @settings(max_examples=60, deadline=None, derandomize=True, database=None,
              suppress_health_check=list(HealthCheck))
    def check(case):
        response = case.call_and_validate()
        body = response.json()
        if response.status_code >= 400:
            assert body == {"ok": False, "error": body["error"],
                            "status": response.status_code}
            assert body["error"]
        else:
            assert body["ok"] is True

    check()
