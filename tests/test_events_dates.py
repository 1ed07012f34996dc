"""Event dates from context and figurative triggers (invented sentences, fictional places)."""

from __future__ import annotations

import datetime as dt

import pytest

from event_helpers import by_trigger


@pytest.fixture(scope="module")
def events_of(timed_events_of):
    return timed_events_of  # conftest's: the text, its time expressions, a Friday's news


@pytest.mark.parametrize("text, times, trigger, expected", [
    pytest.param("Bomber kills four at Veltrian border post\n\n"
                 "A suicide bomber drove a van into the border post at Dorn, officials said. "
                 "The explosion late on Thursday destroyed the gate.",
                 {"late on Thursday": "2031-05-15"}, "kills", ("2031-05-15", "context"),
                 id="a headline borrows the lead's date"),
    pytest.param("Dozens of people were seriously injured, the spokesman said. The region has "
                 "activated a plan used during the Nov. 13 Selka terrorist attacks that killed "
                 "130 people.", {"Nov. 13": "2030-11-13"}, "injured",
                 ("2031-05-16", "published"),
                 id="a later time long before the news is another attack's"),
])
def test_a_date_from_the_context(events_of, text, times, trigger, expected):
    event = by_trigger(events_of(text, times), trigger)
    assert (event.date, event.date_precision) == expected


def test_time_of_another_happening_is_not_borrowed(events_of):
    text = ("Rebels attacked the depot at Selka.\n\n"
            "The death toll from the raid rose to nine on Friday, with dozens wounded. "
            "The rebels said the attack late on Thursday was revenge.")
    times = {"Friday": "2031-05-16", "late on Thursday": "2031-05-15"}
    event = by_trigger(events_of(text, times), "attacked")
    assert (event.date, event.date_precision) == ("2031-05-15", "context")


def test_shared_actor_lends_its_date(events_of):
    text = ("Mayor Anna Vell blames the council for the budget gap\n\n"
            "Anna Vell made the remarks on Wednesday at a meeting with donors.")
    event = by_trigger(events_of(text, {"Wednesday": "2031-05-14"}), "blames")
    assert (event.date, event.date_precision) == ("2031-05-14", "context")


def test_unrelated_later_date_is_not_borrowed(events_of):
    text = ("Veltrian troops shelled the harbour of Dorn.\n\n"
            "A trade fair in Selka opened on Wednesday with record crowds.")
    event = by_trigger(events_of(text, {"Wednesday": "2031-05-14"}), "shelled")
    assert (event.date, event.date_precision) == ("2031-05-16", "published")


def test_preceding_date_in_the_paragraph(events_of):
    text = ("On Tuesday, a rocket hit an apartment block in Marrow. One person was killed and "
            "twelve were rescued.")
    event = by_trigger(events_of(text, {"Tuesday": "2031-05-13"}), "killed")
    assert (event.date, event.date_precision) == ("2031-05-13", "context")


def test_bounds_durations_and_future_dates_are_not_lent(events_of):
    text = ("Police arrested the driver in Dorn.\n\n"
            "He had been driving since Monday and is due in court next Tuesday for three days.")
    times = {"since Monday": "2031-05-12", "next Tuesday": "2031-05-20", "three days": "P3D"}
    event = by_trigger(events_of(text, times), "arrested")
    assert event.date_precision == "published"


def test_that_year_takes_the_earlier_year(events_of):
    text = ("The club was founded in 1931 by dock workers. Its owner and his dog were refused "
            "entry to the final against Dorn that year.")
    event = by_trigger(events_of(text, {"1931": "1931"}), "refused")
    assert (event.date, event.date_precision) == ("1931", "context")


def test_possessive_time_dates_its_own_noun(events_of):
    text = "Ada Korr blamed the press for her defeat in Tuesday's vote during a call on Saturday."
    times = {"Tuesday": "2031-05-13", "Saturday": "2031-05-10"}
    event = by_trigger(events_of(text, times), "blamed")
    assert (event.date, event.date_precision) == ("2031-05-10", "timex")


def test_no_published_date_leaves_none(events_of):
    event = by_trigger(events_of("Troops entered Dorn.", published=None), "entered")
    assert event.date is None and event.date_precision is None


SPORTS = ("The Dorn Herons beat the Selka Gulls 8-7 in ten innings to win the league "
          "championship. The Herons scored four in the ninth inning to kill the Gulls' hopes, "
          "and their coach said the season was the best in the game's history. ")


def test_sports_report_types_no_violence(events_of):
    events = events_of(SPORTS + "Fans attacked the final score on social media.")
    assert not [e for e in events if e.type in ("ASSAULT", "FIGHT")]


def test_a_rugby_report_types_no_violence(events_of):
    text = ("Veltria scrum-half Ann Roe praised her team after they fought back to beat Norland "
            "18-17 in the clash at Dorn. Roe kicked all the points as Norland missed six "
            "penalties in the rugby match. \"We have to play better,\" the coach said.")
    assert not [e for e in events_of(text) if e.type in ("ASSAULT", "FIGHT")]


def test_executing_an_operation_is_no_killing(events_of):
    assert not [e for e in events_of("The group said the attacker executed the operation in "
                                     "Dorn.") if e.type == "ASSAULT"]
    assert by_trigger(events_of("The regime executed three prisoners in Dorn."),
                      "executed").type == "ASSAULT"


def test_giving_needs_a_giver(events_of):
    assert not [e for e in events_of("Oxygen, food and water have been supplied.")
                if e.type == "AID"]
    assert by_trigger(events_of("The Red Crescent supplied food to Dorn."), "supplied").type \
        == "AID"


def test_offer_of_testimony_is_no_agreement(events_of):
    text = "Judges tell jurors to ignore testimony after it has already been offered in court."
    assert not [e for e in events_of(text) if e.type == "AGREE"]
    assert by_trigger(events_of("Veltria offered talks to Norland."), "offered").type == "AGREE"


def test_conceded_as_speech_and_threatens_to_collapse(events_of):
    assert not [e for e in events_of('"They played better," the coach conceded.')
                if e.type == "CONCEDE"]
    assert not [e for e in events_of("The shaft threatens to collapse at any moment.")
                if e.type == "THREATEN"]


def test_a_past_act_is_not_dated_after_the_news(events_of):
    # "by next year" is the deadline of what is asked for, not when anyone welcomed or asked
    text = ("The Norland union congress welcomed the increase, but has called for a higher "
            "minimum wage by next year.")
    events = events_of(text, {"next year": "2032"})
    assert by_trigger(events, "welcomed").date != "2032"
    assert by_trigger(events, "called").date != "2032"


def test_a_future_act_keeps_its_future_date(events_of):
    text = "The Norland army said it will attack the border posts next year."
    assert by_trigger(events_of(text, {"next year": "2032"}), "attack").date == "2032"


def test_a_participle_framing_the_clause_lends_its_time(events_of):
    text = "Sitting on Wednesday, three appeal judges in Dorn dismissed both appeals."
    event = by_trigger(events_of(text, {"Wednesday": "2031-05-14"}), "dismissed")
    assert event.date == "2031-05-14"


@pytest.mark.parametrize("text, until", [
    ("The Norland army has suspended strikes on Dorn until March.", "March"),
    ("The Norland army has suspended strikes on Dorn until at least March.", "March"),
])
def test_the_end_of_a_span_never_dates_the_act(events_of, text, until):
    event = by_trigger(events_of(text, {until: "2031-03"}), "suspended")
    assert event.date != "2031-03"


def test_the_start_of_a_span_dates_the_act(events_of):
    text = "The Norland rebels have been jailed in Dorn since March."
    assert by_trigger(events_of(text, {"March": "2031-03"}), "jailed").date == "2031-03"


@pytest.mark.parametrize("text, times, trigger, date", [
    # the act in the offset clause: the main clause's time less the span
    ("Dorn began putting satellites into orbit in 2003, five years after Veltria fired a "
     "missile over the country.", {"2003": "2003", "five years": "P5Y"}, "fired", "1998"),
    ("Police arrested the man on 12 May, two days after he attacked a guard.",
     {"12 May": "2031-05-12", "two days": "P2D"}, "attacked", "2031-05-10"),
    # the act carrying the offset phrase: the other act's time plus the span
    ("Two days after the bombing on 3 May, police arrested a suspect.",
     {"3 May": "2031-05-03", "Two days": "P2D"}, "arrested", "2031-05-05"),
    ("Two days after the bombing on 3 May, police arrested a suspect.",
     {"3 May": "2031-05-03", "Two days": "P2D"}, "bombing", "2031-05-03"),
    ("Police arrested him the day after the attack on 3 May.", {"3 May": "2031-05-03"},
     "arrested", "2031-05-04"),
    ("Rebels withdrew from Dorn three months before the siege began in June 2030.",
     {"June 2030": "2030-06", "three months": "P3M"}, "withdrew", "2030-03"),
])
def test_an_act_a_span_of_time_after_or_before_another_is_dated_from_it(
        events_of, text, times, trigger, date):
    assert by_trigger(events_of(text, times), trigger).date == date


def test_an_acts_own_day_comes_before_an_offset_it_carries(events_of):
    text = "On 5 May, police arrested a suspect, a week after the bombing on 1 May."
    events = events_of(text, {"5 May": "2031-05-05", "1 May": "2031-05-01"})
    assert by_trigger(events, "arrested").date == "2031-05-05"


def test_an_offset_from_a_time_that_dates_another_clause_is_not_taken(events_of):
    text = "Police said on 12 May that the man was arrested two days after he attacked a guard."
    event = by_trigger(events_of(text, {"12 May": "2031-05-12", "two days": "P2D"}), "attacked")
    assert event.date != "2031-05-10"


def test_a_time_of_day_after_which_an_act_came_lends_its_day(events_of):
    text = ("Lee checked into the hotel on 12 May. But shortly after 10 p.m. on 14 May, he "
            "opened fire on the crowd at a concert. More than 500 others were injured.")
    events = events_of(text, {"12 May": "2031-05-12", "10 p.m. on 14 May": "2031-05-14T22:00"})
    assert by_trigger(events, "injured").date == "2031-05-14"


def test_sanctioning_an_act_authorises_it(events_of):
    text = "The war could be illegal without a second UN resolution sanctioning military action."
    assert not [e for e in events_of(text) if e.type == "SANCTION"]
    events = events_of("Norland sanctioned Veltria over the attack on Dorn.")
    assert by_trigger(events, "sanctioned").type == "SANCTION"


@pytest.mark.parametrize("text, trigger, type_", [
    ("The plan calls for Veltria to suspend its missile tests.", "suspend", "RETREAT"),
    ("The race was suspended due to heavy rain.", "suspended", None),
    ("The bloc suspended aid to Veltria.", "suspended", "SANCTION"),
    ("Norland suspended part of a military aid program for Dorn.", "suspended", "SANCTION"),
    ("Ann Lee welcomed a baby boy named Bo on New Year's Eve.", "welcomed", None),
    ("Norland welcomed the agreement.", "welcomed", "SUPPORT"),
])
def test_suspending_ones_own_acts_and_welcoming_a_baby_are_no_sanctions_or_stances(
        events_of, text, trigger, type_):
    assert {e.type for e in events_of(text) if e.trigger == trigger} == (
        {type_} if type_ else set())


@pytest.mark.parametrize("text, trigger, type_", [
    ("Since the scandal broke, Dorn's authorities have been bombarded by questions from "
     "abroad.", "bombarded", None),
    ("Rebels bombarded Dorn overnight.", "bombarded", "FIGHT"),
    ("Dorn was bombarded overnight.", "bombarded", "FIGHT"),
    ("Weather on Earth threatened the experiment when a hurricane hit Dorn.", "threatened",
     None),
    ("Veltria threatened Norland with sanctions.", "threatened", "THREATEN"),
    ("If the weather doesn't cooperate, the launch from Dorn will slip.", "cooperate", None),
    ("Weather forecasts call for an 80 percent chance of sun in Dorn.", "call", None),
    ("Vehicles in lower orbits get bombarded by small particles.", "bombarded", None),
    ("Ann Lee had long fought to gain access to the video footage.", "fought", None),
    ("Rebels fought to take the airport in Dorn.", "fought", "FIGHT"),
    ("The rocket could launch large space probes to Dorn.", "probes", None),
])
def test_acts_of_nature_forecasts_particles_and_struggles_are_no_events(events_of, text, trigger,
                                                                          type_):
    assert {e.type for e in events_of(text) if e.trigger == trigger} == (
        {type_} if type_ else set())


@pytest.mark.parametrize(("text", "times", "trigger", "date"), [
    # a participle describing the target at the time of the act dates the act
    ("A gunman stormed a theatre showing a late-night premiere in Lorvik in March 2029, "
     "witnesses said.", {"March 2029": "2029-03"}, "stormed", "2029-03"),
    ("Police arrested a man carrying a rifle near the Dorn stadium on Tuesday.",
     {"Tuesday": "2031-05-13"}, "arrested", "2031-05-13"),
])
def test_a_scene_participle_lends_its_time_to_the_act(events_of, text, times, trigger, date):
    assert by_trigger(events_of(text, times), trigger).date == date


def test_a_past_participle_or_an_act_of_its_own_does_not(events_of):
    # "built in 1990" tells the bridge's past, not the attack's time
    text = "Rebels attacked a bridge built in 1990 near Selka, officials said."
    event = by_trigger(events_of(text, {"1990": "1990"}), "attacked")
    assert event.date != "1990"


def test_a_page_stamp_in_the_text_dates_nothing():
    # the stamp is the next day's; the lead tells Friday the 14th, so undated acts take it
    from dateline.annotate import annotate_text

    text = ("Scores killed as truck rams crowd in Dorn Updated: 2031-03-15 13:14 By Agencies"
            "(Dorn Daily)\n\nNearly 80 people were killed on Friday on the Dorn promenade, "
            "mowed down by a truck driven through a crowd by an armed driver.\n\n"
            "Residents of the city were advised to stay indoors.")
    events = annotate_text(text, dt.date(2031, 3, 15)).events
    assert by_trigger(events, "advised").date == "2031-03-14"
    assert all(e.date != "2031-03-15" for e in events)
