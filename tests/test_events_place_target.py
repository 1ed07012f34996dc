"""Where an event happened and whom it was done to, on invented sentences: each test shows one
class of error seen on unseen articles, fixed from the parse rather than from word lists."""

from __future__ import annotations

from dateline.model import Place

from event_helpers import by_trigger


def _place_in(text, surface, name, precision):
    start = text.index(surface)
    return Place(start, start + len(surface), surface, name, 0.0, 0.0, None, precision)


def _places(text, *named):
    return [_place_in(text, surface, surface, precision) for surface, precision in named]


# --- place ----------------------------------------------------------------------------------


def test_a_demand_on_a_state_is_not_placed_there(events_of):
    text = "The envoy called on Morvania on Monday to free the prisoners."
    event = by_trigger(events_of(text, places=_places(text, ("Morvania", "country"))), "called")
    assert event.place is None and "Morvania" in event.targets


def test_sanctions_on_a_capital_are_not_placed_in_it(events_of):
    text = "The council passed new sanctions on Velgrad last week."
    event = by_trigger(events_of(text, places=_places(text, ("Velgrad", "city"))), "sanctions")
    assert event.place is None


def test_where_a_person_comes_from_is_not_where_he_was_arrested(events_of):
    text = "Police said a 40-year-old man from Dornfield was arrested on Tuesday."
    event = by_trigger(events_of(text, places=_places(text, ("Dornfield", "city"))), "arrested")
    assert event.place is None


def test_a_place_modifying_a_person_is_his_origin(events_of):
    text = "A Calvera man was arrested on Tuesday, police said."
    event = by_trigger(events_of(text, places=_places(text, ("Calvera", "region"))), "arrested")
    assert event.place is None


def test_a_relative_clause_opened_by_where_happens_at_its_noun(events_of):
    text = "The envoy flew to the port of Sarnet, where he met the governor on Friday."
    event = by_trigger(events_of(text, places=_places(text, ("Sarnet", "city"))), "met")
    assert event.place == "Sarnet"


def test_a_nominal_act_in_a_where_clause_is_placed_at_its_noun(events_of):
    text = "They live in the village of Orlin, where weekly protests have been held for years."
    event = by_trigger(events_of(text, places=_places(text, ("Orlin", "city"))), "protests")
    assert event.place == "Orlin"


def test_an_attack_is_placed_where_its_targets_are(events_of):
    text = "Nine people were killed in raids last year against a newspaper and a bank in Tarvos."
    event = by_trigger(events_of(text, places=_places(text, ("Tarvos", "city"))), "killed")
    assert event.place == "Tarvos"


def test_a_clause_hung_on_the_place_of_an_act_is_placed_there(events_of):
    text = ('"We mourn the bombing in Tarvos, Morvania, which killed nine people," Ana Lee '
            'said on Monday.')
    places = _places(text, ("Tarvos", "city"), ("Morvania", "country"))
    assert by_trigger(events_of(text, places=places), "killed").place == "Tarvos"


# --- target ---------------------------------------------------------------------------------


def test_a_welcomed_decision_is_aimed_at_whoever_made_it(events_of):
    event = by_trigger(events_of("Canada welcomed Mexico's decision on Monday."), "welcomed")
    assert event.targets == ("Mexico",)


def test_allegiance_pledged_to_a_group_is_aimed_at_the_group(events_of):
    text = "The militia pledged allegiance to the Northern Front on Monday."
    assert by_trigger(events_of(text), "pledged").targets == ("the Northern Front",)


def test_a_hotline_reopened_with_a_state_is_aimed_at_the_state(events_of):
    text = "Canada will reopen a hotline with Mexico on Monday."
    assert by_trigger(events_of(text), "reopen").targets == ("Mexico",)


def test_a_protest_against_a_states_policy_is_aimed_at_the_state(events_of):
    text = "Students protested on Monday against Canadian policies."
    assert by_trigger(events_of(text), "protested").targets == ("Canada",)


def test_a_condemned_act_with_no_owner_is_no_target(events_of):
    text = "Ana Lee, the Canadian foreign minister, condemned the test on Monday."
    assert by_trigger(events_of(text), "condemned").targets == ()


def test_a_call_on_all_states_is_aimed_at_them(events_of):
    text = "The council called on all states to enforce the embargo."
    assert by_trigger(events_of(text), "called").targets == ("all states",)


def test_an_object_pronoun_is_whom_it_stands_for(events_of):
    text = "Sarah Johnson was detained in May. On Monday a court sentenced her to two years."
    assert by_trigger(events_of(text), "sentenced").targets == ("Sarah Johnson",)


def test_an_object_pronoun_never_takes_back_the_doer(events_of):
    text = "The officer said he shot him on Monday."
    assert "The officer" not in by_trigger(events_of(text), "shot").targets


def test_a_clash_is_placed_where_the_other_side_is(events_of):
    text = "Students clashed with police in Tarvos on Saturday."
    event = by_trigger(events_of(text, places=_places(text, ("Tarvos", "city"))), "clashed")
    assert event.place == "Tarvos"


def test_a_visit_is_placed_in_the_place_visited(events_of):
    text = "The president visited Tarvos on Monday for talks with Ana Lee."
    event = by_trigger(events_of(text, places=_places(text, ("Tarvos", "city"))), "visited")
    assert event.place == "Tarvos"


def test_a_condemned_act_told_before_is_aimed_at_its_doer(events_of):
    text = "Gunmen attacked a hotel in the capital on Friday. The president condemned the attack."
    event = by_trigger(events_of(text), "condemned")
    assert event.targets == ("Gunmen",) and event.actors != ("Gunmen",)


def test_a_condemned_act_never_aims_the_condemnation_at_the_condemner(events_of):
    text = "Canada tested a missile on Friday. Canada later praised the test."
    assert by_trigger(events_of(text), "praised").targets == ()


def test_the_shelling_of_a_city_happened_in_it(events_of):
    text = "The shelling of Tarvos continued on Monday, officials said."
    event = by_trigger(events_of(text, places=_places(text, ("Tarvos", "city"))), "shelling")
    assert event.place == "Tarvos"


def test_a_fight_against_a_state_is_not_placed_in_it(events_of):
    text = "Morvania fought against Velgrad on Monday."
    places = _places(text, ("Morvania", "country"), ("Velgrad", "country"))
    assert by_trigger(events_of(text, places=places), "fought").place is None


def test_a_participle_clause_tells_where_the_speaker_was(events_of):
    text = "The minister, speaking in Tarvos, called for a ceasefire on Monday."
    event = by_trigger(events_of(text, places=_places(text, ("Tarvos", "city"))), "called")
    assert event.place == "Tarvos"


def test_an_act_during_a_visit_happened_where_the_visit_was(events_of):
    text = "Speaking during a visit to Tarvos, the minister called on Morvania to act."
    places = _places(text, ("Tarvos", "city"), ("Morvania", "country"))
    assert by_trigger(events_of(text, places=places), "called").place == "Tarvos"


def test_a_series_of_acts_does_not_borrow_one_happenings_place(events_of):
    text = "A bomb exploded in Tarvos on Monday. The group has carried out a series of attacks."
    events = events_of(text, places=_places(text, ("Tarvos", "city")))
    assert by_trigger(events, "exploded").place == "Tarvos"
    assert by_trigger(events, "attacks").place is None


def test_a_lawsuit_filed_against_a_company_is_aimed_at_it(events_of):
    text = "A shopper filed a lawsuit against Walmart in May."
    assert "Walmart" in by_trigger(events_of(text), "lawsuit").targets


def test_solidarity_expressed_with_a_state_is_aimed_at_it(events_of):
    assert by_trigger(events_of("Canada expressed solidarity with Mexico."),
                      "solidarity").targets == ("Mexico",)


def test_an_offer_to_buy_a_company_is_aimed_at_the_company(events_of):
    text = "Oracle made a final offer on Monday to acquire Microsoft."
    assert by_trigger(events_of(text), "offer").targets == ("Microsoft",)


def test_a_demand_that_a_party_act_is_aimed_at_that_party(events_of):
    text = "The council demanded on Monday that Canada halt its program."
    assert by_trigger(events_of(text), "demanded").targets == ("Canada",)


def test_a_thing_stays_the_target_when_no_doer_is_named(events_of):
    text = "Fans reacted on Twitter, with some even blaming the change on the merger."
    assert by_trigger(events_of(text), "blaming").targets == ("the change",)
