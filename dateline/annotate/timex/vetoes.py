"""Vetoes that need the parse or the surrounding words: "may" the verb, ages, counts, names."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .tense import VERBAL, span_at

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_YEAR_COUNTABLE = re.compile(r"(?i)^(year|season|model|budget|election|census|olympics|games"
                             r"|campaign|world|war|crisis|cup|summit|revolution|levels?)$")
_NOT_YEAR_BEFORE = re.compile(r"(?i)(?:no\.|number|#|\$|route|flight|room|page|pages|article"
                              r"|resolution|code|model|about|some|nearly|almost|over|than"
                              r"|only|all)\s*$")
_NOT_A_DAY_AFTER = re.compile(r"\s+(?:Times|Telegraph|Mirror|Express|Herald|People|Post|Tribune"
                              r"|Independent|Mail|Star|Sport|World|Business|Night Live)\b")
_NOT_A_DAY_BEFORE = re.compile(r"(?:(?:Mail|Independent|Observer) on|News|Super|Meet the Press)"
                               r"\s+$")
_QUARTER_FINAL = re.compile(r"(?i)[\s-]*(?:finals?|finalists?)\b")
_CLOCK_WORDS_AFTER = re.compile(r"\s*(?:GMT|BST|UTC|CET|EST|EDT|hrs|hours|h\b|local time)")
# "the March for Life", "the March of the Mothers": a month word heading a name
_NAME_AFTER_MONTH = re.compile(r"\s+(?:for|of)\s+(?:the\s+)?[A-Z][a-z]")
_TIME_WORDS = re.compile(r"(?i)(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|spring|summer"
                         r"|autumn|fall|winter|fiscal|fy)")


def plausible(doc: "Doc", text: str, rule: str, match: re.Match[str]) -> bool:
    """Vetoes that need the parse or the surrounding words (`text` is doc.text, which spaCy
    rebuilds on every access)."""
    before = text[max(0, match.start() - 12):match.start()]
    after = text[match.end():match.end() + 12]
    span = span_at(doc, match.start(), match.end())
    if span is None or len(span) == 0:
        return False
    if rule == "month":
        tok = span[-1] if not match.group("y") else span[0]
        for t in span:
            if t.text.rstrip(".").lower() in ("may", "march", "june", "april", "august"):
                tok = t
        if tok.tag_ == "MD" or tok.pos_ in VERBAL:
            return False
        if tok.i > 1 and doc[tok.i - 1].tag_ == "POS" and doc[tok.i - 2].text[:1].isupper() \
                and tok.i == span[0].i and tok.dep_ not in ("compound", "nmod", "amod"):
            return False  # a name: "the Women's March" (not "Britain's March figures")
        if tok.text in ("May", "June", "April", "August") and not match.group("y"):
            prev = doc[tok.i - 1] if tok.i > 0 else None
            if prev is not None and prev.pos_ == "PROPN" and prev.text[:1].isupper():
                return False  # "Theresa May"
            nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            if nxt is not None and nxt.pos_ == "PROPN":
                return False
    if rule == "year":
        if _NOT_YEAR_BEFORE.search(before) or re.match(r"\s*[-–]?\s*(?:year|per ?cent|%)", after):
            return False
        tok = next((t for t in span if t.like_num), span[-1])
        head = tok.head
        fiscal = match.group(0)[:1] in "fF"  # "fiscal 1989 sales" are a year's sales
        if tok.dep_ == "nummod" and head.tag_ in ("NNS", "NNPS") and not fiscal \
                and not _YEAR_COUNTABLE.match(head.text):
            return False
        if tok.ent_type_ in ("MONEY", "QUANTITY", "PERCENT", "CARDINAL") and tok.dep_ == "nummod":
            return False
        if tok.dep_ == "nummod" and head.i == tok.i - 1 and head.tag_ in ("NNP", "NNPS") \
                and not _TIME_WORDS.match(head.text):
            return False  # a name with a number: "Windows 2000", "Euro 2004"
    if rule == "holiday" and _classifier(span[-1]):
        return False
    if after.startswith("-to-"):
        return False  # "quarter-to-quarter", "year-to-year": a comparison, not a time
    if rule in ("duration", "ago"):
        if re.match(r"[\s-]*old\b", after) or re.search(r"(?i)\baged?\s*$", before):
            return False
        if rule == "duration" and not match.group("pre") and re.match(r"\s+of\b", after) \
                and (match.group("unit") or "").lower() == "quarter":
            return False  # "three-quarters of its food": a fraction
        if rule == "ago" and (match.group("dir") or "").lower() in ("earlier", "later") and \
                (match.group("unit") or "").lower() != "year":
            return False
        if (match.group("num") or "").lower() in ("a", "an") and rule == "duration" \
                and not match.group("pre") and _rate_or_event(doc, span, after):
            return False
    if not _named_not_dated(doc, text, rule, match, span):
        return False
    return not (rule == "vague" and match.group("v").lower() == "now"
                and re.match(r"\s*(?:that|,?\s*then)\b", after))


def _named_not_dated(doc: "Doc", text: str, rule: str, match: re.Match[str], span: "Span"
                     ) -> bool:
    """False for time words inside names and labels: coach Mike Friday, The Sunday Telegraph,
    Radio 4's Today, the Daily Mail, the quarter-finals, "as of 1700 BST"."""
    if rule == "weekday":
        day = match.group("wd")
        tok = next((t for t in span if t.text == day), span[-1])
        if tok.ent_type_ == "PERSON" or _NOT_A_DAY_AFTER.match(text, match.end()) \
                or _NOT_A_DAY_BEFORE.search(text, max(0, match.start() - 25), match.start()):
            return False
    elif rule == "relday" and match.group("rel").startswith("Today"):
        first = span[0]
        prev = doc[first.i - 1] if first.i > 0 else None
        if prev is not None and not first.is_sent_start \
                and (prev.is_alpha or prev.lower_ in ("'s", "’s")):
            return False
    elif rule == "set" and (match.group("adv") or "")[:1].isupper():
        nxt = doc[span.end] if span.end < len(doc) else None
        if nxt is not None and nxt.text[:1].isupper() and nxt.pos_ == "PROPN":
            return False
    return not (rule == "month" and not match.group("y")
                and _NAME_AFTER_MONTH.match(text, match.end())
                or rule == "relunit" and _title_case_name(doc, span)
                or rule in ("fin_quarter", "quarter") and _QUARTER_FINAL.match(text, match.end())
                or rule == "year" and _CLOCK_WORDS_AFTER.match(text, match.end()))

def _rate_or_event(doc: "Doc", span: "Span", after: str) -> bool:
    """A rate ("$500 a month", "twice a week") or an event ("a day of prayer"), not a length."""
    if span.start == 0:
        return True
    prev = doc[span.start - 1]
    if prev.pos_ == "ADP":
        return False  # "within a week of his capture"
    return bool(re.match(r"\s+of\b", after)) \
        or prev.pos_ in ("NOUN", "PROPN", "NUM", "SYM", "PUNCT") \
        or prev.lower_ in ("once", "twice", "thrice", "times", "per", "every", "each")


def _classifier(tok: "Token") -> bool:
    """A name saying what kind of thing an indefinite noun is ("a Christmas party")."""
    while tok.dep_ in ("compound", "nmod", "amod") and tok.head.i > tok.i:
        tok = tok.head
    return tok.pos_ == "NOUN" and any(c.lower_ in ("a", "an") for c in tok.children)


def _title_case_name(doc: "Doc", span: "Span") -> bool:
    """"ABC's This Week": every word capitalized mid-sentence, in a line that is not a title."""
    if span[0].is_sent_start or not all(t.text[:1].isupper() for t in span if t.is_alpha):
        return False
    sent = span[0].sent
    return any(t.is_alpha and t.text[:1].islower() and len(t) > 4 for t in sent)
