"""Events: who did what to whom, where and when, typed to PLOVER (see docs/ontology.md).

A trigger is a verb, noun or adjective from the lexicon (dateline/data/plover_triggers.tsv).
Actors come from the subject (or the passive agent, or a noun's possessor / nationality
adjective, or the subject of a light verb: "Russia launched an invasion"); targets from the object
and the objects of "on / against / into / at / with". One event per trigger; speech verbs
(say, tell) are not events, though DEMAND / DISAPPROVE / THREATEN verbs are. Which words are
triggers is decided in `event_triggers`; this module builds each trigger's event.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Sequence

from ...model import EntityMention, Event, Place, Quote, Timex
from ..syntax import antecedent, is_pronoun, name_for, names, subject_of, with_conjuncts
from .dates import DatingContext, own_date, paragraph_numbers, sentence_units, with_context_dates
from .modes import Modality, modality
from .ontology import Trigger, acled_type
from .triggers import sentence_triggers, sports_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

TARGET_PREPS = frozenset({"on", "against", "into", "at", "with", "to", "upon"})
NOUN_TARGET_PREPS = frozenset({"of", "on", "against", "into", "with", "upon", "to"})
ACTOR_LABELS = frozenset({"NORP", "GPE", "ORG", "PERSON"})


def _noun_actors(token: "Token") -> list["Token"]:
    actors = [c for c in token.children
              if c.dep_ == "poss" or (c.dep_ in ("amod", "compound") and
                                      c.ent_type_ in ACTOR_LABELS)]
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ in ("by", "from", "between", "among"):
            actors.extend(c for c in prep.children if c.dep_ == "pobj")
        elif prep.dep_ == "acl":  # "sanctions levied by the West"
            actors.extend(c for agent in prep.children if agent.dep_ == "agent"
                          for c in agent.children if c.dep_ == "pobj")
    if not actors and token.dep_ in ("dobj", "attr") and token.head.pos_ in ("VERB", "AUX"):
        subj = subject_of(token.head)
        if subj is not None:
            actors.append(subj)
    return actors


def _arguments(token: "Token") -> tuple[list["Token"], list["Token"]]:
    """(actor heads, target heads) of a trigger, conjuncts included."""
    actors: list[Token] = []
    targets: list[Token] = []
    if token.pos_ in ("NOUN", "PROPN"):
        actors = _noun_actors(token)
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ in NOUN_TARGET_PREPS:
                targets.extend(c for c in prep.children if c.dep_ == "pobj")
    else:
        subj = subject_of(token)
        if subj is not None and subj.dep_ == "nsubjpass" and subj.head == token:
            targets.append(subj)
            for agent in token.children:
                if agent.dep_ == "agent":
                    actors.extend(c for c in agent.children if c.dep_ == "pobj")
        elif subj is not None:
            actors.append(subj)
        for child in token.children:
            if child.dep_ in ("dobj", "dative") and child.pos_ != "ADP":
                targets.append(child)
            elif child.dep_ in ("prep", "dative") and child.lower_ in TARGET_PREPS:
                targets.extend(c for c in child.children if c.dep_ == "pobj")
    expand = lambda heads: [t for h in heads for t in with_conjuncts(h)]  # noqa: E731
    return expand(actors), expand(targets)


def _place(sent: "Span", trigger: "Token", places: Sequence[Place]) -> str | None:
    inside = [p for p in places if sent.start_char <= p.start < sent.end_char]
    if places:
        if not inside:
            return None
        return min(inside, key=lambda p: abs(p.start - trigger.idx)).name
    # No place component output: fall back to spaCy places in a locative phrase of the clause.
    for ent in sent.ents:
        if ent.label_ in ("GPE", "LOC", "FAC") and ent.root.dep_ == "pobj" and \
                ent.root.head.lower_ in ("in", "near", "outside", "at", "into", "to", "around"):
            return ent.text
    return None


def _quoted_mood(mood: Modality, token: "Token", quotes: Sequence[Quote]) -> tuple[str, str | None]:
    """An event told inside a quotation is the speaker's claim, not the outlet's narration."""
    quote = next((q for q in quotes if q.start <= token.idx < q.end), None)
    if quote is None or mood.mode != "asserted":
        return mood.mode, None
    return "claimed", quote.speaker


def _event(sent: "Span", token: "Token", trigger: Trigger, entities: Sequence[EntityMention],
           places: Sequence[Place], timexes: Sequence[Timex],
           quotes: Sequence[Quote] = ()) -> Event:
    """The trigger's event, dated only from its own sentence (context dates come later)."""
    actor_heads, target_heads = _arguments(token)
    mood = modality(token)
    mode, quoted_by = _quoted_mood(mood, token, quotes)
    attribution, _ = name_for(mood.attributor, entities) if mood.attributor is not None else \
        (None, None)
    if attribution is None and mood.attributor is not None:
        attribution = None  # a bare pronoun reporter: left unresolved rather than guessed
    resolved = []
    for head in actor_heads:
        # "Russia's military said it had seized ...": "it" is the reporter.
        if is_pronoun(head) and mood.attributor is not None and not is_pronoun(mood.attributor):
            resolved.append(mood.attributor)
        elif is_pronoun(head):
            resolved.append(antecedent(head) or head)  # "he offered to negotiate"
        else:
            resolved.append(head)
    date = own_date(sent, token, timexes)
    return Event(start=sent.start_char, end=sent.end_char, type=trigger.type, trigger=token.text,
                 trigger_start=token.idx, trigger_end=token.idx + len(token.text),
                 actors=names(resolved, entities),
                 targets=tuple(t for t in names(target_heads, entities)),
                 place=_place(sent, token, places), date=date,
                 date_precision="timex" if date else None,
                 mode=mode, attribution=attribution or quoted_by,
                 acled_type=acled_type(trigger.type, trigger.acled))


def _key(event: Event, lemma: str) -> tuple[object, ...]:
    return (lemma, event.type, event.actors, event.targets)


def _nominal_key(event: Event, lemma: str) -> tuple[object, ...]:
    """A nominal event mentioned again ("the Russian invasion") with no date of its own."""
    dated = event.date if event.date_precision == "timex" else None
    return (lemma, event.type, event.actors, dated, event.mode)


def find_events(doc: "Doc", *, entities: Sequence[EntityMention] = (),
                places: Sequence[Place] = (), timexes: Sequence[Timex] = (),
                published: dt.date | None = None,
                quotes: Sequence[Quote] | None = None) -> list[Event]:
    """Events in the document in text order: one per trigger, repeats folded.

    A repeat is the same trigger lemma, type and participants in one sentence, or a nominal
    event ("Russia's invasion") mentioned again anywhere in the article with nothing new.
    Sentences are cut again at blank lines (a headline is its own sentence); dates follow
    `event_dates` (own sentence, else context, else publication).
    `quotes` defaults to find_quotes(doc, entities): events inside a quotation are claims.
    """
    if quotes is None:
        from ..quotes import find_quotes

        quotes = find_quotes(doc, entities)
    units = sentence_units(doc)
    figurative = sports_text(doc)
    dated: list[tuple[int, str, Event]] = []
    triggers: dict[int, Event] = {}
    nominal_seen: set[tuple[object, ...]] = set()
    for index, sent in enumerate(units):
        sentence_seen: set[tuple[object, ...]] = set()
        for token, row in sentence_triggers(sent, sports=figurative):
            event = _event(sent, token, row, entities, places, timexes, quotes)
            lemma = token.lemma_.lower()
            key = _key(event, lemma)
            nominal = token.pos_ in ("NOUN", "PROPN")
            if key in sentence_seen or (nominal and _nominal_key(event, lemma) in nominal_seen):
                continue
            sentence_seen.add(key)
            if nominal:
                nominal_seen.add(_nominal_key(event, lemma))
            dated.append((index, lemma, event))
            triggers[token.i] = event
    context = DatingContext(doc, doc.text, units, paragraph_numbers(doc, units), timexes,
                            entities, places, triggers, published)
    return with_context_dates(context, dated)
