"""Number words and their values, once: what figures and time expressions read numbers with.

Word numbers ("twenty-five", "a dozen", "half a million"), scales, vague plurals ("dozens",
"thousands") with their documented ranges, fractions, and the hedges that set a bound.
"""

from __future__ import annotations

import re

UNITS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen".split())}
TENS = {w: 10 * (i + 2) for i, w in enumerate(
    "twenty thirty forty fifty sixty seventy eighty ninety".split())}
SCALES = {"hundred": 100.0, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
VAGUE = {"dozens": (24.0, 99.0), "scores": (40.0, 99.0)}
VAGUE.update({w + "s": (2 * v, 10 * v - 1) for w, v in SCALES.items()})
# A small vague multiplier before a scale: "several thousand" = 3,000-9,999, "a few hundred"
# = 200-499, "a couple of million" = 2-2.99 million (lower and upper multiples).
FEW_MULTIPLIERS: dict[tuple[str, ...], tuple[float, float]] = {
    ("several",): (3.0, 9.0), ("a", "few"): (2.0, 4.0), ("a", "couple", "of"): (2.0, 2.0),
    ("a", "couple"): (2.0, 2.0),
}
# Spelled scale words glued to digits in one token ("143million", "1.5bn").
GLUED_SCALE = re.compile(r"^(\d[\d,]*(?:\.\d+)?)(million|billion|trillion|thousand|bn|mn)$",
                         re.I)
SCALE_ABBREVIATIONS = {"bn": "billion", "mn": "million"}
FRACTIONS = {"half": 0.5, "halves": 0.5, "third": 1 / 3, "thirds": 1 / 3, "quarter": 0.25,
             "quarters": 0.25, "fifth": 0.2, "fifths": 0.2, "tenth": 0.1, "tenths": 0.1}
DIGITS = re.compile(r"^\d{1,3}(,\d{3})+(\.\d+)?$|^\d+(\.\d+)?$")

# Hedges as lower-case token tuples before the number -> which bound they set ("below": the
# number is an upper bound approached, so max and approx, as "nearly 80" in the guidelines).
HEDGES_BEFORE: dict[tuple[str, ...], str] = {
    ("at", "least"): "min", ("more", "than"): "min", ("over",): "min", ("upwards", "of"): "min",
    ("in", "excess", "of"): "min", ("no", "fewer", "than"): "min", ("no", "less", "than"): "min",
    ("as", "few", "as"): "min", ("just", "over"): "min", ("well", "over"): "min",
    ("up", "to"): "max", ("as", "many", "as"): "max", ("as", "much", "as"): "max",
    ("fewer", "than"): "max", ("less", "than"): "max", ("at", "most"): "max", ("under",): "max",
    ("no", "more", "than"): "max", ("just", "under"): "max",
    ("some",): "approx", ("about",): "approx", ("roughly",): "approx", ("around",): "approx",
    ("approximately",): "approx", ("nearly",): "below", ("almost",): "below",
    ("just", "shy", "of"): "below", ("close", "to"): "approx",
    ("an", "estimated"): "approx", ("estimated",): "approx",
    ("circa",): "approx", ("approx.",): "approx", ("potentially",): "approx",
    ("more", "or", "less"): "approx", ("perhaps",): "approx", ("possibly",): "approx",
}
HEDGES_AFTER: dict[tuple[str, ...], str] = {("or", "more"): "min", ("-", "plus"): "min",
                                             ("plus",): "min", ("or", "so"): "approx"}
RANGE_JOINERS = {"-", "–", "—", "to", "or"}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
            "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
            "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "twentieth": 20,
            "thirtieth": 30, "hundredth": 100}
# counts written as phrases ("a couple of days", "half an hour")
NUMBER_PHRASES = {"a dozen": 12, "a couple of": 2, "couple of": 2, "half a": 0.5, "half an": 0.5,
                  "a half": 0.5}
# nouns that name a set of so many ("a pair of lenses", "a trio of films"): counts before "of"
SET_NOUNS = {"pair": 2.0, "trio": 3.0, "quartet": 4.0, "quintet": 5.0}
# every word or phrase that writes a small count: time expressions match these
NUMBERS: dict[str, float] = {"a": 1, "an": 1, **{w: v for w, v in UNITS.items() if v},
                             **TENS, "hundred": 100, "dozen": 12, **NUMBER_PHRASES}


def is_numberish(text: str) -> bool:
    low = text.lower()
    return bool(DIGITS.match(text)) or low in UNITS or low in TENS or low in SCALES \
        or low == "dozen" or low in VAGUE or low == "tens"


def fraction_of_scale(words: list[str]) -> float | None:
    """Value of a fraction of a scale ("a quarter of a million"), else None."""
    # Value of a fraction of a scale: ["a", "quarter", "of", "a", "million"] = 250,000, ["three",
    # "quarters", "of", "a", "million"], ["two", "and", "a", "half", "million"] = 2,500,000; None
    # for anything else.
    if len(words) >= 4 and words[-1] in SCALES and words[-4:-1] == ["and", "a", "half"]:
        whole = words_value(words[:-4])
        return (whole + 0.5) * SCALES[words[-1]] if whole is not None else None
    if len(words) == 5 and words[1] in FRACTIONS and words[2:4] == ["of", "a"] \
            and words[4] in SCALES:
        count = 1.0 if words[0] in ("a", "an", "one") else UNITS.get(words[0])
        return count * FRACTIONS[words[1]] * SCALES[words[4]] if count else None
    return None


def words_value(words: list[str]) -> float | None:
    """Value of number words ("1.4 million", "twenty five"), else None."""
    # Value of ["1.4", "million"], ["twenty", "five"], ["a", "dozen"], ["half", "a", "million"],
    # ["a", "couple", "of"], ["half", "an"], ["a", "quarter", "of", "a", "million"], ["two", "and",
    # "a", "half", "million"]; None when a word is not a number word.
    phrase = " ".join(words)
    if phrase in NUMBER_PHRASES:
        return float(NUMBER_PHRASES[phrase])
    if words[:2] == ["half", "a"] and len(words) == 3 and words[2] in SCALES:
        return 0.5 * SCALES[words[2]]
    fraction = fraction_of_scale(words)
    if fraction is not None:
        return fraction
    total, current, seen = 0.0, 0.0, False
    for word in words:
        if word in ("a", "an"):
            current, seen = 1.0, True
        elif DIGITS.match(word):
            current += float(word.replace(",", ""))
            seen = True
        elif word in UNITS:
            current += UNITS[word]
            seen = True
        elif word in TENS:
            current += TENS[word]
            seen = True
        elif word == "dozen":
            current, seen = max(current, 1.0) * 12, True
        elif word == "hundred":
            current, seen = max(current, 1.0) * 100, True
        elif word in SCALES:
            total += max(current, 1.0) * SCALES[word]
            current, seen = 0.0, True
        elif word != "-":
            return None
    return total + current if seen else None
