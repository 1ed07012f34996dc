"""Entity spans: the name mentions of an article, before any type vote or grouping.

spaCy's entities are trimmed to the name ("the", a trailing 's, a swallowed date or score), then
names NER missed are added: the dateline city, surnames of people already found, places and
organisations of the alias table, regions and seas of the gazetteer.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..lexicon.people import OCCUPATIONS
from ..names import HONORIFICS, fold, person_parts, translit_key
from ..places import dateline_in_text
from ..places.features import feature_kind
from ..places.gazetteer import load_gazetteer
from .aliases import alias_names, lookup_alias
from .grouping import Draft
from .openers import TIME_WORDS, label_word, leading_verb, lone_verb
from .parts import grow_span, split_span
from .roles import ROLE_WORDS
from .rules import (
    extend_span,
    has_hyphen_link,
    is_junk,
    linked,
    locative_before,
    opens_sentence,
    place_word,
    sports_story,
    untagged_name,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

LABEL_TYPES = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "PLACE", "LOC": "PLACE", "FAC": "PLACE",
               "NORP": "GROUP"}
_LEAD_POS = {"DET", "ADP", "CCONJ", "PUNCT", "SPACE", "PART"}
_LEAD_WORDS = {"the", "outside", "inside", "near", "in", "at", "from", "across", "around"}
_TRAIL_POS = {"PUNCT", "SPACE", "PART", "CCONJ", "ADP", "DET"}
_POSSESSIVE = re.compile(r"(?:['’]s?|['’])$")
_DATE_TYPES = {"DATE", "TIME"}
_SCORE = re.compile(r"[\d\-–/.:()]+")  # "7-5", "(4-7)"; "76ers" is a name
_LEAD_TAGS = {"VBG", "VBD", "VBZ", "RB", "UH", "WRB"}
_NAME_POS = {"PROPN"}
# Agencies whose name ends a photo credit; glued to the name that starts the next sentence
CREDIT_AGENCIES = frozenset({"Reuters", "AFP", "AP", "EPA", "Getty", "Shutterstock", "Alamy",
                             "PA", "Xinhua", "Bloomberg"})
MISSED_TOWN_POPULATION = 15000
MISSED_ALTERNATE_POPULATION = 100000  # an exonym ("Kiev") names a big city, rarely a small one


def _clean(span: "Span", text: str) -> tuple[int, int, int, int] | None:
    """(token start, token end, char start, char end) without leading 'the', trailing 's, a date
    the name swallowed ("Commons on Monday") or an unclosed parenthesis ("Bank (IADB")."""
    doc, s, e = span.doc, span.start, span.end
    type_ = LABEL_TYPES.get(span.label_, "")
    while s < e and (doc[s].pos_ in _LEAD_POS or doc[s].lower_ in _LEAD_WORDS
                     or doc[s].tag_ in _LEAD_TAGS
                     or type_ == "PERSON" and e - s > 1 and (
                         doc[s].lower_ in ROLE_WORDS or doc[s].lower_ in OCCUPATIONS)):
        s += 1  # "the", "Describing" in "Describing Mr Jackson", "President" in a name span
    if type_ == "PERSON" and e - s > 2 and doc[s].tag_ == "JJ":
        s += 1  # "Russian Dmitriy Bogdanov"
    credited = False
    while type_ in ("PERSON", "ORG") and e - s > 1 and doc[s].text in CREDIT_AGENCIES \
            and doc[s + 1].is_title:
        s, credited = s + 1, True  # a credit run into the next sentence: "Reuters Equifax"
    while e - s > 1 and leading_verb(doc, s, credited, type_ in ("ORG", "PLACE", "GROUP")):
        s += 1  # "Tranquilizing Kumbo would not...": the sentence's verb opens the span
    if e - s == 1 and (lone_verb(doc[s], credited) or doc[s].lower_.rstrip(".") in TIME_WORDS):
        return None  # "Felt we should...", "Starting pitcher", "in the Thirties"
    while type_ == "ORG" and e - s > 1 and doc[e - 1].is_lower and doc[e - 1].pos_ == "NOUN":
        e -= 1  # "Apollo 11 pad", "Shin Bet agency": a common noun after the name is no part
    if type_ == "PERSON" and e - s > 1 and doc[e - 1].text.isdigit() and doc[e - 2].is_title:
        return None  # "Quill 2 users": no person's name ends in a number; a model's does
    if type_ != "ORG":  # "Czech Republic 7-5 6-3": a score is no part of a place or a person
        while e - s > 1 and (doc[e - 1].is_punct or _SCORE.fullmatch(doc[e - 1].text)):
            e -= 1
    for i in range(s + 1, e - 1):
        if doc[i].pos_ == "ADP" and doc[i].is_lower and doc[i + 1].ent_type_ in _DATE_TYPES:
            e = i
            break
    while e > s and (doc[e - 1].pos_ in _TRAIL_POS or doc[e - 1].tag_ == "POS"):
        e -= 1
    if s >= e:
        return None
    cut_at = e
    s, e = extend_span(doc, s, e, type_, load_gazetteer().extra)
    # a name NER cut inside a hyphen ("Dallas" of "Dallas-Fort Worth International Airport")
    # goes on over the capitalised words after the joined one
    while cut_at < e < len(doc) and untagged_name(doc[e]):
        e += 1
    start, end = doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text)
    chunk = text[start:end]
    cut = min((chunk.find(sep) for sep in ("\n", " / ") if sep in chunk), default=-1)
    if cut > 0:
        end = start + len(chunk[:cut].rstrip())
    paren = text.find("(", start, end)
    if paren > start and text.find(")", paren, end) < 0:
        end = start + len(text[start:paren].rstrip())
    m = _POSSESSIVE.search(text, start, end)
    if m and m.start() > start:
        end = m.start()
    if not any(ch.isalpha() for ch in text[start:end]):
        return None
    while e > s + 1 and doc[e - 1].idx >= end:
        e -= 1
    return s, e, start, end


def initial_drafts(doc: "Doc", text: str) -> list[Draft]:
    """The mentions spaCy's entities give, repaired (see `parts`), cleaned, junk left out."""
    from spacy.tokens import Span

    drafts = []
    for ent in doc.ents:
        type_ = LABEL_TYPES.get(ent.label_)
        if not type_:
            continue
        s0, e0 = grow_span(doc, ent.start, ent.end, ent.label_)
        for a, b in split_span(doc, s0, e0):
            draft = _draft(doc, text, Span(doc, a, b, label=ent.label_), type_)
            if draft is not None:
                drafts.append(draft)
    return _dedupe(drafts)


def _draft(doc: "Doc", text: str, ent: "Span", type_: str) -> Draft | None:
    """The mention of one (repaired) NER span, or None when it is no name."""
    cleaned = _clean(ent, text)
    if cleaned is None:
        return None
    s, e, start, end = cleaned
    if type_ != "GROUP" and not (text[start].isupper() or text[start].isdigit()):
        return None  # "trans-Atlantic", "defense ministry": not names
    if type_ in ("GROUP", "PLACE") and e - s == 1 and doc[s].tag_ == "JJ":
        return None  # a demonym adjective ("Russian", "Ukrainian"), not an actor or a place
    if type_ == "GROUP" and doc[e - 1].tag_ not in ("NNS", "NNPS"):
        return None
    if lookup_alias(text[start:end]) is None and (is_junk(doc, text, s, e, type_) or (
            e - s == 1 and label_word(doc, s, text))):
        return None
    return Draft(start, end, s, e, text[start:end], type_, kind=feature_kind(text, start, end))


def with_alias_names(doc: "Doc", text: str, drafts: list[Draft]) -> list[Draft]:
    """Known names of two words or more (the alias table) as one mention each, in place of
    whatever NER cut inside or across them ("Islamic State" as NORP + PERSON)."""
    found = []
    for match in alias_names().finditer(text):
        span = doc.char_span(match.start(), match.end())
        alias = lookup_alias(match.group())
        if span is None or alias is None or any(
                d.start <= match.start() and match.end() <= d.end for d in drafts):
            continue  # inside a longer name NER found: "U.N. Security Council"
        found.append(Draft(match.start(), match.end(), span.start, span.end, match.group(),
                           alias.type))
    if not found:
        return drafts
    kept = [d for d in drafts if not any(d.start < f.end and f.start < d.end for f in found)]
    return sorted(kept + found, key=lambda d: (d.start, d.end))


def _dedupe(drafts: list[Draft]) -> list[Draft]:
    """Extended spans may now cover a neighbour ("Emilia" + "Romagna"): keep the longer."""
    drafts.sort(key=lambda d: (d.start, -d.end))
    out: list[Draft] = []
    for d in drafts:
        if out and d.start < out[-1].end:
            continue
        out.append(d)
    return out


def parent_orgs(doc: "Doc", drafts: list[Draft]) -> list[Draft]:
    """A known organisation that opens a longer ORG name: "UN" in "UN Security Council".
    These are the only mentions that nest inside another."""
    out = []
    for d in drafts:
        if d.type != "ORG" or d.tok_end - d.tok_start < 2:
            continue
        first = doc[d.tok_start]
        alias = lookup_alias(first.text)
        if alias is not None and alias.type == "ORG" and fold(alias.canonical) != fold(d.text) \
                and lookup_alias(d.text) != alias:
            out.append(Draft(first.idx, first.idx + len(first.text), first.i, first.i + 1,
                             first.text, "ORG"))
    return out


def _name_runs(doc: "Doc", taken: set[int]) -> list[tuple[int, int]]:
    """Maximal runs of capitalised proper-noun tokens (hyphen joins included) outside `taken`."""
    runs, n, i = [], len(doc), 0
    while i < n:
        tok = doc[i]
        if i in taken or not _name_token(tok):
            i += 1
            continue
        j = i + 1
        while j < n and j not in taken:
            if _name_token(doc[j]):
                j += 1
            elif j + 1 < n and _glued_hyphen(doc, j) and doc[j + 1].is_title:
                j += 2
            elif linked(doc, j):
                j += 4  # "Aix-en-Provence"
            else:
                break
        runs.append((i, j))
        i = j
    return runs


def _name_token(tok: "Token") -> bool:
    return tok.is_title and tok.is_alpha and tok.pos_ in _NAME_POS and \
        tok.lower_ not in HONORIFICS


def _glued_hyphen(doc: "Doc", j: int) -> bool:
    return doc[j].text == "-" and not doc[j - 1].whitespace_ and not doc[j].whitespace_


def _missed_town(doc: "Doc", text: str, s: int, name: str, surnames: set[str]) -> bool:
    """A name inside a sentence right after "in", "reached", "near"... that the gazetteer
    knows as a country, a region or a town of MISSED_TOWN_POPULATION: "reached Opole".
    Common words that are also towns ("Reading", "Nice", "Mobile") need more than that."""
    if not locative_before(doc, s) or opens_sentence(doc, s) or not place_word(name, text) \
            or translit_key(name) in surnames:
        return False
    key = fold(name)
    for entry in load_gazetteer().lookup(name):
        if entry.precision in ("country", "region"):
            return True
        if entry.precision == "city" and entry.population >= MISSED_TOWN_POPULATION and (
                fold(entry.name) == key or entry.population >= MISSED_ALTERNATE_POPULATION):
            return True
    return False


def extra_drafts(doc: "Doc", text: str, drafts: list[Draft]) -> list[Draft]:
    """Names NER missed: surnames of people already found, places and organisations of the
    alias table, regions and seas of the gazetteer, towns after "in", "near", "reached"...
    (not in sports stories, where "at Chelsea" is a club), and rivers, lakes and mountains
    written as such ("the Lamone river", "Mount Etna")."""
    taken = {i for d in drafts for i in range(d.tok_start, d.tok_end)}
    surnames = {translit_key(person_parts(d.text)[1]) for d in drafts
                if d.type == "PERSON" and person_parts(d.text)[0]}
    extra = []
    dateline = dateline_in_text(text)
    if dateline:
        city = dateline.split(",")[0]
        at = text.find(city)
        span = doc.char_span(at, at + len(city), alignment_mode="expand") if at >= 0 else None
        if span is not None and not taken.intersection(range(span.start, span.end)):
            extra.append(Draft(at, at + len(city), span.start, span.end, city, "PLACE"))
            taken.update(range(span.start, span.end))
    regions = load_gazetteer().extra
    sports = sports_story(text)
    for s, e in _name_runs(doc, taken):
        start, end = doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text)
        name = text[start:end]
        kind = feature_kind(text, start, end)
        if kind is not None or (e - s > 1 and fold(name) in regions) or (
                not sports and _missed_town(doc, text, s, name, surnames)) or (
                has_hyphen_link(name) and load_gazetteer().lookup(name)):
            extra.append(Draft(start, end, s, e, name, "PLACE", kind=kind))
            continue
        if e - s != 1:  # a longer name we do not know: its last word may still be a surname
            s, start = e - 1, doc[e - 1].idx
            name = text[start:end]
            if not doc[s].is_alpha:
                continue
        if translit_key(name) in surnames:
            extra.append(Draft(start, end, s, e, name, "PERSON"))
            continue
        alias = lookup_alias(name)
        if alias is not None and len(name) > 3 and not (
                alias.type == "ORG" and is_junk(doc, text, s, e, "ORG")):
            extra.append(Draft(start, end, s, e, name, alias.type))
        elif len(name) > 3 and fold(name) in regions and not is_junk(doc, text, s, e, "PLACE"):
            extra.append(Draft(start, end, s, e, name, "PLACE"))
    return extra
