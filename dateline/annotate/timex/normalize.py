"""One entry point for the values of every rule; the resolvers of dates written in words."""

from __future__ import annotations


from .holidays import holiday_date
from .rules import MONTHS, PARTS_OF_DAY, SEASONS, WEEKDAYS
from .spoken import decade_value, ordinal_value, year_value
from .values import RESOLVERS as BASIC
from .values import Context, Resolved, full_date, month_date


def _spoken_date(g: dict[str, str | None], ctx: Context) -> Resolved:
    words = g.get("yw") or g.get("yw2")
    year = year_value(words) if words else None
    digits = {**g, "y": str(year) if year else None}
    if not g.get("dw"):
        return month_date(digits, ctx)
    day = ordinal_value(g["dw"] or "")
    return full_date({**digits, "d": str(day or 0)}, ctx)


def _season(g: dict[str, str | None], ctx: Context) -> Resolved:
    if g.get("y"):
        return BASIC["season"](g, ctx)
    year = year_value(g["yw"] or "")
    return BASIC["season"]({**g, "y": str(year)}, ctx) if year else ("DATE", None, "month", False)


def _set(g: dict[str, str | None], ctx: Context) -> Resolved:
    if g.get("mon"):
        return "SET", f"XXXX-{MONTHS[(g['mon'] or '').lower()]:02d}", None, False
    if g.get("season"):
        return "SET", f"XXXX-{SEASONS[(g['season'] or '').lower()]}", None, False
    return BASIC["set"](g, ctx)


def _weekday_set(g: dict[str, str | None], ctx: Context) -> Resolved:
    pod = (g.get("pod") or g.get("pods") or "").lower()
    part = f"T{PARTS_OF_DAY[pod]}" if pod else ""
    return "SET", f"XXXX-WXX-{WEEKDAYS[(g['wd'] or '').lower()] + 1}{part}", None, False


def _podrel(g: dict[str, str | None], ctx: Context) -> Resolved:
    return BASIC["relpod"]({"rel": g.get("rel") or "today", "pod": g.get("pod") or g.get("pod2")},
                           ctx)


def _holiday(g: dict[str, str | None], ctx: Context) -> Resolved:
    name = g["hol"] or ""
    if g.get("y") or ctx.year_hint:
        day = holiday_date(name, int(g.get("y") or ctx.year_hint or 0))
        return "DATE", day.isoformat() if day else None, "day", not g.get("y")
    if ctx.ref is None:
        return "DATE", None, "day", True
    ref = ctx.ref
    days = [d for d in (holiday_date(name, ref.year + k) for k in (-1, 0, 1)) if d is not None]
    rel = (g.get("rel") or "").lower()
    before = [d for d in days if d < ref or d == ref and rel not in ("last", "this past")]
    after = [d for d in days if d > ref or d == ref and rel not in ("next", "this coming")]
    if rel in ("last", "this past") or not rel and ctx.tense == "past":
        pick = before[-1] if before else None
    elif rel in ("next", "coming", "this coming") or not rel and ctx.tense in ("future", "news"):
        pick = after[0] if after else None
    else:  # "this Christmas", or no tense: the nearest
        pick = min(days, key=lambda d: (abs((d - ref).days), d < ref)) if days else None
    return "DATE", pick.isoformat() if pick else None, "day", True


def _anaphor(g: dict[str, str | None], ctx: Context) -> Resolved:
    return "DATE", None, (g.get("unit") or g.get("unit2") or g.get("unit3") or "day").lower(), True


def _year_adj(g: dict[str, str | None], ctx: Context) -> Resolved:
    return "DATE", str(ctx.ref.year - 1) if ctx.ref else None, "year", True


def _year_words(g: dict[str, str | None], ctx: Context) -> Resolved:
    year = year_value(g["yw"] or "")
    return "DATE", str(year) if year else None, "year", False


def _decade_words(g: dict[str, str | None], ctx: Context) -> Resolved:
    return "DATE", decade_value(g["decw"] or "", ctx.ref.year if ctx.ref else None), "year", True


def _century(g: dict[str, str | None], ctx: Context) -> Resolved:
    n = ordinal_value(g["cord"] or "")
    return "DATE", f"{n - 1:02d}" if n else None, "year", False


_ALL = {**BASIC, "season": _season, "set": _set, "weekday_set": _weekday_set,
        "podrel": _podrel, "spoken_date": _spoken_date, "year_words": _year_words,
        "decade_words": _decade_words, "century": _century, "year_adj": _year_adj,
        "anaphor": _anaphor, "holiday": _holiday}


def resolve(rule: str, g: dict[str, str | None], ctx: Context) -> Resolved:
    """(type, value, granularity, relative) for one candidate of `rule` with groups `g`."""
    return _ALL[rule](g, ctx)
