"""A modifier that tells a stance toward a party ("anti-Dorn protests", "pro-Lima rally"): the
party is whom the act is for or against, never who does it."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

STANCE_PREFIXES = frozenset({"anti", "pro"})


def _prefix(word: "Token") -> "Token | None":
    """The "anti" or "pro" joined by a hyphen right before the word, else None."""
    doc = word.doc
    if word.i < 2 or doc[word.i - 1].text != "-" or doc[word.i - 1].whitespace_:
        return None
    prefix = doc[word.i - 2]
    return prefix if prefix.lower_ in STANCE_PREFIXES and not prefix.whitespace_ else None


def stance_word(word: "Token") -> bool:
    """A piece of a stance modifier: the prefix, its hyphen, or the party after them."""
    doc = word.doc
    after = doc[word.i + 1] if word.i + 1 < len(doc) else None
    if word.lower_ in STANCE_PREFIXES and after is not None and after.text == "-" and \
            not word.whitespace_:
        return True
    if word.text == "-" and word.i and doc[word.i - 1].lower_ in STANCE_PREFIXES:
        return True
    return _prefix(word) is not None


def opposed(word: "Token") -> bool:
    """The party an "anti-" modifier sets the act against (a "pro-" one's party is backed,
    which says nothing of who acts, so it is no target of a protest either)."""
    prefix = _prefix(word)
    return prefix is not None and prefix.lower_ == "anti"
