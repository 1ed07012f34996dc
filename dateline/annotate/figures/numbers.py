"""Number phrases in a spaCy Doc: digits, word numbers, vague amounts, hedges and ranges.

Vague amounts read as documented ranges, value = the lower bound, approx=True:
    dozens 24-99, scores 40-99, hundreds 200-999, thousands 2,000-9,999, millions 2e6-9,999,999
    (a plural scale S = 2S .. 10S-1); "tens of S" = 20S .. 100S-1;
    "hundreds of S" = 200S .. 1000S-1.
Ranges ("between 10 and 20", "10-20", "10 to 20", "two or three") give min/max, value = min.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ..lexicon.number_words import (
    DIGITS,
    FEW_MULTIPLIERS,
    FRACTIONS,
    GLUED_SCALE,
    HEDGES_AFTER,
    HEDGES_BEFORE,
    RANGE_JOINERS,
    SCALE_ABBREVIATIONS,
    SCALES,
    SET_NOUNS,
    TENS,
    UNITS,
    VAGUE,
    fraction_of_scale,
    is_numberish,
    words_value,
)


@dataclass
class NumberPhrase:
    """A number in the text, with its hedges and the second half of a range."""
    # A number in the text: tokens [start, end) hold the number, [hedge_start, end_all) the whole
    # phrase with hedges and the second half of a range.

    start: int
    end: int
    value: float
    hedge_start: int
    end_all: int
    min: float | None = None
    max: float | None = None
    approx: bool = False
    vague: bool = False
    fraction: bool = False
    hedge: str | None = None  # the kind of the hedge before the number, if any


def _vague(doc: Doc | Span, i: int) -> tuple[int, float, float] | None:
    """("tens of thousands" | "hundreds" | "dozens" ...) at token i -> (end, min, max)."""
    low = doc[i].lower_
    nxt = [t.lower_ for t in doc[i + 1:i + 3]]
    if low in ("tens", "hundreds") and nxt[:1] == ["of"] and len(nxt) == 2 and nxt[1] in VAGUE \
            and nxt[1] not in ("dozens", "scores", "hundreds"):
        scale = SCALES[nxt[1][:-1]]
        factor = 10.0 if low == "tens" else 100.0
        return i + 3, 2 * factor * scale, 10 * factor * scale - 1
    if low == "scores" and nxt[:1] != ["of"]:
        return None  # "scores" as a verb or noun of its own
    if low in VAGUE:
        return (i + 1, *VAGUE[low])
    return None


def _few(doc: Doc | Span, i: int) -> NumberPhrase | None:
    """"several thousand", "a few hundred", "a couple of dozen": a vague range of the scale."""
    lows = [t.lower_ for t in doc[i:i + 4]]
    for words, (lo, hi) in FEW_MULTIPLIERS.items():
        n = len(words)
        if tuple(lows[:n]) == words and len(lows) > n and (lows[n] in SCALES or lows[n] == "dozen"):
            scale = SCALES.get(lows[n], 12.0)
            end = i + n + 1
            return NumberPhrase(i, end, lo * scale, i, end, min=lo * scale,
                                max=(hi + 1) * scale - 1, approx=True, vague=True)
    return None


def _scaled_fraction(doc: Doc | Span, i: int) -> NumberPhrase | None:
    """"a quarter of a million", "two and a half million": a fraction of a scale."""
    lows = [t.lower_ for t in doc[i:i + 6] if t.text != "-"]
    for n in (5, 4):
        value = fraction_of_scale(lows[:n])
        if value is not None:
            end = i + n + sum(1 for t in doc[i:i + n + 1] if t.text == "-")
            return NumberPhrase(i, end, value, i, end)
    return None


def _glued(tok: Token, i: int) -> NumberPhrase | None:
    """"143million", "1.5bn": digits and a scale word in one token."""
    match = GLUED_SCALE.match(tok.text)
    if match is None:
        return None
    scale = SCALE_ABBREVIATIONS.get(match.group(2).lower(), match.group(2).lower())
    value = words_value([match.group(1), scale])
    return NumberPhrase(i, i + 1, value, i, i + 1) if value is not None else None


def _single(doc: Doc | Span, i: int) -> NumberPhrase | None:
    """The number starting at token i, without hedges or ranges."""
    tok = doc[i]
    low = tok.lower_
    vague = _vague(doc, i)
    if vague:
        end, lo, hi = vague
        return NumberPhrase(i, end, lo, i, end, min=lo, max=hi, approx=True, vague=True)
    if low in SET_NOUNS and i + 1 < len(doc) and doc[i + 1].lower_ == "of":
        return NumberPhrase(i, i + 1, SET_NOUNS[low], i, i + 1)  # "a pair of lenses"
    special = _few(doc, i) or _scaled_fraction(doc, i) or _glued(tok, i)
    if special is not None:
        return special
    if low in ("a", "an", "half"):
        words = [low]
        j = i + 1
        if low == "half" and j < len(doc) and doc[j].lower_ == "a":
            words.append("a")
            j += 1
        if j < len(doc) and (doc[j].lower_ in SCALES or doc[j].lower_ == "dozen"):
            words.append(doc[j].lower_)
            j += 1
            while j < len(doc) and doc[j].lower_ in SCALES and SCALES[doc[j].lower_] > 100:
                words.append(doc[j].lower_)
                j += 1
            value = words_value(words)
            return NumberPhrase(i, j, value, i, j) if value is not None else None
        return None
    if not is_numberish(tok.text) or low == "tens":
        return None
    words, j = [], i
    while j < len(doc):
        t = doc[j].lower_
        if DIGITS.match(doc[j].text) and not words:
            words.append(t)
        elif t in UNITS or t in TENS or t in SCALES or t == "dozen":
            if words and DIGITS.match(words[-1]) and t not in SCALES and t != "dozen":
                break
            words.append(t)
        elif t == "-" and words and words[-1] in TENS and j + 1 < len(doc) \
                and doc[j + 1].lower_ in UNITS:
            words.append(t)  # twenty-five
        else:
            break
        j += 1
    if j < len(doc) - 1 and doc[j].text == "-" and doc[j + 1].lower_ in FRACTIONS:
        value = words_value(words)
        if value is None:
            return None
        frac = value * FRACTIONS[doc[j + 1].lower_]
        return NumberPhrase(i, j + 2, frac, i, j + 2, fraction=True)
    value = words_value(words)
    return NumberPhrase(i, j, value, i, j) if value is not None and j > i else None


def _hedge(doc: Doc | Span, phrase: NumberPhrase, floor: int, lows: list[str]) -> None:
    for pattern, kind in sorted(HEDGES_BEFORE.items(), key=lambda kv: -len(kv[0])):
        k = phrase.start - len(pattern)
        if k >= 0 and len(pattern) == 1 and doc[k].dep_ in ("prep", "prt"):
            continue  # "the row over one sentence", "ran over 10 people": no hedge
        if k >= floor and tuple(lows[k:phrase.start]) == pattern:
            _apply(phrase, kind)
            phrase.hedge_start, phrase.hedge = k, kind
            break
    for pattern, kind in HEDGES_AFTER.items():
        k = phrase.end_all
        if tuple(lows[k:k + len(pattern)]) == pattern:
            _apply(phrase, kind)
            phrase.end_all = k + len(pattern)
            break


def _apply(phrase: NumberPhrase, kind: str) -> None:
    if kind == "below":  # "nearly 80": at most 80, and about that many
        phrase.approx = True
        kind = "max"
    if kind == "approx":
        phrase.approx = True
    elif kind == "min":
        phrase.min = phrase.value if phrase.min is None or not phrase.vague else phrase.min
        phrase.max = None if not phrase.vague else phrase.max
    else:
        phrase.max = phrase.value if not phrase.vague else phrase.max


def _join_range(doc: Doc | Span, first: NumberPhrase, second: NumberPhrase) -> NumberPhrase:
    lo, hi = first.value, second.value
    last = doc[second.end - 1].lower_
    if last in SCALES and first.end - first.start == 1 and lo < SCALES[last] and lo < hi / 10:
        lo *= SCALES[last]  # "between 1 and 2 million"
    elif first.end - first.start == 1 and "," in doc[second.end - 1].text and lo < 1000 and \
            hi % 1000 == 0 and lo * 1000 <= hi < lo * 10000:
        lo *= 1000  # "12-15,000": twelve to fifteen thousand
    approx = doc[first.end].lower_ == "or"
    return NumberPhrase(first.start, first.end, lo, first.hedge_start, second.end_all,
                        min=lo, max=hi, approx=approx or first.approx)


_STARTS = frozenset(UNITS) | frozenset(TENS) | frozenset(SCALES) | frozenset(VAGUE) \
    | frozenset(SET_NOUNS) | {"dozen", "tens", "several"}
_BEFORE_SCALE = frozenset({"a", "an", "half"})
_AFTER_A = frozenset(SCALES) | frozenset(FRACTIONS) | {"dozen", "a", "few", "couple"}


def _may_start(lows: list[str], i: int) -> bool:
    """Cheap test before `_single`: most tokens cannot begin a number."""
    low = lows[i]
    if low[:1].isdigit() or low in _STARTS:
        return True
    return low in _BEFORE_SCALE and i + 1 < len(lows) and lows[i + 1] in _AFTER_A


def find_number_phrases(doc: Doc | Span) -> list[NumberPhrase]:
    """Every number phrase in the doc, left to right, ranges merged, hedges applied."""
    out: list[NumberPhrase] = []
    lows = [t.lower_ for t in doc]
    i = 0
    while i < len(doc):
        phrase = _single(doc, i) if _may_start(lows, i) else None
        if phrase is None:
            i += 1
            continue
        k = phrase.end
        between = i > 0 and doc[i - 1].lower_ == "between"
        joiner = doc[k].lower_ if k < len(doc) else ""
        if not phrase.fraction and not phrase.vague and k + 1 < len(doc) and (
                joiner in RANGE_JOINERS or (joiner == "and" and between)):
            second = _single(doc, k + 1)
            if second is not None and not second.fraction and not second.vague \
                    and second.value >= phrase.value:
                phrase = _join_range(doc, phrase, second)
                if between:
                    phrase.hedge_start = i - 1
        _hedge(doc, phrase, out[-1].end_all if out else 0, lows)
        if out and phrase.hedge is None and out[-1].hedge and not phrase.vague \
                and _coordinated(doc, out[-1], phrase):
            _apply(phrase, out[-1].hedge)  # "at least three Tunisians and three Algerians"
        out.append(phrase)
        i = phrase.end_all
    return out


def _counted_token(doc: Doc | Span, phrase: NumberPhrase) -> Token:
    tok = doc[phrase.end - 1]
    return tok.head if tok.dep_ == "nummod" else tok


def _coordinated(doc: Doc | Span, first: NumberPhrase, second: NumberPhrase) -> bool:
    """Whether two counts are items of one list, so a hedge on the first scopes over both."""
    a, b = _counted_token(doc, first), _counted_token(doc, second)
    return b in a.conjuncts and all(t.lower_ in (",", "and", "or") or t.i == a.i
                                    or t.head.i == a.i
                                    for t in doc[first.end_all:second.hedge_start])
