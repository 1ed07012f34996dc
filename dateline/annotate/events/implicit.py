"""Doers a clause leaves unsaid, read from the rest of the article (GUIDELINES 6: an actor left
implicit by a passive but clear from the article is filled in).

- A person a lead introduces without a name ("Peru indicted a 16-year-old girl") is the named
  person a later act of the same kind has in the same role ("Peru has held Ana Lim since ..."),
  in every event of the article (delayed identification).
- A violent act told without a doer ("84 people were killed", "two tourists were injured")
  is part of the violent happening of its day: it takes the doer of another event of its type
  that day that harmed the same victim ("Police shot the driver" for "the driver was killed"),
  else the happening's perpetrator: the one the article names in apposition to an attacker
  noun ("The attacker, Ann Roe, ..."), else the doer of the day's first violent event with
  one. A doer is never lent to an act done to that doer, and a nameless description of the
  perpetrator ("a local man rammed the crowd") gives way to the name. A definite violent noun
  with no party ("the abductions increased pressure") refers back to the last violent act of
  its type told with a doer, by whatever word.
- Any other act told by an agentless passive right after the same kind of act in the paragraph
  ("The operator offered refunds. Guests were also offered hotel rooms") is done by that
  act's doer.
- A coercive act told without a doer ("was arrested", "her detention was extended") is done by
  the authority that reports it ("police said"), else by the doer of another coercion of the
  same person, else by the state the article's coercions are done by ("an Israeli court"); an
  inquiry told without a doer is the reporting authority's too.
Only acts told as real (asserted or claimed) are filled: a hypothetical arrest has no doer, a
harm told in an act named afresh ("killed in airstrikes") has that act's doer or none, and one
told as before the news ("her cousin had been shot") is no part of the news happening.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING, Mapping, Sequence

from ...model import EntityMention, Event
from ..lexicon.people import DESCRIPTION_HEADS, PERPETRATOR_NOUNS
from ..names import fold
from ..syntax import entity_at
from ..entities.roles import ROLE_WORDS
from .arguments import passive
from .clause import PEOPLE
from .ontology import load_lexicon
from .parties import STATE_BODIES
from .states import country_named
from .timing import NEWS_DAYS
from .kinds_referred import definite_noun, pronoun_named, referred_doer, told_parties

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

VIOLENT = frozenset({"ASSAULT", "FIGHT"})
REAL_MODES = frozenset({"asserted", "claimed"})
# Words that make a reporting source an authority able to arrest, charge or jail.
AUTHORITY_WORDS = STATE_BODIES | frozenset({"department", "sheriff", "constabulary",
                                            "prosecution", "judge", "prison"})
_STOP = frozenset({"the", "a", "an", "of"})


def _words(name: str) -> set[str]:
    return {w for w in re.findall(r"\w+", fold(name).lower()) if w not in _STOP}


def same_party(a: str, b: str) -> bool:
    """Whether two names point at one party: all words of one among the other's."""
    x, y = _words(a), _words(b)
    return bool(x and y and (x <= y or y <= x))


def _shares(ours: Sequence[str], theirs: Sequence[str]) -> bool:
    return any(same_party(a, b) for a in ours for b in theirs)


def named_perpetrators(doc: "Doc", entities: Sequence[EntityMention]) -> list[str]:
    """Names given in apposition to an attacker noun ("The attacker, Ann Roe")."""
    from .report_kinds import lemma_candidates

    out: list[str] = []
    for token in lemma_candidates(doc, PERPETRATOR_NOUNS):
        linked = [c for c in token.children if c.dep_ == "appos"]
        if token.dep_ == "appos":
            linked.append(token.head)
        if token.i + 2 < len(doc) and doc[token.i + 1].text == ",":
            linked.append(doc[token.i + 2])
        for other in linked:
            mention = entity_at(entities, other.idx, other.idx + len(other.text))
            if mention is not None and mention.type == "PERSON" and mention.canonical not in out:
                out.append(mention.canonical)
    return out


def _description(name: str, entities: Sequence[EntityMention]) -> bool:
    """A nameless description of a person: "a Tunisian-born man", not "Ann Roe"."""
    return _head_word(name) in DESCRIPTION_HEADS and not any(m.canonical == name
                                                             for m in entities)


def _news(event: Event, published: dt.date | None) -> bool:
    """Whether an event is dated within the news days before publication."""
    if published is None or event.date is None:
        return False
    try:
        day = dt.date.fromisoformat(event.date)
    except ValueError:
        return False
    return dt.timedelta(0) <= published - day <= dt.timedelta(days=NEWS_DAYS)


def _head_word(name: str) -> str:
    words = re.findall(r"[\w-]+", name.lower())
    return words[-1] if words else ""


def _against_perpetrator(event: Event, named: Sequence[str]) -> bool:
    """An act done to the attacker ("police shot the driver"): its doer is not the attacker."""
    return any(_head_word(t) in PERPETRATOR_NOUNS for t in event.targets) or \
        _shares(event.targets, named)


def _violent_doer(event: Event, violent: Sequence[Event], named: Sequence[str],
                  published: dt.date | None) -> tuple[str, ...]:
    """The doer of the violent happening the event is part of (see the module doc)."""
    news = _news(event, published)
    same = [e for e in violent if e is not event and e.actors and e.type == event.type and (
        e.date == event.date if not news else _news(e, published))]
    victims = [e for e in same if _shares(e.targets, event.targets)]
    if victims:  # the nearest telling of the same harm to the same victim
        return min(victims, key=lambda e: abs(e.trigger_start - event.trigger_start)).actors
    if news and len(named) == 1:
        doer: tuple[str, ...] = (named[0],)
    else:
        doers = [e for e in same if not _against_perpetrator(e, named)]
        doer = min(doers, key=lambda e: e.trigger_start).actors if doers else ()
    return () if _shares(doer, event.targets) else doer


def _authority(name: str | None) -> bool:
    return bool(name) and bool(_words(name or "") & AUTHORITY_WORDS)


def _coercer(event: Event, events: Sequence[Event]) -> tuple[str, ...]:
    if _authority(event.attribution):
        return (event.attribution or "",)  # "police said the man was arrested"
    coercions = [e for e in events if e is not event and e.type == "COERCE" and e.actors]
    same_person = [e for e in coercions if _shares(e.targets, event.targets)]
    if same_person:
        nearest = min(same_person, key=lambda e: abs(e.trigger_start - event.trigger_start))
        return nearest.actors
    states = Counter(a for e in coercions for a in e.actors if country_named(a) == a)
    # a state that more than one coercion of the article names as its doer
    found = [state for state, count in states.most_common(1) if count > 1]
    return tuple(found)


CONTINUATION_UNITS = 2  # sentences back an agentless passive may take its doer from


@dataclass(frozen=True)
class Telling:
    """How an event's clause tells its doer, and where it is (sentence unit, paragraph)."""

    # "named" (even with no name: "the uprising toppled"), "noun", "generic" ("any talks"),
    # "passive" (agentless), "bare" (no subject at all)
    doer: str
    unit: int
    paragraph: int
    before: bool = False  # told as earlier than the news ("had been shot")


def telling(head: "Token", actor_heads: Sequence["Token"]) -> str:
    """How a trigger's clause tells its doer (see `Telling`)."""
    if actor_heads:
        return "named"
    if head.pos_ in ("NOUN", "PROPN"):
        if pronoun_named(head):
            return "copula"  # "It is a release": the act the pronoun stands for
        any_one = any(c.dep_ == "det" and c.lower_ == "any" for c in head.children)
        return "generic" if any_one else "noun"  # "before any talks can take place"
    if _in_another_act(head):
        return "noun"  # "killed in airstrikes": that act's doer or nobody
    return "passive" if passive(head) else "bare"


def _in_another_act(verb: "Token") -> bool:
    """Whether a harm is told as happening in an act named afresh ("killed in airstrikes", "in a
    raid"), not in the happening told before ("injured in the attack")."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"):
        for noun in (c for c in prep.children if c.dep_ == "pobj"):
            rows = load_lexicon().get((noun.lemma_.lower(), "N"), ())
            if any(row.type in VIOLENT for row in rows) and not any(
                    c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "that")
                    for c in noun.children):
                return True
    return False


def _continued_doer(event: Event, events: Sequence[Event], where: Telling,
                    tellings: Mapping[int, Telling]) -> tuple[str, ...]:
    """The doer of the same kind of act told just before, in the same paragraph."""
    before = [e for e in events if e.type == event.type and e.actors and
              e.trigger_start < event.trigger_start and (at := tellings.get(e.trigger_start))
              is not None and at.paragraph == where.paragraph and
              where.unit - at.unit <= CONTINUATION_UNITS]
    return max(before, key=lambda e: e.trigger_start).actors if before else ()


def _same_happening_doer(event: Event, events: Sequence[Event]) -> tuple[str, ...]:
    """The doer of an earlier act of the same type told for the same day and place: one
    happening ("North Korea's test ... at Sunan" ... "the missile was launched from Sunan")."""
    if event.place is None or event.date is None or len(event.date) < 10:
        return ()
    before = [e for e in events if e.type == event.type and e.actors and e.place == event.place
              and e.date == event.date and e.trigger_start < event.trigger_start]
    return before[0].actors if before else ()


def _indefinite(name: str, entities: Sequence[EntityMention]) -> bool:
    """A nameless singular person introduced: "a 16-year-old girl", "an Orbex engineer"."""
    word = _head_word(name)
    return name.lower().startswith(("a ", "an ")) and not any(
        m.canonical == name for m in entities) and (
            word in PEOPLE or word in ROLE_WORDS or (len(word) > 5 and word.endswith(
                ("man", "woman", "ist", "er"))))


def identities(events: Sequence[Event], entities: Sequence[EntityMention]) -> dict[str, str]:
    """Delayed identification: the person a lead introduces without a name ("Peru indicted a
    16-year-old girl") is the named person a later act of the same kind has in the same role
    ("Peru has held Ana Lim since ...")."""
    people = {m.canonical for m in entities if m.type == "PERSON"}
    out: dict[str, str] = {}
    for first, later in ((a, b) for a in events for b in events
                         if a.type == b.type and a.trigger_start < b.trigger_start):
        for ours, theirs in ((first.actors, later.actors), (first.targets, later.targets)):
            nameless = [n for n in ours if _indefinite(n, entities)]
            # a role word the NER took for a name ("Gunman attacked") identifies nobody
            names = [n for n in theirs if n in people and _head_word(n) not in DESCRIPTION_HEADS]
            if len(nameless) == 1 and len(names) == 1 and nameless[0] not in out:
                out[nameless[0]] = names[0]
    return out


def with_implicit_actors(events: Sequence[Event], doc: "Doc", entities: Sequence[EntityMention],
                         published: dt.date | None = None,
                         tellings: Mapping[int, Telling] | None = None) -> list[Event]:
    """Events with the doers their clauses leave unsaid filled in (`tellings` by trigger offset)."""
    tellings = tellings or {}
    known = identities(events, entities)
    events = [dataclasses.replace(e, actors=tuple(dict.fromkeys(known.get(a, a)
                                                                for a in e.actors)),
                                  targets=tuple(dict.fromkeys(known.get(t, t)
                                                              for t in e.targets)))
              if known else e for e in events]
    named = named_perpetrators(doc, entities)
    violent = [e for e in events if e.type in VIOLENT and e.mode in REAL_MODES]
    out: list[Event] = []
    for event in events:
        actors = event.actors
        where = tellings.get(event.trigger_start, Telling("bare", 0, 0))
        if event.mode in REAL_MODES and event.type in VIOLENT:
            if len(named) == 1 and _news(event, published) and actors and all(
                    _description(a, entities) for a in actors):
                actors = (named[0],)  # "a local man rammed the crowd": the named attacker
            elif not actors and where.doer in ("passive", "bare") and not where.before:
                actors = _violent_doer(event, violent, named, published)
            elif not actors and not event.targets and where.doer == "noun" and \
                    definite_noun(doc, event):  # doers already filled in count: `out`
                actors = referred_doer(event, out, any_word=True)
        elif event.mode in REAL_MODES and event.type == "COERCE" and not actors and \
                where.doer not in ("named", "generic"):
            actors = _coercer(event, events)
        elif event.type == "INVESTIGATE" and not actors and _authority(event.attribution) and \
                where.doer != "generic":  # "after a long inquiry, according to police"
            actors = (event.attribution or "",)
        elif not actors and where.doer == "passive":
            actors = _continued_doer(event, events, where, tellings) or \
                _same_happening_doer(event, events)
        elif not actors and not event.targets and definite_noun(doc, event):
            actors = referred_doer(event, out)
        elif not actors and not event.targets and where.doer == "copula":
            actors, targets = told_parties(event, out)  # "It is a release": the freeing told
            event = dataclasses.replace(event, targets=targets)
        out.append(dataclasses.replace(event, actors=actors) if actors != event.actors
                   else event)
    return out
