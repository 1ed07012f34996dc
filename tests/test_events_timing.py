"""Event dates from the trigger's own clause, coarse times, and the news happening (invented
sentences, dated by the timex component)."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.annotate.events import find_events
from dateline.annotate.events.timing import event_value
from dateline.annotate.timex import find_timexes

PUBLISHED = dt.date(2031, 5, 14)  # a Wednesday


@pytest.fixture(scope="module")
def event_of(nlp):
    def run(text: str, trigger: str):
        doc = nlp(text)
        events = find_events(doc, published=PUBLISHED, timexes=find_timexes(doc, PUBLISHED))
        found = [e for e in events if e.trigger == trigger]
        assert found, f"no event on {trigger!r} in {[(e.type, e.trigger) for e in events]}"
        return found[0]
    return run


def test_historical_event_keeps_its_own_year(event_of):
    event = event_of("The 1914 assassination of the archduke is still debated.", "assassination")
    assert event.date == "1914"


def test_time_of_the_report_does_not_date_the_event(event_of):
    event = event_of("Officials said on Friday that rebels shelled the port in March.", "shelled")
    assert event.date == "2031-03"


def test_time_of_another_clause_does_not_date_the_event(event_of):
    event = event_of("The ministry disputes a report released on Monday.", "disputes")
    assert (event.date, event.date_precision) == ("2031-05-14", "published")


def test_past_perfect_is_not_the_publication_day(event_of):
    event = event_of("The rebels had seized the airport before the talks began.", "seized")
    assert event.date is None


def test_a_violent_event_without_a_date_joins_the_news_happening(event_of):
    text = "A bomb exploded at a market on Sunday. Police shot the bomber."
    assert event_of(text, "exploded").date == "2031-05-11"
    assert event_of(text, "shot").date == "2031-05-11"


@pytest.mark.parametrize("value,expected", [
    ("2031-W19", "2031-05"),  # 5-11 May
    ("2031-W18", "2031"),  # 28 April - 4 May: two months, so the year
    ("2031-05-14T10:00", "2031-05-14"),
    ("197", "197"),
    ("P3D", None),
])
def test_event_values_have_no_weeks(value, expected):
    assert event_value(value) == expected


def test_event_nouns_time_dates_the_clause_describing_it(event_of):
    event = event_of("He was an icon of the 2011 uprising that toppled the president.",
                     "toppled")
    assert event.date == "2011"


def test_a_span_opened_on_a_noun_dates_no_act(event_of):
    event = event_of("Orbex criticized Luma for returns of minus 7 percent since 2015.",
                     "criticized")
    assert event.date != "2015"


def test_a_detention_since_a_month_dates_from_it(event_of):
    event = event_of("The family said the lawmaker has been jailed without charge since March.",
                     "jailed")
    assert event.date == "2031-03"


def test_a_paragraph_narrated_in_the_present_keeps_its_time(event_of):
    text = ("A gunman opens fire on a crowd in Dorn in March 2029. He is shot dead by "
            "police.")
    assert event_of(text, "shot").date == "2029-03"


def test_present_tense_news_is_not_historical(event_of):
    text = "Ana Lim sued Orbex in March 2029. The company disputes the report."
    assert event_of(text, "disputes").date == PUBLISHED.isoformat()


def test_a_photo_caption_is_dated_by_the_day_it_ends_on(event_of):
    text = ("A sign on the Acme campus is seen, as chip maker Dornco Ltd announced an "
            "unsolicited bid to buy peer Acme Inc for $103 billion, in San Diego, California, "
            "U.S. November 6, 2030.")
    assert event_of(text, "bid").date == "2030-11-06"
