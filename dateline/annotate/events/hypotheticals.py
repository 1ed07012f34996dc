"""Clauses whose act may not happen: conditions, likenesses, inversions, generic rules."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .cues import ASKING_WORDS, CONDITIONAL_MARKS, CONDITIONAL_OPENERS

if TYPE_CHECKING:
    from spacy.tokens import Token

# Speech acts whose "if" clause is part of what they say: "warned of consequences if Dorn
# attacked", "threatened to leave if ..."; the condition is the content's, not the act's.
CONDITIONING_SPEECH = frozenset({"warn", "threaten", "vow", "promise", "pledge"})


def conditional(clause: "Token") -> bool:
    """A clause under a condition ("if / unless / in case X invaded"), or whose own condition
    is stated ("Veltria will attack if talks fail"), or a likeness ("as though troops had
    stormed it"): what it tells may not happen."""
    marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
    if marks & CONDITIONAL_MARKS or _inverted(clause):
        return True
    if "like" in marks or {"as", "though"} <= marks:
        return True  # a likeness, not a happening: "it's like he shot us", "as though ..."
    start = clause.left_edge.i
    before = tuple(t.lower_ for t in clause.doc[max(0, start - 4):start])
    if any(before[-len(opener):] == opener for opener in CONDITIONAL_OPENERS):
        return True
    if clause.lemma_.lower() in CONDITIONING_SPEECH:
        return False  # "warned of consequences if Dorn attacked": the warning was given
    return any(c.dep_ == "advcl" and (_inverted(c) or any(
        m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children) and not (
            _asks(clause, c)))
        for c in clause.children)


def _asks(clause: "Token", condition: "Token") -> bool:
    """An "if" clause that is what a verb of asking asks ("investigating if a car was
    involved", "unclear if troops will stay"): the asker is no conditional act. Parsed as a
    condition, it follows its verb with no object of that verb between them."""
    if clause.lemma_.lower() not in ASKING_WORDS or condition.i < clause.i:
        return False
    mark = next(m for m in condition.children if m.dep_ == "mark")
    return mark.lower_ == "if" and not any(
        c.dep_ in ("dobj", "ccomp") and clause.i < c.i < condition.i for c in clause.children)


def _inverted(clause: "Token") -> bool:
    """A condition told by inversion, its auxiliary before its subject at the clause's start:
    "Had the troops attacked, ...", "Should talks fail, ...", "Were Russia to invade, ..."."""
    if clause.dep_ not in ("advcl", "ccomp"):
        return False
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    # the auxiliary as the clause's head ("Were Veltria to invade": the parse hangs the
    # infinitive on "Were"), or under it
    aux = [clause] if clause.lower_ in _INVERTING else [
        c for c in clause.children if c.dep_ in ("aux", "auxpass") and c.lower_ in _INVERTING]
    if aux and subjects and aux[0].i == clause.left_edge.i < subjects[0].i:
        return True
    return clause.dep_ == "advcl" and clause.head.dep_ in ("advcl", "ccomp") and \
        clause.head.lower_ in _INVERTING and _inverted(clause.head)


_INVERTING = frozenset({"had", "should", "were"})


_GENERIC_MODALS = frozenset({"could", "can", "may", "might", "would", "will", "shall"})
_ANYONE = frozenset({"anyone", "anybody", "whoever", "those"})


def generic_condition(trigger: "Token") -> bool:
    """An act that only describes whom a rule or a risk applies to: "An adult found guilty
    of assaulting a soldier could be jailed" (an indefinite subject, the act inside the
    clause that describes it, and a modal main verb)."""
    passed = False
    for current in (trigger, *trigger.ancestors):
        if current.dep_ in ("acl", "relcl"):
            passed = True
        if current.dep_ in ("nsubj", "nsubjpass") and passed:
            generic = current.lower_ in _ANYONE or any(
                c.dep_ == "det" and c.lower_ in ("a", "an", "any") for c in current.children)
            return generic and any(c.dep_ == "aux" and c.lower_ in _GENERIC_MODALS
                                   for c in current.head.children)
    return False
