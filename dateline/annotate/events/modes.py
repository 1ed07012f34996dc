"""Whether an event happened, according to whom: modes and attribution.

Modes, strongest first: denied (the text says it did not happen: "has not captured", "denies
planning to invade"), hypothetical ("could come", "if it invades", bare "would"), planned ("will
send", "agreed to send", "is ready to send", "plans to"), claimed (a party says so: "X said",
"according to X", "reportedly"), asserted (narrated by the outlet). A hypothetical event is
never asserted. Conditions are read from markers ("if", "unless"), openers ("in case") and a
conditioned head clause; negation from the trigger's clause and the verbs it complements; a
complement of a reporting verb is that verb's subject's claim (cue words: `cues`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..lexicon.modals import FUTURE_AUX, OBLIGATION_MODALS, POSSIBILITY_MODALS
from ..lexicon.reporting import REPORTING_VERBS
from ..syntax import purpose_of
from .cues import (
    ADJUNCT_PREPS, ANSWER_NOUNS, CONDITIONAL_MARKS, DENY_VERBS,
    HYPOTHETICAL_MODIFIERS, LIGHT_VERBS, NEAR_MISS, NEGATIONS, NOUN_GOVERNORS,
    PLANNED_MODIFIERS, governor_flag, noun_governors,
)
from .hypotheticals import conditional, generic_condition
from .kinds_denial import content_of_nothing, no_participant, rejected_claim

# Verbs whose passive subject is what has yet to be done: "more tests were needed", "talks are
# planned for May".
PLANNED_PASSIVES = frozenset({"need", "require", "plan", "schedule", "expect", "propose",
                              "prepare", "consider", "call", "urge", "demand", "seek", "want",
                              "intend"})

if TYPE_CHECKING:
    from spacy.tokens import Token

_CLAUSE_POS = ("VERB", "AUX")
_MAX_DEPTH = 16  # parse steps up to a nominal trigger's clause verb
INDEFINITES = frozenset({"anything", "nothing", "something", "reason", "way", "evidence",
                         "grounds", "basis", "need", "right", "power", "authority"})
HEARSAY = frozenset({"reportedly", "allegedly", "purportedly", "supposedly"})
# Reporting verbs whose object is a happening on their subject's word: "confirmed a test".
CLAIMING_VERBS = frozenset({"confirm", "report", "claim", "allege"})
# Prepositions by which a verb aims at a gerund: "focus on holding", "committed to holding".
AIM_PREPS = frozenset({"on", "to", "toward", "towards"})
# "the invasion to come", "talks to be held": a nominal trigger's own future.
_COMING = frozenset({"come", "follow"})


@dataclass(frozen=True)
class Modality:
    mode: str
    attributor: "Token | None" = None  # subject of the report verb (or pobj of "according to")


def governing_verb(token: "Token") -> "Token":
    """The verb whose clause holds the trigger (the trigger itself when it is a verb), however
    deep the trigger sits in noun phrases ("calls for the publication of advice on the legality
    of the Iraq war": "rejected")."""
    current = token
    for _ in range(_MAX_DEPTH):
        if current.pos_ in _CLAUSE_POS or current.head == current:
            return current
        current = current.head
    return current


def _negated(token: "Token") -> bool:
    return any(c.dep_ == "neg" or (c.lower_ in NEGATIONS and c.dep_ in ("advmod", "det"))
               for c in token.children)


def _auxes(verb: "Token") -> set[str]:
    return {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}


def _report_subject(verb: "Token") -> "Token | None":
    from ..syntax import subject_of

    if verb.lemma_ == "accord" or verb.lower_ == "according":
        from ..syntax import according_to_object

        return according_to_object(verb)
    return subject_of(verb)


def _reporter_before(verb: "Token") -> "Token | None":
    """The noun right before a closing report verb the parse left without a subject."""
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    return before if before is not None and before.pos_ in ("NOUN", "PROPN") else None


def _according_to(token: "Token") -> "Token | None":
    from ..syntax import according_to_object

    for tok in token.sent:
        if tok.lower_ == "according":
            found = according_to_object(tok)
            if found is not None:
                return found
    return None


def _flags_at(current: "Token", nominal_only: bool, own_clause: bool) -> set[str]:
    """Mode flags carried by one clause verb on the path up from the trigger."""
    flags: set[str] = set()
    if not nominal_only and (_negated(current) or (own_clause and no_participant(current))):
        flags.add("denied")
    auxes = set() if nominal_only else _auxes(current)
    if auxes & (POSSIBILITY_MODALS - OBLIGATION_MODALS):
        flags.add("hypothetical")
    if auxes & (FUTURE_AUX | OBLIGATION_MODALS):
        flags.add("planned")
    if "would" in auxes:
        flags.add("would")
    if conditional(current):
        flags.add("hypothetical")
    return flags


def _presupposed(trigger: "Token", clause: "Token") -> bool:
    """Whether the way up from a nominal trigger to its clause passes a phrase that presupposes
    the act: "after the attacks", "in response to the attacks" (what the clause plans answers
    an act that took place)."""
    current = trigger
    while current != clause and current.head != current:
        current = current.head
        if current.dep_ == "prep" and (current.lower_ in ADJUNCT_PREPS or any(
                c.dep_ == "pobj" and c.lemma_.lower() in ANSWER_NOUNS for c in current.children)):
            return True
    return False


def _infinitive_clause(verb: "Token") -> bool:
    """ "impossible for them to start", "moved in to attack", "let them attack": an
    infinitive hanging on its head clause takes that clause's negation and modality, like a
    complement."""
    if verb.dep_ == "ccomp" and verb.tag_ == "VB" and verb.head.pos_ == "VERB" and \
            not any(c.dep_ in ("aux", "mark") for c in verb.children):
        return True  # "did not let them develop", "vowed to make them pay": a bare infinitive
    return verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to"
                                        for c in verb.children)


def _infinitive_modifier(verb: "Token") -> bool:
    """ "anything to convict her", "no reason to attack": an infinitive on a pronoun or bare
    quantifier noun whose clause says whether it happens."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and \
        verb.head.lower_ in INDEFINITES


def modality(trigger: "Token") -> Modality:
    """The mode of the event triggered by `trigger` and who it is attributed to.

    Negation, modals and conditions count on the trigger's own clause and on the verbs it is
    the infinitive complement of ("did not try to attack"), not on clauses it merely sits in
    ("the man who fired was not arrested" says nothing about the firing).
    """
    flags: set[str] = set()
    if trigger.pos_ in ("NOUN", "PROPN"):
        mods = {c.lower_ for c in trigger.children if c.dep_ in ("amod", "det", "compound")}
        if "no" in mods:
            flags.add("denied")
        if mods & HYPOTHETICAL_MODIFIERS:
            flags.add("hypothetical")
        if mods & PLANNED_MODIFIERS:
            flags.add("planned")
        if any(c.dep_ in ("acl", "relcl") and any(a.dep_ == "aux" and a.lower_ == "to"
                                                  for a in c.children) and
               (c.lemma_.lower() in _COMING or any(a.dep_ == "auxpass" for a in c.children))
               for c in trigger.children):  # "the invasion to come", "talks to be held"
            flags.add("planned")
        if any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in trigger.children):
            flags.add("hypothetical")  # "If Veltria attacks" parsed with "attacks" a noun
    elif any(c.dep_ == "advmod" and c.lower_ in NEAR_MISS for c in trigger.children):
        flags.add("denied")  # "nearly killing him", "the rebels almost captured the airport"
    clause = governing_verb(trigger)
    flags |= noun_governors(trigger, clause)
    attributor: Token | None = None
    transparent = True  # still inside the trigger's clause or its controlling verbs
    own_clause = True  # not yet past a coordination ("yielded no concessions and mocked ...")
    # A nominal takes its clause's negation only as its subject or object ("held no talks").
    first = trigger
    while first.dep_ == "conj" and first.head != first and first.head.pos_ in ("NOUN", "PROPN"):
        first = first.head  # "troops and an invasion could come": the first conjunct's role
    nominal_arg = first.head == clause and first.dep_ in ("dobj", "nsubj", "nsubjpass", "attr")
    if first.head == clause and first.dep_ == "nsubjpass" and \
            clause.lemma_.lower() in PLANNED_PASSIVES:
        flags.add("planned")  # "more exercises were needed", "talks are planned for May"
    if nominal_arg and first.dep_ == "dobj" and clause.lemma_.lower() in CLAIMING_VERBS:
        attributor = _report_subject(clause)  # "officials confirmed another missile test"
    if first.head == clause and first.dep_ == "attr":
        # "what Israel says was an assault": the act rests on the sayer's word
        said = next((c for c in clause.children if c.dep_ == "csubj" and
                     c.lemma_ in REPORTING_VERBS and c.left_edge.lower_ == "what"), None)
        if said is not None:
            attributor = _report_subject(said)
    current, previous = clause, trigger
    presupposed = _presupposed(trigger, clause)  # "... in response to the attacks"
    for depth in range(8):
        is_trigger_clause = depth == 0
        if not is_trigger_clause and current.lemma_ in REPORTING_VERBS and \
                previous.dep_ in ("ccomp", "parataxis", "xcomp", "advcl"):
            attributor = _report_subject(current)
            if attributor is not None:
                if current.lemma_ in DENY_VERBS:
                    flags.add("denied")
                break
        if not is_trigger_clause and rejected_claim(current):
            flags.add("denied")
        if transparent:
            # an adjective's copula is its own verb: "are not ready to talk" is denied
            nominal_only = is_trigger_clause and current != trigger and \
                (current.lemma_ not in LIGHT_VERBS or not nominal_arg) and not (
                    trigger.pos_ == "ADJ" and trigger.dep_ == "acomp" and trigger.head == current)
            flags |= _flags_at(current, nominal_only, own_clause)
        if current != trigger:
            governed = governor_flag(current, previous)
            if governed is not None and (transparent or previous.dep_ in ("ccomp", "prep",
                                                                          "pcomp")):
                flags.add(governed)
        if current.head == current:
            break
        step = current.dep_
        if step == "conj":
            own_clause = False
        if step == "pcomp" and current.tag_ == "VBG" and current.head.lower_ in AIM_PREPS and \
                current.head.head.pos_ == "VERB":
            # "will focus on attacking", "is committed to holding talks": the gerund is what
            # the verb aims at, in its mode (not "charged with attacking": what it is about)
            previous, current = current.head, current.head.head
            continue
        if not (step == "xcomp" or _infinitive_clause(current) or (step == "conj" and not any(
                c.dep_ in ("nsubj", "nsubjpass", "aux") for c in current.children)) or (
                step == "acomp" and current.pos_ == "ADJ" and previous.dep_ == "xcomp")):
            # "were not able to shoot": the copula and its adjective are one clause
            transparent = False
        if current.pos_ in _CLAUSE_POS and step in ("relcl", "acl") and \
                not rejected_claim(current.head):
            if step == "acl" and current.head.lemma_.lower() in NOUN_GOVERNORS and any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in current.children):
                # "refusal to talk"; not "a plan put in place during the attacks"
                flags.add(NOUN_GOVERNORS[current.head.lemma_.lower()])
            if step == "acl" and content_of_nothing(current):
                flags.add("denied")  # "there was no evidence that any detainee was tortured"
            if purpose_of(current) is not None and not presupposed:
                flags.add("planned")  # "in order to withdraw": what the act is for
            if not _infinitive_modifier(current):
                break  # a relative clause: the noun's own clause is not ours
            # "did not find anything to convict her": the infinitive is the object's purpose
            previous, current = current, current.head.head if current.head.dep_ in (
                "dobj", "attr", "nsubj") else current.head
            transparent = current.pos_ in _CLAUSE_POS
            continue
        previous, current = current, current.head
    # "Troops entered Sumy, officials said." parsed with said below the clause, or below the
    # sentence's root: a closing attribution covers the whole sentence
    root = clause.sent.root if clause.sent is not None else clause
    for child in (*clause.children, *(root.children if root.i < trigger.i else ())):
        if child.lemma_ in REPORTING_VERBS and child.dep_ in ("parataxis", "ccomp", "advcl") and \
                child.i > trigger.i and attributor is None and \
                not any(c.dep_ in ("ccomp", "xcomp", "dobj") for c in child.children):
            attributor = _report_subject(child) or _reporter_before(child)
    if attributor is None:
        attributor = _according_to(trigger)
    hearsay = any(c.lower_ in HEARSAY for c in (*trigger.children, *clause.children))
    if "would" in flags:
        flags.add("planned" if attributor is not None else "hypothetical")
    if generic_condition(trigger):
        flags.add("hypothetical")
    for mode in ("denied", "hypothetical", "planned"):
        if mode in flags:
            return Modality(mode, attributor)
    claimed = attributor is not None or hearsay  # "77 people reportedly died": an unnamed source
    return Modality("claimed" if claimed else "asserted", attributor)
