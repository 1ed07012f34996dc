"""Trigger classes of stop 28 (invented sentences): who violence strikes decides FIGHT or
ASSAULT, examining a happening is an investigation, and senses that report no act (a right to
do something, a generic "you", a post held)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,trigger,type_", [
    # civilians or their places struck: ASSAULT whoever strikes
    ("The fighters stormed the school and seized forty pupils.", "stormed", "ASSAULT"),
    ("Rebels attacked a crowded market in Kalo on Monday.", "attacked", "ASSAULT"),
    # a state's forces using weapons fight, whoever they strike (GUIDELINES)
    ("Troops attacked a crowded market in Kalo on Monday.", "attacked", "FIGHT"),
    # an armed side's camp or troops struck by a group: FIGHT, even by no state's forces
    ("Vigilantes ambushed a rebel camp near Kalo on Monday.", "ambushed", "FIGHT"),
    ("Rebels attacked an army base on Monday.", "attacked", "FIGHT"),
    # one person who strikes soldiers assaults them
    ("A gunman opened fire at a military base on Monday.", "opened", "ASSAULT"),
])
def test_the_side_struck_types_violence(types_of, text, trigger, type_):
    assert types_of(text).get(trigger) == type_


@pytest.mark.parametrize("text,trigger", [
    ("Norland Rail is reviewing what happened on the train.", "reviewing"),
    ("Officials at Norland Rail are still reviewing the matter.", "reviewing"),
    ("The Veltrian army is analysing details of the launch.", "analysing"),
    ("Norland Rail said it would find out how the derailment occurred.", "find"),
])
def test_examining_a_happening_is_an_investigation(types_of, text, trigger):
    assert types_of(text).get(trigger) == "INVESTIGATE"


@pytest.mark.parametrize("text", [
    "Ann Lee reviewed the menu before lunch.",
    "The council will study the proposal.",
])
def test_examining_no_happening_is_no_event(types_of, text):
    assert "INVESTIGATE" not in types_of(text).values()


@pytest.mark.parametrize("text,trigger", [
    ("Norland Air said it has the right to refuse boarding to rude passengers.", "refuse"),
    ("The mayor has the power to ban marches in the centre.", "ban"),
    ("Ann Lee held the chairmanship he had seized in 2027.", "seized"),
    ("You can't blame Ann Lee for being angry.", "blame"),
    ("Dorn will return to the coaching job he occupied until 2028.", "occupied"),
])
def test_senses_that_report_no_act(types_of, text, trigger):
    assert trigger not in types_of(text)


def test_a_quoted_you_is_a_party(types_of):
    assert types_of('"You attacked our village," the elder told the soldiers.').get(
        "attacked") == "ASSAULT"


def test_occupying_a_town_still_coerces(types_of):
    assert types_of("Troops occupied the town of Kalo on Monday.").get("occupied") == "COERCE"


def test_a_stance_on_an_act_is_the_event(types_of):
    types = types_of("Veltria and Dorn supported the latest round of sanctions against Norland "
                     "on Monday.")
    assert types.get("supported") == "SUPPORT" and "sanctions" not in types


def test_a_support_told_by_its_noun_stays(types_of):
    assert types_of("In 2029 she was presented with an award in Dorn.").get("award") == \
        "SUPPORT"



@pytest.mark.parametrize("text,trigger,type_", [
    # removing people from a vehicle or premises coerces them (the parse may read "off a
    # plane" as a particle with an object)
    ("Two students were kicked off a train in Dorn on Monday.", "kicked", "COERCE"),
    ("The singer was booted from a flight after a dispute.", "booted", "COERCE"),
    # going after someone: an authority pursues, anyone else attacks in words
    ("Authorities in Dorn are going after drivers who text.", "going", "COERCE"),
    ("Norland Corp went after Veltro's business model on Monday.", "went", "DISAPPROVE"),
])
def test_phrasal_verbs_take_their_type(types_of, text, trigger, type_):
    assert types_of(text).get(trigger) == type_


@pytest.mark.parametrize("text,trigger", [
    ("The festival kicked off the season on Friday.", "kicked"),
    # "after" opening a clause is no particle of the verb
    ("She met the mayor after images of the march went viral.", "went"),
])
def test_phrasal_look_alikes_are_no_events(types_of, text, trigger):
    assert trigger not in types_of(text)


@pytest.mark.parametrize("text,trigger", [
    ("Dorn has repeatedly encouraged Veltria and Norland to hold direct talks.", "encouraged"),
    ("Fans were encouraged to share a post about the match.", "encouraged"),
    # an infinitive after the object, read by the parse as a purpose, is what is urged
    ("The government pressed the rebels to free the hostages.", "pressed"),
    ("Prosecutors will seek the maximum penalty for Ann Lee.", "seek"),
])
def test_urging_by_any_verb_is_a_demand(types_of, text, trigger):
    assert types_of(text).get(trigger) == "DEMAND"


@pytest.mark.parametrize("text,folded", [
    ("Dorn has repeatedly encouraged Veltria to carry out direct dialogue.", "dialogue"),
    ("Dorn urged Veltria to come to the table and make a deal.", "deal"),
    ("The government pressed the rebels to free the hostages.", "free"),
])
def test_what_a_demand_asks_for_folds_into_it(types_of, text, folded):
    assert folded not in types_of(text)


def test_an_offer_keeps_the_act_it_commits_to(events_of):
    events = events_of("Veltria offered to hold talks with Dorn on May 2.")
    assert [(e.trigger, e.mode) for e in events if e.trigger == "talks"] == [("talks", "planned")]


def test_a_named_sides_camp_is_an_armed_target(types_of):
    # the tagger may take a group's name for a person's: a proper-noun owner still arms it
    text = "Members of a vigilante group prepared to ambush a Boko Haram camp."
    assert types_of(text).get("ambush") == "FIGHT"
    assert types_of("Gunmen attacked the Dadaab refugee camp.").get("attacked") == "ASSAULT"


@pytest.mark.parametrize("text,trigger", [
    ("A male gorilla at the zoo was killed after a boy fell into its moat.", "killed"),
    ("The keeper said the animal did not appear to be attacking the boy.", "attacking"),
])
def test_violence_by_or_to_an_animal_is_no_event(types_of, text, trigger):
    assert trigger not in types_of(text)


@pytest.mark.parametrize("text,trigger", [
    # what is necessary is still to be done
    ("Norland Rail said it is essential that we investigate what happened.", "investigate"),
    # an anticipated or forthcoming act is planned, like an upcoming one
    ("Dorn will use his anticipated meeting with Ann Lee in Kalo.", "meeting"),
    ("Veltria prepared for its forthcoming talks with Dorn.", "talks"),
])
def test_acts_still_to_come_are_planned(events_of, text, trigger):
    assert [e.mode for e in events_of(text) if e.trigger == trigger] == ["planned"]


def test_a_plain_that_clause_stays_asserted(events_of):
    events = events_of("It is clear that Dorn attacked the town on Monday.")
    assert [e.mode for e in events if e.trigger == "attacked"] == ["asserted"]


@pytest.mark.parametrize("text,threat", [
    ("Dorn urged Veltria to drop measures that threaten the peace of the region.", False),
    ("The crisis threatens thousands of jobs in Kalo.", False),
    ("The rebels threatened the town on Monday.", True),
])
def test_only_a_party_threatens(types_of, text, threat):
    assert ("THREATEN" in types_of(text).values()) == threat


def test_an_instrument_names_the_measure_it_enacts(types_of):
    # "a sanctions package" is the sanctions, as "a shooting incident" is the shooting
    assert types_of("The EU adopted a sanctions package against Veltria on Monday.").get(
        "sanctions") == "SANCTION"
    assert "order" not in types_of("The court order was upheld on Monday.")


def test_visiting_ones_kin_is_private_life(types_of):
    assert "visiting" not in types_of("A woman who was visiting her daughter in Kalo was hurt.")
    assert types_of("The minister visited Kalo on Monday.").get("visited") == "CONSULT"


@pytest.mark.parametrize("text,trigger,mode", [
    # a gerund a verb aims at takes the verb's mode
    ("Veltria will focus on attacking Dorn.", "attacking", "planned"),
    ("Veltria has not committed to holding talks with Dorn.", "talks", "denied"),
    # what a charge is about is not in the charge's mode
    ("Dorn was not charged with attacking the soldiers.", "attacking", "asserted"),
])
def test_a_gerund_aimed_at_takes_its_verbs_mode(events_of, text, trigger, mode):
    assert [e.mode for e in events_of(text) if e.trigger == trigger] == [mode]


def test_what_one_is_guilty_of_is_the_verdicts_content(types_of):
    text = "An adult found guilty of assaulting a guard could be jailed for ten years."
    assert "assaulting" not in types_of(text)
    # an act with a time of its own stays an act
    assert types_of("Ann Lee was found guilty of attacking a guard in 2027.").get(
        "attacking") == "ASSAULT"


@pytest.mark.parametrize("text,trigger,type_", [
    ("The army has made big advances against the rebels in recent months.", "advances", "FIGHT"),
    ("The rebels made gains against the army near Kalo.", "gains", "FIGHT"),
    ("Velt Front fighters have taken the fight to neighbouring Norland.", "taken", "FIGHT"),
])
def test_ground_won_from_an_armed_enemy_is_fighting(types_of, text, trigger, type_):
    assert types_of(text).get(trigger) == type_


@pytest.mark.parametrize("text", [
    "Investors made gains against the dollar.",
    "The union took the fight to the courts.",
])
def test_gains_and_fights_of_no_armed_side_are_no_fighting(types_of, text):
    assert "FIGHT" not in types_of(text).values()


@pytest.mark.parametrize("text,trigger", [
    ("Ann Lee avoided prison after a court suspended his sentence.", "suspended"),
    ("An appeals court overturned her conviction on Monday.", "overturned"),
])
def test_a_punishment_lifted_is_leniency(types_of, text, trigger):
    assert types_of(text).get(trigger) == "RETREAT"


def test_a_stance_given_by_a_verb_of_conveying_is_the_act(events_of):
    events = events_of("The club offered its sincere condolences to the families of the dead.")
    assert [(e.type, e.mode) for e in events if e.trigger == "condolences"] == \
        [("SUPPORT", "asserted")]


@pytest.mark.parametrize("text,trigger,agree", [
    ("The Dorn Lions have assured their coach his job is safe.", "assured", True),
    ("Veltria guaranteed the rebels safe passage out of Kalo.", "guaranteed", True),
    ("The product is guaranteed to last.", "guaranteed", False),
])
def test_an_assurance_to_a_party_commits_its_giver(types_of, text, trigger, agree):
    assert (types_of(text).get(trigger) == "AGREE") == agree


def test_an_act_said_to_go_on_is_told_again(events_of):
    text = ("Police opened an investigation into Dorn on Monday. The investigation is ongoing "
            "and has been complicated by new leads.")
    assert [e.trigger for e in events_of(text)].count("investigation") == 2


def test_attacking_a_practice_is_words_not_force(types_of):
    types = types_of("Norland Corp attacked Veltro's licensing practices on Monday.")
    assert types.get("attacked") == "DISAPPROVE"


@pytest.mark.parametrize("text,agree", [
    ("The firm said it is ready to relocate again if the rules change.", False),
    ("Norland Corp said it was willing to pay Veltro a fee.", True),
    ("The rebels are ready to lay down their arms.", True),
])
def test_readiness_for_no_act_on_anything_is_no_commitment(types_of, text, agree):
    assert ("AGREE" in types_of(text).values()) == agree
