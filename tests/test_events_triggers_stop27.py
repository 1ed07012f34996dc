"""Trigger recall classes of stop 27 (invented sentences): a conjunct of a nominal act is a
sibling act, not its argument, and shares its parties; two places make two acts; a nominal act
that did something took place."""

from __future__ import annotations

import datetime as dt

import pytest


def test_a_conjunct_act_is_no_argument_of_the_first(events_of):
    events = events_of("Norland faces several federal inquiries and numerous lawsuits.")
    by_trigger = {e.trigger: e for e in events}
    assert by_trigger["lawsuits"].type == "DISAPPROVE"
    assert by_trigger["lawsuits"].targets == by_trigger["inquiries"].targets


def test_a_conjunct_inside_a_demand_still_folds(types_of):
    types = types_of("Veltria called for a ceasefire and talks.")
    assert "talks" not in types and types.get("called") == "DEMAND"


def test_two_places_are_two_acts():
    from dateline.annotate import annotate_text

    text = "There was a shooting in Oslo and a shooting in Lima this weekend, police said."
    events = annotate_text(text, dt.date(2031, 5, 14)).events
    assert sorted(e.place for e in events if e.trigger == "shooting") == ["Lima", "Oslo"]


@pytest.mark.parametrize("text,trigger", [
    ("The abductions, during exam time at a boarding school, increased pressure on Dorn.",
     "abductions"),
    ("The group split after a dispute over killings that targeted farmers.", "killings"),
])
def test_a_nominal_act_that_did_something_took_place(types_of, text, trigger):
    assert types_of(text).get(trigger) == "ASSAULT"


@pytest.mark.parametrize("text", [
    "Analysts said the invasion of Norland changed everything.",
    "Their kidnapping shocked the world.",
    "The sanctions would hurt the economy of Dorn.",
])
def test_a_topic_or_an_unreal_deed_tells_no_act(types_of, text):
    assert not types_of(text)
