"""Stop 28's event-date classes, each on invented text run through time expressions and events."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.annotate.events import find_events
from dateline.annotate.timex import find_timexes
from event_helpers import by_trigger

STAMP = dt.date(2031, 5, 16)  # a Friday, two months after the story below

STALE = ("Ferry operators in Dorn criticized the port authority.\n\n"
         "Police arrested the captain of a tanker on Tuesday after it ran aground.\n\n"
         "Harbour closed until further notice. — Dorn Port (@dornport) March 5, 2031\n")


@pytest.fixture(scope="module")
def annotate(nlp):
    def run(text: str, published: dt.date = STAMP):
        doc = nlp(text)
        timexes = find_timexes(doc, published)
        return {t.text: t.value for t in timexes}, find_events(doc, timexes=timexes,
                                                               published=published)
    return run


def test_stale_stamp_anchors_on_the_newest_post(annotate):
    """An embedded post weeks older than the stamp: the story's days count from the post."""
    values, events = annotate(STALE)
    assert values["Tuesday"] == "2031-03-04"
    assert by_trigger(events, "arrested").date == "2031-03-04"
    # an act with no time of its own is the story's news, told on the post's day
    assert by_trigger(events, "criticized").date == "2031-03-05"


def test_recent_post_leaves_the_stamp(annotate):
    """A post of the news week is the news: the stamp stands."""
    values, events = annotate(STALE.replace("March 5", "May 14"))
    assert values["Tuesday"] == "2031-05-13"
    assert by_trigger(events, "criticized").date == "2031-05-16"


def test_old_post_without_days_of_the_week_leaves_the_stamp(annotate):
    """An old post quoted in a story told without days of its week is background."""
    text = STALE.replace(" on Tuesday", " this month")
    values, events = annotate(text)
    assert by_trigger(events, "criticized").date == "2031-05-16"


MONDAY_30 = dt.date(2031, 6, 30)  # a Monday: its ISO week runs into July


def test_this_weekend_told_in_the_past_is_the_one_just_gone(annotate):
    """"There was a riot this weekend" on a Monday: the weekend before, not the coming one."""
    values, events = annotate("There was a riot in Dorn this weekend, the mayor said.",
                              MONDAY_30)
    assert values["this weekend"] == "2031-W26-WE"
    assert by_trigger(events, "riot").date == "2031-06"


def test_a_past_act_this_week_falls_in_the_days_up_to_the_news(annotate):
    """A week that runs into the next month: an act already done lies in the days so far, and
    a participle coordinated with a past passive is past too."""
    values, events = annotate("Two guards were killed and injured in Dorn this week.", MONDAY_30)
    assert values["this week"] == "2031-W27"
    assert by_trigger(events, "killed").date == "2031-06"
    assert by_trigger(events, "injured").date == "2031-06"


def test_a_coming_act_this_week_keeps_the_whole_week(annotate):
    """An act still ahead may fall on any day of the week: its year is all that is certain."""
    _, events = annotate("Police will arrest the smugglers in Dorn this week.", MONDAY_30)
    assert by_trigger(events, "arrest").date == "2031"



def _parsed(nlp, rows):
    """A Doc with the parse given (word, head index, dep, tag, pos): the parse slips the
    model makes on some sentences, fixed for the test."""
    from spacy.tokens import Doc

    words, heads, deps, tags, pos = zip(*rows)
    return Doc(nlp.vocab, words=list(words), heads=list(heads), deps=list(deps),
               tags=list(tags), pos=list(pos))


def test_a_free_participle_hung_on_the_object_is_the_clause_s(nlp):
    """"storms a cinema in May, opening fire" parsed with "opening" on "cinema": the comma
    makes it a free adjunct, so the storming's clause (and time) is its own."""
    from dateline.annotate.events.timing import clause_verbs

    doc = _parsed(nlp, [("Gunmen", 1, "nsubj", "NNS", "NOUN"), ("storm", 1, "ROOT", "VBP", "VERB"),
                        ("a", 3, "det", "DT", "DET"), ("cinema", 1, "dobj", "NN", "NOUN"),
                        (",", 3, "punct", ",", "PUNCT"), ("opening", 3, "acl", "VBG", "VERB"),
                        ("fire", 5, "dobj", "NN", "NOUN")])
    assert 1 in clause_verbs(doc[5], {1, 5})
    doc = _parsed(nlp, [("Gunmen", 1, "nsubj", "NNS", "NOUN"), ("storm", 1, "ROOT", "VBP", "VERB"),
                        ("a", 3, "det", "DT", "DET"), ("cinema", 1, "dobj", "NN", "NOUN"),
                        ("showing", 3, "acl", "VBG", "VERB"), ("films", 4, "dobj", "NNS", "NOUN")])
    assert 1 not in clause_verbs(doc[4], {1, 4})  # "a cinema showing films" describes it


def test_a_verb_tagged_a_noun_coordinated_with_the_act_shares_its_clause(nlp):
    """"storm a party and gun down guests" with "gun" tagged a noun: no object of "storm"."""
    from dateline.annotate.events.timing import clause_verbs

    doc = _parsed(nlp, [("Gunmen", 1, "nsubj", "NNS", "NOUN"), ("storm", 1, "ROOT", "VBP", "VERB"),
                        ("a", 3, "det", "DT", "DET"), ("party", 1, "dobj", "NN", "NOUN"),
                        ("and", 1, "cc", "CC", "CCONJ"), ("gun", 1, "conj", "NN", "NOUN"),
                        ("down", 5, "advmod", "RB", "ADV"), ("guests", 5, "dobj", "NNS", "NOUN")])
    assert 1 in clause_verbs(doc[5], {1, 5})
    assert clause_verbs(doc[3], {1, 3}) == {3}  # "storm a party": the party's is the storming


WEDNESDAY = dt.date(2031, 5, 14)


def test_a_lead_told_the_day_before_the_stamp_is_that_day_s_news(annotate):
    """"A spokesman said Tuesday that ..." in the lead of a paper dated Wednesday: the lead's
    undated act is Tuesday's news."""
    text = ("Veltra Air has apologized to two passengers removed from a flight in Dorn.\n\n"
            "Airline spokesman Ivo Marten said Tuesday that the crew had been wrong.")
    _, events = annotate(text, WEDNESDAY)
    assert by_trigger(events, "apologized").date == "2031-05-13"


def test_an_act_s_own_day_is_no_day_of_telling(annotate):
    """"Were arrested Tuesday": the day of an act, not of the report; the stamp stands."""
    text = ("Veltra Air has apologized to two passengers removed from a flight in Dorn.\n\n"
            "Two pilots were arrested Tuesday in Dorn, police said.")
    _, events = annotate(text, WEDNESDAY)
    assert by_trigger(events, "apologized").date == "2031-05-14"


@pytest.mark.parametrize("text, trigger, expected", [
    pytest.param("General Orvan led the overthrow of President Kell in 2029. Following Kell's "
                 "overthrow, the army launched a crackdown on students.", "crackdown", "2029",
                 id="after an act told again: its first telling's year"),
    pytest.param("Rebels attacked the port of Dorn on May 2, 2031. After the attack, the army "
                 "launched a crackdown on students.", "crackdown", "2031-05-16",
                 id="after a dated day the act may fall on any later day: nothing is lent"),
])
def test_an_act_told_as_following_another_takes_its_year(annotate, text, trigger, expected):
    _, events = annotate(text)
    assert by_trigger(events, trigger).date == expected



def test_coordinated_act_nouns_share_their_time(nlp):
    """"A spate of robberies and assaults on May 3" parsed as a fragment (no verb to reach):
    the time hangs on the first noun and is both acts'."""
    from dateline.annotate.events.timing import clause_verbs

    doc = _parsed(nlp, [("A", 1, "det", "DT", "DET"), ("spate", 1, "ROOT", "NN", "NOUN"),
                        ("of", 1, "prep", "IN", "ADP"), ("robberies", 2, "pobj", "NNS", "NOUN"),
                        ("and", 3, "cc", "CC", "CCONJ"), ("assaults", 3, "conj", "NNS", "NOUN"),
                        ("on", 3, "prep", "IN", "ADP"), ("May", 6, "pobj", "NNP", "PROPN"),
                        ("3", 7, "nummod", "CD", "NUM")])
    assert 3 in clause_verbs(doc[5], {3, 5})


@pytest.mark.parametrize("text, expected", [
    pytest.param("Dorn said it had freed ten of the fishermen who were kidnapped by pirates in "
                 "March 2029. The mass abduction shocked the coastal towns.", "2029-03",
                 id="the definite noun tells again the act just told, and takes its time"),
    pytest.param("Dorn said it had freed ten of the fishermen who were kidnapped by pirates in "
                 "March 2029. A mass abduction shocked the coastal towns.", "2031-05-16",
                 id="an indefinite noun tells a new act"),
])
def test_a_definite_act_noun_retells_the_act_just_told(annotate, text, expected):
    _, events = annotate(text)
    assert by_trigger(events, "abduction").date == expected


def test_that_month_points_back_past_a_span_s_bound(annotate):
    """"a quota for three months starting in October ... a test earlier that month": the
    bound of a span moves no narrative; "that month" is the month told before it."""
    values, _ = annotate("The council's June resolution imposed a quota for three months "
                         "starting in August, in response to a missile test earlier that month.")
    assert values["earlier that month"] == "2030-06"  # the June before the stamp



def test_an_act_going_on_as_the_text_is_written_is_the_news_day_s(annotate):
    """"Police are investigating the robbery" before "police arrested two men on Sunday":
    what goes on as the text is written is the news day's, not a neighbour's past day."""
    values, events = annotate("Dorn police are investigating the robbery. Dorn police "
                              "arrested two men on Sunday.")
    assert values["Sunday"] == "2031-05-11"
    assert by_trigger(events, "arrested").date == "2031-05-11"
    assert by_trigger(events, "investigating").date == "2031-05-16"


@pytest.mark.parametrize("text, trigger, expected", [
    pytest.param("March's council resolution banned fuel exports to Norland.", "banned",
                 "2031-03", id="a time owning the subject of a past act dates the act"),
    pytest.param("Norland rejected Tuesday's council resolution on fuel.", "rejected",
                 "2031-05-16", id="a time owning the object dates that thing, not the act"),
])
def test_a_time_owning_the_doer_dates_a_past_act(annotate, text, trigger, expected):
    _, events = annotate(text)
    assert by_trigger(events, trigger).date == expected


def test_a_bare_happening_told_back_takes_the_story_acts_day(annotate):
    """'The incident occurred ...' tells the story's act again: its time, not the stamp's."""
    _, events = annotate("Lask on Monday indicted a teenager for punching a soldier in the face "
                         "in April. Prosecutors said she threw stones at troops. The incident "
                         "occurred at the entrance to her family home.")
    assert by_trigger(events, "punching").date == "2031-04"
    incident = by_trigger(events, "incident")
    assert incident.type == "ASSAULT"
    assert incident.date == "2031-04"
