"""Which named state a definite description of a state takes back ("the isolated country").

A story names a state and then describes it: "Veltria fired a missile ... the talks demanded
that the isolated country halt its programme", "... threatened to destroy the Asian nation",
"the regime must give up its weapons". A singular "the / this / that" + country, nation,
regime, kingdom or republic with no name of its own (no possessor, compound, count, phrase or
nationality) stands for the state the article has named most before it, the first named on a
tie, other than the state the clause's own subjects name: a state does not demand or threaten
things of itself ("Dorn threatened to destroy the country" is not Dorn), though what it owns is
its own ("Dorn's leader offered Veltria access to the country's oil": Dorn's oil).

A body named only as whom someone spoke to ("told the Ossia Herald", "said in an interview
with Reuters") is a listener, never the body a later "the company" takes back (`addressed`).
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Sequence

from ...model import EntityMention, Place
from ..lexicon.reporting import REPORTING_VERBS
from ..syntax import entity_text
from .states import capital_of, demonym_country, state_named

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

STATE_WORDS = frozenset({"country", "nation", "regime", "kingdom", "republic"})
_DEFINITE = frozenset({"the", "this", "that"})
# Children that make the description name its state itself, or a new one ("the country of
# Dorn", "a third country", "the Veltrian regime", "the two countries").
_OWN_NAME_DEPS = frozenset({"poss", "compound", "nummod", "prep", "appos", "nmod"})


def _bare_description(head: "Token") -> bool:
    if head.pos_ != "NOUN" or head.ent_type_ or head.tag_ != "NN" or \
            head.lemma_.lower() not in STATE_WORDS:
        return False
    children = list(head.children)
    return any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in children) and not any(
        c.dep_ in _OWN_NAME_DEPS or (c.dep_ == "amod" and demonym_country(entity_text(c)))
        for c in children)  # "the Asian country" is still one named before


def _subject_states(head: "Token") -> set[str]:
    """The states the subjects of the clauses above the head name ("Dorn", "Dornish leader")."""
    out: set[str] = set()
    for clause in (a for a in head.ancestors if a.pos_ in ("VERB", "AUX")):
        for subject in (c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")):
            for tok in subject.subtree:
                state = tok.ent_type_ in ("GPE", "NORP") and state_named(entity_text(tok))
                if state:
                    out.add(state)
    return out


def described_state(head: "Token", places: Sequence[Place]) -> str | None:
    """The state a bare definite description of a state takes back (see module doc)."""
    if not _bare_description(head):
        return None
    named = []
    for place in sorted(places, key=lambda p: p.start):
        if place.end > head.idx:
            break
        state = place.name if place.precision == "country" else (
            capital_of(place.name) if place.precision == "city" else None)
        if state:
            named.append(state)
    own = _subject_states(head)
    if own and head.dep_ == "poss":  # "Dorn's leader offered Veltria access to the
        return sorted(own)[0]  # country's oil": the leader's own country's
    named = [state for state in named if state not in own]
    if not named:
        return None
    counts = Counter(named)  # on a tie the one named first: the story's own state
    return max(counts, key=lambda state: (counts[state], -named.index(state)))


def addressed(doc: "Doc", mention: EntityMention) -> bool:
    """Whether a body is named only as whom someone spoke or wrote to ("told the BBC", "said
    in an interview with Reuters"): an outlet or a listener, not the body a later "the
    company" takes back."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span.root
    head = root.head.head if root.dep_ == "pobj" and root.head.lower_ in ("to", "with") \
        else root.head if root.dep_ in ("dobj", "dative") else None
    if head is not None and head.pos_ == "NOUN" and head.head.pos_ == "ADP":
        head = head.head.head  # "in an interview with Reuters"
    # "told Dorn Corp to repay" orders the body to act: it is no mere listener
    return head is not None and head.lemma_.lower() in REPORTING_VERBS and not any(
        c.dep_ == "xcomp" for c in head.children)


# People a plural "the two ..." or "both ..." takes back.
PEOPLE_PAIR_WORDS = frozenset({"leader", "man", "woman", "president", "minister", "premier"})


def described_pair(head: "Token", entities: Sequence[EntityMention]) -> list[str]:
    """The two people "the two leaders" or "both men" takes back: the last two persons named
    before it, other than the subject of the verb acting on them ("two leaders" with no
    article tells new ones)."""
    words = {c.lower_ for c in head.children if c.dep_ in ("nummod", "det", "predet")}
    if head.tag_ != "NNS" or head.ent_type_ or not ({"the", "two"} <= words or "both" in words) \
            or head.lemma_.lower() not in PEOPLE_PAIR_WORDS:
        return []
    # the subject of the verb acting on them is not one of them ("Ann Lee urged the two men")
    verb = next((a for a in head.ancestors if a.pos_ in ("VERB", "AUX")), None)
    own = [] if verb is None else [
        (t.idx, t.idx + len(t.text)) for subject in verb.children
        if subject.dep_ == "nsubj" and subject.i != head.i for t in subject.subtree]
    named = [m.canonical for m in sorted(entities, key=lambda m: m.start)
             if m.type == "PERSON" and m.end <= head.idx and
             not any(m.start <= start < m.end for start, _ in own)]
    last = list(dict.fromkeys(reversed(named)))[:2]
    return last[::-1] if len(last) == 2 else []
