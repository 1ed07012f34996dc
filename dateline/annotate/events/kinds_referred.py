"""The act a nominal trigger with no party of its own refers back to, and that act's parties.

"The negotiations will continue" after "negotiations between X and Y", "the abductions
increased pressure" after "fighters abducted the girls": a definite noun tells an act told
before. "It is a release", "this is not a swap": a pronoun standing for the happening just told
is named by the copula's noun (`nominal_deeds.named_by_copula`), with the parties of the last
act of that type told with any.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

from ...model import Event
from .nominal_deeds import HAPPENING_PRONOUNS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def pronoun_named(noun: "Token") -> bool:
    """Whether a noun is the attribute of a copula whose subject is "it", "this" or "that"."""
    return noun.dep_ == "attr" and noun.head.lemma_.lower() == "be" and any(
        c.dep_ == "nsubj" and c.lower_ in HAPPENING_PRONOUNS for c in noun.head.children)


def told_parties(event: Event, events: Sequence[Event]
                 ) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(actors, targets) of the last act before the event of its type told with a party."""
    before = [e for e in events if e.type == event.type and (e.actors or e.targets) and
              e.trigger_start < event.trigger_start]
    last = max(before, key=lambda e: e.trigger_start) if before else None
    return (last.actors, last.targets) if last is not None else ((), ())


def definite_noun(doc: "Doc", event: Event) -> bool:
    """A nominal trigger with a definite article and no party of its own: "the negotiations"."""
    span = doc.char_span(event.trigger_start, event.trigger_end, alignment_mode="expand")
    if span is None or span.root.pos_ not in ("NOUN", "PROPN"):
        return False
    return any(c.dep_ == "det" and c.lower_ == "the" for c in span.root.children)


def referred_doer(event: Event, events: Sequence[Event], any_word: bool = False
                   ) -> tuple[str, ...]:
    """The doers of the act a definite noun refers back to: the last one before it of its
    type, told by the same word ("negotiations between X and Y" ... "the negotiations will
    continue"), or by any word for a violent act ("fighters abducted the girls" ... "the
    abductions increased pressure")."""
    word = event.trigger.lower()
    before = [e for e in events if e.type == event.type and e.actors and
              e.trigger_start < event.trigger_start and (any_word or e.trigger.lower() == word)]
    return max(before, key=lambda e: e.trigger_start).actors if before else ()
