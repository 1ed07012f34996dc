"""Where an event happened and whom it was done to, on invented sentences: each test shows one
class of error seen on unseen articles, fixed from the parse rather than from word lists."""

from __future__ import annotations

import pytest

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


# --- target ---------------------------------------------------------------------------------


def test_a_welcomed_decision_is_aimed_at_whoever_made_it(events_of):
    event = by_trigger(events_of("Canada welcomed Mexico's decision on Monday."), "welcomed")
    assert event.targets == ("Mexico",)


def test_an_object_pronoun_never_takes_back_the_doer(events_of):
    text = "The officer said he shot him on Monday."
    assert "The officer" not in by_trigger(events_of(text), "shot").targets


def test_a_condemned_act_told_before_is_aimed_at_its_doer(events_of):
    text = "Gunmen attacked a hotel in the capital on Friday. The president condemned the attack."
    event = by_trigger(events_of(text), "condemned")
    assert event.targets == ("Gunmen",) and event.actors != ("Gunmen",)


def test_a_series_of_acts_does_not_borrow_one_happenings_place(events_of):
    text = "A bomb exploded in Tarvos on Monday. The group has carried out a series of attacks."
    events = events_of(text, places=_places(text, ("Tarvos", "city")))
    assert by_trigger(events, "exploded").place == "Tarvos"
    assert by_trigger(events, "attacks").place is None


def test_another_states_act_does_not_borrow_a_neighbours_place(events_of):
    text = "Spain staged a naval drill in the Alboran Sea on Monday. Hours later Portugal held " \
        "a military drill near the coast."
    events = events_of(text, places=_places(text, ("Spain", "country"), ("Alboran Sea", "water"),
                                            ("Portugal", "country")))
    assert by_trigger(events, "drill").place == "Alboran Sea"
    assert by_trigger(events, "drill", 1).place is None


def test_a_lawsuit_filed_against_a_company_is_aimed_at_it(events_of):
    text = "A shopper filed a lawsuit against Walmart in May."
    assert "Walmart" in by_trigger(events_of(text), "lawsuit").targets


def test_solidarity_expressed_with_a_state_is_aimed_at_it(events_of):
    assert by_trigger(events_of("Canada expressed solidarity with Mexico."),
                      "solidarity").targets == ("Mexico",)


@pytest.mark.parametrize("text, named, trigger, expected", [
    pytest.param("The council passed new sanctions on Velgrad last week.",
                 (("Velgrad", "city"),), "sanctions", None,
                 id="sanctions on a capital are not placed in it"),
    pytest.param("Police said a 40-year-old man from Dornfield was arrested on Tuesday.",
                 (("Dornfield", "city"),), "arrested", None,
                 id="where a person comes from is not where he was arrested"),
    pytest.param("A Calvera man was arrested on Tuesday, police said.",
                 (("Calvera", "region"),), "arrested", None,
                 id="a place modifying a person is his origin"),
    pytest.param("The envoy flew to the port of Sarnet, where he met the governor on Friday.",
                 (("Sarnet", "city"),), "met", "Sarnet",
                 id="a relative clause opened by where happens at its noun"),
    pytest.param("They live in the village of Orlin, where weekly protests have been held for "
                 "years.",
                 (("Orlin", "city"),), "protests", "Orlin",
                 id="a nominal act in a where clause is placed at its noun"),
    pytest.param("Nine people were killed in raids last year against a newspaper and a bank in "
                 "Tarvos.",
                 (("Tarvos", "city"),), "killed", "Tarvos",
                 id="an attack is placed where its targets are"),
    pytest.param('"We mourn the bombing in Tarvos, Morvania, which killed nine people," Ana Lee '
            'said on Monday.',
                 (("Tarvos", "city"), ("Morvania", "country"),), "killed", "Tarvos",
                 id="a clause hung on the place of an act is placed there"),
    pytest.param("Saturday's demonstrations by farmers and students in Tarvos were peaceful.",
                 (("Tarvos", "city"),), "demonstrations", "Tarvos",
                 id="a nominal act is placed where the parse hangs the place on its doers"),
    pytest.param("Foreign observers took part in Velgrad's missile test.",
                 (("Velgrad", "city"),), "test", None,
                 id="the possessor of an act in its carrier's phrase is its doer, not a place"),
    pytest.param("Students clashed with police in Tarvos on Saturday.",
                 (("Tarvos", "city"),), "clashed", "Tarvos",
                 id="a clash is placed where the other side is"),
    pytest.param("The president visited Tarvos on Monday for talks with Ana Lee.",
                 (("Tarvos", "city"),), "visited", "Tarvos",
                 id="a visit is placed in the place visited"),
    pytest.param("The shelling of Tarvos continued on Monday, officials said.",
                 (("Tarvos", "city"),), "shelling", "Tarvos",
                 id="the shelling of a city happened in it"),
    pytest.param("Morvania fought against Velgrad on Monday.",
                 (("Morvania", "country"), ("Velgrad", "country"),), "fought", None,
                 id="a fight against a state is not placed in it"),
    pytest.param("The minister, speaking in Tarvos, called for a ceasefire on Monday.",
                 (("Tarvos", "city"),), "called", "Tarvos",
                 id="a participle clause tells where the speaker was"),
    pytest.param("Speaking during a visit to Tarvos, the minister called on Morvania to act.",
                 (("Tarvos", "city"), ("Morvania", "country"),), "called", "Tarvos",
                 id="an act during a visit happened where the visit was"),
])
def test_an_act_is_placed_where_its_own_words_say(events_of, text, named, trigger, expected):
    event = by_trigger(events_of(text, places=_places(text, *named)), trigger)
    assert event.place == expected


@pytest.mark.parametrize("text, trigger, expected", [
    pytest.param("The militia pledged allegiance to the Northern Front on Monday.",
                 "pledged", ("the Northern Front",),
                 id="allegiance pledged to a group is aimed at the group"),
    pytest.param("Canada will reopen a hotline with Mexico on Monday.",
                 "reopen", ("Mexico",),
                 id="a hotline reopened with a state is aimed at the state"),
    pytest.param("Students protested on Monday against Canadian policies.",
                 "protested", ("Canada",),
                 id="a protest against a states policy is aimed at the state"),
    pytest.param("Ana Lee, the Canadian foreign minister, condemned the test on Monday.",
                 "condemned", (),
                 id="a condemned act with no owner is no target"),
    pytest.param("The council called on all states to enforce the embargo.",
                 "called", ("all states",),
                 id="a call on all states is aimed at them"),
    pytest.param("Sarah Johnson was detained in May. On Monday a court sentenced her to two years.",
                 "sentenced", ("Sarah Johnson",),
                 id="an object pronoun is whom it stands for"),
    pytest.param("Canada tested a missile on Friday. Canada later praised the test.",
                 "praised", (),
                 id="a condemned act never aims the condemnation at the condemner"),
    pytest.param("Oracle made a final offer on Monday to acquire Microsoft.",
                 "offer", ("Microsoft",),
                 id="an offer to buy a company is aimed at the company"),
    pytest.param("The council demanded on Monday that Canada halt its program.",
                 "demanded", ("Canada",),
                 id="a demand that a party act is aimed at that party"),
    pytest.param("Fans reacted on Twitter, with some even blaming the change on the merger.",
                 "blaming", ("the change",),
                 id="a thing stays the target when no doer is named"),
    pytest.param("Morvania threatened to fire four rockets into the sea near Canada.",
                 "threatened", ("Canada",),
                 id="a threat is aimed at the party its deed would strike near"),
    pytest.param("The general threatened to use the new missile on Canada.",
                 "threatened", ("Canada",),
                 id="a threat is aimed at the party its deed would be used on"),
    pytest.param("A guard opened fire at the depot in Tarvos, killing three workers.",
                 "opened", ("workers",),
                 id="an attack with no object of its own is aimed at whom its result harmed"),
    pytest.param("Police opened fire to disperse striking miners, killing one man.", "opened",
                 ("striking miners",),
                 id="an attack is aimed at the object of its purpose before its result's"),
    pytest.param("The gunman killed and wounded dozens of shoppers.", "killed", ("shoppers",),
                 id="a harm shares the object of the harm coordinated with it"),
    pytest.param("The party decided to take tougher action against smugglers who exploit "
                 "migrants.", "take", ("smugglers",),
                 id="a measure a light verb takes is aimed at its against phrase"),
    pytest.param("Sarah Johnson was charged on Monday. The court extended her remand for a week.",
                 "remand", ("Sarah Johnson",),
                 id="the possessor of an act done to a person is whom it stands for"),
    pytest.param("Maria Lopez led the march on Monday. The students blocked the square. She was "
                 "arrested on Tuesday.", "arrested", ("Maria Lopez",),
                 id="she stands for one person, never for a plural subject"),
    pytest.param("Maria Lopez spoke at the rally. The family of a teacher who was detained in May "
                 "said her detention had been extended.", "detention", ("a teacher",),
                 id="a relative clause's subject in the pronoun's own sentence is its antecedent"),
])
def test_an_act_is_aimed_at_whom_its_own_words_say(events_of, text, trigger, expected):
    assert by_trigger(events_of(text), trigger).targets == expected


def test_a_party_the_parse_made_a_clauses_subject_is_still_the_partner(nlp):
    # "cooperate with Chile to respond": the parse may read Chile as the subject of "respond"
    from spacy.tokens import Doc

    from dateline.annotate.events.verb_arguments import verb_arguments

    doc = Doc(nlp.vocab, words=["Lima", "will", "cooperate", "with", "Chile", "to", "respond", "."],
              heads=[2, 2, 2, 2, 6, 6, 3, 2],
              deps=["nsubj", "aux", "ROOT", "prep", "nsubj", "aux", "pcomp", "punct"],
              pos=["PROPN", "AUX", "VERB", "ADP", "PROPN", "PART", "VERB", "PUNCT"],
              ents=["B-GPE", "O", "O", "O", "B-GPE", "O", "O", "O"])
    assert [t.text for t in verb_arguments(doc[2], None)[1]] == ["Chile"]


def test_a_missiles_path_is_not_where_it_was_launched(events_of):
    text = "Veltria fired a missile over Dorn on Monday."
    event = by_trigger(events_of(text, places=_places(text, ("Veltria", "country"),
                                                      ("Dorn", "country"))), "fired")
    assert event.place is None


def test_a_launch_site_after_a_direction_or_a_stacked_preposition_places_it(events_of):
    text = "Veltria fired a missile eastward from the vicinity of Tarnow on Monday."
    event = by_trigger(events_of(text, places=_places(text, ("Veltria", "country"),
                                                      ("Tarnow", "city"))), "fired")
    assert event.place == "Tarnow"
    text = "Veltria fired a missile from near Tarnow over Dorn on Monday."
    event = by_trigger(events_of(text, places=_places(text, ("Veltria", "country"),
                                                      ("Tarnow", "city"), ("Dorn", "country"))),
                       "fired")
    assert event.place == "Tarnow"


def test_far_from_a_place_is_not_there(events_of):
    text = "The rebels fought far from Tarnow on Monday."
    event = by_trigger(events_of(text, places=_places(text, ("Tarnow", "city"))), "fought")
    assert event.place is None
