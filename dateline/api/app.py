"""The HTTP API and web app: `create_app(db, token=None)` builds the FastAPI application.

Read-only unless a token is given. The store is opened once per worker thread (sqlite3
connections belong to the thread that made them); the mention indexes of `store.views` are
caught up at start and before each request that reads the store.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from pathlib import Path
from typing import Any, Callable, Hashable, Sequence

from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.trustedhost import TrustedHostMiddleware

from .. import __version__
from ..fuse.views import NotFound
from ..store import views as view_store
from ..store.sqlite import SQLiteStore
from .cache import ResultCache
from .security import SecurityHeaders, StaticFiles

log = logging.getLogger("dateline.api")
LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1", "[::1]")


class Stores:
    """One open store per thread, its mention indexes caught up before each use."""

    def __init__(self, db: str) -> None:
        self.db = db
        self.local = threading.local()
        self.write_lock = threading.Lock()

    def get(self) -> SQLiteStore:
        store = getattr(self.local, "store", None)
        if store is None:
            store = self.local.store = SQLiteStore(self.db)
            self.local.cache = ResultCache()
        view_store.sync(store)
        return store

    def cached(self, key: Hashable, compute: Callable[[SQLiteStore], Any]) -> Any:
        """`compute(store)`, or its result from this thread's cache while the store is unchanged."""
        store = self.get()
        return self.local.cache.get(store, key, lambda: compute(store))


def error(status: int, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    """The one error shape of the API."""
    return JSONResponse({"ok": False, "error": message, "status": status}, status_code=status,
                        headers=headers)


def _validation_message(exc: RequestValidationError) -> str:
    parts = []
    for item in exc.errors()[:5]:
        where = [str(p) for p in item.get("loc", ()) if p not in ("query", "path", "body")]
        kind = {"query": "query parameter", "path": "path parameter", "body": "body field"}.get(
            str(item.get("loc", ("",))[0]), "parameter")
        parts.append(f"{kind} '{'.'.join(where)}': {item.get('msg', 'invalid')}")
    return "; ".join(parts) + ". Fix the request; /openapi.json describes every parameter."


def _install_errors(app: FastAPI) -> None:
    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        message = exc.detail if isinstance(exc.detail, str) else "request failed"
        if exc.status_code == 404 and message == "Not Found":
            message = (f"no such page {request.url.path!r}: the API lives under /api/ "
                       "(see /openapi.json) and the app at /")
        elif exc.status_code == 405:
            message = f"method {request.method} is not allowed here; see /openapi.json"
        return error(exc.status_code, message, getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        return error(422, _validation_message(exc))

    @app.exception_handler(NotFound)
    async def not_found(request: Request, exc: NotFound) -> JSONResponse:
        return error(404, str(exc))

    @app.exception_handler(sqlite3.Error)
    async def store_failed(request: Request, exc: sqlite3.Error) -> JSONResponse:
        log.exception("store error on %s", request.url.path)
        return error(503, f"the store could not answer ({exc}); check that the --db file is a "
                          "dateline store and not locked, then retry")

    @app.exception_handler(Exception)
    async def crashed(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error on %s", request.url.path)
        return error(500, "internal error: the server log has the details; please report it "
                          "with the request that caused it")


def create_app(db: str | Path, token: str | None = None,
               allowed_hosts: Sequence[str] | None = None) -> FastAPI:
    """The app over the store at `db` (which must exist). Writes need `token`; `allowed_hosts`
    restricts the Host header (the CLI passes loopback names when it binds to loopback, which
    stops DNS-rebinding pages from reading the API)."""
    from .routes import router
    from .routes_write import router as write_router

    if not Path(db).is_file():
        raise FileNotFoundError(f"{db}: no store at this path; run `dateline ingest PATH "
                                f"--db {db}` first")
    app = FastAPI(title="dateline", version=__version__, docs_url=None, redoc_url=None,
                  description="Read API of a dateline store: timeline, events, entities, "
                              "figures, quotes, articles and search, every fact with its "
                              "evidence span. Errors: {\"ok\": false, \"error\", \"status\"}.")
    app.state.stores = Stores(str(db))
    app.state.token = token or None
    app.state.static = StaticFiles()
    _install_errors(app)
    app.include_router(router)
    app.include_router(write_router)
    if allowed_hosts:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=list(allowed_hosts))
    app.add_middleware(SecurityHeaders)
    app.state.stores.get()  # fail at start, not on the first request, when the store is bad
    return app


def stores(request: Request) -> Stores:
    return request.app.state.stores  # type: ignore[no-any-return]


def not_found(message: str) -> HTTPException:
    return HTTPException(404, message)


def app_state(request: Request, name: str) -> Any:
    return getattr(request.app.state, name)
