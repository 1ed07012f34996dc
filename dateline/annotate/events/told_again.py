"""An act told again: the time its first telling gave it (GUIDELINES 6, dates of a happening)."""

from __future__ import annotations

from typing import Sequence

from ...model import Event

PAST_MODES = frozenset({"asserted", "claimed", "denied"})

RETELLING_UNITS = 3  # sentences back an earlier telling of the same act may lie


def first_telling(dated: Sequence[tuple[int, str, Event]], index: int, lemma: str,
                  event: Event) -> Event | None:
    """An earlier telling of the same act that its own words dated: the nearest act of its
    type dated a few sentences back, with the same trigger word, told as done (not planned),
    with no other doer. Another act of the type dated in between means the text has moved to
    another happening ("... in Killeen in 1991. A couple storm a party in December 2015 ...
    They are shot dead by police")."""
    if event.mode not in PAST_MODES:
        return None
    for i, other_lemma, other in reversed(dated):
        if other.trigger_start >= event.trigger_start or i < index - RETELLING_UNITS or \
                other.type != event.type or other.date_precision != "timex":
            continue
        if other_lemma == lemma and other.mode in PAST_MODES and \
                _same_doers(other.actors, event.actors):
            return other
        return None
    return None


def _same_doers(a: Sequence[str], b: Sequence[str]) -> bool:
    """No named doer on one side, or a doer named alike on both ("Ahed Tamimi" and "Tamimi");
    a description ("a 16-year-old girl") may be either."""
    a, b = [n for n in a if _proper(n)], [n for n in b if _proper(n)]
    if not a or not b:
        return True
    words_a = [set(name.lower().split()) for name in a]
    return any(x <= y or y <= x for x in words_a for y in (set(n.lower().split()) for n in b))


def _proper(name: str) -> bool:
    """A proper name, not a description ("the man", "a 16-year-old girl")."""
    first = name.split()[0] if name.split() else ""
    return first[:1].isupper() and first.lower() not in ("a", "an", "the")
