"""Error classes of TimeML normalisation (issue 9), each on invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.annotate.timex import find_timexes

FRI = dt.date(2031, 3, 14)  # a Friday


@pytest.fixture(scope="module")
def tag(nlp):
    def run(text: str, published: dt.date = FRI) -> dict[str, str | None]:
        return {t.text: t.value for t in find_timexes(nlp(text), published)}
    return run


@pytest.mark.parametrize("text, expr, value", [
    # a present passive of a planning verb looks forward; a present perfect looks back
    ("The merger, which is expected in December, needs approval.", "December", "2031-12"),
    ("Police have been searching for him since the May 2 robbery.", "May 2", "2030-05-02"),
    # a participle of a planning verb dates the plan
    ("Leaders gathered for a summit set for Geneva in June.", "June", "2031-06"),
    ("The vote, scheduled for Tuesday, will go ahead.", "Tuesday", "2031-03-18"),
    # the time attached to a past planning verb dates the act of planning
    ("The rebels agreed in January to lay down their arms.", "January", "2031-01"),
    ("On Wednesday, the ministry planned to release the report.", "Wednesday", "2031-03-12"),
    # a planning verb with an event as its object: the time is the event's
    ("Protesters planned a march through the capital on Sunday.", "Sunday", "2031-03-16"),
])
def test_tense_from_the_parse(tag, text, expr, value):
    assert tag(text)[expr] == value


@pytest.mark.parametrize("text, expr, value", [
    ("The plant opened in January nineteen ninety-seven.", "January nineteen ninety-seven",
     "1997-01"),
    ("The mill closed in nineteen eighty-one.", "nineteen eighty-one", "1981"),
    ("The vote is this coming Sunday, March sixteenth.", "Sunday, March sixteenth", "2031-03-16"),
    ("Rents doubled in the nineties.", "the nineties", "199"),
    ("The fort dates from the twelfth century.", "the twelfth century", "11"),
    ("Old habits of the 19th century linger.", "the 19th century", "18"),
    ("The target is the year two thousand and forty.", "the year two thousand and forty", "2040"),
    ("Floods hit in the winter of nineteen ninety-four.", "winter of nineteen ninety-four",
     "1994-WI"),
])
def test_dates_in_words(tag, text, expr, value):
    assert tag(text)[expr] == value


@pytest.mark.parametrize("text", [
    "Some two thousand people marched.",
    "Nineteen people were hurt.",
    "The March second-quarter report was late.",
])
def test_counts_in_words_are_not_years(tag, text):
    assert not any(v and len(v) == 4 and v.isdigit() for v in tag(text).values())


@pytest.mark.parametrize("text, word", [
    ("The office still runs Windows 2000 on old machines.", "2000"),
    ("Fans flocked to Euro 2004 in Portugal.", "2004"),
    ("The island imports about three-quarters of its food.", "quarters"),
    ("The quarter-to-quarter comparison was better.", "quarter"),
    ("Thousands joined the annual March for Life in the capital.", "March"),
    ("The minister told ABC's This Week programme that talks had failed.", "Week"),
])
def test_names_and_fractions_are_not_times(tag, text, word):
    assert not any(word in expr for expr in tag(text))


@pytest.mark.parametrize("text, expr, value", [
    ("Prices Rose Sharply Last Week", "Last Week", "2031-W10"),
    ("In the first three quarters of the year sales rose.", "the first three quarters", "P9M"),
    ("She arrived in March of last year.", "March of last year", "2030-03"),
])
def test_names_vetoes_keep_real_times(tag, text, expr, value):
    assert tag(text)[expr] == value


def test_year_earlier_reads_against_the_quarter_in_view(tag):
    filler = "The board met and discussed costs, suppliers and the weather at length. " * 4
    found = tag("Acme posted a third-quarter loss, compared with year-earlier profit. "
                + filler + "Staff costs rose in the quarter. " + filler
                + "Revenue fell from $93 million a year earlier.")
    assert found["third-quarter"] == "2030-Q3"
    assert found["year-earlier"] == "2029-Q3"
    assert found["the quarter"] == "2030-Q3"
    assert found["a year earlier"] == "2029-Q3"


def test_year_ago_without_a_quarter_is_last_year(tag):
    assert tag("The year-ago results included a charge.")["year-ago"] == "2030"


@pytest.mark.parametrize("text, expr, value", [
    ("The dam was built several years ago.", "several years ago", "PAST_REF"),
    ("Talks may resume a few weeks from now.", "a few weeks from now", "FUTURE_REF"),
])
def test_vague_counts_give_vague_references(tag, text, expr, value):
    assert tag(text)[expr] == value


@pytest.mark.parametrize("text, expr, kind, value", [
    ("Shares were up 2 pence at mid-afternoon yesterday.", "mid-afternoon yesterday", "TIME",
     "2031-03-13TAF"),
    ("The market opens each July.", "each July", "SET", "XXXX-07"),
    ("Ferries stop every winter.", "every winter", "SET", "XXXX-WI"),
    ("Flights leave on Tuesday nights.", "Tuesday nights", "SET", "XXXX-WXX-2TNI"),
    ("The shop shuts on Sundays.", "Sundays", "SET", "XXXX-WXX-7"),
    ("Sales in the current fiscal year will fall.", "the current fiscal year", "DATE", "2031"),
    ("It expects fiscal 2030 sales to rise.", "fiscal 2030", "DATE", "2030"),
])
def test_parts_of_day_sets_and_fiscal_years(nlp, text, expr, kind, value):
    found = {t.text: (t.type, t.value) for t in find_timexes(nlp(text), FRI)}
    assert found[expr] == (kind, value)


def test_each_before_a_modal_is_not_a_month(tag):
    assert tag("Each may choose a seat.") == {}


@pytest.mark.parametrize("text, expr, value", [
    ("The fire began on June 3, 2029. Earlier that day, a storm passed.", "Earlier that day",
     "2029-06-03"),
    ("The fire began on June 3, 2029. The next day it rained.", "The next day", "2029-06-04"),
    ("The firm was founded in May 2001 and later that year went public.", "later that year",
     "2001"),
    ("She was promoted in 2024, and the following year she retired.", "the following year",
     "2025"),
    ("The day before, talks collapsed.", "The day before", "2031-03-13"),
])
def test_anaphoric_times_read_against_the_last_date(tag, text, expr, value):
    assert tag(text)[expr] == value


def test_the_day_before_an_event_is_not_an_anaphor(tag):
    found = tag("He was last seen on Nov. 3, the day before police issued a warrant.")
    assert not any("day before" in expr for expr in found)


@pytest.mark.parametrize("text, published, expr, value", [
    ("The boy was found at sea last Thanksgiving.", dt.date(2032, 2, 10), "last Thanksgiving",
     "2031-11-27"),
    ("Shops will close on Good Friday.", FRI, "Good Friday", "2031-04-11"),
    ("The deal closed on Christmas Eve 2029.", FRI, "Christmas Eve 2029", "2029-12-24"),
    ("Sales slumped after Christmas.", dt.date(2032, 1, 9), "Christmas", "2031-12-25"),
    ("Police have stepped up security for New Year's Eve.", dt.date(2031, 12, 30),
     "New Year's Eve", "2031-12-31"),
])
def test_holidays(tag, text, published, expr, value):
    assert tag(text, published)[expr] == value


def test_other_new_years_are_not_january_first(tag):
    assert tag("Crowds marked Chinese New Year and the Easter Rising anniversary.") == {}


@pytest.mark.parametrize("text, expr, value", [
    ("Stars gathered in the city ahead of Sunday's awards.", "Sunday", "2031-03-16"),
    ("The coach picked his side before Sunday's final.", "Sunday", "2031-03-16"),
    ("Fans celebrated after Sunday's match.", "Sunday", "2031-03-09"),
    ("Sunday's awards were the longest ever.", "Sunday", "2031-03-09"),
])
def test_possessive_weekday_under_before_or_ahead_of(tag, text, expr, value):
    assert tag(text)[expr] == value


@pytest.mark.parametrize("text, value", [
    ("The blast happened at 11 p.m. near the port.", "2031-03-13T23:00"),
    ("The minister will speak at 11 p.m. tonight.", "2031-03-14T23:00"),
    ("The blast happened at 8 a.m. near the port.", "2031-03-14T08:00"),
    # a day the text names stays that day (the clock may be another time zone's)
    ("The missiles were fired shortly after noon on Friday.", "2031-03-14T12:00"),
])
def test_past_clock_time_after_publication_is_the_day_before(nlp, text, value):
    found = find_timexes(nlp(text), dt.datetime(2031, 3, 14, 10, 0))
    assert found[0].value == value


def test_bounds_on_a_length_stay_inside_the_expression(tag):
    found = tag("The siege lasted more than two years; the talks took up to 180 days.")
    assert found["more than two years"] == "P2Y"
    assert found["up to 180 days"] == "P180D"


@pytest.mark.parametrize("text, expr, value", [
    ("The Christmas party in 2019 was cancelled.", "Christmas", "2019-12-25"),
    ("He walked into the New Year's eve celebration.", "New Year's eve", "2030-12-31"),
])
def test_holidays_take_the_year_of_their_sentence(tag, text, expr, value):
    assert tag(text)[expr] == value


def test_a_holiday_naming_a_kind_of_thing_is_not_a_day(tag):
    assert tag("They stormed a Christmas office party in 2015.") == {"2015": "2015"}


def test_early_mid_late_stay_inside_the_expression(tag):
    found = tag("Talks collapsed late yesterday; prices rose in early 2030 and mid-2029.")
    assert found == {"late yesterday": "2031-03-13", "early 2030": "2030", "mid-2029": "2029"}


@pytest.mark.parametrize("text, expr, value", [
    # the day's year is told relative to the article's (published 2031-03-14), whatever the season
    ("A gunman opened fire on June 12 last year and killed 49 people.", "June 12 last year",
     "2030-06-12"),
    ("The talks resumed on 3 March of last year.", "3 March of last year", "2030-03-03"),
    ("The summit is set for January 9 next year.", "January 9 next year", "2032-01-09"),
])
def test_a_day_with_a_relative_year_takes_that_year(tag, text, expr, value):
    assert tag(text)[expr] == value


def test_a_weekday_in_local_time_may_be_the_day_after_the_newsroom_s(nlp):
    # 2031-03-13 is a Thursday: "Friday morning local time" is the next day where it happened
    found = find_timexes(nlp("Officials confirmed another missile test Friday morning local "
                             "time."), dt.date(2031, 3, 13))
    assert found[0].value.startswith("2031-03-14")
    found = find_timexes(nlp("The talks collapsed on Friday, officials said."),
                         dt.date(2031, 3, 13))
    assert found[0].value == "2031-03-07"


def test_tomorrow_s_weekday_told_in_the_past_late_in_the_evening_is_today_further_east(nlp):
    # 2031-03-13 is a Thursday; at 22:20 it is Friday already in Asia and the Pacific
    text = "Veltria fired a ballistic missile over the island of Dorn Friday."
    late = find_timexes(nlp(text), dt.datetime(2031, 3, 13, 22, 20))
    assert late[0].value == "2031-03-14"
    morning = find_timexes(nlp(text), dt.datetime(2031, 3, 13, 9, 0))
    assert morning[0].value == "2031-03-07"


def test_an_act_told_a_day_ahead_of_the_news_keeps_that_day():
    from dateline.annotate import annotate_text

    text = "Veltria fired a ballistic missile over the island of Dorn Friday."
    event = annotate_text(text, dt.datetime(2031, 3, 13, 22, 20)).events[0]
    assert event.date == "2031-03-14"
