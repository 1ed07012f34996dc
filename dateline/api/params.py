"""Query parameters shared by every list endpoint: the filters and the page."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Annotated, Any, Optional

from fastapi import HTTPException, Query

from ..annotate.events.ontology import PLOVER_TYPES
from ..fuse.query import Filters

MAX_LIMIT = 500
DATE_PATTERN = r"^\d{4}-\d{2}-\d{2}$"

EventType = StrEnum("EventType", {t: t for t in PLOVER_TYPES})  # type: ignore[misc]


class Mode(StrEnum):
    asserted = "asserted"
    claimed = "claimed"
    denied = "denied"
    disputed = "disputed"
    planned = "planned"
    hypothetical = "hypothetical"


class EntityKind(StrEnum):
    PERSON = "PERSON"
    ORG = "ORG"
    PLACE = "PLACE"
    GROUP = "GROUP"


class HitKind(StrEnum):
    event = "event"
    article = "article"


def _day(value: Optional[str], name: str) -> Optional[str]:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise HTTPException(422, f"query parameter '{name}': {value!r} is not a date; "
                                 "write it as YYYY-MM-DD") from None


def filters(
        date_from: Annotated[Optional[str], Query(alias="from", pattern=DATE_PATTERN,
                                                  json_schema_extra={"format": "date"},
                                                  description="Earliest date, YYYY-MM-DD.")
                             ] = None,
        date_to: Annotated[Optional[str], Query(alias="to", pattern=DATE_PATTERN,
                                                json_schema_extra={"format": "date"},
                                                description="Latest date, YYYY-MM-DD.")] = None,
        place: Annotated[Optional[str], Query(max_length=200,
                                              description="A place name (exact, any case).")
                         ] = None,
        actor: Annotated[Optional[str], Query(max_length=200,
                                              description="Part of an actor's name.")] = None,
        event_type: Annotated[Optional[list[EventType]], Query(
            alias="type", description="PLOVER event type(s).")] = None,
        mode: Annotated[Optional[list[Mode]], Query(description="Mode(s) of the event.")
                        ] = None,
        story: Annotated[Optional[str], Query(max_length=100, description="A story id.")
                         ] = None,
        q: Annotated[Optional[str], Query(max_length=500,
                                          description="Words that must all appear.")] = None,
        limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Rows per page.")] = 50,
        offset: Annotated[int, Query(ge=0, le=1_000_000, description="Rows to skip.")] = 0,
) -> Filters:
    """The filters of a list request (dependency)."""
    return Filters(date_from=_day(date_from, "from"), date_to=_day(date_to, "to"),
                   place=place or None, actor=actor or None, story=story or None,
                   query=q or None, types=tuple(t.value for t in event_type or ()),
                   modes=tuple(m.value for m in mode or ()), limit=limit, offset=offset)


def page(items: list[Any], filters: Filters) -> dict[str, Any]:
    """The envelope of a list: its items and where the next page starts (null at the end)."""
    limit = filters.limit or 0
    more = len(items) >= limit > 0
    return {"ok": True, "items": items, "limit": limit, "offset": filters.offset,
            "next_offset": filters.offset + limit if more else None}
