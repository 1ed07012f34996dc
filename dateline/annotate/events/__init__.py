"""Events typed to PLOVER: trigger, actors, targets, place, date, mode and attribution."""

from .extract import find_events

__all__ = ["find_events"]
