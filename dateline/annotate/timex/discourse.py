"""Values that depend on other time expressions: clock days, quarter context, story days."""

from __future__ import annotations

import datetime as dt
import re

from ...model import Timex
from ..lexicon.number_words import NUMBERS, ORDINALS
from .tense import Sentences

_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d$")
_CLOCK_THEN_DAY = re.compile(r"(?i)[\s,]*(?:on\s+)?$")
_FRAMING = re.compile(r"(?i)(?:\b(?:enter(?:s|ed|ing)?|into|in|marks?|marked|marking|for"
                      r"|reached|reaches|entering)\s+$)|(?:^\W*on\s+$)")


def clock_days(text: str, timexes: list[Timex], taken: list[tuple[int, int, str, dict]]
               ) -> list[Timex]:
    """"At 08:26 am on 17 Jun 2009": a bare clock time takes the day written right after it."""
    out = list(timexes)
    for i, (timex, cand) in enumerate(zip(timexes, taken)):
        groups = cand[3]
        if cand[2] != "clock" or groups.get("dwd") or groups.get("drel") or groups.get("mon") \
                or not timex.value or i + 1 >= len(timexes):
            continue
        nxt = timexes[i + 1]
        if nxt.value and _DAY_VALUE.match(nxt.value) and nxt.start - timex.end < 8 \
                and _CLOCK_THEN_DAY.match(text[timex.end:nxt.start]):
            out[i] = Timex(timex.start, timex.end, timex.text, timex.type,
                           nxt.value[:10] + timex.value[10:], timex.granularity, nxt.value[:10])
    return out


def quarter_context(timexes: list[Timex], taken: list[tuple[int, int, str, dict]]) -> list[Timex]:
    """Earnings-report style: "the quarter", "a year earlier" read against the quarter last named
    within a few sentences ("third-quarter profit ... up from a year earlier" -> last year's Q3)."""
    out: list[Timex] = []
    last: Timex | None = None
    for timex, (_, _, name, groups) in zip(timexes, taken):
        if last is not None and timex.start - last.end < 400 and last.value:
            year, quarter = last.value.split("-")
            back = name == "ago" and (groups.get("unit") or "").lower() == "year" \
                and (groups.get("num") or "").lower() in ("a", "one") \
                or "year" in (groups.get("fy") or "").lower() or name == "year_adj"
            if back or name == "fin_quarter":
                value = f"{int(year) - 1 if back else year}-{quarter}"
                timex = Timex(timex.start, timex.end, timex.text, "DATE", value, "month",
                              f"quarter {last.value}")
        # "the quarter" keeps the context alive; "the year-ago quarter" is not the current one
        current = name not in ("ago", "year_adj") \
            and not (name == "fin_quarter" and "year" in (groups.get("fy") or "").lower())
        if current and timex.value and re.fullmatch(r"\d{4}-Q\d", timex.value):
            last = timex
        out.append(timex)
    return out



def _ordinal(groups: dict[str, str | None]) -> int | None:
    raw = (groups.get("n") or groups.get("ord") or "").lower()
    if raw.isdigit():
        return int(raw)
    if raw in ORDINALS:
        return ORDINALS[raw]
    digits = re.sub(r"\D", "", raw)
    if digits:
        return int(digits)
    value = NUMBERS.get(raw)
    return int(value) if value else None


def resolve_story_days(timexes: list[Timex], taken: list[tuple[int, int, str, dict]],
                       published: dt.date | None, sents: Sentences) -> list[Timex]:
    """'Day 2 of the invasion', 'its fourth day': days counted from the story's start.

    The start comes first from a sentence that holds both an ordinal day and a dated expression
    ("On the second day ... said Friday"), else from present framing ("entered its fourth day",
    "On Day 2 of") read as the publication day. Without either the value stays None.
    """
    anchored: list[dt.date] = []
    framed: list[dt.date] = []
    for start, end, name, groups in taken:
        n = _ordinal(groups) if name == "ordday" else None
        if not n:
            continue
        s_start, s_end = sents.bounds(start, end)
        dated = [t.value for t in timexes if s_start <= t.start < s_end and t.value
                 and t.granularity in ("day", "part_of_day", "minute") and t.start != start
                 and re.match(r"\d{4}-\d\d-\d\d", t.value)]
        if dated:
            anchored.append(dt.date.fromisoformat(dated[0][:10]) - dt.timedelta(days=n - 1))
        elif published is not None and (_FRAMING.search(sents.text[s_start:start])
                                         or (groups.get("det") or "").lower() == "its"):
            framed.append(published - dt.timedelta(days=n - 1))
    starts = anchored or framed
    story_start = starts[0] if starts else None
    out = []
    for timex, (_, _, name, groups) in zip(timexes, taken):
        n = _ordinal(groups) if name == "ordday" else None
        if n and story_start is not None:
            day = story_start + dt.timedelta(days=n - 1)
            timex = Timex(timex.start, timex.end, timex.text, "DATE", day.isoformat(), "day",
                          f"story start {story_start.isoformat()}")
        out.append(timex)
    return out
