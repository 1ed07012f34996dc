"""Score events against the seed gold (free-text types) and the PLOVER gold-standard records.

Seeds: a gold event is found when one of our events' sentence overlaps one of its evidence
strings in the article; typed when an overlapping event's PLOVER type is compatible with the gold
type (SEED_TYPE_MAP, below); its date is right when that event's date equals the gold date. Mode
sanity: an event overlapping evidence worded as possibility or plan ("could", "would", "will")
must not be asserted. Upstream components (timex, entities, places) are used when installed and
skipped otherwise, so the score measures this stage as the pipeline runs it.

PLOVER: each gold sentence is annotated alone; the best event is the one whose trigger sits
highest in the parse (closest to the root, then leftmost). type accuracy = best type == gold /
sentences; macro-F1 over the gold types; coverage = sentences with any event; source / target
accuracy = a word shared between our actors (targets) and the gold actor texts, over sentences
where both exist.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Mapping, Sequence

from ..annotate.events import find_events
from ..annotate.events.ontology import normalize_type
from ..errors import DatelineError
from ..model import Event
from .floors import below_floors, flatten
from .seeds import load_gold, seed_articles
from .scoring import ratio

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

# Seed gold types (free text) -> the PLOVER types that count as the same event. Empty set: no
# PLOVER counterpart (scored for recall only).
SEED_TYPE_MAP: dict[str, frozenset[str]] = {
    "casualty report": frozenset({"ASSAULT", "FIGHT"}),
    "seize territory / capture": frozenset({"COERCE", "FIGHT"}),
    "shelling / attack on civilians": frozenset({"FIGHT", "ASSAULT"}),
    "consult / phone call": frozenset({"CONSULT"}),
    "military deployment": frozenset({"MOBILIZE", "AGREE"}),
    "offer to negotiate": frozenset({"AGREE", "CONSULT"}),
    "military advance": frozenset({"FIGHT", "COERCE"}),
    "sanctions": frozenset({"SANCTION"}),
    "displacement report": frozenset(),
    # The warned-of invasion is itself an event (FIGHT, which must then be hypothetical).
    "warning / statement": frozenset({"THREATEN", "DISAPPROVE", "DEMAND", "FIGHT"}),
    "diplomatic visit": frozenset({"CONSULT"}),
    "negotiation": frozenset({"CONSULT"}),
}
_UNSURE = re.compile(r"\b(could|would|might|may|will)\b", re.I)
_STOP = frozenset({"the", "a", "an", "of", "and", "in", "on", "to", "'s", "’s", "s", "its"})



def annotate_events(doc: "Doc", published: dt.date | None) -> list[Event]:
    """Events with whatever upstream components are installed (missing ones give nothing)."""
    timexes: list[Any] = []
    entities: list[Any] = []
    places: list[Any] = []
    try:
        from ..annotate.timex import find_timexes

        timexes = find_timexes(doc, published)
    except ImportError:
        pass
    try:
        from ..annotate.entities import find_entities  # type: ignore[import-not-found]

        entities = find_entities(doc)
    except ImportError:
        pass
    try:
        from ..annotate.places import find_places

        places = find_places(doc, entities)
    except (ImportError, TypeError):
        pass
    return find_events(doc, entities=entities, places=places, timexes=timexes,
                       published=published)


def evaluate_events_seeds(gold_path: str | Path, seeds_dir: str | Path,
                          nlp: "Language") -> dict[str, Any]:
    """Recall, type / date accuracy and mode sanity of events on the seed articles."""
    gold = load_gold(Path(gold_path), "eval")
    seeds = list(seed_articles(Path(seeds_dir), gold["documents"]))
    texts = {doc_id: text for doc_id, text, _ in seeds}
    ours = {doc_id: annotate_events(doc, published)
            for (doc_id, _, published), doc in zip(seeds, nlp.pipe(t for _, t, _ in seeds))}
    found = typed_total = typed = dated_total = dated = mode_total = mode_ok = total = 0
    misses: list[str] = []
    for item in gold.get("events", []):
        evidence = [(d, s) for d, s in item.get("evidence", []) if d in texts]
        if not evidence:
            continue
        total += 1
        allowed = SEED_TYPE_MAP.get(item.get("type", ""), frozenset())
        hits: list[Event] = []
        for doc_id, quote in evidence:
            where = texts[doc_id].find(quote)
            if where < 0:
                continue
            hits += [e for e in ours[doc_id] if e.start < where + len(quote) and where < e.end]
        if hits:
            found += 1
        else:
            misses.append(item.get("what", ""))
        compatible = [e for e in hits if e.type in allowed]
        if allowed:
            typed_total += 1
            typed += bool(compatible)
        if compatible and item.get("date"):
            dated_total += 1
            dated += any(e.date == item["date"] for e in compatible)
        if compatible and any(_UNSURE.search(q) for _, q in evidence):
            mode_total += 1
            mode_ok += all(e.mode != "asserted" for e in compatible)
    return {
        "gold": total, "found": found, "recall": ratio(found, total),
        "type_accuracy": ratio(typed, typed_total),
        "date_accuracy": ratio(dated, dated_total),
        "mode_sanity": ratio(mode_ok, mode_total) if mode_total else 1.0,
        "events_per_article": round(sum(len(v) for v in ours.values()) / max(len(ours), 1), 1),
        "missed": misses,
    }


def best_event(doc: "Doc", events: Sequence[Event]) -> Event | None:
    """The event whose trigger is highest in the parse, then leftmost."""
    def rank(event: Event) -> tuple[int, int]:
        span = doc.char_span(event.trigger_start, event.trigger_end, alignment_mode="expand")
        depth = 99
        if span is not None and len(span):
            token, depth = span.root, 0
            while token.head != token and depth < 50:
                token, depth = token.head, depth + 1
        return depth, event.trigger_start
    return min(events, key=rank) if events else None


def _words(texts: Iterable[str]) -> set[str]:
    return {w for t in texts for w in re.findall(r"[\w'’.-]+", t.lower()) if w not in _STOP}


def _actor_texts(field: Any) -> list[str]:
    if isinstance(field, list):
        return [a.get("actorText", "") for a in field if isinstance(a, Mapping)]
    return []


def evaluate_plover(path: str | Path, nlp: "Language", limit: int | None = None) -> dict[str, Any]:
    """Event typing against the PLOVER gold-standard records (one sentence each)."""
    path = Path(path)
    if not path.is_file():
        raise DatelineError.make("E030", path=str(path), stage="eval")
    records = [r for r in json.loads(path.read_text("utf-8"))
               if r.get("text") and r.get("event") and r["event"] != "DOCUMENT"][:limit]
    pairs: list[tuple[str, str | None]] = []
    covered = any_hit = src_total = src_ok = tgt_total = tgt_ok = 0
    for record, doc in zip(records, nlp.pipe(r["text"] for r in records)):
        events = find_events(doc)
        best = best_event(doc, events)
        gold_type = normalize_type(record["event"])
        pairs.append((gold_type, best.type if best else None))
        covered += bool(events)
        any_hit += any(e.type == gold_type for e in events)
        if best is None:
            continue
        sources, targets = _actor_texts(record.get("source")), _actor_texts(record.get("target"))
        if sources and best.actors:
            src_total += 1
            src_ok += bool(_words(sources) & _words(best.actors))
        if targets and best.targets:
            tgt_total += 1
            tgt_ok += bool(_words(targets) & _words(best.targets))
    return {
        "sentences": len(pairs),
        "type_accuracy": ratio(sum(g == p for g, p in pairs), len(pairs)),
        "macro_f1": _macro_f1(pairs),
        "coverage": ratio(covered, len(pairs)),
        "any_event_accuracy": ratio(any_hit, len(pairs)),
        "source_accuracy": ratio(src_ok, src_total),
        "target_accuracy": ratio(tgt_ok, tgt_total),
    }


def _macro_f1(pairs: Sequence[tuple[str, str | None]]) -> float:
    gold_counts = Counter(g for g, _ in pairs)
    pred_counts = Counter(p for _, p in pairs if p is not None)
    correct = Counter(g for g, p in pairs if g == p)
    scores = []
    for label in gold_counts:
        precision = correct[label] / pred_counts[label] if pred_counts[label] else 0.0
        recall = correct[label] / gold_counts[label]
        scores.append(2 * precision * recall / (precision + recall) if precision + recall else 0.0)
    return round(sum(scores) / len(scores), 4) if scores else 0.0


def format_events_report(result: Mapping[str, Any]) -> str:
    """A readable report of evaluate_events_seeds / evaluate_plover results (either or both)."""
    lines = []
    for section in ("seeds", "plover"):
        part = result.get(section, result if section == "seeds" and "recall" in result else
                          result if section == "plover" and "macro_f1" in result else None)
        if not part:
            continue
        lines.append(f"events / {section}")
        for key, value in part.items():
            if key == "missed":
                lines.extend(f"  missed: {what}" for what in value)
            else:
                lines.append(f"  {key:20} {value}")
        failures = below_floors("events", {f"{section}_{k}": v for k, v in flatten(part).items()})
        lines.extend(f"  BELOW FLOOR {f}" for f in failures if f.split()[0].startswith(
            f"events.{section}_"))
    return "\n".join(lines)
