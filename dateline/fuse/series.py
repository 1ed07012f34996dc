"""Figure series: the same quantity followed over time, and disagreements shown side by side.

A series is a counted category (people killed, people who fled, troops, tanks...) and who is
counted (civilians, soldiers, people, or the thing counted). Points keep their value or range,
their as-of day, claimant and source; nothing is ever averaged. Two points from different
origins disagree when they count the same thing as of the same day and their values (ranges)
cannot both be right.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, Iterable, Mapping, Sequence

from ..annotate.names import fold

# categories that count the same quantity for a reader
CATEGORY_GROUPS = {"killed": "killed", "dead": "killed", "displaced": "fled",
                   "refugees": "fled", "evacuated": "evacuated", "wounded": "wounded",
                   "casualties": "casualties", "arrested": "arrested", "rescued": "rescued",
                   "troops": "troops", "population": "population", "weapons": "weapons",
                   "equipment": "equipment", "other": "other"}
LABELS = {"killed": "killed", "fled": "who fled (displaced or refugees)",
          "evacuated": "evacuated", "wounded": "wounded", "casualties": "casualties",
          "arrested": "arrested", "rescued": "rescued", "troops": "troops",
          "population": "population"}
# who a people-count counts
_GROUPS = (("civilians", re.compile(r"\bcivilian")),
           ("children", re.compile(r"\b(?:child|children|kids?|minors?)\b")),
           ("soldiers", re.compile(r"\b(?:soldiers?|troops?|servicem[ae]n|fighters?|militants?|"
                                   r"personnel|forces|army|military)\b")),
           ("police", re.compile(r"\b(?:police|officers?)\b")))
_WHO = frozenset({"people", "civilians", "children", "soldiers", "police"})
_PEOPLE_CATEGORIES = frozenset({"killed", "fled", "evacuated", "wounded", "casualties",
                                "arrested", "rescued"})
_WORD = re.compile(r"[a-z]+")


def _head(what: str | None) -> str:
    words = _WORD.findall(fold(what or ""))
    if not words:
        return "things"
    word = words[-1]
    return word[:-1] if word.endswith("s") and not word.endswith("ss") and len(word) > 3 else word


def _counts_people(what: str | None) -> bool:
    from ..annotate.figures.lexicon import PEOPLE_NOUNS

    head = _head(what)
    return not what or head in PEOPLE_NOUNS or head + "s" in PEOPLE_NOUNS or any(
        pattern.search(fold(what)) for _, pattern in _GROUPS) or head in ("resident", "person")


def series_key(category: str | None, what: str | None) -> str:
    """`killed|civilians`, `fled|people`, `troops|troops`, `equipment|tank`, `evacuated|town`."""
    group = CATEGORY_GROUPS.get(category or "other", "other")
    text = fold(what or "")
    if group in _PEOPLE_CATEGORIES and not _counts_people(what):
        return f"{group}|{_head(what)}"  # "three towns were evacuated" counts towns
    if group in _PEOPLE_CATEGORIES:
        who = next((name for name, pattern in _GROUPS if pattern.search(text)), "people")
        return f"{group}|{who}"
    if group in ("troops", "population"):
        return f"{group}|{group}"
    return f"{group}|{_head(what)}"


def series_label(key: str) -> str:
    group, who = key.split("|", 1)
    if group in _PEOPLE_CATEGORIES:
        return f"{who} {LABELS[group]}" if who in _WHO else f"{who}s {LABELS[group]}"
    if group in ("troops", "population"):
        return LABELS[group]
    noun = who if who in _WHO or who.endswith("s") else f"{who}s"
    return noun if group == "other" else f"{noun} ({group})"


def _day(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat((value or "")[:10])
    except ValueError:
        return None


def _bounds(point: Mapping[str, Any]) -> tuple[float, float]:
    low = point["min"] if point["min"] is not None else point["value"]
    high = point["max"] if point["max"] is not None else point["value"]
    if point["approx"] and point["min"] is None and point["max"] is None:
        low, high = 0.9 * point["value"], 1.1 * point["value"]
    return low, high


def disagree(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    """Same series, the same as-of day, and values that cannot both be right (a count that
    grows from one day to the next is the story moving, not a disagreement)."""
    day_a, day_b = _day(a["as_of"]), _day(b["as_of"])
    if day_a is None or day_b is None or day_a != day_b:
        return False
    if a["projected"] or b["projected"]:
        return False
    (low_a, high_a), (low_b, high_b) = _bounds(a), _bounds(b)
    overlap = low_a <= high_b and low_b <= high_a
    return not overlap


def disagreements(points: Sequence[Mapping[str, Any]]) -> list[list[int]]:
    """Groups of point indexes that disagree with each other (connected), side by side; only
    points of the same as-of day are compared, so the cost grows with a day's points."""
    parent = list(range(len(points)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    by_day: dict[dt.date, list[int]] = {}
    for i, point in enumerate(points):
        day = _day(point["as_of"])
        if day is not None:
            by_day.setdefault(day, []).append(i)
    linked: set[int] = set()
    for same_day in by_day.values():
        for n, i in enumerate(same_day):
            for j in same_day[n + 1:]:
                if points[i]["root_id"] != points[j]["root_id"] and \
                        disagree(points[i], points[j]):
                    parent[find(j)] = find(i)
                    linked.update((i, j))
    groups: dict[int, list[int]] = {}
    for i in sorted(linked):
        groups.setdefault(find(i), []).append(i)
    return list(groups.values())


def series_entry(key: str, rows: Iterable[Mapping[str, Any]],
                 meta: Mapping[str, Mapping[str, Any]]) -> dict[str, Any]:
    """The JSON shape of one series: its points in as-of order and its disagreements."""
    points = []
    for row in rows:
        article = meta.get(row["article_id"], {})
        points.append({
            "value": row["value"], "min": row["min"], "max": row["max"],
            "approx": bool(row["approx"]), "text": row["text"], "what": row["what"],
            "category": row["category"], "claimant": row["claimant"], "as_of": row["as_of"],
            "as_of_source": row["as_of_source"], "projected": bool(row["projected"]),
            "verified": None if row["verified"] is None else bool(row["verified"]),
            "article_id": row["article_id"], "outlet": article.get("outlet"),
            "published": article.get("published"), "start": row["start"], "end": row["end"],
            "sentence": row["sentence"], "root_id": row["root_id"]})
    groups = disagreements(points)
    for point in points:
        point.pop("root_id")
    return {"series_id": key, "what": series_label(key), "points": points,
            "disagreements": [{"as_of": points[g[0]]["as_of"], "points": g} for g in groups]}
