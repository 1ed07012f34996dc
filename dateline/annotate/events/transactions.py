"""Everyday senses of trigger verbs that are no event: a bill met with, a sum charged.

"She was met with a bill" receives a thing, she meets no party (CONSULT needs one); "was
charged $84" is billed, not accused (COERCE charges a person with an offence); "demand for
crude oil" or "rising demand" is a market's, no party's demand (DEMAND needs a doer or what
is demanded to be done); "the figures offer a progress check" or "equities offer growth"
provide, no one offers (an AGREE offer needs a party that can commit); "when asked", "asked to
comment", "asked about the plan" put a question, they demand nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon.reporting import REPORTING_VERBS
from ..syntax import subject_of
from .clause import MILITARY, has_infinitive, person_like
from .ontology import names_an_event
from .senses import thing_noun

if TYPE_CHECKING:
    from spacy.tokens import Token

_PARTY_LABELS = frozenset({"PERSON", "NORP", "ORG", "GPE"})


def _a_party(noun: "Token") -> bool:
    return noun.ent_type_ in _PARTY_LABELS or person_like(noun) or \
        noun.lemma_.lower() in MILITARY or noun.pos_ == "PROPN"


def met_with_a_thing(verb: "Token") -> bool:
    """A passive "was met with" whose "with" phrase names no party: a reception, no meeting."""
    if verb.lemma_.lower() != "meet" or not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    withs = [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
             for o in c.children if o.dep_ == "pobj"]
    return bool(withs) and not any(_a_party(o) for o in withs)


def charged_a_sum(verb: "Token") -> bool:
    """"was charged $84" or "charged him $84": a sum as the object is a bill, no charge."""
    return verb.lemma_.lower() == "charge" and any(
        c.dep_ in ("dobj", "dative") and c.ent_type_ == "MONEY" for c in verb.children)


# What one is asked to say is a question put: "asked to comment", "asked not to be named".
_ANSWERS = REPORTING_VERBS | frozenset({"comment", "elaborate", "answer", "name", "identify",
                                        "discuss", "speak", "specify"})


def asked_a_question(verb: "Token") -> bool:
    """"When asked", "asked to comment", "asked about the plan": a question, no request."""
    if verb.lemma_.lower() != "ask":
        return False
    bare = not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)  # "when asked"
    return any(bare and c.dep_ in ("mark", "advmod") and c.lower_ in ("when", "if", "once") or
               c.dep_ == "prep" and c.lower_ == "about" or
               c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in _ANSWERS
               for c in verb.children)


def no_event_sense(verb: "Token") -> bool:
    """Whether a verb is used in one of these everyday senses."""
    return met_with_a_thing(verb) or charged_a_sum(verb) or asked_a_question(verb)


_AGENT_PREPS = frozenset({"from", "by", "of"})


def _an_act(noun: "Token") -> bool:
    """What a demand is for, told as an act: "for a ceasefire", "for Turkey to recognise"."""
    return names_an_event(noun) or noun.tag_ == "VBG" or has_infinitive(noun) or \
        _a_party(noun) or any(c.dep_ == "acl" for c in noun.children)


def market_demand(noun: "Token") -> bool:
    """"Demand for Opec's crude", "rising demand": a market's wish to buy, not a party's
    demand; a demand with a doer ("the EU's demand", "demands from banks") or with what it
    wants done ("a demand that", "a demand for a ceasefire", "for Turkey to recognise") is."""
    if noun.lemma_.lower() != "demand" or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    for child in noun.children:
        if child.dep_ in ("poss", "compound", "nmod") and (_a_party(child) or
                                                          child.tag_ == "PRP$"):
            return False  # "the EU's demand", "their demands for greater freedom"
        if child.dep_ in ("acl", "relcl", "ccomp") and child.tag_ == "VB":
            return False  # "a demand to halt"
        if child.dep_ == "prep" and (child.lower_ in _AGENT_PREPS and any(
                _a_party(o) for o in child.children if o.dep_ == "pobj") or
                child.lower_ == "for" and any(_an_act(o) for o in child.children
                                               if o.dep_ in ("pobj", "pcomp"))):
            return False
    # what is demanded done: "demands to be able to watch", "a demand that they leave"
    return not any(c.dep_ in ("acl", "xcomp", "relcl", "ccomp") and any(
        a.dep_ in ("aux", "mark") and a.lower_ in ("to", "that") for a in c.children)
        for c in noun.children)


def thing_subject(verb: "Token") -> bool:
    """An active verb whose subject is a thing, not a party: no name, no person, no body, no
    pronoun, no singular description ("Thursday's figures offer a progress check")."""
    subject = subject_of(verb)  # "equities continue to offer growth": the controller's
    if subject is None or subject.dep_ != "nsubj" or not thing_noun(subject):
        return False
    if subject.tag_ == "NN" and any(c.dep_ == "det" for c in subject.children):
        return False  # "the airline", "a carrier": a party described, as often as a thing
    return not any(c.dep_ == "compound" and (c.pos_ == "PROPN" or c.ent_type_)
                   for c in subject.children)
