"""Score shared reporting: the seed same-report pairs and the hand-labelled news_cluster pairs.

Seeds (`same_report` in seeds-gold.json): the four seed articles go through a fresh store and
`find_shared_reporting`; a gold pair is found when a stored pair's sentences hold both of its
evidence strings. Recall only: the seed gold is not exhaustive.

Labelled pairs (dateline/eval/gold/shared-reporting-pairs.json): sentence pairs from one
news_cluster event, each judged same report or not (the file states the guideline and how the
pairs were drawn). Two scores:
- verification (`pairs_*`): `same_report` on the two evidence sentences, as labelled;
- end to end (`store_*`): the labelled pairs' articles go through a fresh store in file order
  and a pair counts as found when a stored pair covers both evidence strings, so the sentence
  splitter and the LSH candidates are scored too.
Precision and recall are over the labelled pairs, which were drawn in strata around the
decision boundary: they are not the corpus-wide rates. `found_precision` is over the file's
`found_sample`, a random sample of what one version of the step output (hand-labelled): the
share of those the method still accepts that are the same report.
"""

from __future__ import annotations

import json
import tempfile
import time
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence

from ..dedup.fingerprint import article_id
from ..errors import EvalError
from ..fuse.reporting_step import find_shared_reporting
from ..fuse.syndication import same_report, sentence_features
from ..model import Article
from ..store import reporting as reporting_store
from ..store.sqlite import SQLiteStore
from .scoring import ratio
from .seeds import load_gold

SHARED = Path(__file__).resolve().parents[3] / "shared"
SEEDS_GOLD = SHARED / "eval" / "seeds-gold.json"
SEEDS_DIR = SHARED / "seeds"
NEWS_DIR = SHARED / "eval" / "giveme5w1h" / "news_cluster" / "data"
LABELLED = Path(__file__).resolve().parent / "gold" / "shared-reporting-pairs.json"
Side = tuple[str, str]  # (document, evidence)


def news_cluster_text(path: Path) -> str:
    """A news-please article as dateline reads it: title, blank line, body."""
    data = json.loads(path.read_text("utf-8"))
    body = data.get("text") or data.get("description") or ""
    title = (data.get("title") or "").strip()
    return f"{title}\n\n{body}" if title else body


def _found_in_store(texts: Mapping[str, str], pairs: Sequence[tuple[Side, Side]]) -> list[bool]:
    """Whether a fresh store, fed `texts` in order, pairs the two evidence strings of each pair."""
    ids = {name: article_id(text) for name, text in texts.items()}
    with tempfile.TemporaryDirectory() as tmp, SQLiteStore(Path(tmp) / "eval.db") as store:
        with store.transaction():
            for name, text in texts.items():
                if not store.has_article(ids[name]):
                    store.add_article(Article(id=ids[name], text=text, source_path=name))
        find_shared_reporting(store, list(dict.fromkeys(ids.values())))
        found = []
        for (doc_a, ev_a), (doc_b, ev_b) in pairs:
            spans_a = _spans(texts[doc_a], ev_a)
            spans_b = _spans(texts[doc_b], ev_b)
            hit = False
            for p in reporting_store.pairs_for(store, ids[doc_a]):
                own = (p.a_start, p.a_end) if p.a_id == ids[doc_a] else (p.b_start, p.b_end)
                other = (p.b_id, p.b_start, p.b_end) if p.a_id == ids[doc_a] else \
                    (p.a_id, p.a_start, p.a_end)
                hit = hit or (other[0] == ids[doc_b] and _covers(own, spans_a)
                              and _covers(other[1:], spans_b))
            found.append(hit)
    return found


def _spans(text: str, evidence: str) -> list[tuple[int, int]]:
    out, start = [], text.find(evidence)
    while start >= 0:
        out.append((start, start + len(evidence)))
        start = text.find(evidence, start + 1)
    return out


def _covers(sentence: tuple[int, int], spans: Iterable[tuple[int, int]]) -> bool:
    """The sentence overlaps the evidence: it holds the evidence's start or its middle."""
    return any(sentence[0] < end and start < sentence[1] for start, end in spans)


def _prf(prefix: str, predicted: Sequence[bool], gold: Sequence[bool]) -> dict[str, float]:
    tp = sum(p and g for p, g in zip(predicted, gold))
    fp = sum(p and not g for p, g in zip(predicted, gold))
    fn = sum(g and not p for p, g in zip(predicted, gold))
    precision, recall = ratio(tp, tp + fp), ratio(tp, tp + fn)
    return {f"{prefix}_precision": precision, f"{prefix}_recall": recall,
            f"{prefix}_f1": ratio(2 * precision * recall, precision + recall)}


def seed_scores(gold_path: Path, seeds_dir: Path) -> dict[str, float]:
    gold = load_gold(gold_path, "eval shared reporting")
    texts = {p.stem: p.read_text("utf-8") for p in sorted(seeds_dir.glob("*.txt"))}
    pairs = [((g["a"][0], g["a"][1]), (g["b"][0], g["b"][1])) for g in gold["same_report"]
             if g["a"][0] in texts and g["b"][0] in texts]
    found = _found_in_store(texts, pairs)
    return {"seeds_gold_pairs": float(len(pairs)), "seeds_recall": ratio(sum(found), len(pairs))}


def labelled_pairs(path: Path = LABELLED, part: str = "pairs") -> list[dict[str, Any]]:
    """The labelled pairs (`part` "pairs"), or the labelled sample of found pairs ("found")."""
    if not path.is_file():
        raise EvalError.make("E030", path=str(path))
    data = json.loads(path.read_text("utf-8"))
    pairs: list[dict[str, Any]] = data["pairs"] if part == "pairs" else \
        data["found_sample"]["pairs"]
    return pairs


def _verified(pairs: Iterable[Mapping[str, Any]]) -> list[bool]:
    out = []
    for p in pairs:
        a, b = sentence_features(p["a"]["evidence"]), sentence_features(p["b"]["evidence"])
        out.append(a is not None and b is not None and same_report(a, b) is not None)
    return out


def labelled_scores(pairs_path: Path, news_dir: Path) -> dict[str, float]:
    pairs = labelled_pairs(pairs_path)
    gold = [bool(p["same_report"]) for p in pairs]
    verified = _verified(pairs)
    found_sample = labelled_pairs(pairs_path, "found")
    still = [p for p, kept in zip(found_sample, _verified(found_sample)) if kept]
    files = sorted({p[side]["file"] for p in pairs for side in ("a", "b")})
    missing = [f for f in files if not (news_dir / f).is_file()]
    if missing:
        raise EvalError.make("E030", path=str(news_dir / missing[0]))
    texts = {f: news_cluster_text(news_dir / f) for f in files}
    found = _found_in_store(texts, [((p["a"]["file"], p["a"]["evidence"]),
                                     (p["b"]["file"], p["b"]["evidence"])) for p in pairs])
    return {"labelled_pairs": float(len(pairs)), "labelled_positive": float(sum(gold)),
            **_prf("pairs", verified, gold), **_prf("store", found, gold),
            "found_sample": float(len(found_sample)), "found_kept": float(len(still)),
            "found_precision": ratio(sum(bool(p["same_report"]) for p in still), len(still))}


def evaluate_shared_reporting(gold_path: str | Path = SEEDS_GOLD,
                              seeds_dir: str | Path = SEEDS_DIR,
                              pairs_path: str | Path = LABELLED,
                              news_dir: str | Path = NEWS_DIR) -> dict[str, float]:
    """Seed recall and labelled-pair precision / recall / F1, as one flat dict of floats."""
    started = time.perf_counter()
    scores = {**seed_scores(Path(gold_path), Path(seeds_dir)),
              **labelled_scores(Path(pairs_path), Path(news_dir))}
    scores["seconds"] = round(time.perf_counter() - started, 2)
    return scores


def format_reporting_report(scores: Mapping[str, float]) -> str:
    """The scores as a few readable lines."""
    def prf(prefix: str) -> str:
        return (f"P {scores[prefix + '_precision']:.3f}  R {scores[prefix + '_recall']:.3f}  "
                f"F1 {scores[prefix + '_f1']:.3f}")

    return "\n".join([
        "shared reporting",
        f"  seeds: {scores['seeds_recall']:.3f} of {int(scores['seeds_gold_pairs'])} gold "
        "same-report pairs found",
        f"  labelled pairs ({int(scores['labelled_pairs'])}, "
        f"{int(scores['labelled_positive'])} same report):",
        f"    verification  {prf('pairs')}",
        f"    end to end    {prf('store')}",
        f"  found pairs, random sample: precision {scores['found_precision']:.3f} "
        f"({int(scores['found_kept'])} of {int(scores['found_sample'])} still found)",
        f"  {scores['seconds']:.1f} s",
    ])
