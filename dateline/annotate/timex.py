"""Time expressions: find them with our own rules and resolve them against the publication date.

Candidates come from `timex_rules` (regular expressions over the raw text); the spaCy parse
vetoes false friends ("may" the verb, ages, counts) and gives the tense that decides whether
"Monday" is the last or the next one. dateparser's relative logic is never used: it gets
same-day weekdays and "late Thursday" wrong.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from ..model import Timex
from .timex_rules import FUTURE_AUX, FUTURE_HEADS, NUMBERS, ORDINALS, RULES, WEEKDAYS
from .timex_calendar import relday_date, weekday_date
from .timex_values import Context, clock_value, resolve

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_RULE_RANK = {name: i for i, (name, _) in enumerate(RULES)}
_PAST_TAGS = {"VBD", "VBN"}
_VERBAL = {"VERB", "AUX"}
_YEAR_COUNTABLE = re.compile(r"(?i)^(year|season|model|budget|election|census|olympics|games"
                             r"|campaign|world|war|crisis|cup|summit|revolution|levels?)$")
_NOT_YEAR_BEFORE = re.compile(r"(?i)(?:no\.|number|#|\$|route|flight|room|page|pages|article"
                              r"|resolution|code|model|about|some|nearly|almost|over|than"
                              r"|only|all)\s*$")
_FUTURE_CUE = re.compile(r"(?i)\b(?:as soon as|as early as|no later than|starting)\s+$")
_REPORTING = {"say", "tell", "report", "announce", "claim", "add", "note", "write", "be", "have",
              "show", "suggest", "indicate", "confirm", "state"}
_FRAMING = re.compile(r"(?i)(?:\b(?:enter(?:s|ed|ing)?|into|in|marks?|marked|marking|for"
                      r"|reached|reaches|entering)\s+$)|(?:^\W*on\s+$)")


def find_timexes(doc: "Doc", published: dt.date | None) -> list[Timex]:
    """Time expressions in `doc`, sorted by start, never overlapping, resolved to `published`."""
    text = doc.text
    found: list[tuple[int, int, str, dict[str, str | None]]] = []
    for name, pattern in RULES:
        for match in pattern.finditer(text):
            if match.end() > match.start() and _plausible(doc, name, match):
                found.append((match.start(), match.end(), name, match.groupdict()))
    found.sort(key=lambda c: (-(c[1] - c[0]), _RULE_RANK[c[2]], c[0]))
    taken: list[tuple[int, int, str, dict[str, str | None]]] = []
    for cand in found:
        if all(cand[1] <= s or cand[0] >= e for s, e, _, _ in taken):
            taken.append(cand)
    taken.sort(key=lambda c: c[0])
    timexes = [_build(doc, start, end, name, groups, published, taken)
               for start, end, name, groups in taken]
    timexes = _quarter_context(timexes, taken)
    return _resolve_story_days(doc, timexes, taken, published)


def _quarter_context(timexes: list[Timex], taken: list[tuple[int, int, str, dict]]) -> list[Timex]:
    """Earnings-report style: "the quarter", "a year earlier" read against the quarter last named
    within a few sentences ("third-quarter profit ... up from a year earlier" -> last year's Q3)."""
    out: list[Timex] = []
    last: Timex | None = None
    for timex, (_, _, name, groups) in zip(timexes, taken):
        if last is not None and timex.start - last.end < 400 and last.value:
            year, quarter = last.value.split("-")
            back = name == "ago" and (groups.get("unit") or "").lower() == "year" \
                and (groups.get("num") or "").lower() in ("a", "one") \
                or "year" in (groups.get("fy") or "").lower()
            if back or name == "fin_quarter":
                value = f"{int(year) - 1 if back else year}-{quarter}"
                timex = Timex(timex.start, timex.end, timex.text, "DATE", value, "month",
                              f"quarter {last.value}")
        if timex.value and re.fullmatch(r"\d{4}-Q\d", timex.value) and name != "fin_quarter" \
                and not (name == "ago"):
            last = timex
        out.append(timex)
    return out


def _span(doc: "Doc", start: int, end: int) -> "Span | None":
    return doc.char_span(start, end, alignment_mode="expand")


def _plausible(doc: "Doc", rule: str, match: re.Match[str]) -> bool:
    """Vetoes that need the parse or the surrounding words."""
    text = doc.text
    before = text[max(0, match.start() - 12):match.start()]
    after = text[match.end():match.end() + 12]
    span = _span(doc, match.start(), match.end())
    if span is None or len(span) == 0:
        return False
    if rule == "month":
        tok = span[-1] if not match.group("y") else span[0]
        for t in span:
            if t.text.rstrip(".").lower() in ("may", "march", "june", "april", "august"):
                tok = t
        if tok.tag_ == "MD" or tok.pos_ in _VERBAL:
            return False
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
        if tok.dep_ == "nummod" and head.tag_ in ("NNS", "NNPS") \
                and not _YEAR_COUNTABLE.match(head.text):
            return False
        if tok.ent_type_ in ("MONEY", "QUANTITY", "PERCENT", "CARDINAL") and tok.dep_ == "nummod":
            return False
    if rule in ("duration", "ago"):
        if re.match(r"[\s-]*old\b", after) or re.search(r"(?i)\baged?\s*$", before):
            return False
        if rule == "ago" and (match.group("dir") or "").lower() in ("earlier", "later") and \
                (match.group("unit") or "").lower() != "year":
            return False
        if (match.group("num") or "").lower() in ("a", "an") and rule == "duration" and \
                not re.search(r"(?i)\b(?:for|over|within|in|about|nearly|almost|than|of|least"
                              r"|past|last|next|first|another|only|just|roughly)\s+$", before):
            return False
    if rule == "vague" and match.group("v").lower() == "now" and \
            re.match(r"\s*(?:that|,?\s*then)\b", after):
        return False
    return True


def tense_at(doc: "Doc", start: int, end: int) -> str | None:
    """past | present | future for the verbs governing the text span, from the parse."""
    span = _span(doc, start, end)
    if span is None:
        return None
    if _FUTURE_CUE.search(doc.text[max(0, start - 16):start]):
        return "future"
    tops = [t for t in span if t.head.i < span.start or t.head.i >= span.end or t.head == t]
    tense: str | None = None
    for top in tops:
        verb = next((t for t in [top, *top.ancestors][:8] if t.pos_ in _VERBAL and t not in span),
                    None)
        if verb is None:
            continue
        found = _verb_tense(verb)
        if found == "future":
            return found
        tense = tense or found
    return tense


def _verb_tense(verb: "Token") -> str:
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    planner = verb.head if verb.dep_ in ("xcomp", "ccomp") else verb
    planned = planner.lemma_.lower() in FUTURE_HEADS and (
        planner is not verb or any(c.dep_ == "xcomp" for c in verb.children))
    perfect = any(a.lower_ == "had" for a in planner.children if a.dep_ in ("aux", "auxpass"))
    if any(a.lower_ in FUTURE_AUX for a in auxes) or (planned and not perfect) \
            or any(a.lower_ == "going" for a in auxes):
        return "future"
    if verb.tag_ in _PAST_TAGS or any(a.tag_ == "VBD" for a in auxes):
        return "past"
    if verb.tag_ in ("VBZ", "VBP") and verb.lemma_.lower() not in _REPORTING \
            and not any(a.tag_ in ("VBZ", "VBP") for a in auxes):
        return "future"  # news present with a named day: "X meets Y on Monday"
    return "present"


def sentence_bounds(doc: "Doc", start: int, end: int) -> tuple[int, int]:
    """Character bounds of the sentence holding [start, end), never crossing a line break."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return start, end
    sent = span[0].sent
    first = max(sent.start_char, doc.text.rfind("\n", 0, start) + 1)
    stop = doc.text.find("\n", end, sent.end_char)
    return first, sent.end_char if stop < 0 else stop


def _year_hint(doc: "Doc", start: int, taken: list[tuple[int, int, str, dict]]) -> int | None:
    first, _ = sentence_bounds(doc, start, start + 1)
    hint = None
    for s, _, name, groups in taken:
        if first <= s < start and groups.get("y") and name in ("mdy", "dmy", "month", "year"):
            hint = int(groups["y"] or 0)
    return hint


def _build(doc: "Doc", start: int, end: int, name: str, groups: dict[str, str | None],
           published: dt.date | None, taken: list[tuple[int, int, str, dict]]) -> Timex:
    text = doc.text[start:end]
    ctx = Context(ref=published, tense=tense_at(doc, start, end),
                  year_hint=_year_hint(doc, start, taken))
    if name == "ordday":
        return Timex(start, end, text, "DATE", None, "day", None)
    if name == "clock":
        day = published
        if published is not None and groups.get("dwd"):
            day = weekday_date(WEEKDAYS[(groups["dwd"] or "").lower()], published, ctx.tense, None)
        elif published is not None and groups.get("drel"):
            day = relday_date(groups["drel"] or "today", published)[0]
        elif groups.get("mon"):
            value = resolve("mdy", groups, ctx)[1]
            day = dt.date.fromisoformat(value) if value else None
        kind, value, gran, relative = clock_value(groups, day)
    else:
        kind, value, gran, relative = resolve(name, groups, ctx)
    anchor = f"published {published.isoformat()}" if relative and value and published else None
    return Timex(start, end, text, kind, value, gran, anchor)


def _ordinal(groups: dict[str, str | None]) -> int | None:
    raw = (groups.get("n") or groups.get("ord") or "").lower()
    if raw.isdigit():
        return int(raw)
    if raw in ORDINALS:
        return ORDINALS[raw]
    digits = re.sub(r"\D", "", raw)
    if digits:
        return int(digits)
    value = NUMBERS.get(raw)
    return int(value) if value else None


def _resolve_story_days(doc: "Doc", timexes: list[Timex], taken: list[tuple[int, int, str, dict]],
                        published: dt.date | None) -> list[Timex]:
    """'Day 2 of the invasion', 'its fourth day': days counted from the story's start.

    The start comes first from a sentence that holds both an ordinal day and a dated expression
    ("On the second day ... said Friday"), else from present framing ("entered its fourth day",
    "On Day 2 of") read as the publication day. Without either the value stays None.
    """
    anchored: list[dt.date] = []
    framed: list[dt.date] = []
    for i, (start, end, name, groups) in enumerate(taken):
        n = _ordinal(groups) if name == "ordday" else None
        if not n:
            continue
        s_start, s_end = sentence_bounds(doc, start, end)
        dated = [t for t in timexes if s_start <= t.start < s_end and t.value
                 and t.granularity in ("day", "part_of_day", "minute") and t.start != start
                 and re.match(r"\d{4}-\d\d-\d\d", t.value)]
        if dated:
            anchored.append(dt.date.fromisoformat(dated[0].value[:10]) - dt.timedelta(days=n - 1))
        elif published is not None and (_FRAMING.search(doc.text[s_start:start])
                                         or (groups.get("det") or "").lower() == "its"):
            framed.append(published - dt.timedelta(days=n - 1))
    story_start = (anchored or framed or [None])[0]
    out = []
    for timex, (start, end, name, groups) in zip(timexes, taken):
        n = _ordinal(groups) if name == "ordday" else None
        if n and story_start is not None:
            day = story_start + dt.timedelta(days=n - 1)
            timex = Timex(timex.start, timex.end, timex.text, "DATE", day.isoformat(), "day",
                          f"story start {story_start.isoformat()}")
        out.append(timex)
    return out
