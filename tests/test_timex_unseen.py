"""Error classes found by running find_timexes over unseen news (sentences are our own)."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.annotate.timex import find_timexes

FRI = dt.date(2031, 3, 14)  # a Friday
TUE = dt.date(2031, 3, 4)  # a Tuesday


@pytest.fixture(scope="module")
def tag(nlp):
    def run(text: str, published: dt.date = FRI) -> dict[str, str | None]:
        return {t.text: t.value for t in find_timexes(nlp(text), published)}
    return run


@pytest.mark.parametrize("text, expr, value", [
    # modal + deadline, plans under a past verb, "be to", postponed until
    ("Up to 90 millimetres of rain could fall on the hills by Sunday morning.", "Sunday morning",
     "2031-03-16TMO"),
    ("Forecasters said the river may burst its banks on Tuesday.", "Tuesday", "2031-03-18"),
    ("The bishop suggested a day of silence on Wednesday.", "Wednesday", "2031-03-19"),
    ("The pair announced that they are to be married on 8 April.", "8 April", "2031-04-08"),
    ("The hearing was postponed until at least Thursday.", "Thursday", "2031-03-20"),
    # a present tense says nothing about which month: take the nearest
    ("The firm made the decision to restate its accounts on 28 December.", "28 December",
     "2030-12-28"),
    ("December's slump means the shop is still behind.", "December", "2030-12"),
    ("The inquiry has not met since a fire on March 2.", "March 2", "2031-03-02"),
    # a possessive day without a verb: the nearest one
    ("Sunday's cup final is a sell-out.", "Sunday", "2031-03-16"),
    ("Lopez was sent off in Sunday's cup final.", "Sunday", "2031-03-09"),
    ("After Wednesday's vote the minister resigned.", "Wednesday", "2031-03-12"),
    # a day on a noun under a present verb is that noun's: the nearest
    ("Friday's missile test follows the release of a statement Wednesday, in which the agency "
     "threatened Japan.", "Wednesday", "2031-03-12"),
    # what is requested happens after the request
    ("Norland has requested the council hold talks at 3 p.m. Monday.", "3 p.m. Monday",
     "2031-03-17T15:00"),
])
def test_resolution(tag, text, expr, value):
    assert tag(text)[expr] == value


@pytest.mark.parametrize("text, word", [
    ("I know the answer and so do they.", "now"),
    ("Heavy snow closed the pass.", "now"),
    ("The coach, Tom Friday, picked a young side.", "Friday"),
    ("She told The Sunday Telegraph she would stay.", "Sunday"),
    ("He spoke to Radio 9's Today programme.", "Today"),
    ("A Daily Gazette poll of voters was published.", "Daily"),
    ("They lost in the quarter-finals again.", "quarter"),
    ("As of 1700 GMT no ships had moved.", "1700"),
])
def test_names_and_fragments_are_not_times(tag, text, word):
    assert not any(word in expr for expr in tag(text))


def test_clock_takes_the_day_written_after_it(tag):
    found = tag("At 08:26 am on 17 Jun 2031, a reader wrote in.")
    assert found["08:26 am"] == "2031-06-17T08:26"


def test_today_at_sentence_start_stays_a_date(tag):
    assert tag("Today, prices are lower.", TUE)["Today"] == "2031-03-04"
