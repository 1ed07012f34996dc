"""Entity precision classes of issue 9 (things that are no entity, mistyped bodies, sentence
openers), each shown by a tiny invented text."""

from __future__ import annotations

import pytest

from dateline.annotate.entities import find_entities


@pytest.fixture(scope="module")
def ents(nlp):
    return lambda text: find_entities(nlp(text))


def _texts(found):
    return {m.text for m in found}


def _types(found, text):
    return {m.type for m in found if m.text == text}


def test_a_named_animal_is_no_person(ents):
    found = ents("Visitors mourned a young gorilla called Bokumbi at the Arlow Zoo. Bokumbi "
                 "stayed in the yard. Keepers said Bokumbi was a gentle gorilla.")
    assert "Bokumbi" not in _texts(found)


def test_a_product_named_by_the_writer_is_no_organisation(ents):
    found = ents("The rocket, known as the Zorbex Heavy, will fly in May. Engineers said the "
                 "Zorbex Heavy was ready. The firm also plans the Big Zorbex Rocket.")
    assert not {"Zorbex Heavy", "Big Zorbex Rocket"} & _texts(found)


def test_a_vessel_in_apposition_is_no_organisation(ents):
    found = ents("The vessel, Sea Marlowe, sailed from the port on Monday, officials said.")
    assert "Sea Marlowe" not in _texts(found)


def test_the_body_a_company_role_is_of_is_an_organisation(ents):
    found = ents("Dana Kell, the chief executive of both Quorvex and the carmaker Halvion, "
                 "spoke on Friday. Quorvex has been working on engines for years.")
    assert _types(found, "Quorvex") == {"ORG"}


def test_a_lone_name_modifying_a_driver_or_car_is_the_team(ents):
    found = ents("The Brandell driver crashed on the last lap. Paulo Reis left his Brandell "
                 "car on the track and walked away.")
    assert _types(found, "Brandell") == {"ORG"}


def test_a_relative_clause_subject_is_not_named_by_the_noun_before_it(ents):
    found = ents("Tomas Orlen spoke on Monday. The same missile Orlen had promised was fired "
                 "on Tuesday, and Orlen praised it.")
    assert _types(found, "Orlen") == {"PERSON"}


def test_a_verb_opening_the_sentence_is_no_part_of_a_name(ents):
    found = ents("Keepers fed Bokumbi on Monday. Sedating Bokumbi would have taken minutes, "
                 "the vet said.")
    assert "Sedating Bokumbi" not in _texts(found)


def test_a_body_whose_name_opens_with_a_participle_keeps_it_at_a_sentence_start(ents):
    found = ents("United Airlines barred two girls from a flight. Associated Banks said rates "
                 "would rise. Sedating Bokumbi took minutes.")
    assert {"United Airlines", "Associated Banks"} <= _texts(found)
    assert "Sedating Bokumbi" not in _texts(found)


def test_a_lone_past_verb_opening_a_quote_is_no_name(ents):
    found = ents("The couple split on Sunday. “Felt we should just tell you all,” Mara Lind "
                 "wrote on Twitter.")
    assert "Felt" not in _texts(found)


def test_a_decade_is_no_organisation(ents):
    found = ents("Such ideas had to be stopped in Europe in the Thirties, the historian said.")
    assert "Thirties" not in _texts(found)


def test_a_model_number_and_its_product_line_are_no_organisation(ents):
    found = ents("All you need to do is take the photo and Quill 2 will do the rest. Brantel "
                 "said the Quill Visual Core improves photos.")
    assert not {"Quill 2", "Quill Visual Core"} & _texts(found)
    assert _types(found, "Brantel") == {"ORG"}


def test_a_numbered_channel_stays_an_organisation(ents):
    found = ents("The interview was broadcast by Channel 4 on Sunday.")
    assert "Channel 4" in _texts(found)


def test_a_title_glued_to_a_first_name_is_left_out(ents):
    found = ents("Sarah Kolt and her partner split up, they said.\nComedienne Sarah announced "
                 "the news on Twitter. Sarah thanked her fans.")
    assert "Comedienne Sarah" not in _texts(found)
    assert "Sarah" in _texts(found)


def test_a_versioned_name_is_a_product(ents):
    found = ents("Apps can be downloaded via the Mac version of the Quill Store, Brantel said.")
    assert not {"Mac", "Quill Store"} & _texts(found)


def test_a_lone_name_a_person_owns_is_his_car(ents):
    found = ents("Paulo Reis crashed his Vantor into the barriers on lap 12, officials said.")
    assert "Vantor" not in _texts(found)


def test_a_name_set_off_by_a_state_is_a_town(ents):
    found = ents("When the Erie, Pennsylvania, resident checked her bill, she was stunned.")
    assert _types(found, "Erie") == {"PLACE"}


def test_a_weekday_abbreviation_or_a_decade_tagged_as_a_name_is_dropped(nlp):
    from spacy.tokens import Span

    from dateline.annotate.entities.spans import _draft

    doc = nlp("Thu 12 May 2022\nThe ideas of the Thirties came back, Lena Marsh said.")
    assert _draft(doc, doc.text, Span(doc, 0, 1, label="ORG"), "ORG") is None
    at = next(t.i for t in doc if t.text == "Thirties")
    assert _draft(doc, doc.text, Span(doc, at, at + 1, label="ORG"), "ORG") is None


def test_a_label_before_a_colon_is_no_name(nlp):
    from dateline.annotate.entities.openers import label_word

    text = "Graphic: how the storm spread across Kansas, said Ben Lowe."
    assert label_word(nlp(text), 0, text)
    text = "Trump said the storm was bad.\nTrump: it spread across Kansas."
    doc = nlp(text)
    assert not label_word(doc, next(t.i for t in doc if t.text == "Trump" and t.i > 2), text)


def test_a_plural_maker_name_stays_an_organisation(ents):
    found = ents("Volvo Cars said sales rose in March. Volvo Cars will hire 500 people.")
    assert _types(found, "Volvo Cars") == {"ORG"}


def test_a_place_before_a_plural_name_in_a_score_is_one_club(ents):
    found = ents("The Arlow Rangers saw off the Denver Indians 8-7 on Sunday. Fans cheered "
                 "after defeating the Denver Indians, said Joe Marsh.")
    assert "Denver" not in _texts(found)
    assert _types(found, "Denver Indians") == {"ORG"}


def test_the_acronym_of_a_thing_is_that_thing(ents):
    found = ents("The firm plans a larger rocket. It is called the BZR, or Big Zorbex Rocket, "
                 "engineers said.")
    assert not {"BZR", "Big Zorbex Rocket"} & _texts(found)


def test_the_end_of_a_thing_name_cut_short_is_that_thing(nlp):
    from dateline.annotate.entities.grouping import Draft
    from dateline.annotate.entities.kinds import THING, product_lines

    doc = nlp("Apps left the Quill Store on Monday. They will be back on the Quill Store soon.")
    first = doc.text.index("Quill Store")
    second = doc.text.index("Store", first + 12)
    t1 = next(t.i for t in doc if t.idx == first)
    t2 = next(t.i for t in doc if t.idx == second)
    drafts = [Draft(first, first + 11, t1, t1 + 2, "Quill Store", THING),
              Draft(second, second + 5, t2, t2 + 1, "Store", "PLACE")]
    product_lines(doc, drafts)
    assert drafts[1].type == THING
