"""Doers the parse hangs outside a clause's own subject slot: the object before a gerund
("despite Moscow denouncing it"), a relative pronoun hung on the reporting verb inside its
clause ("the shelling, which it said killed 12"), a gerund's "by" phrase ("killed in shelling
by the army")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon.pronouns import RELATIVE_PRONOUNS
from .clause import MILITARY
from .cues import ADJUNCT_PREPS
from .reference import group_like, person_like

if TYPE_CHECKING:
    from spacy.tokens import Token


def gerund_subject(verb: "Token") -> "Token | None":
    """The subject of a gerund clause that the parse hung the preposition's object apart
    from: in "despite Moscow denouncing it" or "with protesters chanting", the object right
    before the gerund is who does it."""
    for prep in verb.head.children:
        if prep.dep_ == "prep" and prep.lower_ in ADJUNCT_PREPS | {"with", "without"} and \
                prep.right_edge.i == verb.left_edge.i - 1:
            return next((c for c in prep.children if c.dep_ == "pobj"), None)
    return None


def relative_across_report(verb: "Token") -> "Token | None":
    """The relative pronoun that is the subject of a clause reported inside a relative clause:
    "the shelling, which it said killed 12" hangs "which" and "it" both on "said"; "it" said
    it, "which" killed."""
    report = verb.head
    if verb.dep_ not in ("xcomp", "ccomp") or report.dep_ != "relcl":
        return None
    subjects = [c for c in report.children if c.dep_ == "nsubj"]
    relatives = [s for s in subjects if s.lower_ in RELATIVE_PRONOUNS]
    return relatives[0] if relatives and len(subjects) > 1 else None


def gerund_agents(verb: "Token") -> list["Token"]:
    """The parties of a gerund's "by" phrase, when it names an act like a noun ("killed in
    shelling by the army"): who did it, not a means."""
    if verb.tag_ != "VBG" or verb.dep_ != "pcomp" or any(
            c.dep_ in ("dobj", "nsubj") for c in verb.children):
        return []
    return [p for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "by"
            for p in prep.children if p.dep_ == "pobj" and (
                person_like(p) or group_like(p) or p.lemma_.lower() in MILITARY or
                p.ent_type_ in ("PERSON", "NORP"))]
