"""Whether an event happened, according to whom: modes and attribution.

Modes, strongest first: denied (the text says it did not happen: "has not captured", "denies
planning to invade"), hypothetical ("could come", "if it invades", bare "would"), planned ("will
send", "agreed to send", "is ready to send", "plans to"), claimed (a party says so: "X said",
"according to X"), asserted (narrated by the outlet). A hypothetical event is never asserted.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

REPORT_VERBS = frozenset({
    "say", "claim", "report", "announce", "tell", "state", "allege", "insist", "confirm",
    "assert", "add", "acknowledge", "write", "tweet", "declare", "note", "suggest", "believe",
    "estimate", "indicate", "show", "respond", "reply", "argue", "contend", "maintain",
    "according", "warn", "quote", "cite", "post", "told", "explain", "stress",
})
DENY_VERBS = frozenset({"deny", "refute", "dispute", "rule"})  # "ruled out"
PLAN_GOVERNORS = frozenset({
    "plan", "prepare", "intend", "aim", "agree", "promise", "pledge", "vow", "decide", "seek",
    "want", "threaten", "expect", "set", "ready", "willing", "prepared", "due", "offer", "hope",
    "going", "schedule", "propose", "consider", "mull", "weigh", "poised", "likely", "try",
    "attempt", "order", "urge", "call", "demand", "ask",
})
HYPOTHETICAL_MODALS = frozenset({"could", "might", "may", "can", "should", "must", "ca"})
FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
CONDITIONAL_MARKS = frozenset({"if", "unless", "whether"})
HYPOTHETICAL_MODIFIERS = frozenset({"possible", "potential", "likely", "imminent", "future"})
PLANNED_MODIFIERS = frozenset({"planned", "upcoming", "proposed", "scheduled", "expected"})
NEGATIONS = frozenset({"not", "n't", "never", "no"})
# Verbs that carry a nominal trigger's occurrence: "an invasion could come", "held no talks".
# Negation or a modal on another verb ("the invasion was not advancing") says nothing about it.
LIGHT_VERBS = frozenset({
    "happen", "occur", "take", "come", "begin", "start", "launch", "hold", "carry", "conduct",
    "mount", "stage", "be", "have", "impose", "announce", "order", "resume", "continue", "open",
    "plan", "prepare", "seek", "want", "sign", "reach", "make", "give", "provide", "send",
})
_CLAUSE_POS = ("VERB", "AUX")


@dataclass(frozen=True)
class Modality:
    mode: str
    attributor: "Token | None" = None  # subject of the report verb (or pobj of "according to")


def governing_verb(token: "Token") -> "Token":
    """The verb whose clause holds the trigger (the trigger itself when it is a verb)."""
    current = token
    for _ in range(5):
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
    from .event_args import subject_of

    if verb.lemma_ == "accord" or verb.lower_ == "according":
        from .event_args import according_to_object

        return according_to_object(verb)
    return subject_of(verb)


def _according_to(token: "Token") -> "Token | None":
    from .event_args import according_to_object

    for tok in token.sent:
        if tok.lower_ == "according":
            found = according_to_object(tok)
            if found is not None:
                return found
    return None


def modality(trigger: "Token") -> Modality:
    """The mode of the event triggered by `trigger` and who it is attributed to."""
    flags: set[str] = set()
    if trigger.pos_ in ("NOUN", "PROPN"):
        mods = {c.lower_ for c in trigger.children if c.dep_ in ("amod", "det", "compound")}
        if "no" in mods:
            flags.add("denied")
        if mods & HYPOTHETICAL_MODIFIERS:
            flags.add("hypothetical")
        if mods & PLANNED_MODIFIERS:
            flags.add("planned")
    clause = governing_verb(trigger)
    attributor: Token | None = None
    current, previous = clause, trigger
    for depth in range(8):
        is_trigger_clause = depth == 0
        if not is_trigger_clause and current.lemma_ in REPORT_VERBS and \
                previous.dep_ in ("ccomp", "parataxis", "xcomp", "advcl"):
            attributor = _report_subject(current)
            if attributor is not None and not is_trigger_clause:
                break
        nominal_only = is_trigger_clause and current != trigger and \
            current.lemma_ not in LIGHT_VERBS
        if _negated(current) and not nominal_only:
            flags.add("denied")
        auxes = set() if nominal_only else _auxes(current)
        if auxes & HYPOTHETICAL_MODALS:
            flags.add("hypothetical")
        if auxes & FUTURE_AUX:
            flags.add("planned")
        if "would" in auxes:
            flags.add("would")
        if any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in current.children):
            flags.add("hypothetical")
        if current != trigger:
            if current.lemma_ in DENY_VERBS and current != trigger:
                flags.add("denied")
            elif current.lemma_ in PLAN_GOVERNORS and current != trigger and \
                    previous.dep_ in ("xcomp", "prep", "pobj", "acomp", "dobj", "ccomp"):
                flags.add("planned")
        if current.head == current:
            break
        previous, current = current, current.head
    for child in clause.children:  # "Troops entered Sumy, officials said." parsed with said below
        if child.lemma_ in REPORT_VERBS and child.dep_ in ("parataxis", "ccomp") and \
                child.i > trigger.i and attributor is None and \
                not any(c.dep_ in ("ccomp", "xcomp", "dobj") for c in child.children):
            attributor = _report_subject(child)
    if attributor is None:
        attributor = _according_to(trigger)
    if "would" in flags:
        flags.add("planned" if attributor is not None else "hypothetical")
    for mode in ("denied", "hypothetical", "planned"):
        if mode in flags:
            return Modality(mode, attributor)
    return Modality("claimed" if attributor is not None else "asserted", attributor)
