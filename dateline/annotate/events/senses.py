"""Senses of trigger words that a lexicon row must or must not have, read from the clause:
words that attack ("attacked the pledges as 'vacuous'"), an opponent that is no party ("fight
poverty"), a win in a contest, campaigning for a candidate, violence by a state's forces or by
anyone else (`by_force`), a toll or a suicide rather than an act on others, a thing as a
passive's doer, an interview with the press (a warning that threatens is `threats`'s).
`conditions` asks these before a row holds."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon.reporting import MEDIA_NOUNS
from ..syntax import antecedent, entity_text, is_pronoun
from .clause import (HARM_LEMMAS, MILITARY, REFLEXIVES, STATE_FORCES, agent_of, noun_agent, objects,
                     person_like)
from .reference import INSTITUTIONS
from .reference import person_like as a_person
from .states import state_named
from .kinds_violence import irregular, struck_side

if TYPE_CHECKING:
    from spacy.tokens import Token

# What is said or decided: a violent verb with one of these as its object is a verbal attack
# ("attacked the government's plans", "attack Mr Blair's words").
SAID_NOUNS = frozenset({
    "word", "remark", "comment", "statement", "speech", "claim", "lie", "pledge", "promise",
    "plan", "policy", "proposal", "decision", "idea", "view", "record", "budget", "bill", "law",
    "reform", "strategy", "agenda", "manifesto", "report", "handling", "approach", "stance",
    "rhetoric", "argument", "criticism", "tweet", "article", "ruling", "pact",
    "verdict", "move", "deal", "agreement", "accord", "bargain", "compromise", "scheme",
    "programme", "program", "campaign", "practice", "model", "tactic", "conduct", "behaviour",
    "behavior",  # "attacking patent licensing practices", "attacked its business model"
})
# Violent verbs whose opponent is a party: "fight the rebels", "combat insurgents"; "fight
# poverty" is no violence. Conflict nouns as objects are violence too ("fight a war").
OPPONENT_VERBS = frozenset({"fight", "combat", "battle"})
# Forces of nature, illness and the forecasts of them: no party acts when they "threaten",
# "cooperate" or "call for" something.
NATURAL_FORCES = frozenset({
    "forecast", "forecaster",
    "weather", "storm", "hurricane", "typhoon", "cyclone", "flood", "flooding", "rain", "snow",
    "wind", "fire", "wildfire", "blaze", "drought", "heat", "heatwave", "earthquake", "quake",
    "tsunami", "virus", "disease", "pandemic", "epidemic", "outbreak", "climate", "erosion",
    "avalanche", "landslide", "tide", "ice", "cold",
})
CONFLICT_NOUNS = frozenset({"war", "battle", "insurgency", "rebellion", "uprising", "invasion",
                            "offensive", "occupation", "regime", "enemy", "junta", "group"})
# Violent verbs that also tell words ("shelled positions" never does).
VERBAL_SENSE = frozenset({"attack", "hit", "strike", "target", "fight", "assault", "savage",
                          "bash", "lash", "hammer", "batter", "blast", "slam", "torpedo"})
_SPEECH_PARTICIPLES = frozenset({"say", "call", "describe", "brand", "label", "accuse",
                                 "claim", "argue", "tell", "write", "add", "warn"})


def verbal_attack(token: "Token") -> bool:
    """Whether a violent verb tells words, not force: "attacked the pledges as 'vacuous'"
    (an evaluation by "as"), "attacked British imperialists, saying they ..." (a speech
    participle), "attacks Blair's 'lies'" (a quoted object), "attack Mr Blair's words" (an
    object that is something said or decided)."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in VERBAL_SENSE:
        return False
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "as" and any(
                t.pos_ == "ADJ" or t.is_quote for t in child.subtree):
            return True  # not a result: "shot dead", "killed as a result of airstrikes"
        if child.dep_ in ("advcl", "xcomp", "conj") and child.tag_ == "VBG" and \
                child.lemma_.lower() in _SPEECH_PARTICIPLES:
            return True
        if child.dep_ == "dobj":
            if any(t.is_quote for t in child.subtree):
                return True
            if child.lemma_.lower() in SAID_NOUNS and child.ent_type_ == "":
                return True
    return False


# Verbs of winning a contest, and what a contest is: "beat Hillary to become president",
# "defeated the incumbent in the election" tell no violence.
CONTEST_VERBS = frozenset({"beat", "defeat", "crush", "thrash", "trounce", "rout", "edge"})
CONTEST_NOUNS = frozenset({"election", "race", "vote", "poll", "primary", "contest", "final",
                           "match", "game", "runoff", "ballot", "referendum", "tournament",
                           "championship", "round", "nomination", "title", "bid", "caucus"})
WINNING_VERBS = frozenset({"become", "win", "take", "claim", "secure", "clinch", "lead", "head"})


def contest_win(token: "Token") -> bool:
    """Whether a verb of beating tells a win in a contest: an infinitive of winning ("beat X
    to become president") or a contest it happens in ("defeated her in the primary")."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in CONTEST_VERBS:
        return False
    for child in token.children:
        if child.dep_ in ("xcomp", "advcl") and child.lemma_.lower() in WINNING_VERBS:
            return True
        if child.dep_ == "prep" and child.lower_ in ("in", "at", "for", "to") and any(
                g.dep_ == "pobj" and g.lemma_.lower() in CONTEST_NOUNS for g in child.children):
            return True
    return False


OFFICE_NOUNS = frozenset({"election", "re-election", "reelection", "office", "seat", "vote",
                          "votes", "presidency", "nomination", "candidate", "candidacy", "party",
                          "ticket", "mayor", "governor", "president", "senate", "congress"})


def electoral(token: "Token") -> bool:
    """Whether "campaign for" is electoral, not a protest: for a person ("campaigned for
    Hillary Clinton") or an office or a vote ("campaigning for re-election")."""
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "for":
            for obj in (c for c in child.children if c.dep_ == "pobj"):
                if obj.ent_type_ == "PERSON" or obj.lemma_.lower() in OFFICE_NOUNS:
                    return True
    return False


def rising(token: "Token") -> bool:
    """Whether "shoot up" tells a rise, not shooting: "Sales shot up tenfold" (no object; not
    "gunmen shot up the bar")."""
    return token.lemma_.lower() == "shoot" and any(
        c.dep_ == "prt" and c.lower_ == "up" for c in token.children) and not any(
        c.dep_ == "dobj" for c in token.children)


def bare_entry(token: "Token") -> bool:
    """Whether "enter" takes a bare common noun, a state entered, not a place: "entered
    service", "entered office", "entered politics" (not "entered the town", "entered Sumy")."""
    if token.pos_ != "VERB" or token.lemma_.lower() != "enter":
        return False
    obj = next((c for c in token.children if c.dep_ == "dobj"), None)
    return obj is not None and obj.pos_ == "NOUN" and not obj.ent_type_ and not any(
        c.dep_ in ("det", "poss", "amod", "compound", "nummod") for c in obj.children)


def abstract_opponent(token: "Token") -> bool:
    """Whether "fight" and the like take an opponent that is no party: "fight poverty",
    "combat climate change" (not "fight the rebels", "fight Islamic State", "fight a war")."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in OPPONENT_VERBS:
        return False
    obj = next((c for c in token.children if c.dep_ == "dobj"), None)
    if obj is None:
        obj = next((g for c in token.children if c.dep_ == "prep" and c.lower_ == "against"
                    for g in c.children if g.dep_ == "pobj"), None)
    if obj is not None and obj.lower_ == "it":
        return True  # "fight it out", "fight it in court": a contest, no party named
    if obj is None or obj.pos_ not in ("NOUN", "PROPN"):
        return False
    lemma = obj.lemma_.lower()
    return not (obj.ent_type_ in ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC")
                or person_like(obj) or lemma in MILITARY or obj.lower_ in MILITARY
                or lemma in CONFLICT_NOUNS)


def natural_doer(token: "Token") -> bool:
    """Whether an act's doer is a force of nature, an illness or a forecast ("Weather on Earth
    threatened the experiment", "if the weather doesn't cooperate", "forecasts call for an 80
    percent chance"): no party acts, so no event."""
    doer = agent_of(token)
    return doer is not None and doer.lemma_.lower() in NATURAL_FORCES


def striving(token: "Token") -> bool:
    """"fought to gain access", "battling to save the firm", "fighting for its survival": a
    person's or a firm's struggle for a goal, told by an infinitive or a "for" goal, not
    combat. Armed forces and states that fight to take a
    town do fight."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in OPPONENT_VERBS or not any(
            (c.dep_ in ("xcomp", "advcl") and any(a.dep_ == "aux" and a.lower_ == "to"
                                                  for a in c.children)) or
            (c.dep_ == "prep" and c.lower_ == "for" and not any(
                o.dep_ == "pobj" and (o.ent_type_ in ("GPE", "NORP", "ORG", "LOC") or
                                      o.pos_ == "PROPN") for o in c.children))
            for c in token.children):
        return False  # a goal: "to save the firm", "for its survival" (not "for Dorn": a side)
    doer = agent_of(token)
    return doer is None or not (doer.lemma_.lower() in MILITARY or doer.lower_ in MILITARY
                                or doer.ent_type_ in ("GPE", "NORP"))


# Kinds of act one can be ready for in agreement: "ready for talks", "ready for a deal".
_COMMITTED_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE", "AID", "CONCEDE", "RETREAT",
                              "SUPPORT"})


def preparedness(token: "Token") -> bool:
    """"ready for launch", "fully ready for any threat": being prepared, no commitment. A
    commitment is ready to do something ("ready to resume talks") or ready for an act done
    with another ("ready for talks")."""
    from .ontology import load_lexicon

    if token.lemma_.lower() != "ready" or any(
            c.dep_ in ("xcomp", "advcl", "ccomp") for c in token.children):
        return False
    lexicon = load_lexicon()
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "for"):
        for noun in (o for o in prep.children if o.dep_ == "pobj"):
            rows = lexicon.get((noun.lemma_.lower(), "N"), ())
            if any(r.type in _COMMITTED_TYPES for r in rows):
                return False
    return True


_ACTOR_LABELS = frozenset({"GPE", "NORP"})


def _state_force(actor: "Token") -> bool:
    """A state or its armed forces: "Veltria", "Veltrian troops", "the army", "they" for one."""
    if is_pronoun(actor):
        found = antecedent(actor)
        if found is None:
            return False
        actor = found
    lemma = actor.lemma_.lower()
    if lemma in STATE_FORCES or actor.lower_ in STATE_FORCES:
        return True
    if actor.ent_type_ == "GPE":
        # a country acting ("Veltria attacked"); "the Nice attack", "the Paris attacks" name a
        # place, even a capital's
        return actor.dep_ not in ("compound", "amod")
    return actor.ent_type_ in _ACTOR_LABELS and state_named(entity_text(actor)) is not None


_TERROR_WORDS = frozenset({"terrorist", "terror", "suicide", "jihadist", "jihadi", "militant",
                           "extremist", "islamist", "lone-wolf"})


_WHERE_PREPS = frozenset({"in", "near", "outside", "inside", "around", "across", "throughout",
                          "within"})


def by_force(token: "Token") -> bool:
    """Violence in combat (FIGHT) rather than on civilians (ASSAULT): told by who is struck,
    else by its actor, a state's or armed side's forces; with neither, an attack on a country
    or city is a military one."""
    if any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in _TERROR_WORDS
           for c in token.children):
        return False  # "the Paris terrorist attacks", "a suicide attack": no army's
    side = struck_side(token)  # an armed side struck by a group is combat
    if side == "armed":
        return True
    actor = noun_agent(token) if token.pos_ in ("NOUN", "PROPN") else agent_of(token)
    if actor is not None:  # a state's forces' weapons are FIGHT (GUIDELINES), an armed
        # group's on civilians not ("fighters stormed the school")
        return _state_force(actor) and not (side == "civilian" and irregular(actor))
    if side == "civilian":
        return False
    return any(o.ent_type_ == "GPE" and o.head.lower_ not in _WHERE_PREPS
               for o in objects(token))  # "attacks on Kyiv", not "attacks in Brussels"


def toll_or_self(token: "Token") -> bool:
    """Harm that is no act on others: a count ("Florida club: 49 killed", "Twelve people and
    70 wounded", a figure rather than an event) or a suicide ("before killing himself")."""
    if token.lemma_.lower() not in HARM_LEMMAS:
        return False
    if any(c.dep_ == "dobj" and c.lower_ in REFLEXIVES for c in token.children):
        return True
    if token.tag_ != "VBN" or any(c.dep_ in ("aux", "auxpass", "agent") for c in token.children):
        return False
    subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and (subject.pos_ == "NUM" or any(
        c.dep_ == "nummod" for c in subject.children))


# Endings of nouns for agents ("regulators", "investors", "economists", "residents").
_AGENT_SUFFIXES = ("er", "or", "ist", "ant", "ent", "ian")


def thing_noun(noun: "Token") -> bool:
    """A common noun that names no party: no name, no person, no force or institution, no
    agent noun ("figures", "prices"; not "regulators", "the army", "the ministry")."""
    lemma = noun.lemma_.lower()
    return noun.pos_ == "NOUN" and not noun.ent_type_ and not person_like(noun) and \
        not a_person(noun) and lemma not in MILITARY and lemma not in INSTITUTIONS and \
        not lemma.endswith(_AGENT_SUFFIXES)


def thing_agent(verb: "Token") -> bool:
    """A passive's "by" agent that is a thing, not a party: no name, no person, no body."""
    agents = [o for a in verb.children if a.dep_ == "agent" for o in a.children
              if o.dep_ == "pobj"]
    return bool(agents) and all(thing_noun(o) for o in agents)


# Who an interview is given to: talking to them is no meeting of parties.
PRESS_NOUNS = MEDIA_NOUNS - {"agency"} | {"reporter", "reporters", "journalist", "journalists",
                                          "press", "media", "television", "radio", "tv",
                                          "interviewer"}


def with_the_press(token: "Token") -> bool:
    """A meeting or talk whose every other party is the press: an interview."""
    found = [c for o in objects(token) if o.dep_ == "dobj" or o.dep_ == "pobj" and
             o.head.lower_ in ("with", "to") for c in (o, *o.conjuncts)]
    return bool(found) and all(
        o.lemma_.lower() in PRESS_NOUNS or o.lower_ in PRESS_NOUNS or any(
            c.dep_ in ("compound", "amod", "appos") and c.lemma_.lower() in PRESS_NOUNS
            for c in o.children) for o in found)
