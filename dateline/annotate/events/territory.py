"""A state's measure on its own territory: where a ban, a block or an emergency takes effect.

A coercive measure or its lifting that a state takes with no one singled out applies across
that state ("Veltria banned the app", "Veltrian authorities launched a crackdown on
dissidents", "Veltria has been in a state of emergency since May": Veltria). The state is the
clause's subject, named as a country or as a government body with its nationality
("Veltrian authorities"). An act on a person ("Veltria arrested her", "the court extended
his remand") happens in a court or a cell the text does not name, so it gets no place; nor does
one a court or a person does, nor a measure aimed at another state ("sanctions on Dorn").
A meeting of one state's own bodies with no other party is held in that state ("the Veltrian
president convened the security council"). The territory is read last and lent to no other
mention: it is the measure's own, not the place of a happening the story tells ("Apple removed
the app" near "Iran blocked it").
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Sequence

from ...model import Event, Place
from .reference import person_like
from .states import country_named, demonym_country
from .support_verbs import SUPPORT_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

MEASURE_TYPES = frozenset({"COERCE", "CONCEDE"})
# Acts that one state's own bodies do among themselves when no other party takes part.
HOME_TYPES = frozenset({"CONSULT"})
# Bodies that act for the whole state ("Veltrian authorities"), not a court or a unit of it.
GOVERNING_BODIES = frozenset({"authority", "authorities", "government"})
_VERBS = ("VERB", "AUX")
# Verbs that only carry a nominal measure ("launched a crackdown", "declared a curfew", "has
# been in a state of emergency"); any other verb is an act of its own ("condemned the ban").
LIGHT_VERBS = SUPPORT_VERBS | frozenset({"launch", "declare", "order", "be", "remain",
                                         "begin", "start", "announce", "extend"})


def _state_of(subject: "Token") -> str | None:
    """The country a subject names itself ("Veltria") or governs for ("Veltrian
    authorities")."""
    name = country_named(" ".join(t.text for t in subject.subtree
                                  if t.dep_ in ("compound",) or t.i == subject.i))
    if name is not None:
        return name
    if subject.lemma_.lower() in GOVERNING_BODIES or subject.lower_ in GOVERNING_BODIES:
        for mod in (c for c in subject.children if c.dep_ in ("amod", "compound")):
            state = demonym_country(mod.text) or country_named(mod.text)
            if state is not None:
                return state
    return None


def _done_to_someone(token: "Token", clause: "Token") -> bool:
    """Whether the act singles out someone or another state: a person as its object,
    possessor or passive subject, or a country it is aimed at."""
    heads = [c for head in {token, clause} for c in head.children
             if c.dep_ in ("dobj", "nsubjpass", "poss", "dative")]
    heads += [p for head in {token, clause} for prep in head.children if prep.dep_ == "prep"
              and prep.lower_ in ("on", "against", "of") for p in prep.children
              if p.dep_ == "pobj"]
    # a class of people ("a crackdown on dissidents") is not singled out, counted people
    # are ("arrested two Canadians")
    return any(person_like(h) and (h.tag_ not in ("NNS", "NNPS") or _counted(h)) or
               _counted(h) and h.ent_type_ == "NORP" or country_named(h.text) for h in heads)


def _counted(noun: "Token") -> bool:
    return any(c.dep_ == "nummod" for c in noun.children)


def _carrying_verb(noun: "Token") -> "Token | None":
    """The light verb a nominal measure is the object or prepositional object of, through
    its noun phrase ("been in a state of emergency"); None under any other verb or with a
    possessor, who is then the doer ("welcomed Dorn's ban")."""
    if any(c.dep_ == "poss" for c in noun.children):
        return None
    current = noun
    for _ in range(4):
        if current.head.i == current.i or current.dep_ not in ("dobj", "pobj", "prep", "attr"):
            return None
        current = current.head
        if current.pos_ in _VERBS:
            return current if current.lemma_.lower() in LIGHT_VERBS else None
    return None


def own_territory(token: "Token", type_: str, places: Sequence[Place],
                  actors: Sequence[str] = ()) -> Place | None:
    """The country place of the state whose measure the trigger is (see module doc), or
    None; a bare governing body ("the government") is the state its event's `actors` name."""
    if type_ not in MEASURE_TYPES:
        return None
    verb = token if token.pos_ in _VERBS else _carrying_verb(token)
    if verb is None:
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) != 1 or _done_to_someone(token, verb):
        return None
    state = _state_of(subjects[0])
    if state is None and subjects[0].lemma_.lower() in GOVERNING_BODIES:
        state = next((c for c in map(country_named, actors) if c), None)
    if state is None:
        return None
    return next((p for p in places if p.precision == "country" and p.name == state), None)


def with_own_territories(events: Sequence[Event], doc: "Doc",
                         places: Sequence[Place]) -> list[Event]:
    """Events still without a place, placed on their state's territory when they are its
    measure (see module doc)."""
    out = []
    for event in events:
        home = home_meeting(event, places)
        if home is not None:
            event = dataclasses.replace(event, place=home.name)
        elif event.place is None and event.type in MEASURE_TYPES:
            span = doc.char_span(event.trigger_start, event.trigger_end,
                                 alignment_mode="expand")
            found = own_territory(span.root, event.type, places, event.actors) \
                if span is not None and len(span) else None
            if found is not None:
                event = dataclasses.replace(event, place=found.name)
        out.append(event)
    return out


def _states_in(phrase: str) -> set[str]:
    """The states a phrase names by a nationality or a country name ("the Veltrian army")."""
    words = phrase.split()
    return {state for width in (1, 2, 3) for i in range(len(words) - width + 1)
            if (state := demonym_country(" ".join(words[i:i + width])) or
                country_named(" ".join(words[i:i + width])))}


def home_meeting(event: Event, places: Sequence[Place]) -> Place | None:
    """The country of the one state whose own bodies meet with no one from outside ("the
    Veltrian president convened the security council", "the Veltrian government will hold an
    emergency session"): a meeting with no other party is held at home. A state named alone
    ("Dorn offered talks") may be meeting another one the clause leaves out."""
    if event.place is not None or event.type not in HOME_TYPES or event.targets:
        return None
    states = {country_named(actor) for actor in event.actors} - {None}
    if len(states) != 1:
        return None
    state = states.pop()
    # every party one of its bodies ("the Veltrian president"), not just the state's name:
    # "Dorn offered talks" or "Dorn and the rebels negotiated" meet someone from outside
    bodies = [a for a in event.actors if a != state]
    if not bodies or any(_states_in(a) != {state} for a in bodies):
        return None
    return next((p for p in places if p.precision == "country" and p.name == state), None)
