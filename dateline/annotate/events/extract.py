"""Events: who did what to whom, where and when, typed to PLOVER (see docs/ontology.md).

This module builds each trigger's event from its own clause: which words are triggers is
decided in `triggers` (lexicon rows and their `conditions`), actors and targets in `arguments`
and `parties`, the place in `where` (and `happening` for a neighbouring mention), the mode in
`modes`, the date in `timing` (own clause) and `dates` (context, publication). Speech verbs
(say, tell) are not events, though DEMAND / DISAPPROVE / THREATEN verbs are.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import TYPE_CHECKING, Collection, Sequence

from ...model import EntityMention, Event, Place, Quote, Timex
from ..lexicon.reporting import SPEAKING_DOCUMENTS
from ..syntax import document_author, is_pronoun, name_for
from .heads import argument_heads
from .reference import SPEAKER_WORDS, person_like, post_signer, resolve, speaker_party
from .dates import DatingContext, page_stamp, with_context_dates
from .modes import Modality, governing_verb, modality
from .ontology import Trigger, acled_type
from .parties import PLACE_TYPES, party_names
from .offsets import offset_date
from .clause import PERSON_PRONOUNS
from .timing import (before_news, clause_date, historical_present, past_perfect,
                     with_news_dates, with_news_day)
from .report_kinds import report_kinds
from .triggers import confirmed_senses, event_head, sentence_triggers
from .trig_anaphoric import story_act, told_back
from .trig_senses import generic_you, under_way
from .units import paragraph_numbers, sentence_units
from .confidence import confident, heading_fragment
from .happening import with_context_places, with_story_places
from .implicit import Telling, telling, with_implicit_actors
from .retelling import counted, retold, same_act_key, standing_stance, told_again_key
from .reactions import with_reacted_targets
from .targets import undergoer
from .territory import with_own_territories
from .where import event_place
from ..syntax import text_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# Acts done by saying: reported in indirect speech, the saying is the event (GUIDELINES).
SPEECH_ACT_TYPES = frozenset({"AGREE", "DEMAND", "DISAPPROVE", "REJECT", "SUPPORT", "THREATEN"})
PARTY_POS = frozenset({"NOUN", "PROPN", "PRON", "NUM", "X"})


def _place(sent: "Span", trigger: "Token", type_: str, places: Sequence[Place]) -> str | None:
    if places:
        return event_place(trigger, type_, places)
    # No place component output: fall back to spaCy places in a locative phrase of the clause.
    for ent in sent.ents:
        if ent.label_ in ("GPE", "LOC", "FAC") and ent.root.dep_ == "pobj" and \
                ent.root.head.lower_ in ("in", "near", "outside", "at", "into", "to", "around"):
            return ent.text
    return None


def _in_unit(heads: Sequence["Token"], unit: "Span") -> list["Token"]:
    """The heads inside the sentence; a head the parse found in a caption line before it gives
    way to its apposition inside ("Ann Lee/AP\nAn Israeli court indicted")."""
    out = []
    for head in heads:
        if unit.start <= head.i < unit.end:
            out.append(head)
        else:
            out.extend(c for c in head.children if c.dep_ == "appos" and
                       unit.start <= c.i < unit.end)
    return out


def _voice(mood: Modality, token: "Token", type_: str, quotes: Sequence[Quote],
           entities: Sequence[EntityMention]) -> tuple[str, str | None]:
    """(mode, attribution). An event told inside a quotation is its speaker's claim (a quoted
    phrase with no speaker is a title or a scare quote, not speech; a quoted noun phrase whose
    clause is narrated outside the quote, "made a 'best and final offer'", is the narrator's);
    a speech act reported in indirect speech ("the ministry said it opposed the plan") is
    itself the happening, so it is asserted, though one told "according to" a third party
    ("according to rescuers, the operator offered refunds") is that party's claim. Only a claim
    carries an attribution."""
    quote = _quote_of(token, quotes)
    if quote is not None and mood.mode in ("asserted", "claimed"):
        return "claimed", quote.speaker
    if mood.mode != "claimed":
        return mood.mode, None
    if type_ in SPEECH_ACT_TYPES and not _according_to(mood.attributor):
        return "asserted", None
    name, _ = name_for(mood.attributor, entities) if mood.attributor is not None else (None, None)
    return "claimed", name


def _according_to(source: "Token | None") -> bool:
    """Whether the source is the object of "according to": a third party's account."""
    return source is not None and source.head.lower_ == "to" and \
        source.head.head.lower_ == "according"


def _quote_of(token: "Token", quotes: Sequence[Quote]) -> Quote | None:
    """The quotation with a speaker that holds the trigger's clause (a noun's verb included)."""
    quote = next((q for q in quotes if q.start <= token.idx < q.end and q.speaker), None)
    if quote is None or token.pos_ not in ("NOUN", "PROPN"):
        return quote
    verb = governing_verb(token)
    return quote if verb is token or quote.start <= verb.idx < quote.end else None


def _antecedent(pronoun: "Token", attributor: "Token | None",
                entities: Sequence[EntityMention]) -> "Token":
    """What an actor pronoun stands for: the reporter before it, unless a nearer subject."""
    found = resolve(pronoun, entities)
    if attributor is None or is_pronoun(attributor) or attributor.i > pronoun.i or (
            found is not pronoun and found.i > attributor.i):
        return found  # a trailing "..., the paper reported" is no antecedent
    return attributor


def _event(sent: "Span", token: "Token", trigger: Trigger, entities: Sequence[EntityMention],
           places: Sequence[Place], timexes: Sequence[Timex],
           quotes: Sequence[Quote] = (), events: Collection[int] = (),
           published: dt.date | None = None) -> tuple[Event, str]:
    """The trigger's event, dated from its own sentence, and how its clause tells the doer."""
    head = event_head(token)  # "a shooting incident": the incident's phrase tells the shooting
    actor_heads, target_heads = argument_heads(head, trigger.type, trigger.second)
    # the parse may run over a line break into a caption: arguments stay in the sentence
    actor_heads = _in_unit(actor_heads, sent)
    target_heads = _in_unit(target_heads, sent)
    mood = modality(head)
    mode, attribution = _voice(mood, token, trigger.type, quotes, entities)
    quote = _quote_of(token, quotes)
    resolved: list[Token] = []
    spoken: list[str] = []
    for actor in actor_heads:
        signer = post_signer(actor, entities) if actor.lower_ in SPEAKER_WORDS else None
        if quote is not None and actor.lower_ in SPEAKER_WORDS:  # "'We apologise,' she said"
            spoken.append(speaker_party(actor, quote.speaker or "", entities))
        elif signer:  # "I welcome the news. - Ann Lee (@annlee)"
            spoken.append(signer)
        elif is_pronoun(actor):
            resolved.append(_antecedent(actor, mood.attributor, entities))
        elif actor.lemma_.lower() in SPEAKING_DOCUMENTS and actor.pos_ == "NOUN" and \
                (author := document_author(actor)) is not None:
            resolved.append(author)  # "the statement did not threaten": its author
        elif actor.pos_ in PARTY_POS or actor.ent_type_ in ("NORP", "GPE") or \
                person_like(actor):
            resolved.append(actor)  # a verb or adjective is a parse gone wrong, but "Russian"
            # or "a 16-year-old"
    # "He is sentenced to life": the one a passive's pronoun subject stands for undergoes it;
    # an object pronoun too ("Dorn held Ann Lee after arresting her"), unless it would take
    # back the clause's own doer ("officers shot him" is never the officers); so does the
    # possessor of an act done to a person ("the court extended her remand")
    target_heads = [undergoer(t, resolved, entities) if t.lower_ in PERSON_PRONOUNS and (
        quote is None or t.dep_ != "nsubjpass") and t.dep_ != "poss" or (
        t.dep_ == "poss" and t.lower_ in ("her", "his")) else t
        for t in target_heads]
    date = offset_date(sent, head, timexes, events, published) or \
        clause_date(sent, head, timexes, events, published)
    return Event(start=sent.start_char, end=sent.end_char, type=trigger.type, trigger=token.text,
                 trigger_start=token.idx, trigger_end=token.idx + len(token.text),
                 actors=tuple(dict.fromkeys((*spoken, *party_names(resolved, entities,
                                                                       places)))),
                 targets=party_names(target_heads, entities, places,
                                     as_government=trigger.type not in PLACE_TYPES),
                 place=_place(sent, head, trigger.type, places), date=date,
                 date_precision="timex" if date else None,
                 mode=mode, attribution=attribution,
                 acled_type=acled_type(trigger.type, trigger.acled)), telling(head, actor_heads)


def _shared_parties(event: Event, token: "Token", triggers: dict[int, Event]) -> Event:
    """A nominal conjunct with no party of its own shares its first conjunct's: "Norland faces
    inquiries and lawsuits" (the verb's parties are both acts')."""
    first = triggers.get(token.head.i) if token.dep_ == "conj" else None
    if first is None or event.actors or event.targets or token.pos_ not in ("NOUN", "PROPN"):
        return event
    return dataclasses.replace(event, actors=first.actors, targets=first.targets)


def _new_place(event: Event, before: Sequence[Event] | None) -> bool:
    """Whether a nominal act is placed where no earlier telling of it was ("a shooting in Oslo
    and a shooting in Lima"): a new happening, not the first one told again."""
    return event.place is not None and bool(before) and \
        all(e.place is not None and e.place != event.place for e in before or ())


def _headline(unit: "Span") -> bool:
    """A first line without a closing stop: a headline, which the lead tells again in full."""
    return not unit.text.rstrip().endswith((".", "!", "?", '"', "\u201d", "'"))


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
    text = text_of(doc)
    timexes = [t for t in timexes if not page_stamp(text, t)]
    units = sentence_units(doc)
    figurative, markets = report_kinds(doc)
    senses = confirmed_senses(doc)
    dated: list[tuple[int, str, Event]] = []
    triggers: dict[int, Event] = {}
    nominal_seen: set[tuple[object, ...]] = set()
    earlier: set[int] = set()
    several: set[int] = set()
    present: set[int] = set()
    narrating: set[int] = set()
    paragraphs = paragraph_numbers(doc, units)
    tellings: dict[int, Telling] = {}
    acts_told: dict[tuple[str, str], list[Event]] = {}
    for index, sent in enumerate(units):
        sentence_seen: set[tuple[object, ...]] = set()
        found = [(token, row) for token, row in told_back(sent, story_act(
                     e for _, _, e in dated), sentence_triggers(
                     sent, sports=figurative, markets=markets, senses=senses))
                 if not heading_fragment(sent, token)]
        indices = {token.i for token, _ in found}
        for token, row in found:
            event, told = _event(sent, token, row, entities, places, timexes, quotes, indices,
                                 published)
            lemma = token.lemma_.lower()
            event = _shared_parties(event, token, triggers)
            if standing_stance(token, event) or generic_you(token, quotes):
                continue  # "you can't blame her": the narrator's generic reader does nothing
            # "a shooting in Oslo and a shooting in Lima": two places are two acts
            key = (*same_act_key(event, token), event.place)
            nominal = token.pos_ in ("NOUN", "PROPN")
            undated = event.date_precision != "timex"
            earlier_acts = acts_told.get((lemma, event.type))
            if key in sentence_seen or (nominal and not _new_place(event, earlier_acts) and
                                        not under_way(token) and (
                    told_again_key(event, token, undated) in nominal_seen or (
                        undated and not counted(token) and retold(event, earlier_acts)))):
                continue  # a clause that says the act goes on tells it again: no fold
            if not (index == 0 and _headline(sent)):
                acts_told.setdefault((lemma, event.type), []).append(event)
            sentence_seen.add(key)
            if nominal and not (index == 0 and _headline(sent)):
                # the lead retells a headline
                nominal_seen |= {told_again_key(event, token), told_again_key(event, token, True)}
            dated.append((index, lemma, event))
            triggers[token.i] = event
            before = before_news(token)
            # in reported speech too, "her cousin had been shot" is before what it explains
            tellings[token.idx] = Telling(told, index, paragraphs[index],
                                          before or past_perfect(token))
            if before:
                earlier.add(token.idx)
            if nominal and counted(token):
                several.add(token.idx)  # "a series of attacks": many happenings, many places
            if event.mode == "asserted" and historical_present(token):
                # a paragraph that narrates the past in the present: an earlier present-tense
                # event of it dated by its own clause ("A gunman opens fire ... in June 2029")
                if event.date_precision == "timex" and published is not None and \
                        (event.date or "") < published.isoformat()[:7]:
                    narrating.add(paragraphs[index])
                elif paragraphs[index] in narrating:
                    present.add(token.idx)

    # "Japan condemned the test": aimed at whoever did the test told before
    dated = with_reacted_targets(doc, dated, {e.trigger_start: i for i, e in triggers.items()})
    context = DatingContext(doc, text, units, paragraphs, timexes, entities, places,
                            triggers, published)
    events = with_context_dates(context, with_context_places(dated, paragraphs, earlier, several),
                                earlier, present)
    events = with_story_places(with_news_day(with_news_dates(events, published), published),
                               earlier, several)
    events = with_own_territories(events, doc, places)  # last: a state's measure lends no place
    return confident(with_implicit_actors(events, doc, entities, published, tellings), tellings)
