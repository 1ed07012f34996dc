"""The body a thing it runs speaks for: "the official Acme Twitter account", "the Oxfam
campaign" speak for Acme and Oxfam (a mixin of speakers.Speakers)."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Sequence

from ...model import EntityMention
from ..agreement import is_plural
from ..lexicon.reporting import SPEAKING_DOCUMENTS
from .agents import is_org_noun, is_person_noun

if TYPE_CHECKING:
    from spacy.tokens import Token


class OwningBodies:
    """Needs `entities` and `_mention` (antecedents.Antecedents)."""

    entities: Sequence[EntityMention]

    def _mention(self, token: "Token") -> EntityMention | None:
        raise NotImplementedError

    @functools.cached_property
    def _bodies(self) -> frozenset[str]:
        """The article's organisation names as written (once per article)."""
        return frozenset(m.text for m in self.entities if m.type == "ORG")

    def _owning_body(self, token: "Token", body_noun: bool = False) -> "Token | None":
        """The body a thing it runs speaks for: "the official Acme Twitter account", "the
        Oxfam campaign", "the Acme company" (the first body named before the noun: Twitter
        only carries Acme's account); None for a person ("the Acme driver" is no one's name)."""
        if token.pos_ != "NOUN" or is_person_noun(token) or is_plural(token) or \
                (is_org_noun(token) and not body_noun) or \
                token.lemma_.lower() in SPEAKING_DOCUMENTS:
            return None  # (a body's noun is `_described` first; a document has its author)
        # the compounds before the noun, nested ones too ("Acme" hangs on "Chirper")
        for c in sorted((c for c in token.subtree if c.dep_ == "compound" and c.i < token.i
                         and c.head.i <= token.i), key=lambda c: c.i):
            mention = self._mention(c)
            # a nested compound only as a body typed there: "The Home International series"
            # is one name, not a body "Home"
            if mention.type == "ORG" if mention is not None else c.head.i == token.i and (
                    c.ent_type_ == "ORG" or c.text in self._bodies):
                return c  # (typed here, or named as a body elsewhere in the article)
        before = token.doc[token.i - 1] if token.i > 0 else None
        mention = self._mention(before) if before is not None else None
        if body_noun and before is not None and mention is not None and \
                mention.type == "ORG" and mention.end == before.idx + len(before.text):
            return before  # a body's name right before a body noun, however the parse hangs
            # a slogan's words ("the Keep Our Libraries Open campaign"; "the Acme jury" is
            # the jury)
        return None

