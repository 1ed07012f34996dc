"""Names for a claimant the sentence gives only by role or by a post's signature."""

from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

from ...model import EntityMention
from ..entities.roles import ROLE_WORDS
from ..events.reference import post_signer

if TYPE_CHECKING:
    from spacy.tokens import Token

# Modifiers of a role noun that tell whose role it is ("government spokesman", "Nice prosecutor").
_QUALIFIERS = frozenset({"compound", "amod", "nmod", "poss"})


def role_holder(role: "Token", entities: Sequence[EntityMention]) -> str | None:
    """The one person the article gives this role by apposition or title ("the spokesman, Ann
    Lee"; "Bo Li, prosecutor of Nice") for a claimant named only by it ("a spokesman said")."""
    if role.pos_ != "NOUN" or role.lower_ not in ROLE_WORDS:
        return None
    holders: dict[str, set[str]] = {}
    for mention in entities:
        words = set((mention.role or "").lower().split())
        if mention.type == "PERSON" and role.lower_ in words:
            holders.setdefault(mention.canonical, set()).update(words)
    if len(holders) > 1:  # "the Paris prosecutor" among two prosecutors: the one of Paris
        marks = {c.lower_ for c in role.children if c.dep_ in _QUALIFIERS}
        holders = {name: words for name, words in holders.items() if marks & words}
    return next(iter(holders)) if len(holders) == 1 else None


def signer(head: "Token", entities: Sequence[EntityMention]) -> str | None:
    """Who signs the embedded post the number stands in ("... 21 girls. - Ann Lee (@annlee)")."""
    return post_signer(head, entities)
