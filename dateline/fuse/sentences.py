"""Sentences and words without a parser: a regex sentence splitter, content words, names.

Cheap enough to run over every stored article: no spaCy. The splitter respects abbreviations
("Gen.", "U.S.", initials), decimals, short quotations ("What is this?" asked a survivor) and
line breaks (a wrapped line is joined to its continuation).
"""

from __future__ import annotations

import bisect
import functools
import re

from .words import STOP, content_words, stem

__all__ = ["STOP", "content_words", "stem"]  # re-exported for syndication

# capitalised words that are not names: titles and sentence openers a rewrite may add or drop
_NOT_NAMES = STOP | frozenset("""
president prime minister ministry mayor secretary general gen governor gov senator sen
representative rep spokesman spokeswoman spokesperson chief deputy foreign defense defence
interior state official officials lt col maj capt sgt adm king queen prince pope leader
north south east west northern southern eastern western central
""".split())
_ABBREVIATIONS = frozenset("""
mr mrs ms dr prof gen lt col maj capt cmdr adm sgt cpl pvt sen rep gov pres supt det insp st
ave mt ft jan feb mar apr jun jul aug sep sept oct nov dec vs v inc corp ltd co jr sr bros
dept est approx fig vol rev hon messrs gens reps sens govs
""".split())
# after "U.S." or "p.m.", only these open a new sentence: otherwise a name or a noun follows
_STARTERS = frozenset("""
the a an he she it they we i in but and this that these those there on at as after before when
while his her their its our if for some many one officials
""".split())
# site furniture: phrases no report contains anywhere, and openers of promotional lines
_FURNITURE = re.compile(
    r"all rights reserved|©|\(c\) \d{4}|reporting by|editing by|writing by|additional "
    r"reporting|contributed to this report|this (?:story|article) has been (?:updated|corrected)|"
    r"we use cookies|enable javascript|not a robot|terms of use|transcripts? (?:is|are) "
    r"(?:created|produced)|email us|may not be in its final form|for more .{0,20}coverage|"
    r"https?://|www\.|\w@\w")
_PROMOTION = re.compile(
    r"^\W*(?:(?:read more|click here|sign up|subscribe|follow us|share this)\b|"
    r"(?:advertisement|watch|related|recommended|most read|more)\s*[:|—–-])")
# an end mark before a capital; or glued to the next sentence ("ocean.The rings") after a word
_END = re.compile(r"[.!?…]+[\"”’')\]]*(?=\s+[\"“‘(\[]?[A-Z0-9])|"
                  r"(?<=[a-z]{2})[.!?][\"”’]*(?=[\"“]?[A-Z][a-z])")
_QUOTES = re.compile(r"[“\"]([^”\"]{10,}?)[”\"]")
_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[^\W\d_]+(?:['’\-][^\W\d_]+)*|\d[\d,.]*\d|\d|[^\w\s]")
_WORD = re.compile(r"\d+(?:[,.]\d+)*|[^\W_]+(?:['’][^\W_]+)*")
_INITIAL_AFTER = frozenset('.!?:“"(')
_END_MARKS = tuple('.!?…"”’\')')
_LONG_QUOTE = 300  # characters: a quotation longer than this is split like running text
_LOOK = 40  # characters looked at on each side of a full stop
_QUOTE_OR_BREAK = re.compile('[“”"\n]')


def _quote_regions(text: str) -> list[tuple[int, int]]:
    """(open, close) offsets of balanced short quotations: no sentence ends inside them."""
    regions: list[tuple[int, int]] = []
    stack: list[int] = []
    for m in _QUOTE_OR_BREAK.finditer(text):  # the few characters that matter, not every one
        i, ch = m.start(), m.group()
        if ch == "“" or (ch == '"' and not (stack and text[stack[-1]] == '"')):
            stack.append(i)
        elif ch in "”\"" and stack:
            start = stack.pop()
            if i - start <= _LONG_QUOTE:
                regions.append((start, i))
        elif ch == "\n":
            stack.clear()  # a quotation that runs past its paragraph does not bind
    return sorted(regions)


def _ends_sentence(text: str, match: re.Match[str]) -> bool:
    if text[match.start()] != ".":
        return True
    # a bounded look around the mark: a long text is not copied at every full stop
    before = text[max(0, match.start() - _LOOK):match.start()].rsplit(None, 1)
    word = before[-1].lstrip("\"“‘'(") if before else ""
    following = text[match.end():match.end() + _LOOK].split(None, 1)
    nxt = following[0] if following else ""
    if word.lower() in _ABBREVIATIONS or (len(word) == 1 and word.isupper()) or \
            (word == "No" and nxt[:1].isdigit()):
        return False
    if "." in word or (len(word) == 1 and word.islower()):  # U.S. / a.m. / p.m.
        return nxt.lower() in _STARTERS
    return True


def _blocks(text: str) -> list[tuple[int, int]]:
    """Lines, a wrapped line joined to the next (no end punctuation, lower-case continuation)."""
    blocks, start = [], 0
    for m in re.finditer(r"\n", text):
        before = text[max(start, m.start() - _LOOK):m.start()].rstrip()
        after = text[m.end():m.end() + _LOOK].lstrip()
        if before and after[:1].islower() and before[-1] not in ".!?:\"”’":
            continue
        blocks.append((start, m.start()))
        start = m.end()
    blocks.append((start, len(text)))
    return blocks


@functools.lru_cache(maxsize=4)
def sentence_spans(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each sentence of `text`, whitespace trimmed; no parser needed.

    Cached for the last few texts: fusion cuts each article for shared reporting and again for
    the timeline's dated sentences."""
    spans = []
    protected = _quote_regions(text)
    opens = [o for o, _ in protected]
    for lo, hi in _blocks(text):
        cut = lo
        for m in _END.finditer(text, lo, hi):
            # the latest quotation opened before this mark: is the mark inside it?
            i = bisect.bisect_left(opens, m.end()) - 1
            inside = i >= 0 and m.end() <= protected[i][1]
            if not inside and _ends_sentence(text, m):
                spans.append((cut, m.end()))
                cut = m.end()
        spans.append((cut, hi))
    out = []
    for start, end in spans:
        chunk = text[start:end]
        stripped = chunk.strip()
        if stripped:
            left = start + len(chunk) - len(chunk.lstrip())
            out.append((left, left + len(stripped)))
    return tuple(out)


def name_words(sentence: str) -> list[str]:
    """Capitalised name sequences ("Yurii Zhyhanov", "NATO"); a sentence-opening word counts
    only as part of a longer name or as an acronym."""
    tokens = _TOKEN.findall(sentence)
    names, current, initial = [], [], True
    for i, token in enumerate(tokens):
        word = token[:-2] if token.endswith(("'s", "’s")) else token
        capital = word[:1].isupper() and word.lower().replace(".", "") not in _NOT_NAMES
        if capital and initial:
            nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
            capital = (word.replace(".", "").isupper() and len(word) > 1) or \
                (nxt[:1].isupper() and nxt.lower() not in _NOT_NAMES)
        if capital:
            current.append(word)
        elif current:
            names.append(" ".join(current))
            current = []
        initial = token in _INITIAL_AFTER
    if current:
        names.append(" ".join(current))
    return names


def quotations(sentence: str) -> list[str]:
    """Direct quotations, folded to lower-case words: shared verbatim, they mark one report."""
    return [" ".join(_WORD.findall(q.lower())) for q in _QUOTES.findall(sentence)]


def is_boilerplate(sentence: str) -> bool:
    """Site furniture, or a line without an end mark (a headline, a caption, a byline)."""
    if not sentence.rstrip().endswith(_END_MARKS):
        return True
    # the patterns are lower-case, matched against the lowered sentence: re.IGNORECASE over
    # their alternatives costs three times as much (fusion runs this on every sentence)
    folded = sentence.lower()
    return bool(_FURNITURE.search(folded) or _PROMOTION.search(folded))
