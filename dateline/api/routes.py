"""Read endpoints: each parses its parameters, calls `dateline.fuse.views`, returns JSON."""

from __future__ import annotations

from typing import Annotated, Any, Callable, Optional

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import FileResponse, JSONResponse, Response
from pydantic import BaseModel

from ..fuse import views
from ..fuse.query import Filters
from .app import stores
from .params import EntityKind, HitKind, filters, page
from .security import STATIC_ROOT

router = APIRouter()
Id = Annotated[str, Path(min_length=1, max_length=100, description="An id from a list.")]
FiltersDep = Annotated[Filters, Depends(filters)]


class PageModel(BaseModel):
    ok: bool
    items: list[dict[str, Any]]
    limit: int
    offset: int
    next_offset: Optional[int]


class ItemModel(BaseModel):
    ok: bool
    item: dict[str, Any]


class ErrorModel(BaseModel):
    ok: bool
    error: str
    status: int


ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorModel, "description": text} for code, text in
    ((404, "No such record (or no such story)"),
     (422, "A parameter that is not valid"), (503, "The store could not answer"))}


def _list(request: Request, fetch: Callable[..., list[dict[str, Any]]], flt: Filters,
          *args: Any) -> JSONResponse:
    return JSONResponse(page(fetch(stores(request).get(), flt, *args), flt))


def _cached_list(request: Request, fetch: Callable[..., list[dict[str, Any]]], flt: Filters,
                 *args: Any) -> JSONResponse:
    """`_list` for aggregates that are costly on a big store and asked for again and again."""
    items = stores(request).cached((fetch.__name__, flt, args),
                                   lambda store: fetch(store, flt, *args))
    return JSONResponse(page(items, flt))


def _one(request: Request, fetch: Callable[..., dict[str, Any]], *args: Any) -> JSONResponse:
    return JSONResponse({"ok": True, "item": fetch(stores(request).get(), *args)})


@router.get("/", include_in_schema=False)
def index() -> Response:
    return FileResponse(STATIC_ROOT / "index.html", media_type="text/html; charset=utf-8",
                        headers={"cache-control": "no-cache"})


@router.get("/static/{name:path}", include_in_schema=False)
def static(request: Request, name: str) -> Response:
    return request.app.state.static.response(name)  # type: ignore[no-any-return]


@router.get("/api/articles", response_model=PageModel, responses=ERRORS)
def list_articles(request: Request, flt: FiltersDep) -> JSONResponse:
    """Articles, newest first; with `q`, the best matches first with a marked snippet."""
    return _list(request, views.articles, flt)


@router.get("/api/articles/{article_id}", response_model=ItemModel, responses=ERRORS)
def get_article(request: Request, article_id: Id) -> JSONResponse:
    """One article: metadata, cleaned text (every offset points into it), annotations,
    sources and the events found in it."""
    return _one(request, views.article, article_id)


@router.get("/api/timeline", response_model=PageModel, responses=ERRORS)
def timeline(request: Request, flt: FiltersDep) -> JSONResponse:
    """Timeline entries (one per real event) in date order, each with its sources."""
    return _list(request, views.timeline, flt)


@router.get("/api/timeline/days", response_model=PageModel, responses=ERRORS)
def timeline_days(request: Request, flt: FiltersDep) -> JSONResponse:
    """Timeline entries per day and mode (limit/offset are ignored: every day is listed)."""
    days = stores(request).cached(("days", flt), lambda store: views.timeline_days(store, flt))
    return JSONResponse({"ok": True, "items": days, "limit": len(days), "offset": 0,
                         "next_offset": None})


@router.get("/api/events", response_model=PageModel, responses=ERRORS)
def list_events(request: Request, flt: FiltersDep) -> JSONResponse:
    """Event mentions (one per article and trigger), each with its cluster's `event_id`."""
    return _list(request, views.events, flt)


@router.get("/api/events/{event_id}", response_model=ItemModel, responses=ERRORS)
def get_event(request: Request, event_id: Id) -> JSONResponse:
    """One timeline entry (event cluster) by its `event_id`."""
    return _one(request, views.event, event_id)


@router.get("/api/entities", response_model=PageModel, responses=ERRORS)
def list_entities(request: Request, flt: FiltersDep,
                  kind: Annotated[Optional[list[EntityKind]], Query(
                      description="Entity type(s).")] = None) -> JSONResponse:
    """Entities, most mentioned first; `q` (or `actor`) is part of the name."""
    kinds = tuple(k.value for k in kind or ())
    return _list(request, views.entities, flt, kinds)


@router.get("/api/entities/{entity_id}", response_model=ItemModel, responses=ERRORS)
def get_entity(request: Request, entity_id: Id, flt: FiltersDep) -> JSONResponse:
    """An entity page: roles, mentions (paged with limit/offset), quotes and events."""
    return _one(request, views.entity_page, entity_id, flt)


@router.get("/api/places", response_model=PageModel, responses=ERRORS)
def list_places(request: Request, flt: FiltersDep) -> JSONResponse:
    """Places with coordinates, most mentioned first, with their event counts (the map)."""
    return _cached_list(request, views.places, flt)


@router.get("/api/figures", response_model=PageModel, responses=ERRORS)
def list_figures(request: Request, flt: FiltersDep,
                 min_points: Annotated[int, Query(ge=1, le=1000)] = 1,
                 max_points: Annotated[int, Query(ge=1, le=1000, description=(
                     "Points per series: its latest in scope."))] = 100) -> JSONResponse:
    """Figure series over time, biggest first; disagreements side by side, never averaged."""
    return _cached_list(request, views.figure_series, flt, min_points, max_points)


@router.get("/api/quotes", response_model=PageModel, responses=ERRORS)
def list_quotes(request: Request, flt: FiltersDep) -> JSONResponse:
    """Quotes by date; `actor` is part of the speaker's name, `q` words of the quote."""
    return _list(request, views.quotes, flt)


@router.get("/api/search", response_model=PageModel, responses=ERRORS)
def search(request: Request, flt: FiltersDep,
           kind: Annotated[Optional[list[HitKind]], Query(
               description="What to find (default: events, then articles).")] = None
           ) -> JSONResponse:
    """Timeline events whose evidence holds every word of `q`, then matching articles."""
    kinds = tuple(k.value for k in kind or (HitKind.event, HitKind.article))
    return _list(request, views.search, flt, kinds)
