"""Who speaks with a speech verb: "according to X", "quoted X as saying", the reporter a
participle ("..., saying") speaks for, the one an object-controlled infinitive names, else the
verb's subject; FRAME_VERBS are the verbs that frame a quote."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon.reporting import REPORTING_VERBS, SPEECH_VERBS
from ..syntax import according_to_object, subject_of

if TYPE_CHECKING:
    from spacy.tokens import Token

# Speech acts that are not in SPEECH_VERBS because they also count or reveal non-speech, and
# manners of speaking that only introduce a quote.
FRAME_VERBS = SPEECH_VERBS | frozenset("""
admit disclose reveal complain concede boast recount remark comment observe testify whisper
yell murmur reiterate emphasise emphasize vow promise lament describe narrate
mutter growl snap sneer gush muse sigh laugh read
""".split())
# ("read" frames what a text says: "'...,' a statement released by the agency read")
# edges a subjectless verb climbs to find who does it
_CLIMB_DEPS = frozenset({"pcomp", "prep", "advcl", "xcomp", "conj"})


def speaker_of(verb: "Token") -> "Token | None":
    """Who speaks with `verb`."""
    # Who speaks with `verb`: "according to X", "quoted X as saying", a participle's reporter, else
    # the verb's subject.
    if verb.lower_ == "according":
        return according_to_object(verb)
    if verb.dep_ == "pcomp" and verb.head.lower_ == "as":
        verb = verb.head.head  # "quoted Kim as saying": the quoting verb decides
    if verb.lemma_.lower() == "quote" and any(c.lower_ == "as" for c in verb.children):
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is not None:
            return obj  # "KCNA quoted Kim as saying": Kim speaks
    if verb.tag_ == "VBG" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return participle_speaker(verb)  # "..., tweeting:" speaks for the outer reporter
    if passive_frame(verb):
        # "Scenes have been described as 'total carnage'": what is described does not speak;
        # its "by" agent does ("was described by police as ..."), else nobody named
        return next((o for a in verb.children if a.dep_ == "agent" for o in a.children
                     if o.dep_ == "pobj"), None)
    reporter = _coordinated_reporter(verb)
    if reporter is not None:
        return subject_of(reporter)
    controller = _object_controller(verb)
    if controller is not None:
        return controller  # "which spurred Thurman to note, '...'": Thurman notes
    subject = subject_of(verb)
    if subject is None and verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head  # "the statement, which added that ..."
    if subject is None:
        return _participle_subject(verb)
    return subject


def _object_controller(verb: "Token") -> "Token | None":
    """The object of the verb that a subjectless infinitive of speech completes: it speaks
    ("prompted the minister to say", "asked him to describe"), not the subject above."""
    if verb.dep_ != "xcomp" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    return next((c for c in verb.head.children if c.dep_ == "dobj"), None)


def passive_frame(verb: "Token") -> bool:
    """A speech verb in the passive, whose subject is what is said of, not who says it
    ("was described as"); "was quoted / heard / cited as saying" names the speaker."""
    return any(c.dep_ == "nsubjpass" for c in verb.children) and \
        verb.lemma_.lower() not in ("quote", "hear", "cite")


def _participle_subject(verb: "Token") -> "Token | None":
    """"Mr De Sa, 31, treated for shock, said:": the parse made the participle a clause of
    its own with the speaker as its subject, and left the speech verb without one."""
    for child in verb.children:
        if child.dep_ in ("ccomp", "advcl") and child.i < verb.i and child.tag_ == "VBN":
            subject = next((c for c in child.children if c.dep_ in ("nsubj", "nsubjpass")),
                           None)
            if subject is not None and (subject.ent_type_ == "PERSON" or subject.pos_ == "PROPN"):
                return subject
    return None


def _coordinated_reporter(verb: "Token") -> "Token | None":
    """The speech verb a subjectless speech verb is coordinated with, when the parse hung it on
    the clause reported instead: in "X said the team had reached a view, but admitted it was
    'not easy'" X admits, not the team (a reported clause does not go on to speak)."""
    if verb.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    clause = verb.head
    if clause.dep_ != "ccomp" or clause.lemma_.lower() in FRAME_VERBS:
        return None
    outer = clause.head
    if outer.pos_ in ("VERB", "AUX") and outer.lemma_.lower() in FRAME_VERBS:
        return outer
    return None


# Verbs of taking one's turn in an exchange: whoever does them speaks the participle after.
_RESPONDING = frozenset({"agree", "respond", "reply", "answer", "retort", "interject", "chime",
                         "counter", "disagree", "concur", "join", "react"})


def participle_speaker(verb: "Token") -> "Token | None":
    """Who speaks through a participle ("..., saying", "tweeting:")."""
    # Who speaks through a participle: "X suggested that Y had promised aid, tweeting: “...”" (the
    # outermost reporter, not Y), "Moscow insists on calling it a “...”" (the verb the participle
    # completes), "Putin made an address urging ..." (the subject of the verb whose object the
    # participle modifies). The sentence root's subject is the last resort.
    if verb.dep_ in ("xcomp", "advcl") and verb.head.lemma_.lower() in _RESPONDING:
        own = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        if own is not None:
            return own  # "while Max Verstappen agreed, saying ...": the one who agreed
    reporter = None
    for ancestor in verb.ancestors:
        if ancestor.pos_ == "VERB" and ancestor.lemma_.lower() in REPORTING_VERBS:
            reporter = ancestor
    if reporter is not None and subject_of(reporter) is not None:
        return subject_of(reporter)
    if verb.dep_ == "acl":
        noun = verb.head
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        verb_above = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
        return owner or (_doer(verb_above) if verb_above is not None else None)
    return _doer(verb) or subject_of(verb.sent.root)


def _doer(verb: "Token") -> "Token | None":
    """Who does `verb`: its subject, or the subject or controlling object above it."""
    # Who does `verb`: its subject, else the subject of the clause it completes, where an object
    # controls an infinitive ("triggered the alert system to send messages": the system sends).
    current = verb
    for _ in range(6):
        subject = next((c for c in current.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            return subject
        if current.dep_ == "xcomp" or (current.dep_ == "advcl" and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in current.children)):
            controller = next((c for c in current.head.children if c.dep_ == "dobj"), None)
            if controller is not None:
                return controller
        if current.dep_ not in _CLIMB_DEPS or current.head == current:
            return None
        current = current.head
    return None
