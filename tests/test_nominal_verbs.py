"""Present-tense verb tags on words the parse uses as nouns are corrected to plural nouns."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.annotate.events import find_events


def _token(doc, text):
    return next(t for t in doc if t.text == text)


@pytest.mark.parametrize("text, word", [
    ("The council imposed new sanctions on Veltria after it staged two long-range missile "
     "launches in July.", "launches"),
])
def test_a_counted_object_tagged_a_verb_is_a_noun(nlp, text, word):
    token = _token(nlp(text), word)
    assert (token.tag_, token.pos_, token.lemma_) == ("NNS", "NOUN", "launch")


def test_a_verb_with_its_own_subject_stays_a_verb(nlp):
    token = _token(nlp("Veltria launches two missiles every year."), "launches")
    assert token.pos_ == "VERB"


def test_the_counted_launches_are_an_event(nlp):
    events = find_events(nlp("The council imposed new sanctions on Veltria after it staged two "
                             "long-range missile launches in July."),
                         published=dt.date(2031, 8, 1))
    assert [e.type for e in events if e.trigger == "launches"] == ["MOBILIZE"]
