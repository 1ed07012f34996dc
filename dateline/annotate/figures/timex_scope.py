"""Which phrase a time in a figure's sentence dates: the figure's own, another noun's or number."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Sequence

from ...model import Timex
from ..syntax import covering_span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def _in_own_phrase(doc: "Doc", timex: Timex, head: "Token") -> bool:
    """Whether the timex hangs on the counted noun's phrase itself: "3,000 units in 2014"."""
    span = covering_span(doc, timex.start, timex.end)
    if span is None:
        return False
    for anc in span.root.ancestors:
        if anc.i in (head.i, head.head.i):
            return True
        if anc.pos_ in ("VERB", "AUX"):
            return False
    return False


def _of_another_noun(doc: "Doc", timex: Timex, ancestors: set[int]) -> bool:
    """Whether the timex dates a thing named by another noun, outside the number's path: "a
    concert on Friday", not "killed on Friday" or "police said Friday"."""
    span = covering_span(doc, timex.start, timex.end)
    if span is None:
        return False
    for anc in span.root.ancestors:
        if span.start <= anc.i < span.end or anc.pos_ == "ADP":
            continue
        if anc.i in ancestors or anc.pos_ in ("VERB", "AUX"):
            return False
        return anc.pos_ in ("NOUN", "PROPN")
    return False


def _in_relative_clause(doc: "Doc", timex: Timex, head: "Token") -> bool:
    """Whether the timex dates a relative clause the number is not in: "the toll in the
    attack, in which a man drove into crowds on July 14, rose to 85" (the drive's day)."""
    span = covering_span(doc, timex.start, timex.end)
    if span is None:
        return False
    counted = head if head.pos_ in ("NOUN", "PROPN") else head.head
    for anc in span.root.ancestors:
        if anc.dep_ == "relcl":
            if anc.head.i == counted.i and _partitive_whole(counted):
                return False  # "21 of the 200 girls who were kidnapped in April 2014": the
                # clause tells what the 200 are, and when they were
            return not anc.left_edge.i <= head.i <= anc.right_edge.i
        if anc.i == head.i or head.is_ancestor(anc):
            return False
    return False


def _in_defining_clause(doc: "Doc", timex: Timex, head: "Token") -> bool:
    """Whether the timex is in the relative clause that tells what a counted whole is: "21 of
    the 200 girls who were kidnapped in April 2014" (for the 200)."""
    span = covering_span(doc, timex.start, timex.end)
    counted = head if head.pos_ in ("NOUN", "PROPN") else head.head
    if span is None or not _partitive_whole(counted):
        return False
    return any(anc.dep_ == "relcl" and anc.head.i == counted.i for anc in span.root.ancestors)


def _partitive_whole(noun: "Token") -> bool:
    """The whole a part is counted out of: "21 of the 200 girls", "some of the 300 workers"."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.i != noun.i and (
        noun.head.head.like_num or noun.head.head.pos_ in ("NUM", "PRON", "DET"))


def _of_another_number(doc: "Doc", timex: Timex, head: "Token") -> bool:
    """Whether the timex dates another number of the sentence, a baseline the figure is
    compared with: "3,000, up from 2,000 in 2015", "compared with 3 million in 2014"."""
    span = covering_span(doc, timex.start, timex.end)
    if span is None or head.left_edge.i <= span.start <= head.right_edge.i:
        return False  # "10 of the 12 victims in Sunday's crash": the figure's own phrase
    for anc in span.root.ancestors:
        if span.start <= anc.i < span.end:
            continue  # "Dec. 21, 2014": its own words
        if anc.i == head.i or anc.i == head.head.i or anc.pos_ in ("VERB", "AUX"):
            return False
        if anc.like_num or any(c.like_num and c.dep_ in ("nummod", "compound") and
                               not span.start <= c.i < span.end for c in anc.children) or (
                anc.lower_ in ("from", "with", "than") and any(
                    c.dep_ == "pobj" and c.like_num and c.i != head.i for c in anc.children)):
            return True
    return False



# the end of a closed period: "between May 2015 and March 2016", "from May to July"
_CLOSED_END = re.compile(r"(?i)\b(?:between\b[^.;]{1,30}\band|from\b[^.;]{1,30}\b(?:to|until|"
                         r"through))\s+$")


def closed_period_end(text: str, timexes: Sequence[Timex], published: str | None
                      ) -> str | None:
    """The end of a closed period the text dates (`timexes`: those of the figure's clause)
    when it ended before publication: a count over it is historical and valid at its end
    (GUIDELINES 5: "killed 40 people in March 2010"), not at the report date."""
    for timex in timexes:
        value = timex.value or ""
        if not value[:4].isdigit() or not _CLOSED_END.search(text, max(0, timex.start - 45),
                                                             timex.start):
            continue
        if published and value[:10] < published[:len(value[:10])]:
            return value[:10]
    return None
