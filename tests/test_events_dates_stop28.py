"""Stop 28's event-date classes, each on invented text run through time expressions and events."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.annotate.events import find_events
from dateline.annotate.timex import find_timexes
from event_helpers import by_trigger

STAMP = dt.date(2031, 5, 16)  # a Friday, two months after the story below

STALE = ("Ferry operators in Dorn criticized the port authority.\n\n"
         "Police arrested the captain of a tanker on Tuesday after it ran aground.\n\n"
         "Harbour closed until further notice. — Dorn Port (@dornport) March 5, 2031\n")


@pytest.fixture(scope="module")
def annotate(nlp):
    def run(text: str, published: dt.date = STAMP):
        doc = nlp(text)
        timexes = find_timexes(doc, published)
        return {t.text: t.value for t in timexes}, find_events(doc, timexes=timexes,
                                                               published=published)
    return run


def test_stale_stamp_anchors_on_the_newest_post(annotate):
    """An embedded post weeks older than the stamp: the story's days count from the post."""
    values, events = annotate(STALE)
    assert values["Tuesday"] == "2031-03-04"
    assert by_trigger(events, "arrested").date == "2031-03-04"
    # an act with no time of its own is the story's news, told on the post's day
    assert by_trigger(events, "criticized").date == "2031-03-05"


def test_recent_post_leaves_the_stamp(annotate):
    """A post of the news week is the news: the stamp stands."""
    values, events = annotate(STALE.replace("March 5", "May 14"))
    assert values["Tuesday"] == "2031-05-13"
    assert by_trigger(events, "criticized").date == "2031-05-16"


def test_old_post_without_days_of_the_week_leaves_the_stamp(annotate):
    """An old post quoted in a story told without days of its week is background."""
    text = STALE.replace(" on Tuesday", " this month")
    values, events = annotate(text)
    assert by_trigger(events, "criticized").date == "2031-05-16"
