"""Shared reporting: sentences that carry the same report, reworded or not. Pure functions.

Wire copy is trimmed, re-headlined, lightly edited and folded into an outlet's own story, so
sentences are compared on their content words (stop words and reporting verbs dropped, light
stemming), not on their surface. A candidate pair (found through MinHash LSH buckets over those
words) is the same report when enough of its content words come in the same order (the Dice
coefficient of their longest common subsequence), or a run of them was copied in one piece, or
both carry one direct quotation and a name, and when nothing it states disagrees: numbers found
in both must be the same numbers, no name may stand where the other sentence has a different
one, and dates must not differ. Headlines, captions without an end mark, site furniture and
sentences of fewer than MIN_CONTENT_WORDS content words are not compared at all.

Measured against all-MiniLM-L6-v2 embeddings (bench/bench_shared_reporting.py): the embedding
alone is far less precise, and added to this method it does not raise cross-validated F1, at
some thirty times the cost per sentence; it is not used.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Iterable, Sequence

import numpy as np
from rapidfuzz.distance import LCSseq

from ..annotate.lexicon.number_words import SCALES, TENS, UNITS, words_value
from ..annotate.lexicon.reporting import COUNTING_VERBS
from ..annotate.names import translit_key
from ..dedup.minhash import signatures
from ..model import Timex
from .sentences import (content_words, is_boilerplate, name_words, quotations,
                        sentence_spans, stem)

__all__ = ["SentenceFeatures", "same_report", "sentence_features", "sentence_spans", "sketches"]

MIN_CONTENT_WORDS = 6
MAX_CONTENT_WORDS = 250  # beyond this a "sentence" is text the splitter could not cut: skipped
MIN_QUOTE_WORDS = 6
# a run of this many content words copied in one piece (names aside) is copy, not coincidence
MIN_COPIED_RUN = 6
MIN_COPIED_RUN_NOT_NAMES = 4
MIN_SCORE = 0.42  # chosen on the labelled news_cluster pairs (bench/bench_shared_reporting.py)
# MinHash over a sentence's content words; 2-row bands make a pair that shares a third of its
# words a candidate nine times in ten (every candidate is verified, so misses cost more)
NUM_PERM = 48
BAND_ROWS = 2
_SEED = 7

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = {m[:3]: i + 1 for i, m in enumerate(
    "january february march april may june july august september october november december"
    .split())}
_MONTH = r"(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_MONTH_DAY = re.compile(rf"\b{_MONTH}\s+(\d{{1,2}})\b|\b(\d{{1,2}})\s+{_MONTH}")
_WEEKDAY = re.compile(r"\b(" + "|".join(_WEEKDAYS) + r")\b", re.IGNORECASE)
_DIGITS = re.compile(r"(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?:(bn|mn|m|k)\b)?(?![\w,]*\d)",
                     re.IGNORECASE)
_SUFFIX = {"bn": 1e9, "mn": 1e6, "m": 1e6, "k": 1e3}
_NUMBER_WORD = set(UNITS) - {"zero"} | set(TENS) | set(SCALES) | {"dozen"}
_WORDS = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*|\d[\d,.]*")
# attributions to a wire: "according to The Associated Press" is who carried it, not what happened
WIRE_NAMES = frozenset(content_words("associated press ap reuters afp agence france presse "
                                     "xinhua dpa upi efe ansa tass interfax bloomberg"))
_SAID = frozenset(stem(w) for w in COUNTING_VERBS)


@dataclass(frozen=True)
class SentenceFeatures:
    """What one sentence says, reduced to what verification compares."""

    words: tuple[str, ...]  # content-word stems, in order
    numbers: frozenset[float] = frozenset()
    names: frozenset[str] = frozenset()  # name sequences, as content-word stems ("yurii zhyhanov")
    dates: frozenset[str] = frozenset()  # "wd:friday", "md:2-24", "iso:2022-02-25"
    quotes: frozenset[str] = frozenset()  # folded direct quotations of MIN_QUOTE_WORDS words+

    def encode(self) -> tuple[str, str, str]:
        """(words, quotations, the rest as JSON): how the sentence index stores it."""
        facts = {"n": sorted(self.numbers), "p": sorted(self.names), "d": sorted(self.dates)}
        return (" ".join(self.words), "\n".join(sorted(self.quotes)),
                json.dumps(facts, separators=(",", ":")))

    @classmethod
    def decode(cls, words: str, quotes: str, facts: str) -> "SentenceFeatures":
        data = json.loads(facts)
        return cls(tuple(words.split()), frozenset(data["n"]), frozenset(data["p"]),
                   frozenset(data["d"]), frozenset(quotes.split("\n")) if quotes else frozenset())


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
        spelled = words_value(run) if run else None
        if spelled is not None:
            found.add(float(spelled))
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
    """Features of one sentence; None for a trivial one (boilerplate, too few content words)
    or one that is no sentence (too many).

    `timexes` are the article's resolved time expressions inside this sentence, when known."""
    if is_boilerplate(sentence):
        return None
    words = tuple(w for w in content_words(sentence) if w not in _SAID)
    if not MIN_CONTENT_WORDS <= len(words) <= MAX_CONTENT_WORDS:
        return None
    names = frozenset(n for n in (" ".join(w for w in content_words(name) if w not in WIRE_NAMES)
                                  for name in name_words(sentence)) if n)
    quotes = frozenset(q for q in quotations(sentence) if len(q.split()) >= MIN_QUOTE_WORDS)
    return SentenceFeatures(words, numbers(sentence), names, dates(sentence, timexes), quotes)


def sketch_tokens(features: SentenceFeatures) -> list[str]:
    """The set LSH works on: content words, and each quotation as one token."""
    return sorted(set(features.words) | {"q:" + q for q in features.quotes})


def sketches(features: Sequence[SentenceFeatures]) -> list[list[int]]:
    """LSH bucket keys of each sentence, one per band (band number folded into the key); the
    sentences' MinHash signatures (datasketch's, seed _SEED) computed in one matrix."""
    values = signatures([[t.encode("utf-8") for t in sketch_tokens(f)] for f in features],
                        NUM_PERM, _SEED).astype(np.uint64)
    return [[_band_key(band, row[band * BAND_ROWS:(band + 1) * BAND_ROWS].tobytes())
             for band in range(NUM_PERM // BAND_ROWS)] for row in values]


def _band_key(band: int, rows: bytes) -> int:
    digest = hashlib.blake2b(bytes([band]) + rows, digest_size=8).digest()
    return int.from_bytes(digest, "little", signed=True)


def _same_word(a: str, b: str) -> bool:
    """One name word written two ways: Zelenskyy / Zelenskiy, Russia / Russian."""
    if a == b:
        return True
    ka, kb = translit_key(a), translit_key(b)
    short, long = sorted((ka, kb), key=len)
    return ka == kb or (len(short) >= 4 and long.startswith(short[:max(4, len(short) - 1)]))


def _found(word: str, name: str, other: SentenceFeatures) -> bool:
    """A name word of one sentence is in the other: as a word, a spelling variant, or an
    acronym (UN / United Nations)."""
    if word in other.words:
        return True
    parts = name.split()
    if len(parts) > 1 and "".join(p[0] for p in parts) in other.words:
        return True
    for seq in other.names:
        others = seq.split()
        if any(_same_word(word, o) for o in others) or \
                (len(others) > 1 and word == "".join(o[0] for o in others)):
            return True
    return False


def _gaps(a: Sequence[str], b: Sequence[str]) -> list[tuple[Sequence[str], Sequence[str]]]:
    """What each sentence has between the words they share in order (LCS anchors)."""
    gaps: list[tuple[Sequence[str], Sequence[str]]] = []
    ga: list[str] = []
    gb: list[str] = []
    for op in LCSseq.opcodes(list(a), list(b)):
        if op.tag == "equal":
            gaps.append((ga, gb))
            ga, gb = [], []
            continue
        ga.extend(a[op.src_start:op.src_end])
        gb.extend(b[op.dest_start:op.dest_end])
    gaps.append((ga, gb))
    return [(x, y) for x, y in gaps if x and y]


def _names_agree(a: SentenceFeatures, b: SentenceFeatures) -> bool:
    """False when a name stands in one sentence where the other has a different name.

    Only a swap counts: both sentences have a name the other lacks at the same place between
    the words they share ("shelled Kharkiv" / "shelled Kyiv"). A name one rewrite adds
    elsewhere ("told RT" / "told HuffPost" apart, a clause about Glasgow) is added context."""
    if not a.names or not b.names:
        return True
    own_a = {w: n for n in a.names for w in n.split()}
    own_b = {w: n for n in b.names for w in n.split()}
    for ga, gb in _gaps(a.words, b.words):
        lacking_a = any(w in own_a and not _found(w, own_a[w], b) for w in ga)
        if lacking_a and any(w in own_b and not _found(w, own_b[w], a) for w in gb):
            return False
    return True


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
    """Dice coefficient of the content words the two sentences share in order (their LCS).

    A trimmed copy keeps the order of what it keeps and a rewrite most of it; two independent
    accounts of one fact share its key words in a different order and with more around them."""
    if not a.words or not b.words:
        return 0.0
    common = LCSseq.similarity(list(a.words), list(b.words))
    return round(2 * common / (len(a.words) + len(b.words)), 4)


def _shared_quote(a: frozenset[str], b: frozenset[str]) -> bool:
    """A quotation of one is (part of) a quotation of the other: trimmed quotes still match."""
    return any(f" {x} " in f" {y} " or f" {y} " in f" {x} " for x in a for y in b)


def worth_verifying(a: SentenceFeatures, other_words: Iterable[str], other_quoted: bool) -> bool:
    """The cheap test a stored candidate passes before it is decoded and verified."""
    return (bool(a.quotes) and other_quoted) or \
        len(set(a.words).intersection(other_words)) >= MIN_CONTENT_WORDS - 1


def copied_run(a: SentenceFeatures, b: SentenceFeatures) -> bool:
    """The sentences share a run of content words in one piece, and not just a long name."""
    match = SequenceMatcher(None, a.words, b.words, autojunk=False).find_longest_match(
        0, len(a.words), 0, len(b.words))
    if match.size < MIN_COPIED_RUN:
        return False
    names = {w for n in a.names | b.names for w in n.split()}
    run = a.words[match.a:match.a + match.size]
    return sum(w not in names for w in run) >= MIN_COPIED_RUN_NOT_NAMES


def same_report(a: SentenceFeatures, b: SentenceFeatures) -> float | None:
    """A score in (0, 1] when `a` and `b` carry the same report, else None.

    The same report: enough content words in the same order (Dice of their LCS), or a run of
    them copied in one piece (a clause lifted into a longer sentence), or a shared quotation
    with a shared name; and in every case nothing stated disagrees."""
    shared_quote = _shared_quote(a.quotes, b.quotes)
    if not shared_quote and len(set(a.words) & set(b.words)) < MIN_CONTENT_WORDS - 1:
        return None  # the cheap test first: most candidates fail it
    if not agree(a, b):
        return None
    score = text_similarity(a, b)
    if score >= MIN_SCORE:
        return score
    if copied_run(a, b) or (shared_quote and a.names & b.names):
        return max(score, MIN_SCORE)
    return None
