"""Event triggers across wordings: violence by whom, accidents, legal acts, tests, light verbs
(invented sentences)."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.annotate.events import find_events
from dateline.annotate.events.states import capital_of, country_named, demonym_country
from dateline.annotate.timex import find_timexes

PUBLISHED = dt.date(2031, 5, 14)


@pytest.mark.parametrize("text,trigger,type_", [
    ("A gunman shot two guards outside the depot.", "shot", "ASSAULT"),
    ("Gunmen kidnapped four aid workers near Dorn.", "kidnapped", "ASSAULT"),
    ("Dozens of women were groped and molested by gangs of men in Dorn.", "molested",
     "ASSAULT"),
    ("Gunmen slaughtered 12 villagers near Dorn on Monday.", "slaughtered", "ASSAULT"),
    ("A court acquitted the officer on Monday.", "acquitted", "CONCEDE"),
    ("The senator lambasted the minister over the deal.", "lambasted", "DISAPPROVE"),
    ("A sting operation in May resulted in the arrest of 18 men.", "arrest", "COERCE"),
    # a count of acts unleashed is an act that took place
    ("A man unleashed a barrage of gunfire onto a crowd on Sunday.", "gunfire", "ASSAULT"),
    ("A court convicted the former mayor of fraud on Monday.", "convicted", "COERCE"),
    ("The judge sentenced him to ten years in prison.", "sentenced", "COERCE"),
    ("Prosecutors indicted the governor on Tuesday.", "indicted", "COERCE"),
    ("Veltria tested a ballistic missile on Sunday.", "tested", "MOBILIZE"),
    ("The court handed him a ten-year sentence.", "sentence", "COERCE"),
    ("A student went on a rampage at the college.", "rampage", "ASSAULT"),
    ("Norland expressed solidarity with Veltria.", "solidarity", "SUPPORT"),
    ("Two tourists were injured in the attack.", "injured", "ASSAULT"),
    ("Veltria has amassed 100,000 troops near the border with Norland.", "amassed", "MOBILIZE"),
    ("The Dorn Rovers amassed a nine-point lead in August.", "amassed", None),
    ("The new coach hopes to arrest the decline of the national side.", "arrest", None),
    ("Sales of downloaded songs shot up more than tenfold in 2030.", "shot", None),
    ("Gunmen shot up a bar in Dorn on Sunday.", "shot", "ASSAULT"),
    ("He has failed to meet the ones he already has.", "meet", None),
    ("The Briton held off Norland's Lea Orn in a thrilling finish.", "held", None),
    ("Police held two men in Dorn on Monday.", "held", "COERCE"),
    ("Veltrian fighter jets dropped eight bombs on targets near Dorn.", "dropped", "FIGHT"),
    ("Planes dropped leaflets over Dorn on Monday.", "dropped", None),
    ("Officers are working to free two people still trapped in Dorn.", "free", None),
    ("One victim who spoke with German channel n-tv accused police of inaction.", "spoke",
     None),
    ("The minister met reporters in Dorn on Monday.", "met", None),
    ("The officials warned residents to stay indoors on Thursday.", "warned", "DEMAND"),
    ("The announcement warned people of an incoming missile.", "warned", None),
    ("Lena Orn warned Veltria of fire and fury.", "warned", "THREATEN"),
    ("The campaign will warn kids about the effects of tech addiction.", "warn", None),
    ("Lena Orn warned the regime of fire and fury.", "warned", "THREATEN"),
    # raids by police search, by forces fight, by others assault; pardons release; recalling
    # an envoy reduces relations; taking to the streets protests
    ("Police raided the offices of the Dorn Herald on Monday.", "raided", "COERCE"),
    ("Veltrian troops raided rebel positions near Dorn.", "raided", "FIGHT"),
    ("Gunmen raided a village in Dorn on Monday.", "raided", "ASSAULT"),
    ("The president pardoned the activists on Monday.", "pardoned", "RETREAT"),
    ("Veltria recalled its ambassador from Norland on Monday.", "recalled", "SANCTION"),
    ("The firm recalled 10,000 cars on Monday.", "recalled", None),
    ("Thousands of people took to the streets of Dorn on Sunday.", "took", "PROTEST"),
    # protesters who clash with police riot (PROTEST); forces who clash fight
    ("Demonstrators clashed with police in Dorn on Sunday.", "clashed", "PROTEST"),
    ("Veltrian troops clashed with rebels near Dorn.", "clashed", "FIGHT"),
    # what a charge says was done is the charge's content, no event of its own
    ("Norland accused Veltria of violating the ceasefire.", "ceasefire", None),
    ("The army was accused of launching an attack on Dorn.", "attack", None),
    # what a people is warned of decides: a danger to them is a notice, a price a threat
    ("The group issued a travel advisory in May warning Asian-Americans they could face "
     "discrimination when flying with Dorn Air.", "warning", None),
    ("Lena Orn warned Ivo Dask that Veltria would pay a heavy price.", "warned", "THREATEN"),
    ("Norland warned Veltria that an invasion would be met with sanctions.", "warned",
     "THREATEN"),
    ("World leaders rallied to condemn the regime in Dorn.", "rallied", None),
    ("Protesters rallied to demand the release of the activists.", "rallied", "PROTEST"),
    ("The minister met journalists and the president of Norland on Monday.", "met", "CONSULT"),
    ("Clashes are ongoing in Dorn, officials said.", "Clashes", "FIGHT"),
    ("Veltria and Norland reiterated calls to halt deployment of a missile defense system in "
     "Dorn.", "calls", "DEMAND"),
    ("Veltria was discussing the situation with other council members, officials said.",
     "discussing", "CONSULT"),
    ("Lena Orn and Ivo Dask discussed the crisis by phone on Monday.", "discussed", "CONSULT"),
    ("Even the mayor, who supports Dorn's other team, could not contain his joy.", "supports",
     None),
    ("Many former employees have offered sharp critiques of the industry.", "offered", None),
    ("Police said the parents had not been charged.", "charged", "COERCE"),
    ("In a document released by the Dorn attorney general, the executives say that hackers "
     "accessed the files.", "released",
     None),
    ("Norland carried out a live fire drill near Dorn on Friday.", "drill", "MOBILIZE"),
    ("A state of emergency followed the Paris attacks in November 2030.", "attacks",
     "ASSAULT"),
    ("Seoul said it was fully ready for any threat from Dorn.", "ready", None),
    ("Norland said it was ready for talks with Dorn.", "ready", "AGREE"),
    ("The attacks in Brussels on March 22, 2030 shocked the world.", "attacks", "ASSAULT"),
    ("The terrorist attacks on France in November shocked Europe.", "attacks", "ASSAULT"),
    ("Many of the men were drunk and shooting fireworks in Dorn.", "shooting", None),
    ("The mayor survived an assassination attempt in Dorn last year.", "assassination",
     "ASSAULT"),
    ("Many rival providers have begun to offer faster broadband services.", "offer", None),
    ("The alert followed an incident involving an organizer of the Women's March who was "
     "removed from a flight.", "March", None),
])
def test_trigger_types(types_of, text, trigger, type_):
    assert types_of(text).get(trigger) == type_


@pytest.mark.parametrize("text,type_", [
    ("Veltrian troops attacked the town of Dorn.", "FIGHT"),
    ("The army opened fire on rebel positions.", "FIGHT"),
    ("Canada attacked the town of Dorn at dawn.", "FIGHT"),
    ("A man attacked two passers-by with a knife.", "ASSAULT"),
    ("A gunman opened fire on the crowd.", "ASSAULT"),
])
def test_violence_is_fight_only_by_a_state_or_its_forces(types_of, text, type_):
    kinds = set(types_of(text).values())
    assert type_ in kinds and ({"FIGHT", "ASSAULT"} - {type_}).isdisjoint(kinds)


def test_harm_in_an_accident_is_no_event(types_of):
    assert "ASSAULT" not in types_of("Seven people were killed when a tram derailed near Dorn.")
    assert "ASSAULT" not in types_of("Four passengers were injured in the crash.")
    assert "ASSAULT" in types_of("Four passengers were injured when gunmen stormed the bus.") \
        .values()


@pytest.mark.parametrize("text", ["An earthquake struck southern Dorn early on Monday.",
                                  "Searches rose after natural disasters that have struck "
                                  "Dorn.",
                                  "The two leaders use their aides to fight it out.",
                                  "Over 2,500 were built since the aircraft entered service.",
                                  "Microlensing can reveal surprising things, such as the "
                                  "same star exploding four times.",
                                  "The storm hit the coast of Dorn on Sunday.",
                                  "It was the largest sum since the earthquakes that struck "
                                  "central Dorn in 2016.",
                                  "He asked how they fared during Hurricane Irma, which struck "
                                  "Dorn in September.",
                                  "The war of words between Veltria and Norland continued."])
def test_a_disaster_striking_or_a_contest_is_no_violence(types_of, text):
    assert {"FIGHT", "ASSAULT"}.isdisjoint(types_of(text).values())


def test_a_vehicle_driven_as_a_weapon_is_an_attack_not_an_accident(types_of):
    kinds = types_of("At least two people have been killed after a suicide bomber crashed a "
                     "truck into a consulate in Dorn. The Veltrians claimed the attack.")
    assert kinds.get("killed") == "ASSAULT" and kinds.get("crashed") == "ASSAULT"
    assert "ASSAULT" not in types_of("Seven people were killed when a driver crashed his car "
                                     "into a tree.").values()


def test_forces_striking_a_town_is_still_an_attack(types_of):
    assert "FIGHT" in types_of("Veltrian forces struck the town of Dorn on Monday.").values()


def test_a_month_name_is_no_march(types_of):
    assert "PROTEST" not in types_of("The two sides signed the accord in March 2029.").values()


def test_states_behind_names():
    assert capital_of("Seoul") == "South Korea"
    assert country_named("U.S.") == "United States"
    assert demonym_country("Nigerian") == "Nigeria"
    assert demonym_country("South Korean") == "South Korea"
    assert demonym_country("Islamist") is None


def test_result_participles_belong_to_the_attack(types_of):
    events = types_of("Gunmen opened fire on the market, killing four and wounding nine.")
    assert "killing" not in events and "wounding" not in events and "opened" in events


def test_an_act_charged_is_not_a_second_event(types_of):
    events = types_of("A court convicted the mayor and five others of insulting the judges.")
    assert events == {"convicted": "COERCE"}


def test_tolls_and_suicides_are_no_events(types_of):
    assert "killed" not in types_of("Harbour market: 49 killed")
    assert "killing" not in types_of("The gunman shot two guards before killing himself.")


def test_evaluations_and_lengths_are_no_events(types_of):
    assert "attack" not in types_of("The mayor called the attack a barbaric act.")
    assert "sentence" not in types_of("The former mayor is serving a five-year sentence.")
    assert "uprising" in types_of("He was an icon of the 2011 uprising.")


@pytest.mark.parametrize("text,trigger,type_", [
    ("The rebel group pledged allegiance to the movement last year.", "pledged", "SUPPORT"),
    ("Youths threw stones at the patrol near Dorn.", "threw", "ASSAULT"),
    ("The court ordered the mayor to pay a fine.", "ordered", "COERCE"),
    ("The regulator fined the bank on Monday.", "fined", "COERCE"),
    ("The minister reiterated calls to halt the deployment.", "calls", "DEMAND"),
    ("He faces twelve counts of fraud.", "counts", "COERCE"),
    ("Seoul responded with an offer to hold talks.", "offer", "AGREE"),
    ("Police questioned the driver on Monday.", "questioned", "INVESTIGATE"),
    ("Officials are looking into the cause of the crash.", "looking", "INVESTIGATE"),
    ("The regulator will review the circumstances of the accident.", "review", "INVESTIGATE"),
    ("The two agencies teamed up to track the hackers.", "teamed", "COOPERATE"),
    ("The firm is helping police with their inquiries.", "helping", "COOPERATE"),
    ("The government blocked access to the website on Tuesday.", "blocked", "COERCE"),
    ("Norland shut down the hotline with Veltria in 2016.", "shut", "SANCTION"),
])
def test_more_wordings(types_of, text, trigger, type_):
    assert types_of(text).get(trigger) == type_


def test_who_dies_is_a_target_and_reportedly_is_a_claim(nlp):
    (event,) = find_events(nlp("Officials say 77 people reportedly died in the attack."),
                           published=PUBLISHED)
    assert event.actors == () and event.targets == ("people",) and event.mode == "claimed"


@pytest.mark.parametrize("text,trigger", [
    ("Thank you for subscribing!", "Thank"),
    ("The coach holds the trophy while the team celebrates.", "holds"),
    ("The reliever tried in the tenth inning to get the save.", "tried"),
    ("The redesign destroyed the look of the product.", "destroyed"),
    ("Police named the victims of the tram crash that killed seven.", "killed"),
    ("Six died in the crash, while fifty others were injured.", "injured"),
])
def test_everyday_senses_are_no_events(types_of, text, trigger):
    assert trigger not in types_of(text)


@pytest.mark.parametrize("text,trigger", [
    ("Bank stocks have rallied on the tax cut.", "rallied"),
    ("The tram was negotiating a sharp curve when it tipped over.", "negotiating"),
    ("Firefighters worked for hours to free five people trapped in the wreckage.", "free"),
])
def test_other_senses_are_no_events(types_of, text, trigger):
    assert trigger not in types_of(text)


def test_an_undated_retelling_folds_into_the_dated_first_mention(nlp):
    text = ("The general led the overthrow of the king in 2013. "
            "Following the overthrow of the king, the army took power.")
    doc = nlp(text)
    events = [e for e in find_events(doc, published=PUBLISHED,
                                     timexes=find_timexes(doc, PUBLISHED))
              if e.trigger == "overthrow"]
    assert len(events) == 1 and events[0].date == "2013"


@pytest.mark.parametrize("text,trigger,type_", [
    ("Police responded to a shooting incident at a festival in Dorn.", "shooting", "ASSAULT"),
    ("The defense ministry announced a live-fire missile drill.", "drill", "MOBILIZE"),
    ("In 2012 she was presented with an award in Ankara.", "presented", "SUPPORT"),
    ("The hotline, cut by Veltria in 2016, was restored.", "cut", "SANCTION"),
    ("The court fined the bank. It also ordered the bank to pay damages.", "ordered", "COERCE"),
])
def test_wordings_from_the_parse(types_of, text, trigger, type_):
    assert types_of(text).get(trigger) == type_


def test_an_act_that_did_not_come_is_denied(nlp):
    events = find_events(nlp("The festival ended without an attack."), published=PUBLISHED)
    assert [(e.trigger, e.mode) for e in events] == [("attack", "denied")]


@pytest.mark.parametrize("text,trigger,actor", [
    ("France declared a state of emergency in November.", "emergency", "France"),
    ("Peru has been in a state of emergency since March 2029.", "emergency", "Peru"),
])
def test_a_state_of_emergency_is_coercion(nlp, text, trigger, actor):
    events = find_events(nlp(text), published=PUBLISHED)
    event = next(e for e in events if e.trigger == trigger)
    assert event.type == "COERCE" and event.actors == (actor,)


def test_being_held_in_custody_is_a_standing_state(nlp):
    events = find_events(nlp("The girls were in the custody of the security service."),
                         published=PUBLISHED)
    assert "custody" not in [e.trigger for e in events]


def test_a_shareholder_meeting_is_business_not_consultation(nlp):
    events = find_events(nlp("At its annual shareholder meeting, Orbex will name directors."),
                         published=PUBLISHED)
    assert "meeting" not in [e.trigger for e in events]


@pytest.mark.parametrize("text,type_", [
    ("Veltrian soldiers fired on civilians in the square.", "FIGHT"),
    ("Veltrian forces fired rockets at Dorn overnight.", "FIGHT"),
])
def test_firing_on_or_at_someone_is_an_attack(types_of, text, type_):
    assert type_ in types_of(text).values()


def test_firing_a_missile_into_the_sea_is_a_test_not_an_attack(types_of):
    kinds = set(types_of("Veltria fired a missile into the sea.").values())
    assert "MOBILIZE" in kinds and {"FIGHT", "ASSAULT"}.isdisjoint(kinds)


def test_going_on_strike_is_a_protest(types_of):
    assert "PROTEST" in types_of("Workers at the port of Dorn went on strike over pay.").values()
    assert "PROTEST" not in types_of("The company went on to win the contract.").values()
