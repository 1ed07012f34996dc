"""The day a text was written when its publication stamp is weeks later than the news it tells.

Some pages carry the date they were last touched, not the day of the story: an article about a
launch that embeds the posts of that day ("— Jane Doe (@jdoe) September 13, 2017") but is
stamped two months later. GUIDELINES 6 anchors relative times on the day the text was written
when the text makes it clear. An embedded post is dated by its platform, not by the writer, so
its day is hard evidence that the text existed on it; when the newest post is weeks older than
the stamp and the story is told against a day of its own week ("on Tuesday", "yesterday"), the
news day is that post's day, not the stamp's.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Sequence

from ...model import Timex

# A post's signature as embedded by the platform: "(@handle)" closing the line up to the date.
_SIGNATURE = re.compile(r"\(@\w{1,15}\)\s*$")
# The story tells days of its own week: a weekday or "today" / "yesterday" / "tonight".
_DAY_OF_WEEK = re.compile(r"(?i)\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
                          r"|today|yesterday|tonight)\b")
STALE_DAYS = 7  # a stamp this much later than the newest post is not the day of writing


def _post_day(text: str, timex: Timex) -> dt.date | None:
    """The day of an embedded post, when the time expression is one's signature date."""
    line_start = text.rfind("\n", 0, timex.start) + 1
    if timex.type != "DATE" or not _SIGNATURE.search(text[line_start:timex.start]):
        return None
    try:
        return dt.date.fromisoformat((timex.value or "")[:10])
    except ValueError:
        return None


def written_day(text: str, timexes: Sequence[Timex], published: dt.date | None
                ) -> dt.date | None:
    """The day of the newest embedded post when the stamp is STALE_DAYS or more after it and
    the text tells days of its own week; None when the stamp stands."""
    if published is None:
        return None
    posts = {t.start: day for t in timexes if (day := _post_day(text, t)) is not None}
    if not posts:
        return None
    newest = max(posts.values())
    if (published - newest).days < STALE_DAYS:
        return None
    # the days the story tells, outside the posts themselves (a post may say "today")
    told = any(_DAY_OF_WEEK.search(t.text) for t in timexes if t.start not in posts and
               t.type in ("DATE", "TIME") and not _in_post_line(text, t, posts))
    return newest if told else None


def _in_post_line(text: str, timex: Timex, posts: dict[int, dt.date]) -> bool:
    """Whether a time expression sits on the line of an embedded post (its own words)."""
    line_end = text.find("\n", timex.start)
    line_end = len(text) if line_end < 0 else line_end
    return any(timex.start < start <= line_end for start in posts)
