"""Sources the parse hides: a closing frame hung on the wrong word, a role, a post's signer."""

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


def closing_frame(verb: "Token", number: "Token") -> bool:
    """A reporting verb that ends the sentence after the number and a comma, however the parse
    hung it: on a word before ('... known as the "Club," state-run Novi newspaper reported'),
    or joined to the first clause with the last one as its content ("40 claims were filed,
    and 30 were paid, the company said on Monday"): a "..., X said" frame for all of it."""
    if verb.dep_ not in ("ccomp", "relcl", "conj") or verb.i < number.i or any(
            c.dep_ in ("dobj", "mark") or c.tag_ in ("WDT", "WP")
            or (c.dep_ == "ccomp" and c.i > verb.i) for c in verb.children):
        return False
    doc = verb.doc
    if not all(t.is_punct or t.is_space or (verb.is_ancestor(t) and t.pos_ not in (
            "VERB", "AUX")) for t in doc[verb.i + 1:verb.sent.end]):
        return False  # nothing after it but its own time or place: "said on Monday."
    comma = next((t for t in reversed(doc[number.i + 1:verb.i]) if t.text == ","), None)
    if comma is None or verb.i - comma.i > 12:  # a short phrase: "the state-run Al-Ahram paper"
        return False
    between = doc[comma.i + 1:verb.i]  # the source's noun phrase, nothing finite or a pronoun
    return any(t.pos_ in ("NOUN", "PROPN") for t in between) and not any(
        t.tag_ in ("VBD", "VBZ", "VBP", "MD") or t.pos_ == "PRON" for t in between)
