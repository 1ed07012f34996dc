"""Facilities: plants, prisons, roads, promenades. Precision "facility", never a town's point.

A facility written after a town's name ("the Zaporizhzhia nuclear plant") is its own entry when
the gazetteer has one (data/places.tsv), else a facility with unknown coordinates: the plant is
not the city. A name that is itself a facility's ("Las Vegas Strip", "Addiscombe Road", "A42")
lies in a town: the town inside its name for a strip, harbour, port or station, else the
article's most mentioned town, as an approximate point.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Sequence

from ...model import EntityMention, Place
from ..names import fold
from .gazetteer import GazEntry, load_gazetteer

if TYPE_CHECKING:
    from .resolve import PlaceContext

# facilities whose name holds the town they lie in ("Las Vegas Strip", "Duisburg Harbour");
# roads and streets are named after where they lead ("London Road" in Brighton)
TOWN_NAMED_HEADS = frozenset({"strip", "harbor", "harbour", "port", "airport", "station"})
# words between a town's name and its facility's head that are no part of the town's name
_DESCRIPTORS = frozenset({"international", "regional", "national", "municipal", "central",
                          "main", "union", "intercontinental", "domestic", "county"})


def facility_entry(name: str, facility: str) -> GazEntry | None:
    """The gazetteer's own entry for "<name> <facility>" ("Zaporizhzhia nuclear plant")."""
    found = [e for e in load_gazetteer().lookup(f"{name} {facility}")
             if e.precision == "facility"]
    return found[0] if found else None


def facility_key(name: str, facility: str) -> str:
    """Entity key of a facility named after a town: never the town's own key."""
    entry = facility_entry(name, facility)
    return f"facility:{fold(entry.name if entry else f'{name} {facility}')}"


def written_facility(ent: EntityMention, facility: str) -> Place:
    """The place of a town name followed by a facility noun: the plant, not the town."""
    entry = facility_entry(ent.text, facility) or facility_entry(ent.canonical, facility)
    if entry is None:
        return Place(ent.start, ent.end, ent.text, f"{ent.canonical} {facility}", None, None,
                     None, "facility")
    return Place(ent.start, ent.end, ent.text, entry.name, entry.lat, entry.lon, entry.country,
                 "facility")


def main_town(places: Sequence[Place]) -> Place | None:
    """The town the article mentions most, more than once and more often than any other (a
    story set in one town); None for a story of several towns mentioned alike."""
    towns = [p for p in places if p.precision == "city" and p.lat is not None]
    if not towns:
        return None
    counts = Counter(p.name for p in towns)
    best = max(counts, key=lambda n: (counts[n], -next(i for i, p in enumerate(towns)
                                                         if p.name == n)))
    if len(counts) > 1 and (counts[best] < 2 or counts[best] == max(
            c for n, c in counts.items() if n != best)):
        return None  # no town the story is set in: a guess would put the facility far off
    return next(p for p in towns if p.name == best)


def town_in_name(name: str, ctx: "PlaceContext") -> GazEntry | None:
    """The town a facility's name holds: "Las Vegas" of "Las Vegas Strip"."""
    from .resolve import resolve_place

    words = name.split()
    if len(words) < 2 or words[-1].lower() not in TOWN_NAMED_HEADS:
        return None
    words = words[:-1]
    while len(words) > 1 and words[-1].lower() in _DESCRIPTORS:
        words = words[:-1]  # "Dallas-Fort Worth International Airport": not the town's name
    town = " ".join(words)
    # an airport of two towns is named after both ("Dallas-Fort Worth"): the first is one
    for candidate in (town, town.split("-")[0]) if "-" in town else (town,):
        entry = resolve_place(candidate, ctx)
        if entry is not None and entry.precision == "city":
            return entry
    return None


def approximate(place: Place, ctx: "PlaceContext", town: Place | None) -> Place:
    """A facility the gazetteer does not hold, put at the town it lies in (see module doc)."""
    entry = town_in_name(place.text, ctx)
    if entry is not None:
        return Place(place.start, place.end, place.text, place.name, entry.lat, entry.lon,
                     entry.country, "facility")
    if town is None:
        return Place(place.start, place.end, place.text, place.name, None, None, None,
                     "facility")
    return Place(place.start, place.end, place.text, place.name, town.lat, town.lon,
                 town.country, "facility")
