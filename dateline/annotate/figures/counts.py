"""Which number phrases can be counts: not clock times, decimals, ages, labels, codes, years,
ratios, nor "the two men" named before."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from ..lexicon.number_words import FRACTIONS, is_numberish
from ..timex.rules import UNIT_CODES
from . import lexicon as lex
from .numbers import NumberPhrase

# Entity labels under which a number word is part of a name.
_NAME_LABELS = frozenset({"ORG", "EVENT", "WORK_OF_ART", "PRODUCT", "FAC", "LAW", "PERSON"})


def phrase_head(doc: Doc, phrase: NumberPhrase) -> Token:
    """The syntactic head of the number's own tokens ("million" in "4 million"), the second
    half of a range included ("15,000" in "12-15,000", where "12" hangs on it)."""
    inside = range(phrase.start, phrase.end_all)
    for i in inside:
        if doc[i].head.i not in inside or doc[i].head.i == i:
            return doc[i]
    return doc[phrase.end - 1]


def _in_sequence(doc: Doc, start: int, end: int) -> bool:
    """Digits in "<noun> N of M" ("Caption 3 of 25 Photos", "page 2 of 10"): a position and
    a length, no count ("freed 12 of 30 miners" counts both)."""
    def digits(i: int) -> bool:
        return 0 <= i < len(doc) and doc[i].text.replace(",", "").isdigit()

    def labelled(i: int) -> bool:  # digits at i after a noun, then "of" and digits
        return digits(i) and digits(i + 2) and doc[i + 1].lower_ == "of" and i > 0 and \
            doc[i - 1].pos_ in ("NOUN", "PROPN")
    return end - start == 1 and (labelled(start) or labelled(start - 2))


def is_not_a_count(doc: Doc, phrase: NumberPhrase, head: Token) -> bool:
    """Clock times, decimals, ages and measures glued with a hyphen, labels, years, ratios."""
    first = doc[phrase.start]
    after = doc[phrase.end_all] if phrase.end_all < len(doc) else None
    before = doc[phrase.start - 1] if phrase.start > 0 else None
    if ":" in first.text or (phrase.value != int(phrase.value) and phrase.end - phrase.start == 1):
        return True  # clock time ("10:00") or a bare decimal ("1.5")
    if _in_a_name(doc, phrase, first, after):
        return True  # "the Six Nations", "Capital One"
    if after is not None and after.dep_ == "compound" and after.head.i > after.i and (
            after.lemma_.lower() in lex.MEASURE_NOUNS or after.lower_ in lex.MEASURE_NOUNS):
        return True  # a measure modifying a noun: "a 120 kiloton bomb", "a three week trip"
    if after is not None and after.text in ("-", "–") and phrase.end_all + 1 < len(doc) \
            and doc[phrase.end_all + 1].is_alpha and phrase.min is None:
        return True  # "24-year-old", "nine-story", "four-way"
    if after is not None and (after.lower_ in lex.TIME_SUFFIXES
                              or after.lower_ in lex.NOT_COUNT_AFTER
                              or after.lower_ in FRACTIONS):
        return True  # "10 pm", "5 per cent", "two thirds"
    if after is not None and after.text in ("-", "–") and phrase.end_all + 1 < len(doc) \
            and doc[phrase.end_all + 1].text[:1].isdigit():
        return True  # a score or a ratio ("won 33-8"): a range would have been joined
    if before is not None and before.text == "," and phrase.start > 1 and \
            doc[phrase.start - 2].ent_type_ == "PERSON" and phrase.end_all - phrase.start == 1 \
            and (after is None or after.text in (",", ";", ")", ".")):
        return True  # an age set beside a name: "Zachary Steinberg, 19;"
    if first.text[:1] == "0" and len(first.text) > 1 and first.text[1:2].isdigit():
        return True  # phone numbers, codes
    last = doc[phrase.end_all - 1]
    if not last.whitespace_ and after is not None and after.is_alpha and (
            after.lower_ not in lex.MEASURE_NOUNS or (after.is_upper and len(after.text) == 1)):
        return True  # a code glued to letters: "5G", "3D", "4K"
    if head.dep_ == "nummod" and head.head.tag_ == "NNP" and after is not None and \
            after.pos_ == "PROPN" and after.is_title and phrase.value != 1:
        return True  # a number of one named thing: "1426 N. Quincy St.", "163 Research Hall"
    if after is not None and after.lower_ in ("in", "out") and phrase.end_all + 1 < len(doc) \
            and is_numberish(doc[phrase.end_all + 1].text):
        return True  # "2 in 5 residents"
    if _in_sequence(doc, phrase.start, phrase.end_all):
        return True  # a place in a sequence: "Caption 3 of 25", "page 2 of 10"
    if before is not None and before.text == "." and phrase.start > 1 \
            and doc[phrase.start - 2].lower_ == "no":
        before = doc[phrase.start - 2]  # "No . 1" split by the tokenizer
    if before is None or before.is_sent_end:
        return _is_year(first, phrase, head)
    glued_dash = before.text in ("-", "–") and not before.whitespace_
    if before.lower_ in lex.LABEL_PREFIXES or glued_dash \
            or (before.text[:1].isupper() and before.pos_ == "PROPN"):
        return True  # "No. 1", "Day 2", "Covid-19", "Minsk 2", "Chang'e 4", "aged 3"; a dash
        # set apart by spaces opens an aside ("three gorillas – two females and one male")
    if before.lower_ == "in" and phrase.start > 1 and is_numberish(doc[phrase.start - 2].text):
        return True
    if first.lower_ == "one" and after is not None and after.lower_ == "of":
        return True  # "one of the workers"
    noun = head.head if head.dep_ == "nummod" else head
    if before.lower_ == "the" and phrase.start > 1 and doc[phrase.start - 2].lower_ in (
            "among", "of") and any(c.dep_ == "amod" and c.tag_ == "JJS" for c in noun.children):
        return True  # a ranking, no count: "among the 40 busiest ports", "of the 10 richest"
    return _is_year(first, phrase, head)


def _in_a_name(doc: Doc, phrase: NumberPhrase, first: Token, after: Token | None) -> bool:
    """Whether a number word is part of a proper name, not a count."""
    if first.ent_type_ in _NAME_LABELS and first.ent_iob_ == "I" or (
            first.ent_type_ in _NAME_LABELS and after is not None and after.ent_iob_ == "I"):
        return True
    before = doc[phrase.start - 1] if phrase.start > 0 else None
    if before is not None and before.lower_ == "of" and phrase.start > 1 and \
            doc[phrase.start - 2].is_title and doc[phrase.start - 2].pos_ == "PROPN" and \
            not doc[phrase.start - 2].is_sent_start:
        return True  # "the Group of 20 summit", "the Group of Seven"
    mid_sentence = before is not None and not before.is_sent_end and before.text not in (
        "\n", ":", '"', "“", "(") and not first.is_sent_start
    return first.is_alpha and first.is_title and mid_sentence and after is not None \
        and after.is_title and after.pos_ == "PROPN"


def _is_year(first: Token, phrase: NumberPhrase, head: Token) -> bool:
    return bool(re.fullmatch(r"1[89]\d\d|20\d\d", first.text)) and phrase.end - phrase.start == 1 \
        and not (head.head.lemma_.lower() in lex.NOUN_CATEGORY and head.dep_ == "nummod")


def is_anaphoric(doc: Doc, phrase: NumberPhrase) -> bool:
    """"the two men", "its three ships": a small group named before, not a new figure."""
    before = doc[phrase.hedge_start - 1] if phrase.hedge_start > 0 else None
    return before is not None and phrase.value < 10 and phrase.hedge_start == phrase.start \
        and (before.lower_ in ("the", "these", "those") or before.tag_ == "PRP$")


def is_minor(phrase: NumberPhrase) -> bool:
    """A small count, kept only when the counted thing is concrete."""
    # A small count; kept only when it has a category ("three crimes", "over one sentence", "up to
    # eight resorts" are dropped: a hedge before a small number is mostly a preposition).
    return phrase.value < 10 and not phrase.vague


def in_bad_entity(doc: Doc, phrase: NumberPhrase) -> bool:
    """spaCy reads the number as a date, time, percent, money, ordinal or quantity."""
    return any(doc[i].ent_type_ in lex.BAD_ENT_LABELS for i in range(phrase.start, phrase.end))


_TIME_UNITS = frozenset(UNIT_CODES) | {"night"}  # the calendar's units of time
_RATE_DETS = frozenset({"every", "each", "a", "an"})
# "a day after the blast", "a week ago": a span from a point, not a rate
_SPAN_AFTER = frozenset({"after", "before", "ago", "earlier", "later", "into", "since", "of"})


def is_rate(head: Token, noun: Token | None) -> bool:
    """A count per span of time, a frequency and not a count (GUIDELINES 5): "one suicide
    every four days", "5 million visits a day", "100,000 migrants per year"; not "died a day
    after the blast"."""
    holders = [t for t in (noun, head) if t is not None]
    verb = next((a for a in head.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is not None:
        holders.append(verb)
    for holder in holders:
        for child in holder.children:
            after = child.doc[child.i + 1].lower_ if child.i + 1 < len(child.doc) else ""
            if child.dep_ == "npadvmod" and child.lemma_.lower() in _TIME_UNITS and any(
                    c.dep_ == "det" and c.lower_ in _RATE_DETS for c in child.children) and \
                    after not in _SPAN_AFTER:
                return True
            if child.dep_ == "prep" and child.lower_ == "per" and any(
                    o.lemma_.lower() in _TIME_UNITS for o in child.children):
                return True
    return False


# Adjectives that place a run of things in time, before or after now ("the past two seasons")
_SPAN_MARKS = frozenset({"past", "previous", "preceding", "coming"})
_SPAN_PREPS = frozenset({"for", "over", "in", "during", "within", "across", "throughout"})


def is_time_span(noun: Token | None) -> bool:
    """A stretch of time told by its parts, a duration and not a count (GUIDELINES 5): "race
    winner for the past two seasons", "over the previous three terms"."""
    return noun is not None and noun.dep_ == "pobj" and noun.head.lower_ in _SPAN_PREPS and any(
        c.dep_ == "amod" and c.lower_ in _SPAN_MARKS for c in noun.children)
