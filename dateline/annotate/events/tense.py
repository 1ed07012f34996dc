"""Tense and aspect of a trigger's clause: when it is told as happening against the news."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon.reporting import REPORTING_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Token

_VERBS = ("VERB", "AUX")
FIRST_PERSONS = frozenset({"i", "we"})


def told_in_the_past(trigger: "Token") -> bool:
    """Whether a verb trigger is a past act: a simple past, active or passive ("welcomed",
    "were killed"), or a present or past perfect ("has called"), with no modal ("will have
    called")."""
    if trigger.pos_ not in _VERBS:
        return False
    auxes = [c for c in trigger.children if c.dep_ in ("aux", "auxpass")]
    if not auxes and trigger.dep_ == "conj" and trigger.tag_ == "VBN":
        # "were killed and injured": the second participle shares the first one's auxiliaries
        auxes = [c for c in trigger.head.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" for a in auxes):
        return False
    return trigger.tag_ == "VBD" or (trigger.tag_ == "VBN" and any(
        a.lemma_.lower() == "have" or a.dep_ == "auxpass" and a.tag_ == "VBD" for a in auxes))


def before_news(trigger: "Token") -> bool:
    """Whether the event is told as earlier than the news: its clause is in the past perfect
    ("had been shot"; not in reported speech, where "said it had seized" is a plain past),
    hangs on "since" ("held since arresting her"), or comes a span of weeks or more before
    ("eight months after the Paris attacks")."""
    verbs = [trigger] if trigger.pos_ in _VERBS else [
        t for t in trigger.ancestors if t.pos_ in _VERBS][:1]
    for verb in verbs:
        auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
        if "had" in auxes and verb.tag_ == "VBN" and not _reported(verb):
            return True
        if any(c.dep_ == "mark" and c.lower_ == "since" for c in verb.children):
            return True
        if verb.dep_ in ("pcomp", "pobj") and verb.head.lower_ == "since":
            return True
    if trigger.dep_ == "pobj" and trigger.head.lower_ == "after":
        # "eight months after the Paris attacks": what a span of weeks or more came after
        return any(c.dep_ == "npadvmod" and c.lemma_.lower() in _LONG_GAPS
                   for c in trigger.head.children)
    return trigger.dep_ == "pobj" and trigger.head.lower_ == "since"


# spans of time long enough that what they came after is background, not the news
_LONG_GAPS = frozenset({"week", "month", "year", "decade"})


def past_perfect(trigger: "Token") -> bool:
    """Whether a verbal trigger is in the past perfect ("had been shot", "had fired")."""
    return trigger.pos_ in _VERBS and trigger.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lower_ == "had" for c in trigger.children)


def historical_present(trigger: "Token") -> bool:
    """Whether a verbal trigger narrates in the present tense (not a speaker's "I welcome")."""
    if trigger.pos_ not in _VERBS or _reported(trigger) or any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in FIRST_PERSONS
            for c in trigger.children):
        return False  # "I welcome the news" is done as it is said
    auxes = [c for c in trigger.children if c.dep_ in ("aux", "auxpass")]
    if auxes:
        return all(a.tag_ in ("VBZ", "VBP") and a.lemma_ == "be" for a in auxes) and \
            trigger.tag_ == "VBN" and not any(c.dep_ == "xcomp" for c in trigger.children)
    return trigger.tag_ in ("VBZ", "VBP")


def _reported(verb: "Token") -> bool:
    """Whether a clause is someone's report: under a reporting verb, or with one beside it
    ("had opened fire, the mayor told reporters")."""
    return any(t.lemma_ in REPORTING_VERBS for t in verb.ancestors) or any(
        c.dep_ in ("parataxis", "ccomp", "advcl") and c.lemma_ in REPORTING_VERBS
        for c in verb.children)
