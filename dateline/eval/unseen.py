"""Score dateline against the hand-made unseen gold (`dateline/eval/gold/unseen-*.json`).

The gold holds news_cluster articles no rule was written against, annotated by hand (format:
gold/FORMAT.md, rules: gold/GUIDELINES.md). Each article is read from `../shared/eval/<path>`
and run the way ingest runs it: `iter_documents` (the news-please JSON goes through the JSON
reader), `clean_document(raw, Options())`, then `annotate_text(article.text, published,
dateline=article.dateline)`. When `../shared/eval` is absent the evaluation is skipped with a
message (`{"skipped": ...}`).

Locating the gold: every gold `evidence` is searched in the cleaned text, exactly, else with
quotes, dashes and whitespace folded (`locate`); every occurrence counts, so an evidence that a
caption repeats is matched by a prediction on either copy. A figure's key span is its
`number_text` inside the evidence, an event's its `trigger`. The body runs from `body_starts`
to `body_ends`; the document's `skip` strings (boilerplate inside the body) are cut out.
Predictions outside the body or inside a skip string are ignored (an event by its trigger).
Gold items whose evidence is not found in the cleaned text stay in the recall denominators
(`gold_unlocated` counts them: cleaning removed them).

Matching is one-to-one and greedy in text order: first a prediction whose span overlaps a gold
key span, then one that overlaps a gold evidence span. A further prediction that overlaps an
already matched gold item of the same kind is a duplicate: right for precision, no second
recall. Scores (each a ratio to 4 places; counts beside them):

- events: a prediction matches a gold event when its trigger overlaps the evidence and the
  types are equal. `event_recall`, `event_precision`; `event_trigger_recall` ignores the type.
  Strict: `event_recall_full` / `event_precision_full` also need the date (equal on the gold's
  precision: gold `2017-09` accepts `2017-09-15`; a null gold date accepts any), the mode and
  one actor right (fold-equal, or the tokens of one name all among the other's, against a gold
  actor or one of its entity variants; a gold event without actors needs none predicted).
  Over matched events: `event_date_accuracy`, `event_mode_accuracy`, `event_actor_accuracy`,
  `event_target_accuracy` (same rule as actors), `event_place_accuracy` (a null gold place
  needs none predicted).
- figures: a predicted figure matches when its span overlaps the gold `number_text`.
  `figure_recall`, `figure_precision` (the gold is exhaustive), `figure_precision_no_vague`
  (the same with unmatched vague amounts left out: "dozens", "several hundred", "thousands
  of" are figures for dateline, with bounds, but the gold's guideline does not annotate them;
  the floors stay on `figure_precision`), and over matched figures
  `figure_value_accuracy`, `figure_bounds_accuracy` (min and max equal), `figure_category_
  accuracy`, `figure_claimant_accuracy` (null vs null right; names fold-equal or one holding
  the other's surname, the gold name's entity variants included), `figure_as_of_accuracy`
  (as event dates), `figure_projected_accuracy`.
- quotes: a predicted quote matches when its span overlaps the evidence. `quote_recall`,
  `quote_precision`, `quote_speaker_accuracy` (speaker fold-equal to the gold speaker or one
  of its entity variants).
- entities: a predicted PERSON / ORG / GROUP / PLACE mention in the body matches when its text
  is fold-equal to a gold variant (or a gold place text) of that document with a compatible
  type (ORG and GROUP are compatible). `entity_precision` = matched / predicted mentions;
  `entity_recall` = gold entities with a matched mention / gold entities; `entity_id_purity`
  = B-cubed F1, over the whole file, of our entity_id clusters against the gold ids of the
  matched mentions (mentions whose text fits two gold entities are left out).
- places: `place_precision` = predicted places within 50 km of the gold point (country and
  continent precision: within 500 km or the same country code) / predicted places whose text
  is fold-equal to a gold place text; `place_recall` = gold places so found / gold places;
  `place_text_recall` = gold places whose text we found at all.

`unseen_validate.validate_gold` checks a gold file (every evidence verbatim in its article, keys
inside their evidence, variants and place texts in the body, ids consistent, fields and values
well formed) and returns the problems found. The counting per document is in `unseen_score`,
locating and matching the gold in `unseen_gold`; this module runs dateline and reports.
"""
from __future__ import annotations

import datetime as dt
import json
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ..errors import EvalError
from ..model import Annotations, Article
from .unseen_gold import (DEFAULT_GOLD, Body, Located, assign, bcubed_f1, body_of,
                          claimant_match, date_right, fold, km, locate, locate_items,
                          names_match, place_right)
from .unseen_score import Tally, score_document, scores_of, vague_amount


# --- running dateline the way ingest does -----------------------------------------------------


def shared_eval_root() -> Path | None:
    """`../shared/eval` beside the checkout (or beside the working directory), if present."""
    for root in (Path(__file__).resolve().parents[3] / "shared" / "eval",
                 Path.cwd().parent / "shared" / "eval"):
        if root.is_dir():
            return root
    return None


def load_gold(gold_path: str | Path) -> dict[str, Any]:
    path = Path(gold_path)
    if not path.is_file():
        raise EvalError.make("E030", path=str(path), stage="eval unseen")
    return json.loads(path.read_text("utf-8"))


def gold_for(gold: Mapping[str, Any], key: str) -> dict[str, list[Any]]:
    """One document's items, by kind."""
    return {kind: [i for i in gold.get(kind, ()) if i["doc"] == key]
            for kind in ("entities", "places", "figures", "events", "quotes")}


def read_article(path: Path) -> Article:
    """The cleaned article of a news-please JSON file, as ingest makes it."""
    from ..clean import clean_document
    from ..config import Options
    from ..ingest import iter_documents
    from ..model import RawDocument

    options = Options()
    for unit in iter_documents([path], options):
        if isinstance(unit, RawDocument):
            return clean_document(unit, options)
    raise EvalError.make("E030", path=str(path), stage="eval unseen")


def published_date(value: str | None) -> dt.date | None:
    """The publication date, a datetime when the time is given (as ingest annotates)."""
    from ..annotating import published_date as of_article

    return of_article(value)


def annotate_article(article: Article) -> Annotations:
    try:
        from ..annotate import annotate_text
    except ImportError:  # before annotate_text moved to dateline.annotate
        from ..annotate.pipeline import annotate_text  # type: ignore[no-redef]
    return annotate_text(article.text, published_date(article.published),
                         dateline=article.dateline)


def evaluate_unseen(gold_path: str | Path = DEFAULT_GOLD, limit: int | None = None,
                    eval_root: str | Path | None = None) -> dict[str, Any]:
    """Scores of dateline on the unseen gold (see module doc); `{"skipped": why}` when the
    shared evaluation data is absent."""
    gold = load_gold(gold_path)
    root = Path(eval_root) if eval_root else shared_eval_root()
    if root is None or not root.is_dir():
        return {"skipped": "unseen gold skipped: ../shared/eval not found beside the checkout"}
    tally = Tally()
    failed: list[str] = []
    started = time.perf_counter()
    documents = list(gold["documents"].items())[:limit]
    for key, doc in documents:
        items = gold_for(gold, key)
        try:
            article = read_article(root / doc["path"])
            annotations = annotate_article(article)
            text = article.text
        except Exception as error:  # a failed article scores as nothing found
            failed.append(f"{key}: {type(error).__name__}: {error}"[:200])
            text, annotations = "", Annotations()
        score_document(text, doc, items, annotations, tally)
    seconds = time.perf_counter() - started
    result = {"articles": len(documents), "articles_failed": len(failed), **scores_of(tally),
              "seconds": round(seconds, 1)}
    if failed:
        result["failures"] = failed
    return result


def format_unseen_report(scores: Mapping[str, Any]) -> str:
    """A small table of an evaluate_unseen result."""
    if "skipped" in scores:
        return str(scores["skipped"])
    lines = [f"Unseen gold: {scores['articles']} articles ({scores['articles_failed']} failed), "
             f"{scores['seconds']} s",
             f"  {'metric':28} {'score':>6}"]
    lines += [f"  {key:28} {value:6.3f}" for key, value in scores.items()
              if isinstance(value, float) and key != "seconds"]
    lines.append("  counts: " + ", ".join(f"{key} {value}" for key, value in scores.items()
                                          if isinstance(value, int) and not isinstance(value, bool)
                                          and key not in ("articles", "articles_failed")))
    lines.extend(f"  failed {line}" for line in scores.get("failures", ()))
    return "\n".join(lines)


__all__ = ["DEFAULT_GOLD", "Body", "Located", "Tally", "assign", "bcubed_f1", "body_of",
           "claimant_match", "date_right", "evaluate_unseen", "fold", "format_unseen_report",
           "km", "locate", "locate_items", "names_match", "place_right", "score_document",
           "scores_of", "shared_eval_root", "vague_amount"]
