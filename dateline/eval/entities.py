"""Score entities and places against the seed gold's "entities" list.

For each gold entity, each doc it lists and each variant written in that doc (whole word):
- mention_recall: some mention's text is the variant and its type is the gold type;
- typing_precision: of mentions whose text is a gold variant, the share with the gold type;
- canonical_accuracy: of found mentions, the share whose canonical after cross-article
  resolution (articles in file order, store spelling by `choose_canonical`) is the gold one;
- clusters_correct: gold entities whose found mentions all share one entity_id, used by no other
  gold entity (a gold entity with no mention found counts as wrong);
- role_recall: gold roles written on some mention of the entity (case and dots ignored);
  role_recall_lenient also accepts a found role that ends the gold one ("Secretary of State"
  for "US Secretary of State");
- place_accuracy: (place, doc) pairs where a Place for a variant lies within 25 km of gold.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from pathlib import Path
from typing import TYPE_CHECKING, Any, Mapping

from ..annotate.entities import find_entities
from ..annotate.names import fold
from ..annotate.places import find_places
from ..errors import EvalError
from ..fuse.resolve import KnownEntity, choose_canonical, known_from, resolve_mentions
from ..model import EntityMention, Place
from .floors import below_floors, flatten
from .seeds import load_gold
from .scoring import ratio

if TYPE_CHECKING:
    from spacy.language import Language

PLACE_TOLERANCE_KM = 25.0



def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(a))


def _role_norm(role: str) -> str:
    return fold(role.replace(".", "")).replace(" ", "")


def _spans(variant: str, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(rf"(?<!\w){re.escape(variant)}(?!\w)", text)]


def _occurs(variant: str, variants: set[str], text: str) -> bool:
    """`variant` written on its own somewhere, not only inside a longer variant ("Peskov" in
    "Dmitry Peskov")."""
    longer = [sp for v in variants if len(v) > len(variant) and variant in v
              for sp in _spans(v, text)]
    return any(not any(a <= s and e <= b for a, b in longer) for s, e in _spans(variant, text))


Annotated = tuple[dict[str, str], dict[str, list[EntityMention]], dict[str, list[Place]]]


def _annotate_all(nlp: "Language", seeds_dir: Path, doc_ids: list[str]) -> Annotated:
    """Texts, resolved mentions and places of each seed, articles resolved in order."""
    texts, mentions, places = {}, {}, {}
    known: list[KnownEntity] = []
    spellings: dict[str, list[str]] = defaultdict(list)
    for doc_id in doc_ids:
        path = seeds_dir / f"{doc_id}.txt"
        if not path.is_file():
            raise EvalError.make("E030", path=str(path), stage="eval entities")
        texts[doc_id] = path.read_text("utf-8")
        doc = nlp(texts[doc_id])
        found = find_entities(doc)
        places[doc_id] = find_places(doc, found)
        resolved = resolve_mentions(known, found)
        for k in known_from(resolved):
            spellings[k.entity_id].append(k.canonical)
        known = [KnownEntity(eid, choose_canonical(sp), t) for eid, sp, t in
                 ((eid, sp, _type_of(eid, known, resolved)) for eid, sp in spellings.items())]
        mentions[doc_id] = resolved
    final = {k.entity_id: k.canonical for k in known}
    for doc_id, ms in mentions.items():
        mentions[doc_id] = [EntityMention(m.start, m.end, m.text, m.type,
                                          final.get(m.entity_id, m.canonical), m.entity_id, m.role)
                            for m in ms]
    return texts, mentions, places


def _type_of(eid: str, known: list[KnownEntity], resolved: list[EntityMention]) -> str:
    for m in resolved:
        if m.entity_id == eid:
            return m.type
    return next(k.type for k in known if k.entity_id == eid)


def evaluate_entities_seeds(gold_path: str | Path, seeds_dir: str | Path,
                            nlp: "Language") -> dict[str, Any]:
    """Mention recall, typing, canonical and cluster accuracy, roles and place coordinates."""
    gold = load_gold(Path(gold_path), "eval entities")
    entities = gold.get("entities", [])
    doc_ids = sorted({d for g in entities for d in g.get("docs", [])})
    texts, mentions, places = _annotate_all(nlp, Path(seeds_dir), doc_ids)

    n_var = found_var = typed = typed_ok = canon_n = canon_ok = 0
    ids_of: dict[int, set[str]] = defaultdict(set)
    roles_n = roles_ok = roles_lenient = place_n = place_ok = 0
    misses: list[str] = []
    for gi, g in enumerate(entities):
        variants = set(g.get("variants", [])) | {g["canonical"]}
        found_roles: set[str] = set()
        for doc_id in g.get("docs", []):
            for variant in sorted(variants):
                if not _occurs(variant, variants, texts[doc_id]):
                    continue
                n_var += 1
                same_text = [m for m in mentions[doc_id] if m.text == variant]
                typed += len(same_text)
                right = [m for m in same_text if m.type == g["type"]]
                typed_ok += len(right)
                if right:
                    found_var += 1
                else:
                    misses.append(f"{doc_id[:3]} {variant!r} ({g['type']})")
                for m in right:
                    canon_n += 1
                    canon_ok += m.canonical == g["canonical"]
                    ids_of[gi].add(m.entity_id)
            found_roles |= {m.role for m in mentions[doc_id]
                            if m.role and m.entity_id in ids_of[gi]}
            if "lat" in g:
                place_n += 1
                near = [p for p in places[doc_id] if p.text in variants
                        and p.lat is not None and p.lon is not None
                        and _km(p.lat, p.lon, g["lat"], g["lon"]) <= PLACE_TOLERANCE_KM]
                place_ok += bool(near)
        for role in g.get("roles", []):
            roles_n += 1
            ours = {_role_norm(r) for r in found_roles}
            roles_ok += _role_norm(role) in ours
            roles_lenient += any(_role_norm(role).endswith(r) for r in ours)
    owners: dict[str, set[int]] = defaultdict(set)
    for gi, ids in ids_of.items():
        for eid in ids:
            owners[eid].add(gi)
    clusters_ok = sum(1 for gi in range(len(entities)) if len(ids_of[gi]) == 1
                      and owners[next(iter(ids_of[gi]))] == {gi})
    return {
        "mention_recall": ratio(found_var, n_var),
        "typing_precision": ratio(typed_ok, typed),
        "canonical_accuracy": ratio(canon_ok, canon_n),
        "clusters_correct": ratio(clusters_ok, len(entities)),
        "role_recall": ratio(roles_ok, roles_n),
        "role_recall_lenient": ratio(roles_lenient, roles_n),
        "place_accuracy": ratio(place_ok, place_n),
        "counts": {"variants": n_var, "gold_entities": len(entities), "roles": roles_n,
                   "places": place_n},
        "misses": misses,
    }


def format_entities_report(result: Mapping[str, Any]) -> str:
    """A short text report of `evaluate_entities_seeds`."""
    lines = ["entities (seeds)"]
    for name in ("mention_recall", "typing_precision", "canonical_accuracy", "clusters_correct",
                 "role_recall", "role_recall_lenient", "place_accuracy"):
        lines.append(f"  {name:<20} {result.get(name, 0.0):.3f}")
    counts = result.get("counts", {})
    lines.append("  counts: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    for miss in result.get("misses", [])[:20]:
        lines.append(f"  missed {miss}")
    return "\n".join(lines)


def flat_scores(result: Mapping[str, Any]) -> dict[str, float]:
    return {k: v for k, v in flatten(result).items() if not k.startswith("counts_")}


def check_floors(result: Mapping[str, Any],
                 floors: Mapping[str, Mapping[str, float]] | None = None) -> list[str]:
    """Floors of the seed metrics, and of the ECB+ ones when `result` holds an "ecb" part."""
    failures = below_floors("entities", flat_scores(result), floors)
    if "ecb" not in result:
        failures = [f for f in failures if not f.startswith("entities.ecb_")]
    return failures
