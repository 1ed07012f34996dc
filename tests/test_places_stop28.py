"""Stop 28 place classes, each shown on an invented sentence."""

from __future__ import annotations

from dateline.annotate.places.gazetteer import load_gazetteer


def _near(place, lat, lon, tol=1.0):
    return place.lat is not None and abs(place.lat - lat) < tol and abs(place.lon - lon) < tol


def test_a_peninsula_and_a_demilitarized_zone_are_regions_with_a_point(places):
    out = places("Troops on both sides of the Demilitarized Zone were on alert as tension "
                 "rose on the Korean Peninsula on Monday, officials in Seoul said.")
    assert out["Korean Peninsula"].precision == "region"
    assert _near(out["Korean Peninsula"], 37.5, 127.5)
    assert _near(out["Demilitarized Zone"], 38.3, 127.0)


def test_a_region_spanning_prefectures_or_counties_is_held():
    gaz = load_gazetteer()
    for name, country in (("Tohoku", "JP"), ("South Wales", "GB"), ("East Anglia", "GB")):
        found = [e for e in gaz.lookup(name) if e.precision == "region"]
        assert found and found[0].country == country and found[0].lat is not None


def test_a_venue_that_is_no_town_is_a_facility_at_its_own_point():
    found = load_gazetteer().lookup("Interlagos")
    assert found and found[0].precision == "facility" and found[0].country == "BR"


def test_a_bare_riviera_is_the_region_not_a_swiss_village():
    assert load_gazetteer().lookup("Riviera")[0].name == "French Riviera"


def test_an_airport_named_after_two_towns_lies_at_the_first_not_the_storys_main_town(places):
    out = places("The team flew from Minneapolis-Saint Paul International Airport to Denver. "
                 "In Denver, and again in Denver, fans met them.")
    airport = out["Minneapolis-Saint Paul International Airport"]
    assert airport.precision == "facility" and _near(airport, 44.98, -93.26)


def test_a_big_city_outranks_a_foreign_subdivision_of_its_name(places):
    out = places("Fans travelled from Manchester on Saturday.")
    assert out["Manchester"].country == "GB" and out["Manchester"].precision == "city"


def test_a_town_of_the_storys_country_outranks_a_foreign_region_of_its_name(places):
    out = places("The bishop spoke in Canterbury after visiting London and Dover in England.")
    assert out["Canterbury"].country == "GB"
    out = places("Floods hit Canterbury, New Zealand, on Monday.")
    assert out["Canterbury"].country == "NZ" and out["Canterbury"].precision == "region"


def test_a_facility_is_not_put_at_one_of_several_towns_mentioned_alike(places):
    out = places("Fans from Leeds and Sydney met at Fratley Road before the match.")
    assert out["Fratley Road"].lat is None


def test_a_facility_of_a_story_set_in_one_town_lies_in_that_town(places):
    out = places("A tram derailed in Croydon on Monday. Croydon residents heard the crash "
                 "near Fratley Road, and a Leeds man was hurt.")
    assert _near(out["Fratley Road"], 51.37, -0.10)


def test_a_small_town_with_a_namesake_of_like_size_in_its_country_is_not_guessed(places):
    out = places("Barges were stuck near Homberg after the river rose, officials in Germany said.")
    assert out["Homberg"].lat is None


def test_an_english_county_is_a_region_in_a_british_story_not_an_american_town(places):
    out = places("Floods hit villages in Norfolk and Suffolk, the Environment Agency said "
                 "in London.")
    assert out["Norfolk"].country == "GB" and out["Norfolk"].precision == "region"
    assert _near(out["Suffolk"], 52.2, 1.05)


def test_a_big_namesake_city_still_wins_outside_british_stories(places):
    out = places("Sailors at the naval base in Norfolk, Virginia, were told to stay home.")
    assert out["Norfolk"].country == "US" and out["Norfolk"].precision == "city"
