"""Lexicon row conditions: when a trigger word holds in its context (see plover_triggers.tsv).

A condition reads the parse around the trigger (clause.py: its objects, subject, complements;
modifiers and prepositions here). The senses a row must not have are senses.py's: `force` splits
violence by who uses it, a state's armed forces (FIGHT) or anyone else (ASSAULT), and
`accidents.accidental` tells a death in an accident from a killing.
"""

from __future__ import annotations

import calendar
from typing import TYPE_CHECKING

from ..syntax import is_pronoun, subject_of
from .accidents import accidental, weaponised
from .clause import MILITARY, agent_of, has_infinitive, objects, person_like, relative_antecedent
from .condition_words import VENUES, aimed_at, lemma_forms, looked_through, words_of
from .ontology import Trigger
from .reference import resolve
from .trig_happening import examines_happening
from .trig_legal import own_action_ended
from .trig_senses import holds_a_post, idle_readiness, private_meeting, thing_threatens
from .kinds_violence import animal_party
from .senses import (abstract_opponent, bare_entry, by_force, contest_win, electoral,
                     natural_doer, preparedness, rising, striving, thing_agent, toll_or_self,
                     verbal_attack, with_the_press)
from .threats import is_threat
from .transactions import thing_subject

if TYPE_CHECKING:
    from spacy.tokens import Token

# Acts of taking a side: a participle that describes a noun with one tells a lasting stance.
STANCE_TYPES = frozenset({"REJECT", "SUPPORT", "AGREE"})


def _giver_stated(verb: "Token", trigger: Trigger) -> bool:
    if trigger.type != "AID" and trigger.lemma != "offer":
        return True
    if agent_of(verb) is not None:
        return True
    given = subject_of(verb)
    return trigger.type != "AID" and given is not None and not is_pronoun(given)


def _objects_match(token: "Token", values: frozenset[str]) -> bool:
    found = [relative_antecedent(o) for o in objects(token)]
    if not found and token.pos_ == "NOUN":
        # a nominal with no object of its own: its possessor undergoes it ("their release",
        # "his arrest"); an agent possessor ("Veltria's release of them") has an object
        found = [c for c in token.children if c.dep_ == "poss"]
        if "person" in values and any(c.lower_ in ("his", "her", "their") for c in found):
            return True
    # the whole a part is of ("most of the suspects"), what a light head is the use of
    found = looked_through(found)
    lemmas = words_of(found)
    if lemmas & lemma_forms(values):
        return True
    if "name" in values and any(t.ent_type_ in ("ORG", "PRODUCT") for t in found):
        return True  # a named service or company: "blocked Telegram"
    if "sum" in values and any(t.ent_type_ == "MONEY" or any(
            c.dep_ == "nummod" for c in t.children) for t in found):
        return True  # a sum, by name or number: "were fined 3,000 pounds each"
    if "mil" in values and lemmas & MILITARY:
        return True
    if "venue" in values and lemmas & VENUES:
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
        acted_on = [relative_antecedent(o) for o in objects(token)
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


def _subject_match(token: "Token", values: frozenset[str]) -> bool:
    subj = agent_of(token) or subject_of(token)  # a passive's doer: "guarded by troops"
    if subj is None:
        return False
    subj = resolve(subj)  # "It also ordered ...": the court
    if "conj" in values and subj.conjuncts:
        return True
    lemma = subj.lemma_.lower()
    return bool(words_of([subj]) & lemma_forms(values)) or (
        "mil" in values and (lemma in MILITARY or subj.lower_ in MILITARY))


def _causative_part(child: "Token") -> bool:
    """A part that makes driving people an urging or an expulsion, not a ramming: a clause
    they are driven to ("drive people to falsify tests"), a particle ("drove them out"), or
    where from ("drove people from their homes")."""
    return child.dep_ in ("xcomp", "ccomp", "prt") or (
        child.dep_ == "prep" and child.lower_ in ("from", "out", "away"))


def _driven_to_do(verb: "Token") -> bool:
    """An infinitive after the verb, wherever the parse hung it in the phrases after the
    verb and with no other verb between ("drive people with health conditions to falsify
    tests")."""
    for word in verb.subtree:
        if word.i > verb.i and word.tag_ == "VB" and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in word.children):
            between = []
            for above in word.ancestors:
                if above.i == verb.i:
                    break
                between.append(above)
            if not any(a.pos_ in ("VERB", "AUX") or a.dep_ in ("conj", "cc") for a in between):
                return True
    return False


def _driven_into(token: "Token") -> bool:
    return any(c.dep_ == "prep" and c.lower_ in ("into", "through", "at") for c in token.children)


def _keyed(token: "Token", key: str, values: frozenset[str]) -> bool:
    children = list(token.children)
    if key in ("obj", "notobj"):
        return _objects_match(token, values) == (key == "obj")
    if key == "notdobj":  # "sanctioning military action" authorises; "sanctioned X over it"
        return not any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in values
                       for c in children)
    if key == "ram":  # driven at people, or as a weapon, actively ("were rushed to hospital"
        # is a transport)
        # people driven to do something are urged, not run over ("drive people to leave");
        # a vehicle driven into them to kill them is a ramming
        return (_objects_match(token, values) and (_driven_into(token) or
                                                    not _driven_to_do(token)) or
                _driven_into(token) and weaponised(token)) \
            and not any(c.dep_ in ("nsubjpass", "auxpass") or _causative_part(c)
                        for c in children)
    if key in ("mod", "notmod"):
        # a modifier's conjunct modifies too: "missile and nuclear tests"
        mods = [m for c in children if c.dep_ in ("compound", "amod", "nmod")
                for m in (c, *c.conjuncts)]
        return bool(words_of(mods) & lemma_forms(values)) == (key == "mod")
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
    if key == "aimed":  # "action against refugees", "measures against crime"
        return aimed_at(token, values)
    if key == "atstate":  # "restrictions on Veltria's imports"
        return aimed_at(token, values, states=True)
    if key == "act":  # "denied making shipments", "denied that it had shipped oil"
        return any(c.dep_ in ("xcomp", "ccomp") and (c.tag_ == "VBG" or any(
            m.dep_ == "mark" and m.lower_ == "that" for m in c.children)) for c in children)
    if key == "hasobj":
        return any(c.dep_ == "dobj" for c in children) and \
            not any(c.dep_ == "prt" for c in children)
    if key == "threat":
        return is_threat(token)
    if key == "force":
        return by_force(token)
    if key == "happening":  # "are reviewing what happened", "analysing details of the launch"
        return examines_happening(token)
    if key == "inf":
        return has_infinitive(token)
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
    if key == "ownsuit":  # "voluntarily dismissed the lawsuit", not the judge's dismissal
        return own_action_ended(token, values)
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
    "fired at once"); nor is it when the verb has another particle: that makes another
    phrasal verb ("called him in again for the wet tyres" is no "call for")."""
    if any(c.dep_ == "prt" and c.lower_ != second for c in token.children):
        return False
    for child in token.children:
        if child.lower_ != second and child.lemma_.lower() != second or child.dep_ == "mark":
            continue  # "after the images went viral" opens a clause: no "go after"
        if child.dep_ == "prep" and any(g.dep_ in ("pobj", "pcomp") and (
                _a_time(g) or g.pos_ == "ADV") for g in child.children):
            continue
        return True
    return False


def condition_holds(token: "Token", trigger: Trigger) -> bool:
    """Whether a lexicon row holds for `token` in its context."""
    if trigger.pos == "V" and not _giver_stated(token, trigger):
        return False
    if trigger.type in ("ASSAULT", "RETREAT", "FIGHT") and (accidental(token)
                                                           or toll_or_self(token)):
        return False
    if trigger.type in ("ASSAULT", "FIGHT") and animal_party(token):
        return False  # "the gorilla was killed": no party acts or suffers
    if trigger.type == "AID" and accidental(token):
        return False  # "survivors rescued from the wreckage": rescue at an accident is no aid
    if trigger.type == "PROTEST" and trigger.lemma == "campaign" and electoral(token):
        return False
    if trigger.type in STANCE_TYPES and token.dep_ == "acl" and token.tag_ == "VBN" and \
            not any(c.dep_ in ("agent", "aux", "auxpass") for c in token.children):
        return False  # a standing stance that describes: "a faction opposed to peace"
    if trigger.type in ("ASSAULT", "FIGHT") and (verbal_attack(token) or
                                                 abstract_opponent(token) or contest_win(token)
                                                 or bare_entry(token) or rising(token)):
        return False
    if trigger.type == "SUPPORT" and trigger.pos == "V" and thing_agent(token):
        return False  # "a production supported by elaborate costumes", "backed by data"
    if trigger.lemma == "offer" and trigger.pos == "V" and thing_subject(token):
        return False  # a thing that offers provides, it commits to nothing: "figures offer"
    if trigger.type == "AGREE" and trigger.pos == "A" and (preparedness(token) or
                                                          idle_readiness(token)):
        return False  # "ready for launch", "ready for any threat"
    if trigger.type == "CONSULT" and trigger.pos == "V" and private_meeting(token):
        return False  # "was visiting her daughter": private life
    if trigger.type == "CONSULT" and trigger.pos == "V" and with_the_press(token):
        return False  # "spoke with German channel n-tv", "met reporters": an interview
    if trigger.pos == "V" and natural_doer(token):
        return False  # "the weather threatened the experiment", "forecasts call for sun"
    if trigger.type == "THREATEN" and trigger.pos == "V" and thing_threatens(token):
        return False  # "measures that threaten the peace": a risk, no party's threat
    if trigger.type == "COERCE" and trigger.pos == "V" and holds_a_post(token):
        return False  # "the job he occupied", "seized the lead": no one coerced
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
