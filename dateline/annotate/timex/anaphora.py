"""Times read against the last date written ("that day", "the following year"), as TimeML does."""

from __future__ import annotations

import datetime as dt
import re

from ...model import Timex
from .calendar import iso_week, shift
from .rules import PARTS_OF_DAY

_DATED = re.compile(r"(\d{4})(?:-(\d\d)(?:-(\d\d))?|-W(\d\d))?(?![\dX])")
_STEP = {"following": 1, "next": 1, "after": 1, "previous": -1, "before": -1}


# A time that opens or closes a span ("for three months starting in October", "until May")
# bounds a state; it moves no narrative, so "that month" does not point back to it.
_BOUND = re.compile(r"(?i)\b(?:since|until|till|through|from|starting(?: in| on| from)?"
                    r"|beginning(?: in| on| from)?)\s+$")


def resolve_anaphors(timexes: list[Timex], taken: list[tuple[int, int, str, dict]],
                     published: dt.date | None, text: str = "") -> list[Timex]:
    """Values of "anaphor" candidates from the last dated expression that is no span's bound,
    else the publication date."""
    out: list[Timex] = []
    anchor = published.isoformat() if published is not None else None
    for timex, (_, _, name, groups) in zip(timexes, taken):
        if name == "anaphor" and anchor is not None:
            timex = _from_anchor(timex, groups, anchor)
        if timex.value and timex.type in ("DATE", "TIME") and _DATED.match(timex.value) and \
                not _BOUND.search(text[max(0, timex.start - 24):timex.start]):
            anchor = timex.value
        out.append(timex)
    return out


def _from_anchor(timex: Timex, g: dict[str, str | None], anchor: str) -> Timex:
    unit = (g.get("unit") or g.get("unit2") or g.get("unit3") or "day").lower()
    step = 1 if g.get("unit3") else _STEP.get((g.get("dir") or g.get("dir2") or "").lower(), 0)
    value = _shifted(anchor, unit, step)
    if value is None:
        return timex
    kind = "TIME" if unit in PARTS_OF_DAY else "DATE"
    return Timex(timex.start, timex.end, timex.text, kind, value, timex.granularity,
                 f"anchor {anchor}")


def _shifted(value: str, unit: str, step: int) -> str | None:
    """`value` moved by `step` units and cut to the unit; None when it is too coarse."""
    m = _DATED.match(value)
    if m is None:
        return None
    year, month, day, week = m.groups()
    if unit == "year":
        return str(int(year) + step)
    if week and unit == "week":
        monday = dt.date.fromisocalendar(int(year), int(week), 1)
        return iso_week(monday + dt.timedelta(weeks=step))
    if month is None:
        return None
    if unit == "month":
        moved = shift(dt.date(int(year), int(month), 1), "month", step)
        return f"{moved.year}-{moved.month:02d}"
    if day is None:
        return None
    date = dt.date(int(year), int(month), int(day))
    if unit == "week":
        return iso_week(date + dt.timedelta(weeks=step))
    date += dt.timedelta(days=step)
    part = PARTS_OF_DAY.get(unit)
    return date.isoformat() + (f"T{part}" if part else "")
