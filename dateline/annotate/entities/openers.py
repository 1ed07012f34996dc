"""Capitalised words that are no name: verb forms opening a sentence, decades, a title
glued to a name, a heading's common word.

A sentence's first word is capitalised whatever it is, and NER then reads "Tranquilizing
Kumbo" or "Felt we should..." as a name. An -ing or -ed form of an English verb (the
lemmatizer's own verb vocabulary, not a list of ours) opening a sentence is the verb; a lone
irregular past ("Felt") only when the parse gives it no name's role (subject, object...).
"""

from __future__ import annotations

import functools
import re
from typing import Any, TYPE_CHECKING

from .grouping import Draft
from .rules import opens_sentence

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# the parse roles a name takes; a verb form in one of them may be a name ("Drew said")
_NAME_ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "poss", "appos", "conj", "attr",
                         "dative", "agent"})
# "the Thirties", "Thu 12 May": a decade or a weekday written as a word is a time, not a body
TIME_WORDS = frozenset({"twenties", "thirties", "forties", "fifties", "sixties", "seventies",
                        "eighties", "nineties", "monday", "tuesday", "wednesday", "thursday",
                        "friday", "saturday", "sunday", "mon", "tue", "tues", "wed", "thu",
                        "thur", "thurs", "fri"})


@functools.lru_cache(maxsize=1)
def _tables() -> tuple[frozenset[str], dict[str, list[str]], frozenset[str]]:
    """(verb lemmas, irregular verb forms, noun lemmas) of the model's rule lemmatizer."""
    # the model's English vocabulary, not a list of ours; empty without a rule lemmatizer
    from ..nlp import load_nlp

    try:
        lemmatizer: Any = load_nlp().get_pipe("lemmatizer")  # disabled, still loaded
        lookups = lemmatizer.lookups
        index = lookups.get_table("lemma_index")
        exc = lookups.get_table("lemma_exc")["verb"]
        return frozenset(index["verb"]), dict(exc), frozenset(index["noun"])
    except (KeyError, AttributeError, ValueError):
        return frozenset(), {}, frozenset()


def _verb_tables() -> tuple[frozenset[str], dict[str, list[str]]]:
    return _tables()[0], _tables()[1]


def _regular_form(word: str, endings: tuple[str, ...] = ("ing", "ed")) -> bool:
    """`word` (lowercase) is the -ing or -ed form of a known verb: "starting", "tranquilizing"."""
    verbs, _ = _verb_tables()
    for ending in endings:
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


def leading_verb(doc: "Doc", i: int, opened: bool = False, body: bool = False) -> bool:
    """Token `i` opens a sentence (or follows a credit) and is a verb's -ing/-ed form; in the
    name of a `body` (an organisation, a place, a group) only an -ing form, since such names
    often open with a participle ("United Airlines", "Associated Press", "Allied Irish")."""
    tok = doc[i]
    return (opened or opens_sentence(doc, i)) and tok.is_title and tok.is_alpha and \
        _regular_form(tok.lower_, ("ing",) if body else ("ing", "ed"))


def lone_verb(tok: "Token", opened: bool = False) -> bool:
    """A one-word "name" opening its sentence that is a verb form in no name's role."""
    if not ((opened or opens_sentence(tok.doc, tok.i)) and tok.is_title and tok.is_alpha) or \
            tok.dep_ in _NAME_ROLES:
        return False
    return _regular_form(tok.lower_) or _irregular_form(tok.lower_)


def label_word(doc: "Doc", i: int, text: str) -> bool:
    """ "Graphic: ...": a noun opening its line before a colon, written once, is a label."""
    # a name is written again elsewhere ("Trump said ..." and "Trump: ...")
    tok = doc[i]
    if not (i == 0 or "\n" in doc[i - 1].text or doc[i - 1].is_space) or i + 1 >= len(doc) or \
            doc[i + 1].text != ":" or tok.lower_ not in _tables()[2]:
        return False
    return len(re.findall(rf"(?<![\w-]){re.escape(tok.text)}(?![\w-])", text)) == 1


def without_glued_titles(doc: "Doc", text: str, drafts: list[Draft]) -> None:
    """ "Comedienne Sarah" beside "Sarah Kolt": a noun title glued to a first name is cut off."""
    # the last word is another full name's first word; the first an English noun opening no
    # other name: names do not end in a first name, titles are nouns
    full = {d.text for d in drafts if d.type == "PERSON" and len(d.text.split()) > 1}
    for d in drafts:
        words = d.text.split()
        if d.type != "PERSON" or d.tok_end - d.tok_start != 2 or len(words) != 2 or \
                words[0].lower() not in _tables()[2]:
            continue
        others = {f.split()[0] for f in full if f != d.text}
        if words[1] not in others or words[0] in others:
            continue
        last = doc[d.tok_start + 1]
        d.start, d.tok_start, d.text = last.idx, last.i, last.text


def without_capitalised_words(doc: "Doc", drafts: list[Draft]) -> list[Draft]:
    """Drop a one-word person the article gives no full name and no role, when the article
    writes that word in lower case elsewhere: a heading's or a caption's capitalised common
    word ("Scenes of Carnage at a Concert", "Getty Images", "Editor's note"), not a name.
    A name that is also a word ("Theresa May", "President Moon") has its full name or its
    title, and keeps it."""
    lone = [d for d in drafts if d.type == "PERSON" and d.tok_end - d.tok_start == 1 and
            not d.role and " " not in (d.canonical or d.text)]
    if not lone:
        return drafts
    from spacy.attrs import IS_ALPHA, IS_LOWER, LOWER

    # the token attributes as one array: a Token object per word was the stage's main cost
    table = doc.to_array([LOWER, IS_LOWER, IS_ALPHA])
    lower = set(table[(table[:, 1] == 1) & (table[:, 2] == 1), 0].tolist())
    dropped = {id(d) for d in lone if doc.vocab.strings[d.text.lower()] in lower}
    return [d for d in drafts if id(d) not in dropped]
