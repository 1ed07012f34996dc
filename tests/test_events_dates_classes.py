"""Event dates by error class: the parse facts that say when an act happened (invented text)."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.annotate.events.dates import DatingContext, with_context_dates
from dateline.model import Event
from event_helpers import by_trigger

PUBLISHED = dt.date(2031, 5, 16)  # a Friday


@pytest.fixture(scope="module")
def events_of(timed_events_of):
    return timed_events_of  # conftest's: the text, its time expressions, a Friday's news


@pytest.mark.parametrize("text, times, trigger, expected", [
    pytest.param("Mara Olven was detained in March outside the ministry in Dorn. Her lawyer "
                 "said she was angry because her brother had been shot by guards. The "
                 "court will hear the case on Monday, the lawyer added.",
                 {"March": "2031-03", "on Monday": "2031-05-19"}, "shot", "2031-03",
                 id="a reported past perfect is told from the time the text has reached"),
    pytest.param("The ceasefire seemed to be holding on Tuesday, with the rebel leader "
                 "welcoming the council's offer of talks.", {"on Tuesday": "2031-05-13"},
                 "welcoming", "2031-05-13",
                 id="a time on the head clause's infinitive dates what hangs on that clause"),
    pytest.param("In February, herders found the missing envoy near a well. He was flown to "
                 "the capital, Tavor, where he met the president.", {"In February": "2031-02"},
                 "met", "2031-02",
                 id="a narrative step in the simple past stays in the time its paragraph moved to"),
    pytest.param("The port has been closed since February. The minister met the dockers' "
                 "union.", {"February": "2031-02"}, "met", "2031-05-16",
                 id="a bound on a state moves no narrative: the act is the news"),
    pytest.param("Mara Olven was filmed punching a guard in March. Mara Olven was filmed "
                 "punching the guard at the gate of her home.",
                 {"in March": "2031-03"}, "punching", "2031-03",
                 id="an act told again takes the time its first telling gave it"),
])
def test_the_date_of_an_act(events_of, text, times, trigger, expected):
    events = events_of(text, times)
    last = sum(e.trigger == trigger for e in events) - 1  # the last telling
    assert by_trigger(events, trigger, max(last, 0)).date == expected


def _event(doc, i, kind, date, precision):
    token = doc[i]
    return Event(start=0, end=len(doc.text), type=kind, trigger=token.text,
                 trigger_start=token.idx, trigger_end=token.idx + len(token.text),
                 date=date, date_precision=precision)


@pytest.mark.parametrize("text, verb, verb_type, noun, expected", [
    pytest.param("In 2024 the singer was presented with an award in Selka.", "presented",
                 "SUPPORT", "award", "2024", id="a noun of the verb's own act takes its time"),
    pytest.param("In 2024 the council condemned the attack on Selka.", "condemned", "DISAPPROVE",
                 "attack", None, id="a noun of another act than its verb does not"),
])
def test_a_noun_told_by_its_verb(nlp, text, verb, verb_type, noun, expected):
    doc = nlp(text)
    words = [t.text for t in doc]
    acts = {doc[words.index(verb)].i: _event(doc, words.index(verb), verb_type, "2024", "timex"),
            doc[words.index(noun)].i: _event(doc, words.index(noun), "SUPPORT"
                                             if verb_type == "SUPPORT" else "ASSAULT", None, None)}
    ctx = DatingContext(doc, doc.text, list(doc.sents), [0], [], [], [], acts, PUBLISHED)
    dated = with_context_dates(ctx, [(0, noun, acts[doc[words.index(noun)].i])])
    assert dated[0].date == (expected or PUBLISHED.isoformat())
