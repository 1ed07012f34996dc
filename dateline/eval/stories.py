"""Story clustering scored with B-cubed against Giveme5W1H news_cluster and ECB+ topics.

- news_cluster: 383 articles from 94 publishers, 69 real events; gold story = `newsCluster`
  EventId (a dict, or its Python repr). Text = `title` + blank line + `text`, published = the
  `date_publish` string (None when missing), ingest order = file name order (a hash: arbitrary).
- ECB+ (CROMER XML): each topic holds two similar seminal events, the original ECB documents
  (`*ecb.xml`) and the ECB+ ones (`*ecbplus.xml`): gold story = topic, and the finer sub-topic
  (topic + ecb / ecbplus), which is the one that matches a news story ("Tara Reid enters rehab"
  vs "Lindsay Lohan enters rehab"). Documents have no dates and no separate title: the first
  line stands for it. Ingest order = SHA-1 of the file name, so topics are mixed as in a pile.

Each pile is clustered from scratch in an in-memory store through `store.stories`, optionally
with annotations from `annotate_text` resolved across articles as the pipeline does.
B-cubed: per article, precision = |its story ∩ its gold| / |its story|, recall = the same over
|its gold|; averaged over articles.
"""

from __future__ import annotations

import ast
import hashlib
import json
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Mapping, Sequence

from ..fuse.stories import StoryOptions
from ..model import Annotations, Article
from .scoring import ratio

if TYPE_CHECKING:
    from spacy.language import Language

SHARED = Path(__file__).resolve().parents[3] / "shared"
NEWS_CLUSTER = SHARED / "eval" / "giveme5w1h" / "news_cluster" / "data"
ECBPLUS = SHARED / "eval" / "ecbplus" / "ECB+"
TUNE_TOPICS = tuple(range(1, 21))
HELD_OUT_TOPICS = tuple(range(21, 36))


@dataclass(frozen=True)
class GoldArticle:
    article: Article
    story: str  # gold story label
    fine: str = ""  # finer gold label (ECB+ sub-topic), "" when none


def _text(value: Any) -> str:
    return "" if value is None or str(value) == "None" else str(value)


def read_news_cluster(folder: Path = NEWS_CLUSTER) -> list[GoldArticle]:
    """The news_cluster articles in file name order, each with its gold EventId."""
    out = []
    for path in sorted(folder.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        cluster = data["newsCluster"]
        cluster = ast.literal_eval(cluster) if isinstance(cluster, str) else cluster
        title, body = _text(data.get("title")), _text(data.get("text"))
        text = f"{title}\n\n{body}" if title else body
        aid = hashlib.sha256(text.encode()).hexdigest()[:16]
        out.append(GoldArticle(Article(id=aid, text=text, title=title or None,
                                       published=_text(data.get("date_publish")) or None),
                               str(cluster["EventId"])))
    return out


def read_ecbplus_stories(folder: Path = ECBPLUS,
                         topics: Iterable[int] = TUNE_TOPICS) -> list[GoldArticle]:
    """ECB+ documents of `topics` (those present) as undated articles, topic-mixed order."""
    from .ecb import EcbDocument

    out = []
    for topic in topics:
        for path in sorted((folder / str(topic)).glob("*.xml")):
            text = EcbDocument(path).text
            title = text.split("\n", 1)[0]
            sub = "ecbplus" if path.stem.endswith("ecbplus") else "ecb"
            out.append(GoldArticle(Article(id=path.stem, text=text, title=title),
                                   str(topic), f"{topic}{sub}"))
    return sorted(out, key=lambda g: hashlib.sha1(g.article.id.encode()).hexdigest())


def annotate_all(articles: Sequence[GoldArticle],
                 nlp: "Language | None" = None) -> dict[str, Annotations]:
    """Annotations of each article (spaCy; minutes for a few hundred articles)."""
    from ..annotate import annotate_text
    from ..annotating import published_date

    return {g.article.id: annotate_text(g.article.text, published_date(g.article.published),
                                        nlp=nlp) for g in articles}


def cluster(articles: Sequence[GoldArticle], options: StoryOptions = StoryOptions(),
            annotations: Mapping[str, Annotations] | None = None) -> dict[str, str]:
    """article id -> story id, clustering the pile in a fresh in-memory store in list order."""
    from ..fuse.apply import save_resolved
    from ..store.sqlite import SQLiteStore
    from ..store.stories import assign_stories
    from ..store.story_queries import story_assignment

    with SQLiteStore(":memory:") as store:
        with store.transaction():
            for g in articles:
                store.add_article(g.article)
                if annotations and g.article.id in annotations:
                    save_resolved(store, g.article.id, annotations[g.article.id])
        assign_stories(store, None, options)
        return story_assignment(store)


def b_cubed(predicted: Mapping[str, str], gold: Mapping[str, str]) -> dict[str, float]:
    """B-cubed precision, recall and F1 of `predicted` over the items of `gold`."""
    items = [i for i in gold if i in predicted]
    pairs = Counter((predicted[i], gold[i]) for i in items)
    sizes_p = Counter(predicted[i] for i in items)
    sizes_g = Counter(gold[i] for i in items)
    p = sum(pairs[(predicted[i], gold[i])] / sizes_p[predicted[i]] for i in items)
    r = sum(pairs[(predicted[i], gold[i])] / sizes_g[gold[i]] for i in items)
    precision, recall = ratio(p, len(items)), ratio(r, len(items))
    f1 = ratio(2 * precision * recall, precision + recall)
    return {"b3_precision": precision, "b3_recall": recall, "b3_f1": f1,
            "stories": float(len(sizes_p)), "gold_stories": float(len(sizes_g)),
            "articles": float(len(items))}


def score_pile(articles: Sequence[GoldArticle], options: StoryOptions = StoryOptions(),
               annotations: Mapping[str, Annotations] | None = None) -> dict[str, float]:
    """B-cubed against the gold story labels, and `fine_*` against the finer ones when given."""
    started = time.perf_counter()
    predicted = cluster(articles, options, annotations)
    scores = b_cubed(predicted, {g.article.id: g.story for g in articles})
    if any(g.fine for g in articles):
        fine = b_cubed(predicted, {g.article.id: g.fine for g in articles})
        scores.update({f"fine_{k}": v for k, v in fine.items() if k != "articles"})
    scores["seconds"] = round(time.perf_counter() - started, 2)
    return scores


def evaluate_stories(options: StoryOptions = StoryOptions(), annotate: bool = False,
                     sets: Sequence[str] = ("news_cluster", "ecb_tune", "ecb_held_out"),
                     ) -> dict[str, dict[str, float]]:
    """Scores per data set (text only, or with annotations); sets whose data is absent are left
    out."""
    piles: dict[str, list[GoldArticle]] = {}
    if "news_cluster" in sets and NEWS_CLUSTER.is_dir():
        piles["news_cluster"] = read_news_cluster()
    if ECBPLUS.is_dir():
        if "ecb_tune" in sets:
            piles["ecb_tune"] = read_ecbplus_stories(ECBPLUS, TUNE_TOPICS)
        if "ecb_held_out" in sets:
            piles["ecb_held_out"] = read_ecbplus_stories(ECBPLUS, HELD_OUT_TOPICS)
    out = {}
    for name, pile in piles.items():
        annotations = annotate_all(pile) if annotate else None
        out[name] = score_pile(pile, options, annotations)
    return out


def format_stories_report(scores: Mapping[str, Mapping[str, float]]) -> str:
    """One block per data set: B-cubed P/R/F1 (and the finer gold's, for ECB+)."""
    lines = []
    for name, s in scores.items():
        lines.append(f"{name}: {int(s['articles'])} articles, {int(s['gold_stories'])} gold "
                     f"stories, {int(s['stories'])} found, {s['seconds']:.1f} s")
        lines.append(f"  B-cubed P {s['b3_precision']:.3f}  R {s['b3_recall']:.3f}  "
                     f"F1 {s['b3_f1']:.3f}")
        if "fine_b3_f1" in s:
            lines.append(f"  sub-topic ({int(s['fine_gold_stories'])} gold): "
                         f"P {s['fine_b3_precision']:.3f}  R {s['fine_b3_recall']:.3f}  "
                         f"F1 {s['fine_b3_f1']:.3f}")
    return "\n".join(lines)


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description="B-cubed scores of story clustering")
    parser.add_argument("--annotate", action="store_true", help="with annotate_text entities")
    parser.add_argument("--set", action="append", dest="sets",
                        choices=("news_cluster", "ecb_tune", "ecb_held_out"))
    args = parser.parse_args()
    print(format_stories_report(evaluate_stories(
        annotate=args.annotate, sets=args.sets or ("news_cluster", "ecb_tune", "ecb_held_out"))))
