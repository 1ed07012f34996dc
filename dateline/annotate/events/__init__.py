"""Events typed to PLOVER: trigger, actors, targets, place, date, mode and attribution.

`find_events` finds every event mention; `reportable` keeps those the annotations report.
"""

from .confidence import reportable
from .extract import find_events

__all__ = ["find_events", "reportable"]
