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


@pytest.mark.parametrize("text,trigger,type_", [
    # particle and object verbs of common acts
    ("The airline turned away two passengers at the gate on Monday.", "turned", "COERCE"),
    ("The minister said he had reached out to the rebels.", "reached", "CONSULT"),
    ("The bribery scandal brought down the government of Dorn.", "brought", "COERCE"),
    ("The banker was found guilty of fraud on Monday.", "found", "COERCE"),
    ("Norland continues to insist on the withdrawal of the troops.", "insist", "DEMAND"),
    ("Several carmakers have expressed concerns about the merger.", "expressed", "DISAPPROVE"),
    ("Veltria will hold an emergency cabinet session on Friday.", "session", "CONSULT"),
    # approving a measure imposes it; approving a deal supports it
    ("The council approved a new round of sanctions on Monday.", "approved", "SANCTION"),
    ("The regulator approved the merger on Monday.", "approved", "SUPPORT"),
])
def test_common_acts_take_their_type(types_of, text, trigger, type_):
    assert types_of(text).get(trigger) == type_


@pytest.mark.parametrize("text,trigger", [
    # a reduced participle the parse read as a main verb: a generic description
    ("A driver found guilty of speeding could be fined 100 pounds.", "found"),
    ("The new model turned heads at the show.", "turned"),
    ("Prices brought down the index.", "brought"),
])
def test_no_act_without_its_sense(types_of, text, trigger):
    assert trigger not in types_of(text)


@pytest.mark.parametrize("text", [
    "The heat wave severely affected demand for ice cream.",
    "Analysts said rising demand for steel would lift prices.",
])
def test_a_market_demand_is_no_party_demand(types_of, text):
    assert "DEMAND" not in types_of(text).values()


@pytest.mark.parametrize("text,trigger", [
    ("The talks began despite a Norland demand for Dorn to free the envoys.", "demand"),
    ("Strikers repeated their demand for a ceasefire on Monday.", "demand"),
])
def test_a_party_demand_stays(types_of, text, trigger):
    assert types_of(text).get(trigger) == "DEMAND"


@pytest.mark.parametrize("text", [
    "Tuesday's figures offer a glimpse of the recovery.",
    "Long-dated bonds continue to offer steady growth.",
])
def test_a_thing_that_offers_provides(types_of, text):
    assert "AGREE" not in types_of(text).values()


def test_a_party_that_offers_commits(types_of):
    assert types_of("The carmaker offered to pay 30 million dollars.").get("offered") == "AGREE"


@pytest.mark.parametrize("text,asked", [
    ("Police asked residents to stay indoors on Monday.", True),
    ("The passengers were asked to leave the plane.", True),
    ("Asked by reporters to comment on the speech, the minister smiled.", False),
    ("When asked about the merger, the chairman declined to comment.", False),
    ("The official asked not to be named.", False),
])
def test_asking_for_an_act_is_a_demand_a_question_is_not(types_of, text, asked):
    types = types_of(text)
    assert (types.get("asked") == "DEMAND" or types.get("Asked") == "DEMAND") is asked


@pytest.mark.parametrize("text,trigger,type_", [
    ("The minister said he was expecting a backlash against the decision.", "backlash",
     "DISAPPROVE"),
    ("The former governor, who is awaiting trial, left the country.", "trial", "COERCE"),
])
def test_an_awaited_act_is_planned(events_of, text, trigger, type_):
    event = next(e for e in events_of(text) if e.trigger == trigger)
    assert (event.type, event.mode) == (type_, "planned")


def test_a_demand_a_pronoun_owns_is_a_party_demand(types_of):
    text = "Young people blocked roads on Sunday to press their demands for greater freedom."
    assert types_of(text).get("demands") == "DEMAND"


def test_a_rescue_at_an_accident_is_no_aid(types_of):
    text = ("A tram derailed in Dorn on Wednesday. Survivors rescued from the wreckage said "
            "the tram sped up.")
    assert "AID" not in types_of(text).values()


def test_a_rescue_in_a_conflict_stays_aid(types_of):
    text = "Gunmen attacked the village. Soldiers rescued ten hostages on Monday."
    assert types_of(text).get("rescued") == "AID"


def test_a_measure_imposed_on_a_state_is_a_sanction(types_of):
    text = ("The resolution imposed a quota of 500 barrels of fuel on Belarus, as well as "
            "restrictions on oil deals.")
    assert types_of(text).get("imposed") == "SANCTION"


def test_a_measure_imposed_on_a_city_is_coercion(types_of):
    assert types_of("The governor imposed a curfew on the city.").get("imposed") == "COERCE"
