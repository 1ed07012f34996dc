"""An act told as following an earlier one: "Following the 2013 coup, the army launched a
crackdown" happened in the coup's year (or month), which is all the text makes certain.

Only a year or month is lent: after a dated day the act may fall on any later day. The earlier
act is an event of the text, at the noun itself or, when that noun tells it again ("Following
Morsi's overthrow" after "led Morsi's overthrow in 2013"), at its first telling.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Collection, Sequence

from ...model import Event
from .timing import clause_verbs

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

SEQUENCE_WORDS = frozenset({"after", "following"})


def sequel_date(doc: "Doc", event: Event, dated: Sequence[tuple[int, str, Event]],
                triggers: Collection[int]) -> str | None:
    """The year or month of the dated act that the event's clause says it followed."""
    span = doc.char_span(event.trigger_start, event.trigger_end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    for verb in sorted(clause_verbs(span.root, triggers)):
        for prep in doc[verb].children:
            if prep.dep_ != "prep" or prep.lower_ not in SEQUENCE_WORDS:
                continue
            for noun in (c for c in prep.children if c.dep_ == "pobj"):
                earlier = _told(noun, dated)
                if earlier is not None and earlier.date_precision == "timex" and \
                        earlier.date and len(earlier.date) < 10:
                    return earlier.date
    return None


def _told(noun: "Token", dated: Sequence[tuple[int, str, Event]]) -> Event | None:
    """The event at the noun, else the last one before it told with the same word."""
    same = [e for _, lemma, e in dated if e.trigger_start == noun.idx or (
        lemma == noun.lemma_.lower() and e.trigger_start < noun.idx)]
    return max(same, key=lambda e: e.trigger_start) if same else None
