"""find_timexes on hand-written sentences: every rule, its negatives, and the invariants."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.annotate.timex import find_timexes

FRI = dt.date(2022, 2, 25)
SUN = dt.date(2022, 2, 27)


@pytest.fixture(scope="module")
def tag(nlp):
    def run(text: str, published: dt.date | None = FRI) -> dict[str, str | None]:
        return {t.text: t.value for t in find_timexes(nlp(text), published)}
    return run


@pytest.mark.parametrize("text, published, expr, value", [
    ("Rebels attacked the town on Friday.", FRI, "Friday", "2022-02-25"),
    ("The minister said on Tuesday that talks failed.", FRI, "Tuesday", "2022-02-22"),
    ("A curfew set to expire Monday morning was extended.", SUN, "Monday morning",
     "2022-02-28TMO"),
    ("The council will vote on Wednesday.", FRI, "Wednesday", "2022-03-02"),
    ("The officials are expected to meet Saturday.", FRI, "Saturday", "2022-02-26"),
    ("The mayor spoke late Thursday in the capital.", FRI, "late Thursday", "2022-02-24"),
    ("Shelling resumed Thursday night near the port.", FRI, "Thursday night", "2022-02-24TNI"),
    ("The convoy was seen Friday afternoon.", FRI, "Friday afternoon", "2022-02-25TAF"),
    ("Crowds gathered Wednesday evening.", FRI, "Wednesday evening", "2022-02-23TEV"),
    ("The bridge was hit yesterday.", FRI, "yesterday", "2022-02-24"),
    ("Markets are closed today.", FRI, "today", "2022-02-25"),
    ("The envoy arrives tomorrow.", FRI, "tomorrow", "2022-02-26"),
    ("The leaders will speak tonight.", FRI, "tonight", "2022-02-25TNI"),
    ("Prices rose last week.", dt.date(2022, 2, 11), "last week", "2022-W05"),
    ("Answers were sent this week.", dt.date(2022, 2, 11), "this week", "2022-W06"),
    ("The plant reopens next month.", FRI, "next month", "2022-03"),
    ("Sales fell this month.", FRI, "this month", "2022-02"),
    ("The games end on February 20.", dt.date(2022, 2, 11), "February 20", "2022-02-20"),
    ("The games end on Feb. 20.", dt.date(2022, 2, 11), "Feb. 20", "2022-02-20"),
    ("The treaty was signed on 20 February.", FRI, "20 February", "2022-02-20"),
    ("The attack came on December 30.", dt.date(2022, 1, 5), "December 30", "2021-12-30"),
    ("Troops crossed the border on February 24, 2022.", None, "February 24, 2022",
     "2022-02-24"),
    ("The file is dated 2022-02-24.", None, "2022-02-24", "2022-02-24"),
    ("The region was annexed in 2014.", None, "2014", "2014"),
    ("It was a decade of growth in the 1990s.", None, "the 1990s", "199"),
    ("Elections are due in March.", FRI, "March", "2022-03"),
    ("Talks will resume at 3 p.m. on the border.", SUN, "3 p.m.", "2022-02-27T15:00"),
    ("The meeting was scheduled to begin at 1.30am IST on Saturday.", FRI,
     "1.30am IST on Saturday", "2022-02-26T01:30+05:30"),
    ("Flights resume at 14:00 GMT.", FRI, "14:00 GMT", "2022-02-25T14:00Z"),
    ("Sirens sounded at 6 a.m. EST today.", FRI, "6 a.m. EST today", "2022-02-25T06:00-05:00"),
    ("The siege lasted for three days.", FRI, "three days", "P3D"),
    ("The call took 40 minutes.", FRI, "40 minutes", "PT40M"),
    ("The talks took 2 1/2 hours.", FRI, "2 1/2 hours", "PT2H30M"),
    ("Profit rose in the third quarter.", dt.date(1989, 10, 27), "the third quarter", "1989-Q3"),
    ("Prices fell two weeks ago.", FRI, "two weeks ago", "2022-W06"),
    ("The paper is published daily.", FRI, "daily", "P1D"),
    ("The ferry now runs again.", FRI, "now", "PRESENT_REF"),
    ("Sales rose in Britain's March figures.", FRI, "March", "2021-03"),
])
def test_rule_values(tag, text, published, expr, value):
    assert tag(text, published).get(expr, "<not found>") == value


def test_both_years_in_a_pair(tag):
    found = tag("Minsk hosted talks in 2014 and 2015.")
    assert found.get("2014") == "2014" and found.get("2015") == "2015"


@pytest.mark.parametrize("text, not_expected", [
    ("A 24-year-old waiter was hurt.", ("24",)),
    ("Olena Kovalenko, 20, fled the city.", ("20",)),
    ("Officials said 137 Ukrainian soldiers were killed.", ("137",)),
    ("About one-third of the troops left.", ("one-third",)),
    ("Russia assembled roughly 190,000 troops.", ("190,000", "190")),
    ("He was ranked No. 1 after World War II.", ("1", "II")),
    ("We will fight to the end.", ("We",)),
    ("The rebels may march on the capital.", ("may", "march")),
    ("May I ask whether troops sat on the hill?", ("May", "sat")),
    ("Theresa May spoke to reporters.", ("May",)),
    ("She was an organizer of the Women's March who was removed from a flight.", ("March",)),
    ("The army deployed 2000 troops.", ("2000",)),
])
def test_negatives(tag, text, not_expected):
    found = tag(text)
    assert not any(word in found for word in not_expected), found


def test_ordinal_day_from_present_framing(tag):
    found = tag("On Day 2 of the invasion, shelling went on. Many died in the first day of "
                "fighting.")
    assert found["Day 2"] == "2022-02-25"
    assert found["the first day"] == "2022-02-24"


def test_ordinal_day_anchored_by_a_date_in_its_sentence(tag):
    found = tag("On the second day of its assault, the Kremlin said Friday it was ready to talk.",
                SUN)
    assert found["the second day"] == "2022-02-25"


def test_ordinal_day_its_nth_day(tag):
    assert tag("As the fighting entered its fourth day, rockets hit the city.", SUN)[
        "its fourth day"] == "2022-02-27"


def test_published_none_keeps_relative_unresolved(nlp):
    doc = nlp("On Friday, a year after the war began on February 24, 2022, and in 2014, "
              "officials met yesterday and tomorrow at 3 p.m.\n\nOn Day 2 of the war there was "
              "fighting.")
    found = {t.text: t for t in find_timexes(doc, None)}
    for relative in ("Friday", "yesterday", "tomorrow", "3 p.m.", "Day 2"):
        assert relative in found and found[relative].value is None
        assert found[relative].anchor is None
    assert found["February 24, 2022"].value == "2022-02-24"
    assert found["2014"].value == "2014"


def test_sorted_and_without_overlaps(nlp):
    text = ("Late Friday, 3 p.m. Thursday, the third quarter of 2021 and last week's 40-minute "
            "call on Feb. 20, 2022 came two days after Monday morning, yesterday and in 2014.")
    doc = nlp(text)
    timexes = find_timexes(doc, FRI)
    assert timexes
    for left, right in zip(timexes, timexes[1:]):
        assert left.start < right.start and left.end <= right.start
    for t in timexes:
        assert text[t.start:t.end] == t.text
        assert t.type in ("DATE", "TIME", "DURATION", "SET")


def test_anchor_names_the_base(tag, nlp):
    timex = next(t for t in find_timexes(nlp("He left on Monday."), FRI) if t.text == "Monday")
    assert timex.anchor == "published 2022-02-25" and timex.granularity == "day"
