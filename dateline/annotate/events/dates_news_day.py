"""The day a story's lead reports on, when it is the day before the paper's date stamp.

"Airline spokesman Ann Lee said Tuesday that ..." in the lead of a paper stamped Wednesday: the
story was told on Tuesday, and what its lead tells without a time of its own ("the airline has
apologized") is Tuesday's news (GUIDELINES 6: anchor on the news day when the text makes clear
it was written on another day). Only a report verb's own day counts: the day of an act ("were
killed Tuesday") dates that act, not the telling.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from ..lexicon.reporting import REPORTING_VERBS
from .timing import event_value, timex_root

if TYPE_CHECKING:
    from .dates import DatingContext

LEAD_UNITS = 3  # the headline (or first line) and the lead's first sentences


def statement_day(ctx: "DatingContext") -> dt.date | None:
    """The day a report verb of the lead is dated to, when it is the day before publication."""
    if ctx.published is None:
        return None
    for unit in ctx.units[:LEAD_UNITS]:
        for timex in ctx.timexes:
            if not unit.start_char <= timex.start < unit.end_char or \
                    timex.type not in ("DATE", "TIME"):
                continue
            value = event_value(timex.value) or ""
            try:
                day = dt.date.fromisoformat(value)
            except ValueError:
                continue
            root = timex_root(unit, timex)
            if (ctx.published - day).days != 1 or root is None:
                continue
            head = root.head.head if root.head.dep_ == "prep" else root.head
            if head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in REPORTING_VERBS:
                return day
    return None
