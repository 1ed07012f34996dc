"""Type votes and span classes of issue 9 (entity and place precision), each on an invented
text."""

from __future__ import annotations

import pytest

from dateline.annotate.entities import extract, find_entities
from dateline.annotate.entities.grouping import Draft
from dateline.annotate.places import build_context


@pytest.fixture(scope="module")
def ents(nlp):
    return lambda text: find_entities(nlp(text))


def _draft(doc, word, nth, type_):
    tok = [t for t in doc if t.text == word][nth]
    return Draft(tok.idx, tok.idx + len(tok.text), tok.i, tok.i + 1, tok.text, type_)


def test_a_tie_goes_to_the_first_mention_for_every_mention(nlp, monkeypatch):
    doc = nlp("Brandt reported the loss on Monday. Later Brandt links to older files.")
    drafts = [_draft(doc, "Brandt", 0, "PERSON"), _draft(doc, "Brandt", 1, "ORG")]
    monkeypatch.setattr(extract, "_evidence", lambda *args: None)  # spaCy's labels only
    extract._vote_types(doc, doc.text, drafts, build_context(()))
    assert [d.type for d in drafts] == ["PERSON", "PERSON"]


def test_a_name_after_the_indefinite_article_is_a_kind_of_thing(ents):
    found = ents("They bought an Audi last year and a Toyota this year.")
    assert not {"Audi", "Toyota"} & {m.text for m in found}
    kept = ents("A Reuters reporter saw a Trump administration official in Paris.")
    assert {"Reuters", "Trump", "Paris"} <= {m.text for m in kept}


def test_a_name_that_opens_an_event_name_is_no_mention(nlp):
    from dateline.annotate.entities.phrases import opens_event_name
    from dateline.annotate.entities.rules import EVENT_HEADS

    doc = nlp("The Peruvian Formula One Grand Prix was halted after rain in Lima.")
    assert opens_event_name(doc, 1, 3, EVENT_HEADS)  # "Peruvian Formula" + "One Grand Prix"
    assert opens_event_name(doc, 1, 6, EVENT_HEADS)  # the whole name tagged ORG
    assert not opens_event_name(doc, 11, 12, EVENT_HEADS)  # "Lima"


def test_a_state_written_with_state_sits_at_the_hand_tables_point(nlp):
    from dateline.annotate.places import find_places
    from dateline.eval.unseen import km

    doc = nlp("Firefighters were called to a mill in the New York state town of Elmira.")
    places = {p.text: p for p in find_places(doc, find_entities(doc))}
    state = places["New York"]
    assert state.precision == "region" and km(state.lat, state.lon, 42.9, -75.5) < 30
