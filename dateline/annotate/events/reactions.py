"""Whom a reaction to an earlier act is aimed at: that act's doer.

"Japan condemned the test", "Dorn welcomed the release": the object is an act the article told
before ("North Korea fired a missile ..."), named again with a definite article and no owner of
its own. The condemnation is aimed at whoever did that act (GUIDELINES: the target is to whom
it was done), never at the act, and never at the one who condemns it.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Mapping, Sequence

from ...model import Event
from .implicit import REAL_MODES, same_party
from .ontology import load_lexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Acts of judging another's act: their object is that act.
REACTION_TYPES = frozenset({"DISAPPROVE", "SUPPORT", "REJECT"})
_DEFINITE = frozenset({"the", "this", "that", "these", "those", "last", "latest"})
_VIOLENT = frozenset({"ASSAULT", "FIGHT"})


def _told_again(verb: "Token") -> "Token | None":
    """The verb's object when it names an act again: "the attack", "this test"; an owner
    ("North Korea's test") or a phrase ("the attack by X", "attacks on Y") tells its own."""
    for obj in (c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"):
        if (obj.lemma_.lower(), "N") not in load_lexicon():
            continue
        if any(c.dep_ in ("poss", "prep", "compound") or c.ent_type_ for c in obj.children):
            continue
        if any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in obj.children):
            return obj
    return None


def _same_act(noun: "Token", event: Event) -> bool:
    """Whether an event is one the noun can name again: of the noun's type (any violent type
    for a violent noun), and told as taking place."""
    types = {row.type for row in load_lexicon().get((noun.lemma_.lower(), "N"), ())}
    return event.mode in REAL_MODES and (event.type in types or (
        event.type in _VIOLENT and bool(types & _VIOLENT)))


def with_reacted_targets(doc: "Doc", dated: Sequence[tuple[int, str, Event]],
                         tokens: Mapping[int, int]) -> list[tuple[int, str, Event]]:
    """A reaction with no target takes the doers of the nearest earlier act its object names
    again (see module doc); `tokens` maps trigger offsets to token indices."""
    out: list[tuple[int, str, Event]] = []
    for index, lemma, event in dated:
        at = tokens.get(event.trigger_start)
        act = _told_again(doc[at]) if event.type in REACTION_TYPES and not event.targets \
            and at is not None else None
        if act is not None:
            before = [e for _, _, e in out if e.trigger_start < act.idx and e.actors and
                      _same_act(act, e)]
            doers = before[-1].actors if before else ()
            if doers and not any(same_party(a, b) for a in doers for b in event.actors):
                event = dataclasses.replace(event, targets=doers)
        out.append((index, lemma, event))
    return out
