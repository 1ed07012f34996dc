"""Events on unseen shapes, second set: senses a story confirms, acts the test annotator's
clarifications name (policing, trade, enforcement, censorship), kept and denied acts,
warnings, support by things (invented text)."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.annotate import annotate_text
from event_helpers import by_trigger

PUBLISHED = dt.date(2031, 5, 14)  # the conftest `events_of` fixture's publication date


@pytest.mark.parametrize("text, trigger, type_", [
    ("Police dispersed the crowd in Dorn with tear gas on Tuesday.", "dispersed", "COERCE"),
    ("Security forces drove the gunmen out of the hotel in Dorn on Monday.", "drove", "FIGHT"),
    ("Veltrian troops repelled the attack on the base.", "repelled", "FIGHT"),
    ("The Norland army put down the uprising in 1956.", "put", "FIGHT"),
    ("The audit implicates three senior ministers of Dorn.", "implicates", "DISAPPROVE"),
    ("The Dorn government jammed the radio station for two days.", "jammed", "COERCE"),
])
def test_policing_repelling_implicating_and_jamming_are_acts(events_of, text, trigger, type_):
    assert by_trigger(events_of(text), trigger).type == type_


@pytest.mark.parametrize("text", [
    "The fog dispersed by noon over Dorn.",
    "He was implicated in the scandal in Dorn.",
    "All 27 engines of the Dorn rocket will be fired at once.",
])
def test_no_act_in_a_fog_a_standing_state_or_a_firing_at_once(events_of, text):
    assert not events_of(text)


@pytest.mark.parametrize("text, trigger", [
    ("The arsonists must face trial, the mayor of Dorn said.", "trial"),
    ("Veltria should withdraw its troops from Dorn.", "withdraw"),
])
def test_an_obligation_is_planned_not_possible(events_of, text, trigger):
    assert by_trigger(events_of(text), trigger).mode == "planned"


def test_an_announced_act_on_a_thing_is_planned_and_kept(events_of):
    event = by_trigger(events_of("The crash in Dorn will be investigated, the minister said."),
                        "investigated")
    assert event.type == "INVESTIGATE" and event.mode == "planned"
    assert not events_of("A person found guilty could be jailed for ten years in Dorn.")


def test_a_story_confirms_the_sense_of_a_bare_launch_or_test():
    text = ("Veltria launched a satellite on Sunday from its Dorn site, a month after its third "
            "nuclear test. On April 5, 2029, Veltria conducted a similar launch. In 2028 it had "
            "tested what it called a new engine.")
    events = annotate_text(text, PUBLISHED).events
    assert by_trigger(events, "launch").date == "2029-04-05"
    assert by_trigger(events, "tested").type == "MOBILIZE"


@pytest.mark.parametrize("text", [
    # no confirming use: a launch may be a product's
    "Veltria Corp conducted a similar launch on April 5, 2029.",
    # an object of another kind keeps the other sense
    "The rebels released four hostages in Dorn on Monday. They also released a video of the "
    "handover on Tuesday.",
    # a stated noun modifier keeps the other sense
    "Veltria launched a satellite on Sunday. The product launch in Dorn came a day later.",
    # what is launched, as the subject, is no state firing it
    "Veltria launched a missile on Sunday. The new rocket launches from Dorn in May.",
    # a death tells no cause by itself
    "Three people died in the attack on Dorn on Monday. Two more died in a crash on Tuesday.",
])
def test_a_confirmed_sense_needs_an_unstated_object_or_modifier(events_of, text):
    found = [(e.type, e.trigger) for e in events_of(text)]
    assert ("MOBILIZE", "launch") not in found and ("MOBILIZE", "launches") not in found
    assert ("RETREAT", "released") not in found[1:]
    assert found.count(("ASSAULT", "died")) <= 1


def test_a_thing_yet_to_be_done_as_a_passive_subject_is_planned(events_of):
    assert by_trigger(events_of("New talks between Dorn and Veltria are planned for May."),
                       "talks").mode == "planned"


@pytest.mark.parametrize("text, trigger, type_", [
    ("Norland supplied oil to Veltria in 2029.", "supplied", "COOPERATE"),  # goods, not aid
    ("Norland supplied weapons to Veltria in 2029.", "supplied", "AID"),
    ("Two Dorn firms kept trading with Veltria despite the ban.", "trading", "COOPERATE"),
    ("Norland enforced the sanctions against Veltria.", "enforced", "SANCTION"),
    ("Norland has complied with the sanctions against Veltria since March.", "complied",
     "SANCTION"),
    ("Chirp removed 300 posts by the Dorn group on Monday.", "removed", "COERCE"),
])
def test_trade_enforcement_and_censorship(events_of, text, trigger, type_):
    assert by_trigger(events_of(text), trigger).type == type_


def test_an_enforcer_is_the_actor_and_the_sanctioned_the_target(events_of):
    event = by_trigger(events_of("Norland enforced the sanctions against Veltria."),
                        "enforced")
    assert event.actors == ("Norland",) and event.targets == ("Veltria",)


def test_a_warning_of_trouble_forecasts_and_a_warning_of_consequences_threatens(events_of):
    assert not events_of("Critics in Dorn warned of unrest if the law passes.")
    event = by_trigger(events_of("Veltria warned of serious consequences if Dorn attacked."),
                        "warned")
    assert event.type == "THREATEN" and event.mode == "asserted"


@pytest.mark.parametrize("text, trigger, actors", [
    ("Police in Dorn stopped the gunman from attacking the crowd.", "attacking",
     ("the gunman",)),
    ("The resolutions prohibited Veltria from carrying out missile tests.", "tests",
     ("Veltria",)),
])
def test_an_act_kept_from_happening_is_denied_and_done_by_the_one_kept(events_of, text,
                                                                       trigger, actors):
    event = by_trigger(events_of(text), trigger)
    assert event.mode == "denied" and event.actors == actors


def test_what_follows_a_blast_took_place_too(events_of):
    found = events_of("The blast in Dorn was followed by gunfire on Thursday.")
    assert "gunfire" in [e.trigger for e in found]


@pytest.mark.parametrize("text, kept", [
    ("Acme is due in court on Thursday as it continues to fight for its survival.", False),
    ("Veltrian troops fought for control of the Dorn airport on Friday.", True),
])
def test_a_fight_for_a_goal_is_no_combat_unless_forces_fight(events_of, text, kept):
    assert any(e.type == "FIGHT" for e in events_of(text)) == kept


@pytest.mark.parametrize("text, kept", [
    ("The show in Dorn was a crafted production, supported by elaborate costumes.", False),
    ("The claim by Dorn is supported by evidence.", False),
    ("The Dorn bid was supported by shareholders on Monday.", True),
    ("The Dorn deal was approved by regulators on Monday.", True),
])
def test_support_by_a_thing_is_no_act_of_support(events_of, text, kept):
    assert any(e.type == "SUPPORT" for e in events_of(text)) == kept


def test_an_act_answered_by_a_plan_took_place(events_of):
    text = ("The government removed the right to a fair trial in order to bring in new laws in "
            "response to the Dorn attacks.")
    assert by_trigger(events_of(text), "attacks").mode == "asserted"


def test_police_firing_tear_gas_is_force_and_the_gas_no_target(events_of):
    event = by_trigger(events_of("The protest turned violent when police fired tear gas in "
                                  "Dorn."), "fired")
    assert event.type == "ASSAULT" and event.actors == ("police",) and event.targets == ()


def test_who_reports_or_hears_an_act_does_not_do_it(events_of):
    found = [e for e in events_of("Witnesses reported gunfire outside the consulate in Dorn "
                                  "on Friday.") if e.trigger == "gunfire"]
    assert found and found[0].actors == ()


def test_calling_a_meeting_convenes_it(events_of):
    event = by_trigger(events_of("Ann Lee called an emergency meeting of the Dorn council on "
                                  "Sunday."), "meeting")
    assert event.mode == "asserted" and event.actors == ("Ann Lee",)
    assert by_trigger(events_of("Dorn called for talks with Norland."), "called").type == \
        "DEMAND"


def test_a_time_phrase_is_no_object_of_the_act(events_of):
    found = [(e.type, e.trigger) for e in events_of(
        "The jihadists released the horrifying footage after one of the murderous militants "
        "drove a Humvee car bomb into the Helmand Province base earlier this month.")]
    assert ("RETREAT", "released") not in found


def test_a_counted_act_is_no_retelling_of_the_first(events_of):
    found = [(e.type, e.trigger) for e in events_of(
        "Veltria said on Wednesday it had conducted a test of an intermediate-range missile.\n"
        "Veltria has conducted dozens of ballistic missile tests under Kim in defiance of "
        "sanctions, but firing a projectile over Dorn was a rare move.")]
    assert ("MOBILIZE", "tests") in found


@pytest.mark.parametrize("text, assault", [
    ('"It would drive people with health conditions to falsify tests," she said.', False),
    ("High rents drive people to leave Dorn.", False),
    ("A man drove his car into people in Dorn to kill them.", True),
    ("A man rammed people with his car in Dorn.", True),
])
def test_driving_people_to_do_something_is_no_ramming(events_of, text, assault):
    types = {e.type for e in events_of(text) if e.trigger in ("drive", "drove", "rammed")}
    assert ("ASSAULT" in types) == assault


def test_a_verb_with_another_particle_is_no_phrasal_verb_of_its_preposition(events_of):
    # "called him in ... for the tyres" is a call-in, no "call for"; "called for calm" is
    events = events_of("The Dorn team called him in again for the wet tyres. Leaders in Dorn "
                       "called for calm.")
    assert [e.trigger for e in events if e.type == "DEMAND"] == ["called"]
    assert by_trigger(events, "called").actors == ("Leaders",)
