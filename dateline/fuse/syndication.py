"""Shared reporting: sentences that carry the same report, reworded or not. Pure functions.

Wire copy is trimmed, re-headlined, lightly edited and folded into an outlet's own story, so
sentences are compared on their content words (stop words and reporting verbs dropped, light
stemming), not on their surface. A candidate pair (found through LSH buckets over those words)
is the same report when its content words agree in order and in bulk, and nothing it states
disagrees: numbers found in both must be the same numbers, a name one side adds must not stand
where the other has a different one, and dates must not differ. A shared direct quotation of
several words with a shared name is the same report too, however the frame around it was
rewritten ("'What is this?' asked a survivor" / "resident ... asked").
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from typing import Any, Iterable, Mapping, Sequence

import numpy as np
from rapidfuzz import fuzz

from ..annotate.lexicon.number_words import SCALES, TENS, UNITS, words_value
from ..annotate.lexicon.reporting import COUNTING_VERBS
from ..annotate.names import translit_key
from ..model import Timex
from .sentences import (capital_words, content_words, is_boilerplate, name_words, quotations,
                        sentence_spans, stem)

__all__ = ["SentenceFeatures", "same_report", "sentence_features", "sentence_spans", "sketch"]

MIN_CONTENT_WORDS = 6
MIN_QUOTE_WORDS = 6
MIN_SCORE = 0.72
# MinHash over a sentence's content words; 2-row bands make a pair that shares a third of its
# words a candidate nine times in ten (every candidate is verified, so misses cost more)
NUM_PERM = 48
BAND_ROWS = 2
_SEED = 7
_MERSENNE = np.uint64((1 << 61) - 1)
_MAX_HASH = np.uint64((1 << 32) - 1)

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = {m[:3]: i + 1 for i, m in enumerate(
    "january february march april may june july august september october november december"
    .split())}
_MONTH = r"(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_MONTH_DAY = re.compile(rf"\b{_MONTH}\s+(\d{{1,2}})\b|\b(\d{{1,2}})\s+{_MONTH}")
_WEEKDAY = re.compile(r"\b(" + "|".join(_WEEKDAYS) + r")\b", re.IGNORECASE)
_DIGITS = re.compile(r"(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(bn|mn|m|k)?(?![\w,]*\d)",
                     re.IGNORECASE)
_SUFFIX = {"bn": 1e9, "mn": 1e6, "m": 1e6, "k": 1e3}
_NUMBER_WORD = set(UNITS) - {"zero"} | set(TENS) | set(SCALES) | {"dozen"}
_WORDS = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*|\d[\d,.]*")
# attributions to a wire: "according to The Associated Press" is who carried it, not what happened
WIRE_NAMES = frozenset(translit_key(w) for w in
                       "associated press ap reuters afp agence france presse xinhua dpa upi "
                       "efe ansa tass interfax bloomberg".split())
_SAID = frozenset(stem(w) for w in COUNTING_VERBS)


@dataclass(frozen=True)
class SentenceFeatures:
    """What one sentence says, reduced to what verification compares."""

    words: tuple[str, ...]  # content-word stems, in order
    numbers: frozenset[float] = frozenset()
    names: frozenset[str] = frozenset()  # transliteration keys of capitalised name words
    dates: frozenset[str] = frozenset()  # "wd:friday", "md:2-24", "iso:2022-02-25"
    quotes: frozenset[str] = frozenset()  # folded direct quotations of MIN_QUOTE_WORDS words+
    capitals: frozenset[str] = frozenset()  # keys of every capitalised word, openers included

    def to_json(self) -> dict[str, Any]:
        return {"w": list(self.words), "n": sorted(self.numbers), "p": sorted(self.names),
                "d": sorted(self.dates), "q": sorted(self.quotes), "c": sorted(self.capitals)}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> "SentenceFeatures":
        return cls(tuple(data["w"]), frozenset(data["n"]), frozenset(data["p"]),
                   frozenset(data["d"]), frozenset(data["q"]), frozenset(data["c"]))


def numbers(sentence: str) -> frozenset[float]:
    """Numbers written in digits or words, normalised: 3,000 = 3000 = three thousand = 3k."""
    found: set[float] = set()
    for m in _DIGITS.finditer(sentence):
        value = float(m.group(1).replace(",", "") + (m.group(2) or ""))
        if m.group(3):
            value *= _SUFFIX[m.group(3).lower()]
        else:
            after = sentence[m.end():m.end() + 12].lower().split()
            if after and after[0].strip(",.;") in SCALES:
                value *= SCALES[after[0].strip(",.;")]
        found.add(value)
    run: list[str] = []
    for word in [w.lower() for w in _WORDS.findall(sentence)] + [""]:
        parts = word.split("-")
        if word and all(p in _NUMBER_WORD for p in parts):
            run.extend(parts)
            continue
        if run and run[0] in SCALES:
            run = []  # "million" after digits was read with them
        if run:
            value = words_value(run)
            if value is not None:
                found.add(float(value))
        run = []
    return frozenset(found)


def dates(sentence: str, timexes: Iterable[Timex] = ()) -> frozenset[str]:
    """Weekdays and month-days the sentence names, and day-precise resolved timex values."""
    found = {"wd:" + m.group(1).lower() for m in _WEEKDAY.finditer(sentence)}
    for m in _MONTH_DAY.finditer(sentence):
        month = (m.group(1) or m.group(4))[:3].lower()
        day = m.group(2) or m.group(3)
        if month in _MONTHS and 1 <= int(day) <= 31:
            found.add(f"md:{_MONTHS[month]}-{int(day)}")
    for t in timexes:
        if t.type == "DATE" and t.value and re.fullmatch(r"\d{4}-\d\d-\d\d", t.value):
            found.add("iso:" + t.value)
    return frozenset(found)


def sentence_features(sentence: str, timexes: Iterable[Timex] = ()) -> SentenceFeatures | None:
    """Features of one sentence; None for a trivial one (boilerplate, too few content words).

    `timexes` are the article's resolved time expressions inside this sentence, when known."""
    if is_boilerplate(sentence):
        return None
    words = tuple(w for w in content_words(sentence) if w not in _SAID)
    if len(words) < MIN_CONTENT_WORDS:
        return None
    names = frozenset(key for key in (_name_key(n) for n in name_words(sentence)) if key)
    quotes = frozenset(q for q in quotations(sentence) if len(q.split()) >= MIN_QUOTE_WORDS)
    capitals = frozenset(translit_key(w) for w in capital_words(sentence)) - {""}
    return SentenceFeatures(words, numbers(sentence), names, dates(sentence, timexes), quotes,
                            capitals)


def sketch_tokens(features: SentenceFeatures) -> list[str]:
    """The set LSH works on: content words, and each quotation as one token."""
    return sorted(set(features.words) | {"q:" + q for q in features.quotes})


def _token_hashes(tokens: Sequence[str]) -> np.ndarray:
    return np.array([int.from_bytes(hashlib.blake2b(t.encode(), digest_size=8).digest(),
                                    "little") & 0xFFFFFFFF for t in tokens], dtype=np.uint64)


def _permutations() -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.RandomState(_SEED)
    a = rng.randint(1, (1 << 61) - 1, size=NUM_PERM, dtype=np.uint64)
    b = rng.randint(0, (1 << 61) - 1, size=NUM_PERM, dtype=np.uint64)
    return a, b


_PERM_A, _PERM_B = _permutations()


def sketch(features: SentenceFeatures) -> list[int]:
    """LSH bucket keys of a sentence, one per band (band number folded into the key)."""
    hashes = _token_hashes(sketch_tokens(features))
    # datasketch's universal hashing ((a*x + b) mod p), vectorised over all tokens at once
    values = ((np.outer(hashes, _PERM_A) + _PERM_B) % _MERSENNE & _MAX_HASH).min(axis=0)
    keys = []
    for band in range(NUM_PERM // BAND_ROWS):
        chunk = values[band * BAND_ROWS:(band + 1) * BAND_ROWS]
        digest = hashlib.blake2b(bytes([band]) + chunk.tobytes(), digest_size=8).digest()
        keys.append(int.from_bytes(digest, "little", signed=True))
    return keys


def _name_key(name: str) -> str:
    return " ".join(k for k in (translit_key(w) for w in name.split()) if k not in WIRE_NAMES)


def _close(a: str, b: str) -> bool:
    # Russia / Russian, Ukraine / Ukrainian: a demonym or possessive form of the same name
    short, long = sorted((a, b), key=len)
    return len(short) >= 4 and long.startswith(short[:max(4, len(short) - 1)])


def _same_name(a: str, b: str) -> bool:
    """One name written two ways: a shared word (Zhyhanov / Yurii Zhyhanov), a demonym, or an
    acronym of the other (UN / United Nations)."""
    wa, wb = a.split(), b.split()
    if any(x == y or _close(x, y) for x in wa for y in wb):
        return True
    return (len(wa) == 1 and wa[0] == "".join(w[0] for w in wb)) or \
        (len(wb) == 1 and wb[0] == "".join(w[0] for w in wa))


def _names_agree(a: SentenceFeatures, b: SentenceFeatures) -> bool:
    """False when each side has a name the other lacks: one stands where the other was.

    A name is not lacking when the other side has it as any capitalised word (a sentence may
    open with it, where it does not count as a name of its own)."""
    def lacking(names: frozenset[str], other: SentenceFeatures) -> bool:
        return any(not any(_same_name(n, o) for o in other.names) and
                   not any(_close(w, c) or w == c for w in n.split() for c in other.capitals)
                   for n in names)

    return not (lacking(a.names, b) and lacking(b.names, a))


def _numbers_agree(a: frozenset[float], b: frozenset[float]) -> bool:
    return not (a - b and b - a)


def _dates_agree(a: frozenset[str], b: frozenset[str]) -> bool:
    for kind in ("wd:", "md:", "iso:"):
        da, db = {d for d in a if d.startswith(kind)}, {d for d in b if d.startswith(kind)}
        if da and db and not da & db:
            return False
    return True


def agree(a: SentenceFeatures, b: SentenceFeatures) -> bool:
    """Nothing the two sentences state disagrees: numbers, names and dates."""
    return _numbers_agree(a.numbers, b.numbers) and _names_agree(a, b) and \
        _dates_agree(a.dates, b.dates)


def text_similarity(a: SentenceFeatures, b: SentenceFeatures) -> float:
    """How much of the shorter sentence's content the longer one carries, in the same order."""
    short, long = sorted((a.words, b.words), key=len)
    shared = len(set(short) & set(long))
    if shared < MIN_CONTENT_WORDS - 1:
        return 0.0
    contained = shared / len(set(short))
    aligned = fuzz.partial_ratio(" ".join(short), " ".join(long)) / 100
    whole = fuzz.ratio(" ".join(short), " ".join(long)) / 100
    # a trimmed copy is contained and aligned; a rewrite keeps most words, less of the order
    return round(max(0.5 * (contained + aligned), whole), 4)


def _shared_quote(a: frozenset[str], b: frozenset[str]) -> bool:
    """A quotation of one is (part of) a quotation of the other: trimmed quotes still match."""
    return any(f" {x} " in f" {y} " or f" {y} " in f" {x} " for x in a for y in b)


def same_report(a: SentenceFeatures, b: SentenceFeatures) -> float | None:
    """A score in (0, 1] when `a` and `b` carry the same report, else None."""
    shared_quote = _shared_quote(a.quotes, b.quotes)
    if not shared_quote and len(set(a.words) & set(b.words)) < MIN_CONTENT_WORDS - 1:
        return None  # the cheap test first: most candidates fail it
    if not agree(a, b):
        return None
    score = text_similarity(a, b)
    if score >= MIN_SCORE:
        return score
    if shared_quote and (a.names & b.names or score >= 0.5):
        return max(score, MIN_SCORE)
    return None
