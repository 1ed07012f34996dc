"""Capitalised words that open a sentence and are no name: verb forms and decades.

A sentence's first word is capitalised whatever it is, and NER then reads "Tranquilizing
Kumbo" or "Felt we should..." as a name. An -ing or -ed form of an English verb (the
lemmatizer's own verb vocabulary, not a list of ours) opening a sentence is the verb; a lone
irregular past ("Felt") only when the parse gives it no name's role (subject, object...).
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from .rules import opens_sentence

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# the parse roles a name takes; a verb form in one of them may be a name ("Drew said")
_NAME_ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "poss", "appos", "conj", "attr",
                         "dative", "agent"})
# "the Thirties": a decade written as a word is a time, not a body
DECADES = frozenset({"twenties", "thirties", "forties", "fifties", "sixties", "seventies",
                     "eighties", "nineties"})


@functools.lru_cache(maxsize=1)
def _verb_tables() -> tuple[frozenset[str], dict[str, list[str]]]:
    """(verb lemmas, irregular forms -> lemmas) of the model's rule lemmatizer; empty without."""
    from ..nlp import load_nlp

    try:
        lookups = load_nlp().get_pipe("lemmatizer").lookups
        index = lookups.get_table("lemma_index")["verb"]
        exc = lookups.get_table("lemma_exc")["verb"]
    except (KeyError, AttributeError, ValueError):
        return frozenset(), {}
    return frozenset(index), dict(exc)


def _regular_form(word: str) -> bool:
    """`word` (lowercase) is the -ing or -ed form of a known verb: "starting", "tranquilizing"."""
    verbs, _ = _verb_tables()
    for ending in ("ing", "ed"):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            stem = word[:-len(ending)]
            # "start"+ing, "tranquiliz"+e, "stopp" -> "stop"
            if stem in verbs or stem + "e" in verbs or (
                    stem[-1:] == stem[-2:-1] and stem[:-1] in verbs):
                return True
    return False


def _irregular_form(word: str) -> bool:
    """`word` (lowercase) is an irregular past of a known verb: "felt", "drew"."""
    return word in _verb_tables()[1]


def leading_verb(doc: "Doc", i: int, opened: bool = False) -> bool:
    """Token `i` opens a sentence (or `opened`: after a photo credit) and is the -ing/-ed form
    of a verb, so it opens no name."""
    tok = doc[i]
    return (opened or opens_sentence(doc, i)) and tok.is_title and tok.is_alpha and \
        _regular_form(tok.lower_)


def lone_verb(tok: "Token", opened: bool = False) -> bool:
    """A one-word "name" opening its sentence that is a verb form in no name's role."""
    if not ((opened or opens_sentence(tok.doc, tok.i)) and tok.is_title and tok.is_alpha) or \
            tok.dep_ in _NAME_ROLES:
        return False
    return _regular_form(tok.lower_) or _irregular_form(tok.lower_)
