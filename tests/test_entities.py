"""find_entities on hand-written fictional sentences, one rule per test."""

from __future__ import annotations

import pytest

from dateline.annotate.entities import find_entities
from dateline.annotate.names import acronym_of, initials, person_key, translit_key


@pytest.fixture(scope="module")
def ents(nlp):
    def run(text: str):
        return find_entities(nlp(text))
    return run


def _by_text(mentions, text):
    return [m for m in mentions if m.text == text]


def test_translit_key_merges_common_romanizations():
    assert translit_key("Zelenskyy") == translit_key("Zelensky") == translit_key("Zelenskiy")
    assert translit_key("Sergey") == translit_key("Sergei")
    assert translit_key("Dmitry") == translit_key("Dmitriy")
    assert translit_key("Klitschko") == translit_key("Klichko")
    assert person_key("George W. Bush") == person_key("George Bush")


def test_acronym_helpers():
    assert acronym_of("U.N.") == "UN"
    assert initials("United Nations") == "UN"
    assert initials("North Atlantic Treaty Organization") == "NATO"


def test_surname_links_to_full_name_before(ents):
    out = ents("Ukrainian President Volodymyr Zelenskyy met reporters in Lviv on Monday. "
               "Later, Zelenskyy said the talks had failed.")
    full, short = _by_text(out, "Volodymyr Zelenskyy")[0], _by_text(out, "Zelenskyy")[0]
    assert short.entity_id == full.entity_id
    assert short.canonical == "Volodymyr Zelenskyy"
    assert full.entity_id.startswith("per:")


def test_surname_links_to_full_name_after(ents):
    out = ents("Zelensky spoke first at the summit. Hours later, President Volodymyr Zelensky "
               "said the convoy had arrived.")
    assert {m.canonical for m in out if m.type == "PERSON"} == {"Volodymyr Zelensky"}


def test_transliteration_variants_merge(ents):
    out = ents("President Volodymyr Zelenskiy visited the front. Later Volodymyr Zelensky "
               "flew to Warsaw.")
    people = [m for m in out if m.type == "PERSON"]
    assert len(people) == 2 and len({m.entity_id for m in people}) == 1


def test_same_person_same_id_across_articles(ents):
    a = _by_text(ents("Russian Foreign Minister Sergey Lavrov arrived."), "Sergey Lavrov")[0]
    b = _by_text(ents("Foreign Minister Sergei Lavrov left on Friday."), "Sergei Lavrov")[0]
    assert a.entity_id == b.entity_id


def test_acronyms_merge_with_table(ents):
    out = ents("The United Nations called for a ceasefire. The U.N. said aid convoys were ready, "
               "and UN officials counted the dead.")
    orgs = [m for m in out if m.type == "ORG"]
    assert {m.text for m in orgs} == {"United Nations", "U.N.", "UN"}
    assert len({m.entity_id for m in orgs}) == 1
    assert {m.canonical for m in orgs} == {"United Nations"}


def test_acronym_rule_without_table(ents):
    out = ents("The International Judo Federation suspended the team. The IJF said the ban "
               "would last a year.")
    ijf = _by_text(out, "IJF")[0]
    assert ijf.canonical == "International Judo Federation"


def test_two_johnsons_stay_apart(ents):
    out = ents("Boris Johnson met Dwayne Johnson in London on Tuesday. Johnson said the "
               "meeting was friendly.")
    boris, dwayne = _by_text(out, "Boris Johnson")[0], _by_text(out, "Dwayne Johnson")[0]
    bare = _by_text(out, "Johnson")[0]
    assert boris.entity_id != dwayne.entity_id
    assert bare.entity_id not in (boris.entity_id, dwayne.entity_id)


def test_a_lone_surname_of_the_other_gender_stays_apart(ents):
    out = ents("Her father, Robert Kessler, teaches at Columbia. Ms. Kessler says she left the "
               "studio in 2003. Kessler says she never went back.")
    father = _by_text(out, "Robert Kessler")[0]
    daughter = [m for m in out if m.text == "Kessler"]
    assert daughter and all(m.entity_id != father.entity_id for m in daughter)
    assert len({m.entity_id for m in daughter}) == 1


def test_a_lone_surname_of_the_same_gender_still_joins(ents):
    out = ents("His father, Robert Kessler, teaches at Columbia. Mr. Kessler says he left the "
               "studio in 2003.")
    assert len({m.entity_id for m in out if m.type == "PERSON"}) == 1


def test_mr_and_mrs_of_one_name_are_two_people(ents):
    # the full name's gender is not told: neither lone name may join it, nor each other
    out = ents("Arlo Kessler's wife, Nadia, is to campaign. Mrs Kessler will visit Dorn on "
               "Monday. Mr Kessler will host a rally in Norland. Mrs Kessler said she was glad.")
    full = _by_text(out, "Arlo Kessler")[0].entity_id
    wife = {m.entity_id for m in _by_text(out, "Mrs Kessler")}
    husband = {m.entity_id for m in out if m.text in ("Kessler", "Mr Kessler")}
    assert len(wife) == 1 and len(husband) == 1
    assert len(wife | husband | {full}) == 3


def test_roles_before_name_and_in_apposition(ents):
    out = ents("Russian Foreign Minister Sergey Lavrov met his counterpart on Friday. "
               "Kremlin spokesman Dmitry Peskov declined to comment.")
    assert _by_text(out, "Sergey Lavrov")[0].role == "Russian Foreign Minister"
    assert _by_text(out, "Dmitry Peskov")[0].role == "Kremlin spokesman"
    out = ents("Dmitry Peskov, the Kremlin spokesman, said talks were possible.")
    assert _by_text(out, "Dmitry Peskov")[0].role == "Kremlin spokesman"


def test_type_corrected_by_gazetteer_and_titles(ents):
    out = ents("Residents of Kherson fled on Monday. Kyiv said the shelling of Kherson "
               "continued while Kyiv prepared its defenses.")
    assert {m.type for m in out if m.text in ("Kherson", "Kyiv")} == {"PLACE"}
    out = ents("Mr. Halvorsen arrived late. Halvorsen said nothing.")
    assert {m.type for m in out if m.text == "Halvorsen"} == {"PERSON"}


def test_strips_the_and_possessive(ents):
    out = ents("The European Union's sanctions hit Russia hard, and the Russians responded.")
    eu = [m for m in out if m.type == "ORG"][0]
    assert eu.text == "European Union"
    assert _by_text(out, "Russians")[0].type == "GROUP"
    assert not _by_text(out, "Russian")  # NORP adjectives are not mentions


def test_mentions_sorted_and_offsets_exact(nlp):
    text = "The White House said President Joe Biden spoke with Emmanuel Macron in Paris."
    out = find_entities(nlp(text))
    assert out == sorted(out, key=lambda m: (m.start, m.end))
    for m in out:
        assert text[m.start:m.end] == m.text
