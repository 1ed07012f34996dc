"""Event-mention precision and recall against ECB+ action mentions (CROMER XML).

ECB+ marks every action in the sentences it annotates, not only PLOVER-type ones, so recall is
partial by design; the number that matters is precision: a trigger we emit that ECB+ does not
mark as any action is very likely a false event (a topic noun, an idiom, a mis-parse).

Matching: each document's tokens are joined with spaces, one sentence a line (sentence 0 of the
``ecbplus`` files is the source URL and is skipped); our event matches a gold mention when its
trigger's characters overlap one of the mention's anchor tokens. Only sentences holding at least
one ACTION_* / NEG_ACTION_* mention are scored (ECB+ annotates a selection of sentences and the
release's sentence index is not shipped here).

- precision_any: our events matching any action mention (occurrence, reporting, state, ...).
- precision: our events matching an ACTION_OCCURRENCE / NEG_ACTION_OCCURRENCE mention.
- recall: occurrence mentions matched by one of our events.
- denied_accuracy: matched NEG_ACTION_* mentions whose event is in mode denied.
- false_denied: matched ACTION_* mentions whose event is in mode denied (lower is better).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Mapping

from ..annotate.events import find_events
from ..errors import DatelineError
from ..model import Event
from .scoring import ratio

if TYPE_CHECKING:
    from spacy.language import Language

OCCURRENCE = frozenset({"ACTION_OCCURRENCE", "NEG_ACTION_OCCURRENCE"})
_BRACKETS = {"``": '"', "''": '"', "-LRB-": "(", "-RRB-": ")"}


class EcbDocument:
    """One ECB+ file as plain text with its action mentions as character ranges."""

    def __init__(self, path: Path) -> None:
        root = ET.parse(path).getroot()
        self.name = path.name
        plus = path.name.endswith("ecbplus.xml")
        pieces: list[str] = []
        spans: dict[str, tuple[int, int]] = {}
        sentence_of: dict[str, str] = {}
        offset, last_sentence = 0, None
        for token in root.iter("token"):
            sentence = token.get("sentence", "0")
            if plus and sentence == "0":
                continue
            if last_sentence is not None and sentence != last_sentence:
                pieces.append("\n")
                offset += 1
            elif pieces:
                pieces.append(" ")
                offset += 1
            word = _BRACKETS.get(token.text or "", token.text or "")
            spans[token.get("t_id", "")] = (offset, offset + len(word))
            sentence_of[token.get("t_id", "")] = sentence
            pieces.append(word)
            offset += len(word)
            last_sentence = sentence
        self.text = "".join(pieces)
        self.mentions: list[tuple[str, list[tuple[int, int]]]] = []
        self.sentences: set[str] = set()
        markables = root.find("Markables")
        for mark in markables if markables is not None else ():
            if not mark.tag.startswith(("ACTION_", "NEG_ACTION_")):
                continue
            ids = [a.get("t_id", "") for a in mark.iter("token_anchor")]
            ranges = [spans[i] for i in ids if i in spans]
            if ranges:
                self.mentions.append((mark.tag, ranges))
                self.sentences.update(sentence_of[i] for i in ids if i in sentence_of)
        self._line_sentence = self._lines(sentence_of, spans)

    @staticmethod
    def _lines(sentence_of: Mapping[str, str],
               spans: Mapping[str, tuple[int, int]]) -> list[tuple[int, str]]:
        firsts: dict[str, int] = {}
        for t_id, (start, _) in spans.items():
            sentence = sentence_of[t_id]
            firsts[sentence] = min(start, firsts.get(sentence, start))
        return sorted((start, sentence) for sentence, start in firsts.items())

    def sentence_at(self, char: int) -> str | None:
        found = None
        for start, sentence in self._line_sentence:
            if start > char:
                break
            found = sentence
        return found

    def matches(self, event: Event) -> list[str]:
        """Tags of the gold mentions that the event's trigger overlaps."""
        return [tag for tag, ranges in self.mentions
                if any(s < event.trigger_end and event.trigger_start < e for s, e in ranges)]


def _files(ecb_dir: Path, topics: Iterable[int | str] | None) -> list[Path]:
    folders = sorted((p for p in ecb_dir.iterdir() if p.is_dir()), key=lambda p: (
        int(p.name) if p.name.isdigit() else 10**6, p.name))
    wanted = {str(t) for t in topics} if topics is not None else None
    return [f for folder in folders if wanted is None or folder.name in wanted
            for f in sorted(folder.glob("*.xml"))]



def evaluate_ecb(ecb_dir: str | Path, nlp: "Language",
                 topics: Iterable[int | str] | None = range(1, 11),
                 examples: int = 0) -> dict[str, Any]:
    """Trigger precision / recall of our events against ECB+ action mentions (see module doc)."""
    ecb_dir = Path(ecb_dir)
    if not ecb_dir.is_dir():
        raise DatelineError.make("E030", path=str(ecb_dir), stage="eval")
    docs = [EcbDocument(path) for path in _files(ecb_dir, topics)]
    ours = any_hit = occ_hit = gold_occ = occ_found = 0
    neg_total = neg_ok = pos_total = pos_denied = 0
    unmatched: list[str] = []
    for doc, parsed in zip(docs, nlp.pipe(d.text for d in docs)):
        events = [e for e in find_events(parsed)
                  if doc.sentence_at(e.trigger_start) in doc.sentences]
        ours += len(events)
        for event in events:
            tags = doc.matches(event)
            any_hit += bool(tags)
            occ_hit += any(t in OCCURRENCE for t in tags)
            if not tags and len(unmatched) < examples:
                unmatched.append(f"{doc.name}: {event.type} {event.trigger!r} in "
                                 f"{doc.text[event.start:event.end]!r}")
            if any(t.startswith("NEG_") for t in tags):
                neg_total += 1
                neg_ok += event.mode == "denied"
            elif tags:
                pos_total += 1
                pos_denied += event.mode == "denied"
        for tag, ranges in doc.mentions:
            if tag not in OCCURRENCE:
                continue
            gold_occ += 1
            occ_found += any(s < e.trigger_end and e.trigger_start < end
                             for e in events for s, end in ranges)
    result: dict[str, Any] = {
        "documents": len(docs), "events": ours,
        "events_per_document": round(ours / max(len(docs), 1), 2),
        "precision_any": ratio(any_hit, ours), "precision": ratio(occ_hit, ours),
        "recall": ratio(occ_found, gold_occ), "gold_occurrences": gold_occ,
        "negated_matched": neg_total,
        "denied_accuracy": ratio(neg_ok, neg_total) if neg_total else 1.0,
        "false_denied": ratio(pos_denied, pos_total),
    }
    if examples:
        result["unmatched"] = unmatched
    return result


def format_ecb_report(result: Mapping[str, Any]) -> str:
    """A readable report of an evaluate_ecb result."""
    lines = ["events / ECB+ action mentions (trigger overlap)"]
    for key, value in result.items():
        if key == "unmatched":
            lines.extend(f"  not an action: {what}" for what in value)
        else:
            lines.append(f"  {key:20} {value}")
    return "\n".join(lines)
