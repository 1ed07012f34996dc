"""The parts of a trigger's clause that the lexicon's conditions and senses read: what it acts
on (`objects`), who does it (`agent_of`, `noun_agent`), whether a word names people
(`person_like`) or armed forces (MILITARY), and an infinitive complement.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..syntax import rooted_on_subject, subject_of
from .cues import ADJUNCT_PREPS

if TYPE_CHECKING:
    from spacy.tokens import Token


MILITARY = frozenset({
    "troop", "troops", "force", "forces", "army", "soldier", "soldiers", "military", "tank",
    "tanks", "vehicle", "vehicles", "unit", "units", "infantry", "paratrooper", "paratroopers",
    "column", "columns", "convoy", "marine", "marines", "fighter", "fighters", "militant",
    "militants", "rebel", "rebels", "separatist", "separatists", "saboteur", "saboteurs",
    "militia", "militiaman", "militiamen", "battalion", "brigade", "enemy", "jet", "jets",
    "warship", "warships", "aircraft", "helicopter", "helicopters", "artillery", "navy",
})


# Armed forces of a state or an armed group fighting one: their violence is conventional force.
STATE_FORCES = MILITARY - frozenset({"militant", "militants", "saboteur", "saboteurs",
                                     "vehicle", "vehicles"})


# Nouns for people: objects that make "release", "free", "hold" acts on persons.
PEOPLE = frozenset({
    "people", "person", "man", "men", "woman", "women", "child", "children", "girl", "girls",
    "boy", "boys", "prisoner", "prisoners", "hostage", "hostages", "captive", "captives",
    "detainee", "detainees", "journalist", "journalists", "activist", "activists", "civilian",
    "civilians", "student", "students", "schoolgirl", "schoolgirls", "teenager", "teenagers",
    "suspect", "suspects", "member", "members", "worker", "workers", "national", "nationals",
    "citizen", "citizens", "dissident", "dissidents", "opponent", "opponents", "leader",
    "official", "officials", "soldier", "soldiers", "protester", "protesters", "passenger",
    "passengers", "tourist", "tourists", "resident", "residents", "villager", "villagers",
    "defendant", "defendants", "inmate", "inmates", "convict", "convicts", "crowd", "crowds",
    "pedestrian", "pedestrians", "reveller", "revellers", "reveler", "revelers", "shopper",
    "shoppers", "worshipper", "worshippers", "worshiper", "worshipers", "bystander",
    "bystanders", "onlooker", "onlookers", "spectator", "spectators", "marcher", "marchers",
    "parent", "parents",
})


PERSON_PRONOUNS = frozenset({"him", "her", "them", "he", "she", "they"})


REFLEXIVES = frozenset({"himself", "herself", "themselves", "itself", "myself", "ourselves"})


HARM_LEMMAS = frozenset({"kill", "injure", "wound", "hurt", "die", "destroy"})


def objects(token: "Token") -> list["Token"]:
    """Objects of a trigger: direct, passive subject, attribute, and prepositional objects;
    the noun a passive participle modifies ("the hotline, cut by Pyongyang")."""
    out = [token.head] if token.dep_ == "acl" and token.tag_ == "VBN" and \
        rooted_on_subject(token) is None else []
    for child in token.children:
        if child.dep_ in ("dobj", "attr", "nsubjpass", "oprd", "dative", "pobj"):
            out.append(child)
        elif child.dep_ in ("prep", "dative", "prt") and child.lower_ not in ADJUNCT_PREPS:
            # a particle with an object is a preposition misread: "kicked off a plane"
            # not "after one of them", nor the doer of a passive ("released by the general")
            out.extend(c for c in child.children if c.dep_ == "pobj")
    if token.pos_ == "VERB" and not any(c.dep_ == "dobj" for c in token.children):
        # an object the next coordinated verb shares: "shoot and share photos"
        out.extend(o for conj in token.children if conj.dep_ == "conj" and conj.pos_ == "VERB"
                   for o in conj.children if o.dep_ == "dobj")
    return out


def agent_of(verb: "Token") -> "Token | None":
    """Who does the act: the active subject or the passive "by" agent, if stated."""
    subj = subject_of(verb)
    if subj is not None and subj.dep_ != "nsubjpass":
        return subj
    return next((c for agent in verb.children if agent.dep_ == "agent"
                 for c in agent.children if c.dep_ == "pobj"), None)


def noun_agent(noun: "Token") -> "Token | None":
    """The agent of a nominal trigger: possessor, nationality or name modifier, "by" object, or
    the subject of the light verb it is the object of ("Russia launched an attack")."""
    for child in noun.children:
        if child.dep_ == "poss" or (child.dep_ in ("amod", "compound") and
                                    child.ent_type_ in ("NORP", "ORG", "GPE", "PERSON")):
            return child
        if child.dep_ == "prep" and child.lower_ == "by":
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
    if noun.dep_ in ("dobj", "attr") and noun.head.pos_ in ("VERB", "AUX"):
        return subject_of(noun.head)
    return None


def person_like(token: "Token") -> bool:
    return token.ent_type_ in ("PERSON", "NORP") or token.lower_ in PERSON_PRONOUNS or \
        token.lemma_.lower() in PEOPLE or token.lower_ in PEOPLE or (
            token.like_num or token.ent_type_ == "CARDINAL") and any(
                c.dep_ == "prep" and c.lower_ == "of" for c in token.children)


def relative_antecedent(obj: "Token") -> "Token":
    """"the assault in which 77 people died": the relative pronoun stands for its noun."""
    clause = obj.head.head if obj.head.dep_ == "prep" else obj.head
    if obj.lower_ in ("which", "whom", "that") and clause.dep_ == "relcl":
        return clause.head
    return obj


PARTS = frozenset({"part", "parts", "some", "all", "most", "half", "much", "rest", "many",
                    "each"})


def has_infinitive(token: "Token") -> bool:
    """An act the trigger is about: "calls to halt", "calls for restraint" (an infinitive
    the parser hung on the verb right after its object counts too)."""
    children = list(token.children)
    if token.dep_ == "dobj":
        children += [c for c in token.head.children if c.dep_ == "xcomp" and c.i > token.i]
    # an infinitive is never a relative clause: "calls to halt" parsed as one still calls;
    # after an object the parse may read it as a purpose ("pressed the rebels to free them")
    told = any(c.dep_ == "dobj" for c in children)
    return any((c.dep_ in ("acl", "xcomp", "relcl") or c.dep_ == "advcl" and told) and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in c.children) or
               (c.dep_ == "prep" and c.lower_ == "for") for c in children)
