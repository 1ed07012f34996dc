"""Cross-document event coreference on ECB+: do our event clusters group what ECB+ groups?

Each ECB+ topic holds articles about two similar real events (the `ecb` and `ecbplus` halves),
and its CROSS_DOC_COREF relations give every action mention an instance id. Our events are
matched to gold action mentions by trigger overlap (as in `eval.ecb`); over the matched events,
our clusters (`fuse.cluster.same_event` links within a topic, connected components) are scored
against the gold instances with MUC, B-cubed and CEAF-e, and CoNLL F1 (their mean). ECB+
articles carry no publication dates, so undated mentions may link here (`require_dates=False`);
dates found in the text must still agree. Baselines: every event alone (singletons) and one
cluster per PLOVER type per topic.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Mapping, Sequence

from ..errors import AnnotationError
from ..fuse.cluster import granularity, same_event
from .ecb import EcbDocument, _files
from .scoring import ratio

if TYPE_CHECKING:
    from spacy.language import Language

Clusters = Sequence[Sequence[int]]


def gold_instances(path: Path) -> dict[str, str]:
    """m_id of each action mention → its cross-document instance id."""
    root = ET.parse(path).getroot()
    out: dict[str, str] = {}
    for relation in root.iter("CROSS_DOC_COREF"):
        note = relation.get("note", "")
        if not note.startswith(("ACT", "NEG")):
            continue
        for part in relation:
            if part.get("m_id"):
                out[part.get("m_id", "")] = note
    return out


def mention_ranges(path: Path, doc: EcbDocument) -> dict[str, list[tuple[int, int]]]:
    """m_id → character ranges of action mentions (the same order EcbDocument read them)."""
    root = ET.parse(path).getroot()
    markables = root.find("Markables")
    out: dict[str, list[tuple[int, int]]] = {}
    tags = iter(doc.mentions)
    for mark in markables if markables is not None else ():
        if not mark.tag.startswith(("ACTION_", "NEG_ACTION_")):
            continue
        if not any(a.get("t_id") for a in mark.iter("token_anchor")):
            continue
        try:
            _, ranges = next(tags)
        except StopIteration:
            break
        out[mark.get("m_id", "")] = ranges
    return out


def _components(n: int, links: Iterable[tuple[int, int]]) -> list[list[int]]:
    parent = list(range(n))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for a, b in links:
        parent[max(find(a), find(b))] = min(find(a), find(b))
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(n):
        groups[find(i)].append(i)
    return list(groups.values())


def b_cubed(key: Clusters, response: Clusters) -> tuple[float, float, float]:
    of_key = {m: frozenset(c) for c in key for m in c}
    of_resp = {m: frozenset(c) for c in response for m in c}
    items = list(of_key)
    p = sum(len(of_key[m] & of_resp[m]) / len(of_resp[m]) for m in items) / max(len(items), 1)
    r = sum(len(of_key[m] & of_resp[m]) / len(of_key[m]) for m in items) / max(len(items), 1)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def muc(key: Clusters, response: Clusters) -> tuple[float, float, float]:
    def score(a: Clusters, b: Clusters) -> float:
        of_b = {m: i for i, c in enumerate(b) for m in c}
        num = sum(len(c) - len({of_b.get(m, ("alone", m)) for m in c}) for c in a)
        den = sum(len(c) - 1 for c in a)
        return num / den if den else 0.0

    r, p = score(key, response), score(response, key)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def ceaf_e(key: Clusters, response: Clusters) -> tuple[float, float, float]:
    import numpy as np
    from scipy.optimize import linear_sum_assignment

    if not key or not response:
        return 0.0, 0.0, 0.0
    sim = np.zeros((len(key), len(response)))
    for i, k in enumerate(key):
        for j, r in enumerate(response):
            sim[i, j] = 2 * len(set(k) & set(r)) / (len(k) + len(r))
    rows, cols = linear_sum_assignment(-sim)
    total = sim[rows, cols].sum()
    p, r = total / len(response), total / len(key)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def conll(key: Clusters, response: Clusters) -> dict[str, float]:
    scores = {"muc": muc(key, response), "b3": b_cubed(key, response),
              "ceafe": ceaf_e(key, response)}
    out = {f"{name}_{part}": round(float(value[i]), 4) for name, value in scores.items()
           for i, part in enumerate(("p", "r", "f1"))}
    out["conll_f1"] = round(float(sum(v[2] for v in scores.values())) / 3, 4)
    return out


def _mention(doc_name: str, event: Any, text: str) -> dict[str, Any]:
    return {"article_id": doc_name, "type": event.type, "mode": event.mode, "date": event.date,
            "granularity": granularity(event.date), "dated_by": event.date_precision,
            "place": event.place, "actors": list(event.actors),
            "sentence": " ".join(text[event.start:event.end].split())}


Matched = dict[str, list[tuple[dict[str, Any], str]]]  # topic → (our mention, gold instance)
FAILURES: list[str] = []  # documents the annotator failed on in the last run (reported)


def matched_mentions(paths: Sequence[Path], nlp: "Language") -> Matched:
    """Our events that hit exactly one gold coreferenced action mention, by topic."""
    from ..annotate import annotate_text

    by_topic: Matched = defaultdict(list)
    failures = FAILURES
    for path in paths:
        doc = EcbDocument(path)
        instance = gold_instances(path)
        ranges = mention_ranges(path, doc)
        try:
            found = annotate_text(doc.text, None, nlp=nlp)
        except AnnotationError as error:  # one failing document scores as nothing found
            failures.append(f"{path.name}: {error}")
            continue
        for event in found.events:
            gold = {instance[m] for m, spans in ranges.items() if m in instance and any(
                s < event.trigger_end and event.trigger_start < e for s, e in spans)}
            if len(gold) == 1:
                by_topic[path.parent.name].append((_mention(path.name, event, doc.text),
                                                   gold.pop()))
    return by_topic


def score_clusters(by_topic: Matched, documents: int = 0) -> dict[str, Any]:
    key: list[list[int]] = []
    ours: list[list[int]] = []
    by_type: list[list[int]] = []
    offset = 0
    for _, items in sorted(by_topic.items()):
        mentions = [m for m, _ in items]
        links = [(i, j) for i in range(len(items)) for j in range(i + 1, len(items))
                 if same_event(mentions[i], mentions[j], require_dates=False)]
        ours += [[offset + i for i in c] for c in _components(len(items), links)]
        gold: dict[str, list[int]] = defaultdict(list)
        types: dict[str, list[int]] = defaultdict(list)
        for i, (mention, instance) in enumerate(items):
            gold[instance].append(offset + i)
            types[mention["type"]].append(offset + i)
        key += list(gold.values())
        by_type += list(types.values())
        offset += len(items)
    singletons = [[i] for i in range(offset)]
    result: dict[str, Any] = {"documents": documents, "matched_events": offset,
                              "gold_instances": len(key), "our_clusters": len(ours)}
    result.update({f"event_coref_{k}": v for k, v in conll(key, ours).items()})
    result["singleton_conll_f1"] = conll(key, singletons)["conll_f1"]
    result["same_type_conll_f1"] = conll(key, by_type)["conll_f1"]
    result["linked_share"] = ratio(sum(len(c) for c in ours if len(c) > 1), offset)
    return result


def evaluate_event_coref(ecb_dir: str | Path, nlp: "Language",
                         topics: Iterable[int | str] | None = range(1, 11)) -> dict[str, Any]:
    """CoNLL scores of our cross-document event clusters on ECB+ topics (see module doc)."""
    paths = _files(Path(ecb_dir), topics)
    FAILURES.clear()
    result = score_clusters(matched_mentions(paths, nlp), len(paths))
    result["failed_documents"] = len(FAILURES)
    return result


def format_event_coref_report(result: Mapping[str, Any]) -> str:
    lines = ["events / ECB+ cross-document coreference (matched events only)"]
    lines += [f"  {key:28} {value}" for key, value in result.items()]
    lines.append("  published systems (ECB+ test topics 36-45, all mentions): CoNLL F1 79-81; "
                 "not comparable: ours covers PLOVER-type events matched to gold only")
    return "\n".join(lines)
