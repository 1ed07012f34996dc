"""Error classes found on unseen news text, one invented sentence (or two) per class."""

from __future__ import annotations

import pytest

from dateline.annotate.entities import find_entities
from dateline.annotate.places.features import feature_kind
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


def test_hyphenated_region_is_one_place(run):
    ents, places = run("Heavy rain flooded Emilia-Romagna on Tuesday, officials in Bologna said.")
    assert "Emilia" not in {m.text for m in ents}
    assert places["Emilia-Romagna"].precision == "region"
    assert places["Emilia-Romagna"].country == "IT"


def test_rivers_lakes_and_ranges_are_places_not_towns(run):
    ents, places = run("Snow melting in the Apennines swelled the Savio river and the Lamone "
                       "river, while Lake Garda rose.")
    for name in ("Apennines", "Savio", "Lamone", "Lake Garda"):
        assert _types(ents, name) == {"PLACE"}, name
    assert places["Savio"].precision == "water"  # not the village called Savio
    assert places["Apennines"].precision == "region"
    assert feature_kind("near the river Orbe today", 15, 19) == "water"


def test_country_list_is_not_a_qualifier(run):
    _, places = run("Exports from Peru, Chile, Colombia, Mexico and Ecuador rose last year.")
    assert places["Colombia"].country == "CO" and places["Colombia"].precision == "country"


def test_sea_beats_small_town_of_same_name(run):
    _, places = run("In Ohio, Kansas and Texas, storms came in from the Atlantic on Monday.")
    assert places["Atlantic"].precision == "water"


def test_name_particles_and_honorific_spans(run):
    ents, _ = run("The club signed goalkeeper Pieter van der Kamp on Friday. Later Mr Van der "
                  "Kamp thanked the fans.")
    assert "Pieter van der Kamp" in {m.text for m in ents if m.type == "PERSON"}
    assert all(m.type == "PERSON" for m in ents if "Kamp" in m.text)


def test_unclosed_parenthesis_and_scores_are_cut(run):
    ents, _ = run("The Andean Growth Bank (AGB) lent more. Tomas Kral beat a rival of the Czech "
                  "Republic 6-4 6-2 in Prague.")
    texts = {m.text for m in ents}
    assert "Andean Growth Bank" in texts and "Czech Republic" in texts
    assert not any("(" in t or "6-" in t for t in texts)


def test_titles_events_and_storms_are_not_names(run):
    ents, _ = run("The Cardinal spoke after the Harbour Cup in Perth. Hurricane Zelda killed "
                  "ten people.")
    texts = {m.text for m in ents}
    assert not texts & {"Cardinal", "Harbour Cup", "Zelda"}


def test_sentence_initial_common_word_dropped(run):
    ents, _ = run("Broadband grows fast\n\nMore homes than ever now use broadband, says Ofcom.")
    assert "Broadband" not in {m.text for m in ents}


@pytest.mark.parametrize("text, word", [
    ("Scenes of Carnage at a Concert\n\nAs the gunman fired from the hotel, the concert crowd "
     "began to flee.", "Concert"),
    ("Play slideshow Getty Images 1 of 11\n\nThe race was stopped. The images showed the crash.",
     "Images"),
])
def test_a_capitalised_word_the_article_writes_in_lower_case_is_no_person(run, text, word):
    ents, _ = run(text)
    assert word not in {m.text for m in ents}


def test_a_name_that_is_also_a_word_keeps_its_full_name(run):
    ents, _ = run("Prime Minister Theresa May spoke. May said the deal may pass.")
    assert [m.canonical for m in ents if m.text == "May"] == ["Theresa May"]


def test_a_word_for_a_person_opening_a_sentence_is_no_name(run):
    text = ("A suicide bomber has rammed a truck into a Veltrian consulate in Norland, killing "
            "at least six civilians and wounding 120, officials said.\nGunman attacked the "
            "building after the blast, in the city of Dorn, battling with Veltrian and Norland "
            "forces.")
    ents, _ = run(text)
    assert "Gunman" not in {m.text for m in ents}
    ents, _ = run("Minnie Driver stars in the film. Driver said she loved the role.")
    assert "Driver" in {m.text for m in ents if m.type == "PERSON"}


def test_a_sentence_end_before_a_role_word_is_no_name_before_it():
    from dateline.annotate.entities.rules import _inside_a_name

    assert not _inside_a_name("Gunman", "The blast hit Dorn. Gunman attacked the building.")
    assert _inside_a_name("Driver", "Dr. Driver said she loved the role.")


def test_a_town_of_unknown_size_is_not_a_far_bigger_town_once_called_so(run):
    # GeoNames knows no population for Twickenham; Huntsville, Alabama was once "Twickenham"
    _, places = run("England played France in Twickenham on Saturday.")
    assert places["Twickenham"].name == "Twickenham"
    assert round(places["Twickenham"].lat) == 51


def test_a_lone_surname_like_a_nationality_is_the_person_named_in_full(run):
    ents, _ = run("Bruce Arians retired on Monday. Arians said he would miss the players.")
    lone = [m for m in ents if m.text == "Arians"]
    assert lone and lone[0].type == "PERSON" and lone[0].canonical == "Bruce Arians"


def test_a_lone_name_among_people_is_a_person_not_a_town(run):
    ents, _ = run("Bruce and Irene Steinberg, along with their sons Matthew, William and Zachary, "
                  "were headed to San Jose. William and Zachary were college students.")
    assert _types(ents, "Zachary") == {"PERSON"}
    ents, _ = run("Abe and the LDP have become too powerful, he said.")
    assert "PERSON" not in _types(ents, "LDP")


def test_an_airline_name_is_an_organisation(run):
    ents, _ = run("A plane carrying ten tourists crashed in Dorn on Sunday, killing everyone on "
                  "board, officials said. The Nature Air flight crashed into a mountain around "
                  "noon local time, shortly after taking off. Strong winds delayed the plane's "
                  "arrival earlier in the day, Lee said. Nature Air is an airline based in San "
                  "Jose. In September, two passengers were killed when a Nature Air flight "
                  "crashed into a river. Nature Air did not immediately respond to requests for "
                  "comment.")
    assert _types(ents, "Nature Air") == {"ORG"}


def test_the_name_before_a_company_role_is_the_company(run):
    ents, _ = run("Two days ago, SpaceX CEO and Tesla founder Elon Musk unveiled his plans.")
    assert _types(ents, "SpaceX") == {"ORG"}


def test_british_parties_and_mr_linking(run):
    ents, _ = run("Labour and the Tories clashed in the Commons. Tony Blair spoke first. "
                  "Mr Blair said the Conservatives were wrong.")
    assert {m.canonical for m in ents if m.text in ("Tories", "Conservatives")} == \
        {"Conservative Party"}
    assert _types(ents, "Commons") == {"ORG"}
    blair = [m for m in ents if "Blair" in m.text]
    assert len({m.entity_id for m in blair}) == 1


def test_us_is_a_place_but_us_is_not(run):
    ents, _ = run("Let us hope, said the US envoy.")
    assert [m.text for m in ents if m.type == "PLACE"] == ["US"]


def test_city_is_a_club_in_sports_story(run):
    text = ("Fulham striker Carlos Mendo scored twice as Fulham beat Burnley in the league. "
            "The keeper saved a penalty and the club stays unbeaten this season.")
    ents, _ = run(text)
    assert _types(ents, "Fulham") == {"ORG"}
    ents, _ = run("Thousands of shoppers crowded Manchester on Saturday.")
    assert _types(ents, "Manchester") == {"PLACE"}


def test_compound_company_name_piece_is_org(run):
    ents, _ = run("Profits slump at Mercedes\n\nProfits at Mercedes-Benz fell 20% in 2004.")
    assert _types(ents, "Mercedes") == {"ORG"}


def test_hyphen_join_keeps_country_apart(run):
    ents, _ = run("The German-US carmaker and the Israel-Gaza talks were in the news.")
    texts = {m.text for m in ents if m.type == "PLACE"}
    assert "German-US" not in texts and "US" in texts


@pytest.mark.parametrize("name, country", [("Mazar-i-Sharif", "AF"),
                                           ("Stratford-upon-Avon", "GB"),
                                           ("Boulogne-sur-Mer", "FR"),
                                           ("Aix-en-Provence", "FR")])
def test_hyphen_linked_name_is_one_place(run, name, country):
    ents, places = run(f"Fighting was reported near the northern city of {name} on Sunday, "
                       "the governor said.")
    assert places[name].country == country and places[name].precision == "city"
    assert not {m.text for m in ents} & {name.split("-")[0], name.split("-")[-1]}


def test_arabic_article_name_keeps_its_head_word(run):
    ents, _ = run("Fighters of Hayat Tahrir al-Sham entered the town on Friday.")
    assert _types(ents, "Hayat Tahrir al-Sham") == {"ORG"}


def test_link_spellings_meet_in_the_gazetteer():
    from dateline.annotate.places.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    ids = {e.geonameid for name in ("Mazar-i-Sharif", "Mazār-e Sharīf", "Mazar-ie-Sharif")
           for e in gaz.lookup(name)}
    assert len(ids) == 1


def test_town_the_tagger_missed_after_a_locative_word(run):
    ents, places = run("By Monday the first aid convoys had reached Opole, officials said.")
    assert places["Opole"].country == "PL"


def test_common_words_that_are_towns_are_not_added(run):
    ents, _ = run("Reading is down. He moved to Reading in March, then the faith in God "
                  "grew, and fans went to Chelsea.")
    assert not {m.text for m in ents if m.type == "PLACE"} & {"Reading", "God", "Chelsea",
                                                               "March"}


def test_province_named_after_its_capital_is_a_region(run):
    ents, places = run("Fighting spread to Ruvan and across Balkh province and Kunduz province "
                       "in Afghanistan.")
    for name in ("Balkh", "Kunduz province"):
        place = next(p for text, p in places.items() if text.startswith(name))
        assert place.country == "AF" and place.precision == "region" and place.lat is not None


def test_namesake_beats_a_city_that_once_had_the_name(run):
    _, places = run("Fishermen in Louisiana said oil had reached the marshes outside Venice, "
                    "Houma and Grand Isle.")
    assert places["Venice"].name == "Venice"


def _one(ents, text):
    return next(m for m in ents if m.text == text)


def test_lone_first_name_joins_its_one_full_name(run):
    ents, _ = run("Ilvana Dorsk opened the clinic on Monday. Ilvana said the staff had worked "
                  "through the night.")
    full, lone = _one(ents, "Ilvana Dorsk"), _one(ents, "Ilvana")
    assert lone.type == "PERSON"
    assert (lone.canonical, lone.entity_id) == ("Ilvana Dorsk", full.entity_id)


def test_lone_first_name_shared_by_two_full_names_stays_apart(run):
    ents, _ = run("Marta Velsko and Marta Quirin spoke at the summit. Marta said no deal was "
                  "near.")
    lone = [m for m in ents if m.text == "Marta"]
    assert all(m.canonical == "Marta" for m in lone)


def test_lone_word_that_is_also_a_surname_is_not_a_first_name(run):
    ents, _ = run("Tomas Ferrand met Alain Tomas in the capital. Tomas said the talks went well.")
    lone = [m for m in ents if m.text == "Tomas"]
    assert all(m.canonical != "Tomas Ferrand" for m in lone)


@pytest.mark.parametrize("text, name", [
    ("Since Islamic State attacks last year, public events in Dorn have been guarded.",
     "Islamic State"),
    ("The government has named a new commander as Boko Haram's leader.", "Boko Haram"),
])
def test_a_known_name_is_one_mention_whatever_ner_cut(run, text, name):
    ents, _ = run(text)
    assert _types(ents, name) == {"ORG"}
    assert not [m for m in ents if m.text in ("State", "Haram")]


def test_a_known_name_inside_a_longer_one_leaves_it_whole(run):
    ents, _ = run("The U.N. Security Council met in New York on Friday.")
    assert _types(ents, "U.N. Security Council") == {"ORG"}


def test_a_state_written_as_such_is_the_state_not_its_city(run):
    _, places = run("A gunman shot 13 people in the New York state city of Binghamton.")
    assert places["New York"].precision == "region"
    _, places = run("The mayor of New York spoke on Monday.")
    assert places["New York"].precision == "city"


def test_a_photo_credit_run_into_a_name_is_not_part_of_it(run):
    ents, _ = run("On a scale of one to 10, this is a 10. Reuters Equifax claimed that it had "
                  "no knowledge of the intrusion.")
    assert "Reuters Equifax" not in {e.text for e in ents}
    assert "Equifax" in {e.text for e in ents}


def test_name_after_a_title_and_its_body_is_a_person(run):
    # the small model tags "the United Nations Nikki Haley" as one ORG
    text = "U.S. Ambassador to the United Nations Nikki Haley said the council must act."
    ents, _ = run(text)
    assert _types(ents, "Nikki Haley") == {"PERSON"}
    assert _types(ents, "United Nations") == {"ORG"}


def test_a_news_outlet_told_is_an_organisation(run):
    text = "\"It is a scene of horror,\" a local member of parliament, Lea Orn, told France Info."
    ents, _ = run(text)
    assert _types(ents, "France Info") == {"ORG"}


def test_the_outlet_by_its_last_word_is_an_organisation(run):
    text = ("Read the Miami Herald's piece based on the papers. The Herald reports that shell "
            "firms bought flats in Miami.")
    ents, _ = run(text)
    assert _types(ents, "Herald") == {"ORG"}


def test_a_lone_surname_joins_a_full_name_its_words_call_a_person(run):
    text = ("Seaweed farmer Mitsuyo Kawamura says she has been on edge since the launch.\n"
            "Kawamura has since stocked up on extra food and keeps the radio on.")
    ents, _ = run(text)
    assert {(m.type, m.canonical) for m in ents if m.text == "Kawamura"} == {
        ("PERSON", "Mitsuyo Kawamura")}


def test_an_honorific_stays_out_of_the_canonical_name(run):
    ents, _ = run("Speed matters, said Mr R. Sridharan, vice president of networks at Tata. "
                  "Digging is slow, said Mr Sridharan.")
    assert {m.canonical for m in ents if m.type == "PERSON"} == {"R. Sridharan"}


def test_an_occupation_before_a_name_is_no_part_of_it_and_names_a_person(run):
    ents, _ = run("Rihanna is mourning her cousin. In this file photo, Singer Rihanna poses for "
                  "photographers in Dorn.")
    assert {(m.text, m.type, m.canonical) for m in ents if "Rihanna" in m.text} == {
        ("Rihanna", "PERSON", "Rihanna")}
    ents, _ = run("Oil producer Saudi Arabia and World Cup host Qatar signed the deal.")
    assert {m.type for m in ents if m.text in ("Saudi Arabia", "Qatar")} == {"PLACE"}
