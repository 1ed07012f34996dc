"""Places the gazetteer lacks, put where the article puts them (issue 9), on invented texts."""

from __future__ import annotations


from dateline.annotate.entities import find_entities
from dateline.eval.unseen import km



def test_a_cape_named_after_a_town_lies_by_the_town(places):
    found = places("The missile fell into the sea off Japan, 300 km east of Cape Kushiro, "
                   "officials in Japan said.")
    cape = found["Cape Kushiro"]
    assert cape.precision == "region" and km(cape.lat, cape.lon, 42.98, 144.37) < 20


def test_a_short_form_and_a_site_near_a_town_take_its_point(places):
    found = places("The probe will lift off from Halvorsen Space Center, near Cape Canaveral, "
                   "on Monday. Crowds are expected at the Cape.")
    town = found["Cape Canaveral"]
    for text in ("Halvorsen Space Center", "Cape"):
        assert (found[text].lat, found[text].lon) == (town.lat, town.lon)
    assert found["Cape"].name == "Cape Canaveral"


def test_a_village_of_an_area_lies_in_the_area(places):
    found = places("Soldiers raided the West Bank village of Qaryat Zelma on Friday.")
    village = found["Qaryat Zelma"]
    assert village.precision == "city" and village.country == "PS"
    assert km(village.lat, village.lon, 32.0, 35.25) < 20


def test_a_place_nothing_locates_keeps_no_point(places):
    found = places("Protesters gathered in Kafr Dumeira on Friday, witnesses said.")
    assert found["Kafr Dumeira"].lat is None


def test_a_district_set_off_by_a_part_of_a_city_is_a_place_in_it(nlp, places):
    doc = nlp("A man from Dunmore, north-west Dublin, was arrested.")  # NER: PERSON
    assert {m.text: m.type for m in find_entities(doc)}["Dunmore"] == "PLACE"
    district = places("The father, from Ashby Vale, south east London, said people were "
                      "screaming.")["Ashby Vale"]
    assert district.country == "GB" and km(district.lat, district.lon, 51.51, -0.13) < 30


def test_a_settlement_set_off_as_a_village_near_a_town_lies_by_it(places):
    found = places("Protesters gathered in Kafr Dumeira, a small village near Aleppo, on "
                   "Friday.")
    village, town = found["Kafr Dumeira"], found["Aleppo"]
    assert village.precision == "city" and (village.lat, village.lon) == (town.lat, town.lon)
