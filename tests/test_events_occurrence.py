"""Whether a nominal trigger is said to take place (occurrence.occurs), on invented sentences."""

from __future__ import annotations

import pytest

from dateline.annotate.events.occurrence import occurs, own_anchor


def _token(nlp, text: str, word: str):
    return next(t for t in nlp(text) if t.text == word)


@pytest.mark.parametrize("text, word", [
    ("The mayor was arrested following an 18-month investigation.", "investigation"),
    ("The governor was ousted after mass protests against his rule.", "protests"),
    ("The girls have been released after successful negotiations.", "negotiations"),
    ("It is what the army says was a stone-throwing assault on its troops.", "assault"),
])
def test_a_new_instance_before_another_act_took_place(nlp, text, word):
    assert occurs(_token(nlp, text, word))


@pytest.mark.parametrize("text, word", [
    ("Prices have risen sharply after the invasion.", "invasion"),  # the story's topic
    ("Analysts wrote about the invasion at length.", "invasion"),
])
def test_a_bare_definite_reference_is_no_new_act(nlp, text, word):
    assert not occurs(_token(nlp, text, word))


def test_a_place_named_inside_the_locative_phrase_anchors_the_noun(nlp):
    text = "The abduction in the northern Dorn town of Kessel shocked Norland."
    doc = nlp(text)
    assert own_anchor(next(t for t in doc if t.text == "abduction"))
