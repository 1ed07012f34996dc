"""How a trigger's clause tells its act against the time the text has reached: a narrative
step, a present progressive, a past perfect (parse facts the context dating reads)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...model import Event
from .tense import past_perfect

if TYPE_CHECKING:
    from spacy.tokens import Doc


def narrated(doc: "Doc", event: Event) -> bool:
    """Whether a verbal trigger is told as a step of a narrative: a simple past, active or
    passive ("met", "was criticized"), not a perfect, a modal or a present."""
    span = doc.char_span(event.trigger_start, event.trigger_end, alignment_mode="expand")
    if span is None or not len(span) or event.mode not in ("asserted", "claimed"):
        return False
    verb = span.root
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if not auxes:
        return verb.tag_ == "VBD"
    return verb.tag_ == "VBN" and len(auxes) == 1 and auxes[0].dep_ == "auxpass" and \
        auxes[0].tag_ == "VBD"


def going_on(doc: "Doc", event: Event) -> bool:
    """Whether a verbal trigger is told as going on as the text is written, a present
    progressive ("officials are still reviewing the matter"): the news day, not a day of its
    neighbours."""
    span = doc.char_span(event.trigger_start, event.trigger_end, alignment_mode="expand")
    verb = span.root if span is not None and len(span) else None
    return verb is not None and verb.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.lemma_ == "be" and c.tag_ in ("VBZ", "VBP") for c in verb.children)


def perfect(doc: "Doc", event: Event) -> bool:
    """Whether the event's trigger is in the past perfect, reported or not."""
    span = doc.char_span(event.trigger_start, event.trigger_end, alignment_mode="expand")
    return span is not None and len(span) > 0 and past_perfect(span[-1])
