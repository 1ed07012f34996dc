"""Stop 27 place classes, each shown on an invented sentence."""

from __future__ import annotations





def test_a_small_town_of_a_country_the_story_never_names_is_not_guessed(places):
    # the gazetteer's only "Midlothian" is a Texas town of 20,000; the story is British
    out = places("Councillors in Glasgow and Edinburgh backed a new rail line through "
                 "Midlothian on Tuesday.")
    assert out["Glasgow"].country == "GB"
    assert out["Midlothian"].lat is None


def test_the_same_town_stands_when_the_story_names_its_country(places):
    out = places("Storms swept across Texas on Monday and flooded streets in Midlothian.")
    assert out["Midlothian"].country == "US" and out["Midlothian"].lat is not None


def test_a_town_known_beyond_its_country_still_stands(places):
    out = places("Ministers from London and Glasgow met buyers in Cannes on Friday.")
    assert out["Cannes"].country == "FR"
