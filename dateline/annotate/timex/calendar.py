"""Calendar arithmetic for time expressions: ISO weeks, nearest weekdays, years of bare months."""

from __future__ import annotations

import calendar
import datetime as dt

from ..lexicon.number_words import words_value
from .rules import SEASONS, TIME_UNITS, UNIT_CODES


def iso_week(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


NEWS_WEEK = 7  # days before publication that are the current news


def gives_its_day(word: str, value: str | None) -> bool:
    """Whether a time after `word` still gives its day though `word` bounds a span: a time of
    day after or before which something happened ("shortly after 10 p.m. Sunday") is that day;
    "since Monday", "until May", "after 2015" are edges."""
    return word.lower() in ("after", "before") and "T" in (value or "")


def in_news_week(day: str, published: dt.date | str | None) -> bool:
    """Whether a day (YYYY-MM-DD...) falls in the week up to publication: the current news,
    not background. False when either date is unknown or does not parse."""
    if published is None:
        return False
    try:
        ref = published if isinstance(published, dt.date) else dt.date.fromisoformat(
            published[:10])
        gap = (ref - dt.date.fromisoformat(day[:10])).days
    except ValueError:
        return False
    return 0 <= gap <= NEWS_WEEK


def weekday_date(weekday: int, ref: dt.date, tense: str | None, rel: str | None) -> dt.date:
    """Past (or present) tense: nearest past incl. the same day; future: nearest future incl."""
    rel = (rel or "").lower()
    back = (ref.weekday() - weekday) % 7
    ahead = (weekday - ref.weekday()) % 7
    if rel in ("last", "past", "this past"):
        return ref - dt.timedelta(days=back or 7)
    if rel == "next":
        return ref + dt.timedelta(days=ahead or 7)
    if rel in ("coming", "this coming") or tense in ("future", "news"):
        return ref + dt.timedelta(days=ahead)
    if tense == "nearest" and ahead < back:
        return ref + dt.timedelta(days=ahead)
    if rel == "this":
        return ref + dt.timedelta(days=ahead) if ahead < back else ref - dt.timedelta(days=back)
    return ref - dt.timedelta(days=back)


def month_year(month: int, ref: dt.date, tense: str | None, day: int | None = None) -> int:
    """The year of a month (and day) named without one: past tense -> the latest not after the
    reference, future -> the earliest not before it, otherwise the nearest to the reference
    ("on 28 December" read in March is last December, not next)."""
    here = (ref.month, day or 0) if day else (ref.month, 0)
    there = (month, day or 0)
    if tense == "past" and there > here:
        return ref.year - 1
    if tense == "future" and there < here:
        return ref.year + 1
    if tense in ("past", "future"):
        return ref.year
    months = (month - ref.month) + ((day or 15) - (ref.day if day else 15)) / 31
    if months > 6:
        return ref.year - 1
    if months < -6:
        return ref.year + 1
    return ref.year


def number(text: str) -> float | None:
    """A count written in digits or words; None for vague counts ("several")."""
    return words_value(text.lower().replace("-", " ").split())


def _num_str(value: float | None) -> str:
    if value is None:
        return "X"
    return str(int(value)) if value == int(value) else str(value)


def duration_value(num: float | None, unit: str) -> str:
    unit = unit.lower().rstrip("s").replace("centurie", "century")
    if unit == "quarter":  # ISO 8601 durations have no quarter designator
        return f"P{int(num * 3)}M" if num is not None and num * 3 == int(num * 3) else "PXM"
    if unit in ("decade", "century") and num is not None and num == int(num):
        return f"P{int(num) * (10 if unit == 'decade' else 100)}Y"
    if num is not None and num != int(num) and unit in ("year", "day", "hour"):
        per, small = {"year": (12, "M"), "day": (24, "H"), "hour": (60, "M")}[unit]
        whole, rest = int(num), round((num - int(num)) * per)
        big = UNIT_CODES[unit]
        if unit == "year":
            return f"P{whole}Y{rest}M" if whole else f"P{rest}M"
        if unit == "day":
            return f"P{whole}DT{rest}H" if whole else f"PT{rest}H"
        return f"PT{whole}{big}{rest}{small}" if whole else f"PT{rest}{small}"
    return ("PT" if unit in TIME_UNITS else "P") + _num_str(num) + UNIT_CODES[unit]


def unit_value(unit: str, day: dt.date) -> tuple[str, str]:
    unit = unit.lower()
    if unit in ("week",):
        return iso_week(day), "week"
    if unit == "weekend":
        return iso_week(day) + "-WE", "week"
    if unit == "month":
        return f"{day.year}-{day.month:02d}", "month"
    if unit == "quarter":
        return f"{day.year}-Q{(day.month - 1) // 3 + 1}", "month"
    if unit == "decade":
        return str(day.year)[:3], "year"
    if unit == "century":
        return str(day.year)[:2], "year"
    if unit in SEASONS:
        return f"{day.year}-{SEASONS[unit]}", "month"
    return str(day.year), "year"


def shift(day: dt.date, unit: str, amount: int) -> dt.date:
    unit = unit.lower()
    if unit in ("week", "weekend"):
        return day + dt.timedelta(weeks=amount)
    if unit in ("day",):
        return day + dt.timedelta(days=amount)
    months = {"month": 1, "quarter": 3, "year": 12, "decade": 120, "century": 1200}.get(unit, 12)
    total = day.year * 12 + day.month - 1 + months * amount
    year, month = divmod(total, 12)
    return dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def relday_date(rel: str, ref: dt.date) -> tuple[dt.date, str]:
    rel = rel.lower().split()[-1] if rel.lower().startswith(("early", "late", "earlier", "later"))\
        else rel.lower()
    offsets = {"yesterday": -1, "tomorrow": 1, "the day before yesterday": -2,
               "the day after tomorrow": 2, "last night": -1}
    pod = {"tonight": "NI", "last night": "NI", "overnight": "NI"}.get(rel, "")
    return ref + dt.timedelta(days=offsets.get(rel, 0)), pod


def last_quarter(ref: dt.date, years_back: int = 0) -> str:
    """The last quarter completed before `ref` (what "the quarter" means in earnings news)."""
    quarter = (ref.month - 1) // 3
    year = ref.year if quarter else ref.year - 1
    return f"{year - years_back}-Q{quarter or 4}"
