"""Events too unsure to report, and who a claim belongs to (invented text)."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.annotate.events import find_events
from dateline.model import Quote

PUBLISHED = dt.date(2031, 5, 14)


def triggers(events):
    return [e.trigger for e in events]


def test_a_list_label_is_no_event(events_of):
    events = events_of("Harbour blast: 12 killed\nTwo gunmen attacked the port on Monday.")
    assert "killed" not in triggers(events) and "attacked" in triggers(events)


def test_a_heading_without_a_verb_is_no_event(events_of):
    assert "TALKS" not in triggers(events_of("ORBEX TALKS WITH LUMA\nThe firms met on Monday."))


def test_a_caption_that_tells_what_happened_stays(events_of):
    events = events_of("Rescuers carry a child as police arrest a looter in Dorn on Monday")
    assert "arrest" in triggers(events)


@pytest.mark.parametrize("text,trigger", [
    ("The verdict can be appealed.", "appealed"),
    ("Some of the charges could be dropped, her lawyer said.", "dropped"),
    ("Peace is far off before any talks can take place.", "talks"),
])
def test_a_possibility_nobody_acts_on_is_not_reported(events_of, text, trigger):
    assert trigger not in triggers(events_of(text))


def test_a_possible_act_with_a_doer_stays(events_of):
    events = events_of("Peru could invade Dorn next month.")
    assert [e.mode for e in events if e.trigger == "invade"] == ["hypothetical"]


def test_a_trailing_reporter_without_a_subject_is_the_noun_before_it(nlp):
    from spacy.tokens import Doc

    from dateline.annotate.events.modes import modality

    # the parse of a long sentence that lost the reporter: "reported" hangs on the trigger's
    # clause with no subject, "newspaper" on an earlier noun
    words = ["The", "court", "fined", "him", ",", "Sentinel", "newspaper", "reported", "."]
    heads = [1, 2, 2, 2, 2, 6, 3, 2, 2]
    deps = ["det", "nsubj", "ROOT", "dobj", "punct", "compound", "appos", "ccomp", "punct"]
    pos = ["DET", "NOUN", "VERB", "PRON", "PUNCT", "PROPN", "NOUN", "VERB", "PUNCT"]
    lemmas = ["the", "court", "fine", "he", ",", "Sentinel", "newspaper", "report", "."]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)
    mood = modality(doc[2])
    assert mood.mode == "claimed" and mood.attributor is not None and \
        mood.attributor.text == "newspaper"


def test_a_trailing_reporter_is_no_antecedent_of_it(events_of):
    events = events_of("The court convicted Ana Lim on Monday. It also ordered her to pay a "
                       "fine, the Sentinel newspaper reported.")
    event = next(e for e in events if e.trigger == "ordered")
    assert event.actors == ("The court",)


def test_an_offer_told_according_to_a_third_party_is_its_claim(events_of):
    events = events_of("According to rescuers, the ferry operator offered passengers a "
                       "refund.")
    event = next(e for e in events if e.trigger == "offered")
    assert event.mode == "claimed" and event.attribution == "rescuers"


def test_an_offer_its_speaker_reports_is_asserted(events_of):
    events = events_of("The minister said Peru stood ready to send doctors.")
    assert next(e for e in events if e.trigger == "ready").mode == "asserted"


def test_a_quoted_title_inside_a_narrated_clause_is_not_a_claim(events_of):
    text = 'Orbex made a "best and final offer" to Luma on Monday.'
    start = text.index("best")
    quotes = [Quote(start, start + 20, text[start:start + 20], "Orbex")]
    event = next(e for e in events_of(text, quotes=quotes) if e.trigger == "offer")
    assert event.mode == "asserted"


def test_a_retold_nominal_act_is_folded(events_of):
    events = events_of("The army overthrew President Oren Kay in 2029. After Kay's overthrow, "
                       "the economy shrank.")
    assert triggers(events).count("overthrew") == 1 and "overthrow" not in triggers(events)


def test_a_nominal_act_by_another_party_is_new(events_of):
    events = events_of("The bloc imposed sanctions on Peru in March. Canada and Chile "
                       "announced sanctions of their own on Friday.")
    assert triggers(events).count("sanctions") == 2


def test_a_phrase_hung_on_a_light_verb_belongs_to_its_noun(events_of):
    events = events_of("Police opened an investigation into the attack.")
    assert triggers(events) == ["investigation"]


def test_an_act_with_no_party_and_no_time_is_not_reported(events_of):
    from dateline.annotate.events import reportable

    events = events_of("Firing a projectile over Dorn was a provocative move.")
    assert "Firing" in triggers(events) and "Firing" not in triggers(reportable(events))


def test_an_act_with_a_party_or_its_own_time_is_reported(nlp):
    from dateline.annotate.events import reportable
    from dateline.annotate.timex import find_timexes

    doc = nlp("The 2029 uprising changed Dorn. Peru condemned it.")
    events = find_events(doc, published=PUBLISHED, timexes=find_timexes(doc, PUBLISHED))
    assert {"uprising", "condemned"} <= set(triggers(reportable(events)))


def test_a_violent_act_placed_by_the_text_is_reported_without_a_party():
    from dateline.annotate import annotate_text

    events = annotate_text("The suicide attack happened in the northern city of Mazar-e-Sharif. "
                           "The plan was discussed in Kabul.", PUBLISHED).events
    assert [e.trigger for e in events] == ["attack"]
