"""The news day: events that fell back on the publication date take the day the story tells."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Sequence

from ...model import Event

VIOLENT = frozenset({"FIGHT", "ASSAULT"})
NEWS_DAYS = 7  # how far before publication the article's own happening may lie


def with_news_dates(events: Sequence[Event], published: dt.date | None) -> list[Event]:
    """A violent event that fell back on the publication date ("Police shot the driver") is
    part of the happening the article has been telling: it takes the day of the nearest
    earlier violent event the text dated, when that day is the news (within NEWS_DAYS before
    publication)."""
    if published is None:
        return list(events)
    out: list[Event] = []
    for event in events:
        if event.date_precision == "published" and event.type in VIOLENT and \
                event.mode in ("asserted", "claimed"):
            earlier = [e for e in out if e.type in VIOLENT and e.date_precision in (
                "timex", "context") and _in_news_days(e.date, published) and
                e.trigger_start < event.trigger_start]
            if earlier:
                event = dataclasses.replace(event, date=earlier[-1].date,
                                            date_precision="context")
        out.append(event)
    return out


LEAD_EVENTS = 2  # events of the lead sentence, which tell the news day


def with_news_day(events: Sequence[Event], published: dt.date | None) -> list[Event]:
    """Events that fell back on the publication date take the news day instead when the
    article's first dated act is told on a day next to the publication's: a timestamp in
    another time zone ("published" 14 September in UTC for a Friday 15 September story in
    Tokyo, or the 6th for a story of Monday the 5th in New York). GUIDELINES 6: relative
    times anchor on the news day when the text makes clear it was written on another day."""
    day = news_day(events, published)
    if day is None:
        return list(events)
    return [dataclasses.replace(e, date=day.isoformat()) if e.date_precision == "published"
            else e for e in events]


def news_day(events: Sequence[Event], published: dt.date | None) -> dt.date | None:
    """The day the lead's first dated act is told on, when it is a day beside the
    publication's (see `with_news_day`); None when there is no such day."""
    if published is None:
        return None
    lead = sorted(events, key=lambda e: e.trigger_start)[:LEAD_EVENTS]
    first = next((e for e in lead if e.date_precision == "timex" and e.mode in (
        "asserted", "claimed") and e.date and len(e.date) == 10), None)
    try:
        day = dt.date.fromisoformat(first.date or "") if first is not None else None
    except ValueError:
        return None
    return day if day is not None and abs((day - published).days) == 1 else None


def _in_news_days(value: str | None, published: dt.date) -> bool:
    try:
        day = dt.date.fromisoformat(value or "")
    except ValueError:
        return False
    return dt.timedelta(0) <= published - day <= dt.timedelta(days=NEWS_DAYS)
