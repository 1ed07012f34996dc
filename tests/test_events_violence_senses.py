"""Senses of trigger words that are no violence, and those that stay violence: words that
attack, rivals beaten in a contest, harm told by a crash's participle, campaigning, hosting,
appealing, custody and capturing."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, trigger", [
    ("The opposition leader attacked the government's new pledges as \"vacuous\".", "attacked"),
    ("Senator Lowe attacked the Norland imperialists, saying they treated farmers badly.",
     "attacked"),
    ("Ms Ruiz is expected to attack the minister's words at the rally.", "attack"),
    ("Mr Dale attacks the mayor's 'lies' about the budget.", "attacks"),
])
def test_words_that_attack_are_disapproval_not_violence(events_of, text, trigger):
    found = [e for e in events_of(text) if e.trigger == trigger]
    assert found and {e.type for e in found} == {"DISAPPROVE"}


@pytest.mark.parametrize("text, trigger", [
    ("Norland has pledged money in an attempt to fight poverty.", "fight"),
    ("The minister will strike a similar debt relief pact with Veltria.", "strike"),
])
def test_an_opponent_that_is_no_party_makes_no_violence(events_of, text, trigger):
    assert not [e for e in events_of(text) if e.trigger == trigger and
                e.type in ("FIGHT", "ASSAULT")]


@pytest.mark.parametrize("text, trigger, kind", [
    ("Norlandic troops attacked the city of Dorn on Monday.", "attacked", "FIGHT"),
    ("The army is fighting the rebels in the north.", "fighting", "FIGHT"),
    ("A man attacked a woman with a knife in the park.", "attacked", "ASSAULT"),
])
def test_force_against_a_party_stays_violence(events_of, text, trigger, kind):
    assert [e.type for e in events_of(text) if e.trigger == trigger] == [kind]


def test_a_stray_hyphen_is_no_actor(events_of):
    event = next(e for e in events_of("The Tory co-chairman attacked the rebels.")
                 if e.trigger == "attacked")
    assert "-" not in event.actors


@pytest.mark.parametrize("text, trigger", [
    ("Lowe looked likely to beat Ann Ruiz to become the next president of Norland.", "beat"),
    ("Lowe defeated Ann Ruiz in the runoff on Sunday.", "defeated"),
])
def test_beating_a_rival_in_a_contest_is_no_violence(events_of, text, trigger):
    assert not [e for e in events_of(text) if e.trigger == trigger and
                e.type in ("FIGHT", "ASSAULT")]


def test_beating_people_stays_violence(events_of):
    events = events_of("Police beat the protesters with batons in Dorn.")
    assert [e.type for e in events if e.trigger == "beat"] == ["ASSAULT"]


def test_harm_told_by_a_participle_of_a_crash_is_no_violence(events_of):
    text = "The tram which crashed in Dorn killing seven people was removed from the scene."
    assert not [e for e in events_of(text) if e.type in ("ASSAULT", "FIGHT")]


def test_harm_told_by_a_participle_of_an_assault_stays_violence(events_of):
    assert [e for e in events_of("Gunmen stormed the hotel in Dorn, killing seven people.")
            if e.type == "ASSAULT"]


@pytest.mark.parametrize("text, kinds", [
    ("Obama had campaigned vigorously for Hillary Clinton in Ohio.", []),
    ("Ms Lind is campaigning for re-election in the Dorn district.", []),
    ("Activists have campaigned for the release of the prisoners in Dorn.", ["PROTEST"]),
])
def test_campaigning_for_a_candidate_is_no_protest(events_of, text, kinds):
    assert [e.type for e in events_of(text) if e.trigger.startswith("campaign")] == kinds


def test_reviewing_an_offer_is_no_investigation(types_of):
    assert "review" not in types_of("The board said it would review the latest offer.")


@pytest.mark.parametrize("text, trigger", [
    pytest.param("Singer Jamelia will host a Christmas Day concert.", "host",
                 id="hosting a show is no meeting"),
    pytest.param("She had not thought the film would appeal to the voters.", "appeal",
                 id="appealing to someone is attracting them"),
    pytest.param("Jane Campbell won custody of her children.", "custody",
                 id="custody of children is no detention"),
    pytest.param("Our office security camera captured the stunning meteor.", "captured",
                 id="capturing a sight is no seizure"),
])
def test_senses_of_hosting_appealing_and_custody_that_are_no_event(types_of, text, trigger):
    assert trigger not in types_of(text)


@pytest.mark.parametrize("text, trigger, type_", [
    ("China will host the summit next month.", "host", "CONSULT"),
    ("The governor appealed to residents to stay indoors.", "appealed", "DEMAND"),
    ("Police appealed for calm on Monday.", "appealed", "DEMAND"),
    ("Three men were taken into police custody on Monday.", "custody", "COERCE"),
    ("Rebels captured the town of Dorn on Monday.", "captured", "COERCE"),
    ("Troops captured two militants near the border.", "captured", "COERCE"),
])
def test_senses_of_hosting_appealing_and_custody_that_are_events(types_of, text, trigger,
                                                                 type_):
    assert types_of(text).get(trigger) == type_
