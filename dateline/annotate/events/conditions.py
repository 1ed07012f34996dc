"""Lexicon row conditions: when a trigger word holds in its context (see plover_triggers.tsv).

A condition reads the parse around the trigger: its objects, subject, modifiers, prepositions,
complements. `force` splits violence by who uses it: a state's armed forces (FIGHT) or anyone
else (ASSAULT); `accidents.accidental` tells a death in an accident from a killing.
"""

from __future__ import annotations

import calendar
from typing import TYPE_CHECKING

from ..syntax import antecedent, entity_text, is_pronoun, rooted_on_subject, subject_of
from .cues import ADJUNCT_PREPS
from .ontology import Trigger
from .senses import (abstract_opponent, bare_entry, contest_win, electoral, natural_doer,
                     preparedness, rising, striving, verbal_attack)
from .states import state_named

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
# Acts of taking a side: a participle that describes a noun with one tells a lasting stance.
STANCE_TYPES = frozenset({"REJECT", "SUPPORT", "AGREE"})
REFLEXIVES = frozenset({"himself", "herself", "themselves", "itself", "myself", "ourselves"})
HARM_LEMMAS = frozenset({"kill", "injure", "wound", "hurt", "die", "destroy"})
_ACTOR_LABELS = frozenset({"GPE", "NORP"})


def objects(token: "Token") -> list["Token"]:
    """Objects of a trigger: direct, passive subject, attribute, and prepositional objects;
    the noun a passive participle modifies ("the hotline, cut by Pyongyang")."""
    out = [token.head] if token.dep_ == "acl" and token.tag_ == "VBN" and \
        rooted_on_subject(token) is None else []
    for child in token.children:
        if child.dep_ in ("dobj", "attr", "nsubjpass", "oprd", "dative", "pobj"):
            out.append(child)
        elif child.dep_ in ("prep", "dative") and child.lower_ not in ADJUNCT_PREPS:
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


def _giver_stated(verb: "Token", trigger: Trigger) -> bool:
    if trigger.type != "AID" and trigger.lemma != "offer":
        return True
    if agent_of(verb) is not None:
        return True
    given = subject_of(verb)
    return trigger.type != "AID" and given is not None and not is_pronoun(given)


# What a warner would do in answer: "warned of consequences", "of a firm response"; a warning
# of anything else ("warned of unrest") forecasts it.
RESPONSE_NOUNS = frozenset({
    "consequence", "consequences", "retaliation", "response", "reprisal", "reprisals",
    "repercussion", "repercussions", "action", "actions", "measure", "measures", "step", "steps",
    "punishment", "sanction", "sanctions", "force", "countermeasure", "countermeasures",
    "retribution", "price", "cost", "costs",
})


def _is_threat(verb: "Token") -> bool:
    """"warned Kyiv", "warned of consequences", "warned that we would respond": a threat;
    "warned that troops had advanced" is a report, and "warned that refugees could flee" or
    "warned of unrest" a forecast, neither an event."""
    # the "of" phrase may hang on the warned ("warned people of an incoming missile")
    heads = [verb, *(c for c in verb.children if c.dep_ in ("dobj", "dative"))]
    about = [o for h in heads for c in h.children if c.dep_ == "prep" and
             c.lower_ in ("of", "about") for o in c.children if o.dep_ == "pobj"]
    if any(o.lemma_.lower() in RESPONSE_NOUNS for o in about):
        return True
    warned = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    if warned:
        # "warned Kyiv", "warned North Korea of fire and fury"; not advice to the warned
        # ("warned residents to stay indoors": a demand) nor the public's notice of a danger
        # ("warned people of an incoming missile")
        public = all(w.ent_type_ not in ("GPE", "ORG", "NORP", "PERSON") and person_like(w)
                     for w in warned)
        return not _infinitive(verb) and not (about and public)
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
    """Violence by a state's forces (FIGHT) rather than by a person or group (ASSAULT): told by
    its actor; with no actor stated, an attack on a country or city is a military one."""
    if any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in _TERROR_WORDS
           for c in token.children):
        return False  # "the Paris terrorist attacks", "a suicide attack": no army's
    actor = noun_agent(token) if token.pos_ in ("NOUN", "PROPN") else agent_of(token)
    if actor is not None:
        return _state_force(actor)
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


def person_like(token: "Token") -> bool:
    return token.ent_type_ in ("PERSON", "NORP") or token.lower_ in PERSON_PRONOUNS or \
        token.lemma_.lower() in PEOPLE or token.lower_ in PEOPLE or (
            token.like_num or token.ent_type_ == "CARDINAL") and any(
                c.dep_ == "prep" and c.lower_ == "of" for c in token.children)


def _antecedent(obj: "Token") -> "Token":
    """"the assault in which 77 people died": the relative pronoun stands for its noun."""
    clause = obj.head.head if obj.head.dep_ == "prep" else obj.head
    if obj.lower_ in ("which", "whom", "that") and clause.dep_ == "relcl":
        return clause.head
    return obj


PARTS = frozenset({"part", "parts", "some", "all", "most", "half", "much", "rest", "many",
                    "each"})


def _objects_match(token: "Token", values: frozenset[str]) -> bool:
    found = [_antecedent(o) for o in objects(token)]
    if not found and token.pos_ == "NOUN":
        # a nominal with no object of its own: its possessor undergoes it ("their release",
        # "his arrest"); an agent possessor ("Veltria's release of them") has an object
        found = [c for c in token.children if c.dep_ == "poss"]
        if "person" in values and any(c.lower_ in ("his", "her", "their") for c in found):
            return True
    # the whole a part is of: "part of a military aid program", "most of the suspects"
    found += [p for t in found if t.lemma_.lower() in PARTS for prep in t.children
              if prep.dep_ == "prep" and prep.lower_ == "of"
              for p in prep.children if p.dep_ == "pobj"]
    lemmas = {t.lemma_.lower() for t in found} | {t.lower_ for t in found}
    if lemmas & values:
        return True
    if "mil" in values and lemmas & MILITARY:
        return True
    if "place" in values and any(t.ent_type_ in ("GPE", "LOC", "FAC") for t in found):
        return True
    return "person" in values and any(person_like(t) for t in found)


def sense_unstated(token: "Token", key: str) -> bool:
    """Whether the word that an "obj" or "mod" row reads is missing, so the row's sense cannot
    be read here: only a pronoun for it ("tested what it called a bomb"), or no object at all
    on a verb whose subject is a state, its forces or a person ("Veltria fired over Dorn"; not
    "the rocket launches from the pad", whose subject is what is launched); no noun modifier
    ("a similar launch", not "a product launch"). An attributive participle ("submarine
    launched") tells none."""
    if token.dep_ in ("amod", "compound"):
        return False
    if key == "obj":  # what it acts on; a time or place phrase ("in 2028") is none
        acted_on = [_antecedent(o) for o in objects(token)
                    if o.head.i == token.i or o.head.lower_ == "of"]
        if acted_on or token.pos_ in ("NOUN", "PROPN"):
            return all(o.pos_ == "PRON" for o in acted_on)
        if any(c.dep_ == "ccomp" and c.left_edge.lower_ in ("what", "whatever")
               for c in token.children):
            return True  # a free relative object: "tested what it claimed to be a bomb"
        return any(c.dep_ == "nsubj" and (c.ent_type_ in ("GPE", "NORP") or person_like(c) or
                                          c.lemma_.lower() in MILITARY)
                   for c in token.children)
    return key == "mod" and not any(c.dep_ == "compound" for c in token.children)


def _infinitive(token: "Token") -> bool:
    """An act the trigger is about: "calls to halt", "calls for restraint" (an infinitive
    the parser hung on the verb right after its object counts too)."""
    children = list(token.children)
    if token.dep_ == "dobj":
        children += [c for c in token.head.children if c.dep_ == "xcomp" and c.i > token.i]
    # an infinitive is never a relative clause: "calls to halt" parsed as one still calls
    return any((c.dep_ in ("acl", "xcomp", "relcl") and any(a.dep_ == "aux" and
                                                            a.lower_ == "to"
                                                            for a in c.children)) or
               (c.dep_ == "prep" and c.lower_ == "for") for c in children)


def _subject_match(token: "Token", values: frozenset[str]) -> bool:
    from .reference import resolve  # reference reads PEOPLE from here

    subj = agent_of(token) or subject_of(token)  # a passive's doer: "guarded by troops"
    if subj is None:
        return False
    subj = resolve(subj)  # "It also ordered ...": the court
    if "conj" in values and subj.conjuncts:
        return True
    lemma = subj.lemma_.lower()
    return lemma in values or subj.lower_ in values or (
        "mil" in values and (lemma in MILITARY or subj.lower_ in MILITARY))


def _driven_into(token: "Token") -> bool:
    return any(c.dep_ == "prep" and c.lower_ in ("into", "through", "at") for c in token.children)


def _keyed(token: "Token", key: str, values: frozenset[str]) -> bool:
    children = list(token.children)
    if key in ("obj", "notobj"):
        return _objects_match(token, values) == (key == "obj")
    if key == "notdobj":  # "sanctioning military action" authorises; "sanctioned X over it"
        return not any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in values
                       for c in children)
    if key == "ram":  # driven at people, or as a weapon, actively: "were rushed to hospital"
        from .accidents import weaponised  # is a transport

        return (_objects_match(token, values) or _driven_into(token) and weaponised(token)) \
            and not any(c.dep_ in ("nsubjpass", "auxpass") for c in children)
    if key in ("mod", "notmod"):
        return any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in values
                   for c in children) == (key == "mod")
    if key == "comp":  # "insists the regime must disarm": a clause with an obligation
        return any(c.dep_ == "ccomp" and any(a.dep_ == "aux" and a.lower_ in values
                                             for a in c.children) for c in children)
    if key == "notcomp":
        return not any(c.dep_ == "xcomp" and c.lemma_.lower() in values for c in children)
    if key == "notdep":
        return not any(c.dep_ in values for c in children)
    if key == "notprep":
        return not any(c.dep_ == "prep" and c.lower_ in values for c in children)
    if key == "prep":  # the parse may hang the phrase on the object ("discussing the
        # situation with other members" discusses with them)
        return any(c.dep_ in ("prep", "agent") and c.lower_ in values for c in children) or \
            any(p.dep_ == "prep" and p.lower_ in values and p.i > obj.i
                for obj in children if obj.dep_ == "dobj" for p in obj.children)
    if key == "hasobj":
        return any(c.dep_ == "dobj" for c in children) and \
            not any(c.dep_ == "prt" for c in children)
    if key == "threat":
        return _is_threat(token)
    if key == "force":
        return by_force(token)
    if key == "inf":
        return _infinitive(token)
    if key == "under":  # "state of emergency": the noun the trigger's "of" phrase hangs on
        return token.head.lower_ == "of" and token.head.head.lemma_.lower() in values
    if key == "notby":  # the doer, when stated, is none of these: "bombarded by questions"
        doer = agent_of(token)
        return doer is None or (doer.lemma_.lower() not in values and doer.lower_ not in values)
    if key == "notsubj":
        giver = agent_of(token)
        return giver is not None and giver.lemma_.lower() not in values and \
            giver.lower_ not in values
    if key == "detain":  # a person held, by no individual: "Veltria held her"
        holder = agent_of(token)
        if any(c.dep_ == "prt" for c in children):
            return False  # "held off a rival", "held up the traffic": no one detained
        return _objects_match(token, frozenset({"person"})) and not (
            holder is not None and person_like(holder))
    if key == "subj":
        return _subject_match(token, values)
    if key == "verbal":
        return verbal_attack(token)
    return False


CALENDAR_WORDS = frozenset(m.lower() for m in (*calendar.month_name[1:], *calendar.day_name))


def _a_time(token: "Token") -> bool:
    """A time word: a calendar name, or a common noun of time ("night", "weekend"); never a
    name the entity tagger took for a time ("at Dorn overnight")."""
    return token.ent_type_ in ("DATE", "TIME") and (
        token.pos_ != "PROPN" or token.lower_ in CALENDAR_WORDS)


def _second_word(token: "Token", second: str) -> bool:
    """Whether the second word of a phrasal trigger ("fire on", "fire at") is a child of the
    verb; a preposition that brings a time or an adverb is no such word ("fired on Monday",
    "fired at once")."""
    for child in token.children:
        if child.lower_ != second and child.lemma_.lower() != second:
            continue
        if child.dep_ == "prep" and any(g.dep_ in ("pobj", "pcomp") and (
                _a_time(g) or g.pos_ == "ADV") for g in child.children):
            continue
        return True
    return False


# Endings of nouns for agents ("regulators", "investors", "economists", "residents").
_AGENT_SUFFIXES = ("er", "or", "ist", "ant", "ent", "ian")


def _thing_agent(verb: "Token") -> bool:
    """A passive's "by" agent that is a thing, not a party: no name, no person, no body."""
    from .reference import INSTITUTIONS
    from .reference import person_like as a_person

    agents = [o for a in verb.children if a.dep_ == "agent" for o in a.children
              if o.dep_ == "pobj"]
    return bool(agents) and all(
        o.pos_ == "NOUN" and not o.ent_type_ and not person_like(o) and not a_person(o) and
        o.lemma_.lower() not in MILITARY and o.lemma_.lower() not in INSTITUTIONS and
        not o.lemma_.lower().endswith(_AGENT_SUFFIXES) for o in agents)


# Who an interview is given to: talking to them is no meeting of parties.
PRESS_NOUNS = frozenset({"reporter", "reporters", "journalist", "journalists", "press", "media",
                         "paper", "newspaper", "daily", "broadcaster", "channel", "station",
                         "network", "magazine", "television", "radio", "tv", "interviewer"})


def _with_the_press(token: "Token") -> bool:
    """A meeting or talk whose every other party is the press: an interview."""
    found = [c for o in objects(token) if o.dep_ == "dobj" or o.dep_ == "pobj" and
             o.head.lower_ in ("with", "to") for c in (o, *o.conjuncts)]
    return bool(found) and all(
        o.lemma_.lower() in PRESS_NOUNS or o.lower_ in PRESS_NOUNS or any(
            c.dep_ in ("compound", "amod", "appos") and c.lemma_.lower() in PRESS_NOUNS
            for c in o.children) for o in found)


def condition_holds(token: "Token", trigger: Trigger) -> bool:
    """Whether a lexicon row holds for `token` in its context."""
    if trigger.pos == "V" and not _giver_stated(token, trigger):
        return False
    from .accidents import accidental  # accidents reads objects and people from here

    if trigger.type in ("ASSAULT", "RETREAT", "FIGHT") and (accidental(token)
                                                           or toll_or_self(token)):
        return False
    if trigger.type == "PROTEST" and trigger.lemma == "campaign" and electoral(token):
        return False
    if trigger.type in STANCE_TYPES and token.dep_ == "acl" and token.tag_ == "VBN" and \
            not any(c.dep_ in ("agent", "aux", "auxpass") for c in token.children):
        return False  # a standing stance that describes: "a faction opposed to peace"
    if trigger.type in ("ASSAULT", "FIGHT") and (verbal_attack(token) or
                                                 abstract_opponent(token) or contest_win(token)
                                                 or bare_entry(token) or rising(token)):
        return False
    if trigger.type == "SUPPORT" and trigger.pos == "V" and _thing_agent(token):
        return False  # "a production supported by elaborate costumes", "backed by data"
    if trigger.type == "AGREE" and trigger.pos == "A" and preparedness(token):
        return False  # "ready for launch", "ready for any threat"
    if trigger.type == "CONSULT" and trigger.pos == "V" and _with_the_press(token):
        return False  # "spoke with German channel n-tv", "met reporters": an interview
    if trigger.pos == "V" and natural_doer(token):
        return False  # "the weather threatened the experiment", "forecasts call for sun"
    if trigger.type == "FIGHT" and striving(token):
        return False  # "fought to gain access to the footage"
    if trigger.second is not None and not _second_word(token, trigger.second):
        return False
    if trigger.pos == "A" and not any(c.dep_ == "xcomp" or (c.dep_ == "prep" and
                                                          c.lower_ == "for")
                                      for c in token.children):
        return False
    if trigger.condition is None:
        return True
    return _keyed(token, *trigger.condition)
