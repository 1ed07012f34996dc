"""Names used as no reference to a named thing: the phrase around them says so.

"the Brazilian Formula One Grand Prix" (NER keeps "Brazilian Formula"): a name that opens a
longer capitalised run ending in an event's head word is part of the event's name, and the
guidelines code no place or body inside an event's name ("the Lisbon Marathon"). "I too have
a Nuclear Button": a name after the indefinite article that heads its own phrase is a kind of
thing, not one named thing ("a Trump administration", "a Reuters reporter" stay: there the
name only modifies the noun after it).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

_INDEFINITE = frozenset({"a", "an"})
_EVENT_RUN = 4  # capitalised words after the name that an event's name may still hold


def opens_event_name(doc: "Doc", e: int, heads: frozenset[str]) -> bool:
    """The capitalised words right after the name end in an event's head ("... Grand Prix",
    "... Marathon", "... Day")."""
    # a whole event name NER gives ("the Brazilian Grand Prix") is left to is_junk's own
    # test: where-questions take the race for the place it is run at
    k = e
    while k < len(doc) and k - e < _EVENT_RUN and (doc[k].is_title or doc[k].like_num) \
            and "\n" not in doc[k - 1].whitespace_ and not doc[k].is_sent_start:
        k += 1
    if k == e or not doc[k - 1].is_title:
        return False
    last = doc[k - 1].lower_
    return last in heads or (k - e >= 2 and f"{doc[k - 2].lower_} {last}" in heads)


def indefinite_name(doc: "Doc", s: int, e: int) -> bool:
    """ "a Nuclear Button": the name follows "a"/"an" and heads its phrase."""
    if s == 0 or doc[s - 1].lower_ not in _INDEFINITE:
        return False
    root = doc[e - 1]
    return not root.head.i >= e and not (e < len(doc) and doc[e].pos_ in ("NOUN", "PROPN"))


_HE_SHE = frozenset({"he", "she"})


def said_of_as_he_or_she(doc: "Doc", s: int, e: int, later: int) -> bool:
    """The name is its clause's subject and the next subject "he" / "she", in its sentence or
    the next, comes before any other name (at token `later`): "Sweden's Ana Roe then spun
    when she hit the wall", "NPR's Ana Roe reports. But if true, she says ...". A body is "it"."""
    root = next((t for t in doc[s:e] if not s <= t.head.i < e), doc[e - 1])
    k = e + (e < len(doc) and doc[e].pos_ == "ADV")
    if root.dep_ not in ("nsubj", "nsubjpass") and not (  # "Ana Roe then spun": a subject
            k < len(doc) and doc[k].tag_ in ("VBD", "VBZ", "VBP")):  # the parse missed
        return False
    sent = doc[s].sent
    end = doc[sent.end].sent.end if sent.end < len(doc) else sent.end
    return any(t.dep_ in ("nsubj", "nsubjpass") and t.lower_ in _HE_SHE
               for t in doc[e:min(end, later)])


_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_TITLE_LINE_WORDS = 5
_TOWN = 15000
# words prose writes in lowercase inside a sentence: capitalised, they show a headline's style
_STYLED = frozenset({"VERB", "AUX", "ADP", "ADV", "CCONJ", "SCONJ", "PRON", "DET"})


def _line(text: str, start: int, end: int) -> tuple[int, int]:
    line_end = text.find("\n", end)
    return text.rfind("\n", 0, start) + 1, len(text) if line_end < 0 else line_end


def title_line_only(doc: "Doc", text: str, s: int, e: int) -> bool:
    """A name found only in a headline-style line ("Ana Roe Checks Into Seaside Rehab"), where
    every long word is capitalised and a capitalised verb or preposition shows that case is
    the line's style: such a name stands only where the article writes it elsewhere, or where
    it is a place of some size ("Arrest" is a French village). The caller keeps NER's people
    of two words or more: those are rarely a headline's common words."""
    from ..places.gazetteer import load_gazetteer

    start, end = doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text)
    first, last = _line(text, start, end)
    words = 0
    for m in _WORD.finditer(text, first, last):  # a paragraph fails at its first long word
        if len(m.group()) > 3 and not m.group()[0].isupper():
            return False
        words += 1
    if words < _TITLE_LINE_WORDS:
        return False
    line = doc.char_span(first, last, alignment_mode="expand")
    styled = line is not None and any(
        t.is_title and t.pos_ in _STYLED and len(t) > 2 and not t.is_sent_start
        for t in line)
    name = re.escape(text[start:end])
    if not styled or re.search(rf"(?<![\w-]){name}(?![\w-])", text[:first] + text[last:]):
        return False
    return not any(x.precision != "city" or x.population >= _TOWN
                   for x in load_gazetteer().lookup(text[start:end]))


_OPEN_QUOTES = frozenset("\"“‘'")
_CLOSE_QUOTES = frozenset("\"”’'")


def quoted_epithet(text: str, start: int, end: int) -> bool:
    """ "turned her into the 'Lusitanian Joan of Arc'": a name of two words or more that fills
    a quotation after "the", and that the article never writes outside it, is an epithet."""
    if " " not in text[start:end] or start < 5 or text[start - 1] not in _OPEN_QUOTES or \
            text[end:end + 1] not in _CLOSE_QUOTES or text[start - 5:start - 1].lower() != "the ":
        return False
    name = re.escape(text[start:end])
    return re.search(rf"(?<![\w\"“‘'-]){name}(?![\w-])", text) is None
