"""Score the cleaning stage against the "documents" section of a gold file.

Definitions (all micro-averaged over the gold documents):

- fields: share of documents whose value matches gold. A null gold value is matched only by None.
  title and dateline compare with whitespace folded; published compares the date part and, when
  gold carries a time, the time too; outlet compares case-insensitively; wire matches when ours
  equals gold with any parenthetical ("Associated Press (partly)") removed, or is contained in
  it; authors compare as sets.
- boilerplate recall: share of the gold items that are absent from our cleaned text; the items
  are the gold boilerplate strings, the gold caption and the gold title (a title left in the body
  is boilerplate that was missed).
- boilerplate precision: share of our removed lines that are really boilerplate. A removed line
  counts as wrong when one of its sentences (three words or more) is also a sentence of the gold
  body region, i.e. the original text from `body_starts` to the end of `body_ends`.
- body_kept: share of the `body_starts` and `body_ends` strings present in our cleaned text.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any, Mapping

from ..clean import clean_document
from ..config import Options
from ..dedup.fingerprint import raw_hash
from ..errors import DatelineError, EvalError
from ..model import Article, RawDocument
from .floors import below_floors
from .scoring import ratio

FIELDS = ("title", "published", "outlet", "wire", "authors", "dateline")
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+|(?<=[.!?…][\"”’'])\s+|\n+")
_PAREN = re.compile(r"\s*\([^)]*\)")



def _ratio(part: int, whole: int) -> float:
    return ratio(part, whole, empty=1.0)  # nothing to score counts as perfect

def _fold(text: str | None) -> str | None:
    return None if text is None else re.sub(r"\s+", " ", text).strip()


def _field_ok(name: str, ours: Any, gold: Any) -> bool:
    if name == "authors":
        return set(ours or ()) == set(gold or ())
    if gold is None:
        return ours is None
    if ours is None:
        return False
    if name == "published":
        gold_date, _, gold_time = str(gold).partition("T")
        our_date, _, our_time = str(ours).partition("T")
        return our_date == gold_date and (not gold_time or our_time[:5] == gold_time[:5])
    if name == "wire":
        bare = _PAREN.sub("", str(gold)).strip().lower()
        return str(ours).lower() == bare or str(ours).lower() in str(gold).lower()
    if name == "outlet":
        return str(_fold(ours)).lower() == str(_fold(gold)).lower()
    return _fold(ours) == _fold(gold)


def _sentences(text: str) -> set[str]:
    parts = (_fold(part) or "" for part in _SENTENCE_END.split(text))
    return {part for part in parts if len(part.split()) >= 3}


def _body_region(raw: str, gold: Mapping[str, Any]) -> str:
    start = raw.find(gold.get("body_starts") or "")
    ends = gold.get("body_ends") or ""
    end = raw.rfind(ends)
    if start < 0 or end < 0:
        return ""
    return raw[start:end + len(ends)]


def score_document(article: Article, raw: str, gold: Mapping[str, Any]) -> dict[str, Any]:
    """Per-document scores: field matches, boilerplate counts and body kept."""
    fields = {name: _field_ok(name, getattr(article, name), gold.get(name)) for name in FIELDS}
    items = list(gold.get("boilerplate") or [])
    items += [gold[key] for key in ("caption", "title") if gold.get(key)]
    missed = [item for item in items if item in article.text]
    body = _sentences(_body_region(raw, gold))
    wrong = [line for line in article.removed if _sentences(line) & body]
    ends = [gold[key] for key in ("body_starts", "body_ends") if gold.get(key)]
    kept = [end for end in ends if end in article.text]
    return {"fields": fields, "boilerplate_items": len(items), "boilerplate_missed": missed,
            "removed": len(article.removed), "removed_wrong": wrong,
            "body_checks": len(ends), "body_kept": len(kept)}



def evaluate_clean(gold_path: Path, seeds_dir: Path,
                   options: Options | None = None) -> dict[str, Any]:
    """Clean each gold document's file ("<id>.txt" in `seeds_dir`) and score it against gold."""
    gold_path, seeds_dir = Path(gold_path), Path(seeds_dir)
    if not gold_path.is_file():
        raise EvalError.make("E030", path=str(gold_path), stage="eval")
    documents: Mapping[str, Any] = json.loads(gold_path.read_text("utf-8")).get("documents", {})
    options = options or Options()
    per_doc: list[dict[str, Any]] = []
    for doc_id, gold in documents.items():
        path = seeds_dir / f"{doc_id}.txt"
        text = path.read_text("utf-8")
        raw = RawDocument(str(path), "text", raw=text, text=text, raw_hash=raw_hash(text))
        try:
            article = clean_document(raw, options)
        except DatelineError as error:
            per_doc.append({"id": doc_id, "error": str(error),
                            "fields": dict.fromkeys(FIELDS, False),
                            "boilerplate_items": 0, "boilerplate_missed": [], "removed": 0,
                            "removed_wrong": [], "body_checks": 2, "body_kept": 0})
            continue
        per_doc.append({"id": doc_id, **score_document(article, text, gold)})
    count = len(per_doc)
    fields = {name: _ratio(sum(d["fields"][name] for d in per_doc), count) for name in FIELDS}
    items = sum(d["boilerplate_items"] for d in per_doc)
    recall = _ratio(items - sum(len(d["boilerplate_missed"]) for d in per_doc), items)
    removed = sum(d["removed"] for d in per_doc)
    precision = _ratio(removed - sum(len(d["removed_wrong"]) for d in per_doc), removed)
    f1 = round(2 * precision * recall / (precision + recall), 4) if precision + recall else 0.0
    body = _ratio(sum(d["body_kept"] for d in per_doc), sum(d["body_checks"] for d in per_doc))
    return {"documents": count, "fields": fields,
            "boilerplate": {"precision": precision, "recall": recall, "f1": f1},
            "body_kept": body, "per_doc": per_doc}


def format_clean_report(result: Mapping[str, Any]) -> str:
    """Plain table lines: one per metric, then one per document."""
    rows = [f"cleaning: {result['documents']} documents", f"{'metric':<24} score"]
    rows += [f"{'field ' + name:<24} {value:.3f}" for name, value in result["fields"].items()]
    rows += [f"{'boilerplate ' + name:<24} {value:.3f}"
             for name, value in result["boilerplate"].items()]
    rows.append(f"{'body kept':<24} {result['body_kept']:.3f}")
    rows.append("")
    rows.append(f"{'document':<24} {'fields':<8} {'missed':<7} {'wrong':<6} body")
    for doc in result["per_doc"]:
        good = sum(doc["fields"].values())
        rows.append(f"{doc['id'][:24]:<24} {good}/{len(doc['fields']):<6} "
                    f"{len(doc['boilerplate_missed']):<7} {len(doc['removed_wrong']):<6} "
                    f"{doc['body_kept']}/{doc['body_checks']}"
                    + (f"  {doc['error']}" if doc.get("error") else ""))
    return "\n".join(rows)


def flat_scores(result: Mapping[str, Any]) -> dict[str, float]:
    """Metric name -> score, named as in floors.json ("title", "boilerplate_recall", ...)."""
    flat = dict(result["fields"])
    flat.update({f"boilerplate_{k}": v for k, v in result["boilerplate"].items()})
    flat["body_kept"] = result["body_kept"]
    return flat


def check_floors(result: Mapping[str, Any],
                 floors: Mapping[str, Any] | None = None) -> list[str]:
    """One message per metric below its floor; `floors` is the whole file or its "clean" section."""
    if floors is not None and "clean" not in floors:
        floors = {"clean": floors}
    return below_floors("clean", flat_scores(result), floors)
