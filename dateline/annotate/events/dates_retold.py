"""A definite act noun that tells again the act just told: "... were kidnapped by militants in
April 2014. The mass abduction thrust the insurgency into the spotlight" (the abduction is the
kidnapping, and its time is April 2014).

The definite article presents the act as known; the act the reader knows is the nearest one of
the same kind told just before. Only a dated act lends its time, and only when no other act of
that kind comes between.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

from ...model import Event
from .trig_anaphoric import BARE_HAPPENINGS

if TYPE_CHECKING:
    from spacy.tokens import Doc

DEFINITE = frozenset({"the", "this", "that"})
RETOLD_SENTENCES = 2  # how far back the act told again may lie
REAL = frozenset({"asserted", "claimed"})


def retold_date(doc: "Doc", index: int, event: Event, dated: Sequence[tuple[int, str, Event]]
                ) -> str | None:
    """The date of the act a definite act noun tells again, when the last act of its type
    told before it, in the RETOLD_SENTENCES before its own, was dated by its own clause."""
    span = doc.char_span(event.trigger_start, event.trigger_end, alignment_mode="expand")
    if span is None or not len(span) or event.mode not in REAL:
        return None
    noun = span.root
    if noun.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in DEFINITE
                                      for c in noun.children):
        return None
    before = [(i, e) for i, _, e in dated if e.type == event.type and
              e.trigger_start < event.trigger_start]
    if not before:
        return None
    told_at, told = max(before, key=lambda pair: pair[1].trigger_start)
    if index - told_at > RETOLD_SENTENCES or told_at == index or told.mode not in REAL or \
            told.date_precision != "timex":
        return None
    return told.date


def told_back_to(lemma: str, event: Event, before: Sequence[Event]) -> Event | None:
    """The story's act a bare happening tells again ("the incident occurred ...", typed after
    it by trig_anaphoric): the first real act of its type told before it, whose day it is."""
    if lemma not in BARE_HAPPENINGS or event.mode not in REAL:
        return None
    return next((e for e in before if e.type == event.type and e.mode in REAL and e.date and
                 e.trigger_start < event.trigger_start), None)
