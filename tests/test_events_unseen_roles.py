"""Who does an event to whom, and where, on unseen shapes (invented text): subjects the parse
hides, participles, passives, appositions, pronouns, purpose clauses."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.annotate import annotate_text
from dateline.model import Place

PUBLISHED = dt.date(2031, 5, 14)


def _event(events, trigger):
    return next(e for e in events if e.trigger == trigger)


def test_pronoun_actor_resolved(events_of):
    events = events_of("Canada massed troops on the border. Later it attacked the town of Dorn.")
    assert _event(events, "attacked").actors == ("Canada",)


def test_a_participle_after_a_noun_takes_the_noun_as_its_target(events_of):
    text = ("The rebels have freed 21 of the 200 schoolgirls kidnapped more than two years ago, "
            "officials said Thursday.")
    found = events_of(text)
    kidnapped = _event(found, "kidnapped")
    assert kidnapped.actors == () and "schoolgirls" in " ".join(kidnapped.targets)
    assert not _event(found, "freed").date.startswith("2029")  # the kidnapping's time


def test_the_object_of_a_causing_verb_does_the_infinitive(events_of):
    text = "The ruling led a Dorn judge in December to dismiss the claims against the bank."
    assert _event(events_of(text), "dismiss").actors == ("a Dorn judge",)


def test_the_object_of_an_order_undergoes_its_passive_infinitive(events_of):
    event = _event(events_of("Vladimir Dorn ordered the soldiers to be arrested on Monday."),
                   "arrested")
    assert event.actors == ("Vladimir Dorn",) and event.targets == ("the soldiers",)


def test_the_us_in_capitals_is_a_target_not_a_pronoun(events_of):
    event = _event(events_of("Veltria accused the US of driving the region towards war."),
                   "accused")
    assert event.targets in (("US",), ("United States",))  # the entity names it, if given


def test_who_claims_responsibility_for_an_attack_is_its_doer(events_of):
    event = _event(events_of("The Veltrian Front claimed responsibility for the bombing in "
                             "Dorn on Friday."), "bombing")
    assert event.type == "ASSAULT" and event.actors == ("The Veltrian Front",)
    assert not [e for e in events_of("No group has claimed responsibility for the attack.")
                if e.actors]


def test_a_detected_launch_took_place_and_belongs_to_the_weapon_s_state(events_of):
    event = _event(events_of("The US military detected the launch of a single Veltrian "
                             "ballistic missile from Dorn on Monday."), "launch")
    assert event.type == "MOBILIZE" and event.actors == ("Veltrian",)


def test_a_passive_pronoun_subject_stands_for_the_person_before(nlp):
    from dateline.annotate import annotate_text

    text = ("Former President Mohamed Dorn was convicted in the case on Monday. He is sentenced "
            "to life in prison. Police said the gunman was dead. Officers shot him near the "
            "hotel.")
    events = annotate_text(text, PUBLISHED).events
    assert _event(events, "sentenced").targets == ("Mohamed Dorn",)
    # never the officers themselves: "him" is one person, the gunman
    assert _event(events, "shot").targets == ("the gunman",)


def test_what_is_discussed_is_no_party_but_whom_with_is(events_of):
    event = _event(events_of("Veltria was discussing the situation with other council "
                             "members, officials said."), "discussing")
    assert event.targets == ("other council members",)


def test_a_city_named_before_an_attack_is_where_not_who(nlp):
    text = ("Death toll in Nice attack, in which a man drove a truck into crowds on July 14, "
            "rose to 85. His wife and son were also killed in the attack.")
    events = annotate_text(text, dt.date(2031, 7, 21)).events
    assert events and not [e for e in events if "Nice" in e.actors]


def test_a_bare_noun_after_by_is_the_manner_not_the_doer(events_of):
    text = "The statement was agreed by consensus on Friday."
    assert _event(events_of(text), "agreed").actors == ()
    assert _event(events_of("The village was attacked by police."), "attacked").actors \
        == ("police",)


def test_a_count_of_people_stands_for_them_as_target(events_of):
    text = "The minister says 21 of the schoolgirls have been released."
    released = _event(events_of(text), "released")
    assert released.type == "RETREAT" and released.targets == ("the schoolgirls",)


def test_a_passive_doer_meets_a_subject_condition(events_of):
    text = "Public events in Dorn have been guarded by troops and armed police."
    assert _event(events_of(text), "guarded").type == "MOBILIZE"


def test_a_possessive_pronoun_on_a_light_verb_object_is_the_subject(events_of):
    text = "Acme raised its offer. Dorn Corp made its bid in October for Veltria Ltd."
    assert _event(events_of(text), "bid").actors == ("Dorn Corp",)


def test_what_is_thrown_at_someone_is_no_target(events_of):
    threw = _event(events_of("Protesters threw stones at the soldiers."), "threw")
    assert threw.type == "ASSAULT" and threw.targets == ("the soldiers",)


def test_who_stands_for_the_person_or_body_right_before_it(events_of):
    text = ("The chief executive is now putting pressure back on the chairman and his board, "
            "who have so far refused to negotiate.")
    assert _event(events_of(text), "refused").actors == ("his board",)


def test_a_comma_set_second_object_sums_up_and_is_no_target(events_of):
    event = _event(events_of("Norland, Dorn and Veltria immediately condemned the launch, "
                                  "a move widely seen as a provocation."), "condemned")
    assert not [t for t in event.targets if "move" in t]
    assert "Norland" in event.actors


def test_the_doer_a_lead_describes_is_not_a_role_word_taken_for_a_name():
    text = ("A suicide bomber has rammed a truck into a Veltrian consulate in Norland, killing "
            "at least six civilians and wounding 120, officials said.\nGunman attacked the "
            "building after the blast, in the city of Dorn, battling with Veltrian and Norland "
            "forces.")
    events = annotate_text(text, PUBLISHED).events  # the entities name the doers
    rammed = _event(events, "rammed")  # a truck driven as a weapon: the killing is its result
    assert rammed.actors == ("A suicide bomber",)
    assert rammed.type == "ASSAULT" and "consulate" in " ".join(rammed.targets)


def test_the_doer_of_an_in_order_to_clause_is_its_clause_doer(events_of):
    event = _event(events_of("Norland is using its old laws in order to withdraw the men's "
                                  "passports."), "withdraw")
    assert event.actors == ("Norland",)


@pytest.mark.parametrize("text, trigger, actors", [
    ("Dorn's requests to speak with the minister went unanswered.", "speak", ("Dorn",)),
    ("There were no plans to attack the stadium in Dorn.", "attack", ()),
])
def test_the_noun_an_infinitive_hangs_on_is_no_doer(events_of, text, trigger, actors):
    assert _event(events_of(text), trigger).actors == actors


@pytest.mark.parametrize("text, trigger, actors", [
    # the issuer of a statement acts through it; both conjoined verbs are the issuer's
    ("The Dorn ministry issued a statement that condemned the raid and urged calm.", "urged",
     ("The Dorn ministry",)),
    # the parse hangs "urged" on the relative clause of "an action"; an action urges nothing
    ("Norland and Veltria denounced the launch as a reckless action that raises tensions and "
     "urged a firm response.", "urged", ("Norland", "Veltria")),
    # the one who fires a rocket kills with it
    ("The rebels fired a rocket that killed five people in Dorn.", "killed", ("The rebels",)),
    # finding a bomb is no use of it
    ("Police found a bomb that killed two people in Dorn last year.", "killed", ()),
    # a regime acts itself
    ("They fled predatory regimes that might confiscate their land.", "confiscate",
     ("predatory regimes",)),
    # the parse hangs the infinitive on the second of two things used: their user accuses
    ("Lena Orn used a post on her blog and an interview with the Dorn Times to accuse Veltria "
     "of lying.", "accuse", ("Lena Orn",)),
])
def test_a_relative_clause_on_a_thing_takes_the_doer_of_its_clause(events_of, text, trigger,
                                                                    actors):
    assert _event(events_of(text), trigger).actors == actors


def test_the_object_right_before_a_gerund_is_its_subject(events_of):
    text = "Mr Dale spoke in Dorn, despite Norland and Veltria repeatedly denouncing the plan."
    assert _event(events_of(text), "denouncing").actors == ("Norland", "Veltria")


@pytest.mark.parametrize("text, trigger, target", [
    ("The papers implicate a number of senior Dorn officials.", "implicate",
     "senior Dorn officials"),
    ("Gunmen abducted a group of students from a school in Dorn.", "abducted", "students"),
])
def test_a_measure_noun_stands_for_the_people_it_measures(events_of, text, trigger, target):
    assert _event(events_of(text), trigger).targets == (target,)


def _place_in(text, surface, name, precision):
    start = text.index(surface)
    return Place(start, start + len(surface), surface, name, 0.0, 0.0, None, precision)


def test_a_place_naming_a_record_is_no_place(events_of):
    text = "A gunman killed 12 people on Sunday in the deadliest attack in modern US history."
    places = [_place_in(text, "US", "United States", "country")]
    assert _event(events_of(text, places=places), "killed").place is None


def test_a_complex_preposition_names_no_place(events_of):
    text = "The council will meet in Geneva on Friday at the request of the United States."
    places = [_place_in(text, "Geneva", "Geneva", "city"),
              _place_in(text, "United States", "United States", "country")]
    assert _event(events_of(text, places=places), "meet").place == "Geneva"
    text = "The council will meet Friday at the request of the United States and Norland."
    places = [_place_in(text, "United States", "United States", "country")]
    assert _event(events_of(text, places=places), "meet").place is None


def test_a_nominal_without_an_object_is_done_to_its_possessor(events_of):
    text = "Dorn freed the hostages on Monday. Their release came after talks in Veltria."
    assert any(e.type == "RETREAT" and e.trigger == "release" for e in events_of(text))


def test_an_in_an_attempt_to_clause_is_the_purpose_of_its_clause(events_of):
    text = "Acme will meet Dorn Corp on Tuesday in an attempt to reach agreement on the plant."
    event = _event(events_of(text), "agreement")
    assert event.actors == ("Acme",) and event.mode == "planned"


def test_an_undated_reaction_takes_the_news_day_the_lead_tells():
    # stamped the 15th (another time zone); the lead's launch is Friday the 14th
    text = ("Veltria fired a missile over Dorn on Friday, 14 March 2031.\n\nIn Norland, "
            "the opposition called for new elections.")
    events = annotate_text(text, dt.date(2031, 3, 15)).events
    assert _event(events, "called").date == "2031-03-14"
    far = annotate_text(text.replace("Friday, 14 March", "4 March"), dt.date(2031, 3, 15)).events
    assert _event(far, "called").date == "2031-03-15"  # no news day beside publication


@pytest.mark.parametrize("text, trigger, actors", [
    ("A 16-year-old stabbed a teacher in Dorn on Monday.", "stabbed", ("A 16-year-old",)),
    ("A disturbed 20-year-old kills his mother in Dorn in December 2029.", "kills",
     ("A disturbed 20-year-old",)),
])
def test_a_person_named_by_age_is_the_doer(events_of, text, trigger, actors):
    assert _event(events_of(text), trigger).actors == actors


def test_a_series_of_attacks_is_done_by_the_attacks_doer(events_of):
    text = "A series of Boko Haram attacks killed 40 people in Dorn in 2015."
    assert _event(events_of(text), "killed").actors == ("Boko Haram",)


def test_each_name_before_a_nominal_act_is_its_doer(events_of):
    # "U.S." is parsed a noun modifier, beside the adjective "South Korean"
    event = _event(events_of("North Korea said it had conducted a test to counter U.S. and "
                             "South Korean military drills."), "drills")
    assert set(event.actors) == {"U.S.", "South Korea"}


def test_a_relative_clause_hung_on_the_place_of_an_attack_is_the_attack(events_of):
    # the parse hangs "which killed" on Dorn; a town where an attack happened killed no one
    events = events_of("The bombing in Dorn, Veltria, which killed 30 people, shocked the region.")
    assert _event(events, "killed").actors == ()


def test_harm_told_after_a_clause_that_undergoes_attacks_is_the_attacks(events_of):
    # the subject of "faced" suffered the attacks; the attacks, not Veltria, killed the tourists
    events = events_of("Veltria has faced a series of militant attacks this year, killing "
                       "dozens of tourists.")
    assert "Veltria" not in _event(events, "killing").actors


def test_a_count_of_a_relative_pronoun_stands_for_its_noun_and_money_is_no_target(events_of):
    events = events_of("The trial involved 25 defendants, five of whom were fined 30,000 pounds "
                       "each.")
    assert _event(events, "fined").targets == ("defendants",)


def test_an_infinitive_after_a_visit_is_the_visitors_purpose(events_of):
    events = events_of("A delegation of Dorn firms visited the Veltrian president in December "
                       "to press for change.")
    assert _event(events, "press").actors == ("A delegation",)


def test_an_infinitive_after_a_causative_is_its_objects_act(events_of):
    events = events_of("The evidence led the judge to dismiss the claims against Dorn Corp.")
    assert _event(events, "dismiss").actors == ("the judge",)


def test_a_bare_participle_clause_is_passive(nlp):
    from dateline.annotate.events.arguments import roles_of_clause

    doc = nlp("Ana Lim could face 85 years in prison if convicted of all the charges.")
    convicted = next(t for t in doc if t.text == "convicted")
    actors, targets = roles_of_clause(convicted)
    assert actors == [] and [t.text for t in targets] == ["Lim"]
