"""Tense from the parse: whether a time expression looks back or forward, and sentence bounds.

`timex` asks `tense_at` which way a bare "Monday" points: the verbs governing the span, cue words
before it ("as soon as", "by") and planning verbs ("scheduled", "suggested ... on Wednesday").
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from ..lexicon.modals import ABILITY_MODALS, CONDITIONAL_AUX, FUTURE_AUX, WEAK_FUTURE_MODALS
from ..lexicon.reporting import REPORTING_VERBS
from .rules import FUTURE_HEADS
from ..syntax import text_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_PAST_TAGS = {"VBD", "VBN"}
VERBAL = {"VERB", "AUX"}
_FUTURE_CUE = re.compile(r"(?i)\b(?:as soon as|as early as|no later than|starting|(?:delayed"
                         r"|postponed|adjourned|deferred|put off|pushed back)\s+(?:until|till|to)"
                         r"(?:\s+at\s+least)?)\s+$")
# A modal that only sometimes looks forward ("could not attend on Monday") does with these.
_DEADLINE_CUE = re.compile(r"(?i)\b(?:by|until|till|before|from)\s+(?:at\s+least\s+)?$")
# Verbs whose object is a plan: "suggested a day of prayer on Wednesday" looks forward.
_PROPOSING = {"suggest", "propose", "urge", "recommend", "call", "plan", "schedule"}
_SUGGESTING = {"suggest", "propose", "urge", "recommend", "plan", "schedule"}
_AHEAD = {"before", "for", "until", "till", "toward", "towards", "ahead"}
# Verbs whose bare-infinitive complement is what they ask for (the mandative subjunctive).
_MANDATIVE = {"request", "demand", "ask", "insist", "urge", "recommend", "propose", "suggest",
              "require", "order", "direct"}
# present-tense verbs that say nothing about the future ("says", "is", "has")
_REPORTING_OR_AUX = REPORTING_VERBS | {"be", "have"}


class Sentences:
    """Character bounds of a doc's sentences, computed once (Token.sent walks the whole doc)."""

    def __init__(self, doc: "Doc", text: str | None = None) -> None:
        self.text = text_of(doc) if text is None else text
        self.spans = [(s.start_char, s.end_char) for s in doc.sents]
        self.starts = [start for start, _ in self.spans]

    def bounds(self, start: int, end: int) -> tuple[int, int]:
        """The sentence holding [start, end), never crossing a line break."""
        if not self.spans:
            return start, end
        s_start, s_end = self.spans[max(0, bisect.bisect_right(self.starts, start) - 1)]
        first = max(s_start, self.text.rfind("\n", 0, start) + 1)
        stop = self.text.find("\n", end, s_end)
        return first, s_end if stop < 0 else stop



def span_at(doc: "Doc", start: int, end: int) -> "Span | None":
    """The tokens covering [start, end) of the text, widened to whole tokens."""
    return doc.char_span(start, end, alignment_mode="expand")



def tense_at(doc: "Doc", start: int, end: int, text: str | None = None) -> str | None:
    """past | present | future | news (present tense with a named day: "X meets Y on Monday")
    for the verbs governing the text span, from the parse."""
    span = span_at(doc, start, end)
    if span is None:
        return None
    before = (text_of(doc) if text is None else text)[max(0, start - 40):start]
    if _FUTURE_CUE.search(before):
        return "future"
    deadline = bool(_DEADLINE_CUE.search(before))
    tops = [t for t in span if t.head.i < span.start or t.head.i >= span.end or t.head == t]
    tense: str | None = None
    for top in tops:
        path = [top, *top.ancestors][:8]
        at = next((i for i, t in enumerate(path) if t.pos_ in VERBAL and t not in span), None)
        if at is None:
            continue
        verb = path[at]
        found = _verb_tense(verb, deadline)
        if any(t.lower_ == "since" for t in path[1:at]):
            found = "past"  # "since the May 2 robbery" lies before the reference
        lemma = verb.lemma_.lower()
        if found != "future" and lemma in _PROPOSING and (
                any(t.pos_ == "NOUN" for t in path[1:at]) or (lemma in _SUGGESTING and any(
                    c.dep_ == "dobj" and c.pos_ == "NOUN" for c in verb.children))):
            found = "future"  # "suggested a day of prayer on Wednesday"
        if found == "news" and any(t.pos_ == "NOUN" for t in path[1:at]):
            found = "nearest"  # "follows the release of a statement Wednesday": the noun's day
        if found == "future":
            return found
        tense = tense or found
    return tense



def _verb_tense(verb: "Token", deadline: bool = False) -> str:
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    lowers = {a.lower_ for a in auxes}
    lemma = verb.lemma_.lower()
    planner = verb.head if verb.dep_ in ("xcomp", "ccomp") else verb
    # "agreed in January to disarm": the time dates the agreeing, not what was agreed
    acted = planner is verb and verb.tag_ == "VBD" and not any(a.dep_ == "auxpass" for a in auxes)
    planned = planner.lemma_.lower() in FUTURE_HEADS and (
        planner is not verb or (not acted and any(c.dep_ == "xcomp" for c in verb.children)))
    perfect = any(a.lower_ == "had" for a in planner.children if a.dep_ in ("aux", "auxpass"))
    # "is expected in December": a present auxiliary, so not a past event
    passive_now = any(a.dep_ == "auxpass" and a.tag_ in ("VBZ", "VBP") for a in auxes)
    has = any(a.lemma_ == "have" and a.tag_ in ("VBZ", "VBP") for a in auxes)
    if lowers & (FUTURE_AUX | CONDITIONAL_AUX) or (planned and not perfect) or "going" in lowers:
        return "future"
    if verb.tag_ == "VB" and verb.dep_ == "ccomp" and not auxes and \
            verb.head.lemma_.lower() in _MANDATIVE:
        return "future"  # "requested the council hold talks at 3 p.m. Friday": what is asked
    if lemma in FUTURE_HEADS and passive_now and not has:
        return "future"  # "the deal is expected in May"
    if lemma in FUTURE_HEADS and verb.dep_ == "acl" and verb.tag_ == "VBN" and (
            lemma != "set" or any(c.lower_ == "for" for c in verb.children)):
        # "a summit set for June"; under a past verb the plan may have passed already
        return "nearest" if verb.head.head.tag_ in _PAST_TAGS else "future"
    if "have" not in lowers and (lowers & WEAK_FUTURE_MODALS
                                 or (deadline and lowers & ABILITY_MODALS)):
        return "future"  # "may resign on Friday", "could fall by Sunday"
    if "to" in lowers and verb.dep_ == "xcomp" and verb.head.lemma_.lower() == "be" \
            and verb.head.tag_ in ("VBZ", "VBP"):
        return "future"  # "they are to be married on 8 April"
    if passive_now and not has:
        return "present"
    if has or verb.tag_ in _PAST_TAGS or any(a.tag_ == "VBD" for a in auxes):
        return "past"  # "have been searching since May 2" looks back
    if verb.tag_ in ("VBZ", "VBP") and lemma not in _REPORTING_OR_AUX \
            and not any(a.tag_ in ("VBZ", "VBP") for a in auxes):
        return "news"
    return "present"


def looks_ahead(doc: "Doc", start: int, end: int) -> bool:
    """Whether the span hangs from "before", "for", "until" or "ahead of" below its verb."""
    span = span_at(doc, start, end)
    if span is None:
        return False
    for tok in span[-1].ancestors:
        if tok.pos_ in VERBAL:
            return False
        if tok.dep_ == "prep" and (tok.lower_ in _AHEAD or tok.lower_ == "of"
                                   and tok.head.lower_ in ("ahead", "eve", "run-up", "preview")):
            return True
    return False


def sentence_bounds(doc: "Doc", start: int, end: int) -> tuple[int, int]:
    """Character bounds of the sentence holding [start, end), never crossing a line break."""
    return Sentences(doc).bounds(start, end)
