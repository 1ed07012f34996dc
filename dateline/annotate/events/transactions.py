"""Everyday senses of trigger verbs that are no event: a bill met with, a sum charged.

"She was met with a bill" receives a thing, she meets no party (CONSULT needs one); "was
charged $84" is billed, not accused (COERCE charges a person with an offence).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .clause import MILITARY, person_like

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


def no_event_sense(verb: "Token") -> bool:
    """Whether a verb is used in one of these everyday senses."""
    return met_with_a_thing(verb) or charged_a_sum(verb)
