"""Name shapes that say a person: two or three capitalised words with no known head noun, a
title right before the name, a lone name coordinated with people's names."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .cues import head_type
from .grouping import Draft
from .roles import is_role_word, role_before

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def person_shaped(doc: "Doc", d: Draft) -> bool:
    """Two or three capitalised words, no function word, no known head noun: "Ana Lee Park"."""
    words = d.tok_end - d.tok_start
    return 2 <= words <= 3 and all(t.is_title for t in doc[d.tok_start:d.tok_end]
                                   if t.text != "-") and \
        head_type(doc, d.tok_start, d.tok_end) is None


def named_as_one(doc: "Doc", d: Draft) -> bool:
    """Two or three capitalised words (hyphenated ones count once), no known head noun."""
    words = d.text.split()
    return 2 <= len(words) <= 3 and all(w[:1].isupper() for w in words) and \
        head_type(doc, d.tok_start, d.tok_end) is None


def among_people(token: "Token") -> bool:
    """A lone name coordinated with people's names and with no place's ("Matthew, William and
    Zachary", "Mitchell and Leslie Weiss")."""
    if not token.is_title or token.ent_type_ in ("ORG", "NORP", "FAC") or any(
            c.dep_ == "det" for c in token.children):
        return False  # "Abe and the LDP", "WikiLeaks and Edward Snowden"
    mates = token.conjuncts
    return any(m.ent_type_ == "PERSON" for m in mates) and not any(
        m.ent_type_ in ("GPE", "LOC", "FAC", "ORG", "NORP") for m in mates)


def titled(doc: "Doc", d: Draft) -> bool:
    """A title right before the name ("President Biden"), the name not itself inside a title
    ("Deputy Defense Minister": Defense is followed by Minister)."""
    if d.tok_start == 0:
        return False
    if not is_role_word(doc[d.tok_start - 1]):
        return _titled_by_body(doc, d)
    after = doc[d.tok_end] if d.tok_end < len(doc) else None
    return not (after is not None and is_role_word(after)) and role_before(doc, d.tok_start) \
        is not None


def _titled_by_body(doc: "Doc", d: Draft) -> bool:
    """A name after a title and the body the title is of, in one phrase: "Ambassador to the
    United Nations Nikki Haley" (the parse hangs the name on "to", the body's words on it)."""
    root, before = doc[d.tok_end - 1], doc[d.tok_start - 1]
    return root.dep_ == "pobj" and root.head.lower_ in ("to", "of", "for") and \
        is_role_word(root.head.head) and before.is_title and before.i > root.head.i and \
        person_shaped(doc, d)
