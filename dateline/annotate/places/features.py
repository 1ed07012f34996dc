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
