"""The words that name a claimant: an apposition's name, the noun phrase, a fuller earlier one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import lexicon as lex

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


def _named(tok: "Token") -> "Token":
    """The named person an apposition gives for a title or description."""
    # The named person an apposition gives for a title or description ("the spokesman, Bo Li", "the
    # firm's counsel, Ann Roe of Acme LLP").
    if tok.ent_type_ or tok.pos_ != "NOUN":
        return tok
    # a name right after the description counts without the comma ("the hospital's medical
    # director Dr Ann Roe said", "according to market analysts Nielsen SoundScan"): the
    # tagger's type of an unknown name is no guide there
    return next((c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN" and (
        (tok.doc[c.left_edge.i - 1].text == ","
         and c.ent_type_ not in ("GPE", "LOC", "NORP", "DATE"))
        or (c.left_edge.i == tok.i + 1 and c.ent_type_ not in ("GPE", "LOC", "DATE")))), tok)


def noun_phrase(tok: "Token") -> str:
    """The claimant's words: determiners, clauses and long phrases dropped, one line only."""
    drop: set[int] = set()
    for child in tok.children:
        if child.dep_ in lex.TRIM_DEPS and not (child.dep_ == "prep" and child.i > tok.i
                                             and len(list(child.subtree)) <= 8):
            drop.update(t.i for t in child.subtree)
    kept = [t for t in tok.subtree if t.i not in drop and not (t.dep_ == "case" and t.head == tok)]
    while kept and (kept[0].dep_ == "det" or (kept[0].dep_ == "poss" and kept[0].pos_ == "PRON")):
        kept = kept[1:]
    text = "".join(t.text_with_ws for t in kept)
    offset = tok.idx - (kept[0].idx if kept else tok.idx)
    start = text.rfind("\n", 0, max(offset, 0)) + 1
    stop = text.find("\n", max(offset, 0))
    return text[start:stop if stop >= 0 else len(text)].strip(" ,")


def _antecedent(doc: "Doc", sent: "Span", subject: "Token") -> str | None:
    """"The official" -> "senior Pentagon official" from a few sentences back."""
    lemma = subject.lemma_.lower()
    window = doc[max(0, sent.start - 120):sent.start]
    for chunk in reversed(list(window.noun_chunks)):
        if chunk.root.lemma_.lower() == lemma:
            text = noun_phrase(chunk.root)
            if " " in text:
                return text
    return None
