"""Error classes found by running find_figures over unseen news (sentences are our own)."""

from __future__ import annotations

import datetime as dt

import pytest


FRI = dt.date(2031, 3, 14)


@pytest.fixture(scope="module")
def figures(figures_on):
    return figures_on(FRI)


@pytest.mark.parametrize("text", [
    "Up to 150 millimetres of rain could fall on the hills by Sunday morning.",  # measure
    "Shares in the firm closed up 64 pence on Thursday.",  # money
    "The board approved 300 million euros of new spending.",
    "Prices rose 5 per cent in the year to January.",  # share, not a count
    "The hosts won 33-8 in front of a full stadium.",  # score
    "Nearly two thirds of the voters stayed at home.",  # fraction
    "The company will restate its accounts on 28 December.",  # the day of a date
    "The festival runs from 10-20 February in the old town.",
    "The row over one sentence has not died down.",  # a preposition before a small number
    "Call the helpline on 0800 555 0199 for advice.",  # phone number
    "The candidate won 12,000 votes in the first round.",  # votes
    "The launches came on the last day of the Group of 20 summit meeting.",  # a name
])
def test_not_a_reported_count(figures, text):
    assert figures(text) == []


def test_since_a_day_is_not_the_as_of_date(figures):
    found = figures("At least 11,000 people had been evacuated across the valley since Wednesday.")
    assert [(f.value, f.as_of) for f in found] == [(11000, "2031-03-14")]


def test_the_whole_a_part_is_counted_from_is_dated_by_its_own_clause(figures):
    # the 200 are the girls kidnapped in April 2029; the 21 are counted as of the news
    found = figures("The government announced on Thursday that it had secured the release of "
                    "21 of the more than 200 schoolgirls who were kidnapped by rebels in April "
                    "2029.")
    assert [(f.value, f.what, f.as_of) for f in found] == [
        (21, "schoolgirls", "2031-03-13"), (200, "schoolgirls", "2029-04")]


@pytest.mark.parametrize("text, claimant", [
    ("Norland this month threatened to fire four missiles into the sea near Dorn.", "Norland"),
    ("The minister promised to send 300 troops to the border.", "minister"),
])
def test_a_threat_or_promise_is_its_makers_word(figures, text, claimant):
    assert [f.claimant for f in figures(text)] == [claimant]


def test_a_total_is_not_a_death_toll(figures):
    found = figures("The number of confirmed cases in the region now stands at 1,562.")
    assert [(f.value, f.category, f.what) for f in found] == [(1562, "other", "cases")]


def test_counts_of_people_still_found(figures):
    found = figures("Police said 240 people were arrested after the march on Saturday.")
    assert [(f.value, f.category, f.as_of) for f in found] == [(240, "arrested", "2031-03-08")]


@pytest.mark.parametrize("text, value, as_of", [
    # the year dates another clause; the count is a running total, valid at the report date
    ("After making his debut for the team in Dorn in 2029, Lind has won one of his 38 races.",
     38, "2031-03-14"),
    ("In 2029, 13,000 people died in the fighting in Dorn.", 13000, "2029"),  # fronted: its own
    ("The militants killed 40 people in Dorn in March 2030.", 40, "2030-03"),
    # a baseline's year is the baseline's; a clause of its own present takes no other's time
    ("The Dorn mill employs 3,000 people, up from 2,000 in 2029.", 3000, "2031-03-14"),
    ("Sales rose to 5,000 units last year, compared with 3,000 units in 2028.", 3000, "2028"),
    ("The Dorn club was founded on March 3, 2010 and now has 5,000 members.", 5000,
     "2031-03-14"),
    # a relative clause's day is its act's, not the toll's
    ("Death toll in Dorn attack, in which a man drove a heavy truck into crowds on March 2 "
     "in the northern city, rose to 85, Lena Orn, mayor of Dorn announced on Thursday.", 85,
     "2031-03-13"),
])
def test_a_year_dates_a_count_only_through_its_clause(figures, text, value, as_of):
    found = [f for f in figures(text) if f.value == value]
    assert [f.as_of for f in found] == [as_of]


def test_a_photo_credit_in_the_text_is_no_claimant(figures):
    # the credit runs into the next sentence: the parse must not make the photographer speak
    text = ("Firefighters are at the scene. (Ana Ruiz / The Dorn Post) St Mary's Hospital said "
            "20 people have been brought in for treatment.")
    found = [f for f in figures(text) if f.value == 20]
    assert found and found[0].claimant is not None and "Ruiz" not in found[0].claimant


def test_what_is_counted_is_no_claimant(figures):
    text = ("The firm said yesterday that a file containing 15.2 million UK records, dated "
            "between 2011 and 2016, was hacked.")
    found = figures(text)
    assert [f.claimant for f in found] == ["firm"]


def test_the_places_of_treatment_are_no_wounded(figures):
    text = ("The ambulance service said eight people have serious injuries, while a total of 51 "
            "had been taken to two hospitals.")
    by_value = {f.value: f.category for f in figures(text)}
    assert by_value[8] == "wounded" and by_value[2] == "other"


def test_a_reported_toll_takes_the_day_of_the_attack_it_counts(nlp):
    from dateline.annotate import annotate_text

    text = ("A truck ploughed into a crowd in Dorn late Thursday. Police said 84 people were "
            "killed and 50 were wounded.")
    found = {f.value: f.as_of for f in annotate_text(text, dt.date(2031, 3, 14)).figures}
    assert found[84] == "2031-03-13" and found[50] == "2031-03-13"


def test_a_toll_over_a_length_of_time_is_valid_at_the_report_date(nlp):
    from dateline.annotate import annotate_text

    text = ("In August the group posted a video. The group has killed more than 20,000 people in "
            "the past seven years, according to Amnesty International.")
    found = annotate_text(text, dt.date(2031, 10, 13)).figures
    assert [f.as_of for f in found] == ["2031-10-13"]


@pytest.mark.parametrize("text, value, category", [
    pytest.param("Of the 202 injured, 52 were in critical condition, officials said.", 52,
                 "wounded", id="a bare number in a clause of casualties"),
    pytest.param("The breach affected 143 million people, including 15 million in Britain.",
                 15_000_000, "other", id="the part of a count just given"),
])
def test_a_bare_number_takes_what_its_clause_or_its_whole_counts(figures, text, value,
                                                                 category):
    found = {f.value: f for f in figures(text)}
    assert found[value].category == category and found[value].what == "people"


@pytest.mark.parametrize("text, claimant", [
    pytest.param("A report by Amnesty International found 1,200 cases of torture.",
                 "Amnesty International", id="what a report found is its author's"),
    pytest.param("Local media reported 12 deaths in the town.", "Local media",
                 id="the media report"),
    pytest.param("The singer posted three photos of herself on Instagram.", None,
                 id="what was posted is counted by the narrator"),
    pytest.param("The ministry posted on Twitter that 40 people had died.", "ministry",
                 id="what a post says is its author's"),
    pytest.param("Dorn Square, the plaza near the stadium, was party central as thousands of "
                 "fans were screaming and jumping in wild joy as the last out was recorded.", None,
                 id="a passive with no agent names no source"),
    pytest.param("Norland's protest came after the Veltrian newspaper Dorn Herald, quoting "
                 "anonymous sources, reported that satellites had spotted 30 convoys in May.",
                 "Dorn Herald", id="a report the parse coordinated with the verb before"),
    pytest.param("The army entered the town, seized the hall and said 30 people were arrested.",
                 "army", id="a list of verbs shares its subject"),
])
def test_sources_that_find_or_report(nlp, text, claimant):
    from dateline.annotate import annotate_text

    assert [f.claimant for f in annotate_text(text, FRI).figures] == [claimant]


def test_a_thing_that_kills_is_not_killed(figures):
    text = "Rules came in after a fire at one cafe that killed 25 people."
    assert [(f.value, f.category) for f in figures(text)] == [(25, "killed")]


def test_what_is_counted_keeps_the_whole_name_before_it(figures):
    text = "Authorities say two New York City subway work trains have collided in a tunnel."
    assert [f.what for f in figures(text)] == ["New York City subway work trains"]


@pytest.mark.parametrize("text, category", [
    ("The breach left 145 million people facing a higher risk of identity theft.", "other"),
    ("The floods left 20,000 people homeless, officials said.", "displaced"),
    ("More than 200,000 people have left the city since Monday.", "displaced"),
    ("Five people were left trapped inside the vehicle.", "other"),
    ("He retired, leaving the team with two big voids.", "other"),
])
def test_people_left_in_a_state_did_not_leave(figures, text, category):
    assert [f.category for f in figures(text)] == [category]


def test_a_midnight_publication_time_is_a_date_with_no_time():
    import datetime as dt

    from dateline.annotate import annotate_text
    from dateline.annotating import published_date

    assert published_date("2016-11-09T00:00") == dt.date(2016, 11, 9)
    assert published_date("2016-11-09T05:30") == dt.datetime(2016, 11, 9, 5, 30)
    text = "A tram overturned in Croydon at 6.10am. Over 50 people were taken to hospital."
    figures = annotate_text(text, published_date("2016-11-09T00:00")).figures
    assert [f.as_of for f in figures] == ["2016-11-09"]


def test_a_number_right_after_a_name_is_part_of_the_name(figures):
    assert not figures("The new Chang'e 4 space mission will launch in June.")
    assert [f.value for f in figures("NATO sent 300 troops to the border.")] == [300]


def test_a_reporting_verb_with_a_count_of_its_own_claims_nothing(figures):
    found = figures("Ann Lee led the way with three sacks and three hits, Bo Ray adding two and "
                    "forcing a fumble.")
    assert found and all(f.claimant is None for f in found)
    found = figures("At least 40 people were killed, the ministry told reporters.")
    assert found[0].claimant == "ministry"


def test_a_name_right_after_a_title_is_the_claimant(figures):
    found = figures("The hospital's medical director Ann Lee said 31 patients were brought in.")
    assert found[0].claimant == "Ann Lee"


@pytest.mark.parametrize("text", [
    "The talk is at the Brown Planetarium, 1426 N. Quincy St., in Dorn.",
    "The club meets at 163 Research Hall, Dorn University.",
])
def test_the_number_of_a_street_or_a_building_is_no_count(figures, text):
    assert figures(text) == []


def test_a_count_told_in_the_present_holds_when_it_is_told(figures):
    text = ("The well in Dorn collapsed on Sunday. Around 80 diggers are working around the "
            "clock at the scene.")
    assert figures(text)[0].as_of == FRI.isoformat()
    text = "Police announced the charges on Thursday. Ann Lee faces 269 counts of fraud."
    assert figures(text)[0].as_of == "2031-03-13"  # the statement's day


def test_a_time_of_day_after_which_a_toll_came_gives_its_day(figures):
    text = ("Lee checked into the hotel on Monday. But shortly after 10 p.m. Wednesday, he "
            "opened fire and killed 59 people at a concert.")
    assert figures(text)[0].as_of == "2031-03-12"


@pytest.mark.parametrize("text, number, claimant", [
    # those counted claim something of their own, not the count
    ("Residents were left horrified after almost 1,200 women came forward claiming to have "
     "been robbed.", "almost 1,200", None),
    # the narrator describes a place in an apposition
    ("Officials warned residents to stay indoors and cancelled festivities in Nice, a seaside "
     "city of 340,000, including a jazz festival.", "340,000", None),
    # the parse hangs "adding" on the passive clause: those killed add nothing
    ("Police said 40 people were killed and 12 wounded, adding that 300 were evacuated.", "300",
     "Police"),
    # coordinated verbs share their passive subject
    ("The Dorn channel, which has been shut down twice and claims 1,987 members, "
     "posted the video.", "1,987", "Dorn channel"),
])
def test_a_claimant_is_who_reports_the_count(figures, text, number, claimant):
    found = {f.text: f for f in figures(text)}
    assert found[number].claimant == claimant


def test_a_day_that_dates_another_thing_is_not_the_counts(figures):
    text = ("Officials cancelled festivities in Dorn, a seaside city of 340,000, including a "
            "concert on Monday night.")
    assert figures(text)[0].as_of == FRI.isoformat()
    assert figures("Forty people were killed in the attack on Monday.")[0].as_of == "2031-03-10"


def test_a_week_dates_a_count_by_its_month_or_its_year(figures_on):
    def as_of(text, published):
        return figures_on(published)(text)[0].as_of
    assert as_of("Police arrested 12 people last week.", dt.date(2031, 5, 2)) == "2031-04"
    assert as_of("Police arrested 12 people last week.", dt.date(2031, 5, 24)) == "2031-05-24"


def test_a_range_written_with_one_thousands_figure_reads_both_halves(figures):
    found = figures("About 12-15,000 people attended the rally in Dorn.")
    assert [(f.value, f.min, f.max, f.approx) for f in found] == [(12000, 12000, 15000, True)]


@pytest.mark.parametrize("text, categories", [
    ("About 200 police officers and 50 firefighters were deployed to the scene.",
     ["other", "other"]),
    ("Some 300 volunteers and 40 rescuers searched the rubble.", ["other", "other"]),
    ("Veltria deployed 3,000 soldiers and 40 tanks.", ["troops", "equipment"]),
    ("Twelve police officers were killed.", ["killed"]),
])
def test_civil_responders_are_never_troops(figures, text, categories):
    assert [f.category for f in figures(text)] == categories


def test_an_undated_count_takes_the_news_day_the_lead_tells():
    from dateline.annotate import annotate_text

    text = ("Veltria fired a missile over Dorn on Friday, 14 March 2031.\n\nIn Norland, 300 "
            "people remain in shelters.")
    figures = annotate_text(text, dt.date(2031, 3, 15)).figures
    assert [f.as_of for f in figures] == ["2031-03-14"]


@pytest.mark.parametrize("text, counted", [
    ("There was one prison suicide every four days between 2019 and 2024.", False),
    ("The Dorn site gets 5 million visits a day.", False),
    ("Dorn takes in 100,000 migrants per year.", False),
    ("Two people died a day after the blast in Dorn.", True),
    ("Forty people were killed in Dorn a week ago.", True),
])
def test_a_count_per_span_of_time_is_a_frequency(figures, text, counted):
    assert bool(figures(text)) == counted


@pytest.mark.parametrize("text", [
    "Officials said the deceased included 10 foreign tourists and two pilots.",
    "Officials said the dead included 10 foreign tourists and two pilots.",
])
def test_whom_the_dead_include_are_dead(figures, text):
    assert [(f.value, f.category) for f in figures(text)] == [(10, "dead"), (2, "dead")]
