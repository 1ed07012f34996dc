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
    assert opens_event_name(doc, 3, EVENT_HEADS)  # "Peruvian Formula" + "One Grand Prix"
    assert not opens_event_name(doc, 12, EVENT_HEADS)  # "Lima"


def test_a_state_written_with_state_sits_at_the_hand_tables_point(nlp):
    from dateline.annotate.places import find_places
    from dateline.eval.unseen import km

    doc = nlp("Firefighters were called to a mill in the New York state town of Elmira.")
    places = {p.text: p for p in find_places(doc, find_entities(doc))}
    state = places["New York"]
    assert state.precision == "region" and km(state.lat, state.lon, 42.9, -75.5) < 30


def _span_draft(doc, text, type_):
    start = doc.text.index(text)
    span = doc.char_span(start, start + len(text))
    return Draft(start, start + len(text), span.start, span.end, text, type_)


@pytest.mark.parametrize("text, name, expected", [
    ("The car came out and Norway's Lars Voldstad then brought it back out on lap 9 when he "
     "spun into the wall.", "Lars Voldstad", "PERSON"),
    ("The claim was not verified, NPR's Adwoa Mensah-Boateng reports from Accra. But if true, "
     "she says, it would be a relief.", "Adwoa Mensah-Boateng", "PERSON"),
    ("Korea's Hanil Steel said it would appeal the fine.", "Hanil Steel", "ORG"),
])
def test_a_name_the_text_calls_he_or_she_is_a_person(nlp, text, name, expected):
    doc = nlp(text)
    drafts = [_span_draft(doc, name, "ORG")]
    extract._vote_types(doc, doc.text, drafts, build_context(()))
    assert drafts[0].type == expected


def test_a_common_word_capitalised_only_by_a_headline_line_is_no_name(ents):
    found = ents("Singer Checks Into Malibu Rehab After Arrest\nThe singer Jo Mara entered a "
                 "clinic in Malibu on Monday, her agent said.")
    assert "Arrest" not in {m.text for m in found}
    assert {"Jo Mara", "Malibu"} <= {m.text for m in found}


def test_an_epithet_filling_a_quotation_after_the_is_no_name(ents):
    found = ents('Fans called him the "Chilean Elvis Presley" after the concert in Lima.')
    assert {m.text for m in found} == {"Lima"}
    kept = ents('The group calls itself the "Army of the Free Hills". The Army of the Free '
                'Hills later denied it.')
    assert "Army of the Free Hills" in {m.text for m in kept}
