"""Entity error classes of issue 9, each shown by a tiny invented text."""

from __future__ import annotations

import pytest

from dateline.annotate.entities import find_entities
from dateline.annotate.places import find_places


@pytest.fixture(scope="module")
def run(nlp):
    def go(text: str):
        doc = nlp(text)
        ents = find_entities(doc)
        return ents, {p.text: p for p in find_places(doc, ents)}
    return go


def _types(ents, text):
    return {m.type for m in ents if m.text == text}


def test_apposition_and_settlement_noun_type_the_name(run):
    ents, _ = run("Pupils were seized by the armed group Vorka Tesh in the village of Umbal. "
                  "Vorka Tesh fighters fled. Vorka Tesh said nothing. Umbal mourned.")
    assert _types(ents, "Vorka Tesh") == {"ORG"}
    assert _types(ents, "Umbal") == {"PLACE"}


def test_legal_form_makes_the_short_name_an_organisation(run):
    ents, _ = run("Brantel Inc said profits fell. Brantel shares dropped and Brantel said its "
                  "board would meet. Brantel apologised.")
    assert _types(ents, "Brantel") == {"ORG"}


def test_possession_and_kin_type_a_person(run):
    ents, _ = run("Police held Mira Oduya on Monday. Oduya's lawyer said Oduya would appeal. "
                  "Her father Kwesi said the charges were false.")
    assert _types(ents, "Oduya") == {"PERSON"}
    assert _types(ents, "Kwesi") == {"PERSON"}


def test_facility_head_makes_a_place(run):
    ents, _ = run("She was taken to Dorran Prison and later walked along Kelby Road in Leeds.")
    assert _types(ents, "Dorran Prison") == {"PLACE"}


def test_page_furniture_events_and_hashtags_are_not_entities(run):
    ents, _ = run("Crowds gathered for the Harlow Games and Founders Day.\nWHAT HAPPENS NEXT\n"
                  "Fans wrote #Harlowstrong online. Secretary of State Ann Pell spoke.")
    texts = {m.text for m in ents}
    assert not texts & {"Harlow Games", "Founders Day", "HAPPENS", "NEXT", "Harlowstrong",
                        "State"}
    assert "Ann Pell" in texts


def test_photo_credits_closing_captions_are_not_entities(run):
    ents, _ = run("A girl waits at a clinic in the capital. (Kabul, March 1, 2002) "
                  "Paula Bronstein\n"
                  "Rihanna arrives at a show in Paris. (AP Photo/Thibault Camus, File)\n"
                  "FILE - In this 2016 file photo, Rihanna poses for photographers.")
    texts = {m.text for m in ents}
    assert not texts & {"Paula Bronstein", "Photo/Thibault Camus, File", "FILE"}
    assert "Rihanna" in texts


def test_a_preposition_between_two_names_splits_the_span(run):
    ents, _ = run("The singer posted photos of herself with 21-year-old Tavon Kaiseen Alleyne on "
                  "Instagram on Tuesday.")
    texts = {m.text for m in ents}
    assert "Tavon Kaiseen Alleyne on Instagram" not in texts
    assert "Tavon Kaiseen Alleyne" in texts


def test_possessive_inside_a_span_splits_it(run):
    ents, _ = run("Norland's Tarvo Agency denied the report, officials in Norland said.")
    assert "Norland's Tarvo Agency" not in {m.text for m in ents}


def test_titles_stay_out_of_person_names(run):
    ents, _ = run("President Oleg Varun met reporters. Varun said the talks went well.")
    varun = [m for m in ents if "Varun" in m.text]
    assert {m.canonical for m in varun} == {"Oleg Varun"}
    assert len({m.entity_id for m in varun}) == 1


def test_direction_word_is_no_part_of_a_known_place(run):
    ents, _ = run("Floods hit Northeastern Nigeria, while Western Sahara stayed dry.")
    texts = {m.text for m in ents if m.type == "PLACE"}
    assert "Nigeria" in texts and "Western Sahara" in texts


def test_page_furniture_is_not_an_entity(run):
    ents, _ = run("Getty Images\nInvalid Email\nBy Jane Doe, Political Correspondent\n"
                  "Thu 12 May 2022 10.30 BST\nTroops left Leeds on Monday, Mayor Ana Pell said. "
                  "Photo: Reuters/Tom Reed\n(Photo by Kim Otto/Getty Images)")
    texts = {m.text for m in ents}
    assert not texts & {"Getty Images", "Invalid Email", "Jane Doe", "Thu", "BST", "Reuters",
                        "Tom Reed", "Kim Otto", "Kim Otto/Getty Images", "Photo"}
    assert {"Leeds", "Ana Pell"} <= texts
