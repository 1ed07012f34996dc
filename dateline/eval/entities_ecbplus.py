"""Score entity mentions and cross-document coreference against ECB+ (CROMER XML).

Gold: HUMAN_PART_PER -> PERSON, HUMAN_PART_ORG -> ORG, LOC_GEO / LOC_FAC / HUMAN_PART_GPE ->
PLACE, kept only when the mention is a name (a capitalised word not opening its sentence, or two
capitalised words): ECB+ also marks "her", "rep", "police", which we do not extract.
A found mention matches a gold one when it covers the gold's last capitalised token.

- recall by type: gold names with a found mention of the same type;
- precision_lb by type: found mentions matching a gold name of the same type, over all found
  mentions of that type. ECB+ annotates only the participants of its seminal events, so this is
  a lower bound;
- typing_precision: of found mentions that match some gold name, the share with its type;
- b3_precision / b3_recall / b3_f1: B-cubed over matched gold names of each topic, gold chains
  (CROSS_DOC_COREF instance, else INTRA_DOC_COREF chain, else the mention alone) against our
  entity ids after cross-article resolution in file order.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Mapping

from ..annotate.entities import find_entities
from ..errors import EvalError
from ..fuse.resolve import KnownEntity, known_from, resolve_mentions
from ..model import EntityMention
from .scoring import ratio

if TYPE_CHECKING:
    from spacy.language import Language

GOLD_TYPES = {"HUMAN_PART_PER": "PERSON", "HUMAN_PART_ORG": "ORG", "LOC_GEO": "PLACE",
              "LOC_FAC": "PLACE", "HUMAN_PART_GPE": "PLACE"}
TYPES = ("PERSON", "ORG", "PLACE")
DEFAULT_TOPICS = 5


@dataclass(frozen=True)
class GoldMention:
    doc: str
    start: int
    end: int
    head_start: int
    head_end: int
    type: str
    chain: str



def read_ecbplus(path: Path) -> tuple[str, list[GoldMention]]:
    """Text of one ECB+ file (tokens spaced, one sentence a line) and its gold name mentions."""
    root = ET.parse(path).getroot()
    pieces: list[str] = []
    spans: dict[str, tuple[int, int, int, str]] = {}  # t_id -> (start, end, position, text)
    offset, sentence = 0, None
    for tok in root.iter("token"):
        text = tok.text or ""
        if sentence is not None and tok.get("sentence") != sentence:
            pieces.append("\n")
            offset += 1
        elif pieces:
            pieces.append(" ")
            offset += 1
        sentence = tok.get("sentence")
        spans[tok.get("t_id", "")] = (offset, offset + len(text), int(tok.get("number", 0)), text)
        pieces.append(text)
        offset += len(text)
    chains = _chains(root, path.stem)
    gold = []
    markables = root.find("Markables")
    for m in markables if markables is not None else []:
        type_ = GOLD_TYPES.get(m.tag)
        toks = [spans[a.get("t_id", "")] for a in m.findall("token_anchor")
                if a.get("t_id") in spans]
        if type_ is None or not toks:
            continue
        caps = [t for t in toks if t[3][:1].isupper() and t[3].isalpha()]
        if not caps or (len(caps) == 1 and caps[0][2] == 0):
            continue  # not a name: "police", "her", or one capital that only opens a sentence
        head = caps[-1]
        mid = m.get("m_id", "")
        gold.append(GoldMention(path.stem, toks[0][0], toks[-1][1], head[0], head[1], type_,
                                chains.get(mid, f"{path.stem}:{mid}")))
    return "".join(pieces), gold


def _chains(root: ET.Element, doc: str) -> dict[str, str]:
    out: dict[str, str] = {}
    relations = root.find("Relations")
    for rel in relations if relations is not None else []:
        if rel.tag == "CROSS_DOC_COREF":
            chain = rel.get("note") or f"{doc}:x{rel.get('r_id')}"
        elif rel.tag == "INTRA_DOC_COREF":
            chain = f"{doc}:i{rel.get('r_id')}"
        else:
            continue
        for src in rel.findall("source"):
            out[src.get("m_id", "")] = chain
    return out


def _topic_files(ecb_dir: Path, topics: Iterable[str] | None) -> dict[str, list[Path]]:
    folders = sorted((p for p in ecb_dir.iterdir() if p.is_dir() and p.name.isdigit()),
                     key=lambda p: int(p.name))
    wanted = set(topics) if topics is not None else {p.name for p in folders[:DEFAULT_TOPICS]}
    return {p.name: sorted(p.glob("*.xml"), key=_file_order) for p in folders
            if p.name in wanted}


def _file_order(path: Path) -> tuple[int, str]:
    m = re.search(r"_(\d+)", path.stem)
    return (int(m.group(1)) if m else 0, path.stem)


def _matches(m: EntityMention, g: GoldMention) -> bool:
    return m.start <= g.head_start and g.head_end <= m.end


def _b_cubed(pairs: list[tuple[str, str]]) -> tuple[float, float]:
    """(precision, recall) summed over mentions: pairs of (gold chain, our entity id)."""
    by_gold: dict[str, list[str]] = defaultdict(list)
    by_ours: dict[str, list[str]] = defaultdict(list)
    for gold, ours in pairs:
        by_gold[gold].append(ours)
        by_ours[ours].append(gold)
    p = r = 0.0
    for gold, ours in pairs:
        both = sum(1 for o in by_gold[gold] if o == ours)
        p += both / len(by_ours[ours])
        r += both / len(by_gold[gold])
    return p, r


def evaluate_entities_ecbplus(ecb_dir: str | Path, nlp: "Language",
                              topics: Iterable[str] | None = None) -> dict[str, Any]:
    """Mention recall / precision by type and cross-document B-cubed on ECB+ topics."""
    ecb_dir = Path(ecb_dir)
    if (ecb_dir / "ECB+").is_dir():
        ecb_dir = ecb_dir / "ECB+"
    if not ecb_dir.is_dir():
        raise EvalError.make("E030", path=str(ecb_dir), stage="eval entities ecbplus")
    gold_n: dict[str, int] = defaultdict(int)
    found_ok: dict[str, int] = defaultdict(int)
    ours_n: dict[str, int] = defaultdict(int)
    ours_ok: dict[str, int] = defaultdict(int)
    overlap = overlap_typed = 0
    b3_p = b3_r = 0.0
    b3_n = docs = 0
    for files in _topic_files(ecb_dir, topics).values():
        known: dict[str, KnownEntity] = {}
        pairs: list[tuple[str, str]] = []
        for path in files:
            text, gold = read_ecbplus(path)
            docs += 1
            found = resolve_mentions(list(known.values()), find_entities(nlp(text)))
            for k in known_from(found):
                known.setdefault(k.entity_id, k)
            for g in gold:
                gold_n[g.type] += 1
                typed = [m for m in found if m.type == g.type and _matches(m, g)]
                if typed:
                    found_ok[g.type] += 1
                    pairs.append((g.chain, typed[0].entity_id))
            for m in found:
                if m.type not in TYPES:
                    continue
                ours_n[m.type] += 1
                hits = [g for g in gold if _matches(m, g)]
                ours_ok[m.type] += any(g.type == m.type for g in hits)
                if hits:
                    overlap += 1
                    overlap_typed += any(g.type == m.type for g in hits)
        p, r = _b_cubed(pairs)
        b3_p, b3_r, b3_n = b3_p + p, b3_r + r, b3_n + len(pairs)
    bp, br = ratio(b3_p, b3_n), ratio(b3_r, b3_n)
    result: dict[str, Any] = {
        "recall": ratio(sum(found_ok.values()), sum(gold_n.values())),
        "precision_lb": ratio(sum(ours_ok.values()), sum(ours_n.values())),
        "typing_precision": ratio(overlap_typed, overlap),
        "b3_precision": bp, "b3_recall": br,
        "b3_f1": round(2 * bp * br / (bp + br), 4) if bp + br else 0.0,
        "by_type": {t: {"recall": ratio(found_ok[t], gold_n[t]),
                        "precision_lb": ratio(ours_ok[t], ours_n[t])} for t in TYPES},
        "counts": {"docs": docs, "gold_names": sum(gold_n.values()),
                   "found": sum(ours_n.values()), "coref_mentions": b3_n},
    }
    return result


def format_ecbplus_report(result: Mapping[str, Any]) -> str:
    """A short text report of `evaluate_entities_ecbplus`."""
    lines = ["entities (ECB+ names, cross-document)"]
    for name in ("recall", "precision_lb", "typing_precision", "b3_precision", "b3_recall",
                 "b3_f1"):
        lines.append(f"  {name:<20} {result.get(name, 0.0):.3f}")
    for type_, scores in result.get("by_type", {}).items():
        lines.append(f"  {type_:<7} recall {scores['recall']:.3f}  "
                     f"precision_lb {scores['precision_lb']:.3f}")
    counts = result.get("counts", {})
    lines.append("  counts: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    return "\n".join(lines)
