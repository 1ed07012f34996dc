"""Date selection and daily summaries for `timeline --dates N --sentences K` (and T17).

Dates are ranked as timeline summarisation systems rank them (news-tls's date-wise approach,
unsupervised): how many articles name the day, how many lead on it, and the weight of the event
clusters dated to it; every count is of distinct origins, so a wire story run ten times counts
once. A day's sentences come from the sentences that name it, the leads of its articles and
its events' summaries, ranked by how close they are to that pool and to the subject of the
whole timeline (cosine over content words), with repeats dropped. RELEVANCE was set on the
Timeline17 topics (dateline eval timeline), the only tuned weight here.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter
from typing import TYPE_CHECKING, Any, Sequence

from ..store import sentences as sentence_store
from ..store import timeline_entries as entry_store
from .cluster import content_words, similarity
from .sentences import is_boilerplate, sentence_spans

if TYPE_CHECKING:
    from ..model import Annotations, Article
    from ..store.sqlite import SQLiteStore

LEAD_SENTENCES = 3  # an article's first sentences stand for its publication day
MAX_SENTENCE = 500
SENTENCE_CHARS = (40, 300)
LEAD_WEIGHT = 0.5  # a lead on the day says less than a sentence that names it
EVENT_WEIGHT = 0.5
REPEAT = 0.5  # content-word overlap at which a sentence repeats one already chosen
RELEVANCE = 2.0  # weight of a sentence's closeness to the whole timeline's subject
_DAY = re.compile(r"^(\d{4}-\d\d-\d\d)")


def dated_rows(article: "Article", root: str, annotations: "Annotations",
               published: str | None) -> list[tuple[Any, ...]]:
    """The article's sentences that name a day, and its leads under its publication day."""
    days_at = [(t.start, t.end, m.group(1)) for t in annotations.timexes
               if t.value and (m := _DAY.match(t.value))]
    pub_day = published[:10] if published else None
    rows = []
    leads = 0
    for start, end in sentence_spans(article.text):
        sentence = " ".join(article.text[start:end].split())
        if len(sentence) < SENTENCE_CHARS[0] or is_boilerplate(sentence):
            continue
        named = {day for s, e, day in days_at if start <= s and e <= end}
        for day in sorted(named):
            rows.append((article.id, root, start, end, day, 1, published,
                         sentence[:MAX_SENTENCE]))
        if pub_day and leads < LEAD_SENTENCES and not (named - {pub_day}):
            rows.append((article.id, root, start, end, pub_day, 0, published,
                         sentence[:MAX_SENTENCE]))
        leads += 1
    return rows


def _day_scores(store: "SQLiteStore", date_from: str | None,
                date_to: str | None) -> dict[str, float]:
    scores: dict[str, float] = {}
    for day, named, leads in sentence_store.day_counts(store, date_from, date_to):
        scores[day] = named + LEAD_WEIGHT * leads
    for day, importance, _ in entry_store.day_importance(store, date_from, date_to):
        scores[day] = scores.get(day, 0.0) + EVENT_WEIGHT * math.log1p(importance)
    return scores


def _pool(store: "SQLiteStore", day: str) -> list[tuple[str, float]]:
    """(sentence, prior) candidates of one day: named sentences weigh more than leads."""
    seen: dict[str, float] = {}
    for row in sentence_store.for_day(store, day):
        prior = 0.2 if row["named"] else 0.0
        seen[row["sentence"]] = max(seen.get(row["sentence"], -1.0), prior)
    for entry in entry_store.query_entries(store, date_from=day, date_to=day,
                                           order="importance", limit=50):
        seen[entry["summary"]] = max(seen.get(entry["summary"], -1.0), 0.1)
    return list(seen.items())


def _cosine(words: frozenset[str], counts: Counter[str], norm: float) -> float:
    if not words or not norm:
        return 0.0
    return sum(counts[w] for w in words) / (math.sqrt(len(words)) * norm)


def _norm(counts: Counter[str]) -> float:
    return math.sqrt(sum(v * v for v in counts.values()))


def pick(candidates: Sequence[tuple[str, float]], k: int,
         pile: Counter[str] | None = None) -> list[str]:
    """The `k` sentences of a day's pool closest to what the day's sources say (and, with
    `pile`, to what the whole timeline is about: a sentence on another subject that happens to
    name the day loses), no two saying the same thing."""
    words = [content_words(text) for text, _ in candidates]
    day: Counter[str] = Counter(w for ws in words for w in ws)
    day_norm, pile_norm = _norm(day), _norm(pile) if pile else 0.0

    def score(i: int) -> float:
        text, prior = candidates[i]
        fit = 0.0 if SENTENCE_CHARS[0] <= len(text) <= SENTENCE_CHARS[1] else -0.3
        relevance = _cosine(words[i], pile, pile_norm) if pile else 0.0
        return _cosine(words[i], day, day_norm) + RELEVANCE * relevance + prior + fit

    chosen: list[str] = []
    taken: list[frozenset[str]] = []
    for i in sorted(range(len(candidates)), key=lambda i: (-score(i), i)):
        if len(words[i]) < 3 or any(similarity(words[i], w) >= REPEAT for w in taken):
            continue
        chosen.append(candidates[i][0])
        taken.append(words[i])
        if len(chosen) == k:
            break
    return chosen


def select_dates(store: "SQLiteStore", n_dates: int, n_sentences: int,
                 date_from: str | None = None,
                 date_to: str | None = None) -> list[tuple[dt.date, list[str]]]:
    """The `n_dates` most important days, each with its `n_sentences` best sentences."""
    scores = _day_scores(store, date_from, date_to)
    chosen = sorted(sorted(scores, key=lambda d: (-scores[d], d))[:n_dates])
    pools = {day: _pool(store, day) for day in chosen}
    pile: Counter[str] = Counter(w for pool in pools.values() for text, _ in pool
                                 for w in content_words(text))
    out = []
    for day in chosen:
        sentences = pick(pools[day], n_sentences, pile)
        if sentences:
            out.append((dt.date.fromisoformat(day), sentences))
    return out
