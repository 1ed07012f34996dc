"""Trigger words in a sense that reports no act: a right or power to do something ("has the
right to refuse transport"), a generic "you" as the doer in narration ("you can't blame her",
"a stranger emails you requesting details"), a post taken or held ("the job he occupied",
"seized the lead")."""

from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

from .clause import agent_of

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ...model import Quote

# Nouns of an entitlement: their infinitive states a standing rule (what one may do), as a law
# does, not an act ("the right to refuse"); an ability is a possible act ("the ability to
# strike": hypothetical, cues.NOUN_GOVERNORS).
ENTITLEMENT_NOUNS = frozenset({"right", "power", "freedom", "authority", "permission", "licence",
                               "license", "discretion", "prerogative", "entitlement"})
# What one holds or wins in a contest or an organisation: occupying or seizing it coerces none.
# ("office", "post" and "place" are buildings, messages and towns too: not these.)
POSTS = frozenset({"job", "position", "seat", "role", "chair", "throne", "title", "lead",
                   "presidency", "chairmanship", "helm", "berth", "crown", "initiative",
                   "limelight", "spotlight"})


def capacity_only(token: "Token") -> bool:
    """An infinitive that completes an entitlement noun: "the right to refuse", "the power
    to ban"."""
    return token.dep_ in ("acl", "relcl") and token.head.lemma_.lower() in ENTITLEMENT_NOUNS and \
        any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def generic_you(token: "Token", quotes: Sequence["Quote"]) -> bool:
    """A doer "you" outside any quotation: the narrator's generic reader, no party."""
    doer = agent_of(token) if token.pos_ in ("VERB", "AUX", "ADJ") else None
    return doer is not None and doer.lower_ == "you" and not any(
        q.start <= token.idx < q.end for q in quotes)


def holds_a_post(token: "Token") -> bool:
    """A post as what is taken or held: its object, or the noun its relative clause
    describes when it has none ("the job he occupied")."""
    held = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    if not held and token.dep_ == "relcl":
        held = [token.head]
    return any(h.lemma_.lower() in POSTS for h in held)


def thing_threatens(verb: "Token") -> bool:
    """A thing as what threatens ("measures that threaten the security of the peninsula",
    "the crisis threatens jobs"): a risk it poses, no party's threat."""
    from .clause import relative_antecedent
    from .senses import thing_noun

    doer = agent_of(verb)
    if doer is None:
        return False
    doer = relative_antecedent(doer) if doer.lower_ in ("which", "that") else doer
    return thing_noun(doer)  # "U.S. measures" are a state's, and still things


# Kin and friends: one's own are private life ("visiting her daughter"), no party.
KIN = frozenset({"father", "mother", "son", "daughter", "wife", "husband", "brother", "sister",
                 "uncle", "aunt", "cousin", "grandfather", "grandmother", "grandson",
                 "granddaughter", "grandchild", "nephew", "niece", "fiance", "fiancee",
                 "girlfriend", "boyfriend", "parent", "family", "relative", "friend"})


def private_meeting(verb: "Token") -> bool:
    """A visit or meeting with one's own kin or friends ("was visiting her daughter", "met
    his family"): private life, not a meeting of parties."""
    return any(o.lemma_.lower() in KIN and any(
        c.dep_ == "poss" and c.tag_ == "PRP$" for c in o.children)
        for o in verb.children if o.dep_ == "dobj")


# Verdict adjectives: what one is found guilty of is the verdict's content, not an act told.
VERDICTS = frozenset({"guilty", "innocent", "culpable", "liable"})


def verdict_content(token: "Token") -> bool:
    """A gerund one is guilty of ("an adult found guilty of assaulting a soldier could be
    jailed"): the charge's content (GUIDELINES: one event per clause), unless it has a time
    of its own."""
    from .occurrence import own_time

    prep = token.head
    return token.dep_ == "pcomp" and prep.lower_ in ("of", "for") and \
        prep.head.lemma_.lower() in VERDICTS and not own_time(token)


def under_way(noun: "Token") -> bool:
    """A nominal act its clause says goes on ("the investigation is ongoing", "talks continue"):
    a new telling of its state, not a bare mention of it."""
    from .occurrence import _under_way

    verb = noun.head
    if noun.dep_ not in ("nsubj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX"):
        return False
    return _under_way(verb) or verb.lemma_.lower() in ("continue", "resume", "drag")


def idle_readiness(adjective: "Token") -> bool:
    """"ready to relocate again", "willing to wait": readiness for no act on anything (the
    infinitive names no event and takes no object); "willing to pay Dorn a fee", "ready to
    lay down their arms", "ready to resume talks" commit to one."""
    from .ontology import load_lexicon

    for verb in (c for c in adjective.children if c.dep_ == "xcomp" and c.pos_ == "VERB"):
        if (verb.lemma_.lower(), "V") in load_lexicon():
            return False
        return not any(c.dep_ in ("dobj", "dative", "prt", "ccomp", "xcomp") or
                       c.dep_ == "prep" and c.lower_ not in ("if", "after", "before")
                       for c in verb.children)
    return False
