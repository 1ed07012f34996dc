"""Actors, targets and places from the trigger's own clause (invented sentences)."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.annotate.events import find_events
from event_helpers import by_trigger, placed

PUBLISHED = dt.date(2031, 5, 14)



def test_condemning_party_is_not_the_attacker(events_of):
    events = events_of("The ministry condemned the shelling of Dorn by rebel artillery.")
    assert by_trigger(events, "condemned").actors == ("The ministry",)
    shelling = [e for e in events if e.trigger == "shelling"]
    assert all("The ministry" not in e.actors for e in shelling)


def test_shelled_city_is_a_target(events_of):
    event = by_trigger(events_of("Dorn was shelled overnight."), "shelled")
    assert event.targets == ("Dorn",) and event.actors == ()


def test_possessive_nominal_actor_and_of_target(events_of):
    event = by_trigger(events_of("Russia's invasion of Ukraine began in February."), "invasion")
    assert event.actors == ("Russia",) and event.targets == ("Ukraine",)


def test_a_persons_possessive_undergoes_the_act(events_of):
    event = by_trigger(events_of("Critics condemned Mr. Lorne's arrest on Sunday."), "arrest")
    assert event.actors == () and event.targets


def test_relative_pronoun_subject_is_its_noun(events_of):
    event = by_trigger(events_of("The guard who tried to arrest the boy was suspended."), "arrest")
    assert event.actors == ("The guard",)


def test_gerund_after_an_object_takes_the_object(events_of):
    text = "The court indicted the girl for punching a guard two weeks ago."
    event = by_trigger(events_of(text), "punching")
    assert event.actors == ("the girl",)


def test_capital_stands_for_its_government(events_of):
    event = by_trigger(events_of("Seoul proposed talks with the North on Monday."), "proposed")
    assert event.actors == ("South Korea",)


def test_national_body_names_its_state(events_of):
    event = by_trigger(events_of("The Nigerian army attacked the rebels near the lake."),
                       "attacked")
    assert event.actors == ("The Nigerian army", "Nigeria")


def test_place_comes_from_a_locative_phrase_not_the_actor(events_of):
    text = "A bomb exploded at a market in Dorn. Canada condemned the attack in Dorn."
    events = events_of(text, placed(text, ("Canada", "country"), ("Dorn", "city")))
    assert by_trigger(events, "condemned").place is None
    assert by_trigger(events, "exploded").place == "Dorn"


def test_nationality_is_no_place(events_of):
    text = "Canada's attack on the rebels surprised everyone."
    events = events_of(text, placed(text, ("Canada", "country")))
    assert all(e.place is None for e in events)


def test_a_country_modifying_the_victims_is_their_nationality(events_of):
    text = "Gunmen killed 10 Canada citizens on Monday."
    events = events_of(text, placed(text, ("Canada", "country")))
    assert by_trigger(events, "killed").place is None
    text = "Rebels shelled the Dorn airport on Monday."  # a place's own name places the act
    assert by_trigger(events_of(text, placed(text, ("Dorn", "city"))), "shelled").place == "Dorn"


def test_a_count_of_acts_is_placed_by_its_own_phrase(events_of):
    text = "A man unleashed a barrage of gunfire onto a festival in Dorn on Sunday."
    event = by_trigger(events_of(text, placed(text, ("Dorn", "city"))), "gunfire")
    assert (event.actors, event.place) == (("A man",), "Dorn")


@pytest.mark.parametrize("text", [
    "A man drove into a crowd in Dorn on Thursday, killing 84 people and leaving 202 injured.",
    "Gunmen left 30 people wounded in Dorn on Monday.",
])
def test_those_left_harmed_are_harmed_by_whoever_left_them(events_of, text):
    event = by_trigger(events_of(text), "injured" if "injured" in text else "wounded")
    assert event.actors in (("A man",), ("Gunmen",)) and "A man" not in event.targets


def test_an_infinitive_after_a_thing_is_done_by_the_clause(events_of):
    text = "Dorn has cleared all the technical hurdles to build a reliable missile."
    assert by_trigger(events_of(text), "build").actors == ("Dorn",)


def test_same_happening_lends_its_place(events_of):
    text = "A bomb exploded at a market in Dorn. Two tourists were injured in the attack."
    events = events_of(text, placed(text, ("Dorn", "city")))
    assert by_trigger(events, "injured").place == "Dorn"


def test_a_feared_attack_is_another_happening_and_borrows_no_place(events_of):
    text = "A bomb exploded at a market in Dorn. The festival ended without a feared attack."
    events = events_of(text, placed(text, ("Dorn", "city")))
    assert by_trigger(events, "attack").mode == "denied"
    assert by_trigger(events, "attack").place is None


def test_named_apposition_is_the_party(events_of):
    event = by_trigger(events_of("His envoy, Ada Korr, dismissed the offer on Monday."),
                       "dismissed")
    assert event.actors == ("Ada Korr",)


def test_bare_state_body_takes_the_state_named_before(events_of):
    text = ("The Nigerian government said the girls were safe. "
            "The government has been negotiating with the rebels for months.")
    event = by_trigger(events_of(text), "negotiating")
    assert "Nigeria" in event.actors


def test_bare_state_body_takes_the_state_of_its_own_kind(events_of):
    # the bodies named before belong to two states: "the police" are the French ones
    text = ("French police sealed off the port. U.S. President Ada Korr offered help. "
            "The police shot the driver on Friday.")
    assert by_trigger(events_of(text), "shot").actors == ("The police", "France")


def test_bare_state_body_among_several_states_gets_none(events_of):
    text = ("The Nigerian army shelled the border. U.S. President Ada Korr offered help. "
            "The police arrested three men on Friday.")
    assert by_trigger(events_of(text), "arrested").actors == ("The police",)


def test_an_event_is_no_actor(events_of):
    event = by_trigger(events_of("The 2011 uprising toppled the president."), "toppled")
    assert event.actors == ()


def test_possessive_pronoun_resolves(events_of):
    text = "Canada massed troops on the border. Its offensive began at dawn near Dorn."
    event = by_trigger(events_of(text), "offensive")
    assert event.actors == ("Canada",)


def test_passive_gerund_takes_its_agent(events_of):
    event = by_trigger(events_of("A gunman opened fire before being overpowered by police."),
                       "overpowered")
    assert event.actors == ("police",) and event.targets == ("A gunman",)


def test_gerund_of_a_perception_passive(events_of):
    event = by_trigger(events_of("The boy was filmed punching a guard."), "punching")
    assert event.actors == ("The boy",)


def test_doer_of_counted_and_joined_acts(events_of):
    event = by_trigger(events_of("Veltria has conducted dozens of missile tests."), "tests")
    assert event.actors == ("Veltria",)
    event = by_trigger(events_of("The militia was involved in bombings in the 1990s."),
                       "bombings")
    assert event.actors == ("The militia",)


def test_act_since_another_takes_the_clause_doer(events_of):
    event = by_trigger(events_of("Canada has held the activist since arresting her in May."),
                       "arresting")
    assert event.actors == ("Canada",)


def test_the_group_is_the_organisation_named_before(nlp):
    from dateline.model import EntityMention
    text = "Red Hand claimed the bombing. The group has scaled back its attacks."
    mention = EntityMention(0, 8, "Red Hand", "ORG", "Red Hand Front", "E1")
    events = find_events(nlp(text), published=PUBLISHED, entities=[mention])
    assert "Red Hand Front" in by_trigger(events, "scaled").actors


def test_adjective_root_clause_does_not_loop(events_of):
    assert "AGREE" in [e.type for e in events_of("Willing to negotiate.")]


def test_a_title_closed_by_a_name_is_that_person(nlp):
    from dateline.model import EntityMention

    text = "His envoy to the United Nations Ana Lim dismissed the offer on Monday."
    start = text.index("Ana Lim")
    entities = [EntityMention(start, start + 7, "Ana Lim", "PERSON", "Ana Lim", "E:ana-lim")]
    events = find_events(nlp(text), published=PUBLISHED, entities=entities)
    assert by_trigger(events, "dismissed").actors == ("Ana Lim",)


def test_a_plural_description_stands_for_the_members_it_lists(events_of):
    event = by_trigger(events_of("Several countries, including France, are fighting the "
                                 "rebels in Dorn."), "fighting")
    assert event.actors == ("France",)


def test_an_instrument_a_relative_clause_names_is_no_doer(events_of):
    events = events_of("Peru is building missiles that can strike Dorn.")
    assert all("missiles" not in e.actors for e in events if e.trigger == "strike")


def test_the_company_is_the_organisation_the_article_keeps_naming(nlp):
    from dateline.model import EntityMention

    text = ("Orbex lost data on Monday. Orbex said it was sorry. Orbex will pay. A Sentinel "
            "report said the breach was old. The company disputes the report.")
    entities = []
    for name in ("Orbex", "Sentinel"):
        at = text.find(name)
        while at >= 0:
            entities.append(EntityMention(at, at + len(name), name, "ORG", name,
                                          "E:" + name.lower()))
            at = text.find(name, at + 1)
    events = find_events(nlp(text), published=PUBLISHED, entities=sorted(
        entities, key=lambda m: m.start))
    assert "Orbex" in by_trigger(events, "disputes").actors


@pytest.mark.parametrize("text,trigger,actor", [
    ("Russian missiles hit a school in Kharkiv on Monday.", "hit", "Russia"),
    ("Israeli air strikes hit targets in Gaza overnight.", "hit", "Israel"),
    ("Ukrainian drones struck an oil depot in Belgorod.", "struck", "Ukraine"),
])
def test_the_party_marked_on_an_instrument_or_an_attack_is_its_actor(events_of, text, trigger,
                                                                     actor):
    event = by_trigger(events_of(text), trigger)
    assert actor in event.actors


def test_an_unmarked_instrument_names_no_actor(events_of):
    event = by_trigger(events_of("A missile hit a school in Kharkiv on Monday."), "hit")
    assert event.actors == ()


@pytest.mark.parametrize("lead", ["VELDRA, Norland — ", "VELDRA, Norland (AP) — "])
def test_a_dateline_left_below_a_caption_is_not_the_subject(events_of, lead):
    # clean splits a dateline off the first paragraph only; one below a caption stays in the
    # text, and must not become the actor of the sentence it heads
    text = ("A protester is detained in Veldra on Friday. (Photo: Ana Ruiz/AP)\n"
            + lead + "A Norlandic military court on Monday indicted a teenage activist.")
    event = by_trigger(events_of(text), "indicted")
    assert "VELDRA" not in event.actors
    assert "A Norlandic military court" in event.actors


@pytest.mark.parametrize("text, actor, target", [
    # the small model roots these sentences on their subject and hangs the verb on it
    ("The blast in Varn left 12 people dead. A gunman plowed into a crowd of shoppers "
     "outside the market.", "A gunman", "a crowd"),
    ("The blast in Varn left 12 people dead. A truck driven by a gunman plowed into a crowd "
     "outside the market.", "a gunman", "a crowd"),
])
def test_sentence_rooted_on_its_subject_keeps_the_doer(events_of, text, actor, target):
    event = by_trigger(events_of(text), "plowed")
    assert event.actors == (actor,) and event.targets == (target,)


def test_caption_participle_stays_passive(events_of):
    event = by_trigger(events_of("The blast in Varn left 12 people dead. Five people injured "
                                 "in the blast."), "injured")
    assert "people" not in " ".join(event.actors)


def test_a_document_acts_for_its_author(events_of):
    text = ("In a statement, the Dorn Council said it was vital that Veltria take immediate "
            "actions. However, the statement does not threaten new sanctions on Veltria.")
    assert by_trigger(events_of(text), "threaten").actors == ("the Dorn Council",)


def test_who_reports_on_an_act_does_not_do_it(events_of):
    text = "Lea Dorn said she would just be doing her job to report on the war in Veltria."
    assert all("Lea Dorn" not in e.actors and "she" not in e.actors
               for e in events_of(text) if e.trigger == "war")


@pytest.mark.parametrize("text, trigger, winner", [
    ("Lea Orn won a lifetime achievement award in Dorn.", "award", "Lea Orn"),
    ("Investors doubt that the merger could win regulatory approval.", "approval",
     "the merger"),
])
def test_who_wins_support_is_given_it(events_of, text, trigger, winner):
    event = by_trigger(events_of(text), trigger)
    assert winner in event.targets and winner not in event.actors


def test_who_wins_a_war_fought_it(events_of):
    event = by_trigger(events_of("Veltria won the war against Norland in 2029."), "war")
    assert "Veltria" in event.actors
