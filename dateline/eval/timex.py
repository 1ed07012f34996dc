"""Score time expressions against the seed gold and against TempEval-3 (TimeBank + AQUAINT).

Seeds (gold lists a sample, not every expression): a gold timex is found when one of ours
overlaps its `expr`, located inside its `evidence` string in the article file. recall = found /
gold; value_accuracy = found with the gold value / found. The base date is the gold
"published" date, else "published_inferred". Precision is not measured on the seeds.

TempEval-3 (.tml): tags stripped to plain text (offsets kept), DCT as the publication date.
strict = same character span; relaxed = overlapping spans (one-to-one, in order). value F1 as
in TempEval-3: relaxed matches whose value also matches; P = correct / ours, R = correct / gold.
TBAQ is the TempEval-3 training data, not its platinum test set, so comparisons with published
scores are rough.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Mapping

from ..annotate.timex import find_timexes
from ..errors import EvalError
from .floors import below_floors, flatten
from .seeds import load_gold, published_date
from .scoring import ratio

if TYPE_CHECKING:
    from spacy.language import Language

HEIDELTIME = {"value_f1": 0.7761, "strict_precision": 0.8385, "strict_recall": 0.7899}
_TAG = re.compile(r"<(/?)([A-Za-z0-9]+)([^>]*)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')
_WEEK = re.compile(r"-W(\d)(?!\d)")



def _f1(p: float, r: float) -> float:
    return round(2 * p * r / (p + r), 4) if p + r else 0.0


def _same_value(ours: str | None, gold: str | None) -> bool:
    """Literal TIMEX3 values; week numbers compare without zero padding ("2000-W7")."""
    if ours is None or gold is None:
        return False
    return _WEEK.sub(r"-W0\1", ours.upper()) == _WEEK.sub(r"-W0\1", gold.upper())


def evaluate_timex_seeds(gold_path: Path, seeds_dir: Path, nlp: "Language") -> dict[str, Any]:
    """Detection recall and value accuracy of find_timexes over the seed gold's timex list."""
    seeds_dir = Path(seeds_dir)
    gold = load_gold(Path(gold_path), "eval")
    documents: Mapping[str, Any] = gold.get("documents", {})
    items = [t for t in gold.get("timex", [])]
    bases: dict[str, str | None] = {}
    found = correct = 0
    misses: list[dict[str, Any]] = []
    for doc_id in sorted({t["doc"] for t in items}):
        meta = documents.get(doc_id, {})
        base = meta.get("published") or meta.get("published_inferred")
        bases[doc_id] = base
        text = (seeds_dir / f"{doc_id}.txt").read_text("utf-8")
        ours = find_timexes(nlp(text), published_date(meta))
        for item in (t for t in items if t["doc"] == doc_id):
            at = text.find(item["evidence"])
            start = at + item["evidence"].find(item["expr"]) if at >= 0 else -1
            end = start + len(item["expr"])
            hit = next((t for t in ours if start >= 0 and t.start < end and start < t.end), None)
            if hit is not None:
                found += 1
                correct += hit.value == item["value"]
            if hit is None or hit.value != item["value"]:
                misses.append({"doc": doc_id, "expr": item["expr"], "gold": item["value"],
                               "ours": None if hit is None else hit.value,
                               "text": None if hit is None else hit.text})
    return {"gold": len(items), "found": found, "value_correct": correct,
            "recall": ratio(found, len(items)), "value_accuracy": ratio(correct, found),
            "bases": bases, "misses": misses}


def read_tml(path: Path) -> tuple[str, dt.date | None, list[dict[str, Any]]]:
    """(plain text of <TEXT>, DCT, gold timexes with start/end/type/value) of one .tml file."""
    raw = Path(path).read_text("utf-8")
    dct_match = re.search(r'<TIMEX3[^>]*functionInDocument="CREATION_TIME"[^>]*>', raw)
    dct = None
    if dct_match:
        value = dict(_ATTR.findall(dct_match.group(0))).get("value", "")
        if re.match(r"\d{4}-\d\d-\d\d", value):
            dct = dt.date.fromisoformat(value[:10])
    body_at = raw.find("<TEXT>")
    body = raw[body_at + len("<TEXT>"):raw.find("</TEXT>")] if body_at >= 0 else raw
    parts: list[str] = []
    length = 0
    gold: list[dict[str, Any]] = []
    open_timex: dict[str, Any] | None = None
    position = 0
    for tag in _TAG.finditer(body):
        chunk = html.unescape(body[position:tag.start()])
        parts.append(chunk)
        length += len(chunk)
        position = tag.end()
        if tag.group(2) != "TIMEX3":
            continue
        if tag.group(1):
            if open_timex is not None:
                open_timex["end"] = length
                gold.append(open_timex)
            open_timex = None
        else:
            attrs = dict(_ATTR.findall(tag.group(3)))
            open_timex = {"start": length, "type": attrs.get("type"), "value": attrs.get("value")}
    parts.append(html.unescape(body[position:]))
    text = "".join(parts)
    for item in gold:
        item["text"] = text[item["start"]:item["end"]]
    return text, dct, gold


def _match(ours: list[Any], gold: list[dict[str, Any]]) -> list[tuple[dict[str, Any], Any]]:
    """One-to-one relaxed pairs: each gold with the first unused system timex overlapping it."""
    used: set[int] = set()
    pairs = []
    for item in gold:
        for i, t in enumerate(ours):
            if i not in used and t.start < item["end"] and item["start"] < t.end:
                used.add(i)
                pairs.append((item, t))
                break
    return pairs


def evaluate_tempeval(tml_dir: Path, nlp: "Language", limit: int | None = None,
                      batch_size: int = 32) -> dict[str, Any]:
    """Detection (strict and relaxed), value and type scores over every .tml under `tml_dir`."""
    tml_dir = Path(tml_dir)
    files = sorted(tml_dir.rglob("*.tml"))
    if not files:
        raise EvalError.make("E030", path=str(tml_dir), stage="eval")
    files = files[:limit] if limit else files
    docs = [read_tml(path) for path in files]
    n_sys = n_gold = strict = relaxed = values = types = 0
    errors: list[dict[str, Any]] = []
    texts: Iterable[str] = (text for text, _, _ in docs)
    for (_, dct, gold), doc, path in zip(docs, nlp.pipe(texts, batch_size=batch_size), files):
        ours = find_timexes(doc, dct)
        n_sys += len(ours)
        n_gold += len(gold)
        spans = {(t.start, t.end) for t in ours}
        strict += sum((g["start"], g["end"]) in spans for g in gold)
        for item, t in _match(ours, gold):
            relaxed += 1
            types += t.type == item["type"]
            if _same_value(t.value, item["value"]):
                values += 1
            elif len(errors) < 2000:
                errors.append({"file": path.name, "text": item["text"], "gold": item["value"],
                               "ours_text": t.text, "ours": t.value})
    scores: dict[str, Any] = {"documents": len(files), "gold": n_gold, "system": n_sys}
    for name, hits in (("strict", strict), ("relaxed", relaxed), ("value", values)):
        p, r = ratio(hits, n_sys), ratio(hits, n_gold)
        scores.update({f"{name}_precision": p, f"{name}_recall": r, f"{name}_f1": _f1(p, r)})
    scores["value_accuracy"] = ratio(values, relaxed)
    scores["type_accuracy"] = ratio(types, relaxed)
    scores["value_errors"] = errors
    return scores


def format_timex_report(result: Mapping[str, Any]) -> str:
    """Plain lines for a seed result, a TempEval result, or {"seed": ..., "tempeval": ...}."""
    if "seed" in result or "tempeval" in result:
        return "\n\n".join(format_timex_report(result[key]) for key in ("seed", "tempeval")
                           if result.get(key))
    if "bases" in result:
        rows = [f"timex on seeds: {result['gold']} gold expressions (a sample, not exhaustive)",
                f"  recall          {result['recall']:.3f}  ({result['found']}/{result['gold']})",
                f"  value accuracy  {result['value_accuracy']:.3f}  "
                f"({result['value_correct']}/{result['found']})",
                "  base dates: " + ", ".join(f"{k[:3]}={v}" for k, v in result["bases"].items())]
        rows += [f"  miss {m['doc'][:3]} {m['expr']!r}: gold {m['gold']}, ours {m['ours']}"
                 for m in result["misses"]]
        return "\n".join(rows)
    rows = [f"timex on TempEval-3 TBAQ: {result['documents']} documents, {result['gold']} gold, "
            f"{result['system']} ours",
            f"  {'':<9} {'P':>6} {'R':>6} {'F1':>6}   HeidelTime (TE-3 platinum test)"]
    for name in ("strict", "relaxed", "value"):
        ref = {"strict": "P 83.85 / R 78.99", "value": "F1 77.61"}.get(name, "")
        rows.append(f"  {name:<9} {result[f'{name}_precision']:>6.3f} "
                    f"{result[f'{name}_recall']:>6.3f} {result[f'{name}_f1']:>6.3f}   {ref}")
    rows.append(f"  value accuracy {result['value_accuracy']:.3f}, "
                f"type accuracy {result['type_accuracy']:.3f} (on relaxed matches)")
    rows.append("  note: TBAQ is TempEval-3 training data, not the platinum test set;"
                " the comparison is rough.")
    return "\n".join(rows)


def flat_scores(result: Mapping[str, Any]) -> dict[str, float]:
    """{"seed": ..., "tempeval": ...} -> names as in floors.json ("seed_recall", ...)."""
    return flatten({key: {k: v for k, v in result[key].items() if not isinstance(v, list)}
                    for key in ("seed", "tempeval") if result.get(key)})


def check_floors(result: Mapping[str, Any],
                 floors: Mapping[str, Any] | None = None) -> list[str]:
    """One message per metric below its floor; `floors` is the whole file or its "timex" section."""
    if floors is not None and "timex" not in floors:
        floors = {"timex": floors}
    metrics = flat_scores(result)
    if floors is None:
        from .floors import load_floors
        floors = load_floors()
    section = {k: v for k, v in floors.get("timex", {}).items()
               if k.split("_")[0] in {m.split("_")[0] for m in metrics}}
    return below_floors("timex", metrics, {"timex": section})
