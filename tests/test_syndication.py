"""Shared reporting, the pure functions: sentences, features, verification, sketches."""

from __future__ import annotations

import pytest

from dateline.fuse.syndication import (SentenceFeatures, agree, numbers, same_report,
                                       sentence_features, sentence_spans, sketches)

AIRPORT_A = ("Russia’s military said it had seized a strategic airport near Kyiv, which would "
             "allow it to rapidly build up forces to take the capital.")
AIRPORT_B = ("Russia's military said it had seized a strategic airport outside Kyiv, allowing "
             "it to quickly build up forces to take the capital.")


def features(sentence: str) -> SentenceFeatures:
    found = sentence_features(sentence)
    assert found is not None, sentence
    return found


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in sentence_spans(text)]


# --- the splitter -------------------------------------------------------------------------


def test_splitter_respects_abbreviations_initials_and_decimals():
    text = ("Gen. Mark Milley met U.S. officials in Washington on Friday. John F. Kennedy "
            "airport saw 3.5 million passengers, officials said. Prices rose 2.4 percent.")
    assert sentences(text) == [
        "Gen. Mark Milley met U.S. officials in Washington on Friday.",
        "John F. Kennedy airport saw 3.5 million passengers, officials said.",
        "Prices rose 2.4 percent."]


def test_splitter_ends_a_sentence_at_an_abbreviation_before_a_sentence_opener():
    assert sentences("The talks were held in the U.S. The next round is in May.") == [
        "The talks were held in the U.S.", "The next round is in May."]


def test_splitter_keeps_numbered_ranks_and_long_texts_cut_in_linear_time():
    assert sentences("He said he was Russia's No. 1 target. They might not see him again.") == [
        "He said he was Russia's No. 1 target.", "They might not see him again."]
    assert len(sentence_spans("Troops moved in. " * 20000)) == 20000


def test_splitter_keeps_a_short_quotation_with_its_attribution():
    text = "“What are you doing? What is this?” asked a dazed survivor. He fled with his mother."
    assert sentences(text) == ["“What are you doing? What is this?” asked a dazed survivor.",
                               "He fled with his mother."]


def test_splitter_cuts_at_paragraphs_and_lines_and_joins_wrapped_lines():
    text = ("Headline Without A Stop\n\nThe first paragraph runs on\nover a wrapped line. "
            "A second sentence!\nA new line is a new sentence")
    assert sentences(text) == ["Headline Without A Stop",
                               "The first paragraph runs on\nover a wrapped line.",
                               "A second sentence!", "A new line is a new sentence"]


def test_splitter_cuts_sentences_glued_without_a_space():
    assert sentences("They crossed the ocean.The rings were spotted later.") == [
        "They crossed the ocean.", "The rings were spotted later."]


def test_spans_are_offsets_into_the_text():
    text = "  One sentence here.  Another one there.  "
    for start, end in sentence_spans(text):
        assert text[start:end].strip() == text[start:end] and text[start:end]


# --- features ------------------------------------------------------------------------------


@pytest.mark.parametrize("written", ["3,000", "3000", "three thousand", "3k"])
def test_numbers_are_normalised(written):
    assert numbers(f"The ministry said {written} people fled.") == {3000.0}


def test_numbers_with_scales_and_units():
    assert numbers("About 1.5 million people live there.") == {1_500_000.0}
    assert numbers("The limit was 12mph on the curve.") == {12.0}


@pytest.mark.parametrize("sentence", [
    "Read more: the latest on the war in Ukraine and what it means for Europe.",
    "Please verify you're not a robot by clicking the box.",
    "Email us at tips@example.com or call the newsroom any time of day.",
    "Troops Advance On Capital As Talks Stall In Belarus",  # a headline: no end mark
    "He said it was over.",  # too few content words
])
def test_trivial_sentences_are_skipped(sentence):
    assert sentence_features(sentence) is None


def test_news_about_subscribers_or_cookies_is_not_boilerplate():
    assert sentence_features("Netflix said it added 5 million subscribers in the quarter, "
                             "beating the forecasts of most analysts.") is not None
    assert sentence_features("Advertisement revenue at the company fell sharply for a third "
                             "quarter, its chief executive said.") is not None
    assert sentence_features("Watch: the moment the rocket lifted off from the launch pad in "
                             "Florida on Tuesday.") is None


def test_features_survive_the_index_encoding():
    f = features("“What are you doing? What is this?” resident Yurii Zhyhanov asked on "
                 "Friday, one of 3,000 people who fled.")
    assert SentenceFeatures.decode(*f.encode()) == f
    assert f.quotes and f.numbers == {1.0, 3000.0} and "wd:friday" in f.dates


# --- verification --------------------------------------------------------------------------


def test_a_reworded_wire_sentence_is_the_same_report():
    score = same_report(features(AIRPORT_A), features(AIRPORT_B))
    assert score is not None and score > 0.8


def test_a_trimmed_wire_sentence_is_the_same_report():
    long = ("Zelenskyy, who has repeatedly said that he would not accept a Ukraine under "
            "Russia’s thumb, has offered to negotiate on one of Putin’s key demands: that "
            "Ukraine declare itself neutral and abandon its ambition of joining NATO.")
    short = ("He also offered to negotiate on one of Putin’s key demands: that Ukraine declare "
             "itself neutral and abandon its ambition of joining NATO.")
    assert same_report(features(long), features(short)) is not None


def test_the_same_words_with_a_different_number_are_not_the_same_report():
    a = "Russian forces seized 3 towns in the eastern Donetsk region overnight, officials said."
    b = "Russian forces seized 5 towns in the eastern Donetsk region overnight, officials said."
    assert same_report(features(a), features(a)) is not None
    assert same_report(features(a), features(b)) is None


def test_numbers_written_differently_agree():
    a = "Authorities said some 18,000 guns were handed to reserve fighters in the capital."
    b = "Authorities said some eighteen thousand guns were handed to reserve fighters in Kyiv."
    assert same_report(features(a), features(b)) is not None


def test_a_name_in_place_of_another_is_not_the_same_report():
    a = "Russian artillery shelled residential districts of Kharkiv overnight, the mayor said."
    b = "Russian artillery shelled residential districts of Mariupol overnight, the mayor said."
    assert not agree(features(a), features(b))
    assert same_report(features(a), features(b)) is None


def test_a_name_a_rewrite_adds_elsewhere_is_no_conflict():
    a = ("The crash is believed to be the first in the UK involving fatalities on board a tram "
         "since 1959.")
    b = ("It is believed to be the first tram crash involving fatalities on board since 1959, "
         "when two women passengers and the driver died after a tram caught fire in Glasgow.")
    assert agree(features(a), features(b))


def test_different_weekdays_are_not_the_same_report():
    a = "Rebels shelled the airport on Monday, killing civilians and destroying two planes."
    b = "Rebels shelled the airport on Tuesday, killing civilians and destroying two planes."
    assert same_report(features(a), features(b)) is None


def test_a_shared_quotation_with_a_shared_name_is_the_same_report():
    a = ("“What are you doing? What is this?” asked a dazed survivor, Yurii Zhyhanov, "
         "according to The Associated Press.")
    b = ("“What are you doing? What is this?” resident Yurii Zhyhanov asked — a question "
         "directed at Russian forces.")
    assert same_report(features(a), features(b)) is not None


def test_one_fact_in_independent_words_is_not_the_same_report():
    a = ("A plane crash in Costa Rica on Sunday killed 10 U.S. citizens and two local pilots, "
         "the Costa Rican government said.")
    b = ("A plane carrying 10 foreigners and two local crew members crashed in a wooded area, "
         "killing all aboard Sunday, Costa Rica’s government said.")
    assert same_report(features(a), features(b)) is None


# --- sketches ------------------------------------------------------------------------------


def test_sketches_are_deterministic_and_similar_sentences_share_buckets():
    a, b = features(AIRPORT_A), features(AIRPORT_B)
    other = features("The central bank raised interest rates by half a point to curb "
                     "inflation, its governor announced.")
    keys_a, keys_b, keys_other = sketches([a, b, other])
    assert keys_a == sketches([features(AIRPORT_A)])[0]
    assert len(set(keys_a) & set(keys_b)) >= 3
    assert not set(keys_a) & set(keys_other)
