"""Stop 27 figure classes (durations, one thing's record, sorting predicates, guesses about
the past, a shared modal), each shown on an invented sentence."""

from __future__ import annotations

import datetime as dt

import pytest


WED = dt.date(2031, 6, 11)


@pytest.fixture(scope="module")
def figures(figures_on):
    return figures_on(WED)


def _texts(found):
    return [f.text for f in found]


@pytest.mark.parametrize("text, counts", [
    ("Okafor played two seasons at a college in Leeds before turning professional.", []),
    ("The manager was sacked after 11 wins in three seasons at the club.", ["11"]),
])
def test_a_stretch_of_time_in_its_own_units_is_no_count(figures, text, counts):
    assert _texts(figures(text)) == counts


def test_a_record_of_one_season_counts_nothing(figures):
    found = figures("The Wolves finished with a 5-11 record and fired their coach on Monday.")
    assert _texts(found) == []


def test_a_predicate_noun_sorts_its_subject(figures):
    found = figures("Rent and parking have been two constant worries for the shop owners.")
    assert _texts(found) == []


def test_a_predicate_noun_of_people_still_counts(figures):
    found = figures("The victims were three fishermen from the harbour town.")
    assert _texts(found) == ["three"]


def test_a_guess_about_the_past_is_not_projected(figures):
    found = figures("The insurer said on Tuesday that 40,000 customers may have been affected "
                    "by the leak.")
    assert [(f.text, f.projected) for f in found] == [("40,000", False)]


@pytest.mark.parametrize("text", [
    "A survey says 700,000 homes may have switched suppliers by the end of 2033.",
    "The council said 3,000 tenants could lose their homes.",
])
def test_a_forecast_stays_projected(figures, text):
    assert [f.projected for f in figures(text)] == [True]


@pytest.mark.parametrize("text", [
    "The carrier said it would hire an adviser, retrain all 9,000 cabin staff and open a "
    "hotline.",
    "The carrier pledged to hire an adviser to review its rules, retrain all 9,000 cabin staff "
    "and open a hotline.",
])
def test_a_list_of_bare_verbs_shares_its_modal(figures, text):
    assert [(f.text, f.projected, f.claimant) for f in figures(text)] == [
        ("9,000", True, "carrier")]


def test_a_list_of_past_verbs_shares_no_modal(figures):
    found = figures("Police arrested 12 men and seized 40 rifles.")
    assert [(f.text, f.projected) for f in found] == [("12", False), ("40", False)]


@pytest.mark.parametrize("text", [
    "Moreau took bronze in the 200m.",
    "She faded badly over the final 400m.",
])
def test_a_distance_at_a_sentence_end_is_a_measure(figures, text):
    # the tokenizer keeps the full stop on the unit ("m."): still metres
    assert _texts(figures(text)) == []


@pytest.mark.parametrize("text", [
    "Only three out of 10 applicants were given a permit.",
    "Ferries carry seven out of every 10 visitors to the island.",
    "Only six households per thousand own a boat.",
])
def test_a_share_against_a_round_base_counts_nothing(figures, text):
    assert _texts(figures(text)) == []


def test_a_part_of_a_counted_whole_still_counts(figures):
    found = figures("Only two out of 16 lifeboats were launched.")
    assert "16" in _texts(found)


def test_a_dash_set_apart_by_spaces_opens_an_aside_not_a_label(figures):
    found = figures("Five ponies grazed there – three mares and two foals, all rescued.")
    assert _texts(found) == ["Five", "three", "two"]


def test_a_dash_glued_to_a_number_still_makes_a_label(figures):
    assert _texts(figures("Cases of Covid-19 rose in the port.")) == []


@pytest.mark.parametrize("text", [
    "The agency registered 64,000 asylum seekers last year.",
    "The agency registered 64,000 asylum-seekers last year.",
])
def test_a_hyphenated_lexicon_noun_matches_its_two_word_spelling(figures, text):
    assert [f.category for f in figures(text)] == ["refugees"]


def test_a_number_before_a_word_in_another_script_is_foreign_text(figures):
    found = figures("Stay indoors, the mayor said. — Ivan Petrov (@ivanp) 14 сентября 2031 г. "
                    "Police said 12 people were hurt.")
    assert _texts(found) == ["12"]


def test_a_counted_aim_noun_frames_no_projection(figures):
    # "goals" carries its own number: things scored, not an aim the count is told in
    found = figures("The winger has answered with five goals in eight games, including the "
                    "winner on Sunday.")
    assert [(f.text, f.projected) for f in found if f.text == "eight"] == [("eight", False)]


def test_an_aim_still_frames_its_count(figures):
    found = figures("Each clerk had a yearly target of 6,000 forms.")
    assert [(f.text, f.projected) for f in found] == [("6,000", True)]


@pytest.mark.parametrize("text", [
    "The ruling could deter many of its 140 member clubs from signing players.",
    "She said she and the other six marchers would plead not guilty.",
])
def test_a_definite_count_names_things_there_already(figures, text):
    assert [f.projected for f in figures(text)] == [False]


def test_a_definite_count_of_things_to_come_stays_projected(figures):
    found = figures("The plant said the 400 new jobs would be filled by spring.")
    assert [(f.text, f.projected) for f in found] == [("400", True)]


def test_the_forecasters_are_not_forecast(figures):
    found = figures("Four leading banks predicted that rates would rise.")
    assert [(f.text, f.projected) for f in found] == [("Four", False)]


def test_a_count_of_what_went_before_a_plan_is_not_projected(figures):
    found = figures("The manager had long been expected to leave after just 11 wins in two "
                    "years.")
    assert [(f.text, f.projected) for f in found] == [("11", False)]


def test_a_count_planned_for_after_an_event_stays_projected(figures):
    found = figures("The firm will cut 300 jobs after the merger.")
    assert [(f.text, f.projected) for f in found] == [("300", True)]


def test_a_single_number_before_a_group_noun_counts_its_members(figures):
    found = figures("The final was played in front of a 40,000 crowd on Saturday.")
    assert _texts(found) == ["40,000"]


@pytest.mark.parametrize("text", [
    "The new box will offer a 250GB hard drive.",
    "She took the women's 3000m indoor title on Sunday.",
])
def test_a_unit_glued_to_its_number_measures_the_thing_after_it(figures, text):
    assert _texts(figures(text)) == []


@pytest.mark.parametrize("text", [
    "The carmaker said the 2,000 jobs at the plant may be cut.",
    "The carmaker said it may cut the 2,000 jobs at the plant.",
])
def test_a_definite_count_that_undergoes_the_plan_stays_projected(figures, text):
    assert [f.projected for f in figures(text)] == [True]


def test_firms_that_add_jobs_report_none(figures):
    found = figures("According to Labour Office figures, local firms added only 2,300 jobs in "
                    "May.")
    # the firms grew the count; the figures' author (however NER cuts its name) reports it
    assert [f.claimant is not None and "firms" not in f.claimant for f in found] == [True]


def test_those_a_survey_counts_do_not_claim_its_findings(figures):
    found = figures("The survey of more than 2,000 drivers reported that most feared tolls.")
    assert [f.claimant for f in found] == [None]


def test_the_reporters_participle_hung_on_what_was_reported_is_still_the_reporters(figures):
    found = figures("Officials said nine people drowned, adding that 14 were missing.")
    assert [(f.text, f.claimant) for f in found] == [("nine", "Officials"), ("14", "Officials")]


def test_a_count_dated_in_a_later_year_is_a_forecast(figures):
    found = figures("Sales grew to 90,000 bikes this year, reaching 200,000 bikes by 2036.")
    assert [(f.text, f.as_of, f.projected) for f in found][-1] == ("200,000", "2036", True)
