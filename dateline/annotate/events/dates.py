"""When an event happened: its own sentence's time expression, else a neighbour's, else publication.

`date_precision` records how: "timex" (a time expression in the event's own sentence), "context"
(borrowed from a neighbouring sentence, or "that year" read off the time it points back to),
"published" (nothing better than the publication date). The context rule (docs/ontology.md):

1. the nearest *following* day-or-finer DATE/TIME expression in the rest of the paragraph or
   the next CONTEXT_SENTENCES sentences (a headline's window runs into the lead), when it is
   about the same happening: the words it hangs on (up to its clause verb and that verb's
   subject and object) hold a trigger of the same PLOVER type, the same trigger lemma, a
   related violence noun (attack / explosion / blast / bombing / raid ...) or one of the
   event's actors or places (`same_happening`); an act told in the past perfect or narrated
   in the present is told from the time the text has reached and takes rule 2 first;
2. else the nearest *preceding* such expression in the same paragraph, unless a coarser time
   outside the publication's month comes in between (the story has moved to another year);
   for an act not told as past, only a day in the week up to publication (an older day
   there is background);
3. else the publication date, or the story's own day when the stamp is not it: the newest
   embedded post's day under a stamp weeks later (timex/written.py), or the day a report
   verb of the lead is dated to, the day before the stamp (dates_news_day.py).

A noun of the same act as the event verb it is an argument of ("was presented with an award
in 2012") takes that verb's own time; an act told as following an act dated to a year or
month takes that year or month (dates_sequel.py), and a definite act noun right after a dated
act of its type tells that act again (dates_retold.py). An act told in the present progressive
goes on as the text is written and borrows no neighbour's day.

Never borrowed: durations and sets, "since / until / by / before / after" bounds (a time of
day after which something happened still gives its day), and, for an event told as past, a
date after publication.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Collection, Sequence

from ...model import EntityMention, Event, Place, Timex
from ..timex.calendar import gives_its_day, in_news_week
from ..timex.written import written_day
from .dates_aspect import going_on, narrated, perfect
from .dates_news_day import statement_day
from .dates_retold import retold_date, told_back_to
from .dates_sequel import sequel_date
from .same_happening import Happening, about_happening, happening_of
from .told_again import first_telling
from .timing import event_value, span_edge, timex_root

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

CONTEXT_SENTENCES = 2  # sentences after the event's own that may lend it a date
PARAGRAPH_SENTENCES = 4  # cap inside a paragraph (extracted bodies are often one paragraph)
DATE_VALUE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?|-W\d{2})?")
DAY_VALUE = re.compile(r"^(\d{4}-\d{2}-\d{2})")
BOUND_WORDS = frozenset({"since", "until", "till", "by", "before", "after", "from"})
PAST_MODES = frozenset({"asserted", "claimed", "denied"})
_ANAPHOR = re.compile(r"\b(?:that|the same) (year|month|day)\b", re.IGNORECASE)
_GRANULARITY_CHARS = {"year": 4, "month": 7, "day": 10}
# A page's own time stamp left in the text ("Updated: 2016-07-15 13:14"): when the page was
# written, never when anything in it happened.
_STAMP_LABEL = re.compile(r"(?i)\b(?:(?:last |first )?(?:updated|published|posted|modified)"
                          r"(?: on| at)?|last update)\s*:?\s*$")


def page_stamp(text: str, timex: Timex) -> bool:
    """Whether a time expression is the page's stamp: right after an "Updated:" label."""
    line_start = text.rfind("\n", 0, timex.start) + 1
    return bool(_STAMP_LABEL.search(text[max(line_start, timex.start - 40):timex.start]))


def anaphoric_date(unit: "Span", timexes: Sequence[Timex]) -> str | None:
    """"that year" / "the same day": the matching part of the nearest earlier time."""
    match = _ANAPHOR.search(unit.text)
    if match is None:
        return None
    width = _GRANULARITY_CHARS[match.group(1).lower()]
    at = unit.start_char + match.start()
    earlier = [t for t in timexes if t.start < at and t.type == "DATE" and t.value and
               DATE_VALUE.match(t.value) and len(t.value.split("T")[0]) >= width]
    if not earlier:
        return None
    return (max(earlier, key=lambda t: t.start).value or "")[:width]


def _lendable(text: str, timex: Timex, event: Event, published: dt.date | None,
              coarse: bool = False) -> bool:
    """Whether a neighbour's time may date the event: a date (a day unless `coarse`), not a
    bound ("since Monday"), and not after publication for a past event."""
    if timex.type not in ("DATE", "TIME") or event_value(timex.value) is None:
        return False
    if not coarse and not DAY_VALUE.match(timex.value or ""):
        return False
    before = text[max(0, timex.start - 12):timex.start].split()
    word = before[-1].lower() if before else ""
    if word in BOUND_WORDS and not gives_its_day(word, timex.value):
        return False  # "since Monday"; but "shortly after 10 p.m. Sunday" is that day
    if published is not None and event.mode in PAST_MODES:
        return (timex.value or "")[:10] <= published.isoformat()
    return True


@dataclass(frozen=True)
class DatingContext:
    """The article-wide facts the context rule reads."""

    doc: "Doc"
    text: str
    units: Sequence["Span"]
    paragraphs: Sequence[int]
    timexes: Sequence[Timex]
    entities: Sequence[EntityMention]
    places: Sequence[Place]
    triggers: dict[int, Event]  # trigger token index -> event
    published: dt.date | None


def _in_unit(timexes: Sequence[Timex], unit: "Span") -> list[Timex]:
    return sorted((t for t in timexes if unit.start_char <= t.start < unit.end_char),
                  key=lambda t: t.start)


def _following(ctx: DatingContext, index: int, event: Event, happening: Happening,
               earlier: bool = False) -> str | None:
    """The first later time of the same happening nearby; an act not told as past takes it only
    within the news week (as `_preceding`): "the Nov. 13 attacks that killed 130" two lines
    on is another happening than today's injured."""
    counted = 0
    for j in range(index + 1, len(ctx.units)):
        unit = ctx.units[j]
        counted += any(t.pos_ in ("VERB", "AUX") for t in unit)  # captions are not sentences
        same_paragraph = ctx.paragraphs[j] == ctx.paragraphs[index]
        if counted > CONTEXT_SENTENCES and (not same_paragraph or
                                            counted > PARAGRAPH_SENTENCES):
            return None
        for timex in _in_unit(ctx.timexes, unit):
            if _lendable(ctx.text, timex, event, ctx.published) and about_happening(
                    ctx.doc, timex, happening, ctx.triggers, ctx.entities, ctx.places):
                value = event_value(timex.value)
                return value if earlier or _news_week(value, ctx.published) else None
    return None


def _preceding(ctx: DatingContext, index: int, event: Event, earlier: bool) -> str | None:
    """The nearest earlier day of the paragraph, unless a year or month outside the
    publication's month comes first (the text has moved to another time). An event told as
    before the news (`earlier`: "had been shot", "since arresting her") takes the nearest
    earlier time however coarse."""
    for j in range(index - 1, max(-1, index - 1 - PARAGRAPH_SENTENCES), -1):
        if ctx.paragraphs[j] != ctx.paragraphs[index]:
            return None
        for timex in reversed(_in_unit(ctx.timexes, ctx.units[j])):
            if _lendable(ctx.text, timex, event, ctx.published, coarse=earlier):
                value = event_value(timex.value)
                # an act not told as past lends from background only within the news week
                return value if earlier or _news_week(value, ctx.published) else None
            if _blocks(timex, ctx.published):
                # "In May, a group found her. She was taken to Abuja, where she met the
                # president": a narrative step in the simple past stays in the time the
                # paragraph's frame moved to
                framed = narrated(ctx.doc, event) and _frames(ctx.units[j], timex)
                return event_value(timex.value) if framed else None
    return None


def _frames(unit: "Span", timex: Timex) -> bool:
    """Whether a time frames its sentence: it hangs (through its preposition) on the
    sentence's main verb ("In May, a group found ..."), not inside a noun or relative clause
    ("Buhari, who was elected last year, ...")."""
    root = timex_root(unit, timex)
    if root is None or span_edge(unit, timex, root) or (
            root.dep_ == "pobj" and root.head.lower_ in BOUND_WORDS):
        return False  # "since November 2015" bounds a state, it moves no narrative
    head = root.head.head if root.head.dep_ == "prep" else root.head
    return head.i == unit.root.i and head.i != root.i


def _news_week(value: str | None, published: dt.date | None) -> bool:
    """Whether a borrowed time may date an act not told as past: a day of the news week, or a
    coarser time the publication falls in (any value when no date is known)."""
    if published is None or not value:
        return True
    if not DAY_VALUE.match(value):
        return published.isoformat().startswith(value)
    return in_news_week(value, published)


def _blocks(timex: Timex, published: dt.date | None) -> bool:
    """A year or month outside the publication's month: the text has moved to another time."""
    value = event_value(timex.value) or ""
    if timex.type != "DATE" or DAY_VALUE.match(value) or not value:
        return False
    return published is None or not published.isoformat().startswith(value)


def context_date(ctx: DatingContext, index: int, event: Event, happening: Happening,
                 earlier: bool = False, present: bool = False) -> tuple[str | None, str | None]:
    """(date, precision) for an event whose own clause has no time expression; an event told
    as before the news (`earlier`) never falls back on the publication date; one narrated in
    the present (`present`: "They are shot dead by police") takes the paragraph's last time
    however coarse, before any later one."""
    # past perfect and present narration are told from the time the text has reached, which
    # comes before them: the paragraph's last time, before any later one
    told_back = present or earlier or perfect(ctx.doc, event)
    borrowed = anaphoric_date(ctx.units[index], ctx.timexes) or (
        told_back and _preceding(ctx, index, event, True)) or \
        (not going_on(ctx.doc, event) or present) and (
            _following(ctx, index, event, happening, earlier) or
            _preceding(ctx, index, event, earlier))
    if borrowed:
        return borrowed, "context"
    if ctx.published is not None and not earlier:
        return ctx.published.isoformat(), "published"
    return None, None


def _governing_act(ctx: DatingContext, event: Event) -> Event | None:
    """The event whose verb a nominal trigger is an argument of, when of the same type: "was
    presented with an award in 2012" tells one act twice, so the verb's time is the noun's
    (never "condemned the attack on Monday", another type: the condemnation's day)."""
    span = ctx.doc.char_span(event.trigger_start, event.trigger_end, alignment_mode="expand")
    if span is None or not len(span) or span.root.pos_ not in ("NOUN", "PROPN"):
        return None
    current = span.root
    for _ in range(3):
        if current.head.i == current.i:
            return None
        current = current.head
        if current.pos_ in ("VERB", "AUX"):
            act = ctx.triggers.get(current.i)
            return act if act is not None and act.type == event.type else None
    return None


def with_context_dates(ctx: DatingContext, dated: Sequence[tuple[int, str, Event]],
                       earlier: Collection[int] = (), present: Collection[int] = ()
                       ) -> list[Event]:
    """Events (each with its unit index and trigger lemma) with context dates filled in;
    `earlier` holds the trigger offsets of events told as before the news, `present` those
    narrated in the present tense."""
    # a stale stamp, or a lead told the day before the stamp: the story's own day stands for
    # publication
    written = written_day(ctx.text, ctx.timexes, ctx.published) or statement_day(ctx)
    if written is not None:
        ctx = dataclasses.replace(ctx, published=written)
    out = []
    for index, lemma, event in dated:
        if event.date_precision == "timex":
            out.append(event)
            continue
        act = _governing_act(ctx, event)
        if act is not None and act.date_precision == "timex":
            out.append(dataclasses.replace(event, date=act.date, date_precision="timex"))
            continue
        # "Following the 2013 coup, the army launched a crackdown"; "... were kidnapped in
        # April 2014. The mass abduction ..."
        sequel = sequel_date(ctx.doc, event, dated, ctx.triggers) or \
            retold_date(ctx.doc, index, event, dated)
        if sequel is not None:
            out.append(dataclasses.replace(event, date=sequel, date_precision="context"))
            continue
        story = told_back_to(lemma, event, out)
        if story is not None:  # "the incident occurred at ...": the story's act, on its day
            out.append(dataclasses.replace(event, date=story.date, date_precision="context"))
            continue
        first = first_telling(dated, index, lemma, event)
        if first is not None:  # "punching a soldier two weeks ago ... filmed punching him"
            out.append(dataclasses.replace(event, date=first.date, date_precision="context"))
            continue
        neighbours = [e for i, _, e in dated if i == index]
        date, precision = context_date(ctx, index, event, happening_of(event, lemma, neighbours),
                                       event.trigger_start in earlier,
                                       event.trigger_start in present)
        out.append(dataclasses.replace(event, date=date, date_precision=precision))
    return out

