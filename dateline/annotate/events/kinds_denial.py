"""Denials read from a clause's participants and content: a participant that is nobody ("no one
was killed"), a negated universal ("not everyone agreed"), what a negated noun would hold ("no
evidence that X was tortured") and a claim rejected ("denied reports that ...")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon.reporting import CLAIM_NOUNS
from .cues import DENY_VERBS, NOBODY, REJECT_VERBS, UNIVERSALS

if TYPE_CHECKING:
    from spacy.tokens import Token


def no_participant(verb: "Token") -> bool:
    """"No one was killed", "nobody fired", "none of the parties signed", "neither side
    signed": a participant that is nobody denies the event; so does a negated universal subject
    ("not everyone agreed", "not all members backed", see UNIVERSALS)."""
    for child in verb.children:
        if child.dep_ not in ("nsubj", "nsubjpass", "dobj"):
            continue
        if child.lower_ in NOBODY or any(c.dep_ == "det" and c.lower_ in ("no", "neither")
                                         for c in child.children):
            return True
        if child.dep_ != "dobj" and _negated_universal(child):
            return True
    return False


def _negated_universal(noun: "Token") -> bool:
    """"not everyone", "not all members", "not every soldier", "not all of the rebels"."""
    neg = [c for c in noun.children if c.dep_ == "neg" or (c.lower_ == "not" and c.i < noun.i)]
    if not neg:
        return False
    return noun.lower_ in UNIVERSALS or any(c.dep_ in ("det", "predet", "amod") and
                                            c.lower_ in UNIVERSALS for c in noun.children)


def content_of_nothing(clause: "Token") -> bool:
    """A "that" clause or an infinitive telling what a negated noun would hold: "no evidence
    that X was tortured", "no sign that troops had withdrawn", "no need to shoot them down",
    "no intention to invade": what it tells is not the case as told."""
    noun = clause.head
    return any(c.dep_ == "mark" and c.lower_ == "that" or c.dep_ == "aux" and c.lower_ == "to"
               for c in clause.children) and \
        clause.i > noun.i and any(c.dep_ in ("det", "neg") and c.lower_ in ("no", "not")
                                  for c in noun.children)


def rejected_claim(noun: "Token") -> bool:
    """"rejected claims that ...", "denied reports that ...": the claimed clause is denied."""
    return noun.lemma_.lower() in CLAIM_NOUNS and noun.dep_ in ("dobj", "pobj") and \
        noun.head.lemma_.lower() in DENY_VERBS | REJECT_VERBS
