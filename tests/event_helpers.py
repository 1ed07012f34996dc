"""Helpers the event tests share (not a test module)."""

from __future__ import annotations


def by_trigger(events, trigger, nth=0):
    """The `nth` event on `trigger`; fails naming the events found when there is none."""
    found = [e for e in events if e.trigger == trigger]
    assert len(found) > nth, f"no event on {trigger!r} in {[(e.type, e.trigger) for e in events]}"
    return found[nth]


def placed(text, *names):
    """Places at every occurrence of each (name, precision), as the places component gives
    them (no coordinates): for event tests that need places without the gazetteer."""
    from dateline.model import Place

    out = []
    for name, precision in names:
        start = text.find(name)
        while start >= 0:
            out.append(Place(start, start + len(name), name, name, 0.0, 0.0, "XX", precision))
            start = text.find(name, start + 1)
    return sorted(out, key=lambda p: p.start)
