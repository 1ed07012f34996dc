"""Whether a time expression in another sentence is about the same happening as an event."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterable, Sequence

from ...model import EntityMention, Event, Place, Timex
from ..syntax import name_for

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Nouns and verbs that name one violent happening in different words.
VIOLENCE_WORDS = frozenset({
    "attack", "attacker", "explosion", "explode", "blast", "bombing", "bomb", "bomber", "raid",
    "strike", "airstrike", "assault", "shooting", "shoot", "gunfire", "gunman", "shelling",
    "detonate", "kill", "killing", "massacre", "ambush", "crash", "derail", "derailment",
    "collision", "accident",
})
# A subordinate or coordinated clause is part of its head clause's happening: "seven were
# killed after a tram crashed on Wednesday".
_CLAUSE_LINKS = frozenset({"advcl", "conj", "relcl", "acl", "xcomp"})
VIOLENT_TYPES = frozenset({"ASSAULT", "FIGHT"})
_ARG_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "csubj"})


@dataclass(frozen=True)
class Happening:
    """What makes another sentence about the same happening as an event."""

    type: str
    lemma: str
    violent: bool
    names: frozenset[str]  # actors and places of the sentence's events of this type, casefolded


def _timex_root(doc: "Doc", timex: Timex) -> "Token | None":
    span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def happening_of(event: Event, lemma: str, same_sentence: Iterable[Event]) -> Happening:
    names = {n.casefold() for e in same_sentence if e.type == event.type
             for n in (*e.actors, e.place) if n}
    return Happening(event.type, lemma, lemma in VIOLENCE_WORDS or event.type in VIOLENT_TYPES,
                     frozenset(names))


def _name_match(name: str, names: frozenset[str]) -> bool:
    """Same name, or one a trailing part of the other ("Clinton" / "Hillary Clinton")."""
    name = name.casefold()
    return any(name == n or n.endswith(" " + name) or name.endswith(" " + n) for n in names)


def _word_related(token: "Token", happening: Happening, triggers: dict[int, Event]) -> bool:
    lemma = token.lemma_.lower()
    if lemma == happening.lemma or token.lower_ == happening.lemma:
        return True
    if happening.violent and (lemma in VIOLENCE_WORDS or token.lower_ in VIOLENCE_WORDS):
        return True
    event = triggers.get(token.i)
    return event is not None and event.type == happening.type


def _argument_related(token: "Token", happening: Happening, triggers: dict[int, Event],
                      entities: Sequence[EntityMention], places: Sequence[Place]) -> bool:
    if _word_related(token, happening, triggers):
        return True
    place = next((p for p in places if p.start <= token.idx < p.end), None)
    if place is not None and _name_match(place.name, happening.names):
        return True
    name, _ = name_for(token, entities)
    return bool(name) and _name_match(name or "", happening.names)


def about_happening(doc: "Doc", timex: Timex, happening: Happening, triggers: dict[int, Event],
                    entities: Sequence[EntityMention], places: Sequence[Place]) -> bool:
    """Whether a time expression dates the happening: a related word on its way up to its
    clause verb, or that verb's subject or object ("the explosion late on Thursday", "Clinton
    made the comments on Saturday"); "the death toll rose on Friday" dates the toll."""
    current = _timex_root(doc, timex)
    verbs = 0
    for _ in range(12):
        if current is None:
            return False
        if _word_related(current, happening, triggers):
            return True
        if current.pos_ in ("VERB", "AUX"):
            if _arguments_related(current, happening, triggers, entities, places):
                return True
            verbs += 1
            if current.dep_ not in _CLAUSE_LINKS or verbs > 2:
                return False
        if current.head.i == current.i:
            return False
        current = current.head
    return False


def _arguments_related(verb: "Token", happening: Happening, triggers: dict[int, Event],
                       entities: Sequence[EntityMention], places: Sequence[Place]) -> bool:
    arguments = [a for c in verb.children if c.dep_ in _ARG_DEPS for a in (c, *c.conjuncts)]
    arguments += [p for c in verb.children if c.dep_ == "agent"
                  for p in c.children if p.dep_ == "pobj"]
    return any(_argument_related(a, happening, triggers, entities, places) for a in arguments)
