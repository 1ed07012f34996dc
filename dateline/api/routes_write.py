"""Write endpoints, off unless the server has a token: `POST /api/ingest` one article."""

from __future__ import annotations

import datetime as dt
import json
import tempfile
import uuid
from pathlib import Path
from typing import Optional

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

from ..store import views as view_store
from .app import stores
from .routes import ERRORS, ItemModel
from .security import check_token

router = APIRouter()
WRITE_ERRORS = {**ERRORS, 401: {"description": "Missing or wrong token"},
                403: {"description": "The server is read-only (started without a token)"}}


class PostedArticle(BaseModel):
    """One article to ingest, as an outlet published it."""

    text: str = Field(min_length=1, max_length=2_000_000, description="The article body.")
    title: Optional[str] = Field(None, max_length=1000)
    published: Optional[str] = Field(None, max_length=40,
                                     description="Publication date or time (ISO 8601).")
    url: Optional[str] = Field(None, max_length=4000)
    outlet: Optional[str] = Field(None, max_length=500)
    author: Optional[str] = Field(None, max_length=500)


def ingest_one(request: Request, posted: PostedArticle) -> dict[str, object]:
    """Ingest, annotate and fuse one article, as `dateline ingest` does for a JSON line."""
    from ..annotating import annotate_pending
    from ..config import build_options
    from ..fuse.run import fuse_pending
    from ..pipeline import ingest

    holder = stores(request)
    store = holder.get()
    options = build_options(None, db=holder.db, workers=1)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S")
    record = {k: v for k, v in posted.model_dump().items() if v is not None}
    with holder.write_lock, tempfile.TemporaryDirectory(prefix="dateline-api-") as folder:
        path = Path(folder) / f"api-ingest-{stamp}-{uuid.uuid4().hex[:8]}.jsonl"
        path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
        report = ingest([path], store, options)
        annotated = annotate_pending(store, options)
        fuse_pending(store, options.batch_size)
        article_id = view_store.source_article(store, str(path), "line 1")
    view_store.sync(store)
    return {**report.to_dict(), "annotated": annotated, "article_id": article_id}


@router.post("/api/ingest", response_model=ItemModel, responses=WRITE_ERRORS)
def post_ingest(request: Request, posted: PostedArticle) -> JSONResponse:
    """Ingest one posted article (needs `Authorization: Bearer <token>`; off without --token)."""
    check_token(request, request.app.state.token)
    return JSONResponse({"ok": True, "item": ingest_one(request, posted)})
