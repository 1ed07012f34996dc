"""Places: every PLACE mention resolved to a point, a country and a precision.

Disambiguation, in order of weight: a qualifier written after the name ("Paris, Texas"), the
dateline ("KHARKIV, Ukraine"), how often each country is mentioned in the article, then
population. Names the gazetteer does not know are kept with no coordinates and precision
"unknown" rather than dropped.
"""

from __future__ import annotations

import math
import re
from typing import TYPE_CHECKING, Sequence

from ...model import EntityMention, Place
from ..names import fold
from .context import (PlaceContext, best_region, build_context, dateline_in_text,
                      subdivision_entries)
from .features import facility_after, feature_kind, is_facility_name, strip_feature_word
from .gazetteer import ALTERNATES_MIN_POPULATION, GazEntry, load_gazetteer
from .nearby import named_after_town, placed_by_neighbours
from .states import state_named
from ..syntax import text_of

if TYPE_CHECKING:
    from spacy.tokens import Doc

# direction words and the like that NER tags as places but that name no one place
_NOT_PLACES = {"west", "east", "north", "south", "the west", "the east", "trans atlantic",
               "transatlantic", "downtown", "midwest"}
# the sky's bodies, which towns are named after ("Earth", Texas; "Jupiter", Florida): a town
# only with its state or country written beside it ("Jupiter, Fla.")
_CELESTIAL = frozenset({"earth", "moon", "sun", "mercury", "venus", "mars", "jupiter", "saturn",
                        "uranus", "neptune", "pluto", "milky way", "red planet", "solar system"})
_MIN_POPULATION_OUT_OF_CONTEXT = 5000
_BIG_CITY = 100000  # a city news names without its country (GeoNames population)
_MIN_POPULATION_ELSEWHERE = 50000  # a town in a country the story's other places never name
ALTERNATE_OVER_EXACT = 10  # population ratio an alternate-name city needs to beat a namesake
# a name written with its own accents is that town's, not an ASCII namesake's: writers about San
# Jose, California never write "San José", so the spelling outweighs most of the context
SPELLING_BONUS = 3.0
_FEATURE_PRECISIONS = ("water", "region", "continent", "country")
_US = {"centre": "center", "theatre": "theater", "harbour": "harbor"}
_SPELLING = re.compile(r"\b(?:centre|theatre|harbour)\b")
# "Washington state" and "Orange County" are not where their namesake city is: not listed
ADMIN_AREA_WORDS = frozenset({"province", "region", "district", "oblast", "governorate",
                              "prefecture", "municipality", "krai", "raion"})


def _score(entry: GazEntry, key: str, ctx: PlaceContext, qualifier: GazEntry | None,
           written: str = "") -> float:
    if entry.precision != "city":
        # a country, region or sea named exactly is what the writer meant, not a small town of
        # that name in a country the story is about ("the Atlantic", Atlantic, Iowa); between
        # two of them (Georgia the country, Georgia the state) population counts less than context
        score = 10.0 + 0.3 * math.log10(entry.population + 10)
    else:
        score = math.log10(entry.population + 10) + (0.5 if fold(entry.name) == key else 0.0)
        if not written.isascii() and entry.name.lower() == written.lower():
            score += SPELLING_BONUS  # "San José" as the place itself spells it, not San Jose
    total = sum(ctx.countries.values()) or 1
    if entry.country:
        score += 4.0 * ctx.countries.get(entry.country, 0) / total
        if entry.country == ctx.dateline_country:
            score += 2.5
            if ctx.dateline_admin1 and entry.admin1 == ctx.dateline_admin1:
                score += 2.0
        if ctx.dateline_city and key == ctx.dateline_city and entry.country == ctx.dateline_country:
            score += 3.0
    if qualifier is not None and (entry.country != qualifier.country
                                  or (qualifier.admin1 and entry.admin1 != qualifier.admin1)):
        score -= 20.0
    return score


def resolve_place(name: str, ctx: PlaceContext, qualifier: str | None = None,
                  kind: str | None = None) -> GazEntry | None:
    """The place `name` most likely means in this context, or None. `kind` ("water", "region")
    says the text wrote it as a river, lake or mountain: then no town of that name will do."""
    memo_key = (name, qualifier, kind)
    if memo_key in ctx.memo:
        return ctx.memo[memo_key]
    ctx.memo[memo_key] = best = _resolve(name, ctx, qualifier, kind)
    return best


def _resolve(name: str, ctx: PlaceContext, qualifier: str | None,
             kind: str | None) -> GazEntry | None:
    key = fold(name)
    if key.startswith("the "):
        key = key[4:]
    if not key or key in _NOT_PLACES or key in _CELESTIAL and not qualifier:
        return None  # "Earth", "Mars", "Jupiter": no town of their name unless one is said
    gaz = load_gazetteer()
    cands = gaz.lookup(name)
    if not cands and _admin_word(name.split()[-1]):
        return _admin_area(name, ctx, qualifier)
    if kind is not None:  # a river is never the town of its name; an island may be one
        # a sea is no land of its name either: the Tasman Sea is not the Tasman region
        allowed = ("water",) if kind == "water" else _FEATURE_PRECISIONS
        cands = [e for e in cands if e.precision in _FEATURE_PRECISIONS] or [
            e for e in gaz.lookup(strip_feature_word(name)) if e.precision in allowed
        ] or (cands if kind == "region" else [])
    if kind == "region" and not cands:
        return named_after_town(name, ctx)  # "Cape Erimo" by the town of Erimo
    cands = _towns_over_foreign_subdivisions(_exact_names_first(cands, key, ctx), key, ctx)
    if not cands:
        return None
    # "Argentina, Brazil, Colombia, Mexico": a list of countries, not Colombia in Mexico
    listed = any(e.precision in ("country", "continent", "water") for e in cands)
    qual = best_region(qualifier) if qualifier and not listed else None
    best = max(cands, key=lambda e: _score(e, key, ctx, qual, name))
    in_context = best.country in ctx.countries or best.country == ctx.dateline_country or (
        qual is not None and best.country == qual.country)
    # a story the other places put in some countries names a town of none of them only if
    # the town is known beyond its country: "Heathrow", "Essex", "Somerset" in a British
    # story are not villages of Ohio or Maryland the gazetteer happens to hold
    floor = _MIN_POPULATION_OUT_OF_CONTEXT if not (ctx.countries or ctx.dateline_country) \
        else _MIN_POPULATION_ELSEWHERE
    if best.precision == "city" and best.population < floor and not in_context:
        return None
    if qual is None and _coin_toss(best, cands, key, ctx):
        return None
    return best


def _coin_toss(best: GazEntry, cands: Sequence[GazEntry], key: str, ctx: PlaceContext) -> bool:
    """A small town with a namesake of like size in its own country, no qualifier and no
    dateline to tell them apart ("Homberg" in a German story: four towns of Hesse and the
    Rhineland): any pick is a guess that may put the story 200 km off."""
    if best.precision != "city" or best.population >= ALTERNATES_MIN_POPULATION or \
            key == ctx.dateline_city:
        return False
    return any(e is not best and e.precision == "city" and e.country == best.country and
               fold(e.name) == key and 3 * e.population >= best.population for e in cands)


def _exact_names_first(cands: list[GazEntry], key: str, ctx: PlaceContext) -> list[GazEntry]:
    """Cities that only list `key` as an old or foreign name give way to cities called so: a
    town of that name of ALTERNATES_MIN_POPULATION always ("Salisbury" is the English town, not
    Harare), a smaller one unless the other is far bigger ("Kiev" is still Kyiv, not a village
    called Kiev); an alternate in a country the article is about stays, unless a town of that
    very name is there too ("Venice", Louisiana, not Dayton, once "Venice"). A town of that name
    whose size is unknown counts as a town ("Twickenham" is in London, not Huntsville, Alabama,
    once "Twickenham")."""
    named = [e for e in cands if e.precision == "city" and fold(e.name) == key]
    if not named:
        return cands
    # GeoNames writes 0 for a population it does not know (a district such as Twickenham): a
    # town of that name of unknown size is no village a far bigger alternate outweighs
    largest = max(e.population for e in named)
    floor = ALTERNATE_OVER_EXACT * largest if 0 < largest < ALTERNATES_MIN_POPULATION else None
    # a country of the story with no town of that very name: "Odessa" in a story on Ukraine
    context = (set(ctx.countries) | {ctx.dateline_country}) - {e.country for e in named}
    return [e for e in cands if e.precision != "city" or fold(e.name) == key
            or e.country in context or (floor is not None and e.population >= floor)]


def _towns_over_foreign_subdivisions(cands: list[GazEntry], key: str,
                                     ctx: PlaceContext) -> list[GazEntry]:
    """A first-order subdivision of a country the story does not name gives way to a town of
    that very name in a country it does name, or to a big city anywhere: "Canterbury" in a
    British story is the English city, not the New Zealand region; "Manchester" is the city,
    not the Jamaican parish. A named region outranks a town only as what the writer meant."""
    context = set(ctx.countries) | {ctx.dateline_country}
    towns = [e for e in cands if e.precision == "city" and fold(e.name) == key and (
        e.country in context or e.population >= _BIG_CITY)]
    if not towns:
        return cands
    subdivisions = subdivision_entries()
    return [e for e in cands if e not in subdivisions or e.country in context]


def _admin_area(name: str, ctx: PlaceContext, qualifier: str | None) -> GazEntry | None:
    """ "Balkh province", "Hebei Province", "Kherson oblast": the area the gazetteer does not hold,
    placed at the region it names or else at its namesake city (provinces are mostly named after
    their capitals), with precision "region"."""
    words = name.split()
    if len(words) < 2:
        return None
    found = _resolve(" ".join(words[:-1]), ctx, qualifier, "region")
    if found is None or found.precision not in ("city", "region"):
        return None
    return _as_area(found, name)


def _as_area(entry: GazEntry, name: str) -> GazEntry:
    if entry.precision != "city":
        return entry
    return GazEntry(name, entry.lat, entry.lon, entry.country, "region", 0, None, entry.admin1)


def _admin_word(word: str) -> bool:
    return word.lower() in ADMIN_AREA_WORDS


def _admin_word_after(text: str, end: int) -> bool:
    """ "Balkh province": the mention stops before the word that makes it an area."""
    m = re.match(r"\s+([A-Za-z]+)", text[end:end + 20])
    return m is not None and _admin_word(m.group(1))


def display_name(entry: GazEntry, surface: str) -> str:
    """The canonical spelling: the gazetteer's unless it is a local form ("Homyel'")."""
    name = entry.name[4:] if entry.name.startswith("The ") else entry.name
    if fold(name) == fold(surface) or (name.isascii() and "'" not in name):
        return name
    return surface


def place_key(entry: GazEntry | None, surface: str) -> str:
    """Key that one place has in every article: its GeoNames id, else its table name."""
    if entry is None:  # "Betty Ford Centre" and "Betty Ford Center" are one place
        return "name:" + _SPELLING.sub(lambda m: _US[m.group(0)], fold(surface))
    if entry.geonameid is not None and entry.precision in ("city", "country"):
        return f"gn:{entry.geonameid}"
    return f"{entry.precision}:{fold(entry.name)}"


def qualifier_after(text: str, end_char: int,
                    mentions: Sequence[tuple[int, int, str]]) -> str | None:
    """The place written right after ", " ("Paris, Texas"), from mentions or the next word;
    also the place an apposition makes it the capital, a city or a town of ("Victoria, the
    capital of the Seychelles", "Kramatorsk, a city in eastern Ukraine")."""
    m = re.match(r",\s+(?:(?:the|a|an)\s+(?:\w+\s+){0,2}?(?:capital|city|town|village|port|"
                 r"province|region|state)\s+(?:of|in)\s+(?:(?:the|northern|southern|eastern|"
                 r"western|central|north|south|east|west)[\w-]*\s+){0,2})?",
                 text[end_char:end_char + 80])
    if not m:
        return None
    start = end_char + m.end()
    for s, _, surface in mentions:
        if s == start:
            return surface
    word = re.match(r"[A-Z][A-Za-z.]+(?: [A-Z][a-z]+)?", text[start:start + 40])
    return word.group(0) if word and best_region(word.group(0)) else None


def find_places(doc: "Doc", entities: Sequence[EntityMention], *,
                dateline: str | None = None) -> list[Place]:
    """Every PLACE mention in `entities` with coordinates, country and precision."""
    from .facilities import approximate, main_town, written_facility

    text = text_of(doc)  # built from the tokens on every access: once per article
    mentions = [(e.start, e.end, e.text) for e in entities if e.type == "PLACE"]
    ctx = build_context((t for _, _, t in mentions), dateline or dateline_in_text(text))
    out = []
    pending = []  # facilities to place once the article's towns are known
    for ent in entities:
        if ent.type != "PLACE":
            continue
        facility = facility_after(text, ent.end)
        if facility is not None:  # "the Zaporizhzhia nuclear plant" is not the city
            out.append(written_facility(ent, facility))
            continue
        qualifier = qualifier_after(text, ent.end, mentions)
        kind = feature_kind(text, ent.start, ent.end)
        entry = resolve_place(ent.text, ctx, qualifier, kind) or (
            resolve_place(ent.canonical, ctx, qualifier, kind) if ent.canonical != ent.text
            else None)
        if entry is None:
            if is_facility_name(ent.text):
                pending.append(len(out))
            out.append(Place(ent.start, ent.end, ent.text, ent.canonical, None, None, None,
                             kind or "unknown"))
            continue
        if _admin_word_after(text, ent.end):
            entry = _as_area(entry, ent.text)
        entry = state_named(entry, ent.text, text, ent.end)
        out.append(Place(ent.start, ent.end, ent.text, display_name(entry, ent.text),
                         entry.lat, entry.lon, entry.country, entry.precision, entry.geonameid))
    town = main_town(out) if pending else None
    for i in pending:
        out[i] = approximate(out[i], ctx, town)
    return placed_by_neighbours(text, out)
