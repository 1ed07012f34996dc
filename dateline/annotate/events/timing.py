"""An event's own date: the time expression attached to its own clause.

A time expression dates the event when, going up the parse from it, the first verb reached is
the trigger's clause verb (or a verb that clause is coordinated with, or the participle or
infinitive it hangs on: "shot and killed the driver on Thursday", "opened fire, killing four"),
or the first noun that is an event is the trigger itself ("the attack on Monday", "the 2011
uprising"). A time that reaches another event first dates that one ("condemned the attack on
Monday" dates the attack, not the condemnation), and one in a clause the trigger merely sits in
dates that clause ("said on Friday that troops had entered" dates the saying). Failing that, a
time on a clause the trigger sits in, other than a report or another event, dates it too ("in
2016 she was pictured biting a soldier who tried to arrest her brother"), and an event noun's
time dates the clause describing it ("the 2011 uprising that toppled the president"). Coarse times
count: "in 2014", "four years earlier", "in the 1970s" date an event mentioned in passing. An act
told a counted span after or before another dated act takes that act's date moved by the span
("in 2003, five years after North Korea fired a missile": 1998; offsets.py).

Values are TIMEX3 without weeks (GUIDELINES): a week becomes its month when it lies in one
month, else its year; a time of day becomes its day.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Collection, Sequence

from ...model import Timex
from ..lexicon.reporting import REPORTING_VERBS
from ..syntax import covering_span, text_of
# re-exported: extract, implicit and figures read these here
from .news_days import NEWS_DAYS as NEWS_DAYS
from .news_days import news_day as news_day
from .news_days import with_news_dates as with_news_dates
from .news_days import with_news_day as with_news_day
from .tense import before_news as before_news
from .tense import historical_present as historical_present
from .tense import past_perfect as past_perfect
from .tense import told_in_the_past

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

DATE_VALUE = re.compile(r"^\d{3,4}(-\d{2}(-\d{2})?|-W\d{2})?")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})")
# How a clause hangs on the one it belongs to without being a new statement.
_SAME_CLAUSE = frozenset({"conj", "xcomp", "advcl", "acl", "pcomp"})
_VERBS = ("VERB", "AUX")
_NOUNS = ("NOUN", "PROPN")


def event_value(value: str | None, latest: dt.date | None = None) -> str | None:
    """A TIMEX3 date value as an event date: no time of day, no week. A week (or weekend)
    is its month when its days lie in one, else its year; for an act done by `latest` only
    the days up to it count ("people were killed this week", told on Monday 30 March, fell
    in March)."""
    if not value or not DATE_VALUE.match(value):
        return None
    value = value.split("T")[0]
    week = _WEEK.match(value)
    if week is None:
        return value
    year, number = int(week.group(1)), int(week.group(2))
    weekend = value[week.end():].startswith("-WE")
    try:
        first = dt.date.fromisocalendar(year, number, 6 if weekend else 1)
    except ValueError:
        return str(year)
    last = first + dt.timedelta(days=1 if weekend else 6)
    if latest is not None and first <= latest < last:
        last = latest
    if first.month == last.month:
        return first.isoformat()[:7]
    return str(first.year) if first.year == last.year else None


def timex_root(unit: "Span", timex: Timex) -> "Token | None":
    span = covering_span(unit.doc, timex.start, timex.end)
    return span.root if span is not None else None


def _attachment(root: "Token", trigger: "Token", events: Collection[int]) -> "Token | None":
    """The event noun or the verb a time expression hangs on."""
    current = root
    for _ in range(12):
        if current.i == trigger.i or (current.i in events and current.i != root.i):
            return current
        if current.pos_ in _VERBS and current.i != root.i:
            return current
        if current.head.i == current.i:
            return current
        current = current.head
    return None


def clause_verbs(trigger: "Token", events: Collection[int] = ()) -> set[int]:
    """The trigger's clause verb and the verbs its clause is one happening with; a nominal
    trigger that is the object of another event ("condemned the attack") has none; a noun
    coordinated with another shares its modifiers ("attacks and assaults on New Year's Eve")."""
    if trigger.dep_ == "conj" and trigger.pos_ in _NOUNS and trigger.head.pos_ in _NOUNS:
        return {trigger.i} | clause_verbs(trigger.head, events)
    current = trigger
    for _ in range(4):  # a nominal trigger's clause: the verb it is an argument of
        if current.pos_ in _VERBS or current.head.i == current.i:
            break
        current = current.head
    if current.i != trigger.i and current.i in events and trigger.dep_ != "conj":
        return {trigger.i}  # but "storm the party and gun down guests", "gun" tagged a noun,
        # is a verb coordinated with the event verb, no object of it
    out = {trigger.i, current.i}
    head = current
    for _ in range(3):
        if head.dep_ not in _SAME_CLAUSE or head.head.i == head.i:
            break
        if head.dep_ in ("advcl", "conj") and head.tag_ not in ("VBG", "VBN") and \
                any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children) and \
                not _at_the_same_time(head):
            break  # a finite clause of its own ("after troops had left")
        adjunct = _free_participle(head)
        head = head.head
        if head.pos_ == "ADP" or head.dep_ == "prep":
            head = head.head
        out.add(head.i)
        if adjunct and (verb := _clause_verb(head)) is not None:
            out.add(verb)  # "storms a cinema in July, opening fire": the storming's clause
            head = trigger.doc[verb]
        # a head clause's infinitive or participle completes its predicate ("seemed to be
        # moving ahead on Wednesday, with Kim welcoming ...") unless it is an act of its own
        out.update(c.i for c in head.children if c.dep_ == "xcomp" and c.pos_ in _VERBS and
                   c.i not in events)
    for verb in list(out):
        # verbs coordinated with the clause verb share its time, and so does a participle
        # framing it ("Sitting on Wednesday, the judges dismissed both appeals")
        out.update(c.i for c in trigger.doc[verb].children if (
            c.dep_ == "conj" or c.dep_ == "advcl" and c.tag_ == "VBG" and c.i < verb) and
            c.pos_ in _VERBS and (not any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)
                                  or _parallel_passives(trigger.doc[verb], c)))
        out.update(c.i for c in trigger.doc[verb].children
                   if c.dep_ == "advcl" and c.pos_ in _VERBS and _at_the_same_time(c))
    return out


def _dated_doer(noun: "Token", own: set[int], events: Collection[int]) -> bool:
    """A subject of the act's clause that is no act itself, owned by a time: "September's
    resolution imposed a quota" imposed it in September (for an act told in the past)."""
    return noun.dep_ in ("nsubj", "nsubjpass") and noun.head.i in own and noun.i not in events


def _free_participle(clause: "Token") -> bool:
    """A present participle set off by a comma that the parse hung on the noun before it:
    a free adjunct of the clause ("storms a cinema, opening fire"), not a noun's modifier
    ("a cinema showing a film")."""
    return clause.dep_ == "acl" and clause.tag_ == "VBG" and clause.i > 0 and \
        clause.doc[clause.i - 1].text == "," and clause.head.pos_ in ("NOUN", "PROPN")


def _at_the_same_time(clause: "Token") -> bool:
    """A clause of "when" or "as": it happens at the time of the clause it hangs on ("were
    killed Sunday when a gunman opened fire")."""
    return any(c.dep_ == "mark" and c.lower_ in ("when", "as", "while") for c in clause.children)


def _parallel_passives(verb: "Token", conj: "Token") -> bool:
    """Two coordinated passive clauses, a toll told in parts: "59 people were killed, and 527
    were injured in a shooting on Sunday" share the time and place of the shooting."""
    return conj.dep_ == "conj" and all(
        v.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in v.children) for v in (verb, conj))


def _clause_verb(token: "Token") -> int | None:
    """The verb a noun is an argument of (through its preposition)."""
    current = token
    for _ in range(4):
        if current.head.i == current.i:
            return None
        current = current.head
        if current.pos_ in _VERBS:
            return current.i
    return None


def _described_by(trigger: "Token", event_noun: "Token") -> bool:
    """Whether the trigger's clause describes that event noun ("the 2011 uprising that toppled
    the president": the toppling is the uprising's)."""
    current = trigger
    for _ in range(3):
        if current.dep_ in ("relcl", "acl") and current.head.i == event_noun.i:
            return True
        if current.head.i == current.i:
            return False
        current = current.head
    return False


def _scene_participle(verb: "Token", events: Collection[int], own: set[int]) -> bool:
    """A present participle that is no act of its own, modifying an argument of the clause
    (`own`): what it says goes on at the time of that clause's act."""
    return verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.i not in events and \
        _clause_verb(verb.head) in own


def clause_date(unit: "Span", trigger: "Token", timexes: Sequence[Timex],
                events: Collection[int] = (), published: dt.date | None = None) -> str | None:
    """The date of the time expression of the unit attached to the trigger's clause and
    nearest the trigger; None when no time of the unit hangs on that clause. A past act is not
    dated after the news (`published`): "welcomed the rise, but called for more by next year"
    welcomed and called before next year; a day ahead of the news is another time zone's
    news day ("fired a missile over Hokkaido Friday" in a Thursday-evening article)."""
    own = clause_verbs(trigger, events)
    ancestors = {t.i for t in trigger.ancestors}
    # the news day where the act happened may be a day ahead of the newsroom's (time zones)
    done_by = published if published is not None and told_in_the_past(trigger) else None
    latest = (done_by + dt.timedelta(days=1)).isoformat() if done_by is not None else None
    found = []
    for timex in timexes:
        if not (unit.start_char <= timex.start < unit.end_char) or timex.type not in ("DATE",
                                                                                     "TIME"):
            continue
        value = event_value(timex.value, done_by)
        root = timex_root(unit, timex)
        if value is None or root is None:
            continue
        if latest is not None and value[:len(latest)] > latest[:len(value)]:
            continue  # it begins after the news day
        if root.dep_ == "poss" and root.head.i != trigger.i and not (
                done_by is not None and _dated_doer(root.head, own, events)):
            continue  # "Tuesday's election" dates the election
        bound = span_edge(unit, timex, root)
        if bound == "end" or bound and root.head.head.i not in own:
            # "suspended until March" ends a span, never dates the act; "returns since 2005"
            # bounds one; "jailed since July" dates the act
            continue
        attached = _attachment(root, trigger, events)
        if attached is None:
            continue
        if attached.i in own or _described_by(trigger, attached):
            found.append((0, abs(timex.start - trigger.idx), value))

        elif attached.i in events and attached.pos_ in ("NOUN", "PROPN") and \
                _clause_verb(attached) in own:
            # the act the trigger's clause tells it in: "were killed, and 527 were injured in
            # a shooting on Sunday" (the shooting's time is the killing's)
            found.append((1, abs(timex.start - trigger.idx), value))
        elif _scene_participle(attached, events, own):
            # a participle describing an argument at the time of the act: "storms a cinema
            # showing a premiere in July 2012" stormed it in July 2012
            found.append((1, abs(timex.start - trigger.idx), value))
        elif attached.i in ancestors and attached.i not in events and \
                attached.lemma_ not in REPORTING_VERBS:
            # a clause the trigger sits in, not a report of it: "in 2016 she was pictured
            # biting a soldier who tried to arrest her brother"
            found.append((1, abs(timex.start - trigger.idx), value))
    caption = None if found else _caption_date(unit, timexes)
    if caption is not None and (latest is None or
                                caption[:len(latest)] <= latest[:len(caption)]):
        return caption
    return min(found)[2] if found else None


def _caption_date(unit: "Span", timexes: Sequence[Timex]) -> str | None:
    """The day a photo caption ends on, after its place: "..., in San Diego, California, U.S.
    November 6, 2017." dates what the caption shows. Only a full date written right after a
    place name and closing the sentence."""
    last = unit[-1] if len(unit) else None
    while last is not None and last.is_punct and last.i > unit.start:
        last = unit.doc[last.i - 1]
    for timex in timexes:
        if not (unit.start_char <= timex.start < unit.end_char) or timex.type != "DATE" or \
                last is None or not timex.start <= last.idx < timex.end:
            continue
        value = event_value(timex.value)
        span = covering_span(unit.doc, timex.start, timex.end)
        if value is None or len(value) != 10 or span is None:
            continue
        place = unit.doc[span.start - 1] if span.start > unit.start else None
        if place is not None and place.ent_type_ in ("GPE", "LOC") and \
                span.root.head.ent_type_ in ("GPE", "LOC"):
            return value
    return None


BOUNDS = frozenset({"since", "until", "till"})


def span_edge(unit: "Span", timex: Timex, root: "Token | None" = None) -> str | None:
    """Whether a time expression opens ("start": "since 2005") or closes ("end": "until May",
    "until at least the 2007 fiscal year", by the preposition it is the object of) a span."""
    before = text_of(unit.doc)[max(0, timex.start - 8):timex.start].split()
    word = before[-1].lower() if before and before[-1].lower() in BOUNDS else None
    if word is None and root is not None and root.dep_ == "pobj" and root.head.lower_ in BOUNDS:
        word = root.head.lower_
    return None if word is None else "start" if word == "since" else "end"
