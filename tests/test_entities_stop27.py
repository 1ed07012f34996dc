"""Entity types and spans (stop 27): a name the parse treats as a body, a town set off by its
state at a sentence's end, a short form typed as the longer name it ends, an honorific kept
in the mention (invented text)."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def mentions(nlp):
    from dateline.annotate.entities import find_entities

    def run(text: str) -> list[tuple[str, str]]:
        return [(m.text, m.type) for m in find_entities(nlp(text))]
    return run


@pytest.mark.parametrize("text, name, kind", [
    pytest.param("Guard Al Lee scored twice. The Kelso Rovers are in the Varn League, which is "
                 "a minor league.", "Varn League", "ORG",
                 id="a name with its own 'the' is no person"),
    pytest.param("Kelvo, which is owned by First Group, told reporters the tram was late. Kelvo "
                 "runs trams across the city.", "Kelvo", "ORG",
                 id="'which' after a name says a body"),
    pytest.param("Minister Al Roe criticised the Tories. Al Roe quoted its plan at length on "
                 "Monday.", "Al Roe", "PERSON", id="'its' after a name's verb is no cue"),
    pytest.param("Ann Lee, head of Kelvo, which makes trams, said the line was late.", "Ann Lee",
                 "PERSON", id="'which' further on belongs to another noun"),
    pytest.param("Guard Al Lee boarded the flight to Sioux Falls, South Dakota. They later flew "
                 "to Sioux Falls, the airline said.", "Sioux Falls", "PLACE",
                 id="a town set off by its state at a sentence's end"),
    pytest.param("Al Roe, a native of Kelbok whose cousin was taken, said in a phone call "
                 "that the Kelbok girls were safe.", "Kelbok", "PLACE",
                 id="a native of a place"),
    pytest.param("Ann Lee, head of tax at Dorfman LLP, said the rules were new.", "Dorfman LLP",
                 "ORG", id="a legal form in capitals ends a company's name"),
    pytest.param("The missile fell into the sea, 2,000 kilometers east of Arimori Cape.",
                 "Arimori Cape", "PLACE", id="a cape is a place"),
    pytest.param("The strike is off, said BBC labour affairs correspondent Stephen Cape.",
                 "Stephen Cape", "PERSON", id="a title before a name outranks its last word"),
    pytest.param("Zentrix's chief executive said the bid was too low. Zentrix fell sharply on "
                 "Monday.", "Zentrix", "ORG", id="only a body has a chief executive"),
    pytest.param("Ozzy Osbourne was at home. On Sunday night, the Osbournes had been "
                 "celebrating a birthday.", "Osbournes", "PERSON",
                 id="the plural of a person's surname is a family, not a body"),
    pytest.param("The Bishop of Kelso, the Rt Rev Alan Brodie-Lyle, said the plan was wrong.",
                 "Rt Rev Alan Brodie-Lyle", "PERSON", id="'the' before a title is the title's"),
])
def test_body_and_place_cues(mentions, text, name, kind):
    found = {t for n, t in mentions(text) if n == name}
    assert found == {kind}


def test_short_form_takes_the_type_of_the_name_it_ends(mentions):
    found = mentions("The Kelso Rovers lost again on Sunday. The Kelso Rovers are bottom of the "
                     "league. Rovers coach Al Lee said the team would recover.")
    assert ("Rovers", "PERSON") not in found


def test_a_short_form_of_a_person_is_a_person(mentions):
    found = mentions("Coach Jack Del Rio was fired by the Raiders on Monday. Del Rio announced "
                     "his own exit at a news conference.")
    assert {t for n, t in found if n == "Del Rio"} == {"PERSON"}


def test_a_two_word_surname_joins_its_full_name(nlp):
    from dateline.annotate.entities import find_entities

    found = find_entities(nlp("Coach Jack Del Rio was fired by the Raiders on Monday. Del Rio "
                              "announced his own exit at a news conference."))
    ids = {m.text: m.entity_id for m in found if m.type == "PERSON"}
    assert ids.get("Del Rio") == ids.get("Jack Del Rio") is not None


def test_honorific_is_part_of_the_mention_not_of_the_canonical(nlp):
    from dateline.annotate.entities import find_entities

    found = find_entities(nlp("Ann Kesby runs the charity. Ms. Kesby said she agreed. Later "
                              "Mr. Brolin, who built the firm, said he was sorry."))
    by_text = {m.text: m.canonical for m in found if m.type == "PERSON"}
    assert by_text.get("Ms. Kesby") == "Ann Kesby"
    assert by_text.get("Mr. Brolin") == "Brolin"


def test_two_bodies_run_together_are_two_mentions(mentions):
    found = mentions("Ann Roe live-tweeted as Qantas turned away two girls. The official Qantas "
                     "Facebook account responded that Qantas has rights. Users of Facebook were "
                     "angry.")
    assert ("Qantas Facebook", "PERSON") not in found and ("Qantas Facebook", "ORG") not in found
    assert [n for n, t in found if t == "ORG"].count("Facebook") == 2


def test_a_given_name_opening_the_sentence_joins_a_surname_typed_a_body(nlp):
    from spacy.tokens import Span

    from dateline.annotate.entities.parts import grow_span

    doc = nlp("Yoshiro Sagawa condemned the test in the strongest words.")
    doc.ents = [Span(doc, 1, 2, label="ORG")]  # NER's slip: the surname alone, as a body
    if doc[0].head.i != 1 or doc[0].pos_ != "PROPN":
        pytest.skip("the parse does not hang the given name on the surname here")
    assert grow_span(doc, 1, 2, "ORG") == (0, 2)


def test_a_body_named_between_the_and_its_kind(mentions):
    found = mentions("The Keep Our Libraries Open campaign thanked the council on Monday.")
    assert ("Keep Our Libraries Open", "ORG") in found


def test_a_lone_word_ending_one_body_s_name_is_that_body():
    from dateline.annotate.entities.grouping import Draft, group_orgs

    drafts = [Draft(0, 13, 0, 2, "Kelso Rovers", "ORG"), Draft(30, 36, 8, 9, "Rovers", "ORG"),
              Draft(50, 61, 12, 14, "Varn League", "ORG")]
    group_orgs(drafts)
    assert drafts[1].canonical == "Kelso Rovers" and drafts[1].key == drafts[0].key
