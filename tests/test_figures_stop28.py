"""Stop 28 figure classes, each shown on an invented sentence."""

from __future__ import annotations

import datetime as dt

import pytest


WED = dt.date(2031, 6, 11)


@pytest.fixture(scope="module")
def figures(figures_on):
    return figures_on(WED)


def _as_of(found):
    return {f.text: f.as_of for f in found}


def test_a_count_over_a_closed_period_that_ended_is_valid_at_its_end(figures):
    found = figures("Tuesday's collapse was the first in years, but records show 14 people "
                    "were hurt in 60 falls between May 2029 and April 2030.")
    assert _as_of(found)["14"] == "2030-04" and _as_of(found)["60"] == "2030-04"


def test_an_open_period_is_still_valid_at_the_report_date(figures):
    found = figures("Police said 30 people have been arrested since March.")
    assert _as_of(found)["30"] == "2031-06-11"


@pytest.mark.parametrize("text, value", [
    ("The singer has starred in a trio of musicals since 2020.", 3),
    ("A pair of gunmen opened fire on the market.", 2),
])
def test_a_noun_naming_a_set_of_so_many_counts_them(figures, text, value):
    assert [f.value for f in figures(text)][:1] == [value]


def test_a_set_noun_without_its_members_is_no_count(figures):
    assert figures("The pair were seen leaving on Monday.") == []


def test_it_said_goes_on_with_the_named_source_of_the_sentence_before(figures):
    found = figures("The hostages were freed at dawn on Monday, the interior ministry said. "
                    "Besides the 14 hostages, a driver was freed too, it said.")
    assert [f.claimant for f in found if f.text == "14"] == ["interior ministry"]


@pytest.mark.parametrize("text", [
    "The port ranks among the 40 busiest harbours in the world.",
    "She is one of the 10 richest women in Europe.",
])
def test_a_ranking_counts_nothing(figures, text):
    assert figures(text) == []


def test_a_count_of_a_definite_group_still_counts(figures):
    assert [f.text for f in figures("Police arrested 40 of the 100 protesters.")] == ["40", "100"]
