"""An act told again: in one sentence, as a nominal mention of an earlier act, or as a standing
stance rather than an act; and acts given a count, which are acts of their own."""

from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

from ...model import Event
from .implicit import same_party
from .occurrence import MEASURE_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Token


def same_act_key(event: Event, token: "Token") -> tuple[object, ...]:
    """The same act told twice in a sentence; a verb and a noun of one lemma are two acts
    ("tested missiles and conducted a nuclear test")."""
    return (token.lemma_.lower(), token.pos_ == "VERB", event.type, event.actors, event.targets)


def told_again_key(event: Event, token: "Token", undated: bool = False) -> tuple[object, ...]:
    """A nominal event mentioned again ("the Russian invasion") with no date or detail of its
    own; "its sixth nuclear test" after "a nuclear test" tells something new. A later mention
    without a date of its own ("following Morsi's overthrow") folds into a dated first one
    (`undated` keys leave the date out)."""
    dated = event.date if event.date_precision == "timex" and not undated else None
    detail = tuple(sorted(c.lower_ for c in token.children
                          if c.dep_ in ("amod", "nummod", "compound", "quantmod")))
    return (token.lemma_.lower(), event.type, event.actors, dated, event.mode, detail)


def retold(event: Event, before: Sequence[Event] | None) -> bool:
    """Whether an undated nominal act adds no party and no reality to one told before."""
    parties = (*event.actors, *event.targets)
    return any(reality(e.mode) == reality(event.mode) and (not parties or any(
        same_party(a, b) for a in parties for b in (*e.actors, *e.targets)))
        for e in before or ())


# Verbs whose simple present tells a lasting stance, not an act: "Obama, who supports the White
# Sox", "economists doubt that view" (GUIDELINES: a standing stance is no event).
STATIVE_STANCES = frozenset({"support", "back", "favor", "favour", "oppose", "doubt", "trust",
                             "distrust", "like", "love", "admire"})


def standing_stance(token: "Token", event: Event) -> bool:
    """A stance verb in the simple present told by the article itself, with no time of its
    own (a quote's "I support the plan" is a claim, and "on Monday, X backs Y" is dated)."""
    return token.lemma_.lower() in STATIVE_STANCES and token.tag_ in ("VBZ", "VBP") and \
        event.mode == "asserted" and event.date_precision != "timex" and \
        not any(c.dep_ in ("aux", "auxpass") for c in token.children)


def counted(token: "Token") -> bool:
    """A nominal act given a count ("dozens of missile tests", "three tests"): acts of their
    own, not the one told before."""
    if any(c.dep_ in ("nummod", "quantmod") for c in token.children):
        return True
    head = token.head
    return token.dep_ == "pobj" and head.lower_ == "of" and (
        head.head.like_num or head.head.tag_ == "CD" or
        head.head.lemma_.lower() in MEASURE_NOUNS)


def reality(mode: str) -> str:
    return "real" if mode in ("asserted", "claimed") else mode
