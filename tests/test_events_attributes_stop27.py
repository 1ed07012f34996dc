"""Stop 27 attribute classes of matched events: actor, target, place and date read from the
parse (invented sentences)."""

from __future__ import annotations

from dateline.annotate.events import find_events
from dateline.model import EntityMention
from event_helpers import by_trigger, placed



def test_described_state_takes_back_the_state_named_before(events_of):
    text = ("Veltria tested a rocket on Monday. Dorn and Ossia demanded that the isolated "
            "country halt its programme.")
    events = events_of(text, places=placed(text, ("Veltria", "country"), ("Dorn", "country"),
                                           ("Ossia", "country")))
    assert "Veltria" in by_trigger(events, "demanded").targets


def test_described_state_is_never_the_subject_own_state(events_of):
    text = ("Dorn and Veltria traded insults. Veltria said on Friday it would destroy the "
            "small country.")
    events = events_of(text, places=placed(text, ("Dorn", "country"), ("Veltria", "country")))
    threat = [e for e in events if e.trigger in ("destroy", "said")]
    assert all("Veltria" not in e.targets for e in threat)


def test_described_state_owned_by_the_subject_state(events_of):
    text = "Peruvian president Ana Lim offered Chile access to the country's mines."
    targets = by_trigger(events_of(text, places=placed(text, ("Chile", "country"))),
                         "offered").targets
    assert targets[0] == "Chile" and "Peru" in targets  # the mines are Peru's


def test_pronoun_takes_back_the_main_clause_subject_across_sentences(events_of):
    text = ("Acme reported a drop in income last week, as Dorn Inc refused to pay its fees. "
            "It is also struggling to complete its own takeover bid for Lim Corp.")
    assert by_trigger(events_of(text), "bid").actors == ("Acme",)


def test_pronoun_in_its_own_sentence_takes_the_nearest_subject(events_of):
    text = ("Acme reported a drop in income. Analysts said that as Dorn Inc refused to pay, "
            "it made its own takeover bid for Lim Corp.")
    assert by_trigger(events_of(text), "bid").actors == ("Dorn Inc",)


def test_a_meeting_of_one_state_bodies_is_held_at_home(events_of):
    text = ("Peru tested its alert system on Monday. The Peruvian president convened a "
            "security council meeting.")
    event = by_trigger(events_of(text, places=placed(text, ("Peru", "country"))), "convened")
    assert event.place == "Peru"


def test_talks_a_state_offers_may_be_held_abroad(events_of):
    text = "Chile rejected the plan on Monday. Peru offered to hold talks on May 2."
    events = events_of(text, places=placed(text, ("Chile", "country"), ("Peru", "country")))
    assert by_trigger(events, "talks").place is None


def test_a_bracketed_gloss_names_what_the_pronoun_stands_for(events_of):
    text = ('"Ana Lim threw stones at them (the guards) and insulted them," the ministry '
            'said on Monday.')
    events = events_of(text)
    assert by_trigger(events, "threw").targets == ("the guards",)
    assert by_trigger(events, "insulted").targets == ("the guards",)


def test_the_company_is_not_the_outlet_a_spokesman_told(nlp):
    text = ("Ana Lim, a spokeswoman for the parent company Dorn Power, told the Ossia Herald "
            "the company appreciates her help.")
    entities = [EntityMention(text.index(name), text.index(name) + len(name), name, "ORG",
                              name, "E:" + name.lower().replace(" ", "-"))
                for name in ("Dorn Power", "Ossia Herald")]
    actors = by_trigger(find_events(nlp(text), entities=entities), "appreciates").actors
    assert "Dorn Power" in actors and "Ossia Herald" not in actors


def test_a_demand_for_someone_to_act_is_aimed_at_them(events_of):
    text = "Ana Lim called for Dorn to withdraw its troops on Monday."
    assert by_trigger(events_of(text), "called").targets == ("Dorn",)


def test_a_demand_that_people_act_is_aimed_at_them(events_of):
    text = "Shareholders demanded that the executives resign on Monday."
    assert by_trigger(events_of(text), "demanded").targets == ("the executives",)


def test_the_two_leaders_are_the_last_two_people_named(nlp):
    text = ("Ana Lim met Ben Ode in Dorn on Monday. Officials said the two leaders had agreed "
            "to meet again. Carl Ray urged the two leaders to hold more talks.")
    entities = [EntityMention(text.index(name), text.index(name) + len(name), name, "PERSON",
                              name, "E:" + name.lower().replace(" ", "-"))
                for name in ("Ana Lim", "Ben Ode", "Carl Ray")]
    events = find_events(nlp(text), entities=entities)
    assert {"Ana Lim", "Ben Ode"} <= set(by_trigger(events, "agreed").actors)
    assert {"Ana Lim", "Ben Ode"} <= set(by_trigger(events, "urged").targets)
