"""What keeps untrusted article text inert in the app: headers, static files, the write token."""

from __future__ import annotations

import hmac
import mimetypes
from pathlib import Path
from typing import Any, Awaitable, Callable, Mapping

from fastapi import HTTPException, Request
from fastapi.responses import Response

CSP = ("default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; "
       "frame-ancestors 'none'; form-action 'self'; img-src 'self' data:")
HEADERS = {
    "content-security-policy": CSP,
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
    "cross-origin-opener-policy": "same-origin",
    "cross-origin-resource-policy": "same-origin",
}
STATIC_ROOT = Path(__file__).parent / "web" / "static"
TYPES = {".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8",
         ".json": "application/json", ".html": "text/html; charset=utf-8",
         ".png": "image/png", ".svg": "image/svg+xml", ".txt": "text/plain; charset=utf-8"}

Send = Callable[[Mapping[str, Any]], Awaitable[None]]
Receive = Callable[[], Awaitable[Mapping[str, Any]]]
ASGIApp = Callable[[Mapping[str, Any], Receive, Send], Awaitable[None]]


class SecurityHeaders:
    """ASGI middleware: every HTTP response gets the security headers (API ones: no-store)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Mapping[str, Any], receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        api = scope.get("path", "").startswith("/api/")

        async def with_headers(message: Mapping[str, Any]) -> None:
            if message["type"] == "http.response.start":
                raw = [(k, v) for k, v in message.get("headers", [])
                       if k.decode("latin-1").lower() not in HEADERS]
                raw += [(k.encode(), v.encode()) for k, v in HEADERS.items()]
                if api:
                    raw.append((b"cache-control", b"no-store"))
                message = {**message, "headers": raw}
            await send(message)

        await self.app(scope, receive, with_headers)


class StaticFiles:
    """The UI's files, looked up by exact name in a table built at start: a name that is not
    in the table (`..`, encoded dots, backslashes, absolute paths) is simply not found."""

    def __init__(self, root: Path = STATIC_ROOT) -> None:
        self.files: dict[str, Path] = {
            path.relative_to(root).as_posix(): path
            for path in sorted(root.rglob("*")) if path.is_file() and path.suffix in TYPES}

    def response(self, name: str) -> Response:
        path = self.files.get(name)
        if path is None:
            raise HTTPException(404, f"no file {name!r} in this app's static files")
        media = TYPES.get(path.suffix) or mimetypes.guess_type(path.name)[0] or "text/plain"
        return Response(path.read_bytes(), media_type=media,
                        headers={"cache-control": "no-cache"})


def check_token(request: Request, token: str | None) -> None:
    """Writes need the server's token as `Authorization: Bearer <token>` (constant time)."""
    if not token:
        raise HTTPException(403, "this server is read-only: start it with `dateline serve "
                                 "--token T` (or DATELINE_TOKEN=T) to allow writes")
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(),
                                                             token.encode()):
        raise HTTPException(401, "missing or wrong token: send the header "
                                 "`Authorization: Bearer <token>` with the server's token",
                            headers={"WWW-Authenticate": "Bearer"})
