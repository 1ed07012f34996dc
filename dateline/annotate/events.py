"""Events: who did what to whom, where and when, typed to PLOVER (see docs/ontology.md).

A trigger is a verb, noun or adjective from the lexicon (dateline/data/plover_triggers.tsv).
Actors come from the subject (or the passive agent, or a noun's possessor / nationality
adjective, or the subject of a light verb: "Russia launched an invasion"); targets from the object
and the objects of "on / against / into / at / with". One event per trigger; speech verbs
(say, tell) are not events, though DEMAND / DISAPPROVE / THREATEN verbs are.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Mapping, Sequence

from ..model import EntityMention, Event, Place, Quote, Timex
from .event_args import (antecedent, is_pronoun, name_for, names, occurs, own_anchor,
                         subject_of, with_conjuncts)
from .event_modes import Modality, modality
from .ontology import Trigger, acled_type, load_lexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

MILITARY = frozenset({
    "troop", "troops", "force", "forces", "army", "soldier", "soldiers", "military", "tank",
    "tanks", "vehicle", "vehicles", "unit", "units", "infantry", "paratrooper", "paratroopers",
    "column", "columns", "convoy", "marine", "marines", "fighter", "fighters", "militant",
    "militants", "rebel", "rebels", "separatist", "separatists", "saboteur", "saboteurs",
    "militia", "militiaman", "militiamen", "battalion", "brigade", "enemy", "jet", "jets",
    "warship", "warships", "aircraft", "helicopter", "helicopters", "artillery", "navy",
})
TARGET_PREPS = frozenset({"on", "against", "into", "at", "with", "to", "upon"})
NOUN_TARGET_PREPS = frozenset({"of", "on", "against", "into", "with", "upon", "to"})
ACTOR_LABELS = frozenset({"NORP", "GPE", "ORG", "PERSON"})
_POS_KEYS = {"VERB": "V", "NOUN": "N", "PROPN": "N", "ADJ": "A"}
_SKIP_DEPS = frozenset({"amod", "compound", "nmod"})
_DATE_VALUE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?|-W\d{2})?")


def _objects(token: "Token") -> list["Token"]:
    out = []
    for child in token.children:
        if child.dep_ in ("dobj", "attr", "nsubjpass", "oprd", "dative", "pobj"):
            out.append(child)
        elif child.dep_ in ("prep", "agent", "dative"):
            out.extend(c for c in child.children if c.dep_ == "pobj")
    return out


def _agent_of(verb: "Token") -> "Token | None":
    """Who does the act: the active subject or the passive "by" agent, if stated."""
    subj = subject_of(verb)
    if subj is not None and subj.dep_ != "nsubjpass":
        return subj
    return next((c for agent in verb.children if agent.dep_ == "agent"
                 for c in agent.children if c.dep_ == "pobj"), None)


def _is_threat(verb: "Token") -> bool:
    """"warned Kyiv", "warned of consequences", "warned that we would respond": a threat;
    "warned that troops had advanced" is a report and "warned that refugees could flee" a
    forecast, neither an event."""
    if any(c.dep_ in ("dobj", "dative") or (c.dep_ == "prep" and c.lower_ in ("of", "against"))
           for c in verb.children):
        return True
    warner = subject_of(verb)
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        subj = subject_of(clause)
        future = any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "shall", "wo")
                     for c in clause.children)
        same = subj is not None and warner is not None and (
            subj.lower_ in ("we", "i") or (is_pronoun(subj) and not is_pronoun(warner)) or
            subj.lemma_.lower() == warner.lemma_.lower())
        if future and same:
            return True
    return False


def _condition_holds(token: "Token", trigger: Trigger) -> bool:
    if trigger.second is not None:
        if not any(c.lower_ == trigger.second or c.lemma_.lower() == trigger.second
                   for c in token.children):
            return False
    if trigger.pos == "A" and not any(c.dep_ == "xcomp" or (c.dep_ == "prep" and
                                                          c.lower_ == "for")
                                      for c in token.children):
        return False
    if trigger.condition is None:
        return True
    key, values = trigger.condition
    if key in ("obj", "notobj"):
        lemmas = {t.lemma_.lower() for t in _objects(token)} | {t.lower_ for t in _objects(token)}
        hit = bool(lemmas & values) or ("mil" in values and bool(lemmas & MILITARY))
        return hit if key == "obj" else not hit
    if key == "mod":
        return any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in values
                   for c in token.children)
    if key == "notprep":
        return not any(c.dep_ == "prep" and c.lower_ in values for c in token.children)
    if key == "prep":
        return any(c.dep_ in ("prep", "agent") and c.lower_ in values for c in token.children)
    if key == "hasobj":
        return any(c.dep_ == "dobj" for c in token.children) and \
            not any(c.dep_ == "prt" for c in token.children)
    if key == "threat":
        return _is_threat(token)
    if key == "notsubj":
        giver = _agent_of(token)
        return giver is not None and giver.lemma_.lower() not in values and \
            giver.lower_ not in values
    if key == "subj":
        subj = subject_of(token)
        if subj is None:
            return False
        if "conj" in values and subj.conjuncts:
            return True
        lemma = subj.lemma_.lower()
        return lemma in values or subj.lower_ in values or ("mil" in values and
                                                           (lemma in MILITARY or subj.lower_ in MILITARY))
    return False


def match_trigger(token: "Token") -> Trigger | None:
    """The lexicon row that `token` triggers in its context, if any."""
    key = _POS_KEYS.get(token.pos_)
    if key is None or token.dep_ in _SKIP_DEPS and key != "N":
        return None
    if key == "N" and token.dep_ == "compound":
        return None
    rows = load_lexicon().get((token.lemma_.lower(), key)) or load_lexicon().get(
        (token.lower_, key))
    for row in rows or ():
        if _condition_holds(token, row):
            return row
    return None


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


def _date(sent: "Span", trigger: "Token", timexes: Sequence[Timex],
          published: dt.date | None) -> tuple[str | None, str | None]:
    inside = [t for t in timexes if sent.start_char <= t.start < sent.end_char and t.value
              and t.type in ("DATE", "TIME") and _DATE_VALUE.match(t.value)]
    if inside:
        best = min(inside, key=lambda t: abs(t.start - trigger.idx))
        return (best.value or "").split("T")[0], "timex"
    if published is not None:
        return published.isoformat(), "published"
    return None, None


def _quoted_mood(mood: Modality, token: "Token", quotes: Sequence[Quote]) -> tuple[str, str | None]:
    """An event told inside a quotation is the speaker's claim, not the outlet's narration."""
    quote = next((q for q in quotes if q.start <= token.idx < q.end), None)
    if quote is None or mood.mode != "asserted":
        return mood.mode, None
    return "claimed", quote.speaker


def _event(sent: "Span", token: "Token", trigger: Trigger, entities: Sequence[EntityMention],
           places: Sequence[Place], timexes: Sequence[Timex],
           published: dt.date | None, quotes: Sequence[Quote] = ()) -> Event:
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
    date, precision = _date(sent, token, timexes, published)
    return Event(start=sent.start_char, end=sent.end_char, type=trigger.type, trigger=token.text,
                 trigger_start=token.idx, trigger_end=token.idx + len(token.text),
                 actors=names(resolved, entities),
                 targets=tuple(t for t in names(target_heads, entities)),
                 place=_place(sent, token, places), date=date, date_precision=precision,
                 mode=mode, attribution=attribution or quoted_by,
                 acled_type=acled_type(trigger.type, trigger.acled))


# Types of acts about another event: "called for a ceasefire", "agreed to a truce". The event
# they govern is not reported on its own, even with a place or date of its own.
INTENT_TYPES = frozenset({"DEMAND", "AGREE", "THREATEN", "REJECT", "CONCEDE"})


def _trigger_ancestor(token: "Token", kept: Mapping[int, Trigger]) -> Trigger | None:
    """The trigger whose argument a noun sits in, within its clause ("called for a ceasefire",
    "promised new sanctions", "ready for talks", "an offer of dialogue")."""
    current = token
    for _ in range(6):
        if current.head == current:
            return None
        current = current.head
        if current.i in kept:
            return kept[current.i]
        if current.pos_ in ("VERB", "AUX"):
            return None
    return None


def _nominal_kept(token: "Token", kept: Mapping[int, Trigger]) -> bool:
    """A nominal trigger is an event only when it is said to happen or has its own agent, time
    or place; "the invasion of Ukraine" as a topic, or a noun inside another trigger's
    argument, is not one."""
    governor = _trigger_ancestor(token, kept)
    if governor is not None:
        return governor.type not in INTENT_TYPES and own_anchor(token, agent=False)
    return occurs(token) or own_anchor(token)


def _one_per_clause(found: list[tuple["Token", Trigger]]) -> list[tuple["Token", Trigger]]:
    """"urged them to surrender", "threatened to invade", "refused to withdraw" are one event
    each (DEMAND, THREATEN, REJECT): the complement is dropped. An AGREE governor keeps its
    complement as a planned event ("agreed to send troops": AGREE and MOBILIZE, planned), since
    the committed act is what an analyst follows and PLOVER codes the commitment."""
    rows = {tok.i: row for tok, row in found}
    dropped: set[int] = set()
    for tok, _ in found:
        if tok.dep_ == "xcomp" and tok.head.i in rows and rows[tok.head.i].type != "AGREE":
            dropped.add(tok.i)
    return [(tok, row) for tok, row in found if tok.i not in dropped]


def _sentence_triggers(sent: "Span") -> list[tuple["Token", Trigger]]:
    """Triggers of one sentence: verbs first, then nominals that pass _nominal_kept."""
    found = [(tok, row) for tok in sent if (row := match_trigger(tok)) is not None]
    verbs = {tok.i: row for tok, row in found if tok.pos_ not in ("NOUN", "PROPN")}
    kept = [(tok, row) for tok, row in found if tok.i in verbs]
    for tok, row in found:
        if tok.i in verbs:
            continue
        earlier = {t.i: r for t, r in kept if t.i < tok.i and t.pos_ in ("NOUN", "PROPN")}
        if _nominal_kept(tok, {**verbs, **earlier}):
            kept.append((tok, row))
    return _one_per_clause(sorted(kept, key=lambda pair: pair[0].i))


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
    `quotes` defaults to find_quotes(doc, entities): events inside a quotation are claims.
    """
    if quotes is None:
        from .quotes import find_quotes

        quotes = find_quotes(doc, entities)
    events: list[Event] = []
    nominal_seen: set[tuple[object, ...]] = set()
    for sent in doc.sents:
        sentence_seen: set[tuple[object, ...]] = set()
        for token, row in _sentence_triggers(sent):
            event = _event(sent, token, row, entities, places, timexes, published, quotes)
            key = _key(event, token.lemma_.lower())
            nominal = token.pos_ in ("NOUN", "PROPN")
            if key in sentence_seen or (nominal and _nominal_key(event, key[0]) in nominal_seen):
                continue
            sentence_seen.add(key)
            if nominal:
                nominal_seen.add(_nominal_key(event, key[0]))
            events.append(event)
    return events
