"""The unseen gold's vocabulary and how its items are found and matched in a text: constants,
folding, locating evidence, name/date/place matching, B-cubed, the tally (see unseen.py).
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..model import Place

DEFAULT_GOLD = Path(__file__).with_name("gold") / "unseen-dev.json"
ENTITY_TYPES = ("PERSON", "ORG", "GROUP", "PLACE")
COMPATIBLE = {"PERSON": {"PERSON"}, "ORG": {"ORG", "GROUP"}, "GROUP": {"GROUP", "ORG"},
              "PLACE": {"PLACE"}}
PLOVER_TYPES = frozenset("FIGHT ASSAULT PROTEST COERCE MOBILIZE RETREAT AGREE CONSULT SANCTION "
                         "CONCEDE AID COOPERATE SUPPORT INVESTIGATE DEMAND DISAPPROVE REJECT "
                         "THREATEN".split())
MODES = frozenset({"asserted", "claimed", "denied", "planned", "hypothetical"})
CATEGORIES = frozenset("killed wounded casualties dead displaced refugees troops equipment weapons "
                       "arrested evacuated rescued population other".split())
STORY_TYPES = frozenset("conflict disaster politics economy crime health science sports "
                        "other".split())
PRECISIONS = frozenset({"city", "region", "country", "water", "continent", "facility"})
NEAR_KM = 50.0
WIDE_KM = 500.0
WIDE_PRECISIONS = frozenset({"country", "continent"})
TIMEX_VALUE = re.compile(r"^\d{3,4}(-\d{2}(-\d{2})?)?$")
ENTITY_ID = re.compile(r"^E:[a-z0-9]+(-[a-z0-9]+)*$")
STOP = frozenset({"the", "a", "an", "of", "and", "s", "for", "in", "on", "at", "to", "de"})

Span = tuple[int, int]

# --- text --------------------------------------------------------------------------------------

_FOLD = str.maketrans({"‘": "'", "’": "'", "‚": "'", "‛": "'", "`": "'", "“": '"', "”": '"',
                       "„": '"', "″": '"', "–": "-", "—": "-", "‐": "-", "\u00a0": " "})


def _normalise_with_map(text: str) -> tuple[str, list[int]]:
    """`text` with quotes and dashes folded and whitespace runs collapsed, and for each kept
    character its index in `text`."""
    chars: list[str] = []
    index: list[int] = []
    in_space = False
    for i, ch in enumerate(text):
        if ch.isspace():
            if in_space:
                continue
            ch, in_space = " ", True
        else:
            ch, in_space = ch.translate(_FOLD), False
        chars.append(ch)
        index.append(i)
    return "".join(chars), index


def locate(text: str, needle: str) -> list[Span]:
    """Every occurrence of `needle` in `text`: exact, else with quotes, dashes and whitespace
    folded (spans point into `text` either way)."""
    if not needle or not needle.strip():
        return []
    spans = [(m.start(), m.end()) for m in re.finditer(re.escape(needle), text)]
    if spans:
        return spans
    norm, index = _normalise_with_map(text)
    wanted = _normalise_with_map(needle.strip())[0]
    found: list[Span] = []
    at = norm.find(wanted)
    while at >= 0:
        found.append((index[at], index[at + len(wanted) - 1] + 1))
        at = norm.find(wanted, at + 1)
    return found


def overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def fold(name: str | None) -> str:
    """Case, accents, quote style, dots and a leading "the" / trailing possessive folded."""
    text = unicodedata.normalize("NFKD", (name or "").translate(_FOLD))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = text.replace(".", "")
    text = re.sub(r"'s\b", "", text)
    text = " ".join(re.sub(r"[^\w'&-]+", " ", text).split())
    return text[4:] if text.startswith("the ") else text


def name_tokens(name: str | None) -> set[str]:
    return {t for t in re.findall(r"\w+", fold(name)) if t not in STOP}


def names_match(ours: str | None, gold: str | None) -> bool:
    """Fold-equal, or every content token of one name among the other's ("Kim" ~ "Kim Jong
    Un"; "South Korea" is not "North Korea")."""
    if not ours or not gold:
        return False
    if fold(ours) == fold(gold):
        return True
    a, b = name_tokens(ours), name_tokens(gold)
    return bool(a and b and (a <= b or b <= a))


def claimant_match(ours: str | None, gold: str | None, variants: Iterable[str] = ()) -> bool:
    """Null vs null; else fold-equal or one name holding the other's surname (last word),
    against the gold name and its variants."""
    if ours is None or gold is None:
        return ours is None and gold is None
    for name in (gold, *variants):
        if fold(ours) == fold(name):
            return True
        ours_tokens, gold_tokens = name_tokens(ours), name_tokens(name)
        ours_last = fold(ours).split()[-1:] or [""]
        gold_last = fold(name).split()[-1:] or [""]
        if gold_last[0] in ours_tokens or ours_last[0] in gold_tokens:
            return True
    return False


def date_right(ours: str | None, gold: str | None) -> bool:
    """Equal on the gold's precision; a null gold accepts anything."""
    if gold is None:
        return True
    return bool(ours) and str(ours)[:len(gold)] == gold


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(a)))


def place_right(ours: Place, gold: Mapping[str, Any]) -> bool:
    """Within 50 km of the gold point; country/continent gold: 500 km or the same country."""
    if ours.lat is None or ours.lon is None:
        return False
    distance = km(ours.lat, ours.lon, gold["lat"], gold["lon"])
    if gold["precision"] in WIDE_PRECISIONS:
        return distance <= WIDE_KM or (gold.get("country") is not None
                                       and ours.country == gold["country"])
    return distance <= NEAR_KM


def bcubed_f1(pairs: Sequence[tuple[str, str]]) -> float:
    """B-cubed F1 of (predicted cluster, gold cluster) labels, one pair per item."""
    if not pairs:
        return 0.0
    both, ours, gold = Counter(pairs), Counter(p for p, _ in pairs), Counter(g for _, g in pairs)
    precision = sum(both[pair] / ours[pair[0]] for pair in pairs) / len(pairs)
    recall = sum(both[pair] / gold[pair[1]] for pair in pairs) / len(pairs)
    return round(2 * precision * recall / (precision + recall), 4) if precision + recall else 0.0


# --- locating the gold in one text ------------------------------------------------------------


@dataclass
class Located:
    """A gold item and where it is in the text: evidence occurrences and key spans in them."""

    item: Mapping[str, Any]
    spans: list[Span]
    keys: list[Span]


@dataclass
class Body:
    """The article body of one text: its bounds and the skip spans cut out of it."""

    start: int
    end: int
    skips: list[Span] = field(default_factory=list)

    def holds(self, span: Span) -> bool:
        return (self.start <= span[0] and span[1] <= self.end
                and not any(overlaps(span, s) for s in self.skips))


def body_of(text: str, doc: Mapping[str, Any]) -> Body:
    """Body bounds from body_starts / body_ends (the whole text where one is not found)."""
    starts = locate(text, doc.get("body_starts", ""))
    start = starts[0][0] if starts else 0
    ends = [e for _, e in locate(text, doc.get("body_ends", "")) if e > start]
    end = ends[0] if ends else len(text)
    skips = [span for s in doc.get("skip", ()) for span in locate(text, s)]
    return Body(start, end, skips)


def locate_items(text: str, items: Iterable[Mapping[str, Any]], key: str | None) -> list[Located]:
    """Each item with its evidence occurrences and, inside them, the spans of item[key]."""
    out = []
    for item in items:
        spans = locate(text, item["evidence"])
        keys: list[Span] = []
        for start, end in spans:
            inner = locate(text[start:end], item[key]) if key else []
            keys.extend([(start + s, start + e) for s, e in inner] or [(start, end)])
        out.append(Located(item, spans, keys))
    return out


Match = dict[int, tuple[int, bool]]  # prediction index -> (gold index, duplicate?)


def assign(golds: Sequence[Located], spans: Sequence[Span],
           same: Callable[[int, int], bool] = lambda _p, _g: True) -> Match:
    """One-to-one greedy matching of predicted spans to gold items (see module doc)."""
    result: Match = {}
    taken: set[int] = set()
    for use_keys in (True, False):
        for p, span in enumerate(spans):
            if p in result:
                continue
            for g, gold in enumerate(golds):
                if g in taken or not same(p, g):
                    continue
                if any(overlaps(span, s) for s in (gold.keys if use_keys else gold.spans)):
                    result[p] = (g, False)
                    taken.add(g)
                    break
    for p, span in enumerate(spans):
        if p not in result:
            hit = next((g for g, gold in enumerate(golds) if same(p, g)
                        and any(overlaps(span, s) for s in gold.spans)), None)
            if hit is not None:
                result[p] = (hit, True)
    return result
