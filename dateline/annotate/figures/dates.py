"""The date a figure is valid at (`as_of`), from the parse and the timexes around it.

Only the number's own line counts as its sentence (a missed sentence split at a line break
must not lend a header's date). In order: a day after "as of" / "by"; a day attached to the
number's clause or to the reporting clause above it ("police said Friday"); any other day of
the line that dates no other thing ("a city of 340,000, including a concert on Friday"); a
year or month of the number's clause, before or after it ("killed in January 2015"), unless
it is the publication's own; a subheading ("Harbour blast: 12 dead") takes the
date of the line it heads; for the toll of the current news event (killed, dead, wounded,
casualties) the day of the event: the first dated toll of the article, else the attack its
sentence tells (as the events component dated it), else, in narrative, the nearest date in the
three sentences before, else the article's first dated attack of the week (a reported toll
with no date of its own counts the news event); for other counts in narrative a day of the
sentence just before, unless the count is told in the present ("80 diggers are working") and
that day is not a statement's; else the publication date. The start or end of a period ("since
Monday", "between May and July") is never the date: a count over a period ("so far", "in the
past seven years") is valid at the report date. A time that dates another number of the
sentence, the baseline a figure is compared with ("3,000, up from 2,000 in 2015"), is not the
figure's, and one in the figure's own phrase ("3,000 units in 2014") comes first; a coordinated
clause that tells its own present ("founded in 2010 and now has 5,000 members") takes no time
of the clause it is joined to.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Sequence

from ...model import Event, Timex
from ..lexicon.reporting import COUNTING_VERBS
from ..syntax import covering_span
from ..events.timing import event_value
from ..timex.calendar import gives_its_day, in_news_week
from . import lexicon as lex
from .timex_scope import (_in_defining_clause, _in_own_phrase, _in_relative_clause,
                          _of_another_noun, _of_another_number, closed_period_end)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

TOLL_CATEGORIES = frozenset({"killed", "dead", "wounded", "casualties", "missing"})
_LOOK_BACK = 3  # sentences searched for the day of the event a toll belongs to
_EDGE_CHARS = 45  # characters before a timex searched for "since", "between ... and"


@dataclass
class Calendar:
    """Timexes and publication date, and the day of the news event once a toll is dated."""

    doc: "Doc"
    text: str
    timexes: list[Timex]
    published: str | None
    event_day: str | None = None
    attack_days: list[tuple[int, str]] = field(default_factory=list)  # (trigger offset, day)


def _line_bounds(text: str, start: int, end: int, at: int) -> tuple[int, int]:
    lo = max(start, text.rfind("\n", 0, at) + 1)
    hi = text.find("\n", at, end)
    return lo, (end if hi < 0 else hi)


def _dates(cal: Calendar, lo: int, hi: int) -> tuple[list[Timex], list[Timex]]:
    """(days, years-or-months) of the timexes in [lo, hi) that are not a period's edge."""
    inside = [_weekless(t) for t in cal.timexes if lo <= t.start < hi and t.value
              and not _edge(cal, t)]
    coarse = [t for t in inside if lex.YEAR_OR_MONTH.match(t.value or "")
              and not (cal.published or "").startswith(t.value or "")]
    return [t for t in inside if lex.DAY.match(t.value or "")], coarse


def _weekless(timex: Timex) -> Timex:
    """A week as TIMEX3 values without weeks give it (GUIDELINES): its month when it lies in
    one, else its year ("last week" in an article of 2 May 2019: 2019)."""
    if "-W" not in (timex.value or ""):
        return timex
    return dataclasses.replace(timex, value=event_value(timex.value))


def _edge(cal: Calendar, timex: Timex) -> bool:
    """"since Monday", "between May and July": the start or end of a period. A time of day
    after or before which something happened still gives its day ("shortly after 10 p.m.
    Sunday")."""
    edge = lex.PERIOD_EDGE.search(cal.text, max(0, timex.start - _EDGE_CHARS), timex.start)
    if edge is None:  # "April through July", "May to July": no edge word before either end
        return any((t.start >= timex.end and lex.PERIOD_LINK.match(cal.text[timex.end:t.start]))
                   or (t.end <= timex.start and lex.PERIOD_LINK.match(
                       cal.text[t.end:timex.start])) for t in cal.timexes)
    return not gives_its_day(edge.group(0).split()[0], timex.value)


def _timex_verb(doc: "Doc", timex: Timex) -> "Token | None":
    """The verb a timex modifies (a mis-tagged root stands for the verb)."""
    span = covering_span(doc, timex.start, timex.end)
    if span is None:
        return None
    return next((a for a in span.root.ancestors if a.pos_ in ("VERB", "AUX")
                 or a.dep_ == "ROOT"), None)


def _attached(doc: "Doc", timex: Timex, ancestors: set[int]) -> bool:
    """Whether the timex modifies a verb of the number's clause or a clause above it."""
    # Whether the timex modifies a verb of the number's clause or of a clause above it (not a
    # modifier of the counted people: "21 girls abducted in 2014").
    verb = _timex_verb(doc, timex)
    return verb is not None and verb.i in ancestors


def _attached_elsewhere(doc: "Doc", timex: Timex, ancestors: set[int]) -> bool:
    """Whether the timex dates another clause, not one above the number: "made his debut in
    2015 - he has won 38 races" (the races are counted now)."""
    verb = _timex_verb(doc, timex)
    return verb is not None and verb.pos_ in ("VERB", "AUX") and verb.i not in ancestors


def as_of(cal: Calendar, sents: list["Span"], k: int, head: "Token", category: str | None,
          reporting: bool) -> str | None:
    """The as-of date of the number headed by `head` in sentence `k` (see module doc)."""
    # The as-of date of the number headed by `head` in sentence `k` (see module doc); `reporting`
    # says whether the sentence has a reporting verb of its own.
    sent = sents[k]
    lo, hi = _line_bounds(cal.text, sent.start_char, sent.end_char, head.idx)
    days, coarse = _dates(cal, lo, hi)
    days = [t for t in days if not _of_another_number(cal.doc, t, head) and
            not _in_relative_clause(cal.doc, t, head)]
    coarse = [t for t in coarse if not _of_another_number(cal.doc, t, head) and
              not _in_relative_clause(cal.doc, t, head)]
    ancestors = _clause_ancestors(head, [t for t in cal.timexes if lo <= t.start < hi])
    if not {a.i for a in head.ancestors} <= ancestors:  # a clause of its own present
        days = [t for t in days if not _attached_elsewhere(cal.doc, t, ancestors)]
        coarse = [t for t in coarse if not _attached_elsewhere(cal.doc, t, ancestors)]
    toll = category in TOLL_CATEGORIES
    defining = [t for t in days + coarse if _in_defining_clause(cal.doc, t, head)]
    if defining:  # "21 of the 200 girls who were kidnapped in April 2014": the 200, then
        return defining[0].value[:10]  # type: ignore[index]
    ended = closed_period_end(cal.text, [t for t in cal.timexes if lo <= t.start < hi and
                                         _attached(cal.doc, t, ancestors)], cal.published)
    if ended:  # "injured in 112 accidents between March 2015 and March 2016": its end, not
        return ended  # the day of a clause above ("Wednesday's crash was the first, but ...")
    if days:
        anchored = [t for t in days if cal.text[max(0, t.start - 9):t.start].lower()
                    .rstrip().endswith(("as of", "by", "as at"))]
        own = [t for t in days if _in_own_phrase(cal.doc, t, head)]
        attached = [t for t in days if _attached(cal.doc, t, ancestors)]
        loose = [t for t in days if not _of_another_noun(cal.doc, t, ancestors)]
        if not (anchored or own or attached or loose):
            days = []  # "a city of 340,000, including a concert on Friday": the concert's day
    if days:
        day = (anchored or own or attached or loose)[0].value[:10]  # type: ignore[index]
        if toll and cal.event_day is None and in_news_week(day, cal.published):
            cal.event_day = day
        return day
    clause = [t for t in coarse if _attached(cal.doc, t, ancestors) or (
        t.end <= head.idx and not _attached_elsewhere(cal.doc, t, ancestors))]
    own = [t for t in clause if _in_own_phrase(cal.doc, t, head)]
    if clause:  # "in 2014, 13,000 people died", "killed in January 2015"
        return (own or clause)[0].value  # "compared with 3,000 units in 2014": its own
    # the whole line: a sentence split inside a subheading ("Harbour blast: | 12 dead") cuts it
    line_lo, line_hi = _line_bounds(cal.text, 0, len(cal.text), head.idx)
    if _is_heading(cal.text, line_lo, line_hi):
        heading = _next_line_date(cal, line_hi)
        if heading:
            return heading
    if toll and not _over_a_period(cal, sent, ancestors):  # a reported toll: the report day
        recent = None if reporting else _recent_day(cal, sents, k)
        return cal.event_day or _attack_day(cal, sent) or recent or _attack_day(cal) \
            or cal.published
    prev = sents[k - 1] if k else None
    if prev is not None and "\n" not in cal.text[prev.end_char:sent.start_char] \
            and not reporting and not _over_a_period(cal, sent, ancestors):
        prev_days = _dates(cal, prev.start_char, prev.end_char)[0]
        # a count told in the present holds when it is told: the day of a statement before it
        # ("police announced Thursday. Neu faces 269 counts"), not of an act ("the well
        # collapsed on Sunday. 80 diggers are working")
        if prev_days and (not _told_now(head) or _stated_on(cal.doc, prev_days[0])):
            return prev_days[0].value[:10]  # type: ignore[index]
    return cal.published


_NOW_WORDS = frozenset({"now", "currently", "today", "presently"})


def _clause_ancestors(head: "Token", timexes: Sequence[Timex] = ()) -> set[int]:
    """The number and the words above it; a coordinated clause that tells its own present
    ("was founded on March 3, 2010 and now has 5,000 members") ends them: the founding's day
    is not the members'. "opens fire on June 12 and kills 49" shares its day. So does an
    apposition ("the town, home to 40,000 people, was hit on Monday": a description holds
    now) and a relative clause with a time of its own ("the ferry, which sank in 2019
    killing 300, was raised on Monday": 2019)."""
    out = {head.i}
    current = head
    while current.head.i != current.i:
        if current.dep_ == "conj" and any(c.dep_ == "advmod" and c.lower_ in _NOW_WORDS
                                          for c in current.children):
            break
        if current.dep_ == "appos" and current.i != head.i:
            break
        if current.dep_ in ("relcl", "acl") and current.pos_ in ("VERB", "AUX") and any(
                current.left_edge.idx <= t.start < current.right_edge.idx + 1
                for t in timexes):
            break
        current = current.head
        out.add(current.i)
    return out


def attack_days(events: Sequence[Event], published: "dt.date | None") -> list[tuple[int, str]]:
    """(trigger offset, day) of the attacks and battles the article dates in the week up to
    its publication, in text order: the one-off events a toll counts."""
    return sorted((event.trigger_start, event.date[:10]) for event in events
                  if event.type in ("ASSAULT", "FIGHT") and event.mode == "asserted"
                  and event.date and len(event.date) >= 10
                  and event.date_precision in ("timex", "context")
                  and in_news_week(event.date, published))


def _attack_day(cal: Calendar, sent: "Span | None" = None) -> str | None:
    """The day of the attack a toll counts when the text does not date the toll: the attack
    told in the toll's own sentence, or (no sentence given) the first dated attack of the
    article, the news event: "police said 84 people were killed" after "a truck ploughed into
    a crowd late Thursday"."""
    if sent is None:
        return cal.attack_days[0][1] if cal.attack_days else None
    return next((day for at, day in cal.attack_days if sent.start_char <= at < sent.end_char),
                None)


def _stated_on(doc: "Doc", timex: Timex) -> bool:
    """Whether the timex dates a statement ("police announced Thursday")."""
    verb = _timex_verb(doc, timex)
    return verb is not None and verb.lemma_.lower() in COUNTING_VERBS


def _told_now(head: "Token") -> bool:
    """Whether the number's clause is in the simple present, progressive or passive included
    ("80 diggers are working", "18 people are thought to be", "there are 77 victims"): the
    count holds when it is told, not on a day an earlier sentence names. The perfect ("have
    died") tells the event's count and is not this."""
    verb = next((a for a in head.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return False
    if verb.tag_ in ("VBP", "VBZ"):
        return True
    return verb.tag_ in ("VBG", "VBN") and any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBP", "VBZ") and c.lemma_.lower() == "be"
        for c in verb.children)


def _over_a_period(cal: Calendar, sent: "Span", ancestors: set[int]) -> bool:
    """"since Monday", "so far", "in total", "in the past seven years" (a length of time the
    count's clause runs over): a running count, valid at the report date."""
    low = sent.text.lower()
    inside = [t for t in cal.timexes if sent.start_char <= t.start < sent.end_char]
    since = any(t.lower_ == "since" and t.head.i in ancestors for t in sent)  # "since then"
    return any(_edge(cal, t) or (t.type == "DURATION" and _attached(cal.doc, t, ancestors))
               for t in inside) or "so far" in low or "in total" in low or "to date" in low \
        or since


def _recent_day(cal: Calendar, sents: list["Span"], k: int) -> str | None:
    """The latest date named in the few sentences before, up to the publication date."""
    for prev in reversed(sents[max(0, k - _LOOK_BACK):k]):
        days, coarse = _dates(cal, prev.start_char, prev.end_char)
        past = [t for t in days + coarse
                if not cal.published or (t.value or "")[:10] <= cal.published]
        if past:
            value = max(past, key=lambda t: t.start).value or ""
            return value[:10] if lex.DAY.match(value) else value
    return None


def _is_heading(text: str, lo: int, hi: int) -> bool:
    """A short line without a full stop: a subheading such as "Harbour blast: 12 dead"."""
    line = text[lo:hi].strip()
    return 0 < len(line.split()) <= 8 and line[-1:] not in ".!?\"”" and ":" in line


def _next_line_date(cal: Calendar, hi: int) -> str | None:
    end = cal.text.find("\n", hi + 1)
    days, coarse = _dates(cal, hi + 1, len(cal.text) if end < 0 else end)
    first = sorted(days + coarse, key=lambda t: t.start)
    if not first:
        return None
    value = first[0].value or ""
    return value[:10] if lex.DAY.match(value) else value
