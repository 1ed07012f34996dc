"""Helpers the event tests share (not a test module)."""

from __future__ import annotations


def by_trigger(events, trigger, nth=0):
    """The `nth` event on `trigger`; fails naming the events found when there is none."""
    found = [e for e in events if e.trigger == trigger]
    assert len(found) > nth, f"no event on {trigger!r} in {[(e.type, e.trigger) for e in events]}"
    return found[nth]
