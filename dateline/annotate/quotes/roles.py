"""Speaker phrases and roles: what a speaker token's phrase says of it, and the syntactic roles
that make a person a pronoun's antecedent or keep them from being one.

A speaker phrase is a noun phrase, never a run-on clause; a title before a name is dropped; an
unnamed speaker keeps the words that tell who it is ("a journalist for the wire service"). A
subject of its sentence's main clause is salient (also one the parse rooted the sentence on,
with the verb hung on it); so is one named by "according to" or whose view a sentence opens
with ("To Al Roe, ..."), and one a perception verb shows acting ("listened to Sam Oyo speak");
the one spoken to never speaks.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..syntax import phrase_span, rooted_on_subject
from .agents import is_person_noun
from .frames import FRAME_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Token

_DESCRIPTION_PREPS = frozenset({"for", "of", "in", "at", "from", "with", "to"})
_MAX_DESCRIPTION = 10  # tokens


def is_phrase_name(token: "Token") -> bool:
    """Whether a speaker phrase is a noun phrase, not a run-on clause."""
    # A speaker phrase must be a noun phrase, not a run-on clause ("Moscow, for its part, stiffened
    # its response" from a mis-parse).
    span = phrase_span(token)
    return len(span) <= 12 and not any(
        t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound", "acl") and t != token
        for t in span)


def without_title(token: "Token", name: str) -> str:
    """The name without the title written before it."""
    # "Deputy Chief Constable Ann Roe" -> "Ann Roe": a chain of capitalised words keeps the words
    # after its last title word.
    span = phrase_span(token)
    words = [t for t in span if not t.is_punct]
    titles = [k for k, t in enumerate(words) if is_person_noun(t)]
    if len(words) < 2 or not titles or titles[-1] >= len(words) - 1:
        return name
    rest = words[titles[-1] + 1:]
    if not all(t.is_title or t.is_upper for t in rest) or not any(t.pos_ == "PROPN"
                                                                 for t in rest):
        return name  # "BP chief executive Lord Browne" -> "Lord Browne"
    return " ".join(t.text for t in rest)


def described_by_phrase(token: "Token") -> str | None:
    """The describing phrase of an unnamed speaker, with its prepositions."""
    # An unnamed speaker keeps the words that tell who it is: "a journalist for the wire service",
    # "a commentator in a left-wing daily".
    if token.pos_ not in ("NOUN", "PROPN") or token.ent_type_:
        return None  # ("the Ministry of Defence" untyped by NER is still a description)
    prep = next((c for c in token.children if c.dep_ == "prep" and c.i > token.i
                 and c.lower_ in _DESCRIPTION_PREPS), None)
    if prep is None:  # "sources close to the probe", "people familiar with the matter"
        prep = next((p for c in token.children if c.dep_ == "amod" and c.i > token.i
                     for p in c.children if p.dep_ == "prep" and p.lower_ in ("to", "with")),
                    None)
    if prep is None:
        return None
    span = phrase_span(token)
    words = [t for t in prep.subtree if t.dep_ not in ("relcl", "acl")
             and not (t.dep_ == "appos" and t.doc[t.left_edge.i - 1].text == ",")]
    end = max(t.i for t in words) + 1
    if end < len(token.doc) and token.doc[end].dep_ == "appos" and token.doc[end].head == token:
        end = token.doc[end].right_edge.i + 1  # "a commentator in a daily, the Courier"
    tail = token.doc[prep.i:end]
    # a quoted heading the sentence ran on from is no part of it ("'Not a result' A spokeswoman")
    start = max([span.start] + [t.i + 1 for t in token.doc[span.start:token.i] if t.is_quote])
    if any(t.text in ",;:()" for t in tail) or end - start > _MAX_DESCRIPTION:
        return None
    return token.doc[start:end].text


def partitive_phrase(token: "Token") -> str | None:
    """"one of the French fighters", "two of the survivors": a part of a group that speaks is
    described by the whole phrase (the phrase is a speaker's: the group is one of people)."""
    if token.pos_ not in ("NUM", "PRON") and token.lower_ not in ("some", "many", "several"):
        return None
    group = next((o for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                  for o in c.children if o.dep_ == "pobj"), None)
    if group is None or group.tag_ not in ("NNS", "NNPS") or group.ent_type_ not in ("", "NORP"):
        return None
    start, end = token.left_edge.i, group.i + 1
    words = token.doc[start:end]
    if end - start > _MAX_DESCRIPTION or any(t.is_punct for t in words):
        return None
    return words.text


def main_clause(verb: "Token") -> bool:
    """Whether a subject's verb heads its sentence (a salient antecedent)."""
    # A subject is salient for a later pronoun when its verb heads its sentence (or is coordinated
    # with the head); an embedded subject ("believed that Endemol had tried", "added that people
    # vote") is not.
    for _ in range(3):
        if verb.dep_ == "ROOT" or (verb.dep_ == "acl" and verb.head.dep_ == "ROOT" and
                                   rooted_on_subject(verb) is not None):
            return True
        if verb.dep_ == "ccomp" and verb.i < verb.head.i and verb.head.dep_ == "ROOT":
            return True  # told first, attributed after: "Roe persuaded her, the article said"
        if verb.dep_ not in ("conj", "parataxis"):
            return False
        verb = verb.head
    return False


def according_to(token: "Token") -> bool:
    """The source "according to" names: one who spoke, whatever the clause's subject; so does
    a person whose view a sentence opens with ("To Al Roe, an analyst, that is a mistake")."""
    if token.dep_ != "pobj" or token.head.lower_ != "to":
        return False
    prep = token.head
    if prep.head.lower_ == "according":
        return True
    sent = token.sent
    return prep.i == sent.start and token.ent_type_ == "PERSON" and \
        any(t.text == "," for t in token.doc[token.right_edge.i + 1:token.right_edge.i + 2])


def addressee(token: "Token") -> bool:
    """The one spoken to ("she told CNN's Anderson Cooper", "said to Al Roe"): never the
    speaker."""
    head = token.head
    if token.dep_ == "pobj" and head.lower_ == "to":
        head = head.head
    elif token.dep_ not in ("dobj", "dative"):
        return False
    return head.lemma_.lower() in FRAME_VERBS


def subject_verb(token: "Token") -> "Token | None":
    """The verb a token is the subject of: its head, or the verb of a sentence the parse
    rooted on it ("Ann Roe, head of the union, called on them to ..." hangs "called" on
    "Roe", `rooted_on_subject`)."""
    if token.dep_ in ("nsubj", "nsubjpass"):
        return token.head
    if token.dep_ == "ROOT" and token.pos_ in ("NOUN", "PROPN"):
        return next((c for c in token.children if c.dep_ == "acl" and c.i > token.i
                     and rooted_on_subject(c) == token), None)
    return None


def acts(token: "Token") -> bool:
    """A subject not inside what someone reports, or the one a perception verb shows acting
    ("listened to Sam Oyo speak", "saw Ann Roe leave")."""
    verb = subject_verb(token)
    if verb is not None:
        return verb.dep_ not in ("ccomp", "xcomp")
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return token.dep_ in ("dobj", "pobj") and after is not None and after.pos_ == "VERB" \
        and after.tag_ in ("VB", "VBP", "VBG")
