"""For-infinitives: "called for the army to withdraw", where the parse makes "for" the marker
of the infinitive clause rather than the verb's preposition. A party's verb keeps its row
("call for": DEMAND) and the clause is its complement, no event of its own; a thing that calls
for an act ("the plan calls for Veltria to suspend its tests") states what it provides for, and
the act stays an event of its own (planned). A clause a demand row holds by ("insists the
regime must disarm") is that demand's complement too."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Mapping

from .clause import MILITARY, person_like, relative_antecedent
from .conditions import condition_holds
from .ontology import Trigger
from .reference import INSTITUTIONS

if TYPE_CHECKING:
    from spacy.tokens import Token


def for_clause(token: "Token", words: frozenset[str] | tuple[str, ...]) -> bool:
    """Whether a clause after the word is marked by one of `words`: the parse makes "for" in
    "called for the army to withdraw" the marker of the infinitive, not the verb's preposition."""
    return any(c.i > token.i and c.dep_ in ("advcl", "ccomp", "xcomp") and any(
        m.dep_ == "mark" and m.lower_ in words for m in c.children) for c in token.children)


def _thing_subject(verb: "Token") -> bool:
    """A subject, or the noun its relative pronoun stands for, that is a thing: no name, no
    person, no body ("the plan calls for ...", "a plan, which calls for ...")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    subject = relative_antecedent(subject)
    lemma = subject.lemma_.lower()
    return subject.pos_ == "NOUN" and not subject.ent_type_ and not person_like(subject) and \
        lemma not in MILITARY and lemma not in INSTITUTIONS


def for_clause_row(token: "Token", row: Trigger) -> bool:
    """A row whose second word or preposition ("call for", "appeal" with "for") is the marker
    of a for-infinitive after a party's word: the row holds as with the preposition."""
    prep_row = row.condition is not None and row.condition[0] == "prep"
    if row.second is None and not prep_row or _thing_subject(token):
        return False
    if row.second is not None and for_clause(token, (row.second,)):
        return condition_holds(token, dataclasses.replace(row, second=None))
    if row.second is None and row.condition is not None and row.condition[0] == "prep" and \
            for_clause(token, row.condition[1]):
        return condition_holds(token, dataclasses.replace(row, condition=None))
    return False


def marked_for(clause: "Token") -> bool:
    """Whether a clause after its verb is a for-infinitive ("for the army to withdraw")."""
    return clause.dep_ in ("advcl", "ccomp") and any(
        m.dep_ == "mark" and m.lower_ == "for" for m in clause.children)


def demanded(tok: "Token", rows: Mapping[int, Trigger]) -> bool:
    """A clause complement that a demand row holds by ("insists the regime must disarm")."""
    row = rows.get(tok.head.i)
    return tok.dep_ == "ccomp" and row is not None and row.condition is not None and \
        row.condition[0] == "comp" and any(a.dep_ == "aux" and a.lower_ in row.condition[1]
                                           for a in tok.children)
