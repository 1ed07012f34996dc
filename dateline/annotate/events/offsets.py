"""Dates told as a span of time after or before another act's.

"In 2003, five years after North Korea fired a missile": the firing is 2003 less five years,
1998. "Two days after the bombing on Monday, police arrested a suspect": the arrest is the
bombing's Monday plus two days. The span is a counted npadvmod ("five years", "a week", "the
day") on "after" or "before" or on the clause that word opens; the other act's date comes from
the time expressions on its own side of the phrase only, as precise as the span allows. An act
with a time of its own keeps it (`timing.clause_date`), and an uncounted span ("days after")
moves nothing.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Collection, Sequence

from ...model import Timex
from ..lexicon.number_words import words_value
from ..timex.calendar import shift
from .timing import clause_date, event_value, span_edge, timex_root

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

OFFSET_WORDS = {"after": 1, "before": -1}
# units a span is counted in, and how many parts of a date value each keeps (2003 less five
# years is a year; a day less two days is a day)
_PRECISION = {"day": 3, "week": 3, "month": 2, "year": 1, "decade": 1}
_ONE = frozenset({"a", "an", "one", "the"})


def _span_of_time(noun: "Token") -> tuple[int, str] | None:
    """(count, unit) of a span of time a phrase counts: "five years", "two days", "a week",
    "the day"; None for an uncounted one ("days after", "shortly after")."""
    unit = noun.lemma_.lower()
    if unit not in _PRECISION:
        return None
    counts = [c for c in noun.children if c.dep_ == "nummod"]
    if len(counts) == 1:
        word = counts[0].lower_.replace(",", "")
        value = float(word) if word.isdigit() else words_value([word])
        return (int(value), unit) if value and value == int(value) and value < 1000 else None
    if not counts and any(c.dep_ == "det" and c.lower_ in _ONE for c in noun.children):
        return 1, unit
    return None


def _offset_of(word: "Token") -> tuple[int, str, int] | None:
    """(count, unit, direction) of "five years after", "a week before" on the verb or the
    preposition `word`: the span is its npadvmod, the direction its own word or its marker's."""
    mark = word if word.lower_ in OFFSET_WORDS and word.dep_ == "prep" else next(
        (c for c in word.children if c.dep_ == "mark" and c.lower_ in OFFSET_WORDS), None)
    if mark is None:
        return None
    for holder in (word, mark):
        for child in holder.children:
            if child.dep_ == "npadvmod" and (span := _span_of_time(child)) is not None:
                return (*span, OFFSET_WORDS[mark.lower_])
    return None


def _offset_link(trigger: "Token") -> tuple["Token", "Token", bool, tuple[int, str, int]] | None:
    """How the trigger's time follows from another act's: (the other act, the phrase telling
    the offset, whether the other act is inside that phrase, (count, unit, direction)).

    - "in 2003, five years after North Korea fired a missile": "fired" is told in the offset
      clause; its time is the main clause's less five years;
    - "two days after the bombing on Monday, police arrested", "arrested him the day after the
      attack": "arrested" carries the offset phrase; its time is the other act's plus the span."""
    # the trigger inside the offset phrase: the clause it opens, or the object of "after"
    if trigger.dep_ == "advcl" and (offset := _offset_of(trigger)) is not None:
        return trigger.head, trigger, False, offset
    if trigger.dep_ in ("pobj", "pcomp") and trigger.head.lower_ in OFFSET_WORDS:
        prep = trigger.head
        if (offset := _offset_of(prep)) is not None:
            return prep.head, prep, False, offset
        if prep.head.dep_ == "npadvmod" and (span := _span_of_time(prep.head)) is not None:
            return prep.head.head, prep.head, False, (*span, OFFSET_WORDS[prep.lower_])
    # the trigger carrying the offset phrase
    for child in trigger.children:
        if child.dep_ == "advcl" and (offset := _offset_of(child)) is not None:
            return child, child, True, offset
        carried = _carried_offset(child)
        if carried is not None:
            return carried[0], child, True, carried[1]
    return None


def _carried_offset(child: "Token") -> tuple["Token", tuple[int, str, int]] | None:
    """(the other act, the offset) of a phrase a trigger carries: "after the bombing" with its
    span ("two days after ...") or a span with its "after" ("the day after the attack")."""
    prep: Token | None = None
    offset: tuple[int, str, int] | None = None
    if child.dep_ == "prep":
        prep, offset = child, _offset_of(child)
    elif child.dep_ == "npadvmod" and (span := _span_of_time(child)) is not None:
        prep = next((c for c in child.children
                     if c.dep_ == "prep" and c.lower_ in OFFSET_WORDS), None)
        offset = (*span, OFFSET_WORDS[prep.lower_]) if prep is not None else None
    if prep is None or offset is None:
        return None
    other = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
    return (other, offset) if other is not None else None


def _shift(value: str, count: int, unit: str, direction: int) -> str | None:
    """A date value moved by a span of time (`timex.calendar.shift`), as precise as the span:
    2003 less five years is 1998; a day less two days is a day; a year less two days, whose day
    is unknown, is None."""
    parts = value.split("-")
    precision = _PRECISION[unit]
    if not all(p.isdigit() for p in parts) or len(parts) < precision or len(parts[0]) != 4:
        return None  # a decade ("197") or a century moves by no counted span here
    numbers = [int(p) for p in parts] + [1, 1]
    try:
        moved = shift(dt.date(numbers[0], numbers[1], numbers[2]), unit, count * direction)
    except (ValueError, OverflowError):
        return None
    return "-".join([f"{moved.year:04d}", f"{moved.month:02d}", f"{moved.day:02d}"][:precision])


def offset_date(unit: "Span", trigger: "Token", timexes: Sequence[Timex],
                events: Collection[int] = (), published: dt.date | None = None) -> str | None:
    """The date of an act told a counted span of time after or before another dated act
    ("in 2003, five years after North Korea fired a missile": 1998; "two days after the
    bombing on Monday, police arrested": Monday plus two days). The other act's date is read
    from the time expressions on its side of the offset phrase only; an act with a time of its
    own in the phrase keeps it, and so does an act that carries the phrase and has a time of
    its own outside it. None when either date is unknown."""
    link = _offset_link(trigger)
    if link is None:
        return None
    other, phrase, other_inside, (count, unit_name, direction) = link
    start, end = phrase.left_edge.idx, phrase.right_edge.idx + len(phrase.right_edge.text)
    dated = [t for t in timexes if t.type in ("DATE", "TIME") and
             unit.start_char <= t.start < unit.end_char and event_value(t.value)]
    inside = [t for t in dated if start <= t.start and t.end <= end]
    if other_inside:  # the phrase's own time is the other act's: "after the bombing on Monday"
        if clause_date(unit, trigger, [t for t in dated if not start <= t.start < end], events,
                       published) is not None:
            return None  # "on 5 May, a week after the attack": the act's own day comes first
        value = event_value(min(inside, key=lambda t: abs(t.start - other.idx)).value) \
            if inside else None
    elif inside:
        return None  # "five years after the war ended in 1998": the act has a time of its own
    else:
        outside = [t for t in dated if not (start <= t.start < end)]
        value = clause_date(unit, other, outside, events, published)
        if value is None:
            value = _time_under(unit, other, outside, start)
        direction = -direction  # the trigger is the earlier act of "after"
    return _shift(value, count, unit_name, direction) if value else None


def _time_under(unit: "Span", other: "Token", timexes: Sequence[Timex], near: int) -> str | None:
    """A time anywhere under the other act's clause, nearest `near`: "started putting satellites
    into orbit in 2003" (the time hangs on "putting", under "started")."""
    below = [t for t in timexes if (root := timex_root(unit, t)) is not None and
             (root.i == other.i or other in root.ancestors) and not span_edge(unit, t, root)]
    return event_value(min(below, key=lambda t: abs(t.start - near)).value) if below else None
