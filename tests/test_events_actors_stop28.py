"""Stop 28's actor and target classes on invented sentences: a subject the parse hung on a
fronted clause, an agentless passive after an act with a "by" doer, "our team" in a quotation,
and a stance modifier ("anti-Dorn")."""

from __future__ import annotations

import datetime as dt

from dateline.annotate import annotate_text


def _event(events, trigger):
    return next(e for e in events if e.trigger == trigger)


def test_a_subject_hung_on_a_fronted_clause_acts_in_both_clauses(events_of):
    # the parse makes "Norland" an apposition of "actions"
    text = ("While strongly condemning Veltria's actions, Norland and Ostrava continue to insist "
            "on talks.")
    events = events_of(text)
    assert _event(events, "condemning").actors == ("Norland", "Ostrava")
    assert _event(events, "insist").actors == ("Norland", "Ostrava")


def test_an_agentless_passive_after_an_act_by_someone_is_theirs(events_of):
    text = "Ivo Brandt was arrested on Monday following a long inquiry by the Dorn City Police."
    arrested = _event(events_of(text), "arrested")
    assert arrested.actors == ("the Dorn City Police",) or arrested.actors == ("Dorn City Police",)
    assert arrested.targets == ("Ivo Brandt",)


def test_an_agentless_passive_after_an_act_with_no_doer_keeps_none(events_of):
    text = "Ivo Brandt was arrested on Monday following a long inquiry."
    assert _event(events_of(text), "arrested").actors == ()


def test_our_team_in_a_quotation_is_the_speakers_organisation(nlp):
    text = ('"Our team will be meeting them on Friday," said Ann Lee, a spokeswoman for '
            'Velt Airways.')
    events = annotate_text(text, dt.date(2031, 5, 14), nlp=nlp).events
    assert _event(events, "meeting").actors == ("Velt Airways",)


def test_our_son_in_a_quotation_stays_a_person(nlp):
    text = '"Our son attacked nobody," said Ann Lee, a spokeswoman for Velt Airways.'
    events = annotate_text(text, dt.date(2031, 5, 14), nlp=nlp).events
    assert all("Velt Airways" not in e.actors for e in events)


def test_an_anti_modifier_names_the_target_not_the_actor(events_of):
    text = "Students joined a wave of anti-government protests in Dorn on Sunday."
    protests = _event(events_of(text), "protests")
    assert protests.actors == ("Students",)
    assert protests.targets == ("government",)


def test_a_broker_of_talks_between_two_sides_acts_on_both(events_of):
    text = ("The deal came out of talks between the Dorn government and the Velt Front, "
            "brokered by the Ostrava Council.")
    events = events_of(text)
    talks, brokered = _event(events, "talks"), _event(events, "brokered")
    assert "Ostrava Council" not in " ".join(talks.actors)
    assert "Ostrava Council" in " ".join(brokered.actors)
    assert "Velt Front" in " ".join(brokered.targets)


def test_a_measure_imposed_on_a_body_targets_it(events_of):
    text = "New sanctions imposed on Velt firms and banks by Dorn took effect on Monday."
    sanctions = _event(events_of(text), "sanctions")
    assert "Dorn" in sanctions.actors
    assert any("firms" in t for t in sanctions.targets)


def test_our_team_at_a_named_company_is_that_company(nlp):
    text = '"Our team at Velt Airways will be meeting them," said spokesman Ivo Brandt.'
    events = annotate_text(text, dt.date(2031, 5, 14), nlp=nlp).events
    assert _event(events, "meeting").actors == ("Velt Airways",)


def test_a_doer_unit_brings_its_organisation(events_of):
    text = ("Ivo Brandt was arrested on Monday following an inquiry by the Dorn Police "
            "Department's fraud unit.")
    assert "Dorn Police Department" in " ".join(_event(events_of(text), "arrested").actors)


def test_a_possessive_takes_the_owner_named_between_it_and_the_subject(events_of):
    text = ("Norland has cut off the Velt Front's fuel supplies following its series of "
            "rocket tests.")
    assert _event(events_of(text), "tests").actors == ("the Velt Front",)


def test_it_after_a_thing_subject_takes_the_things_owner(events_of):
    text = ("Norland Inc said its board would meet. Velt Corp's new bid included cash and stock. "
            "Its first offer, in November, came to $70 a share.")
    assert _event(events_of(text), "offer").actors == ("Velt Corp",)


def test_a_faction_is_a_party_an_act_is_aimed_at(events_of):
    text = "Most fighters joined a newer faction that has been endorsed by the Velt Front."
    assert _event(events_of(text), "endorsed").targets == ("a newer faction",)


def test_a_warning_that_it_is_time_to_strike_is_aimed_at_the_struck(events_of):
    text = "On Sunday the Velt Front warned that it was time to destroy Norland."
    warned = [e for e in events_of(text) if e.type == "THREATEN"]
    assert not warned or warned[0].targets == ("Norland",)


def test_a_vow_not_to_let_someone_act_is_aimed_at_them(events_of):
    text = "The Velt Front has vowed not to let Norland build missiles."
    assert _event(events_of(text), "vowed").targets == ("Norland",)


def test_them_takes_back_people_a_plural_relative_clause_names(events_of):
    text = ("Velt Air apologized to two players on the Dorn club's youth team who were removed "
            "from a plane after a flight attendant accused them of theft.")
    assert _event(events_of(text), "accused").targets == ("players",)


def test_a_measure_aimed_deep_in_its_object_targets_that_party(events_of):
    # the parse hangs "on Norway" on "barrels"; a real state keeps the trigger's sense
    text = ("September's Velt Council Resolution 12 imposed an import quota of 500,000 barrels "
            "of refined petrol on Norway.")
    assert _event(events_of(text), "imposed").targets == ("Norway",)


def test_a_participle_of_aiming_names_the_target(events_of):
    text = "The Velt Council approved new sanctions on Monday, targeting Norland's banks."
    assert "Norland" in " ".join(_event(events_of(text), "approved").targets)


def test_a_physical_act_on_a_thing_hits_whom_it_belongs_to(events_of):
    bit = _event(events_of("On Monday Ann Lee bit a soldier's hand."), "bit")
    assert bit.targets == ("a soldier's hand", "a soldier")


def test_a_relative_who_with_a_plural_verb_is_the_people_before(events_of):
    text = ("Velt Air apologized to two players on the Dorn club's youth team who were kicked off "
            "a plane on Sunday.")
    assert _event(events_of(text), "kicked").targets == ("players",)


def test_a_lowercase_kind_before_an_act_names_no_actor(events_of):
    attacks = _event(events_of("Norland has faced a series of jihadist attacks this year."),
                     "attacks")
    assert attacks.actors == ()


def test_members_of_a_body_name_the_body_too(events_of):
    text = "On Monday members of the Velt Front attacked a police post in Dorn."
    assert "the Velt Front" in " ".join(_event(events_of(text), "attacked").actors)


def test_a_coordinated_clause_subject_the_parse_joined_to_a_noun_acts(events_of):
    # the parse makes "the players" a conjunct of "theft"
    text = ("But a flight attendant, who is also tall, accused them of theft and the players "
            "were asked to leave the plane.")
    asked = _event(events_of(text), "asked")
    assert asked.targets == ("the players",)
    assert "a flight attendant" not in asked.targets


def test_we_is_the_organisation_named_in_the_speakers_title(nlp):
    text = 'Equifax spokeswoman Ann Lee said: "We will meet the regulators on Monday."'
    events = annotate_text(text, dt.date(2031, 5, 14), nlp=nlp).events
    assert _event(events, "meet").actors == ("Equifax",)


def test_on_a_platform_after_a_party_object_tells_where_not_whom(events_of):
    text = "The Velt campaign thanked the Dorn police on Facebook for their work."
    thanked = _event(events_of(text), "thanked")
    assert "Facebook" not in thanked.targets


def test_a_peoples_nationality_names_its_state_too(events_of):
    text = "On Monday Norland said it stands with the French people against this violence."
    assert "France" in _event(events_of(text), "stands").targets


def test_people_with_no_nationality_name_no_state(events_of):
    text = "French police said a gunman in Nice killed four people on Monday."
    assert "France" not in _event(events_of(text), "killed").targets
