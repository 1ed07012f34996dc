"""The actor and target heads of a verbal trigger: its clause's roles (arguments.py) plus its
objects and the parties of its "against / on / at / to / with / into / upon" phrases, and the
doer of a harm told without one ("killed in a shootout with police")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..figures.lexicon import MEASURE_NOUNS
from .accidents import weaponised
from .agents_recovered import sequel_doers, speakers_own
from .args_measures import aimed_by_participle, deep_aimed
from .arguments import (AMOUNT_LABELS, UNDERGO_HARM, VIOLENT_TYPES, actor_like, agents,
                        is_party, own_subject, passive, roles_of_clause)
from .nominal_arguments import noun_arguments
from .ontology import load_lexicon, names_an_event
from .reference import group_like
from .support_verbs import SUPPORT_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Token

# Prepositions whose object is the one acted on whatever it is; the others only for a party.
TARGET_PREPS = frozenset({"against"})
PARTY_PREPS = frozenset({"on", "at", "to", "with", "into", "upon"})
BODY_PREPS = frozenset({"on", "to", "with", "upon"})


def verb_arguments(verb: "Token", second: str | None) -> tuple[list["Token"], list["Token"]]:
    """(actor heads, target heads) of a verbal trigger; who dies is a target."""
    actors, targets = roles_of_clause(verb)
    if verb.lemma_.lower() in UNDERGO_HARM:
        actors, targets = [], targets + actors
    for child in verb.children:
        if child.dep_ in ("dobj", "dative") and child.pos_ != "ADP" and \
                child.lower_ != second and child.lemma_.lower() != second and \
                not amount(child) and not _summary_apposition(child):
            targets.append(child)
        elif child.dep_ in ("prep", "dative"):
            lower = child.lower_
            pobjs = [c for c in child.children if c.dep_ == "pobj"] or _clause_subjects(child)
            if lower in TARGET_PREPS:
                targets.extend(pobjs)
            elif lower in PARTY_PREPS and not (lower in ("on", "at") and _party_object(verb)):
                # a body too where nothing is placed: "imposed on firms", not "at the bank";
                # with a party as object, "on / at" tells where ("thanked police on Twitter")
                targets.extend(p for p in pobjs if is_party(p) or (
                    lower in BODY_PREPS and group_like(p)))
    # an act the verb carries out is aimed where that act is: "enforced the sanctions
    # against Dorn" targets Dorn; so is a measure a light verb takes ("took action against")
    for obj in [c for c in verb.children if c.dep_ == "dobj" and (
            names_an_event(c) or verb.lemma_.lower() in SUPPORT_VERBS)]:
        targets.extend(p for prep in obj.children if prep.dep_ == "prep" and
                       prep.lower_ in ("against", "on")
                       for p in prep.children if p.dep_ == "pobj" and (
                           is_party(p) or prep.lower_ in TARGET_PREPS))
    if not _violent(verb):  # a measure aimed deep in its object, or by "targeting"
        targets.extend(p for p in deep_aimed(verb) if is_party(p) and p not in targets)
        targets.extend(p for p in aimed_by_participle(verb) if p not in targets)
    # what is thrown or fired "at" someone is the instrument, and whom it is aimed at the
    # target ("threw stones at troops", "fired shots at the police")
    for obj in [c for c in verb.children if c.dep_ == "dobj" and not is_party(c)]:
        aimed = [p for prep in (*verb.children, *obj.children)
                 if prep.dep_ == "prep" and prep.lower_ == "at"
                 for p in prep.children if p.dep_ == "pobj" and actor_like(p)]
        if aimed:
            targets = [t for t in targets if t.i != obj.i] + \
                [p for p in aimed if p not in targets]
    # a vehicle driven as a weapon: what it is driven into is hit ("crashed a truck into the
    # consulate"), the vehicle is the instrument
    hit = [p for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "into"
           for p in prep.children if p.dep_ == "pobj"]
    if hit and weaponised(verb):
        targets = [t for t in targets if t.dep_ != "dobj"] + \
            [p for p in hit if p not in targets]
    if not targets and _violent(verb):
        targets = _result_victims(verb)  # "opened fire, killing 13 people"
    if not actors and (passive(verb) or verb.lemma_.lower() in UNDERGO_HARM):
        actors = _harm_doers(verb) or (sequel_doers(verb) if passive(verb) else [])
        targets = [t for t in targets if t not in actors]
    return speakers_own(actors), targets


def _party_object(verb: "Token") -> bool:
    """Whether the verb's object is a party, or a body marked with one ("the Nigerian
    security services")."""
    return any(c.dep_ == "dobj" and (is_party(c) or group_like(c) or any(
        m.dep_ in ("amod", "compound") and m.ent_type_ in ("NORP", "GPE", "ORG")
        for m in c.children)) for c in verb.children)


def _violent(verb: "Token") -> bool:
    return any(row.type in VIOLENT_TYPES
               for row in load_lexicon().get((verb.lemma_.lower(), "V"), ()))


def _result_victims(verb: "Token") -> list["Token"]:
    """Whom a violent act with no object of its own was aimed at: the object of its purpose
    ("opened fire to disperse the crowd"), else whom the participle or the coordinated verb
    of its result harmed ("opened fire, killing 13 people", "opens fire and kills 49"):
    GUIDELINES 6 make the result part of the attack's item."""
    purpose = [obj for clause in verb.children if clause.dep_ in ("advcl", "xcomp") and
               any(a.dep_ == "aux" and a.lower_ == "to" for a in clause.children)
               for obj in clause.children if obj.dep_ == "dobj" and not amount(obj)]
    if purpose:  # "opened fire to disperse the crowd, killing one": aimed at the crowd
        return purpose
    return [obj for clause in verb.children if clause.pos_ in ("VERB", "AUX") and (
        clause.dep_ == "advcl" and clause.tag_ == "VBG" or clause.dep_ == "conj") and
        own_subject(clause) is None and _violent(clause)
        for obj in clause.children if obj.dep_ == "dobj" and not amount(obj)]


def _clause_subjects(prep: "Token") -> list["Token"]:
    """The party of a preposition the parse gave a clause instead of an object: "cooperate
    with the United States to respond" reads "the United States" as the subject of "respond"."""
    return [s for clause in prep.children if clause.dep_ == "pcomp"
            for s in clause.children if s.dep_ == "nsubj"]


def _harm_doers(verb: "Token") -> list["Token"]:
    """Who did a harm its clause tells without a doer (see the module doc)."""
    for conj in verb.children:
        if conj.dep_ == "conj" and own_subject(conj) is None and agents(conj):
            return agents(conj)
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        for noun in (c for c in prep.children if c.dep_ == "pobj"):
            rows = load_lexicon().get((noun.lemma_.lower(), "N"), ())
            if not any(row.type in VIOLENT_TYPES for row in rows):
                continue
            # the other side of a clash, its "with" hung on the noun or on the verb
            sides = [c for head in (noun, verb) for p in head.children
                     if p.dep_ == "prep" and p.lower_ == "with"
                     for c in p.children if c.dep_ == "pobj"]
            return noun_arguments(noun, "ASSAULT")[0] or sides
    return []


def amount(noun: "Token") -> bool:
    """An amount or a time rather than a party: an entity of those kinds, or a counted unit
    the tagger left unnamed ("30,000 Egyptian pounds", "50 tonnes")."""
    return noun.ent_type_ in AMOUNT_LABELS or (
        noun.lemma_.lower() in MEASURE_NOUNS and any(
            c.dep_ == "nummod" or c.like_num for c in noun.children))


def _summary_apposition(obj: "Token") -> bool:
    """A second object set off by a comma that sums up the first or the act ("condemned the
    launch, a move widely seen as a test"): the parse makes it an object; it is no target."""
    before = obj.left_edge.i - 1
    return before >= 0 and obj.doc[before].text == "," and any(
        c.dep_ == "dobj" and c.i < before for c in obj.head.children)
