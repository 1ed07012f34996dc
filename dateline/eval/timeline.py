"""Timeline summarisation on Timeline17 (T17) under the news-tls protocol, scored with tilse.

Data: `../shared/eval/t17/<topic>/` (11 of T17's 19 gold timelines, one per topic here).
Input articles are `InputDocs/<YYYY-MM-DD>/<n>.htm.txt`, tokenised, one sentence per line, with
the pages' boilerplate; the folder name is the publication date. `t17_articles` detokenises
them lightly (`-LRB-` -> `(`, `` `` `` / `''` -> `"`, ` ,` -> `,`, ` n't` -> `n't`, `\\/` -> `/`)
and leaves every line, boilerplate included, to the builder (dateline's cleaner removes it).

Protocol (news-tls, Ghalandari & Ifrim, ACL 2020, `experiments/evaluate.py`), per gold timeline:
- gold = `timelines.jsonl`, read as news-tls reads it: a dict of date -> sentences, so when a
  date occurs twice the later entry wins (H1N1_bbc 9 -> 7 dates, MJ_bbc 38 -> 37,
  bpoil_guardian 104 -> 102; tilse's own `Timeline.from_file` does the same);
- input = the topic's articles published from the gold's first to its last date, inclusive;
- N = the gold's number of dates, K = round(mean sentences per gold date) (Python's round);
- the builder returns [(date, sentences)], and is also told the span (first, last), as
  news-tls's systems are (`collection.start/end`).

Scores, per gold timeline, then averaged as news-tls does (mean precision and mean recall over
timelines; F is computed from the two means, not averaged):
- Date-F1: the set of predicted dates against the gold dates.
- AR1-F / AR2-F: tilse's `evaluate_align_date_content_costs_many_to_one` ("align, date-content
  costs, many-to-one", Martschat & Markert 2017) with ROUGE-1 / ROUGE-2, tilse's settings
  (Porter stemming, ROUGE's SMART stop words removed, lowercased, tokens split on spaces).
  news-tls ran ROUGE-1.5.5 (Perl), which needs Perl's XML::Parser, not on the project's
  machines; this uses tilse's `rouge_computation="reimpl"`, close but not equal (see below).
- Predicted sentences are re-tokenised the way T17 is (Penn Treebank style: `-LRB-`, ` , `,
  ` 's`, `\\/`) before scoring, because tilse splits on spaces and the gold is tokenised; the
  step leaves T17-tokenised text as it is (`tokenize(gold sentence) == gold sentence`).

Verification (`score_published`): SDF-TLS's T17 outputs (La Quatra et al., SIGIR 2021,
`../shared/eval/tls-published-outputs`) scored against our 11 gold timelines, mean of 11:

    run             Date-F1  AR1-F (reimpl / Perl)  AR2-F (reimpl / Perl)
    TL17_bestsumm   0.659    0.133 / 0.136          0.033 / 0.034
    TL17_bestds     0.711    0.140 / 0.144          0.035 / 0.036

"Perl" is the same tilse call with `rouge_computation="original"` (ROUGE-1.5.5 as tilse ships
it, run once by hand with Debian's libxml-parser-perl installed; not a project dependency): the
reimplementation reads about 2-3% lower, per timeline within 0.011 AR1. Re-tokenising changes
these already-tokenised outputs by < 0.001. The SDF-TLS paper's own T17 table could not be
found with the tools here, so the published anchor is news-tls's T17 figures over all 19
timelines (DATEWISE AR1-F 0.120, AR2-F 0.035, Date-F1 0.544): SDF-TLS, which reports beating
news-tls's unsupervised runs, lands just above them, the same order of magnitude. Not an exact
reproduction: 11 of 19 timelines, ROUGE reimplementation. (EgyptianProtest_cnn gives Date-F1
1.0 to any system that picks publication days: its 20 gold dates are its 20 publication days.)

Naive baseline (`timeline_baselines.busiest_days`), all 11: Date-F1 0.618, AR1-F 0.100,
AR2-F 0.028 (0.087 / 0.022 if its sentences were scored without re-tokenising).
"""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path
from typing import Any, Callable, Mapping, Protocol, Sequence

from ..errors import DatelineError
from .t17 import (SHARED_EVAL, Article, GoldTimeline, load_gold, read_timeline_file, t17_articles,
                  tokenize, topics)

SDF_DIR = SHARED_EVAL / "tls-published-outputs" / "system_output"
# news-tls (ACL 2020), all 19 T17 timelines: (AR1-F, AR2-F, Date-F1)
PUBLISHED = {"news-tls DATEWISE": (0.120, 0.035, 0.544), "news-tls CLUST": (0.082, 0.020, 0.407)}
# our topic -> the stem SDF-TLS gave its output file (after "TL17_<run>_")
SDF_FILES = {
    "EgyptianProtest_cnn": "egypt_tl8", "Finan_washingtonpost":
    "finan_financial_crisis_wallstreet_washingtonpost", "H1N1_bbc":
    "h1n1_influenza_A_h1n1_scotland_bbc", "H1N1_guardian": "h1n1_swine_flu_guardian",
    "H1N1_reuters": "h1n1_h1n1_reuters", "MJ_bbc": "mj_bbc", "bpoil_bbc": "bpoil_bbc",
    "bpoil_foxnews": "bpoil_foxnews", "bpoil_guardian": "bpoil_guardian",
    "bpoil_reuters": "bpoil_rbpoil", "bpoil_washingtonpost": "bpoil_washingtonpost",
}

Entries = list[tuple[dt.date, list[str]]]
Summaries = Mapping[dt.date, Sequence[str]]
Echo = Callable[[str], None]


class Builder(Protocol):
    """A timeline system: the span's articles -> at most n_dates dates of n_sentences each."""

    def __call__(self, articles: list[Article], n_dates: int, n_sentences: int,
                 span: tuple[dt.date, dt.date] | None = None) -> Entries: ...


# ---- scoring ----

def _prf(p: float, r: float) -> dict[str, float]:
    return {"p": p, "r": r, "f": 2 * p * r / (p + r) if p + r else 0.0}


def date_scores(predicted: set[dt.date], gold: set[dt.date]) -> dict[str, float]:
    shared = len(predicted & gold)
    return _prf(shared / len(predicted) if predicted else 0.0, shared / len(gold))


def score_timeline(predicted: Summaries, gold: Summaries) -> dict[str, dict[str, float]]:
    """{"date", "ar1", "ar2"} -> {"p", "r", "f"} of one predicted timeline against one gold."""
    from tilse.data.timelines import GroundTruth, Timeline
    from tilse.evaluation.rouge import TimelineRougeEvaluator

    result = {"date": date_scores(set(predicted), set(gold))}
    if not predicted:  # tilse cannot align an empty timeline
        return result | {"ar1": _prf(0.0, 0.0), "ar2": _prf(0.0, 0.0)}
    system = Timeline({d: [tokenize(s) for s in sents] for d, sents in predicted.items()})
    reference = GroundTruth([Timeline({d: list(sents) for d, sents in gold.items()})])
    evaluator = TimelineRougeEvaluator(measures=["rouge_1", "rouge_2"],
                                       rouge_computation="reimpl")
    scores = evaluator.evaluate_align_date_content_costs_many_to_one(system, reference)
    for key, measure in (("ar1", "rouge_1"), ("ar2", "rouge_2")):
        result[key] = _prf(scores[measure]["precision"], scores[measure]["recall"])
    return result


def average(rows: Sequence[Mapping[str, Mapping[str, float]]]) -> dict[str, dict[str, float]]:
    """news-tls's average: mean precision and mean recall over timelines, F from those."""
    return {key: _prf(sum(r[key]["p"] for r in rows) / len(rows),
                      sum(r[key]["r"] for r in rows) / len(rows)) for key in ("date", "ar1", "ar2")}


def as_summaries(entries: Entries) -> dict[dt.date, list[str]]:
    """A builder's [(date, sentences)] as a mapping; a date given twice keeps both lists."""
    merged: dict[dt.date, list[str]] = {}
    for day, sentences in entries:
        if isinstance(day, dt.datetime):
            day = day.date()
        elif isinstance(day, str):
            day = dt.date.fromisoformat(day[:10])
        merged.setdefault(day, []).extend(s for s in sentences if s.strip())
    return merged


def _flat(result: dict[str, Any], prefix: str, scores: Mapping[str, Mapping[str, float]]) -> None:
    for key, name in (("date", "date"), ("ar1", "ar1"), ("ar2", "ar2")):
        for part in ("p", "r", "f"):
            label = f"{name}_{'f1' if key == 'date' and part == 'f' else part}"
            result[f"{prefix}{label}"] = round(scores[key][part], 4)


def _row(name: str, scores: Mapping[str, Mapping[str, float]], extra: str = "") -> str:
    return (f"  {name:26} {scores['date']['f']:7.3f} {scores['ar1']['f']:7.3f} "
            f"{scores['ar2']['f']:7.3f}  {extra}")


def score_all(predict: Callable[[GoldTimeline, list[Article]], Entries],
              topic_names: Sequence[str] | None = None, limit: int | None = None,
              data_dir: Path | None = None, echo: Echo | None = None,
              with_articles: bool = True) -> dict[str, Any]:
    """Run `predict(gold, articles)` per gold timeline and score it; a flat result dict."""
    started = time.perf_counter()
    golds = [g for t in (topic_names or topics(data_dir)) for g in load_gold(t, data_dir)]
    golds = golds[:limit] if limit is not None else golds
    result: dict[str, Any] = {"t17_topics": [], "t17_timelines": len(golds)}
    rows = []
    for gold in golds:
        articles = (list(t17_articles(gold.topic, gold.first, gold.last, data_dir))
                    if with_articles else [])
        predicted = as_summaries(predict(gold, articles))
        scores = score_timeline(predicted, gold.summaries)
        rows.append(scores)
        key = gold.topic if len(golds) == len({g.topic for g in golds}) else \
            f"{gold.topic}_{gold.name}"
        result["t17_topics"].append(key)
        _flat(result, f"t17_{key}_", scores)
        result[f"t17_{key}_n_dates"] = gold.n_dates
        result[f"t17_{key}_n_sentences"] = gold.n_sentences
        result[f"t17_{key}_articles"] = len(articles)
        result[f"t17_{key}_predicted_dates"] = len(predicted)
        result[f"t17_{key}_predicted_sentences"] = sum(len(s) for s in predicted.values())
        if echo:
            echo(_row(key, scores, f"N={gold.n_dates} K={gold.n_sentences} "
                      f"articles={len(articles)} predicted={len(predicted)}"))
    if rows:
        _flat(result, "t17_", average(rows))
    result["t17_seconds"] = round(time.perf_counter() - started, 1)
    return result


def evaluate_timelines(builder: Builder, topics: Sequence[str] | None = None,
                       limit: int | None = None, data_dir: Path | None = None,
                       echo: Echo | None = None) -> dict[str, Any]:
    """Score `builder` on T17 under the news-tls protocol (see module doc); at most `limit`
    gold timelines. Keys: t17_date_f1, t17_ar1_f, t17_ar2_f (+ _p, _r) and t17_<topic>_…"""
    def predict(gold: GoldTimeline, articles: list[Article]) -> Entries:
        return builder(articles, gold.n_dates, gold.n_sentences, span=(gold.first, gold.last))

    return score_all(predict, topics, limit, data_dir, echo)


def score_published(run: str = "TL17_bestsumm", system_dir: Path | None = None,
                    data_dir: Path | None = None, echo: Echo | None = None) -> dict[str, Any]:
    """SDF-TLS's published T17 output (`run`) scored against our gold, as a scorer check."""
    folder = (system_dir or SDF_DIR) / run
    if not folder.is_dir():
        raise DatelineError.make("E030", path=str(folder), stage="eval timeline")

    def predict(gold: GoldTimeline, _articles: list[Article]) -> Entries:
        path = folder / f"{run}_{SDF_FILES[gold.topic]}.txt"
        return list(read_timeline_file(path).items())

    names = [t for t in topics(data_dir) if t in SDF_FILES]
    return score_all(predict, names, data_dir=data_dir, echo=echo, with_articles=False)


def format_timeline_report(result: Mapping[str, Any], title: str = "T17 timelines") -> str:
    """Per-topic rows, the news-tls mean and the published figures beside it."""
    def scores(prefix: str) -> dict[str, dict[str, float]]:
        return {"date": {"f": result[f"{prefix}date_f1"]}, "ar1": {"f": result[f"{prefix}ar1_f"]},
                "ar2": {"f": result[f"{prefix}ar2_f"]}}

    lines = [f"{title}: {result['t17_timelines']} gold timelines "
             f"({result['t17_seconds']} s)",
             f"  {'timeline':26} {'Date-F1':>7} {'AR1-F':>7} {'AR2-F':>7}"]
    for key in result["t17_topics"]:
        lines.append(_row(key, scores(f"t17_{key}_"),
                          f"N={result[f't17_{key}_n_dates']} K={result[f't17_{key}_n_sentences']}"
                          f" predicted={result[f't17_{key}_predicted_dates']}"))
    if result["t17_topics"]:
        lines.append(_row("mean (news-tls averaging)", scores("t17_")))
    for name, (ar1, ar2, date_f1) in PUBLISHED.items():
        lines.append(f"  {name:26} {date_f1:7.3f} {ar1:7.3f} {ar2:7.3f}  "
                     "(published, all 19 T17 timelines, Perl ROUGE)")
    return "\n".join(lines)
