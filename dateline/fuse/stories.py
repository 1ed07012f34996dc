"""Topic detection and tracking: which articles of a pile tell the same story. Pure functions.

An article is a bag of weighted terms: content words of its title, lead and body (title and lead
count more, mid-sentence capitalised words more), and, when it has stored annotations, its
canonical entity ids and places, which spell one thing one way across articles. Terms are
weighted by an IDF taken *at the time of linking*: the document frequency over the articles
indexed before, smoothed by `prior_docs` pseudo-articles that hold none of the terms, so a small
pile does not wipe out its own topic words and a large one learns which words are common.

Links are decided pairwise when the later article (in ingest order) arrives, against candidates
that share its rarest terms (blocking keys), and stories are connected components. A link needs
cosine similarity >= `threshold`, at least `min_shared_keys` shared keys (one shared name is not
a story), and publication dates no more than `window_days` apart when both are known; and an
article that links to two stories fuses them only through a link >= `merge_threshold` (else it
joins the closer one). These guard single-link chaining. Every input of a decision is fixed once
the earlier articles are indexed, so assigning a pile in two batches gives exactly the stories of
one batch; a different ingest order may give slightly different stories.

Defaults were tuned on ECB+ topics 1-20 (sub-topic B-cubed F1); `eval/stories.py` scores them.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import math
import re
from dataclasses import dataclass
from typing import Any, Iterable, Mapping

from ..annotate.lexicon.reporting import COUNTING_VERBS
from ..model import Annotations
from .words import TOPIC_STOP, stem

FUSION_VERSION = 1

Vector = Mapping[Any, float]  # term (or term id) -> weight


@dataclass(frozen=True)
class StoryOptions:
    """Settings of story linking; `story_options` reads `story_*` overrides from Options."""

    threshold: float = 0.25  # cosine similarity a link needs
    merge_threshold: float = 0.35  # ... and a link that joins two stories into one
    window_days: int = 14  # articles published further apart never link directly
    min_shared_keys: int = 3  # blocking keys two linked articles must share
    prior_docs: float = 20.0  # pseudo-articles in the IDF: small piles keep their topic words
    keys_per_article: int = 20  # rarest-weighted terms an article is indexed and looked up by
    terms_per_vector: int = 80  # strongest terms kept in the stored vector
    common_fraction: float = 0.1  # terms in more of the indexed articles are never keys,
    common_min: int = 50  # unless in this few: in a small pile every term may be a key
    max_postings: int = 400  # latest articles kept per key term
    max_candidates: int = 80  # candidates scored per article, most shared keys first
    title_weight: float = 3.0
    lead_weight: float = 2.0
    lead_chars: int = 400
    name_weight: float = 2.5  # capitalised word not opening a sentence
    number_weight: float = 0.5
    entity_weight: float = 2.0  # canonical entity id from the annotations
    place_weight: float = 0.5  # resolved place from the annotations

    def fingerprint(self) -> str:
        """The settings as one string: links made under other settings are rebuilt."""
        return ",".join(f"{k}={v}" for k, v in sorted(dataclasses.asdict(self).items()))


def story_options(options: Any = None, **overrides: Any) -> StoryOptions:
    """StoryOptions from an Options object's `story_*` fields (when it has them), then overrides."""
    values: dict[str, Any] = {}
    for f in dataclasses.fields(StoryOptions):
        given = getattr(options, "story_" + f.name, None) if options is not None else None
        if given is not None:
            values[f.name] = given
    values.update({k: v for k, v in overrides.items() if v is not None})
    return StoryOptions(**values)


_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*|\d+(?:[.,]\d+)*")
_SENTENCE_END = frozenset('.!?:;"“”\n')


_STOP = TOPIC_STOP
_STOP_STEMS = frozenset(stem(w) for w in _STOP | COUNTING_VERBS) | _STOP | COUNTING_VERBS


@functools.lru_cache(maxsize=1 << 16)  # every word of every article passes here
def _term(lower: str) -> str | None:
    """The stem a lower-cased word counts under, or None for a stop word."""
    if lower in _STOP or len(lower) < 2:
        return None
    term = stem(lower)
    return None if term in _STOP_STEMS else term


def _words(text: str, weight: float, options: StoryOptions, out: dict[str, float]) -> None:
    for m in _WORD.finditer(text):
        token = m.group(0)
        if token[0].isdigit():
            number = token.replace(",", "")
            if len(number) >= 2:
                out[number] = out.get(number, 0.0) + weight * options.number_weight
            continue
        term = _term(token.lower())
        if term is None:
            continue
        boost = 1.0
        if token[0].isupper():
            j = m.start() - 1
            while j >= 0 and text[j] in " \t":
                j -= 1
            if j >= 0 and text[j] not in _SENTENCE_END:
                boost = options.name_weight
        out[term] = out.get(term, 0.0) + weight * boost


def article_terms(title: str | None, text: str, annotations: Annotations | None = None,
                  options: StoryOptions = StoryOptions()) -> dict[str, float]:
    """Raw term weights of one article, before IDF: words, entity ids (@), places (#)."""
    counts: dict[str, float] = {}
    if title:
        _words(title, options.title_weight, options, counts)
    cut = text.rfind(" ", 0, options.lead_chars) if len(text) > options.lead_chars else len(text)
    cut = cut if cut > 0 else min(len(text), options.lead_chars)
    _words(text[:cut], options.lead_weight, options, counts)
    _words(text[cut:], 1.0, options, counts)
    if annotations is not None:
        for e in annotations.entities:
            key = "@" + e.entity_id
            counts[key] = counts.get(key, 0.0) + (options.lead_weight if e.start < cut else 1.0)
        for p in annotations.places:
            key = "#" + (str(p.geonameid) if p.geonameid else p.name.lower())
            counts[key] = counts.get(key, 0.0) + (options.lead_weight if p.start < cut else 1.0)
    terms = {}
    for term, count in counts.items():
        boost = (options.entity_weight if term[0] == "@"
                 else options.place_weight if term[0] == "#" else 1.0)
        terms[term] = boost * (1.0 + math.log(count)) if count >= 1 else boost * count
    return terms


def idf(df: int, indexed: int, prior_docs: float) -> float:
    """log((N + prior) / (df + 1)): `df` counts this article, N the articles indexed with it."""
    return math.log((indexed + prior_docs) / (df + 1.0)) if df <= indexed else 0.0


def article_vector(terms: Mapping[str, float], df: Mapping[str, int], indexed: int,
                   options: StoryOptions = StoryOptions()) -> dict[str, float]:
    """Unit TF-IDF vector over the article's strongest terms; `df` and N include the article."""
    weighted = {t: w * idf(df.get(t, 1), indexed, options.prior_docs) for t, w in terms.items()}
    top = sorted(((w, t) for t, w in weighted.items() if w > 0), key=lambda p: (-p[0], p[1]))
    top = top[:options.terms_per_vector]
    norm = math.sqrt(sum(w * w for w, _ in top))
    return {t: w / norm for w, t in top} if norm else {}


def blocking_keys(vector: Vector, df: Mapping[str, int], indexed: int,
                  options: StoryOptions = StoryOptions()) -> list[str]:
    """The heaviest terms that are not common in the pile: what candidates are looked up by."""
    limit = max(options.common_min, options.common_fraction * indexed)
    ranked = sorted(((w, t) for t, w in vector.items() if df.get(t, 1) <= limit),
                    key=lambda p: (-p[0], p[1]))
    return [t for _, t in ranked[:options.keys_per_article]]


def similar(a: Vector, b: Vector) -> float:
    """Cosine similarity of two unit vectors (keyed by term, or by term id in the store)."""
    if len(a) > len(b):
        a, b = b, a
    return sum(w * b.get(t, 0.0) for t, w in a.items())


def day_range(published: str | None) -> tuple[int, int] | None:
    """(first, last) day ordinal a publication date can fall on; None when unknown."""
    if not published:
        return None
    m = re.match(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", published)
    if not m:
        return None
    try:
        year, month, day = int(m.group(1)), int(m.group(2) or 0), int(m.group(3) or 0)
        if day:
            one = dt.date(year, month, day).toordinal()
            return one, one
        if month:
            start = dt.date(year, month, 1)
            end = dt.date(year + month // 12, month % 12 + 1, 1)
            return start.toordinal(), end.toordinal() - 1
        return dt.date(year, 1, 1).toordinal(), dt.date(year, 12, 31).toordinal()
    except ValueError:
        return None


def within_window(a: str | None, b: str | None, days: int) -> bool:
    """True unless both dates are known and no reading of them is within `days`."""
    ra, rb = day_range(a), day_range(b)
    if ra is None or rb is None:
        return True
    return max(ra[0] - rb[1], rb[0] - ra[1], 0) <= days


def linked(score: float, shared_keys: int, published_a: str | None, published_b: str | None,
           options: StoryOptions = StoryOptions()) -> bool:
    """The linking rule: similar enough, enough shared keys, close enough in time."""
    return (score >= options.threshold and shared_keys >= options.min_shared_keys
            and within_window(published_a, published_b, options.window_days))


def stories_to_join(best: Mapping[str, float],
                    options: StoryOptions = StoryOptions()) -> list[str]:
    """Of the stories an article links to (story -> its best link score), those it joins.

    It joins its closest story; a further story only through a link >= merge_threshold, so
    that one article halfway between two stories does not fuse them."""
    if not best:
        return []
    first = min(best, key=lambda s: (-best[s], s))
    return sorted({first} | {s for s, score in best.items() if score >= options.merge_threshold})


def central(link_scores: Iterable[tuple[str, str, float]]) -> dict[str, float]:
    """Each linked article's summed link score: the story's most central article is the max."""
    out: dict[str, float] = {}
    for a, b, score in link_scores:
        out[a] = out.get(a, 0.0) + score
        out[b] = out.get(b, 0.0) + score
    return out
