"""A nominal event told by what it did: an act that did something took place.

"The abductions increased pressure on the government", "the mass abduction thrust the town
into the spotlight", "killings that targeted Muslims": an act named as the doer of a past deed
done to something (a direct object) happened. A deed in the present, a modal or a bare
copula says nothing of the act's own occurrence ("the ban applies to", "talks would give",
"the invasion was a mistake"), and a bare topic ("the invasion of Norland changed everything")
is no new telling. A copula that names what a happening was tells the act too: "it is a
release", "this is not a swap" (a pronoun standing for the happening told; denied when
negated; "this is a war on faith", with a phrase of its own, characterises), "the release
was the outcome of talks" and "the product of painstaking negotiations" (what a result came
of took place).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

_STATIVE = frozenset({"be", "have", "seem", "appear", "remain", "become", "mean", "require",
                      "need", "include", "involve", "cost"})
_RELATIVES = frozenset({"that", "which"})


def _past_deed(verb: "Token") -> bool:
    """An active verb in the past (simple or perfect) with a direct object, no modal."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() in _STATIVE:
        return False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.dep_ == "auxpass" or a.tag_ == "MD" or a.lower_ in ("will", "to") for a in auxes):
        return False
    past = verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(
        a.lemma_.lower() == "have" for a in auxes))
    return past and any(c.dep_ == "dobj" for c in verb.children)


def _described(noun: "Token") -> bool:
    """A noun told with something of its own ("the mass abduction in the town", "the
    abductions, during exam time"); "the invasion of Norland changed everything" names the
    story's topic by what it was of."""
    return any(c.dep_ in ("amod", "compound", "nummod", "acl", "appos") or
               c.dep_ == "prep" and c.lower_ != "of" for c in noun.children)


def did_something(noun: "Token") -> bool:
    """Whether a nominal trigger is the subject of a past deed ("the abductions increased
    pressure") or of a relative clause telling one ("killings that targeted Muslims"); an
    act a pronoun owns ("their kidnapping shocked the world") points back to one told before."""
    if any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in noun.children):
        return False
    if noun.dep_ == "nsubj" and _past_deed(noun.head) and _described(noun):
        return True
    return any(c.dep_ == "relcl" and _past_deed(c) and any(
        s.dep_ == "nsubj" and s.lower_ in _RELATIVES for s in c.children)
        for c in noun.children)


# Verbs whose object is an act to come: "awaiting trial", "expecting a backlash".
_AWAITING = frozenset({"await", "expect", "anticipate"})


def awaited(noun: "Token") -> bool:
    """A nominal act awaited by its party: the act is planned (its mode says so)."""
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in _AWAITING and any(
        c.dep_ == "nsubj" for c in noun.head.children)


# Nouns that say a happening came of another: "the outcome of talks", "the product of".
RESULT_NOUNS = frozenset({"outcome", "result", "product", "fruit", "culmination",
                          "consequence"})
# Pronouns that stand for a happening just told: "It is a release", "this is not a swap".
HAPPENING_PRONOUNS = frozenset({"it", "this", "that"})


def _plain_copula(verb: "Token") -> bool:
    """A form of "be" told as fact: no modal ("would be a violation" says nothing happened)."""
    return verb.lemma_.lower() == "be" and not any(
        c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ == "to") for c in verb.children)


def named_by_copula(noun: "Token") -> bool:
    """Whether a copula names the nominal act as what a happening was (see the module doc)."""
    head = noun.head
    if noun.dep_ == "attr" and _plain_copula(head):
        # a phrase of its own makes it a characterisation: "this is a war on faith"
        return not any(c.dep_ == "prep" for c in noun.children) and any(
            c.dep_ == "nsubj" and c.lower_ in HAPPENING_PRONOUNS for c in head.children)
    if noun.dep_ == "nsubj" and _plain_copula(head):
        return any(c.dep_ == "attr" and c.lemma_.lower() in RESULT_NOUNS
                   for c in head.children)
    if noun.dep_ != "pobj" or head.lower_ != "of":
        return False
    # "the product of painstaking negotiations": a result predicated of a happening
    result = head.head
    return result.lemma_.lower() in RESULT_NOUNS and (
        result.dep_ == "appos" or result.dep_ == "attr" and _plain_copula(result.head))
