"""Time expressions: find them with our own rules and resolve them against the publication date.

Candidates come from `timex_rules` (regular expressions over the raw text); the spaCy parse
vetoes false friends ("may" the verb, ages, counts) and gives the tense (`timex_tense`) that
decides whether "Monday" is the last or the next one. dateparser's relative logic is never used:
it gets same-day weekdays and "late Thursday" wrong.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from ...model import Timex
from ..lexicon.number_words import NUMBERS, ORDINALS
from .calendar import relday_date, weekday_date
from .rules import RULES, WEEKDAYS, rule_matches
from .tense import VERBAL, Sentences, span_at, tense_at
from .values import Context, clock_value, resolve

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d$")
_RULE_RANK = {name: i for i, (name, _) in enumerate(RULES)}
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
_CLOCK_THEN_DAY = re.compile(r"(?i)[\s,]*(?:on\s+)?$")
_FRAMING = re.compile(r"(?i)(?:\b(?:enter(?:s|ed|ing)?|into|in|marks?|marked|marking|for"
                      r"|reached|reaches|entering)\s+$)|(?:^\W*on\s+$)")


def find_timexes(doc: "Doc", published: dt.date | None) -> list[Timex]:
    """Time expressions in `doc`, sorted by start, never overlapping, resolved to `published`."""
    text = doc.text
    low = text.lower()
    low = low if len(low) == len(text) else ""
    found: list[tuple[int, int, str, dict[str, str | None]]] = []
    for name, pattern in RULES:
        for match in rule_matches(name, pattern, text, low):
            if _plausible(doc, text, name, match):
                found.append((match.start(), match.end(), name, match.groupdict()))
    found.sort(key=lambda c: (-(c[1] - c[0]), _RULE_RANK[c[2]], c[0]))
    taken: list[tuple[int, int, str, dict[str, str | None]]] = []
    for cand in found:
        if all(cand[1] <= s or cand[0] >= e for s, e, _, _ in taken):
            taken.append(cand)
    taken.sort(key=lambda c: c[0])
    sents = Sentences(doc, text)
    timexes = [_build(doc, text, start, end, name, groups, published, taken, sents)
               for start, end, name, groups in taken]
    timexes = _clock_days(text, _quarter_context(timexes, taken), taken)
    return _resolve_story_days(doc, timexes, taken, published, sents)


def _clock_days(text: str, timexes: list[Timex], taken: list[tuple[int, int, str, dict]]
                ) -> list[Timex]:
    """"At 08:26 am on 17 Jun 2009": a bare clock time takes the day written right after it."""
    out = list(timexes)
    for i, (timex, cand) in enumerate(zip(timexes, taken)):
        groups = cand[3]
        if cand[2] != "clock" or groups.get("dwd") or groups.get("drel") or groups.get("mon") \
                or not timex.value or i + 1 >= len(timexes):
            continue
        nxt = timexes[i + 1]
        if nxt.value and _DAY_VALUE.match(nxt.value) and nxt.start - timex.end < 8 \
                and _CLOCK_THEN_DAY.match(text[timex.end:nxt.start]):
            out[i] = Timex(timex.start, timex.end, timex.text, timex.type,
                           nxt.value[:10] + timex.value[10:], timex.granularity, nxt.value[:10])
    return out


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
                and name != "ago":
            last = timex
        out.append(timex)
    return out


def _plausible(doc: "Doc", text: str, rule: str, match: re.Match[str]) -> bool:
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
    elif (rule in ("fin_quarter", "quarter") and _QUARTER_FINAL.match(text, match.end())) \
            or (rule == "year" and _CLOCK_WORDS_AFTER.match(text, match.end())):
        return False
    return True


def _year_hint(sents: Sentences, start: int, taken: list[tuple[int, int, str, dict]]
               ) -> int | None:
    first, _ = sents.bounds(start, start + 1)
    hint = None
    for s, _, name, groups in taken:
        if first <= s < start and groups.get("y") and name in ("mdy", "dmy", "month", "year"):
            hint = int(groups["y"] or 0)
    return hint


def _build(doc: "Doc", full: str, start: int, end: int, name: str,
           groups: dict[str, str | None], published: dt.date | None,
           taken: list[tuple[int, int, str, dict]], sents: Sentences) -> Timex:
    text = full[start:end]
    tense = tense_at(doc, start, end, full)
    if tense in (None, "present", "news") and name == "weekday" \
            and full[end:end + 2] in ("'s", "’s"):
        tense = "nearest"  # "Sunday's match": a noun phrase, no verb says which Sunday
    ctx = Context(ref=published, tense=tense, year_hint=_year_hint(sents, start, taken))
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
                        published: dt.date | None, sents: Sentences) -> list[Timex]:
    """'Day 2 of the invasion', 'its fourth day': days counted from the story's start.

    The start comes first from a sentence that holds both an ordinal day and a dated expression
    ("On the second day ... said Friday"), else from present framing ("entered its fourth day",
    "On Day 2 of") read as the publication day. Without either the value stays None.
    """
    anchored: list[dt.date] = []
    framed: list[dt.date] = []
    for start, end, name, groups in taken:
        n = _ordinal(groups) if name == "ordday" else None
        if not n:
            continue
        s_start, s_end = sents.bounds(start, end)
        dated = [t.value for t in timexes if s_start <= t.start < s_end and t.value
                 and t.granularity in ("day", "part_of_day", "minute") and t.start != start
                 and re.match(r"\d{4}-\d\d-\d\d", t.value)]
        if dated:
            anchored.append(dt.date.fromisoformat(dated[0][:10]) - dt.timedelta(days=n - 1))
        elif published is not None and (_FRAMING.search(sents.text[s_start:start])
                                         or (groups.get("det") or "").lower() == "its"):
            framed.append(published - dt.timedelta(days=n - 1))
    starts = anchored or framed
    story_start = starts[0] if starts else None
    out = []
    for timex, (_, _, name, groups) in zip(timexes, taken):
        n = _ordinal(groups) if name == "ordday" else None
        if n and story_start is not None:
            day = story_start + dt.timedelta(days=n - 1)
            timex = Timex(timex.start, timex.end, timex.text, "DATE", day.isoformat(), "day",
                          f"story start {story_start.isoformat()}")
        out.append(timex)
    return out
