"""Find shared reporting for new articles: sentence pairs with the articles indexed before them.

Each article, in the order given: its sentences are cut and sketched, their LSH buckets looked
up among the sentences of articles already indexed (its own exact and near duplicates left to
dedup), every candidate verified, the pairs saved, and then its own sentences indexed. An article
is only ever compared with those indexed before it, and every pair is found from whichever of
the two comes second, so running the step article by article or on all of them at once gives
the same pairs.
"""

from __future__ import annotations

from contextlib import nullcontext
from typing import TYPE_CHECKING, Iterable

from ..model import SharedSentence, Timex
from ..store import reporting as reporting_store
from .syndication import (SentenceFeatures, same_report, sentence_features, sentence_spans,
                          sketches, worth_verifying)

if TYPE_CHECKING:
    from ..store.sqlite import SQLiteStore


# Pairs a sentence makes with the earliest sentences that report it, at most. A sentence that
# already has this many is not indexed: its later copies pair with those earliest ones, so a
# wire sentence rerun by thousands of outlets costs each new copy the same as the ninth did,
# and its buckets never fill up with copies (a full bucket dies and would find no copy at all).
COPY_CAP = 8


def _earlier_first(new_published: str | None, other_published: str | None) -> bool:
    """True when the already indexed article is the earlier one of the pair (by day)."""
    if new_published and other_published and new_published[:10] != other_published[:10]:
        return other_published[:10] < new_published[:10]
    return True  # same day or unknown: the one indexed first


def _pair(new_id: str, new_span: tuple[int, int], new_published: str | None, other_id: str,
          other_span: tuple[int, int], other_published: str | None, score: float
          ) -> SharedSentence:
    if _earlier_first(new_published, other_published):
        return SharedSentence(other_id, *other_span, new_id, *new_span, score)
    return SharedSentence(new_id, *new_span, other_id, *other_span, score)


def _timexes_in(timexes: Iterable[Timex], start: int, end: int) -> list[Timex]:
    return [t for t in timexes if start <= t.start and t.end <= end]


def _verdict(features: SentenceFeatures, words: str, quotes: str, facts: str) -> float | None:
    """`same_report` of a sentence and a stored one, after the cheap test."""
    if not worth_verifying(features, words.split(), bool(quotes)):
        return None
    return same_report(features, SentenceFeatures.decode(words, quotes, facts))


def shared_with_earlier(store: "SQLiteStore", article_id: str) -> int:
    """Compare one article's sentences with those indexed before it; save pairs; index it."""
    article = store.get_article(article_id)
    if article is None or reporting_store.is_indexed(store, article_id):
        return 0
    annotations = store.get_annotations(article_id)
    timexes = annotations.timexes if annotations else ()
    root = store.root_of(article_id)
    roots: dict[str, str] = {article_id: root}
    pairs: list[SharedSentence] = []
    found: list[tuple[tuple[int, int], tuple[str, int, int], float]] = []
    indexed = []
    sizes: dict[int, int] = {}  # how full each bucket looked up is, before this article
    kept = []
    for start, end in sentence_spans(article.text):
        features = sentence_features(article.text[start:end], _timexes_in(timexes, start, end))
        if features is not None:
            kept.append((start, end, features))
    sentences = [(*s, keys) for s, keys in zip(kept, sketches([f for _, _, f in kept]))]
    looked_up = reporting_store.candidates_of_each(store, [s[3] for s in sentences], sizes)
    for (start, end, features, buckets), others in zip(sentences, looked_up):
        # one verdict per distinct candidate text: copies of a sentence come in dozens
        verdicts: dict[tuple[str, str, str], float | None] = {}
        copies = 0
        for other in others:  # in index order: the earliest indexed first
            content = (other.words, other.quotes, other.facts)
            if content not in verdicts:
                verdicts[content] = _verdict(features, *content)
            score = verdicts[content]
            if score is None:
                continue
            if other.article_id not in roots:
                roots[other.article_id] = store.root_of(other.article_id)
            if roots[other.article_id] == root:
                continue  # the article itself or a duplicate of it: dedup's concern
            found.append(((start, end), (other.article_id, other.start, other.end), score))
            copies += 1
            if copies == COPY_CAP:
                break
        if copies < COPY_CAP:  # a sentence told COPY_CAP times before is not indexed again
            indexed.append((start, end, features.encode(), buckets))
    published = reporting_store.published_of(store, [article_id] + [o[0] for _, o, _ in found])
    for span, (other_id, o_start, o_end), score in found:
        pairs.append(_pair(article_id, span, published.get(article_id), other_id,
                           (o_start, o_end), published.get(other_id), score))
    reporting_store.save_pairs(store, pairs)
    reporting_store.index_sentences(store, article_id, indexed, sizes)
    return len(pairs)


def find_shared_reporting(store: "SQLiteStore", article_ids: Iterable[str]) -> int:
    """Shared sentence pairs of each (new) article with those before it; how many were found.

    Articles already indexed are skipped (drop them with `store.reporting.drop_reporting` to
    redo one). Each article commits on its own unless the caller holds a transaction."""
    reporting_store.ensure(store)
    total = 0
    for article_id in article_ids:
        own = nullcontext() if store.conn.in_transaction else store.transaction()
        with own:
            total += shared_with_earlier(store, article_id)
    return total
