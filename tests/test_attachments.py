"""Attachments the parser gets wrong, put right (`dateline_attachments`): a past-tense verb the
parse coordinated with a bare verb inside a report is coordinated with the reporting verb (its
doer and mode are the reporter's); a participle hung on a noun right after the noun's relative
clause continues that clause (its time is the clause's)."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.annotate import annotate_text
from dateline.annotate.events import find_events

REPORTS = [
    ("In a statement, the Dorn council said it was of vital importance that Veltria take "
     "concrete actions to reduce tensions and called on all states to enforce sanctions.",
     "called", "said"),
    ("President Ana Lim has said Veltria's participation will ensure the safety of the games "
     "and proposed last month that Dorn and Norland postpone their military drills.",
     "proposed", "said"),
]


def _token(doc, text):
    return next(t for t in doc if t.text == text)


@pytest.mark.parametrize("text, word, frame", REPORTS)
def test_the_conjunct_hangs_on_the_reporting_verb(nlp, text, word, frame):
    token = _token(nlp(text), word)
    assert (token.dep_, token.head.text) == ("conj", frame)


@pytest.mark.parametrize("text, word, actor", [
    (REPORTS[0][0], "called", "the Dorn council"),
    (REPORTS[1][0], "proposed", "Ana Lim"),
])
def test_its_doer_is_the_reporter_and_it_is_told_as_done(nlp, text, word, actor):
    event = next(e for e in find_events(nlp(text), published=dt.date(2031, 1, 2))
                 if e.trigger == word)
    assert actor in event.actors and event.mode == "asserted"


def test_a_conjunct_that_shares_the_bare_verb_stays(nlp):
    # "will ensure ... and protect": both under "will"
    doc = nlp("Lim said the treaty will ensure calm and protect the border.")
    assert _token(doc, "protect").head.text == "ensure"


def test_a_participle_after_a_relative_clause_continues_it(nlp):
    text = ("A military court in Dorn on Monday indicted a teenage girl who was filmed last "
            "month in the Dorn valley slapping Veltrian soldiers who refused to respond.")
    doc = nlp(text)
    token = _token(doc, "slapping")
    assert (token.dep_, token.head.text) == ("advcl", "filmed")
    event = next(e for e in annotate_text(text, dt.date(2031, 1, 8)).events
                 if e.trigger == "slapping")
    assert event.date == "2030-12"


def test_a_participle_on_a_thing_or_set_off_by_a_comma_stays_on_its_noun(nlp):
    assert _token(nlp("Police stopped a man who lives in Dorn, carrying a rifle."),
                  "carrying").head.text != "lives"
    assert _token(nlp("Rebels attacked a convoy carrying food to Dorn."),
                  "carrying").head.text == "convoy"


def test_the_cut_off_piece_of_a_hyphenated_title_is_no_subject(nlp):
    doc = nlp('"We believe the bill is detailed enough," said co-ordinator Ana Lim.')
    co = _token(doc, "co")
    assert co.dep_ == "compound" and co.head.text == "Lim"
