"""A capitalised title whose holder the next sentence names: "Japan's Chief Cabinet Secretary
told reporters ... . Ann Roe condemned the test" (a mixin of speakers.Speakers)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

from ...model import EntityMention
from ..entities.roles import is_role_word

if TYPE_CHECKING:
    from spacy.tokens import Token


def _titled_office(token: "Token") -> bool:
    """A capitalised title with no name in it, made definite by "the" or an owner: "the
    Foreign Secretary", "Japan's Chief Cabinet Secretary" (one office, one holder)."""
    return token.is_title and is_role_word(token) and not any(
        t.ent_type_ == "PERSON" for t in token.subtree) and any(
        c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ == "the") for c in token.children)


class NamedNext:
    """Needs `entities` and `_mention` (antecedents.Antecedents)."""

    entities: Sequence[EntityMention]

    def _mention(self, token: "Token") -> EntityMention | None:
        raise NotImplementedError

    def _named_next(self, token: "Token") -> tuple[str, str] | None:
        """The holder of a titled office the next sentence names as its subject, first named
        there and given no other title: the writer's way of putting a name to the office."""
        if not _titled_office(token) or token.sent.end >= len(token.doc):
            return None
        following = token.doc[token.sent.end].sent
        subject = next((c for c in following.root.children if c.dep_ == "nsubj"), None)
        mention = self._mention(subject) if subject is not None else None
        if mention is None or mention.type != "PERSON" or mention.role or \
                " " not in mention.text or not mention.entity_id:
            return None
        if any(m.entity_id == mention.entity_id and m.start < token.idx for m in self.entities):
            return None  # named before: a pronoun or a description would stand for them
        return mention.canonical, mention.entity_id
