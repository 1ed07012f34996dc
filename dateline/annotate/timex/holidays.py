"""Holidays whose day follows from the year: fixed feasts, Easter and its days, US Mondays."""

# Only names that mean the same day in every English-speaking country, plus the US federal
# Monday holidays, which carry no other meaning; "Independence Day" differs by country.

from __future__ import annotations

import datetime as dt
from typing import Callable

_FIXED = {"christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
          "boxing day": (12, 26), "new year's eve": (12, 31), "new year's day": (1, 1),
          "new year's": (1, 1), "new year": (1, 1), "valentine's day": (2, 14),
          "st. patrick's day": (3, 17), "st patrick's day": (3, 17), "halloween": (10, 31),
          "bastille day": (7, 14), "armistice day": (11, 11), "may day": (5, 1)}


def easter(year: int) -> dt.date:
    """Western Easter Sunday (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (b - (b + 8) // 25 + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month, day = divmod(h + el - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The n-th (1-based; -1 = last) given weekday of a month."""
    if n > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)


_MOVABLE: dict[str, Callable[[int], dt.date]] = {
    "easter": easter, "easter sunday": easter,
    "easter monday": lambda y: easter(y) + dt.timedelta(days=1),
    "good friday": lambda y: easter(y) - dt.timedelta(days=2),
    "ash wednesday": lambda y: easter(y) - dt.timedelta(days=46),
    "thanksgiving": lambda y: _nth_weekday(y, 11, 3, 4),
    "thanksgiving day": lambda y: _nth_weekday(y, 11, 3, 4),
    "memorial day": lambda y: _nth_weekday(y, 5, 0, -1),
    "labor day": lambda y: _nth_weekday(y, 9, 0, 1),
}
HOLIDAY = (r"Christmas(?:\s+(?:[Dd]ay|[Ee]ve))?|Boxing\s+Day"
           r"|New\s+Year(?:['’]s)?(?:\s+(?:[Dd]ay|[Ee]ve))?"
           r"|Valentine['’]s\s+Day|St\.?\s+Patrick['’]s\s+Day|Halloween|Bastille\s+Day"
           r"|Armistice\s+Day|May\s+Day|Easter(?:\s+(?:Sunday|Monday))?|Good\s+Friday"
           r"|Ash\s+Wednesday|Thanksgiving(?:\s+Day)?|Memorial\s+Day|Labor\s+Day")


def holiday_date(name: str, year: int) -> dt.date | None:
    """The day a holiday falls on in `year`; None for an unknown name."""
    key = " ".join(name.lower().replace("’", "'").split())
    if key in _FIXED:
        month, day = _FIXED[key]
        return dt.date(year, month, day)
    rule = _MOVABLE.get(key)
    return rule(year) if rule else None
