"""Support verbs: a light verb whose object is a trigger of its own tells the object's act."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from .condition_words import aimed_at
from .ontology import Trigger

if TYPE_CHECKING:
    from spacy.tokens import Token

# Verbs that only put a measure on someone: "imposed restrictions on Veltria", "placed curbs".
SUPPORT_VERBS = frozenset({"impose", "place", "put", "take", "slap", "levy", "level", "adopt",
                           "introduce", "enact"})


# Verbs that pass a measure: "approved new sanctions" imposes them, though "approved the deal"
# stays a regulator's support.
APPROVING_VERBS = frozenset({"approve"})
MEASURE_TYPES = frozenset({"SANCTION", "COERCE"})
_AT = frozenset({"on", "against"})
# Nouns that count what their "of" phrase names: "a new round of sanctions".
_RUN_HEADS = frozenset({"round", "package", "set", "series", "raft", "batch", "wave"})


def _measure_objects(verb: "Token") -> list["Token"]:
    """The verb's objects, read through a counting head ("a new round of sanctions")."""
    out = []
    for child in verb.children:
        if child.dep_ not in ("dobj", "nsubjpass"):
            continue
        out.append(child)
        if child.lemma_.lower() in _RUN_HEADS:
            out += [o for p in child.children if p.dep_ == "prep" and p.lower_ == "of"
                    for o in p.children if o.dep_ == "pobj"]
    return out


def support_verbs(found: list[tuple["Token", Trigger]]) -> list[tuple["Token", Trigger]]:
    """A support verb whose object is a trigger of its own tells the object's act: "imposed
    restrictions on Veltria's imports" is a sanction, whatever "impose" alone would be."""
    rows = {tok.i: row for tok, row in found if tok.pos_ in ("NOUN", "PROPN")}
    out = []
    for tok, row in found:
        if tok.pos_ not in ("NOUN", "PROPN") and tok.lemma_.lower() in SUPPORT_VERBS and \
                row.second is None and not any(c.dep_ == "prt" for c in tok.children):
            # a particle verb is an act of its own: "put down the uprising" fights it
            noun = next((rows[c.i] for c in tok.children if c.dep_ in ("dobj", "nsubjpass")
                         and c.i in rows), None)
            if noun is not None and row.condition is not None and \
                    row.condition[0] == "atstate":
                continue  # "imposed sanctions on Peru": the noun tells the act, the verb
                # holds only for an object no trigger names ("imposed a quota on Peru")
            if noun is not None and noun.type != row.type:
                row = dataclasses.replace(row, type=noun.type, acled=noun.acled)
            if row.type == "COERCE" and aimed_at(tok, _AT, states=True):
                # a measure imposed on a state is a sanction, however the parse hung "on
                # Belarus" ("a quota of 500 barrels of fuel on Belarus, and restrictions")
                row = dataclasses.replace(row, type="SANCTION", acled=None)
        elif tok.pos_ not in ("NOUN", "PROPN") and tok.lemma_.lower() in APPROVING_VERBS:
            noun = next((rows[c.i] for c in _measure_objects(tok) if c.i in rows and
                         rows[c.i].type in MEASURE_TYPES), None)
            if noun is not None:
                row = dataclasses.replace(row, type=noun.type, acled=noun.acled)
        out.append((tok, row))
    return out
