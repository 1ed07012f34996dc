"""TIMEX3 values for the candidates `timex_rules` finds, resolved against a reference date.

Every function is pure: (match, context) -> (type, value, granularity, relative). A relative
expression with no reference date gets value None; absolute ones ("2014", "February 24, 2022")
resolve without it.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from .timex_rules import (CITY_ZONES, MONTHS, NUMBERS, ORDINALS, PARTS_OF_DAY, SEASONS,
                          TIME_UNITS, UNIT_CODES, WEEKDAYS, ZONES)

Resolved = tuple[str, str | None, str | None, bool]  # type, value, granularity, relative


@dataclass(frozen=True)
class Context:
    ref: dt.date | None  # the date relative expressions are read against (publication date)
    tense: str | None = None  # past | present | future, from the governing verb
    year_hint: int | None = None  # an explicit year earlier in the same sentence


def iso_week(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def weekday_date(weekday: int, ref: dt.date, tense: str | None, rel: str | None) -> dt.date:
    """Past (or present) tense: nearest past incl. the same day; future: nearest future incl."""
    rel = (rel or "").lower()
    back = (ref.weekday() - weekday) % 7
    ahead = (weekday - ref.weekday()) % 7
    if rel in ("last", "past", "this past"):
        return ref - dt.timedelta(days=back or 7)
    if rel == "next":
        return ref + dt.timedelta(days=ahead or 7)
    if rel in ("coming", "this coming") or tense == "future":
        return ref + dt.timedelta(days=ahead)
    if rel == "this":
        return ref + dt.timedelta(days=ahead) if ahead < back else ref - dt.timedelta(days=back)
    return ref - dt.timedelta(days=back)


def month_year(month: int, ref: dt.date, tense: str | None, day: int | None = None) -> int:
    """The year of a month (and day) named without one: past tense -> the latest not after the
    reference, future -> the earliest not before it, otherwise the reference year."""
    here = (ref.month, day or 0) if day else (ref.month, 0)
    there = (month, day or 0)
    if tense == "past" and there > here:
        return ref.year - 1
    if tense == "future" and there < here:
        return ref.year + 1
    return ref.year


def number(text: str) -> float | None:
    """A count written in digits or words; None for vague counts ("several")."""
    text = text.lower().replace("-", " ").strip()
    if re.fullmatch(r"\d+(\.\d+)?", text):
        return float(text)
    if text in NUMBERS:
        return float(NUMBERS[text])
    parts = text.split()
    if len(parts) == 2 and parts[0] in NUMBERS and parts[1] in NUMBERS:
        return float(NUMBERS[parts[0]] + NUMBERS[parts[1]])
    return None


def _num_str(value: float | None) -> str:
    if value is None:
        return "X"
    return str(int(value)) if value == int(value) else str(value)


def duration_value(num: float | None, unit: str) -> str:
    unit = unit.lower().rstrip("s").replace("centurie", "century")
    if unit in ("decade", "century") and num is not None and num == int(num):
        return f"P{int(num) * (10 if unit == 'decade' else 100)}Y"
    if num is not None and num != int(num) and unit in ("year", "day", "hour"):
        smaller = {"year": (12, "M"), "day": (24, "H"), "hour": (60, "M")}[unit]
        return ("PT" if unit in ("day", "hour") else "P") + f"{int(num * smaller[0])}{smaller[1]}"
    return ("PT" if unit in TIME_UNITS else "P") + _num_str(num) + UNIT_CODES[unit]


def _day_ordinal(text: str) -> int:
    return int(re.sub(r"\D", "", text))


def _unit_value(unit: str, day: dt.date) -> tuple[str, str]:
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


def resolve(rule: str, g: dict[str, str | None], ctx: Context) -> Resolved:
    """(type, value, granularity, relative) for one candidate of `rule` with groups `g`."""
    return _RESOLVERS[rule](g, ctx)


def _full_date(g: dict[str, str | None], ctx: Context) -> Resolved:
    month = MONTHS[(g["mon"] or "").lower().rstrip(".")]
    day = _day_ordinal(g["d"] or "1")
    if g.get("y"):
        year: int | None = int(g["y"] or 0)
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


def _month(g: dict[str, str | None], ctx: Context) -> Resolved:
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


def relday_date(rel: str, ref: dt.date) -> tuple[dt.date, str]:
    rel = rel.lower().split()[-1] if rel.lower().startswith(("early", "late", "earlier", "later"))\
        else rel.lower()
    offsets = {"yesterday": -1, "tomorrow": 1, "the day before yesterday": -2,
               "the day after tomorrow": 2, "last night": -1}
    pod = {"tonight": "NI", "last night": "NI", "overnight": "NI"}.get(rel, "")
    return ref + dt.timedelta(days=offsets.get(rel, 0)), pod


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
    return "TIME", f"{day.isoformat()}T{PARTS_OF_DAY[(g['pod'] or '').lower()]}", "part_of_day", True


def _relunit(g: dict[str, str | None], ctx: Context) -> Resolved:
    if ctx.ref is None:
        return "DATE", None, None, True
    rel = (g["rel"] or "").lower().replace("the ", "")
    unit = (g["unit"] or "").lower()
    step = {"last": -1, "previous": -1, "next": 1, "coming": 1}.get(rel, 0)
    if unit in SEASONS:
        year = ctx.ref.year + step
        return "DATE", f"{year}-{SEASONS[unit]}", "month", True
    value, gran = _unit_value(unit, shift(ctx.ref, unit, step))
    return "DATE", value, gran, True


def _ago(g: dict[str, str | None], ctx: Context) -> Resolved:
    unit = (g["unit"] or "").lower()
    direction = (g["dir"] or "").lower()
    num = number(g["num"] or "")
    kind = "TIME" if unit in TIME_UNITS else "DATE"
    usable = direction in ("ago", "from now") or (unit == "year" and direction != "after")
    if ctx.ref is None or num is None or num != int(num) or not usable or kind == "TIME":
        return kind, None, None, True
    sign = 1 if direction in ("from now", "later", "after") else -1
    day = shift(ctx.ref, unit, sign * int(num))
    if unit == "day":
        return kind, day.isoformat(), "day", True
    value, gran = _unit_value(unit, day)
    return kind, value, gran, True


def _duration(g: dict[str, str | None], ctx: Context) -> Resolved:
    num = number(g["num"] or "")
    if num is not None and g.get("half"):
        num += 0.5
    return "DURATION", duration_value(num, g["unit"] or ""), None, False


def _span_unit(g: dict[str, str | None], ctx: Context) -> Resolved:
    return "DURATION", duration_value(1, g["unit"] or ""), None, False


def last_quarter(ref: dt.date, years_back: int = 0) -> str:
    """The last quarter completed before `ref` (what "the quarter" means in earnings news)."""
    quarter = (ref.month - 1) // 3
    year = ref.year if quarter else ref.year - 1
    return f"{year - years_back}-Q{quarter or 4}"


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
    year = ctx.ref.year if q <= current or ctx.tense == "future" else ctx.ref.year - 1
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


_RESOLVERS = {
    "iso": _numeric_date, "slash": _numeric_date, "mdy": _full_date, "dmy": _full_date,
    "month": _month, "month_rel": _month, "weekday": _weekday, "relday": _relday,
    "relpod": _relpod, "relunit": _relunit, "ago": _ago, "duration": _duration,
    "bare_dur": _bare_duration, "span_unit": _span_unit, "fin_quarter": _fin_quarter,
    "weekend": _weekend, "quarter": _quarter, "season": _season, "decade": _decade,
    "year": _year, "vague": _vague, "set": _set,
}
