"""Places the gazetteer does not hold, put where the article itself puts them.

"Cape Erimo" (a cape, island or peninsula named after a town of the story's country) lies by
that town. "the Cape", after "Cape Canaveral", is that place's short form. "Kennedy Space
Center, near Cape Canaveral", "Ashby, south-east London" and "Dumeira, a village near Aleppo"
lie by the town written after "near" / "outside" / "in", a direction or a settlement noun. "the
West Bank village of Nabi Saleh" lies in the area named before "village of": a point of the
area, which for a small area is within a town's reach. A place none of these fit keeps no
point.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Sequence

from ...model import Place
from ..names import fold
from .features import strip_feature_word
from .gazetteer import GazEntry, load_gazetteer

if TYPE_CHECKING:
    from .resolve import PlaceContext

# "X, near Y", "X outside Y", "X, south-east Y": by the town Y
_NEAR = re.compile(r",?\s+(?:near|outside|in)\s+(?:the\s+)?|,\s+(?:(?:north|south|east|west|"
                   r"central|inner|outer)(?:ern)?[\s-]+){1,2}")
_SETTLEMENT_OF = re.compile(r"\s+(?:village|town|hamlet|township|settlement|suburb|district|"
                            r"neighbou?rhood|camp)\s+of\s+")
_AREAS = ("region", "city")  # an area small enough to hold its village within a town's reach
# "X, a small village near Y", "X, a suburb of Y": a settlement by the town Y
_APPOSED = re.compile(r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:village|town|hamlet|suburb|"
                      r"district|neighbou?rhood|settlement)\s+(?:near|outside|of|in)\s+"
                      r"(?:the\s+)?")


def named_after_town(name: str, ctx: "PlaceContext") -> GazEntry | None:
    """ "Cape Erimo": the town of the bare name, in a country the story is about, as an area."""
    bare = strip_feature_word(name)
    if bare == name:
        return None
    towns = [e for e in load_gazetteer().lookup(bare) if e.precision == "city" and
             fold(e.name) == fold(bare) and (e.country in ctx.countries or
                                             e.country == ctx.dateline_country)]
    if not towns:
        return None
    town = max(towns, key=lambda e: e.population)
    return GazEntry(name, town.lat, town.lon, town.country, "region", 0, None, town.admin1)


def placed_by_neighbours(text: str, places: Sequence[Place]) -> list[Place]:
    """Each place without a point given one from the places around it (see module doc)."""
    known = [p for p in places if p.lat is not None]
    out = []
    for p in places:
        if p.lat is None:
            p = _short_form(p, known) or _near(text, p, known) or _inside(text, p, known) or p
        out.append(p)
    return out


def _at(p: Place, q: Place, precision: str, name: str | None = None) -> Place:
    return Place(p.start, p.end, p.text, name or p.name, q.lat, q.lon, q.country, precision,
                 None)


def _short_form(p: Place, known: Sequence[Place]) -> Place | None:
    """ "the Cape" after "Cape Canaveral": the one place of the article its name opens."""
    key = fold(p.text) + " "
    longer = {q.name: q for q in known if fold(q.text).startswith(key)}
    if len(longer) != 1:
        return None
    q = next(iter(longer.values()))
    return _at(p, q, q.precision, q.name)


def _near(text: str, p: Place, known: Sequence[Place]) -> Place | None:
    """ "Kennedy Space Center, near Cape Canaveral", "Ashby, south-east London": by the town
    written right after."""
    for q in known:
        if q.start > p.end and q.precision == "city" and _NEAR.fullmatch(text, p.end, q.start):
            return _at(p, q, p.precision)
        if q.start > p.end and q.precision == "city" and \
                _APPOSED.fullmatch(text, p.end, q.start):
            return _at(p, q, "city")  # "Kafr Dumeira, a village near Aleppo"
    return None


def _inside(text: str, p: Place, known: Sequence[Place]) -> Place | None:
    """ "the West Bank village of Nabi Saleh": in the area written before "village of"."""
    for q in known:
        if q.end < p.start and q.precision in _AREAS and \
                _SETTLEMENT_OF.fullmatch(text, q.end, p.start):
            return _at(p, q, "city")
    return None
