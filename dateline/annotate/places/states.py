"""A state written with "state" after it: "New York state", "Washington state" name the state,
not the city of its name."""

from __future__ import annotations

import functools
import re

from ..names import fold
from .gazetteer import GazEntry, load_gazetteer, region_entries

_STATE_AFTER = re.compile(r"\s+[Ss]tate\b")


@functools.lru_cache(maxsize=1)
def _regions_by_name() -> dict[str, list[GazEntry]]:
    """Every first-order subdivision of data/regions.tsv by name, those the gazetteer leaves
    out for a big city of the same name included ("New York", "Washington")."""
    out: dict[str, list[GazEntry]] = {}
    for entry in region_entries():
        out.setdefault(fold(entry.name), []).append(entry)
    return out


def state_named(entry: GazEntry, name: str, text: str, end: int) -> GazEntry:
    """ "New York state", "Washington state": the state, not the city of its name."""
    if entry.precision != "city" or not _STATE_AFTER.match(text, end):
        return entry
    # the hand table's "New York State" first: the regions table puts a state at the mean of
    # its towns, which one big city drags off the middle (New York's lies near the Hudson)
    regions = [e for e in load_gazetteer().extra.get(fold(f"{name} state"), ())
               if e.precision == "region"] + _regions_by_name().get(fold(name), [])
    return next((r for r in regions if r.country == entry.country), entry)
