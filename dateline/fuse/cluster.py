"""Event clusters: when two event mentions from different articles are one real event.

Pure and symmetric, so that clusters (connected components of the links) do not depend on the
order articles arrive in. Two mentions are one event when their PLOVER types and their realis
(happened, claimed or denied vs. planned or hypothetical) agree, their days agree (a day either
way when one was only dated by its article's publication), their places and actors do not
conflict, and their sentences say the same thing, or they share place and actor.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import Any, Mapping

from ..annotate.names import fold
from . import words

REALIS = frozenset({"asserted", "claimed", "denied"})
_DAY = re.compile(r"^(\d{4})-(\d\d)-(\d\d)")
_WORD = re.compile(r"[a-z0-9]+")
MIN_SIMILARITY = 0.35  # tuned on ECB+ topics 1-20 (CoNLL F1), held out: 21-35
MIN_SIMILARITY_WITH_PLACE = 0.2
# how many stored mentions per blocking key a new mention is compared with
PER_KEY = 200


def day_of(value: str | None) -> dt.date | None:
    match = _DAY.match(value or "")
    if not match:
        return None
    try:
        return dt.date(*map(int, match.groups()))
    except ValueError:
        return None


def granularity(value: str | None) -> str | None:
    """How precise a TIMEX3 date value is: day, week, month, season, quarter, year, or None."""
    if not value:
        return None
    if _DAY.match(value):
        return "day"
    if re.match(r"^\d{4}-W\d\d", value):
        return "week"
    if re.match(r"^\d{4}-\d\d$", value):
        return "month"
    if re.match(r"^\d{4}-(SP|SU|FA|WI)$", value):
        return "season"
    if re.match(r"^\d{4}-Q\d$", value):
        return "quarter"
    if re.match(r"^\d{4}$", value):
        return "year"
    return None


@functools.lru_cache(maxsize=16384)
def content_words(sentence: str) -> frozenset[str]:
    """The sentence's content words (cached: a stored mention is compared with every new one
    of its block, and a wire sentence recurs in every copy)."""
    return frozenset(words.content_words(sentence))


def similarity(a: frozenset[str], b: frozenset[str]) -> float:
    """Overlap of content words, relative to the shorter sentence (headlines are short)."""
    if len(a) < 3 or len(b) < 3:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def _name_keys(names: list[str]) -> set[str]:
    # "Russia", "Russian troops", "Russia's military" share "russi"
    return {w[:5] for name in names for w in _WORD.findall(fold(name))
            if w not in words.STOP and len(w) > 2}


def block_keys(mention: Mapping[str, Any]) -> list[str]:
    """Index keys under which a mention is filed and looked up: type, realis and day."""
    day = day_of(mention["date"]) if mention.get("granularity") == "day" else None
    if day is None:
        return []
    base = f"{mention['type']}|{'r' if mention['mode'] in REALIS else 'i'}"
    days = [day]
    if mention.get("dated_by") == "published":
        days.append(day - dt.timedelta(days=1))  # reported today, often happened yesterday
    return [f"{base}|{d.isoformat()}" for d in days]


def same_event(a: Mapping[str, Any], b: Mapping[str, Any], require_dates: bool = True) -> bool:
    """Whether mentions `a` and `b` (dicts of `store.events.COLUMNS`) report one real event.

    `require_dates=False` lets undated mentions link on their text and arguments alone (for
    corpora without publication dates, such as ECB+); dates that are known must still agree."""
    if a["article_id"] == b["article_id"] or a["type"] != b["type"]:
        return False
    if (a["mode"] in REALIS) != (b["mode"] in REALIS):
        return False
    day_a, day_b = day_of(a["date"]), day_of(b["date"])
    if day_a is None or day_b is None:
        if require_dates:
            return False
    else:
        slack = 1 if "published" in (a.get("dated_by"), b.get("dated_by")) else 0
        if abs((day_a - day_b).days) > slack:
            return False
    place_a, place_b = fold(a.get("place") or ""), fold(b.get("place") or "")
    same_place = bool(place_a) and place_a == place_b
    if place_a and place_b and not same_place:
        return False
    actors_a, actors_b = _name_keys(a["actors"]), _name_keys(b["actors"])
    if actors_a and actors_b and not actors_a & actors_b:
        return False
    score = similarity(content_words(a["sentence"]), content_words(b["sentence"]))
    if score >= MIN_SIMILARITY:
        return True
    return same_place and bool(actors_a & actors_b) and score >= MIN_SIMILARITY_WITH_PLACE
