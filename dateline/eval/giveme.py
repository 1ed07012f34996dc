"""Main-event who / when / where against the Giveme5W1H gold standard (96 news-please articles).

Unseen data: nothing in annotate/ was written or tuned against these articles. Gold is used only
to score.

Input per article: text = title + blank line + `text` (news-please's body, which often repeats
`description` at its start; `description` is used only when `text` is empty); published =
the date part of `date_publish` (`None` when it is missing or the string "None").

Gold (`fiveWoneH.<question>.annotated`): a list of phrases, each with `coderPhraseCount` (how
many of the coders marked it). Entries without `text` mean "coders agreed there is none" and are
skipped. For WHEN, the gold date is the `parsed` value of the first entry that has one (entries
are ranked by agreement, and every article's parsed dates agree with each other); the gold dates
are themselves noisy (a "Wednesday" parsed to a Saturday), which caps every score here.

Ours: the lead event is our first event (by position) in mode asserted or claimed.
- main-event date: the lead event's date when it has day precision, else the first timex whose
  value has day precision, else the publication date. `when_sources` counts which applied.
- lead place: the lead event's place, else our first place.
- lead actors: the lead event's actors, else our first PERSON or ORG entity.

Matching (`phrases_match`, case-folded, dots dropped so "F.B.I." is "fbi"; a phrase that is
only "UK" / "Britain" / "US" / "USA" / "America" counts as the country's full name): two phrases
match when the content words of one (stop words and punctuation dropped) are all among the
other's, or when rapidfuzz's partial_ratio is >= 85 and the shorter phrase has at least 4
characters (catches spelling variants such as "Sandlilands" / "Sandilands").

Scores (articles without the gold field are left out of that score; the counts are reported):
- when_day_accuracy: our main-event date == gold date.
- when_any_recall: gold date is the day part of one of our timex values or event dates.
- when_day_accuracy_consistent: the same over articles whose gold is self-consistent: a gold
  phrase that names a weekday must name the gold date's weekday (about one gold date in seven
  fails this, e.g. "Sunday" parsed to Monday 2016-11-07).
- when_published_baseline: publication date == gold date (what always answering "the day it was
  published" would score; our accuracy should beat it).
- where_recall: gold where phrases matched by one of our places (name or text), over all gold
  where phrases.
- where_lead_accuracy: our lead place matches one of the article's gold where phrases.
- who_recall: gold who phrases matched by one of our PERSON / ORG / GROUP entities (text or
  canonical) or event actors, over all gold who phrases.
- who_lead_accuracy: one of our lead actors matches one of the article's gold who phrases.
- events_per_article, articles_with_events, seconds, seconds_per_article.

The published Giveme5W1H figures (precision 0.73 overall, 0.82 on who/what/when/where) are
expert judgements of its top answer; these scores are automatic matches against coders' phrases
and are not the same metric.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Mapping, Sequence

from rapidfuzz import fuzz

from ..annotate import annotate_text
from ..errors import DatelineError
from ..model import Annotations, Event
from .scoring import ratio

if TYPE_CHECKING:
    from spacy.language import Language

LEAD_MODES = frozenset({"asserted", "claimed"})
FUZZY_MIN = 85
_DAY = re.compile(r"^(\d{4}-\d{2}-\d{2})")
_WORD = re.compile(r"\w+")
_ALIASES = {"uk": "united kingdom", "britain": "united kingdom", "us": "united states",
            "usa": "united states", "america": "united states"}
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_STOP = frozenset({"the", "a", "an", "of", "in", "on", "at", "near", "and", "to", "for", "s",
                   "from", "by", "with", "its", "his", "her", "their"})


@dataclass(frozen=True)
class GiveMeArticle:
    """One gold article: our input text and the coders' answers."""

    name: str
    publisher: str
    text: str
    published: dt.date | None
    when: dt.date | None
    when_phrases: tuple[str, ...]
    where: tuple[str, ...]
    who: tuple[str, ...]


def day_of(value: str | None) -> dt.date | None:
    """The calendar day of a TIMEX3 / ISO value with at least day precision, else None."""
    match = _DAY.match(value or "")
    if not match:
        return None
    try:
        return dt.date.fromisoformat(match.group(1))
    except ValueError:
        return None


def _normal(phrase: str) -> str:
    text = " ".join(phrase.casefold().replace(".", "").split())
    text = text[4:] if text.startswith("the ") else text
    return _ALIASES.get(text, text)


def _words(phrase: str) -> set[str]:
    return {w for w in _WORD.findall(phrase) if w not in _STOP}


def phrases_match(ours: str, gold: str) -> bool:
    """Content words of one phrase all in the other, or a close fuzzy partial match."""
    x, y = _normal(ours), _normal(gold)
    a, b = _words(x), _words(y)
    if a and b and (a <= b or b <= a):
        return True
    return min(len(x), len(y)) >= 4 and fuzz.partial_ratio(x, y) >= FUZZY_MIN


def weekday_consistent(gold_when: dt.date, phrases: Iterable[str]) -> bool:
    """False when a gold phrase names a weekday other than the gold date's."""
    named = {d for p in phrases for d in _WEEKDAYS if d in p.casefold()}
    return not named or _WEEKDAYS[gold_when.weekday()] in named


def any_match(ours: Iterable[str], golds: Sequence[str]) -> bool:
    return any(phrases_match(o, g) for o in ours if o for g in golds)


def _gold_phrases(field: Mapping[str, Any]) -> tuple[str, ...]:
    return tuple(a["text"].strip() for a in field.get("annotated", ())
                 if (a.get("text") or "").strip())


def read_article(path: Path) -> GiveMeArticle:
    data = json.loads(path.read_text("utf-8"))
    body = data.get("text") or data.get("description") or ""
    title = (data.get("title") or "").strip()
    gold = data["fiveWoneH"]
    parsed = [a["parsed"] for a in gold["when"].get("annotated", ()) if a.get("parsed")]
    return GiveMeArticle(
        name=path.name, publisher=data.get("publisher") or "",
        text=f"{title}\n\n{body}" if title else body,
        published=day_of(str(data.get("date_publish") or "")),
        when=day_of(parsed[0]) if parsed else None, when_phrases=_gold_phrases(gold["when"]),
        where=_gold_phrases(gold.get("where", {})), who=_gold_phrases(gold.get("who", {})))


def lead_event(events: Sequence[Event]) -> Event | None:
    """Our first asserted or claimed event, by position."""
    return next((e for e in sorted(events, key=lambda e: e.start) if e.mode in LEAD_MODES), None)


def main_event_date(ann: Annotations, published: dt.date | None) -> tuple[dt.date | None, str]:
    """(date, source): the lead event's day, else the first day timex, else publication."""
    lead = lead_event(ann.events)
    if lead is not None and day_of(lead.date):
        return day_of(lead.date), "event"
    for timex in sorted(ann.timexes, key=lambda t: t.start):
        if timex.type in ("DATE", "TIME") and day_of(timex.value):
            return day_of(timex.value), "timex"
    return published, "published"


def lead_place(ann: Annotations) -> list[str]:
    lead = lead_event(ann.events)
    if lead is not None and lead.place:
        return [lead.place]
    return [ann.places[0].name, ann.places[0].text] if ann.places else []


def lead_actors(ann: Annotations) -> list[str]:
    lead = lead_event(ann.events)
    if lead is not None and lead.actors:
        return list(lead.actors)
    first = next((e for e in ann.entities if e.type in ("PERSON", "ORG")), None)
    return [first.text, first.canonical] if first else []


def _who_candidates(ann: Annotations) -> list[str]:
    names = [n for e in ann.entities if e.type != "PLACE" for n in (e.text, e.canonical)]
    return names + [a for e in ann.events for a in e.actors]



def score_article(article: GiveMeArticle, ann: Annotations) -> dict[str, Any]:
    """Per-article outcomes (None: no gold for that question), with what we answered."""
    ours, source = main_event_date(ann, article.published)
    days = {day_of(t.value) for t in ann.timexes} | {day_of(e.date) for e in ann.events}
    places = [n for p in ann.places for n in (p.name, p.text)]
    who = _who_candidates(ann)
    has_when, has_where, has_who = article.when is not None, bool(article.where), bool(article.who)
    consistent = article.when is not None and weekday_consistent(article.when,
                                                                 article.when_phrases)
    return {
        "name": article.name, "when_source": source, "when_ours": ours,
        "when_day": ours == article.when if has_when else None,
        "when_day_consistent": ours == article.when if consistent else None,
        "when_any": article.when in days if has_when else None,
        "when_published": article.published == article.when if has_when else None,
        "where_found": sum(any_match(places, [g]) for g in article.where),
        "where_lead": any_match(lead_place(ann), article.where) if has_where else None,
        "who_found": sum(any_match(who, [g]) for g in article.who),
        "who_lead": any_match(lead_actors(ann), article.who) if has_who else None,
        "lead_place": lead_place(ann)[:1], "lead_actors": lead_actors(ann),
        "events": len(ann.events),
    }


def _share(rows: list[dict[str, Any]], key: str) -> tuple[float, int]:
    scored = [r[key] for r in rows if r[key] is not None]
    return ratio(sum(scored), len(scored)), len(scored)


def _miss(article: GiveMeArticle, row: Mapping[str, Any]) -> list[str]:
    out = []
    if row["when_day"] is False:
        out.append(f"{article.name[:8]} when: ours {row['when_ours']} ({row['when_source']}) "
                   f"gold {article.when} published {article.published}")
    if row["where_lead"] is False:
        out.append(f"{article.name[:8]} where: ours {row['lead_place']} gold {list(article.where)}")
    if row["who_lead"] is False:
        out.append(f"{article.name[:8]} who: ours {row['lead_actors'][:3]} gold "
                   f"{list(article.who)}")
    return out


def evaluate_giveme5w1h(data_dir: str | Path, nlp: "Language", limit: int | None = None,
                        examples: int = 0) -> dict[str, Any]:
    """Main-event when / where / who scores on the gold standard (see module doc)."""
    data_dir = Path(data_dir)
    if not data_dir.is_dir():
        raise DatelineError.make("E030", path=str(data_dir), stage="eval giveme5w1h")
    articles = [read_article(p) for p in sorted(data_dir.glob("*.json"))[:limit]]
    rows: list[dict[str, Any]] = []
    misses: list[str] = []
    started = time.perf_counter()
    for article in articles:
        ann = annotate_text(article.text, article.published, nlp=nlp)
        rows.append(score_article(article, ann))
        misses.extend(_miss(article, rows[-1]))
    seconds = time.perf_counter() - started
    when_day, when_n = _share(rows, "when_day")
    consistent, consistent_n = _share(rows, "when_day_consistent")
    where_lead, where_n = _share(rows, "where_lead")
    who_lead, who_n = _share(rows, "who_lead")
    result: dict[str, Any] = {
        "articles": len(rows),
        "when_day_accuracy": when_day,
        "when_day_accuracy_consistent": consistent,
        "when_any_recall": _share(rows, "when_any")[0],
        "when_published_baseline": _share(rows, "when_published")[0],
        "where_recall": ratio(sum(r["where_found"] for r in rows),
                               sum(len(a.where) for a in articles)),
        "where_lead_accuracy": where_lead,
        "who_recall": ratio(sum(r["who_found"] for r in rows), sum(len(a.who) for a in articles)),
        "who_lead_accuracy": who_lead,
        "events_per_article": round(sum(r["events"] for r in rows) / max(len(rows), 1), 2),
        "articles_with_events": ratio(sum(r["events"] > 0 for r in rows), len(rows)),
        "gold_counts": {"when": when_n, "when_consistent": consistent_n, "where": where_n,
                        "who": who_n},
        "when_sources": dict(Counter(r["when_source"] for r in rows)),
        "seconds": round(seconds, 1),
        "seconds_per_article": round(seconds / max(len(rows), 1), 3),
    }
    if examples:
        result["misses"] = misses[:examples]
    return result


def format_giveme_report(result: Mapping[str, Any]) -> str:
    """A small table of an evaluate_giveme5w1h result."""
    counts = result.get("gold_counts", {})
    lines = [f"Giveme5W1H gold standard: {result['articles']} articles "
             f"(gold when {counts.get('when')}, self-consistent {counts.get('when_consistent')}, "
             f"where {counts.get('where')}, "
             f"who {counts.get('who')})",
             f"  {'metric':30} score"]
    for key, value in result.items():
        if isinstance(value, float) and key not in ("seconds", "seconds_per_article"):
            lines.append(f"  {key:30} {value:.3f}")
    lines.append(f"  {'when_sources':30} {result.get('when_sources')}")
    lines.append(f"  {'time':30} {result['seconds']} s ({result['seconds_per_article']} s/article)")
    lines.append("  published Giveme5W1H: precision 0.73 overall, 0.82 on who/what/when/where "
                 "(expert judgement of its top answer; not the same metric)")
    lines.extend(f"  miss {what}" for what in result.get("misses", ()))
    return "\n".join(lines)
