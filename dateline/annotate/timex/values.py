"""TIMEX3 values for the candidates `timex_rules` finds, resolved against a reference date.

Every function is pure: (match, context) -> (type, value, granularity, relative). A relative
expression with no reference date gets value None; absolute ones ("2014", "February 24, 2022")
resolve without it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ..lexicon.number_words import ORDINALS
from .calendar import (
    duration_value,
    iso_week,
    last_quarter,
    month_year,
    number,
    relday_date,
    shift,
    unit_value,
    weekday_date,
)
from .rules import CITY_ZONES, MONTHS, PARTS_OF_DAY, SEASONS, TIME_UNITS, WEEKDAYS, ZONES

Resolved = tuple[str, str | None, str | None, bool]  # type, value, granularity, relative


@dataclass(frozen=True)
class Context:
    ref: dt.date | None  # the date relative expressions are read against (publication date)
    tense: str | None = None  # past | present | future | news | nearest, from the verbs
    year_hint: int | None = None  # an explicit year earlier in the same sentence


def _day_ordinal(text: str) -> int:
    return int(re.sub(r"\D", "", text))


def full_date(g: dict[str, str | None], ctx: Context) -> Resolved:
    month = MONTHS[(g["mon"] or "").lower().rstrip(".")]
    day = _day_ordinal(g["d"] or "1")
    yrel = (g.get("yrel") or "").lower()
    if g.get("y"):
        year: int | None = int(g["y"] or 0)
    elif yrel and ctx.ref:
        year = ctx.ref.year + {"last": -1, "next": 1}.get(yrel, 0)
    elif ctx.year_hint:
        year = ctx.year_hint
    elif ctx.ref:
        year = month_year(month, ctx.ref, ctx.tense, day)
    else:
        return "DATE", None, "day", True
    try:
        value = dt.date(year or 1, month, day).isoformat()
    except ValueError:
        return "DATE", None, "day", not g.get("y")
    return "DATE", value, "day", not g.get("y")


def _numeric_date(g: dict[str, str | None], ctx: Context) -> Resolved:
    try:
        day = dt.date(int(g["y"] or 0), int(g["m"] or 0), int(g["d"] or 0))
    except ValueError:
        return "DATE", None, "day", False
    if g.get("h24"):
        return "TIME", f"{day.isoformat()}T{g['h24']}:{g['m24']}", "minute", False
    return "DATE", day.isoformat(), "day", False


def month_date(g: dict[str, str | None], ctx: Context) -> Resolved:
    month = MONTHS[(g["mon"] or "").lower().rstrip(".")]
    if g.get("y"):
        return "DATE", f"{g['y']}-{month:02d}", "month", False
    yrel = (g.get("yrel") or "").lower()
    if yrel and ctx.ref is not None:
        year = ctx.ref.year + {"last": -1, "next": 1}.get(yrel, 0)
        return "DATE", f"{year}-{month:02d}", "month", True
    if ctx.year_hint:
        return "DATE", f"{ctx.year_hint}-{month:02d}", "month", True
    if ctx.ref is None:
        return "DATE", None, "month", True
    rel = (g.get("rel") or "").lower()
    tense = {"last": "past", "past": "past", "this past": "past", "next": "future",
             "coming": "future"}.get(rel, ctx.tense)
    if tense == "news":
        tense = None  # "December's fall means ...": the present says nothing about which one
    year = ctx.ref.year if rel == "this" else month_year(month, ctx.ref, tense)
    if rel == "last" and (year, month) >= (ctx.ref.year, ctx.ref.month):
        year -= 1
    if rel == "next" and (year, month) <= (ctx.ref.year, ctx.ref.month):
        year += 1
    return "DATE", f"{year}-{month:02d}", "month", True


def _weekday(g: dict[str, str | None], ctx: Context) -> Resolved:
    pod = (g.get("pod") or "").lower()
    kind, gran = ("TIME", "part_of_day") if pod else ("DATE", "day")
    if ctx.ref is None:
        return kind, None, gran, True
    day = weekday_date(WEEKDAYS[(g["wd"] or "").lower()], ctx.ref, ctx.tense, g.get("rel"))
    return kind, day.isoformat() + (f"T{PARTS_OF_DAY[pod]}" if pod else ""), gran, True


def _relday(g: dict[str, str | None], ctx: Context) -> Resolved:
    rel = (g["rel"] or "").lower()
    day, pod = (None, "") if ctx.ref is None else relday_date(rel, ctx.ref)
    extra = (g.get("pod") or "").lower()
    pod = PARTS_OF_DAY.get(extra, pod) if extra else pod
    if rel in ("tonight", "last night", "overnight") or extra:
        pod = pod or "NI"
    kind, gran = ("TIME", "part_of_day") if pod else ("DATE", "day")
    if day is None:
        return kind, None, gran, True
    return kind, day.isoformat() + (f"T{pod}" if pod else ""), gran, True


def _relpod(g: dict[str, str | None], ctx: Context) -> Resolved:
    if ctx.ref is None:
        return "TIME", None, "part_of_day", True
    day, _ = relday_date(g["rel"] or "this", ctx.ref)
    part = PARTS_OF_DAY[(g["pod"] or "").lower()]
    return "TIME", f"{day.isoformat()}T{part}", "part_of_day", True


def _relunit(g: dict[str, str | None], ctx: Context) -> Resolved:
    if ctx.ref is None:
        return "DATE", None, None, True
    rel = (g["rel"] or "").lower().replace("the ", "")
    unit = (g["unit"] or "").lower()
    step = {"last": -1, "previous": -1, "next": 1, "coming": 1}.get(rel, 0)
    if unit in SEASONS:
        year = ctx.ref.year + step
        return "DATE", f"{year}-{SEASONS[unit]}", "month", True
    if unit == "weekend" and rel == "this" and ctx.tense == "past" and ctx.ref.weekday() < 5:
        step = -1  # "there was a shooting this weekend" told on a weekday: the one just gone
    value, gran = unit_value(unit, shift(ctx.ref, unit, step))
    return "DATE", value, gran, True


def _ago(g: dict[str, str | None], ctx: Context) -> Resolved:
    unit = (g["unit"] or "").lower()
    direction = (g["dir"] or "").lower()
    num = number(g["num"] or "")
    kind = "TIME" if unit in TIME_UNITS else "DATE"
    if num is None and direction in ("ago", "from now"):  # "several years ago": TimeML's vague ref
        return kind, "PAST_REF" if direction == "ago" else "FUTURE_REF", None, False
    usable = direction in ("ago", "from now") or (unit == "year" and direction != "after")
    if ctx.ref is None or num is None or num != int(num) or not usable or kind == "TIME":
        return kind, None, None, True
    sign = 1 if direction in ("from now", "later", "after") else -1
    day = shift(ctx.ref, unit, sign * int(num))
    if unit == "day":
        return kind, day.isoformat(), "day", True
    value, gran = unit_value(unit, day)
    return kind, value, gran, True


def _duration(g: dict[str, str | None], ctx: Context) -> Resolved:
    num = number((g["num"] or "").replace(" 1/2", ""))
    if num is not None and g.get("half"):
        num += 0.5
    return "DURATION", duration_value(num, g["unit"] or ""), None, False


def _span_unit(g: dict[str, str | None], ctx: Context) -> Resolved:
    return "DURATION", duration_value(1, g["unit"] or ""), None, False


def _fin_quarter(g: dict[str, str | None], ctx: Context) -> Resolved:
    if ctx.ref is None:
        return "DATE", None, "month", True
    back = 1 if "year" in (g.get("fy") or "").lower() else 0
    return "DATE", last_quarter(ctx.ref, back), "month", True


def _weekend(g: dict[str, str | None], ctx: Context) -> Resolved:
    if ctx.ref is None:
        return "DATE", None, "week", True
    day = ctx.ref
    if ctx.tense == "past" and day.weekday() < 5:
        day -= dt.timedelta(days=7)
    return "DATE", iso_week(day) + "-WE", "week", True


def _bare_duration(g: dict[str, str | None], ctx: Context) -> Resolved:
    return "DURATION", duration_value(None, g["unit"] or ""), None, False


def _quarter(g: dict[str, str | None], ctx: Context) -> Resolved:
    q = ORDINALS.get((g["q"] or "").lower()) or _day_ordinal(g["q"] or "1")
    code = f"Q{q}" if (g["qu"] or "").lower() == "quarter" else f"H{q}"
    if g.get("y") or g.get("y2"):
        return "DATE", f"{g.get('y') or g.get('y2')}-{code}", "month", False
    if ctx.ref is None:
        return "DATE", None, "month", True
    qrel = (g.get("qrel") or "").lower()
    if qrel:
        year = ctx.ref.year + (1 if qrel.startswith("next") else 0 if qrel.startswith("this")
                               else -1)
        return "DATE", f"{year}-{code}", "month", True
    current = (ctx.ref.month - 1) // 3 + 1 if code[0] == "Q" else (ctx.ref.month - 1) // 6 + 1
    year = ctx.ref.year if q <= current or ctx.tense in ("future", "news") else ctx.ref.year - 1
    return "DATE", f"{year}-{code}", "month", True


def _season(g: dict[str, str | None], ctx: Context) -> Resolved:
    return "DATE", f"{g['y']}-{SEASONS[(g['season'] or '').lower()]}", "month", False


def _decade(g: dict[str, str | None], ctx: Context) -> Resolved:
    if g.get("dec"):
        return "DATE", (g["dec"] or "")[:3], "year", False
    if ctx.ref is None:
        return "DATE", None, "year", True
    two = int(g["dec2"] or 0)
    century = ctx.ref.year // 100 - (1 if two > ctx.ref.year % 100 else 0)
    return "DATE", f"{century}{two // 10}", "year", True


def _year(g: dict[str, str | None], ctx: Context) -> Resolved:
    return "DATE", g["y"], "year", False


def _vague(g: dict[str, str | None], ctx: Context) -> Resolved:
    v = (g["v"] or "").lower()
    value = {"now": "PRESENT_REF", "currently": "PRESENT_REF", "nowadays": "PRESENT_REF",
             "these days": "PRESENT_REF", "the future": "FUTURE_REF", "soon": "FUTURE_REF",
             }.get(v, "FUTURE_REF" if v.startswith("coming") else "PAST_REF")
    return "DATE", value, None, False


def _set(g: dict[str, str | None], ctx: Context) -> Resolved:
    if g.get("adv"):
        code = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M"}.get((g["adv"] or "").lower(),
                                                                        "P1Y")
        return "SET", code, None, False
    if g.get("wd"):
        return "SET", f"XXXX-WXX-{WEEKDAYS[(g['wd'] or '').lower()] + 1}", None, False
    unit = (g["unit"] or "").lower()
    if unit in ("morning", "night", "evening"):
        return "SET", f"TXX{PARTS_OF_DAY[unit]}", None, False
    return "SET", duration_value(1, unit), None, False


def clock_value(g: dict[str, str | None], day: dt.date | None) -> Resolved:
    if g.get("noon"):
        hour, minute = (12, 0) if (g["noon"] or "").lower() != "midnight" else (24, 0)
    elif g.get("h24"):
        hour, minute = int(g["h24"] or 0), int(g["m24"] or 0)
    else:
        hour, minute = int(g["h"] or 0) % 12, int(g.get("mi") or 0)
        if (g["ap"] or "").lower().startswith("p"):
            hour += 12
    zone = ZONES.get(g.get("zone") or "") or CITY_ZONES.get((g.get("city") or "").lower()) or ""
    if day is None:
        return "TIME", None, "minute", True
    return "TIME", f"{day.isoformat()}T{hour:02d}:{minute:02d}{zone}", "minute", True


RESOLVERS = {
    "iso": _numeric_date, "slash": _numeric_date, "mdy": full_date, "dmy": full_date,
    "month": month_date, "month_rel": month_date, "weekday": _weekday, "relday": _relday,
    "relpod": _relpod, "relunit": _relunit, "ago": _ago, "duration": _duration,
    "bare_dur": _bare_duration, "span_unit": _span_unit, "fin_quarter": _fin_quarter,
    "weekend": _weekend, "quarter": _quarter, "season": _season, "decade": _decade,
    "year": _year, "vague": _vague, "set": _set,
}
