"""Whether a nominal trigger is said to happen: the verbs, prepositions and anchors that tell.

"Fighting broke out", "launched an offensive", "there were clashes", "during protests" report
a nominal event; "the invasion of Ukraine" as a story's topic does not. A noun with its own
agent, time or place ("Russian shelling", "the attack on Monday", "talks in Berlin") is an
event too (docs/ontology.md, "Which mentions are events").
"""

from __future__ import annotations

import calendar
import re
from typing import TYPE_CHECKING

from ..syntax import is_pronoun

if TYPE_CHECKING:
    from spacy.tokens import Token

# Verbs that say a nominal event took place: "fighting broke out", "launched an offensive",
# "there were clashes", "sanctions were imposed", "repelled an attack".
OCCURRENCE_VERBS = frozenset({
    "happen", "occur", "take", "begin", "start", "launch", "hold", "carry", "conduct", "mount",
    "stage", "resume", "continue", "break", "erupt", "rage", "intensify", "escalate", "end",
    "come", "unfold", "order", "make", "reach", "impose", "announce", "declare", "open",
    "sign", "see", "witness", "suffer", "repel", "repulse", "survive", "leave", "cause",
    "spark", "trigger", "follow", "kill", "wound", "injure", "destroy", "damage", "hit",
    "strike", "target", "claim", "report", "confirm", "have", "be", "agree", "propose",
    "call", "extend", "violate", "expand", "tighten", "approve", "unveil", "adopt",
    "introduce", "slap", "level", "levy", "host", "set", "plan", "prepare", "threaten",
    "place", "put",  # support verbs of measures: "placed restrictions on", "put curbs on"
    "deploy", "send", "step", "ramp", "renew", "engage", "join", "enter", "complete", "finish",
    "conclude", "organize", "organise", "attend", "participate", "lead", "issue", "lodge",
    "provide", "deliver", "give", "receive", "broker", "seal", "win", "secure", "go",
    # light verbs of legal, verbal and collective acts: "passed sanctions", "filed a lawsuit",
    # "faced trial", "was handed a sentence", "expressed solidarity", "spurred an outcry"
    "pass", "file", "face", "stand", "hand", "express", "voice", "exchange", "spur", "prompt",
    "undergo", "wage", "commit", "perform", "embark", "reiterate", "repeat", "include",
    "press", "bring", "respond", "reply", "react", "answer", "involve", "initiate",
    "coordinate", "oversee", "supervise", "hear", "unleash", "inflict", "perpetrate",
    "orchestrate", "mastermind", "undertake", "commence", "result",  # "resulted in arrests"
    # perceiving an act tells it took place: "the military detected the launch of a missile"
    "detect", "spot", "track", "observe", "record", "document", "film",
    "pay",  # "paid tribute to", "paid a visit to"
    "show",  # "showed their appreciation"
})
# Verbs of what an act did, said of the act in a relative clause: "a raid that killed four".
RESULT_VERBS = frozenset({"kill", "wound", "injure", "leave", "destroy", "damage", "hit",
                          "cause", "spark", "trigger", "claim", "displace", "hurt", "force",
                          "prompt", "spur", "lead", "result"})
# Verbs whose "with" phrase is the act they answer with: "responded with an offer".
ANSWER_VERBS = frozenset({"respond", "reply", "react", "answer", "retaliate", "follow", "greet",
                          "meet"})  # "was met with protests"
# "talks resumed after clashes in the north": these prepositions presuppose that the event
# they govern took place.
# "after the invasion" and "amid the war" are kept out: they mostly name the story's topic.
PRESUPPOSING_PREPS = frozenset({"during", "despite"})
# "after mass protests", "following an investigation": an act before another took place, when
# the noun tells a new instance of it (not "after the invasion", the story's topic).
SEQUENCE_PREPS = frozenset({"after", "following", "before", "since"})
# "arrive for talks": purpose of a movement.
MOTION_VERBS = frozenset({"return", "travel", "arrive", "go", "come", "fly", "head", "gather",
                          "meet", "sit", "convene", "leave"})
# "tons of aid", "a wave of strikes": the measure noun stands in for the event in the clause.
MEASURE_NOUNS = frozenset({"ton", "tonne", "amount", "number", "series", "wave", "round",
                          "spate", "string", "package", "tranche", "shipment", "barrage",
                          "flurry", "volley", "bout", "lot", "batch", "hour", "day", "week",
                          "dozen", "dozens", "hundreds", "thousands", "scores", "couple"})
# Nouns of a run of acts: "after its series of tests", "following a round of talks" tell acts
# that took place, even behind a definite or possessive ("the latest round of talks").
RUN_NOUNS = frozenset({"series", "wave", "spate", "string", "round", "barrage", "flurry"})
# Nouns of a phase of an act going on: "the escalation of protests", "an outbreak of fighting"
# tell that the act they are of goes on, wherever the phrase sits.
PHASE_NOUNS = frozenset({"escalation", "outbreak", "eruption", "surge", "upsurge", "resurgence",
                         "resumption", "intensification", "continuation", "renewal", "flare-up",
                         "flareup"})
# Nouns of a kind of place whose "of" phrase names it: "the town of Kalo" (not "the history of
# the United States").
PLACE_KIND_NOUNS = frozenset({"town", "city", "village", "province", "region", "district",
                              "state", "county", "island", "port", "capital", "suburb",
                              "neighbourhood", "neighborhood", "area", "outskirts", "streets"})
_PLACE_PREPS = frozenset({"in", "near", "at", "outside", "around", "inside", "across", "over"})
_TIME_LABELS = frozenset({"DATE", "TIME"})
_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"})
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def lemma_in(token: "Token", lemmas: frozenset[str]) -> bool:
    """Whether the token's lemma is in `lemmas`, despite lemmatizer slips ("staged" -> "stag")."""
    lower = token.lower_
    if token.lemma_.lower() in lemmas or lower in lemmas:
        return True
    return any(lower.endswith(suffix) and lower[:-len(suffix)] in lemmas
               for suffix in ("d", "ed", "s", "es", "ing"))


def _has_name(token: "Token") -> bool:
    return not is_pronoun(token) and (token.ent_type_ in _NAME_LABELS or token.pos_ == "PROPN")


_YEAR = re.compile(r"^(1[0-9]|20)\d\d\b")
_CALENDAR = frozenset(w.lower() for w in (*calendar.month_name[1:], *calendar.day_name)) | \
    frozenset({"ago", "yesterday", "today", "tonight", "last", "earlier"})


def _time_point(token: "Token") -> bool:
    """A year, month, day or a time back from now ("2011", "Tuesday's", "two weeks ago"),
    not a length ("five-year")."""
    words = [t for t in token.subtree] if token.dep_ != "poss" else [token]
    return any(_YEAR.match(t.text) or t.lower_ in _CALENDAR for t in words)


def own_time(verb: "Token") -> bool:
    """Whether a clause has a point in time of its own ("punching a guard two weeks ago")."""
    return any(t.ent_type_ in _TIME_LABELS and _time_point(t) for c in verb.children
               if c.dep_ not in ("dobj", "nsubj", "nsubjpass") for t in c.subtree)


def _names_place(pobj: "Token") -> bool:
    """A place named by a locative object or by a locative or "of" phrase on it ("in the
    town of Kalo")."""
    if pobj.ent_type_ in _PLACE_LABELS or any(  # "in the northeastern Chibok town"
            c.dep_ == "compound" and c.ent_type_ in _PLACE_LABELS for c in pobj.children):
        return True
    preps = (*_PLACE_PREPS, "of") if pobj.lemma_.lower() in PLACE_KIND_NOUNS else _PLACE_PREPS
    return any(c.dep_ == "prep" and c.lower_ in preps and any(
        g.dep_ == "pobj" and g.ent_type_ in _PLACE_LABELS for g in c.children)
        for c in pobj.children)


def own_anchor(noun: "Token", agent: bool = True) -> bool:
    """Whether a nominal trigger has its own agent, time or place ("Russian shelling",
    "talks in Berlin", "the attack on Monday", "strikes by the air force"); time or place only
    when `agent` is false."""
    for child in noun.children:
        if agent and child.dep_ in ("poss", "compound", "amod", "nmod") and _has_name(child):
            return True
        if child.dep_ in ("npadvmod", "nummod", "compound", "amod", "poss", "nmod") and \
                child.ent_type_ in _TIME_LABELS and _time_point(child):
            return True  # "the attack Monday", "the 2011 uprising"; not "a five-year sentence"
        if child.dep_ == "amod" and child.ent_type_ == "ORDINAL":
            return True  # "its first offer", "the third attack": one counted instance
        if child.dep_ != "prep":
            continue
        for pobj in (c for c in child.children if c.dep_ == "pobj"):
            if agent and child.lower_ in ("by", "between", "among") and not is_pronoun(pobj):
                return True
            if agent and child.lower_ == "with" and _has_name(pobj):
                return True  # "talks with North Korea", "a dialogue with the regulator"
            if child.lower_ in _PLACE_PREPS and _names_place(pobj):
                return True  # "talks in Berlin", "an attack at a festival in Las Vegas"
            if pobj.ent_type_ in _TIME_LABELS:
                return True
    return False


HELD_STATES = frozenset({"custody", "detention", "captivity", "prison", "jail"})


def _new_instance(noun: "Token") -> bool:
    """A noun that tells an instance not told before: indefinite ("an investigation", "mass
    protests") or described ("successful negotiations", "an 18-month inquiry"); a bare
    definite reference ("the invasion") names what the story is about."""
    if noun.lemma_.lower() in RUN_NOUNS:
        return True
    dets = [c.lower_ for c in noun.children if c.dep_ in ("det", "poss")]
    described = any(c.dep_ in ("amod", "compound", "nummod") for c in noun.children)
    if dets:
        return dets[0] in ("a", "an") or (described and dets[0] not in ("the", "this", "that"))
    return described or noun.tag_ == "NNS"


# Nouns whose "for" phrase names an act done: "responsibility for", "blame for", "credit for".
RESPONSIBILITY_NOUNS = frozenset({"responsibility", "blame", "credit", "culpability"})


def _under_way(verb: "Token") -> bool:
    """ "is underway", "is under way", "is ongoing", "is in progress"."""
    return any(c.lower_ in ("underway", "ongoing") or
               c.dep_ == "prep" and c.lower_ in ("under", "in") and any(
                   o.dep_ == "pobj" and o.lower_ in ("way", "progress") for o in c.children)
               for c in verb.children)


def _did_result(noun: "Token") -> bool:
    """A relative clause of result on the noun ("a raid which killed four"), or on a noun of
    its phrases, where the parse hangs it on the nearest noun ("an attack at a concert in
    Arlo that left nine dead")."""
    nouns = [noun]
    for _ in range(3):
        nouns += [p for n in nouns[-1:] for c in n.children if c.dep_ == "prep"
                  for p in c.children if p.dep_ == "pobj"][:1]
    return any(c.dep_ == "relcl" and lemma_in(c, RESULT_VERBS) and any(
        s.dep_ == "nsubj" and s.lower_ in ("that", "which") for s in c.children)
        for n in nouns for c in n.children)


def occurs(noun: "Token") -> bool:
    """Whether a nominal trigger is said to take place: the subject or object of an occurrence
    verb ("clashes erupted", "launched an offensive", "there was fighting"), or a headline."""
    if noun.dep_ == "ROOT":
        return True
    head = noun.head
    if noun.dep_ in ("conj", "appos"):
        return occurs(head)
    if any(c.dep_ in ("acl", "relcl") and lemma_in(c, OCCURRENCE_VERBS) and
           c.tag_ == "VBN" for c in noun.children):  # "the curfew imposed in May"
        return True
    if _did_result(noun):
        return True  # "an attack that left nine dead": what it did tells that it took place
    if noun.dep_ == "pobj" and head.lower_ in PRESUPPOSING_PREPS | {"without"}:
        return True  # "without an attack" tells an act that did not happen (mode denied)
    if noun.dep_ == "pobj" and head.lower_ in SEQUENCE_PREPS and _new_instance(noun):
        return True  # "following an 18-month investigation", "after mass protests"
    if noun.dep_ == "attr" and any(c.dep_ == "nsubj" and c.lower_ == "what"
                                   or c.dep_ == "csubj" and c.left_edge.lower_ == "what"
                                   for c in head.children):
        # "what the army said was a violent demonstration", also parsed as a clause subject
        # ("what Israel says was a stone-throwing assault")
        return True
    if noun.dep_ == "pobj" and head.lower_ == "of" and \
            head.head.lemma_.lower() in PHASE_NOUNS:
        return True  # "amid the escalation of protests"
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN" and (
            head.head.lemma_.lower() in MEASURE_NOUNS or
            any(c.dep_ == "nummod" for c in head.head.children)):
        return occurs(head.head)
    if noun.dep_ == "pobj" and head.lower_ == "for" and lemma_in(head.head, MOTION_VERBS):
        return True
    if noun.dep_ == "pobj" and head.lower_ == "for" and \
            head.head.lemma_.lower() in RESPONSIBILITY_NOUNS:
        return True  # "claimed responsibility for the attack": an act that took place
    if noun.dep_ == "pobj" and head.dep_ == "agent":  # "sanctions were imposed by the EU"
        # but "the blast was followed by gunfire": what follows took place too
        return lemma_in(head.head, frozenset({"follow", "precede", "accompany"}))
    if noun.dep_ not in ("nsubj", "nsubjpass", "dobj", "attr", "pobj"):
        return False  # "called the vote a mistake": the predicate "a mistake" happened nowhere
    if noun.dep_ == "dobj" and any(c.dep_ == "oprd" for c in head.children):
        return False  # "called the attack a barbarous act": an evaluation, not a report
    verb = head.head if noun.dep_ == "pobj" and head.dep_ == "prep" else head
    if noun.dep_ == "pobj" and head.lower_ == "with":
        # "responded with an offer", "was met with protests" tell the act; "came with
        # blessings" not
        return lemma_in(head.head, ANSWER_VERBS)
    if noun.dep_ == "pobj" and head.lower_ not in ("to", "out", "in", "on", "into", "with"):
        # "after the invasion" is no report that it happened; "went on a rampage" is
        return False
    if verb.lemma_.lower() == "be" and noun.dep_ == "nsubj" and _under_way(verb):
        return True  # "an investigation is underway", "talks are ongoing"
    if verb.lemma_.lower() == "be":  # only existential "there was fighting", not "the war was slow"
        # or a party in it: "Tunisia has been in a state of emergency", "was in talks with";
        # being held ("the girls were in custody") is a standing state of the held
        return any(c.dep_ == "expl" for c in verb.children) or (
            noun.dep_ == "pobj" and head.lower_ == "in" and
            noun.lemma_.lower() not in HELD_STATES and
            any(c.dep_ == "nsubj" for c in verb.children))
    return verb.pos_ in ("VERB", "AUX") and lemma_in(verb, OCCURRENCE_VERBS)


# Nominal acts of words whose possessor is their doer, a pronoun too: "his pledge to defeat
# the insurgency", "their call for calm" (not "their kidnapping", done to the possessor).
SPEECH_ACT_TYPES = frozenset({"AGREE", "DEMAND", "DISAPPROVE", "REJECT", "THREATEN", "SUPPORT"})
# Nouns of an effort, whose infinitive is a goal and no content offered: "a bid to win".
STRIVING_NOUNS = frozenset({"bid", "attempt", "effort", "drive", "push", "campaign"})


def said_by_possessor(token: "Token", type_: str) -> bool:
    """A nominal speech act with a possessive pronoun and an infinitive or "for" complement
    of its own ("his pledge to defeat", "their call for talks"): an act by the possessor."""
    if token.lemma_.lower() in STRIVING_NOUNS:
        return False  # "his desperate bid to win back voters": an effort, no offer
    return type_ in SPEECH_ACT_TYPES and any(
        c.dep_ == "poss" and c.tag_ == "PRP$" for c in token.children) and any(
        c.dep_ == "acl" and c.tag_ == "VB" or c.dep_ == "prep" and c.lower_ == "for"
        for c in token.children)
