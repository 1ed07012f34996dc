"""The one domain vocabulary of dateline: frozen dataclasses, each fact with its evidence span.

Offsets (`start`, `end`) are character offsets into `Article.text` (for stored articles) or into
the text handed to `annotate_text` (for the one-text command). `end` is exclusive.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any, Mapping


@dataclass(frozen=True)
class RawDocument:
    """One unit read from an input: a file, a JSON line, a CSV row or a feed entry."""

    source_path: str
    format: str  # text | html | jsonl | csv | feed
    raw: str  # the unit as read (decoded), kept for re-processing
    text: str  # the candidate article text handed to cleaning
    locator: str | None = None  # "row 12", "line 3", "entry 4"; None for a whole file
    meta: Mapping[str, Any] = field(default_factory=dict)  # structured fields a reader found
    raw_hash: str = ""  # sha256 of the raw unit, for "unchanged" on re-ingest


@dataclass(frozen=True)
class Rejection:
    """An input unit that could not become an article, with the reason (quarantine row)."""

    source_path: str
    code: str
    reason: str
    locator: str | None = None


@dataclass(frozen=True)
class Article:
    id: str  # content hash of the normalized cleaned body
    text: str  # the cleaned body; every annotation offset points into this
    title: str | None = None
    published: str | None = None  # ISO 8601, as precise as the evidence allows
    published_precision: str | None = None  # year | month | day | minute | second
    published_evidence: str | None = None  # the source string the date was read from
    outlet: str | None = None
    wire: str | None = None
    authors: tuple[str, ...] = ()
    dateline: str | None = None  # "KHARKIV, Ukraine"
    url: str | None = None
    source_path: str = ""
    locator: str | None = None
    format: str = "text"
    raw: str = ""
    removed: tuple[str, ...] = ()  # boilerplate lines removed by cleaning (for eval and audit)
    duplicate_of: str | None = None

    def to_dict(self, with_raw: bool = False) -> dict[str, Any]:
        data = dataclasses.asdict(self)
        data["authors"] = list(self.authors)
        data["removed"] = list(self.removed)
        if not with_raw:
            data.pop("raw")
        return data


# --- annotations -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Timex:
    start: int
    end: int
    text: str
    type: str  # DATE | TIME | DURATION | SET
    value: str | None  # TIMEX3 value ("2022-02-24", "2022-02-25TAF", "2022-W06"); None: unresolved
    granularity: str | None = None  # year | month | week | day | part_of_day | minute
    anchor: str | None = None  # what it was resolved against: "published 2022-02-25", ...


@dataclass(frozen=True)
class EntityMention:
    start: int
    end: int
    text: str
    type: str  # PERSON | ORG | PLACE | GROUP
    canonical: str
    entity_id: str
    role: str | None = None  # "Ukrainian President", "Kremlin spokesman"


@dataclass(frozen=True)
class Place:
    start: int
    end: int
    text: str
    name: str  # canonical name ("Kyiv" for "Kiev")
    lat: float | None
    lon: float | None
    country: str | None  # ISO 3166-1 alpha-2
    precision: str  # city | region | country | water | continent
    geonameid: int | None = None


@dataclass(frozen=True)
class Figure:
    start: int
    end: int
    text: str
    value: float
    min: float | None = None
    max: float | None = None
    approx: bool = False
    what: str | None = None  # the counted noun phrase
    category: str | None = None  # killed | wounded | casualties | displaced | troops | ...
    claimant: str | None = None
    as_of: str | None = None  # TIMEX3 date value
    projected: bool = False
    verified: bool | None = None  # False when the text says it could not be verified


@dataclass(frozen=True)
class Quote:
    start: int
    end: int
    text: str
    speaker: str | None
    speaker_id: str | None = None
    partial: bool = False


@dataclass(frozen=True)
class Event:
    start: int  # the sentence holding the event
    end: int
    type: str  # PLOVER event type: ASSAULT, FIGHT, AGREE, ...
    trigger: str
    trigger_start: int
    trigger_end: int
    actors: tuple[str, ...] = ()
    targets: tuple[str, ...] = ()
    place: str | None = None
    date: str | None = None
    date_precision: str | None = None  # "timex": own sentence; "context": a neighbour; "published"
    mode: str = "asserted"  # asserted | claimed | denied | planned | hypothetical
    attribution: str | None = None
    acled_type: str | None = None


def fields_of(item: Any) -> dict[str, Any]:
    """The fields of an annotation, as `dataclasses.asdict` gives them for JSON (fields hold
    plain values and tuples of them), without its recursive deep copy: saving an article's
    annotations spent two thirds of its time in asdict."""
    names = _FIELD_NAMES.get(type(item))
    if names is None:
        names = _FIELD_NAMES[type(item)] = tuple(f.name for f in dataclasses.fields(item))
    return {name: getattr(item, name) for name in names}


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


@dataclass(frozen=True)
class Annotations:
    """Everything annotate/ found in one text."""

    timexes: tuple[Timex, ...] = ()
    entities: tuple[EntityMention, ...] = ()
    places: tuple[Place, ...] = ()
    figures: tuple[Figure, ...] = ()
    quotes: tuple[Quote, ...] = ()
    events: tuple[Event, ...] = ()

    def to_dict(self) -> dict[str, list[dict[str, Any]]]:
        return {
            name: [fields_of(item) for item in getattr(self, name)]
            for name in ("timexes", "entities", "places", "figures", "quotes", "events")
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "Annotations":
        def build(kind: type, rows: list[dict[str, Any]]) -> tuple[Any, ...]:
            out = []
            for row in rows:
                row = dict(row)
                for key in ("actors", "targets"):
                    if key in row and isinstance(row[key], list):
                        row[key] = tuple(row[key])
                out.append(kind(**row))
            return tuple(out)

        return cls(
            timexes=build(Timex, data.get("timexes", [])),
            entities=build(EntityMention, data.get("entities", [])),
            places=build(Place, data.get("places", [])),
            figures=build(Figure, data.get("figures", [])),
            quotes=build(Quote, data.get("quotes", [])),
            events=build(Event, data.get("events", [])),
        )


# --- fusion ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SharedSentence:
    """Two sentences of two articles that carry the same report (`a` the earlier article)."""

    a_id: str
    a_start: int
    a_end: int
    b_id: str
    b_start: int
    b_end: int
    score: float
