"""Parse shapes that make a number no count (a duration, a record, a description of its
subject) or that decide whether a count is projected (a modal's past, a shared modal)."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from ..lexicon.number_words import is_numberish, words_value
from ..quotes.agents import is_person_noun
from .lexicon import MEASURE_NOUNS, NOUN_CATEGORY, PEOPLE_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .numbers import NumberPhrase

_ONE_THING_DETS = frozenset({"a", "an"})
_AUX_OF_PERFECT = frozenset({"have", "'ve"})
_GUESSING_MODALS = frozenset({"may", "might", "must"})
_BARE = frozenset({"VB", "VBP"})  # the tagger reads a bare infinitive with no subject as VBP


def is_duration(doc: "Doc", phrase: "NumberPhrase", noun: "Token | None") -> bool:
    """"played two seasons", "a 4-12 season": the number and its noun make one DATE entity
    for the tagger, a stretch of time told in its own units, not a count of things."""
    if noun is None or noun.ent_type_ != "DATE" or noun.ent_iob_ == "B":
        return False
    inside = range(min(phrase.start, noun.i), max(phrase.end_all, noun.i + 1))
    # one entity: no token between the number and its noun starts another
    return all(doc[i].ent_type_ == "DATE" for i in inside) and not any(
        doc[i].ent_iob_ == "B" for i in inside if i > phrase.start)


def is_measure(noun: "Token | None") -> bool:
    """A unit, also as the tokenizer leaves it at a sentence end ("the 100m." -> "m.")."""
    return noun is not None and any(w in MEASURE_NOUNS for w in (
        noun.lemma_.lower(), noun.lower_, noun.lower_.rstrip(".")))


def unit_modifier(doc: "Doc", phrase: "NumberPhrase") -> bool:
    """"a 160GB hard drive": a unit glued to the number and hung on a later noun makes the
    number a measure of that thing."""
    if phrase.end_all >= len(doc) or doc[phrase.end_all - 1].whitespace_:
        return False
    unit = doc[phrase.end_all]
    return is_measure(unit) and unit.head.i > unit.i


def is_proportion(doc: "Doc", phrase: "NumberPhrase", noun: "Token | None") -> bool:
    """"two out of 10 applicants", "six out of every 10 planes", "eight people per
    thousand": a share told against a round base (GUIDELINES 5: like a percentage), no
    count; "117 million out of 833 million handsets" counts both."""
    before = [t.lower_ for t in doc[max(0, phrase.hedge_start - 4):phrase.hedge_start]]
    if before[-3:-1] == ["out", "of"] and before[-1] == "every" or before[-2:] == ["out", "of"] \
            and len(before) > 2 and is_numberish(before[-3]) and _round_base(phrase.value):
        return True  # the whole: "out of 10"
    after = doc[phrase.end_all:phrase.end_all + 4]
    if [t.lower_ for t in after[:2]] == ["out", "of"] and len(after) > 2 and (
            after[2].lower_ == "every" or _round_base(_value(after[2].text))):
        return True  # the part: "two out of 10"
    return noun is not None and any(p.lower_ == "per" and any(
        o.dep_ == "pobj" and (is_numberish(o.text) or any(c.dep_ == "nummod" for c in o.children))
        for o in p.children) for p in noun.children if p.dep_ == "prep")


def _value(text: str) -> float:
    value = words_value([text.lower()])
    return value if value is not None else -1.0


def _round_base(value: float) -> bool:
    """10, 100, 1,000...: the bases a share is told against."""
    return value >= 10 and math.log10(value).is_integer()


def in_foreign_text(doc: "Doc", phrase: "NumberPhrase") -> bool:
    """"14 сентября 2017": the word after the number is in another script, so the number
    belongs to a foreign line (an embedded post's date), not to an English count."""
    if phrase.end_all >= len(doc):
        return False
    letters = [ch for ch in doc[phrase.end_all].text if ch.isalpha()]
    return bool(letters) and not any(ch < "\u0250" for ch in letters)


def is_one_things_label(doc: "Doc", phrase: "NumberPhrase", noun: "Token | None") -> bool:
    """"a 6-10 record", "an 8-2 start": "a" before a range and a singular noun says the two
    numbers describe that one thing (a record, a score), so they count nothing; a single
    number there counts the members of a group ("a 40,000 crowd")."""
    if noun is None or noun.tag_ != "NN" or phrase.max is None or phrase.min is None \
            or phrase.min == phrase.max or phrase.hedge_start == 0:
        return False
    before = doc[phrase.hedge_start - 1]
    return before.lower_ in _ONE_THING_DETS and before.dep_ == "det" and before.head.i == noun.i


def sorts_its_subject(noun: "Token | None") -> bool:
    """"Those are two lessons", "crime and debt have been two constants": a predicate noun
    after "be" says what its subject is; a small number there sorts, it counts nothing (but
    "the victims were three children" still counts people)."""
    if noun is None or noun.dep_ != "attr" or noun.head.lemma_ != "be":
        return False
    lemma = noun.lemma_.lower()
    if lemma in PEOPLE_NOUNS or lemma in NOUN_CATEGORY or is_person_noun(noun):
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in noun.head.children)


def modal_past(verb: "Token") -> bool:
    """"may have been affected", "must have fled": a modal of likelihood over the perfect
    guesses at what has happened, it forecasts nothing; not with a deadline ("may have
    signed up by 2030": a future perfect), nor "could have" / "would have" (what did not
    happen, or will have)."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if not any(c.lower_ in _GUESSING_MODALS for c in auxes) or not any(
            c.lower_ in _AUX_OF_PERFECT and c.tag_ == "VB" for c in auxes):
        return False
    return not any(p.lower_ == "by" and any(o.ent_type_ in ("DATE", "TIME") for o in p.subtree)
                   for p in verb.children if p.dep_ in ("prep", "agent"))


def sharing_verb(verb: "Token") -> "Token | None":
    """The verb whose modal a bare infinitive in a list shares: "would hire a firm, train
    all staff": "train" has no modal, "to" or subject of its own, so it takes "hire"'s,
    however the parser attached it."""
    if verb.tag_ not in _BARE or verb.dep_ not in ("conj", "dep") or any(
            c.dep_ in ("aux", "nsubj", "nsubjpass", "mark") for c in verb.children):
        return None
    if verb.tag_ == "VBP" and verb.head.tag_ not in ("VBD", "VBZ"):
        return None  # "they cut costs and sell trucks": a present of the same subject
    # a bare infinitive does not join a finite verb: the parser hung it on the verb whose
    # infinitive it continues ("pledged to hire ..., train ...")
    sibling = [c for c in verb.head.children if c.dep_ in ("xcomp", "ccomp") and c.tag_ == "VB"
               and c.i < verb.i]
    if verb.head.tag_ not in _BARE and sibling:
        return sibling[-1]
    sent = verb.sent
    for tok in reversed(sent[:verb.i - sent.start]):
        if tok.tag_ == "VB" and tok.pos_ in ("VERB", "AUX") and any(
                c.dep_ == "aux" for c in tok.children):
            return tok
    return None


_DEFINITE = frozenset({"the", "these", "those"})
# modifiers of things still to come: "the 2,000 new jobs", "the extra 300 staff"
_TO_COME = frozenset({"new", "additional", "extra", "further", "more", "planned", "proposed",
                      "expected", "projected", "promised"})


def names_existing(noun: "Token | None", number: "Token") -> bool:
    """"many of its 170 stations", "the other seven protesters would plead": a definite or
    possessive count that does not undergo the act named things there already, so a modal
    over its clause does not make the count a projection."""
    if noun is None or number.head.i != noun.i or number.dep_ != "nummod":
        return False  # "two of the craft": the whole is definite, not the part
    if noun.dep_ in ("dobj", "nsubjpass"):
        return False  # "will cut the 2,000 jobs": what the plan does to them is the count
    marked = any((c.dep_ == "det" and c.lower_ in _DEFINITE) or c.dep_ == "poss"
                 for c in noun.children if c.i < noun.i)
    return marked and not any(c.lower_ in _TO_COME for c in noun.children if c.i < noun.i)


def forecaster(noun: "Token | None", verb: "Token | None", forecasting: frozenset[str]) -> bool:
    """"Three firms predicted that ...": the count is who forecasts, not what is forecast."""
    return noun is not None and verb is not None and noun.dep_ == "nsubj" and \
        noun.head.i == verb.i and verb.lemma_.lower() in forecasting
