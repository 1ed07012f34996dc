"""Geographic features: a name next to "river", "lake", "mountains"... is a river, lake or range,
never the town of the same name ("the Savio river", "Lake Garda", "Rocky Mountains")."""

from __future__ import annotations

import re

FEATURE_AFTER = {"river": "water", "lake": "water", "sea": "water", "canal": "water",
                 "estuary": "water", "reservoir": "water", "lagoon": "water", "creek": "water",
                 "mountains": "region", "mountain": "region", "hills": "region",
                 "valley": "region", "island": "region", "islands": "region",
                 "peninsula": "region", "desert": "region", "volcano": "region",
                 "glacier": "region", "plateau": "region", "province": "region",
                 "oblast": "region", "governorate": "region", "prefecture": "region",
                 "region": "region", "forest": "region"}
FEATURE_BEFORE = {"river": "water", "lake": "water", "loch": "water", "lough": "water",
                  "mount": "region", "mt": "region", "mt.": "region", "isle": "region",
                  "cape": "region"}
_AFTER_RE = re.compile(r"\s+(" + "|".join(FEATURE_AFTER) + r")\b", re.I)
_BEFORE_RE = re.compile(r"\b(" + "|".join(k.replace(".", r"\.") for k in FEATURE_BEFORE)
                        + r")\s+$", re.I)


def feature_kind(text: str, start: int, end: int) -> str | None:
    """'water' or 'region' when the name at [start, end) is written as a river, lake, mountain
    range...: "the Savio river", "river Thames", "Lake Garda", "Rocky Mountains"."""
    words = text[start:end].lower().split()
    if not words:
        return None
    if len(words) > 1 and words[-1] in FEATURE_AFTER:
        return FEATURE_AFTER[words[-1]]
    if len(words) > 1 and words[0] in FEATURE_BEFORE:
        return FEATURE_BEFORE[words[0]]
    m = _AFTER_RE.match(text, end, end + 14)
    if m:
        return FEATURE_AFTER[m.group(1).lower()]
    m = _BEFORE_RE.search(text, max(0, start - 7), start)
    if m:
        return FEATURE_BEFORE[m.group(1).lower()]
    return None


def strip_feature_word(name: str) -> str:
    """'Lake Garda' -> 'Garda', 'Thames River' -> 'Thames' (for a gazetteer retry)."""
    words = name.split()
    if len(words) > 1 and words[-1].lower() in FEATURE_AFTER:
        return " ".join(words[:-1])
    if len(words) > 1 and words[0].lower() in FEATURE_BEFORE:
        return " ".join(words[1:])
    return name


# a facility written after a town's name, often far from it: "the Zaporizhzhia nuclear plant",
# "the Kursk power station"; an airport or a base lies at its town and is read as the town
_FACILITY_AFTER_RE = re.compile(
    r"(?:\s+(?:nuclear|power|hydroelectric|hydro|thermal|coal|gas|chemical|steel|"
    r"enrichment|research)){0,2}\s+(?:power\s+station|plant|dam|refinery|mine|reactor|"
    r"facility)\b", re.I)
# the last word of a facility's own name: "Addiscombe Road", "Ofer Prison", "Las Vegas Strip"
FACILITY_NAME_HEADS = frozenset("""
prison jail airport airbase stadium station street road avenue boulevard lane square bridge
motorway highway promenade strip harbor harbour dam camp base crossing checkpoint park
beach mall palace plaza quay pier terminal tunnel plant refinery
""".split())
_LEADING_FACILITY = frozenset({"promenade", "rue", "avenue", "boulevard", "plaza", "piazza",
                               "place", "via", "calle", "largo"})


def facility_after(text: str, end: int) -> str | None:
    """The facility phrase right after the name ending at `end` ("nuclear plant"), if any."""
    m = _FACILITY_AFTER_RE.match(text, end, end + 60)
    return m.group(0).strip() if m else None


def is_facility_name(name: str) -> bool:
    """A name that is itself a facility's: "Addiscombe Road", "Promenade des Anglais", "A42"."""
    words = name.split()
    if len(words) > 1 and words[-1].lower() in FACILITY_NAME_HEADS:
        return True
    if len(words) > 2 and words[0].lower() in _LEADING_FACILITY and words[1].islower():
        return True
    return re.fullmatch(r"[AMEI]-?\d{1,3}", name) is not None  # a motorway number: A42, M25, I-95
