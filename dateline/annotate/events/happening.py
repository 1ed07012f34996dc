"""What a mention of a happening takes from the mentions of the same happening near it.

A physical act with no place of its own is placed where a neighbouring mention of the same
happening is ("Two tourists were injured in the attack" after "a bomb exploded in Dorn").
Doers are not borrowed so: the nearest earlier doer of a violent act is too often its victim
or another attack's ("The attacker is killed" after "a gunman opens fire").
"""

from __future__ import annotations

import dataclasses
from typing import Collection, Sequence

from ...model import Event
from .implicit import REAL_MODES
from .states import country_named, state_named
from .where import PHYSICAL_TYPES

VIOLENT = frozenset({"FIGHT", "ASSAULT"})
# Acts that follow a happening where it happened: the inquiry into it.
FOLLOW_UP_TYPES = frozenset({"INVESTIGATE"})
PRECEDING_UNITS = 3  # sentences back an event's place may come from, within its paragraph
FOLLOWING_UNITS = 2  # sentences ahead ("Bomber kills four." then "The blast in Dorn ...")


def _same_happening(a: Event, b: Event) -> bool:
    """Same type (or both violent), and both told as taking place or both not: a planned
    attack is not the attack that happened."""
    return (a.type == b.type or (a.type in VIOLENT and b.type in VIOLENT)) and \
        (a.mode in REAL_MODES) == (b.mode in REAL_MODES) and not _other_states(a, b)


def _other_states(a: Event, b: Event) -> bool:
    """Whether the two acts are done by different states: North Korea's launch is not the
    drill South Korea staged at sea the same day."""
    states_a = {c for actor in a.actors for c in states_in(actor)}
    states_b = {c for actor in b.actors for c in states_in(actor)}
    return bool(states_a and states_b and not states_a & states_b)


def states_in(actor: str) -> set[str]:
    """The states an actor phrase names by country, capital or nationality, longest names
    first ("U.S. and South Korean forces": the United States and South Korea)."""
    words = actor.split()
    found: set[str] = set()
    start = 0
    while start < len(words):
        for width in (3, 2, 1):
            phrase = " ".join(words[start:start + width])
            state = phrase[:1].isupper() and state_named(phrase)
            if state and start + width <= len(words):
                found.add(state)
                start += width
                break
        else:
            start += 1
    return found


def with_context_places(dated: Sequence[tuple[int, str, Event]],
                        paragraphs: Sequence[int], earlier: Collection[int] = (),
                        several: Collection[int] = ()) -> list[tuple[int, str, Event]]:
    """A physical event with no place of its own takes the place of the nearest event of the
    same happening (same type, or both violent) in its paragraph: the nearest before it within
    PRECEDING_UNITS sentences, else the nearest after it within FOLLOWING_UNITS. An event told
    as before the news (`earlier`: trigger offsets) is another happening than one that is not
    ("It came eight months after the Paris attacks"). Acts told in the plural or counted
    (`several`: "a series of attacks") are many happenings, not the one placed nearby."""
    own = [(i, e) for i, _, e in dated if e.place is not None]
    out = []
    for index, lemma, event in dated:
        if event.place is not None or event.type not in PHYSICAL_TYPES or \
                event.trigger_start in several:
            out.append((index, lemma, event))
            continue
        past = event.trigger_start in earlier
        near = [(i, e) for i, e in own if _same_happening(e, event) and
                (e.trigger_start in earlier) == past and
                paragraphs[i] == paragraphs[index] and
                (index - PRECEDING_UNITS <= i <= index and e.trigger_start < event.trigger_start
                 or index < i <= index + FOLLOWING_UNITS)]
        before = [(i, e) for i, e in near if e.trigger_start < event.trigger_start]
        chosen = max(before, key=lambda p: p[1].trigger_start) if before else \
            min(near, key=lambda p: p[1].trigger_start) if near else None
        if chosen is not None:
            event = dataclasses.replace(event, place=chosen[1].place)
        out.append((index, lemma, event))
    return out


def with_story_places(events: Sequence[Event], earlier: Collection[int] = (),
                      several: Collection[int] = ()) -> list[Event]:
    """A physical event still without a place takes the place of the article's mentions of the
    same happening on the same day, anywhere in the article, when those all name one place:
    "Police shot the driver" in a story whose lead put Thursday's killings in Dorn happened
    in Dorn. Only what is told as taking place is the happening: a hypothetical, planned or
    denied act ("the fanatics who want to strike her") is placed by its own words or not at
    all. An event told as before the news, or one whose day other mentions of its happening
    put in different places, stays unplaced, and so do acts told in the plural (`several`)."""
    placed = [e for e in events if e.place is not None and e.trigger_start not in earlier
              and len(e.date or "") == 10 and e.mode in REAL_MODES]
    story = {e.place for e in placed}
    out = []
    for event in events:
        if event.place is None and event.mode in REAL_MODES and event.trigger_start not in \
                (*earlier, *several) and len(event.date or "") == 10:
            if event.type in PHYSICAL_TYPES:
                places = {e.place for e in placed if e.date == event.date and
                          _same_happening(e, event)}
            elif event.type in FOLLOW_UP_TYPES and not any(map(country_named, event.actors)):
                places = story  # not a state's own inquiry ("Tunisia opened an enquiry")
            else:
                places = set()
            if len(places) == 1:
                event = dataclasses.replace(event, place=next(iter(places)))
        out.append(event)
    return out
