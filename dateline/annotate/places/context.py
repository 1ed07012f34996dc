"""What an article says about where it is: the countries its places name, and its dateline."""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable

from ..names import fold
from .gazetteer import ALTERNATES_MIN_POPULATION, GazEntry, load_gazetteer, region_entries

_DATELINE_RE = re.compile(
    r"^\s*([A-Z][A-Z .'’\-]{1,40}?)(?:,\s*([A-Z][A-Za-z .'’\-]{1,40}?))?"
    r"\s*(?:\(\w+\)\s*)?[—–-]+\s", re.M)
CONTEXT_CITY_POPULATION = 100000


@dataclass
class PlaceContext:
    """What an article says about where it is: countries by mentions, and its dateline."""

    countries: Counter[str] = field(default_factory=Counter)
    dateline_country: str | None = None
    dateline_admin1: str | None = None
    dateline_city: str | None = None  # folded city name from the dateline
    # resolve_place answers for this article; the context is not changed once built
    memo: dict[tuple[str, str | None, str | None], GazEntry | None] = field(
        default_factory=dict, repr=False, compare=False)

    def main_countries(self, share: float = 0.1) -> set[str]:
        """Countries the article is about: the dateline's, and any named in `share` of mentions."""
        total = sum(self.countries.values()) or 1
        out = {cc for cc, n in self.countries.items() if n / total >= share}
        return out | ({self.dateline_country} if self.dateline_country else set())


def dateline_in_text(text: str) -> str | None:
    """A dateline at the start of a paragraph near the top: "KHARKIV, Ukraine — ..."."""
    m = _DATELINE_RE.search(text[:2000])
    if not m:
        return None
    return m.group(1).strip() + (f", {m.group(2).strip()}" if m.group(2) else "")


def best_region(name: str) -> GazEntry | None:
    """The country, region or state a qualifier names ("Ukraine", "Texas", "Ga.")."""
    cands = [e for e in load_gazetteer().lookup(name) if e.precision != "city"]
    return cands[0] if cands else None


def _ambiguous_region(name: str) -> bool:
    """A country, state or region name that several countries have (Georgia, Punjab)."""
    return len({e.country for e in load_gazetteer().lookup(name) if e.precision != "city"}) > 1


@functools.lru_cache(maxsize=1)
def subdivision_entries() -> frozenset[GazEntry]:
    """The first-order subdivisions the gazetteer took from data/regions.tsv."""
    return frozenset(region_entries())


def _town_named_too(name: str, region: GazEntry) -> bool:
    """A subdivision named like a town of another country ("Canterbury": a New Zealand
    region and an English city): the name alone does not say which country the story is in."""
    return region in subdivision_entries() and any(
        e.precision == "city" and fold(e.name) == fold(name) and e.country != region.country
        and e.population >= ALTERNATES_MIN_POPULATION for e in load_gazetteer().lookup(name))


def build_context(names: Iterable[str], dateline: str | None = None) -> PlaceContext:
    """Context from the article's place names (one item per mention) and its dateline."""
    ctx = PlaceContext()
    gaz = load_gazetteer()
    for name in names:
        region = best_region(name)
        if region is not None and (_ambiguous_region(name) or _town_named_too(name, region)):
            continue  # "Georgia" the country or the US state says nothing about the story
        if region is not None and region.country:
            ctx.countries[region.country] += 1
        elif region is None:
            # a big city named exactly (Kyiv, Moscow), or by an older or foreign name no town
            # is called by (Kharkov, Bombay), says which country the story is in too
            found = gaz.lookup(name)
            cities = [e for e in found if e.population >= CONTEXT_CITY_POPULATION]
            if cities:
                top = max(cities, key=lambda e: e.population)
                if fold(top.name) == fold(name) or not any(
                        e.precision == "city" and fold(e.name) == fold(name) for e in found):
                    ctx.countries[str(top.country)] += 1
    if dateline:
        city, _, where = dateline.partition(",")
        ctx.dateline_city = fold(city) or None
        region = best_region(where.strip()) if where.strip() else None
        if region is not None:
            ctx.dateline_country = region.country
            ctx.dateline_admin1 = region.admin1
        elif ctx.dateline_city:
            cands = [e for e in load_gazetteer().lookup(city) if e.precision == "city"]
            if cands:
                ctx.dateline_country = max(cands, key=lambda e: e.population).country
    return ctx
