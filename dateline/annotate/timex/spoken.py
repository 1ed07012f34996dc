"""Dates written in words, as broadcast transcripts write them: "nineteen ninety-seven"."""

from __future__ import annotations

import re

from ..lexicon.number_words import ORDINALS, TENS, UNITS, words_value

_UNIT = "one|two|three|four|five|six|seven|eight|nine"
_TEEN = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_TEN = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_TWO_DIGITS = rf"(?:(?:{_TEN})(?:[- ](?:{_UNIT}))?|{_TEEN}|oh[- ](?:{_UNIT})|hundred)"
# "nineteen ninety-seven", "twenty ten"; "two thousand (and) five" only after "the year",
# since "two thousand" alone is far more often a count
YEAR_WORDS = (rf"(?:(?:seventeen|eighteen|nineteen|twenty)[- ]{_TWO_DIGITS}"
              rf"|(?<=year )two thousand(?:(?: and)? (?:(?:{_TEN})(?:[- ](?:{_UNIT}))?|{_TEEN}"
              rf"|{_UNIT}))?)")
_ORD_UNIT = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
DAY_WORDS = (rf"(?:(?:twenty|thirty)[- ](?:{_ORD_UNIT})|{_ORD_UNIT}|tenth|eleventh|twelfth"
             r"|(?:thir|four|fif|six|seven|eigh|nine)teenth|twentieth|thirtieth)")
DECADE_WORDS = "twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties"
CENTURY_ORDINAL = (rf"\d{{1,2}}(?:st|nd|rd|th)|(?:twenty[- ])?(?:{_ORD_UNIT})|tenth|eleventh"
                   r"|twelfth|(?:thir|four|fif|six|seven|eigh|nine)teenth|twentieth")

_TEENTHS = {w + "th": v for w, v in UNITS.items() if v > 12}


def ordinal_value(text: str) -> int | None:
    """21 for "twenty-first" or "21st", 8 for "eighth"; None otherwise."""
    low = text.lower()
    digits = re.match(r"(\d+)(?:st|nd|rd|th)$", low)
    if digits:
        return int(digits.group(1))
    parts = re.split(r"[- ]", low)
    if len(parts) == 2 and parts[0] in TENS:
        unit = ORDINALS.get(parts[1])
        return TENS[parts[0]] + unit if unit and unit < 10 else None
    return ORDINALS.get(low) or _TEENTHS.get(low)


def year_value(text: str) -> int | None:
    """1997 for "nineteen ninety-seven", 2005 for "two thousand and five"."""
    words = [w for w in re.split(r"[- ]+", text.lower()) if w and w != "and"]
    if words[:2] == ["two", "thousand"]:
        after = words_value(words[2:]) if words[2:] else 0.0
        return 2000 + int(after) if after is not None else None
    century = UNITS.get(words[0]) or TENS.get(words[0])
    rest = words[1:]
    low = 0.0 if rest == ["hundred"] else words_value(rest[1:] if rest[:1] == ["oh"] else rest)
    if century is None or low is None or not 0 <= low < 100:
        return None
    return century * 100 + int(low)


def decade_value(word: str, ref_year: int | None) -> str | None:
    """The latest decade of that name not after the reference year: "199" for "the nineties"."""
    tens = {w: i + 2 for i, w in enumerate(DECADE_WORDS.split("|"))}.get(word.lower())
    if tens is None or ref_year is None:
        return None
    century = ref_year // 100 - (1 if tens * 10 > ref_year % 100 else 0)
    return f"{century}{tens}"

