"""Which found events are too unsure to report: better no record than a wrong one.

- A trigger in a heading fragment: a line with no closing stop that is in capitals or has no
  finite verb ("ORBEX'S DEAL WITH LUMA") or whose trigger follows a label and a colon ("Dorn:
  12 killed"). Such lines name a topic or sum up a list; their arguments cannot be read. A caption
  that says what happened ("Rescuers carry a child from the rubble") has a finite verb and stays.
- A possible act that nobody is said to do, told by an agentless passive ("the verdict can be
  appealed", "an adult could be jailed"), or a planned or possible one told by "any" ("before
  any talks can take place"): a generic possibility, not an event (GUIDELINES: generic
  statements are not events). A possible act with a doer ("an invasion could come") stays, and
  so does an act announced for a thing ("the crash will be investigated": planned).

`reportable` is the annotation component's cut (`find_events` still finds every mention, for
callers that type single sentences): an act with no party at all, neither a doer nor one acted
on ("firing a projectile was a rare move", "the release of one student"), and no time of its
own tells an analyst nothing to follow, and is left out rather than reported half-empty. A
violent act or a protest that took place where the text says is kept without a party ("the
suicide attack happened in Mazar-e-Sharif"): its place puts it on the map.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Mapping, Sequence

from ...model import Event
from .implicit import Telling

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_CLOSED = (".", "!", "?", '"', "\u201d", "'", "\u2019", ")")
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
UNREAL_MODES = frozenset({"planned", "hypothetical"})


def heading_fragment(unit: "Span", trigger: "Token") -> bool:
    """Whether the trigger sits in a heading or list label rather than a sentence."""
    text = unit.text.rstrip()
    if text.endswith(_CLOSED):
        return False
    if text.isupper() or not any(t.tag_ in _FINITE_TAGS or t.dep_ in ("aux", "auxpass")
                                 for t in unit):
        return True
    return any(t.text == ":" and t.i < trigger.i for t in unit)


def confident(events: Sequence[Event], tellings: Mapping[int, Telling]) -> list[Event]:
    """The events that are events at all: no generic possibility (see the module doc)."""
    return [e for e in events if e.actors or e.mode not in UNREAL_MODES or (
        (told := tellings.get(e.trigger_start)) is not None and
        told.doer != "generic" and (told.doer != "passive" or e.mode == "planned"))]


# Acts that a place alone anchors: "the suicide attack happened in Mazar-e-Sharif"
_PLACED_TYPES = frozenset({"ASSAULT", "FIGHT", "PROTEST"})


def reportable(events: Sequence[Event]) -> list[Event]:
    """The events worth a record: with a party, or a time of their own (see the module doc)."""
    return [e for e in events if e.actors or e.targets or e.date_precision == "timex" or (
        e.place is not None and e.type in _PLACED_TYPES and e.mode in ("asserted", "claimed"))]
