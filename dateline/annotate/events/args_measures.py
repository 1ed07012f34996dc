"""Whom a measure is aimed at when the parse hangs the party deep in the object ("imposed a
quota of 500,000 barrels of petrol on Dorn") or a participle tells it ("approved sanctions,
targeting Dorn's exports")."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# Verbs whose participle says whom the act is aimed at: "..., targeting Dorn's banks".
AIMING_VERBS = frozenset({"target"})


def _of_chain(noun: "Token") -> list["Token"]:
    """The noun and the nouns its "of" phrases measure out ("a quota of barrels of oil")."""
    chain = [noun]
    while len(chain) < 5:
        nxt = next((p for prep in chain[-1].children if prep.dep_ == "prep" and
                    prep.lower_ == "of" for p in prep.children if p.dep_ == "pobj"), None)
        if nxt is None:
            break
        chain.append(nxt)
    return chain


def deep_aimed(verb: "Token") -> list["Token"]:
    """The objects of "on / against" hung on a noun the verb's object measures out."""
    return [p for obj in verb.children if obj.dep_ == "dobj"
            for noun in _of_chain(obj)[1:] for prep in noun.children
            if prep.dep_ == "prep" and prep.lower_ in ("on", "against")
            for p in prep.children if p.dep_ == "pobj"]


def aimed_by_participle(verb: "Token") -> list["Token"]:
    """The object of a participle of aiming on the verb or its object ("targeting Dorn")."""
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    return [o for holder in holders for clause in holder.children
            if clause.dep_ in ("advcl", "acl", "xcomp") and clause.tag_ == "VBG" and
            clause.lemma_.lower() in AIMING_VERBS
            for o in clause.children if o.dep_ == "dobj"]
