"""Scoring one document against the unseen gold: the counts (`Tally`) and the scores made of
them (`scores_of`). What each score means: the module doc of `dateline.eval.unseen`."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..model import Annotations, EntityMention, Event, Figure, Place, Quote
from .scoring import ratio
from .unseen_gold import (COMPATIBLE, ENTITY_TYPES, Body, assign, bcubed_f1, body_of,
                          claimant_match, date_right, fold, locate_items, names_match,
                          place_right)


# --- scoring one document ---------------------------------------------------------------------


@dataclass
class Tally:
    """Counts summed over documents; `ratio`s of them are the scores."""

    counts: Counter[str] = field(default_factory=Counter)
    purity: list[tuple[str, str]] = field(default_factory=list)

    def add(self, name: str, value: int | bool = 1) -> None:
        self.counts[name] += int(value)


def _variants(doc_entities: Sequence[Mapping[str, Any]], name: str) -> list[str]:
    """`name` and the variants of the document's entity it names (by canonical or variant)."""
    key = fold(name)
    for entity in doc_entities:
        if key == fold(entity["canonical"]) or key in {fold(v) for v in entity["variants"]}:
            return [name, entity["canonical"], *entity["variants"]]
    return [name]


def _any_name(ours: Sequence[str], golds: Sequence[str],
              entities: Sequence[Mapping[str, Any]]) -> bool:
    if not golds:
        return not ours
    return any(names_match(o, v) for g in golds for v in _variants(entities, g) for o in ours)


def _place_names(gold: Mapping[str, Any], name: str | None) -> list[str]:
    if not name:
        return []
    texts = [p["text"] for p in gold["places"] if fold(p["name"]) == fold(name)]
    return [*_variants(gold["entities"], name), *texts]


def score_events(text: str, body: Body, gold: Mapping[str, Any], events: Sequence[Event],
                 tally: Tally) -> None:
    golds = locate_items(text, gold["events"], "trigger")
    ours = [e for e in events if body.holds((e.trigger_start, e.trigger_end))]
    spans = [(e.trigger_start, e.trigger_end) for e in ours]
    tally.add("gold_events", len(golds))
    tally.add("predicted_events", len(ours))
    tally.add("gold_unlocated", sum(not g.spans for g in golds))
    tally.add("event_trigger_found", len({g for g, dup in assign(golds, spans).values()
                                          if not dup}))
    typed = assign(golds, spans, lambda p, g: ours[p].type == golds[g].item["type"])
    full_gold: set[int] = set()
    for p, (g, duplicate) in typed.items():
        event, item = ours[p], golds[g].item
        date_ok = date_right(event.date, item["date"])
        mode_ok = event.mode == item["mode"]
        actor_ok = _any_name(event.actors, item["actors"], gold["entities"])
        full = date_ok and mode_ok and actor_ok
        tally.add("event_right", True)
        tally.add("event_right_full", full)
        if full:
            full_gold.add(g)
        if duplicate:
            continue
        tally.add("event_matched")
        tally.add("event_date_right", date_ok)
        tally.add("event_mode_right", mode_ok)
        tally.add("event_actor_right", actor_ok)
        tally.add("event_target_right", _any_name(event.targets, item["targets"], gold["entities"]))
        place_ok = (event.place is None if item["place"] is None else any(
            names_match(event.place, n) for n in _place_names(gold, item["place"])))
        tally.add("event_place_right", place_ok)
    tally.add("event_full_found", len(full_gold))


_VAGUE = re.compile(r"(?i)^(?:(?:about|some|around|nearly|almost|more than|over|up to|at least|"
                    r"several|a few|a couple of|many|tens of|hundreds of|thousands of|"
                    r"dozens of)\s+)*(?:dozens|scores|hundreds|thousands|millions|billions|"
                    r"several (?:dozen|hundred|thousand|million|billion)s?|"
                    r"a few (?:dozen|hundred|thousand|million|billion)s?|"
                    r"tens of thousands|hundreds of thousands|tens of millions)$")


def vague_amount(text: str) -> bool:
    """A quantity without a number ("dozens", "several hundred", "tens of thousands")."""
    return bool(_VAGUE.match(" ".join(text.split())))


def score_figures(text: str, body: Body, gold: Mapping[str, Any], figures: Sequence[Figure],
                  tally: Tally) -> None:
    golds = locate_items(text, gold["figures"], "number_text")
    for located in golds:  # a figure is matched on its number, not on the whole clause
        located.spans = located.keys
    ours = [f for f in figures if body.holds((f.start, f.end))]
    tally.add("gold_figures", len(golds))
    tally.add("predicted_figures", len(ours))
    tally.add("gold_unlocated", sum(not g.spans for g in golds))
    matches = assign(golds, [(f.start, f.end) for f in ours])
    tally.add("predicted_figures_vague_unmatched",
              sum(vague_amount(f.text) for p, f in enumerate(ours) if p not in matches))
    for p, (g, duplicate) in matches.items():
        tally.add("figure_right")
        if duplicate:
            continue
        figure, item = ours[p], golds[g].item
        tally.add("figure_matched")
        tally.add("figure_value_right", figure.value == item["value"])
        tally.add("figure_bounds_right", figure.min == item["min"] and figure.max == item["max"])
        tally.add("figure_category_right", figure.category == item["category"])
        variants = _variants(gold["entities"], item["claimant"])[1:] if item["claimant"] else []
        tally.add("figure_claimant_right",
                  claimant_match(figure.claimant, item["claimant"], variants))
        tally.add("figure_as_of_right", date_right(figure.as_of, item["as_of"]))
        tally.add("figure_projected_right", bool(figure.projected) == bool(item["projected"]))


def score_quotes(text: str, body: Body, gold: Mapping[str, Any], quotes: Sequence[Quote],
                 tally: Tally) -> None:
    golds = locate_items(text, gold["quotes"], None)
    for located in golds:
        located.keys = located.spans
    ours = [q for q in quotes if body.holds((q.start, q.end))]
    tally.add("gold_quotes", len(golds))
    tally.add("predicted_quotes", len(ours))
    tally.add("gold_unlocated", sum(not g.spans for g in golds))
    for p, (g, duplicate) in assign(golds, [(q.start, q.end) for q in ours]).items():
        tally.add("quote_right")
        if duplicate:
            continue
        item = golds[g].item
        names = {fold(n) for n in _variants(gold["entities"], item["speaker"])}
        names |= {fold(n) for e in gold["entities"] if e["id"] == item.get("speaker_id")
                  for n in (e["canonical"], *e["variants"])}
        tally.add("quote_matched")
        tally.add("quote_speaker_right", fold(ours[p].speaker) in names)


def score_entities(gold: Mapping[str, Any], mentions: Sequence[EntityMention], body: Body,
                   tally: Tally) -> None:
    index: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for entity in gold["entities"]:
        for variant in (entity["canonical"], *entity["variants"]):
            index[fold(variant)].add((entity["id"], entity["type"]))
    for place in gold["places"]:
        owner = next((e["id"] for e in gold["entities"] if e["type"] == "PLACE" and fold(
            place["text"]) in {fold(v) for v in e["variants"]}), f"P:{fold(place['name'])}")
        index[fold(place["text"])].add((owner, "PLACE"))
    ours = [m for m in mentions if m.type in ENTITY_TYPES and body.holds((m.start, m.end))]
    found: set[str] = set()
    tally.add("gold_entities", len(gold["entities"]))
    tally.add("predicted_entities", len(ours))
    for mention in ours:
        ids = {i for i, t in index.get(fold(mention.text), ()) if t in COMPATIBLE[mention.type]}
        if not ids:
            continue
        tally.add("entity_right")
        found |= ids
        if len(ids) == 1:
            tally.purity.append((mention.entity_id, next(iter(ids))))
    tally.add("entity_found", len(found & {e["id"] for e in gold["entities"]}))


def score_places(gold: Mapping[str, Any], places: Sequence[Place], body: Body,
                 tally: Tally) -> None:
    ours = [p for p in places if body.holds((p.start, p.end))]
    tally.add("gold_places", len(gold["places"]))
    found_text: set[int] = set()
    found_right: set[int] = set()
    for place in ours:
        candidates = [i for i, g in enumerate(gold["places"])
                      if fold(g["text"]) == fold(place.text)]
        if not candidates:
            continue
        tally.add("place_text_matched")
        found_text.update(candidates)
        right = [i for i in candidates if place_right(place, gold["places"][i])]
        tally.add("place_right", bool(right))
        found_right.update(right)
    tally.add("place_text_found", len(found_text))
    tally.add("place_found", len(found_right))


def score_document(text: str, doc: Mapping[str, Any], gold: Mapping[str, Any],
                   annotations: Annotations, tally: Tally) -> None:
    """Add one document's counts; `gold` holds only this document's items (lists by kind)."""
    body = body_of(text, doc)
    score_events(text, body, gold, annotations.events, tally)
    score_figures(text, body, gold, annotations.figures, tally)
    score_quotes(text, body, gold, annotations.quotes, tally)
    score_entities(gold, annotations.entities, body, tally)
    score_places(gold, annotations.places, body, tally)


def scores_of(tally: Tally) -> dict[str, Any]:
    """The flat score dict of a finished tally."""
    c = tally.counts
    return {
        "event_recall": ratio(c["event_matched"], c["gold_events"]),
        "event_precision": ratio(c["event_right"], c["predicted_events"]),
        "event_recall_full": ratio(c["event_full_found"], c["gold_events"]),
        "event_precision_full": ratio(c["event_right_full"], c["predicted_events"]),
        "event_trigger_recall": ratio(c["event_trigger_found"], c["gold_events"]),
        "event_date_accuracy": ratio(c["event_date_right"], c["event_matched"]),
        "event_mode_accuracy": ratio(c["event_mode_right"], c["event_matched"]),
        "event_actor_accuracy": ratio(c["event_actor_right"], c["event_matched"]),
        "event_target_accuracy": ratio(c["event_target_right"], c["event_matched"]),
        "event_place_accuracy": ratio(c["event_place_right"], c["event_matched"]),
        "figure_recall": ratio(c["figure_matched"], c["gold_figures"]),
        "figure_precision": ratio(c["figure_right"], c["predicted_figures"]),
        "figure_precision_no_vague": ratio(
            c["figure_right"], c["predicted_figures"] - c["predicted_figures_vague_unmatched"]),
        "figure_value_accuracy": ratio(c["figure_value_right"], c["figure_matched"]),
        "figure_bounds_accuracy": ratio(c["figure_bounds_right"], c["figure_matched"]),
        "figure_category_accuracy": ratio(c["figure_category_right"], c["figure_matched"]),
        "figure_claimant_accuracy": ratio(c["figure_claimant_right"], c["figure_matched"]),
        "figure_as_of_accuracy": ratio(c["figure_as_of_right"], c["figure_matched"]),
        "figure_projected_accuracy": ratio(c["figure_projected_right"], c["figure_matched"]),
        "quote_recall": ratio(c["quote_matched"], c["gold_quotes"]),
        "quote_precision": ratio(c["quote_right"], c["predicted_quotes"]),
        "quote_speaker_accuracy": ratio(c["quote_speaker_right"], c["quote_matched"]),
        "entity_precision": ratio(c["entity_right"], c["predicted_entities"]),
        "entity_recall": ratio(c["entity_found"], c["gold_entities"]),
        "entity_id_purity": bcubed_f1(tally.purity),
        "place_precision": ratio(c["place_right"], c["place_text_matched"]),
        "place_recall": ratio(c["place_found"], c["gold_places"]),
        "place_text_recall": ratio(c["place_text_found"], c["gold_places"]),
        **{name: c[name] for name in (
            "gold_events", "predicted_events", "gold_figures", "predicted_figures",
            "gold_quotes", "predicted_quotes", "gold_entities", "predicted_entities",
            "gold_places", "place_text_matched", "gold_unlocated")},
    }
