"""Safety of the app: headers, path traversal (raw requests to a live server), the write token,
the Host check, loopback binding."""

from __future__ import annotations

import http.client
import socket
import threading
import time
from pathlib import Path
from typing import Iterator

import pytest
import uvicorn
from fastapi.testclient import TestClient

import workbench_store
from dateline.api import routes_write
from dateline.api.app import LOOPBACK_HOSTS, create_app
from dateline.api.security import CSP
from dateline.cli_web import _is_loopback

TOKEN = "s3cret-token-for-tests-only"


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return workbench_store.build(tmp_path_factory.mktemp("sec") / "w.db")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def server(db: Path) -> Iterator[int]:
    """The app on a free loopback port, as `dateline serve` runs it."""
    port = free_port()
    config = uvicorn.Config(create_app(db, allowed_hosts=LOOPBACK_HOSTS), host="127.0.0.1",
                            port=port, log_level="error")
    live = uvicorn.Server(config)
    thread = threading.Thread(target=live.run, daemon=True)
    thread.start()
    while not live.started:
        if not thread.is_alive():
            raise RuntimeError("the test server did not start")
        time.sleep(0.02)
    yield port
    live.should_exit = True
    thread.join(10)


def raw_get(port: int, path: str, host: str | None = None) -> tuple[int, dict[str, str], bytes]:
    """GET `path` exactly as written (no client-side normalization of dots or escapes)."""
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        request = (f"GET {path} HTTP/1.1\r\nHost: {host or f'127.0.0.1:{port}'}\r\n"
                   "Connection: close\r\n\r\n")
        sock.sendall(request.encode("latin-1"))
        data = b""
        while chunk := sock.recv(65536):
            data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    headers = {k.lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:])}
    return int(lines[0].split()[1]), headers, body


TRAVERSALS = [
    "/static/../../etc/passwd", "/static/../app.py", "/static/js/../../app.py",
    "/static/%2e%2e/%2e%2e/etc/passwd", "/static/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    "/static/%252e%252e/%252e%252e/etc/passwd", "/static/%252e%252e%252fapp.py",
    "/static/..%5c..%5capp.py", "/static/..\\..\\app.py", "/static//etc/passwd",
    "/static/%2fetc%2fpasswd", "/static/js/..%2f..%2f..%2fapi%2fapp.py",
    "/%2e%2e/%2e%2e/etc/passwd", "/static/vendor/../../../../../../etc/passwd",
    "/static/index.html%00.js", "/static/.%2e/app.py"]


@pytest.mark.parametrize("path", TRAVERSALS)
def test_path_traversal_is_not_found(server, path):
    status, headers, body = raw_get(server, path)
    assert status in (404, 400)
    assert b"root:" not in body and b"def create_app" not in body
    if status == 404:
        assert headers["content-type"].startswith("application/json")


def test_own_static_files_are_served_with_the_security_headers(server):
    status, headers, body = raw_get(server, "/static/js/ui.js")
    assert status == 200 and b"textContent" in body
    assert headers["content-type"].startswith("text/javascript")
    assert headers["content-security-policy"] == CSP
    assert headers["x-content-type-options"] == "nosniff"
    status, headers, body = raw_get(server, "/")
    assert status == 200 and b"/static/js/app.js" in body
    assert "frame-ancestors 'none'" in headers["content-security-policy"]
    assert "script-src 'self'" in headers["content-security-policy"]
    status, headers, _ = raw_get(server, "/api/timeline")
    assert status == 200 and headers["cache-control"] == "no-store"
    assert headers["x-frame-options"] == "DENY"


def test_a_foreign_host_header_is_refused(server):
    """A DNS-rebinding page (evil.example resolving to 127.0.0.1) cannot read the API."""
    status, _, _ = raw_get(server, "/api/timeline", host="evil.example")
    assert status == 400
    assert raw_get(server, "/api/timeline", host=f"localhost:{server}")[0] == 200


def test_the_csp_of_the_app_is_the_required_one():
    for part in ("default-src 'self'", "script-src 'self'", "object-src 'none'",
                 "base-uri 'none'", "frame-ancestors 'none'"):
        assert part in CSP
    assert "unsafe-inline" not in CSP and "unsafe-eval" not in CSP


@pytest.fixture
def stub_ingest(monkeypatch: pytest.MonkeyPatch) -> list[dict]:
    calls: list[dict] = []

    def fake(request, posted):  # the real one annotates with spaCy (the slow test does that)
        calls.append(posted.model_dump())
        return {"new": 1, "article_id": "x"}

    monkeypatch.setattr(routes_write, "ingest_one", fake)
    return calls


def test_writes_are_off_without_a_token(db, stub_ingest):
    client = TestClient(create_app(db))
    response = client.post("/api/ingest", json={"text": "Hello."},
                           headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 403 and "--token" in response.json()["error"]
    assert stub_ingest == []


@pytest.mark.parametrize("header", [None, "Bearer wrong", f"Basic {TOKEN}", f"Bearer {TOKEN}x",
                                    "Bearer", f"bearer  {TOKEN[:-1]}"])
def test_writes_need_the_right_bearer_token(db, stub_ingest, header):
    client = TestClient(create_app(db, token=TOKEN))
    headers = {"Authorization": header} if header else {}
    response = client.post("/api/ingest", json={"text": "Hello."}, headers=headers)
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"
    assert stub_ingest == []


def test_the_right_token_ingests(db, stub_ingest):
    client = TestClient(create_app(db, token=TOKEN))
    response = client.post("/api/ingest", json={"text": "Hello.", "title": "T"},
                           headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 200 and response.json()["item"]["new"] == 1
    assert stub_ingest[0]["title"] == "T"


def test_reads_are_never_writes(db):
    client = TestClient(create_app(db, token=TOKEN))
    assert client.post("/api/timeline").status_code == 405
    assert client.delete(f"/api/articles/{workbench_store.ids()['protest']}").status_code == 405


@pytest.mark.parametrize("host, loopback", [("127.0.0.1", True), ("::1", True),
                                            ("localhost", True), ("0.0.0.0", False),
                                            ("192.168.1.4", False), ("example.org", False)])
def test_loopback_detection(host, loopback):
    assert _is_loopback(host) is loopback


def test_http_client_sees_json_404_for_unknown_static(server):
    conn = http.client.HTTPConnection("127.0.0.1", server, timeout=10)
    conn.request("GET", "/static/nope.js")
    response = conn.getresponse()
    assert response.status == 404
    assert b'"ok":false' in response.read()
