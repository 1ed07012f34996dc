"""Sentence units and paragraphs of an article, as the event rules count them.

spaCy's sentences are cut again at paragraph ends: blank lines, and single line breaks after a
closed sentence or after a short heading line before a capitalised one (cleaned bodies put one
paragraph per line; a hard-wrapped line that runs on into the next is no break). So a headline
or a caption glued to the next sentence by the parser is a unit of its own.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING, Sequence

from ..syntax import text_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
_LINE_BREAK = re.compile(r"\n")
_CLOSED = ('.', '!', '?', '"', "\u201d", "\u2019", "'", ")", ":")
_HEADING_CHARS = 100  # a line this short that is not closed is a heading or a caption


def paragraph_breaks(text: str) -> list[int]:
    """Offsets of paragraph ends: blank lines, and single line breaks after a closed sentence
    or after a short heading line before a capitalised one (cleaned bodies put one paragraph
    per line; a hard-wrapped line that runs on into the next is no break)."""
    breaks = {m.start() for m in _PARAGRAPH_BREAK.finditer(text)}
    for match in _LINE_BREAK.finditer(text):
        at = match.start()
        line_start = text.rfind("\n", 0, at) + 1
        line = text[line_start:at].rstrip()
        following = text[at + 1:at + 2]
        if not line:
            continue
        if line.endswith(_CLOSED) or (len(line) <= _HEADING_CHARS and
                                      (following.isupper() or following.isdigit())):
            breaks.add(at)
    return sorted(breaks)


def sentence_units(doc: "Doc") -> list["Span"]:
    """spaCy sentences, cut again at paragraph breaks (a headline glued to the lead is two)."""
    units: list[Span] = []
    breaks = paragraph_breaks(text_of(doc))
    for sent in doc.sents:
        start = sent.start
        previous: Token | None = None
        for token in sent:
            if token.is_space:
                continue
            if previous is not None and _break_between(breaks, previous.idx + len(previous),
                                                       token.idx):
                units.append(doc[start:previous.i + 1])
                start = token.i
            previous = token
        if previous is not None:
            units.append(doc[start:previous.i + 1])
    return units


def _break_between(breaks: Sequence[int], start: int, end: int) -> bool:
    at = bisect.bisect_left(breaks, start)
    return at < len(breaks) and breaks[at] < end


def paragraph_numbers(doc: "Doc", units: Sequence["Span"]) -> list[int]:
    """The block (counted by blank lines) each unit starts in: the context windows reach
    across single line breaks, which cleaned bodies put after every paragraph."""
    breaks = [m.start() for m in _PARAGRAPH_BREAK.finditer(text_of(doc))]
    return [bisect.bisect_left(breaks, unit.start_char) for unit in units]
