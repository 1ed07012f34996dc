"""Events on unseen shapes: modes of many wordings, noise cuts, evacuations (invented text)."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.annotate.events import find_events
from event_helpers import by_trigger

PUBLISHED = dt.date(2031, 5, 14)


@pytest.fixture(scope="module")
def events_of(nlp):
    def run(text: str):
        return find_events(nlp(text), published=PUBLISHED)
    return run


@pytest.mark.parametrize("text,trigger,mode", [
    ("Veltria could invade Norland next month.", "invade", "hypothetical"),
    ("A person who assaults a soldier could face ten years in prison.", "assaults",
     "hypothetical"),  # whom a rule applies to
    ("A man who attacked a soldier in Dorn was jailed on Monday.", "attacked", "asserted"),
    ("The rebels may strike the capital.", "strike", "hypothetical"),
    ("If Veltria invades Norland, the bloc will respond.", "invades", "hypothetical"),
    ("The minister warned that Veltria would invade Norland.", "invade", "planned"),
    ("Veltria plans to attack the port.", "attack", "planned"),
    ("Veltrian troops are expected to enter Dorn on Friday.", "enter", "planned"),
    ("Veltria denied that its troops had attacked the village.", "attacked", "denied"),
    ("Veltrian troops did not attack the village.", "attack", "denied"),
    ("No one was killed in the blast.", "killed", "denied"),
    ("Nobody attacked the convoy.", "attacked", "denied"),
    ("The ministry rejected claims that its forces had shelled the market.", "shelled", "denied"),
    ("Rebel fighters failed to capture the airport.", "capture", "denied"),
    ("Veltria denied planning to invade Norland.", "invade", "denied"),
    ("The bloc was closing in on freezing the assets of the minister.", "freezing", "planned"),
    ("It would be easier to negotiate with you.", "negotiate", "hypothetical"),
    ("Civilians would flee in the event of a Veltrian assault.", "assault", "hypothetical"),
    ("Troops entered Sumy, officials said.", "entered", "claimed"),
    ("The rebels almost captured the airport in Dorn.", "captured", "denied"),  # a near miss
    ("Veltria is building a missile capable of striking Dorn.", "striking", "hypothetical"),
    # a question asked is no condition on the asker
    ("Authorities were investigating if a second car was involved.", "investigating",
     "asserted"),
    # a time phrase is no complement of the verb it hangs on ("call" plans what it governs)
    ("Veltrian troops called in air support after being surrounded by rebels.", "surrounded",
     "asserted"),
    # what a negated noun would hold is not the case as told
    ("The minister said there was no evidence that any detainee was tortured.", "tortured",
     "denied"),
    ("Police found evidence that the man was attacked.", "attacked", "asserted"),
    ("Norland is using its old laws in order to withdraw the men's passports.", "withdraw",
     "planned"),
    # a "for X to do" clause is the complement of the verb that calls for it
    ("Dorn has proposed a plan, which calls for Veltria to suspend its missile tests.",
     "suspend", "planned"),
])
def test_modes(events_of, text, trigger, mode):
    assert by_trigger(events_of(text), trigger).mode == mode


def test_negation_stays_in_its_clause(events_of):
    events = events_of("The man who fired the shots at the convoy was not arrested.")
    assert by_trigger(events, "arrested").mode == "denied"
    events = events_of("Dorn yielded no concessions to the envoy, openly mocking the minister.")
    assert by_trigger(events, "mocking").mode != "denied"


def test_threatened_to_is_one_threat(events_of):
    events = events_of("Veltria threatened to invade Norland.")
    assert [e.type for e in events] == ["THREATEN"]


def test_call_for_ceasefire_is_a_demand_not_a_ceasefire(events_of):
    events = events_of("The bloc called for a ceasefire in Dorn.")
    assert [e.type for e in events] == ["DEMAND"]


def test_agree_keeps_the_committed_act_as_planned(events_of):
    events = events_of("Alliance leaders agreed to send troops to Norland.")
    assert {e.type for e in events} == {"AGREE", "MOBILIZE"}
    assert next(e for e in events if e.type == "MOBILIZE").mode == "planned"


def test_no_event_is_asserted_under_a_modal_or_negation(events_of):
    text = ("Veltria could attack the port. Troops did not enter Dorn. If rebels seize the "
            "airport, the bloc will respond. Veltria plans to shell the bridge.")
    assert all(e.mode != "asserted" for e in events_of(text))


def test_topic_nominal_is_not_an_event(events_of):
    text = ("Prices rose sharply after the invasion of Norland. Markets feared the invasion "
            "of Norland would last. Analysts said the invasion of Norland changed everything.")
    assert not [e for e in events_of(text) if e.trigger == "invasion"]


def test_nominal_that_happens_is_an_event(events_of):
    assert by_trigger(events_of("Heavy fighting broke out near Selka."), "fighting")
    assert by_trigger(events_of("Veltria launched an offensive in the east."), "offensive")
    assert by_trigger(events_of("Talks in Oslo between Veltria and Norland ended."), "Talks")


def test_repeated_nominal_is_folded(events_of):
    text = ("The Veltrian invasion shocked Europe. Later the Veltrian invasion was discussed "
            "again. Everyone spoke of the Veltrian invasion.")
    assert len([e for e in events_of(text) if e.trigger == "invasion"]) <= 1


def test_quoted_event_is_claimed(events_of):
    events = events_of('"We have seized the airport," the commander said.')
    assert by_trigger(events, "seized").mode == "claimed"


def test_warning_report_is_not_a_threat(events_of):
    events = events_of("The border guard warned that enemy troops had advanced on the suburbs.")
    assert "THREATEN" not in {e.type for e in events}
    assert "THREATEN" in {e.type for e in events_of("Veltria warned Norland of consequences.")}


def test_offered_words_is_not_an_agreement(events_of):
    events = events_of("A senior official offered words of encouragement to the mayor.")
    assert "AGREE" not in {e.type for e in events}


def test_evacuations(events_of):
    assert not events_of("About 400 residents were evacuated from the valley as the river rose.")
    assert not events_of("The authorities evacuated three villages near the levee.")
    assert not events_of("The regional government ordered the evacuation of 2,000 people.")
    aid = events_of("Relief helicopters from the United Nations evacuated the wounded from Dorn.")
    assert [e.type for e in aid] == ["AID"]


@pytest.mark.parametrize("text,trigger,mode", [
    ("But not everyone in the coalition agreed.", "agreed", "denied"),
    ("Not all council members backed the proposal.", "backed", "denied"),
    ("Not all of the militias attacked the depot.", "attacked", "denied"),
    ("None of the delegations signed the accord.", "signed", "denied"),
    ("Neither side signed the accord.", "signed", "denied"),
    ("Nobody ambushed the patrol.", "ambushed", "denied"),
    ("Few provinces supported the reform.", "supported", "asserted"),
    ("All council members backed the proposal.", "backed", "asserted"),
])
def test_negated_quantifier_subject(events_of, text, trigger, mode):
    assert by_trigger(events_of(text), trigger).mode == mode


@pytest.mark.parametrize("text,trigger,kind", [
    pytest.param("Norland fired three missiles toward the sea on Monday.", "fired", "MOBILIZE",
                 id="a preposition of time is no target: 'fired on Monday'"),
    pytest.param("Norland fired rockets on the border town of Dorn.", "fired", "FIGHT ASSAULT",
                 id="'fire on' a place is still an attack"),
])
def test_phrasal_trigger_word_is_no_time_phrase(events_of, text, trigger, kind):
    assert by_trigger(events_of(text), trigger).type in kind.split()


def test_demonstrating_a_thing_is_showing_not_protesting(events_of):
    text = "The rebels tested a rocket to demonstrate its potential to hit the capital."
    assert not [e for e in events_of(text) if e.type == "PROTEST"]
    assert [e for e in events_of("Thousands of students demonstrated outside parliament.")
            if e.type == "PROTEST"]


@pytest.mark.parametrize("text", [
    pytest.param("The scene after a tram overturned in Dorn, trapping five people and injuring "
                 "another 40.", id="harm participles of a vehicle that overturned"),
    pytest.param("A tram derailed in Dorn on Wednesday. A number of people are believed to have "
                 "been injured.", id="harm no one does, in a story of an accident"),
])
def test_harm_in_an_accident_is_no_assault(events_of, text):
    assert not [e for e in events_of(text) if e.type in ("ASSAULT", "FIGHT")]


def test_harm_no_one_does_in_a_story_of_violence_stays_an_assault(events_of):
    text = "A gunman opened fire in a bar in Dorn. Twenty people were injured."
    assert "injured" in {e.trigger for e in events_of(text) if e.type == "ASSAULT"}


def test_a_background_day_long_before_the_news_lends_no_date_to_a_current_act(nlp):
    from dateline.annotate.timex import find_timexes

    def dated(text: str) -> dict[str, str | None]:
        doc = nlp(text)
        return {e.trigger: e.date for e in find_events(
            doc, published=PUBLISHED, timexes=find_timexes(doc, PUBLISHED))}
    assert dated("The ceasefire was signed on March 3, 2029. Troops shelled the town of Dorn, "
                 "officials said.")["shelled"] == PUBLISHED.isoformat()
    assert dated("Troops entered Dorn on Monday. They shelled the town, officials "
                 "said.")["shelled"] == "2031-05-12"


def test_a_verb_the_tagger_took_for_a_noun_is_a_verb_by_its_parse(events_of):
    text = ("A radicalized couple storm a Christmas office party at a social services center "
            "in Dorn and gun down 14 people.")
    storm = by_trigger(events_of(text), "storm")
    assert storm.type == "ASSAULT" and storm.actors == ("A radicalized couple",)


def test_a_when_clause_happens_at_the_time_of_its_main_clause(nlp):
    from dateline.annotate.timex import find_timexes

    doc = nlp("Dozens of people were killed Sunday when a gunman opened fire on the crowd.")
    events = find_events(doc, published=PUBLISHED, timexes=find_timexes(doc, PUBLISHED))
    assert {e.trigger: e.date for e in events}["opened"] == "2031-05-11"


def _annotated_events(text: str):
    from dateline.annotate import annotate_text

    return annotate_text(text, PUBLISHED).events


def test_an_attack_report_that_mentions_a_tournament_is_no_sports_report(nlp):
    from dateline.annotate.events.report_kinds import sports_text

    attack = ("A truck drove into a crowd in Dorn on Thursday night, killing 84 people, and the "
              "driver was shot dead by the police. " * 40)
    aside = ("The attack came days after the football tournament and its final match ended; "
             "its games, its stadium and its fan zones had been guarded by the police.")
    report = ("Dorn beat Lisk 3-1 in the league game on Sunday. The coach praised the striker, "
              "whose second goal settled the match before the stadium emptied.")
    assert not sports_text(nlp(attack + aside))
    assert sports_text(nlp(report))
    events = find_events(nlp(attack + aside), published=PUBLISHED)
    assert any(e.type == "ASSAULT" and e.trigger == "shot" for e in events)


def test_a_clause_the_parse_hung_on_its_subject_takes_the_place_of_its_main_clause():
    text = ("A summer fireworks celebration was shattered by death and mayhem Thursday night in "
            "the southern French city of Lyon when a large truck barreled for more than a mile "
            "through an enormous crowd of spectators, crushing dozens.")
    assert by_trigger(_annotated_events(text), "barreled").place == "Lyon"


def test_what_came_months_before_the_news_lends_no_place():
    text = ("A truck barreled through a crowd in Lyon on Thursday night. It came eight months "
            "after the Marseille attacks that traumatized the nation. At least 84 people were "
            "killed by the driver of the truck.")
    assert by_trigger(_annotated_events(text), "killed").place == "Lyon"


def test_a_coordinated_verb_shares_its_object_for_the_sense(events_of):
    photos = events_of("The new camera makes it easier to shoot and share amazing photos.")
    assert not [e for e in photos if e.type == "ASSAULT"]
    men = events_of("Soldiers shot and killed two men at the checkpoint.")
    assert by_trigger(men, "shot").type == "ASSAULT"


def test_a_vehicle_that_hits_a_thing_in_a_story_of_no_violence_is_a_collision(events_of):
    collision = "A tourist ship has struck a highway bridge on the river near Dorn."
    assert not [e for e in events_of(collision) if e.type in ("FIGHT", "ASSAULT")]
    attack = "A truck struck a market stall in Dorn in what police called a terror attack."
    assert [e for e in events_of(attack) if e.trigger == "struck"]


def test_offering_objections_is_no_offer(events_of):
    text = "It is an attempt to meet one of the key objections that Acme has offered."
    assert not [e for e in events_of(text) if e.type == "AGREE"]


def test_a_word_inside_a_hyphenated_word_is_no_trigger(events_of):
    text = ("Singer Rihanna poses as she arrives to the Spring-Summer 2017 ready-to-wear "
            "fashion collection presented in Paris.")
    assert not events_of(text)


def test_a_goal_that_is_to_strike_is_no_striker(events_of):
    text = "Analysts said the real goal was to strike at the regime."
    assert all(e.actors != ("the real goal",) for e in events_of(text))
    planned = by_trigger(events_of("The rebels were to attack the town at dawn."), "attack")
    assert planned.actors == ("The rebels",) and planned.targets == ("the town",)


@pytest.mark.parametrize("text", [
    "Orbex hopes to fly its new rocket next month. If the Skylark does not explode on the pad, "
    "it will carry two satellites.",
    "A Skylark engine explosion on the pad in Dorn destroyed a satellite in March.",
    "A gas explosion ripped through a block of flats in Dorn on Sunday, killing five people.",
    "Five people were killed in a gas explosion in Dorn on Sunday.",
])
def test_a_named_thing_blowing_up_in_a_story_of_no_violence_is_a_mishap(events_of, text):
    assert not [e for e in events_of(text) if e.type in ("FIGHT", "ASSAULT")]


@pytest.mark.parametrize("text, trigger", [
    ("A bomb exploded in the market in Dorn on Sunday, killing five people.", "exploded"),
    ("An explosion hit the market in Dorn on Sunday.", "explosion"),  # names nothing
    ("Rebels shelled Dorn overnight. A gas explosion followed at the depot.", "explosion"),
])
def test_explosions_of_weapons_or_in_violent_stories_stay_attacks(events_of, text, trigger):
    assert by_trigger(events_of(text), trigger).type == "ASSAULT"


@pytest.mark.parametrize("text, trigger", [
    ("The bus crash in Dorn killed four. More than 50 people were rushed to hospital.",
     "rushed"),
    ("Lea Dorn is a member of the Front, a faction opposed to peace with Veltria.", "opposed"),
    ("Acme is one of a few private companies committed to exploring travel to Mars.",
     "committed"),
])
def test_transports_and_standing_stances_are_no_acts(events_of, text, trigger):
    assert not [e for e in events_of(text) if e.trigger == trigger]


def test_a_stance_participle_with_its_auxiliary_is_a_clause(events_of):
    text = ("Police said the attacker, a 31-year-old from Dorn, had pledged allegiance to the "
            "Front.")
    assert by_trigger(events_of(text), "pledged").type == "SUPPORT"


@pytest.mark.parametrize("text, kept", [
    ("Shares in Acme fell as investors fled the market. The index lost 3% and bond yields "
     "rose, while the currency slipped. Stocks staged a brief rally in the afternoon, and "
     "traders said the rally would not last.", False),
    ("Thousands joined a rally in Dorn against the new law. Police said the protesters "
     "marched past the market.", True),
])
def test_a_rally_in_a_markets_report_is_no_protest(events_of, text, kept):
    assert bool([e for e in events_of(text) if e.trigger == "rally"]) == kept


@pytest.mark.parametrize("text, trigger, type_", [
    ("The DVD market is huge because copy protection was hacked five years ago.", "hacked",
     None),
    ("Criminals were able to mass produce pirated software in Dorn.", "mass", None),
    ("Veltria massed 100,000 troops on the border with Dorn.", "massed", "MOBILIZE"),
])
def test_hacking_a_system_and_mass_production_are_no_acts_of_force(events_of, text, trigger,
                                                                   type_):
    assert {e.type for e in events_of(text) if e.trigger == trigger} == (
        {type_} if type_ else set())


def test_the_story_lends_the_days_place_to_its_unplaced_acts_of_that_happening():
    # a paragraph away from the lead, no place of its own: the lead's place that day
    text = ("A truck ploughed into a crowd in Lyon on Thursday night, killing 80 people.\n\n"
            "Witnesses said the driver opened fire on the crowd before police shot him dead.")
    events = _annotated_events(text)
    assert by_trigger(events, "opened").place == "Lyon"
    assert by_trigger(events, "shot").place == "Lyon"


def test_an_inquiry_takes_the_storys_one_place_unless_a_state_holds_it():
    from dateline.annotate import annotate_text

    text = ("A truck ploughed into a crowd in Lyon on Thursday night, killing 80 people.\n\n"
            "Police are investigating the attack.\n\n"
            "Tunisia also said it was opening a judicial inquiry into the attack.")
    events = annotate_text(text, dt.date(2031, 1, 3)).events
    assert by_trigger(events, "investigating").place == "Lyon"
    assert by_trigger(events, "inquiry").place is None


def test_the_story_lends_no_place_to_an_act_not_told_as_done():
    # a feared attack in Lyon is no happening: a feared strike that day is not placed by it
    text = ("Police warned on Thursday that gunmen could attack schools in Lyon.\n\n"
            "A truck ploughed into a crowd in Marseille on Thursday night, killing 80 people.\n\n"
            "The president said on Thursday that fanatics might strike again.")
    from dateline.annotate import annotate_text

    strike = by_trigger(annotate_text(text, dt.date(2031, 1, 3)).events, "strike")  # a Friday
    assert strike.mode == "hypothetical" and strike.place is None


def test_a_day_of_attacks_in_two_places_lends_neither():
    text = ("A bomb exploded in Lyon on Thursday. Another bomb exploded in Marseille on "
            "Thursday.\n\nPolice said gunmen opened fire on a bus on Thursday.")
    assert by_trigger(_annotated_events(text), "opened").place is None
