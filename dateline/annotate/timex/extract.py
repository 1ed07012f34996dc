"""Time expressions: find them with our own rules and resolve them against the publication date.

Candidates come from `timex_rules` (regular expressions over the raw text); the spaCy parse
vetoes false friends ("may" the verb, ages, counts) and gives the tense (`timex_tense`) that
decides whether "Monday" is the last or the next one. dateparser's relative logic is never used:
it gets same-day weekdays and "late Thursday" wrong.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from ...model import Timex
from .anaphora import resolve_anaphors
from .calendar import relday_date, weekday_date
from .discourse import clock_days, quarter_context, resolve_story_days
from .rules import RULES, WEEKDAYS, rule_matches
from .tense import Sentences, looks_ahead, tense_at
from .normalize import resolve
from .values import Context, clock_value
from .vetoes import plausible
from .written import written_day
from ..syntax import text_of

if TYPE_CHECKING:
    from spacy.tokens import Doc

_RULE_RANK = {name: i for i, (name, _) in enumerate(RULES)}
# TimeML keeps a bound on a length inside the expression (its "mod"): "more than two years"
_BOUND_BEFORE = re.compile(r"(?i)\b(?:nearly|more than|less than|up to|at least|no more than"
                           r"|fewer than)\s+$")


def find_timexes(doc: "Doc", published: dt.date | None) -> list[Timex]:
    """Time expressions in `doc`, sorted and disjoint, resolved to `published` (date or time)."""
    moment = published if isinstance(published, dt.datetime) else None
    published = moment.date() if moment is not None else published
    text = text_of(doc)
    low = text.lower()
    low = low if len(low) == len(text) else ""
    found: list[tuple[int, int, str, dict[str, str | None]]] = []
    for name, pattern in RULES:
        for match in rule_matches(name, pattern, text, low):
            if plausible(doc, text, name, match):
                found.append((match.start(), match.end(), name, match.groupdict()))
    found.sort(key=lambda c: (-(c[1] - c[0]), _RULE_RANK[c[2]], c[0]))
    taken: list[tuple[int, int, str, dict[str, str | None]]] = []
    for cand in found:
        if all(cand[1] <= s or cand[0] >= e for s, e, _, _ in taken):
            taken.append(cand)
    taken.sort(key=lambda c: c[0])
    taken = [_with_bound(text, cand) for cand in taken]
    sents = Sentences(doc, text)
    timexes = _resolved(doc, text, taken, published, sents, moment)
    written = written_day(text, timexes, published)
    if written is not None:  # a stale stamp: relative times count from the day of writing
        timexes = _resolved(doc, text, taken, written, sents, None)
    return timexes


def _resolved(doc: "Doc", text: str, taken: list[tuple[int, int, str, dict[str, str | None]]],
              published: dt.date | None, sents: Sentences, moment: dt.datetime | None
              ) -> list[Timex]:
    """The candidates built and resolved against `published` (and the hour of `moment`)."""
    timexes = [_build(doc, text, start, end, name, groups, published, taken, sents, moment)
               for start, end, name, groups in taken]
    timexes = clock_days(text, quarter_context(timexes, taken), taken)
    timexes = resolve_anaphors(timexes, taken, published, text)
    return resolve_story_days(timexes, taken, published, sents)


def _with_bound(text: str, cand: tuple[int, int, str, dict[str, str | None]]
                ) -> tuple[int, int, str, dict[str, str | None]]:
    start, end, name, groups = cand
    bound = _BOUND_BEFORE.search(text, max(0, start - 16), start) \
        if name in ("duration", "ago") else None
    return (bound.start(), end, name, groups) if bound else cand


def _year_hint(sents: Sentences, start: int, taken: list[tuple[int, int, str, dict]],
               after: bool = False) -> int | None:
    """The year written before `start` in its sentence (with `after`, anywhere in it)."""
    first, last = sents.bounds(start, start + 1)
    hint = None
    for s, _, name, groups in taken:
        if first <= s < (last if after else start) and s != start and groups.get("y") \
                and name in ("mdy", "dmy", "month", "year"):
            hint = int(groups["y"] or 0)
            if s > start:
                break
    return hint


EVENING_HOUR = 18  # from here on, the next day has begun in Asia and the Pacific


def _build(doc: "Doc", full: str, start: int, end: int, name: str,
           groups: dict[str, str | None], published: dt.date | None,
           taken: list[tuple[int, int, str, dict]], sents: Sentences,
           moment: dt.datetime | None = None) -> Timex:
    text = full[start:end]
    tense = tense_at(doc, start, end, full)
    if name == "holiday" and not groups.get("rel") and tense in ("past", "present") and \
            looks_ahead(doc, start, end):
        tense = "nearest"  # "have stepped up security for New Year's Eve": the coming one
    if name == "weekday" and full[end:end + 2] in ("'s", "’s") and (
            tense in (None, "present", "news") or looks_ahead(doc, start, end)):
        # "Sunday's match", "ahead of Sunday's final": no verb says which Sunday
        tense = "nearest"
    elif name == "weekday" and not groups.get("rel") and \
            "local time" in full[end:end + 40].lower():
        # "Friday morning local time" in an article of Thursday evening: the day where it
        # happened is a day ahead of the newsroom's, not last Friday
        tense = "nearest"
    elif name == "weekday" and not groups.get("rel") and tense == "past" and \
            moment is not None and moment.hour >= EVENING_HOUR and \
            WEEKDAYS.get((groups.get("wd") or "").lower()) == (moment.weekday() + 1) % 7:
        # "fired a missile over Hokkaido Friday" in an article out on Thursday at 22:20: it is
        # Friday already east of the newsroom; a week-old Friday would not lead the news
        tense = "nearest"
    ctx = Context(ref=published, tense=tense,
                  year_hint=_year_hint(sents, start, taken, after=name == "holiday"))
    if name == "ordday":
        return Timex(start, end, text, "DATE", None, "day", None)
    if name == "clock":
        day = published
        if published is not None and groups.get("dwd"):
            day = weekday_date(WEEKDAYS[(groups["dwd"] or "").lower()], published, ctx.tense, None)
        elif published is not None and groups.get("drel"):
            day = relday_date(groups["drel"] or "today", published)[0]
        elif groups.get("mon"):
            value = resolve("mdy", groups, ctx)[1]
            day = dt.date.fromisoformat(value) if value else None
        kind, value, gran, relative = clock_value(groups, day)
        named_day = any(groups.get(k) for k in ("dwd", "drel", "mon"))
        if moment is not None and day is not None and day == published and value \
                and ctx.tense == "past" and value[11:16] > moment.strftime("%H:%M") \
                and not named_day:
            # "at 11 p.m." told in the past by an article out at 10:00: the night before;
            # a day the text names stays that day ("noon on Monday" in an article out early
            # on Monday, where the clock is another time zone's)
            kind, value, gran, relative = clock_value(groups, day - dt.timedelta(days=1))
    else:
        kind, value, gran, relative = resolve(name, groups, ctx)
    anchor = f"published {published.isoformat()}" if relative and value and published else None
    return Timex(start, end, text, kind, value, gran, anchor)
