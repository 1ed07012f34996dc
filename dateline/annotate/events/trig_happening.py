"""Whether a verb of examining looks into a happening: "are reviewing what happened", "analyzing
details of the launch", "find out how the crash occurred" (INVESTIGATE); "reviewed the menu" or
"studied French" looks into no act."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .ontology import load_lexicon

if TYPE_CHECKING:
    from spacy.tokens import Token

# Verbs that say something came about: their wh-clause names a happening ("what happened").
CAME_ABOUT = frozenset({"happen", "occur", "go", "cause", "unfold", "transpire", "lead",
                        "fail", "die", "start"})
# Kinds of act a noun names that one looks into as a happening ("the launch", "the raid"); a
# proposal or an offer studied is weighed, not investigated.
DEEDS = frozenset({"ASSAULT", "FIGHT", "PROTEST", "COERCE", "MOBILIZE", "SANCTION", "RETREAT"})
_WH = frozenset({"what", "how", "why", "whether", "who", "when"})
# Nouns for a happening or its record, whatever the lexicon says of them: "the matter",
# "details of the launch", "the circumstances", "the footage".
HAPPENING_NOUNS = frozenset({
    "matter", "incident", "incidents", "case", "cases", "circumstance", "circumstances",
    "cause", "causes", "detail", "details", "footage", "evidence", "accident", "crash",
    "death", "deaths", "collision", "derailment", "explosion", "fire", "blast", "conduct",
    "handling", "wreckage", "event",
})


def _a_happening(noun: "Token") -> bool:
    """A noun naming a happening: one of HAPPENING_NOUNS or an event noun of the lexicon."""
    lemma = noun.lemma_.lower()
    return noun.pos_ in ("NOUN", "PROPN") and (
        lemma in HAPPENING_NOUNS or noun.lower_ in HAPPENING_NOUNS or any(
            row.type in DEEDS for row in load_lexicon().get((lemma, "N"), ())))


def examines_happening(token: "Token") -> bool:
    """A wh-clause of something coming about, or an object naming a happening (or its "of"
    phrase one: "details of the launch"), as what the verb examines."""
    for child in token.children:
        if child.dep_ in ("ccomp", "xcomp", "dobj") and child.pos_ in ("VERB", "AUX") and \
                child.lemma_.lower() in CAME_ABOUT and any(
                    w.lower_ in _WH for w in child.subtree if w.i < child.i):
            return True  # "reviewing what happened", "find out how it started"
        nouns = [child] if child.dep_ == "dobj" else [
            o for o in child.children if o.dep_ == "pobj"] if child.dep_ == "prep" and \
            child.lower_ in ("into", "at") else []
        for noun in nouns:
            if _a_happening(noun) or any(
                    p.dep_ == "prep" and p.lower_ == "of" and any(
                        o.dep_ == "pobj" and _a_happening(o) for o in p.children)
                    for p in noun.children):
                return True
    return False
