"""Trigger classes missed on unseen text (invented sentences): lexicon senses by PLOVER type,
measures imposed on a state, for-infinitive demands, nominal events told by what they did, where,
by an ordinal or by their possessor, everyday senses that are no events, and doers a definite
noun or one happening lends."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,trigger,type_", [
    # praising and welcoming acts (CAMEO 051) and their nouns
    ("The crowd applauded the mayor on Monday.", "applauded", "SUPPORT"),
    ("The minister was greeted by cheering supporters at the airport.", "greeted", "SUPPORT"),
    ("The players paid tribute to their coach.", "tribute", "SUPPORT"),
    # an outcry by another name, an allegation, an incitement
    ("The decision sparked a backlash among farmers.", "backlash", "DISAPPROVE"),
    ("Prosecutors alleged that the mayor took bribes.", "alleged", "DISAPPROVE"),
    ("Agitators fomented unrest in the capital on Monday.", "fomented", "DEMAND"),
    # a relative clause of what the act did tells that it took place
    ("A bombing at a market that killed nine people shocked the city.", "bombing", "ASSAULT"),
    # "the city of X" names a place: the act has a place of its own
    ("The abduction in the northern city of Lagos shocked the world.", "abduction", "ASSAULT"),
    # goods moved to a state, named by a modifier too: material cooperation with it
    ("The tanker transferred 600 tons of fuel to a North Korean ship.", "transferred",
     "COOPERATE"),
    ("Satellites spotted ship-to-ship oil transfers with North Korean vessels.", "transfers",
     "COOPERATE"),
    # showing appreciation, embracing someone: support
    ("The fans showed their appreciation for the coach.", "appreciation", "SUPPORT"),
    ("The team were quick to embrace their former captain.", "embrace", "SUPPORT"),
    # convening by another verb, defeating an armed opponent, ending a restriction
    ("The president will gather a council of ministers on Friday.", "gather", "CONSULT"),
    ("The army defeated the insurgents near Kalo in May.", "defeated", "FIGHT"),
    ("It came two weeks before the scheduled end of the curfew on July 26.", "end",
     "CONCEDE"),
    # a state of emergency is the measure its "of" phrase names
    ("The government lifted the state of emergency on Monday.", "lifted", "CONCEDE"),
    ("It came before the scheduled end of a national state of emergency on July 26.", "end",
     "CONCEDE"),
    # a speech act's possessive pronoun is its doer when the act has content of its own
    ("Buhari was elected partly for his pledge to defeat the insurgency.", "pledge", "AGREE"),
    ("Their call for talks was ignored.", "call", "DEMAND"),
    ("The minister was met by union leaders on Monday.", "met", "CONSULT"),
    ("The man was charged with murder on Monday.", "charged", "COERCE"),
    # what a reception is met or greeted with took place
    ("The minister was met with protests in Lyon.", "protests", "PROTEST"),
    ("The plan was greeted with protests.", "protests", "PROTEST"),
])
def test_a_trigger_class_takes_its_type(types_of, text, trigger, type_):
    assert types_of(text).get(trigger) == type_


@pytest.mark.parametrize("text,trigger", [
    ("The proposal was greeted with scepticism.", "greeted"),  # a reception, not a welcome
    ("The alleged bribes were paid in cash.", "alleged"),  # a modifier, no accusation
    # a hedge by a passive "alleged to have", not an accusation by anyone
    ("Mr Dorn is alleged to have said the plan was dead.", "alleged"),
    # giving up a habit concedes nothing to anyone; understanding a need is no praise
    ("Smokers who want to give up the habit were helped.", "give"),
    ("He does not appreciate the need for balance.", "appreciate"),
    ("The hospital transferred the patient to a clinic in Lyon.", "transferred"),
    ("The children gathered shells on the beach.", "gathered"),
    ("She defeated the incumbent in the election.", "defeated"),
    # receiving a thing is no meeting, billing no charge
    ("When she checked her account, she was met with a bill for 284 dollars.", "met"),
    ("A bank error caused a man to be charged 84,522 dollars for a tank of gas.", "charged"),
])
def test_a_sense_that_is_no_event_gives_none(types_of, text, trigger):
    assert trigger not in types_of(text)


@pytest.mark.parametrize("text,type_", [
    # a measure imposed on a state is a sanction, also where the parse hangs "on Belarus" on
    # the end of the object's "of" chain
    ("The council imposed a quota of 500 barrels of fuel on Belarus.", "SANCTION"),
    ("The army imposed a curfew on the town.", "COERCE"),
])
def test_measures_imposed(types_of, text, type_):
    assert types_of(text).get("imposed") == type_


def test_the_history_of_a_state_is_no_place(types_of):
    assert "attack" not in types_of("The attack is the worst in the history of the United States.")


@pytest.mark.parametrize("text,trigger", [
    # "for" parsed as the marker of the infinitive, not the verb's preposition: the verb still
    # demands, and the clause is its complement, no event of its own
    ("The union called for the government to resign.", "called"),
    ("Activists appealed for the army to withdraw.", "appealed"),
    ("Funds are resisting the deal, pushing for Orbex to raise its offer.", "pushing"),
])
def test_a_for_infinitive_is_the_demand(types_of, text, trigger):
    types = types_of(text)
    assert types.get(trigger) == "DEMAND"
    assert "resign" not in types and "withdraw" not in types


def test_a_thing_that_calls_for_an_act_provides_for_it(types_of):
    # a plan states what it provides for: the act stays an event of its own
    types = types_of("The plan calls for Veltria to suspend its missile tests.")
    assert "calls" not in types and types.get("suspend") == "RETREAT"


def test_a_harm_to_its_possessor_is_no_act_of_theirs(types_of):
    assert "kidnapping" not in types_of("Their kidnapping shocked the world.")


def test_what_a_demand_says_must_be_done_is_its_content(types_of):
    types = types_of("The administration insists the regime must give up its weapons drive.")
    assert types.get("insists") == "DEMAND" and "give" not in types


def test_giving_up_weapons_concedes(types_of):
    assert types_of("Veltria gave up its nuclear weapons in 1994.").get("gave") == "CONCEDE"


def test_a_counted_instance_of_an_act_took_place(types_of):
    # an ordinal counts one instance among others: "its first offer"
    assert types_of("Orbex said its first offer comprised cash and stock.").get("offer") == "AGREE"


def test_a_definite_noun_refers_back_to_the_act_with_its_parties(events_of):
    # "the negotiations" with no party of its own are the negotiations told before
    events = events_of("The release was part of ongoing negotiations between the rebels and "
                       "Veltrian officials. The negotiations will continue, the spokesman said.")
    later = [e for e in events if e.trigger == "negotiations"][-1]
    assert later.mode == "planned" and "the rebels" in later.actors


def test_an_agentless_act_of_one_happening_takes_its_doer(events_of):
    # the same type, day and place told paragraphs later: one happening, one doer
    from dateline.model import Place

    text = ("Veltria tested a missile from Sunan on Tuesday, officials said.\n\n"
            "Markets in the region were calm. Investors shrugged off the news.\n\n"
            "The military said the missile was launched from Sunan on Tuesday.")
    starts = [i for i in range(len(text)) if text.startswith("Sunan", i)]
    places = [Place(i, i + 5, "Sunan", "Sunan", 0.0, 0.0, None, "city") for i in starts]
    launched = next(e for e in events_of(text, places=places) if e.trigger == "launched")
    assert launched.actors == ("Veltria",)


def test_a_score_given_up_in_a_sports_report_is_no_concession(types_of):
    text = ("The pitcher gave up three runs in the eighth inning as the league leaders lost the "
            "game. The coach said the season was not over and the team would win the "
            "championship.")
    assert "gave" not in types_of(text)


def test_an_effort_to_do_is_no_offer(types_of):
    # "a bid to win" is a goal: no content offered, so no act of its possessor
    assert "bid" not in types_of("Blair is recycling it in his desperate bid to win back voters.")
