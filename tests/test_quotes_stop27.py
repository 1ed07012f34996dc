"""Quote speakers (stop 27): a pronoun's antecedent is typed by the entity component's
article-level vote, not by NER's label on one token (invented text)."""

from __future__ import annotations

import pytest


@pytest.fixture
def speakers(annotated_speakers):
    return annotated_speakers


@pytest.mark.parametrize("text, quote, speaker", [
    pytest.param(
        "Zentrix's shareholders met on Monday. Zentrix reported a drop in "
        "income last week. For Mr. Brolin, who built Vantor over a decade, the problems of "
        "Zentrix are ones that he can fix. \"We have a lot of respect for the tech,\" he said.",
        "We have a lot of respect for the tech,", "Brolin",
        id="he is no body that reported something, however NER typed its name there"),
    pytest.param(
        "Zentrix's shareholders met on Monday. Its shares fell. Zentrix "
        "has not shown it can grow, analysts said. Mr. Brolin disagreed with the board. "
        "\"We can do much more than that,\" he said.",
        "We can do much more than that,", "Brolin",
        id="a body named as a subject is no candidate for he"),
])
def test_pronoun_speaker_is_a_person(speakers, text, quote, speaker):
    assert speakers(text)[quote] == speaker


def test_a_kind_of_body_stands_for_the_body_named_before(speakers):
    found = speakers("Vantor's chief executive turned away two girls at the gate. In a statement "
                     "on Monday, Vantor did not apologize for its dress code. \"To our regular "
                     "customers, your shoes are welcome,\" the airline said.")
    assert found["To our regular customers, your shoes are welcome,"] == "Vantor"


def test_a_body_noun_with_the_name_s_words_stands_for_that_name(speakers):
    found = speakers("Al Roe was arrested after an inquiry by Kelso Police Department's fraud "
                     "unit. \"Most people laugh at such a fraud,\" Kelso police said in a news "
                     "release.")
    assert found["Most people laugh at such a fraud,"] == "Kelso Police Department"


def test_an_account_speaks_for_the_first_body_named_in_it(speakers):
    found = speakers("Ann Roe live-tweeted as Qantas turned away two girls. The official Qantas "
                     "Facebook account responded that Qantas has \"the right to refuse transport "
                     "for passengers who are barefoot.\" Users of Facebook were angry.")
    assert found["the right to refuse transport for passengers who are barefoot."] == "Qantas"


def test_a_campaign_named_by_its_slogan_speaks_by_that_name(speakers):
    found = speakers("The Stand Up For Nurses campaign thanked the minister and added: \"We "
                     "trust that the government will keep its promises to all of us.\"")
    assert found["We trust that the government will keep its promises to all of us."] == \
        "Stand Up For Nurses"


def test_a_name_that_only_modifies_a_noun_is_no_antecedent(speakers):
    found = speakers("Graeme Tull felt the club were never in danger. An early own goal "
                     "followed by an Alan Brindle strike earned them a win. \"We got our goals "
                     "early and the job was done,\" he said after the game.")
    assert found["We got our goals early and the job was done,"] == "Graeme Tull"
