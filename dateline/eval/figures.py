"""Score reported figures against the seed gold (`figures` in seeds-gold.json).

A gold figure is matched by the first of our figures whose span overlaps the gold number inside
its evidence string. Recall is over gold figures; attribute accuracies are over matched ones
(claimant accuracy over those whose gold names a claimant). Precision is a lower bound: the
share of our figures inside the article body that overlap some gold evidence, and the gold is
not exhaustive.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rapidfuzz import fuzz

from ..annotate.figures import find_figures
from ..annotate.lexicon.number_words import TENS, UNITS
from ..errors import EvalError
from ..model import EntityMention, Figure, Timex
from .seeds import load_gold, seed_articles

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

ATTRIBUTES = ("value", "bounds", "projected", "verified", "claimant", "what", "as_of")
STOP = frozenset("the of for a an and to in on 's ’s".split())
GENERIC = frozenset("official officials authority authorities spokesman spokeswoman source "
                    "sources ministry minister government governments agency".split())
# Well-known bodies whose names and acronyms do not share letters with their usual descriptions.
ORG_ALIASES = {"unhcr": ("refugee agency", "high commissioner for refugees"),
               "ocha": ("coordination of humanitarian affairs",),
               "who": ("world health organization",), "iaea": ("atomic energy agency",)}
CATEGORY_WORDS = {
    "dead": "death dead fatality killed", "killed": "killed death dead fatality",
    "wounded": "wounded injured injury", "casualties": "casualty", "refugees": "refugee",
    "displaced": "displaced", "troops": "troop soldier force", "population": "population",
    "equipment": "tank helicopter warplane vehicle warship aircraft", "weapons": "gun weapon",
    "arrested": "arrested detainee", "evacuated": "evacuated evacuee", "rescued": "rescued",
}
IRREGULAR = {"people": "person", "men": "man", "women": "woman", "children": "child"}


def evaluate_figures_seeds(gold_path: str | Path, seeds_dir: str | Path,
                           nlp: Language) -> dict[str, Any]:
    """Recall, attribute accuracies and a precision lower bound over the seed articles."""
    gold = load_gold(Path(gold_path), "eval figures")
    correct = {name: 0 for name in ATTRIBUTES}
    totals = {name: 0 for name in ATTRIBUTES}
    matched = total = ours_total = ours_hit = 0
    errors: list[str] = []
    notes: set[str] = set()
    documents = gold["documents"]
    for name, text, published in seed_articles(Path(seeds_dir), documents):
        golds = [g for g in gold["figures"] if g["doc"] == name]
        if not golds:
            continue
        figures = _annotate(nlp, text, published, notes)
        spans = [_locate(text, g) for g in golds]
        lo, hi = _body(text, documents[name])
        body = [f for f in figures if lo <= f.start < hi]
        ours_total += len(body)
        ours_hit += sum(any(f.start < e and s < f.end for s, e, _ in spans) for f in body)
        for g, (_, _, (ns, ne)) in zip(golds, spans, strict=True):
            total += 1
            ours = next((f for f in figures if f.start < ne and ns < f.end), None)
            if ours is None:
                errors.append(f"{name}: missed {g['evidence']!r}")
                continue
            matched += 1
            for attr, ok in _judge(nlp, g, ours).items():
                totals[attr] += 1
                correct[attr] += ok
                if not ok:
                    errors.append(f"{name}: {attr} wrong for {g['evidence']!r}: {_show(ours)}")
    result: dict[str, Any] = {
        "gold": total, "matched": matched, "recall": matched / total if total else 0.0,
        "precision_lower_bound": ours_hit / ours_total if ours_total else 0.0,
    }
    for attr in ATTRIBUTES:
        result[f"{attr}_accuracy"] = correct[attr] / totals[attr] if totals[attr] else 0.0
    result["errors"] = errors
    result["notes"] = sorted(notes)
    return result


def _annotate(nlp: Language, text: str, published: dt.date | None,
              notes: set[str]) -> list[Figure]:
    doc = nlp(text)
    timexes: list[Timex] = _optional(notes, "timex", lambda d: _timexes(d, published), doc)
    entities: list[EntityMention] = _optional(notes, "entities", _entities, doc)
    return find_figures(doc, timexes=timexes, entities=entities, published=published)


def _timexes(doc: Doc, published: dt.date | None) -> list[Timex]:
    from ..annotate.timex import find_timexes
    return find_timexes(doc, published)


def _entities(doc: Doc) -> list[EntityMention]:
    from ..annotate.entities import find_entities
    return find_entities(doc)


def _optional(notes: set[str], name: str, run: Callable[[Doc], list[Any]],
              doc: Doc) -> list[Any]:
    """Another component's output when it runs; figures are scored without it otherwise."""
    try:
        return run(doc)
    except Exception as exc:  # a sibling component missing or broken must not stop this eval
        notes.add(f"scored without {name}: {type(exc).__name__}: {exc}")
        return []


def _body(text: str, meta: dict[str, Any]) -> tuple[int, int]:
    start = text.find(meta.get("body_starts") or "\0")
    end = text.find(meta.get("body_ends") or "\0")
    return (max(start, 0), end + len(meta["body_ends"]) if end >= 0 else len(text))


def _locate(text: str, g: dict[str, Any]) -> tuple[int, int, tuple[int, int]]:
    """(evidence start, evidence end, span of the gold number inside the evidence)."""
    start = text.find(g["evidence"])
    if start < 0:
        raise EvalError.make("E030", path=f"evidence {g['evidence']!r} of {g['doc']}",
                             stage="eval figures")
    end = start + len(g["evidence"])
    for form in _forms(float(g["value"])):
        match = re.search(rf"(?<![\w.,]){re.escape(form)}(?![\w]|[.,]\d)", g["evidence"], re.I)
        if match:
            return start, end, (start + match.start(), start + match.end())
    return start, end, (start, end)


def _forms(value: float) -> list[str]:
    forms = []
    for scale, word in ((1e9, "billion"), (1e6, "million"), (1e3, "thousand")):
        if value >= scale:
            forms.append(f"{value / scale:g} {word}")
    if value == int(value):
        forms += [f"{int(value):,}", str(int(value))]
        words = {v: k for k, v in {**UNITS, **TENS}.items()}
        if int(value) in words:
            forms.append(words[int(value)])
    return forms


def _judge(nlp: Language, g: dict[str, Any], ours: Figure) -> dict[str, bool]:
    value = float(g["value"])
    verdict = {
        "value": abs(ours.value - value) <= 1e-6 * max(1.0, value),
        "bounds": (ours.min == g.get("min") and ours.max == g.get("max")
                   and ours.approx == bool(g.get("approx", False))),
        "projected": ours.projected == bool(g.get("projection", False)),
        "verified": ours.verified == g.get("verified"),
        "what": _what_agrees(nlp, g.get("what") or "", ours),
        "as_of": ours.as_of == g.get("as_of"),
    }
    if g.get("claimant"):
        verdict["claimant"] = claimant_agrees(g["claimant"], ours.claimant)
    return verdict


def _stem(word: str) -> str:
    word = word.lower().strip(".,")
    if word in IRREGULAR:
        return IRREGULAR[word]
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") and len(word) > 3 else word


def _what_agrees(nlp: Language, gold_what: str, ours: Figure) -> bool:
    """The gold `what` head noun is among our counted words or our category's words."""
    doc = nlp(gold_what)
    chunks = list(doc.noun_chunks)
    head = chunks[0].root.text if chunks else (doc[-1].text if len(doc) else "")
    words = {_stem(w) for w in (ours.what or "").split()}
    words.update(_stem(w) for w in CATEGORY_WORDS.get(ours.category or "", "").split())
    words.add(_stem(ours.category or ""))
    return _stem(head) in words


def _tokens(name: str) -> list[str]:
    name = re.sub(r"['’]s\b", "", name)
    return [t.replace(".", "").lower() for t in re.findall(r"[\w.]+", name)
            if t.replace(".", "").lower() not in STOP]


def _acronym(name: str) -> str:
    words = [w for w in re.findall(r"[\w.]+", re.sub(r"['’]s\b", "", name))
             if w.lower() not in STOP]
    return "".join(w.replace(".", "") if w.replace(".", "").isupper() else w[0] for w in words
                   if w[0].isupper()).lower()


def claimant_agrees(gold: str, ours: str | None) -> bool:
    """Fuzzy, acronym-aware: "UN OCHA" ~ "U.N. Office for the Coordination of Humanitarian
    Affairs"; "senior Pentagon official" ~ "The official"; "United Nations" ~ "U.N."."""
    if not ours:
        return False
    g, o = set(_tokens(gold)), set(_tokens(ours))
    if (g - GENERIC) & (o - GENERIC) or (g & o and (not g - GENERIC or not o - GENERIC)):
        return True
    g_acr, o_acr = _acronym(gold), _acronym(ours)
    if (g_acr and g_acr in o | {o_acr}) or (o_acr and o_acr in g | {g_acr}):
        return True
    for short, longs in ORG_ALIASES.items():
        for a, b in ((gold, ours), (ours, gold)):
            if short in _tokens(a) and any(phrase in b.lower() for phrase in longs):
                return True
    return fuzz.token_set_ratio(" ".join(sorted(g)), " ".join(sorted(o))) >= 85


def _show(f: Figure) -> str:
    return (f"value={f.value:g} min={f.min} max={f.max} approx={f.approx} what={f.what!r} "
            f"category={f.category} claimant={f.claimant!r} as_of={f.as_of} "
            f"projected={f.projected} verified={f.verified}")


def format_figures_report(result: dict[str, Any]) -> str:
    """A short human-readable report of `evaluate_figures_seeds`."""
    lines = [f"figures: {result['matched']}/{result['gold']} gold matched "
             f"(recall {result['recall']:.3f}), precision >= {result['precision_lower_bound']:.3f}"]
    lines += [f"  {attr:<10} {result[f'{attr}_accuracy']:.3f}" for attr in ATTRIBUTES]
    lines += [f"  note: {note}" for note in result.get("notes", [])]
    lines += [f"  - {err}" for err in result.get("errors", [])]
    return "\n".join(lines)
