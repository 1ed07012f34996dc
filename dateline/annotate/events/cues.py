"""Words that set an event's mode from the clause around it: negation, condition, plan, denial.

`governor_flag` reads the verb, adjective, noun or preposition that governs a trigger's clause
("failed to capture": denied; "plans to invade": planned; "the threat of an invasion":
hypothetical); `noun_governors` the nouns between a nominal trigger and its clause verb.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

DENY_VERBS = frozenset({"deny", "refute", "dispute", "rule"})  # "ruled out"
REJECT_VERBS = frozenset({"reject", "dismiss"})
# Verbs whose infinitive complement did not happen: "failed to capture", "refused to withdraw".
FAIL_VERBS = frozenset({"fail", "refuse", "decline", "avoid"})
# Nouns of a phrase that answers an act, which therefore took place: "in response to", "in
# the wake of".
ANSWER_NOUNS = frozenset({"response", "retaliation", "reaction", "reply", "wake", "aftermath",
                          "revenge", "reprisal"})
# What one calls by convening it: "called an emergency meeting" (not "called the attack
# cowardly", "called for talks").
CONVENED_NOUNS = frozenset({"meeting", "session", "summit", "conference", "talks", "assembly",
                            "hearing", "inquiry", "consultation", "consultations"})
# Verbs whose "from" act is kept from happening: "prevents it from initiating war".
PREVENT_VERBS = frozenset({"prevent", "stop", "bar", "prohibit", "forbid", "keep", "block",
                           "deter", "discourage", "ban", "restrain", "dissuade"})
# Nouns that govern an event without asserting it: "the threat of an invasion", "refusal to
# negotiate", "calls for a ceasefire", "plans for an offensive".
NOUN_GOVERNORS: dict[str, str] = {
    **{w: "hypothetical" for w in ("threat", "possibility", "risk", "prospect", "fear",
                                   "danger", "likelihood", "chance", "case", "scenario",
                                   "warning", "spectre", "specter", "hope", "question",
                                   "option", "prospect", "ability", "capability",
                                   "capacity")},  # "had the ability to strike": not a strike
    **{w: "planned" for w in ("plan", "proposal", "offer", "call", "demand", "appeal",
                              "request", "readiness", "willingness", "intention", "bid",
                              "pledge", "promise", "push",
                              "preparation", "ultimatum", "invitation")},
    **{w: "hypothetical" for w in ("event", "verge", "brink", "threshold")},  # "in the event of"
    **{w: "denied" for w in ("refusal", "failure", "denial")},
}
NOBODY = frozenset({"nobody", "noone", "nothing", "none", "neither"})
# A negated universal subject ("not everyone agreed", "not all members backed the plan") denies
# the event as stated (by everyone): the mode is denied rather than dropping the event, so the
# partial support stays visible but is never narrated as asserted. "few countries supported"
# does assert that some did: it stays asserted.
UNIVERSALS = frozenset({"everyone", "everybody", "everything", "all", "every", "each"})
# Governors of a possibility rather than a plan: "fears that X will", "threat of an attack".
HYPOTHETICAL_GOVERNORS = frozenset({"fear", "risk", "possible", "predict", "speculate",
                                    "imagine", "wonder", "question", "capable"})
PLAN_GOVERNORS = frozenset({
    "plan", "prepare", "intend", "aim", "agree", "promise", "pledge", "vow", "decide", "seek",
    "want", "threaten", "expect", "await", "anticipate", "set", "ready", "willing", "prepared",
    "due", "offer", "hope",
    "going", "schedule", "propose", "consider", "mull", "weigh", "poised", "likely",
    "urge", "call", "demand", "ask", "close",  # "closing in on freezing"
})
# A past order or attempt is itself the news ("Biden ordered sanctions", "a soldier who tried to
# arrest him"): neither makes its complement planned; "ordered" stays out of PLAN_GOVERNORS.
# Adjectives whose infinitive is not an event that happened: "easier to negotiate".
ABLE_ADJECTIVES = frozenset({"able", "free", "quick", "first", "last", "happy", "glad"})
DENY_ADJECTIVES = frozenset({"unable", "impossible", "reluctant", "unwilling"})
DENY_PREPS = frozenset({"without", "instead"})
CONDITIONAL_MARKS = frozenset({"if", "unless", "whether", "lest"})
# Verbs and adjectives that ask a question: their "if" clause is what is asked ("investigating if
# a second car was involved"), not a condition on them.
ASKING_WORDS = frozenset({
    "ask", "investigate", "probe", "examine", "check", "study", "determine", "establish",
    "decide", "know", "see", "wonder", "question", "assess", "verify", "clear", "unclear",
    "sure", "unsure", "tell", "consider", "debate", "query", "inquire", "enquire",
})
# Prepositions of time, cause or circumstance: an act in their phrase is no complement of the
# verb they hang on ("called in air support after being surrounded": the call does not make
# the surrounding planned).
ADJUNCT_PREPS = frozenset({"after", "before", "since", "until", "till", "during", "following",
                           "amid", "amidst", "despite", "because", "while", "when"})
# Adverbs by which an act came close to happening and did not: "nearly killing him".
NEAR_MISS = frozenset({"nearly", "almost"})
# Multi-word openers of a condition the parser may not attach as a marker: "in case X invaded".
CONDITIONAL_OPENERS = (("in", "case"), ("in", "the", "event"), ("provided", "that"),
                       ("as", "long", "as"), ("on", "condition", "that"))
HYPOTHETICAL_MODIFIERS = frozenset({"possible", "potential", "likely", "imminent", "future"})
PLANNED_MODIFIERS = frozenset({"planned", "upcoming", "proposed", "scheduled", "expected",
                               "anticipated", "forthcoming", "impending", "intended", "slated"})
# Stances given in the offering: "offered their condolences" gives them now.
GIVEN_STANCES = frozenset({"condolence", "condolences", "sympathy", "sympathies", "apology",
                           "apologies", "solidarity", "tribute", "thanks", "gratitude"})
# Adjectives of necessity: "it is essential that we find out" is what is still to be done.
NECESSITY_ADJECTIVES = frozenset({"essential", "vital", "necessary", "imperative", "crucial",
                                  "critical", "important", "urgent"})
NEGATIONS = frozenset({"not", "n't", "never", "no"})
# Verbs that carry a nominal trigger's occurrence: "an invasion could come", "held no talks".
# Negation or a modal on another verb ("the invasion was not advancing") says nothing about it.
LIGHT_VERBS = frozenset({
    "happen", "occur", "take", "come", "begin", "start", "launch", "hold", "carry", "conduct",
    "mount", "stage", "be", "have", "impose", "announce", "order", "resume", "continue", "open",
    "plan", "prepare", "seek", "want", "sign", "reach", "make", "give", "provide", "send",
    "face", "undergo",  # "must face trial": the trial is what is to come
})


def _for_to(clause: "Token") -> bool:
    """A "for X to do" clause: its own subject after "for", its verb after "to"."""
    return any(c.dep_ == "mark" and c.lower_ == "for" for c in clause.children) and \
        any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


def noun_governors(trigger: "Token", clause: "Token") -> set[str]:
    """Modes from the nouns and prepositions between a nominal trigger and its clause verb
    ("threat of war", "ended without an attack")."""
    flags: set[str] = set()
    current = trigger
    while current != clause and current.head != current:
        current = current.head
        if current.pos_ == "NOUN" and current.lemma_.lower() in NOUN_GOVERNORS:
            flags.add(NOUN_GOVERNORS[current.lemma_.lower()])
        elif current.pos_ == "NOUN":
            # a noun governs its own complement only: "calls for the publication of advice on
            # the Iraq war" plan the publication, not the war; "an end to the war" ends it
            break
        if current.dep_ == "prep" and current.lower_ in DENY_PREPS:
            flags.add("denied")
        if current.dep_ == "prep" and current.lower_ in ADJUNCT_PREPS:
            break  # "a plan put in place during the attacks" times the plan by the attacks
    return flags


def governor_flag(current: "Token", previous: "Token") -> str | None:
    """The mode a governing verb gives its complement ("denied attacking", "plans to")."""
    lemma = current.lemma_.lower()
    if current.pos_ == "ADJ" and previous.dep_ == "advcl" and lemma in DENY_ADJECTIVES:
        return "denied"  # "made it impossible for them to start a war"
    if previous.dep_ == "advcl" and _for_to(previous) and previous.i > current.i:
        previous_dep = "ccomp"  # "calls for Pyongyang to suspend its tests": its complement
    else:
        previous_dep = previous.dep_
    if previous_dep not in ("xcomp", "ccomp", "prep", "pobj", "acomp", "dobj", "pcomp"):
        return None
    if previous_dep == "prep" and previous.lower_ in ADJUNCT_PREPS:
        return None  # "called in air support after being surrounded"
    if lemma == "be" and previous_dep == "xcomp":
        return "planned"  # "Kim is to reopen the hotline"
    if lemma == "be" and previous_dep == "ccomp" and any(
            c.dep_ == "acomp" and c.lemma_.lower() in NECESSITY_ADJECTIVES
            for c in current.children):
        return "planned"  # "it is essential that we find out what happened"
    if previous_dep in ("ccomp", "xcomp") and previous.i < current.i:
        return None  # a complement before its governor is a misparse ("X is killed; he pledges")
    if current.pos_ == "ADP" and lemma in DENY_PREPS:
        return "denied"
    if lemma in PREVENT_VERBS and previous_dep == "prep" and previous.lower_ == "from":
        return "denied"  # "prevents it from initiating war", "barred troops from entering"
    if current.pos_ == "NOUN":
        return NOUN_GOVERNORS.get(lemma)
    if lemma in DENY_VERBS or lemma in FAIL_VERBS or lemma in DENY_ADJECTIVES:
        return "denied"
    if current.pos_ == "ADJ" and previous.dep_ in ("xcomp", "ccomp", "advcl") and \
            lemma not in PLAN_GOVERNORS and lemma not in ABLE_ADJECTIVES:
        return "hypothetical"  # "easier to negotiate", "necessary to strike"
    if lemma in HYPOTHETICAL_GOVERNORS:
        return "hypothetical"
    if lemma == "call" and previous_dep == "dobj" and \
            previous.lemma_.lower() in CONVENED_NOUNS:
        return None  # "called an emergency meeting": convened it (not "called for talks")
    if lemma in PLAN_GOVERNORS and not (previous_dep == "dobj" and
                                        previous.lemma_.lower() in GIVEN_STANCES):
        return "planned"  # not "offered their condolences": given as offered
    return None
