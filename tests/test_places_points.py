"""Gazetteer classes of issue 9: country points, subdivisions, old names, facilities."""

from __future__ import annotations

import pytest

from dateline.annotate.entities import find_entities
from dateline.annotate.places import build_context, find_places, resolve_place
from dateline.eval.unseen import km


@pytest.fixture(scope="module")
def run(nlp):
    def go(text: str):
        doc = nlp(text)
        ents = find_entities(doc)
        return ents, {p.text: p for p in find_places(doc, ents)}
    return go


def test_country_sits_at_its_representative_point():
    russia = resolve_place("Russia", build_context([]))
    assert russia is not None and russia.precision == "country"
    assert km(russia.lat, russia.lon, 60.0, 100.0) < 300  # not a province on the Volga


def test_first_order_subdivision_is_a_region():
    entry = resolve_place("Hokkaido", build_context(["Japan"]))
    assert entry is not None and entry.precision == "region" and entry.country == "JP"


def test_old_name_of_a_capital_does_not_take_a_real_town():
    entry = resolve_place("Salisbury", build_context([]))
    assert entry is not None and entry.country == "GB"
    assert resolve_place("Kiev", build_context([])).country == "UA"  # no town is called Kiev


def test_ambiguous_state_name_follows_the_story():
    entry = resolve_place("Georgia", build_context(["Georgia", "Ohio", "Texas"]))
    assert entry is not None and entry.country == "US"


def test_plant_named_after_a_town_is_not_the_town(run):
    ents, _ = run("Shelling hit the Zaporizhzhia nuclear plant on Friday, officials in "
                  "Zaporizhzhia said.")
    mentions = [m for m in ents if m.text == "Zaporizhzhia"]
    assert len({m.entity_id for m in mentions}) == 2  # the plant and the city


def test_plant_point_is_its_own(nlp):
    doc = nlp("Shelling hit the Zaporizhzhia nuclear plant on Friday.")
    places = find_places(doc, find_entities(doc))
    assert places and places[0].precision == "facility"
    assert km(places[0].lat, places[0].lon, 47.51, 34.58) < 10


def test_unknown_plant_has_no_town_point(nlp):
    doc = nlp("Workers left the Kherson power station on Friday.")
    places = find_places(doc, find_entities(doc))
    assert places and places[0].precision == "facility" and places[0].lat is None


def test_street_lies_in_the_town_of_the_story(nlp):
    doc = nlp("A tram derailed on Marlow Road in Leeds. Leeds police said two people died.")
    places = {p.text: p for p in find_places(doc, find_entities(doc))}
    road = places.get("Marlow Road")
    assert road is not None and road.precision == "facility"
    assert km(road.lat, road.lon, places["Leeds"].lat, places["Leeds"].lon) < 1
