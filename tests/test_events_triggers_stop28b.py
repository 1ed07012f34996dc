"""Trigger recall, second round (invented sentences): a copula that names what a happening
was ("it was the outcome of talks")."""

from __future__ import annotations

import datetime as dt

import pytest


@pytest.fixture(scope="module")
def events_of(nlp):
    """`events_of(text)`: {trigger: event} of an invented text published 2031-05-14."""
    from dateline.annotate.events import find_events

    def run(text: str) -> dict:
        return {e.trigger: e for e in find_events(nlp(text), published=dt.date(2031, 5, 14))}
    return run


@pytest.mark.parametrize("text,trigger,type_", [
    # what a happening came of took place
    ("The release of the hostages was the outcome of talks between Norland and the rebels.",
     "release", "RETREAT"),
    ("The truce was agreed on Monday. It was the product of lengthy negotiations.",
     "negotiations", "CONSULT"),
])
def test_copula_names_the_happening(types_of, text, trigger, type_):
    assert types_of(text).get(trigger) == type_


@pytest.mark.parametrize("text,trigger", [
    # a modal copula says nothing happened; a result phrase that is no predicate names a topic
    ("A release of the hostages would be the outcome of talks.", "release"),
    ("Prices rose as a result of the negotiations.", "negotiations"),
])
def test_copula_without_a_happening(types_of, text, trigger):
    assert trigger not in types_of(text)


def test_pronoun_copula_names_the_happening(events_of):
    """'It was not a prisoner swap': the pronoun stands for the freeing told; denied."""
    found = events_of("The rebels freed ten soldiers on Monday. "
                      "\u201cIt was not a prisoner swap,\u201d the minister said.")
    assert found["swap"].type == "RETREAT" and found["swap"].mode == "denied"


@pytest.mark.parametrize("text,trigger", [
    # a phrase of its own makes the copula a characterisation, not a telling
    ("This is a war on faith, the bishop said.", "war"),
    ("It was an attack on democracy, the senator said.", "attack"),
])
def test_pronoun_copula_characterises(types_of, text, trigger):
    assert trigger not in types_of(text)


def test_bare_happening_told_back_to_the_story_act(events_of):
    """'The incident occurred at ...': the story's violent act, told again with its place."""
    found = events_of("A teenager slapped a soldier in Lask on Monday. She was arrested on "
                      "Tuesday. The incident occurred at the entrance to her home.")
    assert found["incident"].type == "ASSAULT"


@pytest.mark.parametrize("text", [
    # a story with no violence gives a bare happening no type
    "A tram derailed in Lask on Monday. The incident occurred at a sharp bend.",
    # an indefinite or modified one is a new happening, no telling back
    "A teenager slapped a soldier in Lask on Monday. An incident occurred at the gate.",
    "A teenager slapped a soldier in Lask on Monday. A similar incident occurred at the gate.",
])
def test_bare_happening_without_a_story_act(types_of, text):
    assert "incident" not in types_of(text)


@pytest.mark.parametrize("text,trigger", [
    # the ceasing of a hostile act is a de-escalation: RETREAT, done by the act's doer
    ("The rebels stopped shelling the town on Monday.", "shelling"),
    ("Orbex agreed to stop opposing Luma in court.", "opposing"),
])
def test_ceasing_a_hostile_act_is_a_retreat(types_of, text, trigger):
    assert types_of(text).get(trigger) == "RETREAT"


def test_ceasing_a_friendly_act_keeps_its_type(types_of):
    """Stopping talks is no de-escalation: only hostile acts' ending is a retreat."""
    assert types_of("Norland stopped negotiating with Veltria in May.").get(
        "negotiating") != "RETREAT"


@pytest.mark.parametrize("text,trigger,type_", [
    # a party ending its own legal action backs down; a bench ruling against it rejects it
    ("Ann Lee voluntarily dismissed the lawsuit in May.", "dismissed", "RETREAT"),
    ("Prosecutors dropped the charges against the pilot.", "dropped", "RETREAT"),
    ("The judge dismissed the lawsuit in May.", "dismissed", "REJECT"),
    ("The minister dismissed the claims as lies.", "dismissed", "REJECT"),
])
def test_ending_ones_own_legal_action(types_of, text, trigger, type_):
    assert types_of(text).get(trigger) == type_


def test_dismissing_anothers_plea_is_a_rejection(types_of):
    """'dismissed an appeal from the president': another's action, rejected."""
    assert types_of("Rebels dismissed an appeal from the president to lay down their arms."
                    ).get("dismissed") == "REJECT"
