"""Definite descriptions of bodies: which named organisation "the company" stands for.

"the zoo" goes to the name that says more than it ("Cincinnati Zoo"); "the company" to the last
body that acted as a subject of a clause, else to the one body the article named before it
(not an outlet someone spoke to: "told Reuters").
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

from ...model import EntityMention
from ..agreement import binds_it
from ..lexicon.reporting import MEDIA_NOUNS
from .agents import is_org_noun, is_person_noun

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# (offset, name, entity id, is a person, form): antecedents.Candidate
_Candidate = tuple[int, str, "str | None", bool, "str | None"]


class Descriptions:
    """Needs `doc`, `entities` and `seen` (antecedents.Antecedents)."""

    doc: "Doc"
    entities: Sequence[EntityMention]
    seen: list[_Candidate]

    def _described(self, token: "Token") -> tuple[str, str | None] | None:
        """The body a definite description ("the university") refers back to."""
        # "the university" -> the University named before; "the company" -> the last body that was
        # the subject of a clause.
        modifiers = [c for c in token.children if c.dep_ in ("compound", "amod")]
        # "Slidell police said": a body noun with its own name's words needs no article
        definite = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that")
                       for c in token.children) or (modifiers and is_org_noun(token) and not any(
                           c.dep_ == "det" for c in token.children))
        if token.pos_ != "NOUN" or is_person_noun(token) or not definite \
                or any(c.dep_ == "poss" for c in token.children):
            return None
        earlier = [m for m in self.entities if m.end <= token.idx and m.type != "PLACE"]
        # "the Slidell police" -> "Slidell Police Department": every word of it in the name
        words = {token.lower_} | {c.lower_ for c in modifiers}
        # a name that says more than the description first ("the zoo": "Cincinnati Zoo", not
        # a bare "Zoo"), else one that says as much
        for fuller in (True, False):
            for mention in reversed(earlier):
                # a name's plural word covers the description's singular ("the airline":
                # "United Airlines")
                named = {w for n in mention.canonical.lower().split()
                         for w in (n, n[:-1] if n.endswith("s") else n)}
                if words < named if fuller else words <= named:
                    return mention.canonical, mention.entity_id
        if modifiers:
            return None
        if not is_org_noun(token) and not binds_it(token):
            return None
        # a name "he" or "she" already stood for is a person, however the tagger typed it
        persons = {c[2] or c[1] for c in self.seen if c[3]}
        media = token.lemma_.lower() in MEDIA_NOUNS  # "the paper" is one that reported
        for mention in reversed(earlier):
            head = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
            # a body that was the subject of a clause, not one that only reported it
            if mention.type == "ORG" and head is not None and \
                    (mention.entity_id or mention.canonical) not in persons and \
                    head.root.dep_ in ("nsubj", "nsubjpass") and \
                    (head.root.head.lemma_.lower() != "report" or media):
                return mention.canonical, mention.entity_id
        # no body acted as a subject: the one body named before, if only one was ("angry
        # with Acme Inc ... the company said"), and not an outlet spoken to ("told Reuters")
        bodies = {(m.canonical, m.entity_id) for m in earlier if m.type == "ORG" and
                  (m.entity_id or m.canonical) not in persons and not self._told(m)}
        return bodies.pop() if len(bodies) == 1 and not media else None

    def _told(self, mention: EntityMention) -> bool:
        """A body that only carried the news: spoken to, quoted from or reporting ("told
        Reuters", "according to the AP", "CNN reported")."""
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            return True
        root = span.root
        verb = root.head.lemma_.lower()
        return (root.dep_ == "dobj" and verb in ("tell", "say")) or (
            root.dep_ == "pobj" and root.head.lower_ in ("to", "told")) or (
            root.dep_ in ("nsubj", "nsubjpass") and verb == "report")
