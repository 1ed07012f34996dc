"""Checks of an unseen gold file: every evidence verbatim in its article, keys inside their
evidence, variants and place texts in the body, ids consistent, fields and values well formed.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Mapping
from pathlib import Path
from typing import Any


from .unseen import gold_for, load_gold, shared_eval_root
from .unseen_gold import (CATEGORIES, ENTITY_ID, ENTITY_TYPES, MODES, PLOVER_TYPES,
                          PRECISIONS, STORY_TYPES, TIMEX_VALUE)


# --- validating a gold file --------------------------------------------------------------------

REQUIRED = {
    "documents": ("path", "outlet", "domain", "published", "story_type", "body_starts",
                  "body_ends"),
    "entities": ("doc", "id", "canonical", "type", "variants", "roles"),
    "places": ("doc", "text", "name", "lat", "lon", "country", "precision"),
    "figures": ("doc", "evidence", "number_text", "value", "min", "max", "approx", "category",
                "what", "claimant", "as_of", "projected", "verified"),
    "events": ("doc", "evidence", "trigger", "type", "actors", "targets", "place", "date",
               "mode", "attribution"),
    "quotes": ("doc", "evidence", "speaker", "speaker_id"),
}


def _number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _item_problems(kind: str, item: Mapping[str, Any]) -> list[str]:
    """Values of one entity / place / figure / event / quote that are not well formed."""
    bad: list[str] = []
    if kind == "entities":
        bad += [] if item["type"] in ENTITY_TYPES else [f"type {item['type']!r}"]
        bad += [] if ENTITY_ID.match(item["id"]) else [f"id {item['id']!r}"]
        bad += [] if item["variants"] else ["no variants"]
    elif kind == "places":
        bad += [] if item["precision"] in PRECISIONS else [f"precision {item['precision']!r}"]
        if not (_number(item["lat"]) and _number(item["lon"]) and -90 <= item["lat"] <= 90
                and -180 <= item["lon"] <= 180):
            bad.append(f"lat/lon {item['lat']!r}, {item['lon']!r}")
        country = item["country"]
        bad += [] if country is None or re.fullmatch(r"[A-Z]{2}", country) else ["country"]
    elif kind == "figures":
        bad += [] if item["number_text"] in item["evidence"] else ["number_text not in evidence"]
        bad += [] if _number(item["value"]) else ["value"]
        bad += [name for name in ("min", "max") if item[name] is not None
                and not _number(item[name])]
        bad += [] if item["category"] in CATEGORIES else [f"category {item['category']!r}"]
        bad += [] if item["as_of"] is None or TIMEX_VALUE.match(item["as_of"]) else ["as_of"]
        bad += [name for name in ("approx", "projected") if not isinstance(item[name], bool)]
        bad += [] if item["verified"] in (None, False, True) else ["verified"]
    elif kind == "events":
        bad += [] if item["trigger"] in item["evidence"] else ["trigger not in evidence"]
        bad += [] if item["type"] in PLOVER_TYPES else [f"type {item['type']!r}"]
        bad += [] if item["mode"] in MODES else [f"mode {item['mode']!r}"]
        bad += [] if item["date"] is None or TIMEX_VALUE.match(item["date"]) else ["date"]
        bad += [name for name in ("actors", "targets") if not isinstance(item[name], list)]
    return bad


def validate_gold(gold_path: str | Path, eval_root: str | Path | None = None) -> list[str]:
    """Problems in a gold file (empty when it is valid); article checks need ../shared/eval."""
    gold = load_gold(gold_path)
    problems: list[str] = []
    root = Path(eval_root) if eval_root else shared_eval_root()
    documents = gold.get("documents") or {}
    texts: dict[str, str] = {}
    bodies: dict[str, str] = {}
    for key, doc in documents.items():
        problems += [f"{key}: missing {f}" for f in REQUIRED["documents"] if f not in doc]
        if doc.get("story_type") not in STORY_TYPES:
            problems.append(f"{key}: story_type {doc.get('story_type')!r}")
        if root is None or "path" not in doc:
            continue
        path = root / doc["path"]
        if not path.is_file():
            problems.append(f"{key}: article not found at {path}")
            continue
        text = json.loads(path.read_text("utf-8")).get("text") or ""
        texts[key] = text
        start, end = text.find(doc.get("body_starts", "")), text.find(doc.get("body_ends", ""))
        if start < 0 or end < 0 or not doc.get("body_starts") or not doc.get("body_ends"):
            problems.append(f"{key}: body_starts / body_ends not found verbatim")
        found = start >= 0 and end >= 0
        body = text[start:end + len(doc.get("body_ends", ""))] if found else text
        for skip in doc.get("skip", ()):
            if skip not in body:
                problems.append(f"{key}: skip string not in the body: {skip[:40]!r}")
            body = body.replace(skip, "\0")
        bodies[key] = body
    identity: dict[str, tuple[str, str]] = {}
    ids_by_doc: dict[str, set[str]] = defaultdict(set)
    for kind in ("entities", "places", "figures", "events", "quotes"):
        for n, item in enumerate(gold.get(kind, ())):
            where = f"{kind}[{n}] ({item.get('doc')})"
            missing = [f for f in REQUIRED[kind] if f not in item]
            if missing:
                problems.append(f"{where}: missing {', '.join(missing)}")
                continue
            if item["doc"] not in documents:
                problems.append(f"{where}: unknown doc")
                continue
            problems += [f"{where}: {p}" for p in _item_problems(kind, item)]
            body = bodies.get(item["doc"])
            if kind == "entities":
                ids_by_doc[item["doc"]].add(item["id"])
                seen = identity.setdefault(item["id"], (item["canonical"], item["type"]))
                if seen != (item["canonical"], item["type"]):
                    problems.append(f"{where}: id {item['id']} is {seen} elsewhere")
                problems += [f"{where}: variant not in body: {v!r}" for v in item["variants"]
                             if body is not None and v not in body]
            elif kind == "places" and body is not None and item["text"] not in body:
                problems.append(f"{where}: place text not in body: {item['text']!r}")
            elif kind in ("figures", "events", "quotes") and body is not None:
                if item["evidence"] not in texts[item["doc"]]:
                    problems.append(f"{where}: evidence not verbatim in text: "
                                    f"{item['evidence'][:50]!r}")
                elif item["evidence"] not in body:
                    problems.append(f"{where}: evidence outside the body: "
                                    f"{item['evidence'][:50]!r}")
    for n, quote in enumerate(gold.get("quotes", ())):
        sid = quote.get("speaker_id")
        if sid is not None and sid not in ids_by_doc.get(quote.get("doc", ""), set()):
            problems.append(f"quotes[{n}] ({quote.get('doc')}): speaker_id {sid} not an entity "
                            f"of that document")
    for key in documents:
        for kind, items in gold_for(gold, key).items():
            if kind == "entities" and len({i["id"] for i in items}) != len(items):
                problems.append(f"{key}: an entity id is listed twice")
    return problems
