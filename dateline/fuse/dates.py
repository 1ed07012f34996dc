"""Publication dates inferred for undated articles, with the reason and a confidence.

Evidence, strongest first:
- shared reporting: an undated article that carries the same reporting as dated articles was
  published when they were (their earliest day among those sharing the most sentences);
- weekdays: "on Friday", "late Thursday" in the article, read against that day (agreement raises
  the confidence) or, with no shared reporting, against the latest full date the article gives
  (the first day on or after it that is the weekday the article names most);
- the latest full date the article gives, as a lower bound, with a low confidence.
`published` itself always stays what the source said.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..model import Annotations, Article

if TYPE_CHECKING:
    from ..store.sqlite import SQLiteStore

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_FULL_DAY = re.compile(r"^\d{4}-\d\d-\d\d$")


@dataclass(frozen=True)
class InferredDate:
    published: str  # YYYY-MM-DD
    reason: str
    confidence: float


_WEEKDAY_WORD = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b", re.IGNORECASE)


def weekday_before(sentence: str, day: str) -> str | None:
    """The last day on or before `day` that is the weekday `sentence` names ("late Thursday"
    in an article inferred to be from Friday 2022-02-25 is 2022-02-24); None without one."""
    match = _WEEKDAY_WORD.search(sentence)
    if match is None:
        return None
    try:
        base = dt.date.fromisoformat(day[:10])
    except ValueError:
        return None
    target = WEEKDAYS.index(match.group(1).lower())
    return (base - dt.timedelta(days=(base.weekday() - target) % 7)).isoformat()


def _weekday_votes(annotations: Annotations) -> Counter[int]:
    votes: Counter[int] = Counter()
    for timex in annotations.timexes:
        if timex.value is not None:
            continue
        for number, name in enumerate(WEEKDAYS):
            if name in timex.text.lower():
                votes[number] += 1
    return votes


def _latest_full_date(annotations: Annotations) -> dt.date | None:
    days = []
    for timex in annotations.timexes:
        if timex.value and _FULL_DAY.match(timex.value):
            try:
                days.append(dt.date.fromisoformat(timex.value))
            except ValueError:
                continue
    return max(days) if days else None


def _shared_reporting_days(store: "SQLiteStore", article_id: str) -> Counter[dt.date]:
    """Days of the dated articles this one shares reporting with, weighted by sentences."""
    try:
        from ..store import reporting
    except ImportError:  # shared reporting is not part of this store yet
        return Counter()
    days: Counter[dt.date] = Counter()
    try:
        shared = reporting.shared_counts(store, article_id)
    except Exception:  # noqa: BLE001 - no reporting tables yet: no evidence of this kind
        return days
    for row in shared:
        other = store.get_article(row["id"])
        if other is not None and other.published:
            try:
                days[dt.date.fromisoformat(other.published[:10])] += int(row["sentences"])
            except ValueError:
                continue
    return days


def infer_published(store: "SQLiteStore", article: Article,
                    annotations: Annotations) -> InferredDate | None:
    """A publication day for an undated article, or None when nothing points to one."""
    votes = _weekday_votes(annotations)
    weekday = votes.most_common(1)[0][0] if votes else None
    shared = _shared_reporting_days(store, article.id)
    if shared:
        best = max(shared.values())
        day = min(d for d, n in shared.items() if n == best)
        reason = f"shares {best} sentence(s) of reporting with articles published {day}"
        confidence = 0.7
        if weekday is not None and day.weekday() == weekday:
            reason += f"; names {WEEKDAYS[weekday].capitalize()}, that day's weekday"
            confidence = 0.85
        return InferredDate(day.isoformat(), reason, confidence)
    latest = _latest_full_date(annotations)
    if latest is None:
        return None
    if weekday is not None:
        day = latest + dt.timedelta(days=(weekday - latest.weekday()) % 7)
        return InferredDate(day.isoformat(), f"the first {WEEKDAYS[weekday].capitalize()} on or "
                            f"after the latest date it gives ({latest})", 0.4)
    return InferredDate(latest.isoformat(), "the latest date it gives (a lower bound)", 0.25)
