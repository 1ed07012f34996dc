"""Error classes seen on both unseen dev halves, each shown on an invented sentence."""

from __future__ import annotations

import datetime as dt

import pytest


WED = dt.date(2031, 6, 11)


@pytest.fixture(scope="module")
def figures(figures_on):
    return figures_on(WED)


def _by_text(found):
    return {f.text: f for f in found}


def test_the_edges_of_a_period_do_not_date_its_counts(figures):
    # no edge word before either end ("May to July", "March through July"): still a period
    found = figures("Officials counted a rise in licences in three coastal states in March "
                    "2029 through July 2029.")
    assert [(f.text, f.as_of) for f in found] == [("three", "2031-06-11")]


def test_a_running_count_takes_no_day_from_the_sentence_before(figures):
    found = figures("Fans clashed with stewards outside the ground on Monday. So far, officers "
                    "have questioned a total of 27 people, most of them students.")
    assert [(f.text, f.as_of) for f in found] == [("27", "2031-06-11")]


def _annotated(text: str):
    from dateline.annotate import annotate_text

    return annotate_text(text, WED).figures


def test_a_claimant_named_only_by_role_is_the_person_holding_it():
    found = _annotated("A city council spokesman said 35 families had been moved out of the "
                       "tower. The spokesman, Tomas Verhulst, added that the move was temporary.")
    assert [(f.text, f.claimant) for f in found] == [("35", "Tomas Verhulst")]


def test_a_role_two_people_hold_goes_to_the_one_its_modifier_names():
    found = _annotated("Hospital spokesman Ivo Brandt spoke first on Tuesday. Army spokesman "
                       "Lars Olin spoke later. The army spokesman said 40 soldiers had been sent "
                       "to the dam.")
    assert [(f.text, f.claimant) for f in found] == [("40", "Lars Olin")]


def test_a_number_in_an_embedded_post_is_its_signers():
    found = _annotated("The fishermen came home on Tuesday.\nAs I leave Lisbon today, I welcome "
                       "the return of 14 of our fishermen. — Maria Duarte (@mduarte) June 9, 2031\n"
                       "The talks went on for a week.")
    assert [(f.text, f.claimant) for f in found] == [("14", "Maria Duarte")]


def test_a_role_held_by_two_unqualified_people_names_no_one():
    found = _annotated("Hospital spokesman Ivo Brandt spoke first on Tuesday. Army spokesman "
                       "Lars Olin spoke later. A spokesman said 40 soldiers had been sent to "
                       "the dam.")
    assert [(f.text, f.claimant) for f in found] == [("40", "spokesman")]


@pytest.mark.parametrize("text, claimant", [
    # the closing frame the parse hung on a word before it is the source all the same
    ('The board also ordered 17 of the staff to repay their bonuses to a fund known as the '
     '"Pool," the Financial Times reported.', "Financial Times"),
    # the parse joined the frame to the first clause and took the last as its content
    ("About 170 claims had been filed by May 2, and 120 payments have been made, the "
     "company said on Monday.", "company"),
    # a relative clause at the end is no frame
    ('The board also ordered 17 of the staff to repay their bonuses to a fund known as the '
     '"Pool," which the union opposed.', None),
])
def test_a_closing_reporting_frame_after_a_comma(text, claimant):
    assert {f.claimant for f in _annotated(text)} == {claimant}


@pytest.mark.parametrize("text", [
    "Vera, race winner for the past two seasons in Lagos, can still win the title.",
    "Over the previous three terms the council built nothing.",
    "The marches on Sunday are just one example of the anger.",
    "There were zero deaths on the roads over the holiday.",  # counts nothing
    "Welcome to part two of the hearing.",  # a place in a sequence
    "Pressure in the pipe stayed below the 7,500 psi that would show a leak.",  # a measure
])
def test_a_duration_or_a_sorting_one_is_no_count(figures, text):
    assert figures(text) == []


@pytest.mark.parametrize("text", [
    "There is only one road into the valley.",
    "Only one bridge was left standing after the flood.",
    "The last two hostages were freed on Monday.",
])
def test_a_count_of_things_stays(figures, text):
    assert len(figures(text)) == 1


@pytest.mark.parametrize("text", [
    # the passive subject of a reporting verb is what is found, not who finds it
    "Ann Roe died in 2029. Ivo Kral was found guilty of two counts of murder.",
    # a number inside the source phrase counts the sources; they do not claim it
    "The ferry will be freed on Monday, according to two local television networks.",
    # a toll taken, not told
    "Since the Ocean Star rig exploded and sank in May, claiming 11 lives, oil has leaked.",
])
def test_no_claimant_from_what_the_number_itself_counts(figures, text):
    assert [f.claimant for f in figures(text)] == [None]


@pytest.mark.parametrize("text, claimant", [
    ("Maria Lopez spoke in Paris on Monday. She wants to land at least two of the craft on "
     "the Moon in 2032.", "Maria Lopez"),
    ("The Brenner Group plans to hire 300 staff next year.", "Brenner Group"),
])
def test_a_planned_count_is_its_planners_word(text, claimant):
    found = _annotated(text)
    assert [(f.claimant, f.projected) for f in found] == [(claimant, True)]


def test_a_subheading_the_sentence_split_cuts_still_takes_the_date_of_the_line_it_heads(figures):
    found = figures("Harbour town: 9 dead\nA ferry hits the pier at Vlora in May 2027, before "
                    "sinking.\nRiver city: 12 dead\nA bus leaves the bridge at Tarn in July 2029, "
                    "falling into the river.")
    assert [(f.text, f.as_of) for f in found if f.category == "dead"] == [
        ("9", "2027-05"), ("12", "2029-07")]


@pytest.mark.parametrize("text, claimant", [
    ("WHO said about 60 people in Peru have died from the disease.", "WHO"),
    ("WE said 40 people died.", None),  # a shouted pronoun stays a pronoun
])
def test_an_acronym_read_as_a_pronoun_is_a_source(figures, text, claimant):
    assert [f.claimant for f in figures(text)] == [claimant]



def test_a_name_right_after_its_description_is_the_source(figures):
    found = figures("Nearly 9 million albums were sold in Peru, according to market analysts "
                    "Nielsen SoundScan.")
    assert [f.claimant for f in found] == ["Nielsen SoundScan"]


@pytest.mark.parametrize("text, claimant", [
    ("In a statement on Monday, the Marine Corps said one sailor was ill. About 30 other "
     "sailors are being kept apart as well, the statement said.", "Marine Corps"),
    ("A UN report published on Monday covered the camps. Some 4,000 children are missing, "
     "the report said.", "United Nations"),
    ("Some 4,000 children are missing, the report said.", None),
])
def test_the_statement_speaks_for_whoever_made_it_before(text, claimant):
    assert [f.claimant for f in _annotated(text)][-1] == claimant


def test_an_inverted_closing_frame_the_parse_read_as_a_clause():
    found = _annotated("The fund will soon pay money to four coastal towns, said the state "
                       "Harbour Recovery Commission set up by Governor Ann Lee.")
    assert [f.claimant for f in found] == ["Harbour Recovery Commission"]


@pytest.mark.parametrize("text, claimant", [
    ("In Lyon, the organizers said 100,000 people marched.", "organizers"),
    ("In Lyon, the figures show 100,000 people marched.", None),
])
def test_doers_who_speak_are_sources(figures, text, claimant):
    assert [f.claimant for f in figures(text)] == [claimant]


def test_a_closing_verb_the_tagger_took_for_a_noun_still_frames(figures):
    found = figures("Some 40,000 people have fled, the aid group reports.")
    assert [f.claimant for f in found] == ["aid group"]


@pytest.mark.parametrize("text", [
    "A total of 40 people died, the agency quoted Ann Lee as saying.",
    "Ann Lee was quoted as saying that 40 people died.",
    "The agency cited Ann Lee as saying 40 people died.",
])
def test_the_one_quoted_as_saying_is_the_source(text):
    assert [f.claimant for f in _annotated(text)] == ["Ann Lee"]


@pytest.mark.parametrize("text, as_of", [
    # a relative clause with a time of its own is dated by it, not by the clause it hangs on
    ("The ferry, which sank in 2019 killing 300 people, was raised on Monday.", "2019"),
    # a description holds when it is told
    ("The town, a port of 40,000 people, was hit on Monday.", "2031-06-11"),
    # a running count since a past event holds at the report date
    ("The attack on Monday shook the town. Since then, 40 people have been arrested.",
     "2031-06-11"),
])
def test_the_clause_that_dates_a_count(figures, text, as_of):
    assert figures(text)[-1].as_of == as_of
