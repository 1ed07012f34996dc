"""Entity mentions with one canonical entity per real thing in the article.

Types: PERSON, ORG, PLACE (spaCy GPE, LOC, FAC) and GROUP. GROUP is a NORP used as an actor: a
plural noun ("Russians", "Ukrainians", "Europeans"). NORP adjectives ("Russian troops") are not
mentions: they describe, they do not act; they still feed roles ("Russian President").

The small spaCy model mistypes names often (Kyiv as PERSON, Kharkiv as ORG, Zelenskyy as GPE).
Each mention gets a type vote: strong evidence (alias table, a title or Mr./Mrs. before it, a
surname of a full PERSON name in the article, a country/region/sea or a sizeable/in-context city
of the gazetteer) weighs 3, spaCy's label 1; all mentions with the same name share the winner.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import TYPE_CHECKING

from ..model import EntityMention
from .aliases import lookup_alias
from .clusters import (Draft, entity_id, group_groups, group_orgs, group_people, group_places,
                       surnames_close)
from .names import fold, name_key, person_parts, translit_key
from .places import PlaceContext, build_context, dateline_in_text, resolve_place
from .roles import find_role, honorific_before, is_role_word, role_before

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

LABEL_TYPES = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "PLACE", "LOC": "PLACE", "FAC": "PLACE",
               "NORP": "GROUP"}
STRONG, WEAK = 3, 1
# a city this size in one of the article's main countries (or this size anywhere) outvotes
# spaCy's PERSON/ORG label: "Kyiv" tagged PERSON, "Sumy" tagged ORG
CITY_OVERRIDE_POPULATION = 15000
CITY_OVERRIDE_POPULATION_ANYWHERE = 200000
_LEAD_POS = {"DET", "ADP", "CCONJ", "PUNCT", "SPACE", "PART"}
_LEAD_WORDS = {"the", "outside", "inside", "near", "in", "at", "from", "across", "around"}
_TRAIL_POS = {"PUNCT", "SPACE", "PART", "CCONJ", "ADP", "DET"}
_POSSESSIVE = re.compile(r"(?:['’]s?|['’])$")


def _clean(span: "Span") -> tuple[int, int, int, int] | None:
    """(token start, token end, char start, char end) without leading 'the', trailing 's etc."""
    doc, s, e = span.doc, span.start, span.end
    while s < e and (doc[s].pos_ in _LEAD_POS or doc[s].lower_ in _LEAD_WORDS):
        s += 1
    while e > s and (doc[e - 1].pos_ in _TRAIL_POS or doc[e - 1].tag_ == "POS"):
        e -= 1
    if s >= e:
        return None
    start, end = doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text)
    text = doc.text[start:end]
    cut = min((text.find(sep) for sep in ("\n", " / ") if sep in text), default=-1)
    if cut > 0:
        end = start + len(text[:cut].rstrip())
    m = _POSSESSIVE.search(doc.text[start:end])
    if m and m.start() > 0:
        end = start + m.start()
    if not any(ch.isalpha() for ch in doc.text[start:end]):
        return None
    return s, e, start, end


def _initial_drafts(doc: "Doc") -> list[Draft]:
    drafts = []
    for ent in doc.ents:
        type_ = LABEL_TYPES.get(ent.label_)
        cleaned = _clean(ent) if type_ else None
        if cleaned is None:
            continue
        s, e, start, end = cleaned
        if type_ != "GROUP" and not (doc.text[start].isupper() or doc.text[start].isdigit()):
            continue  # "trans-Atlantic", "defense ministry": not names
        if type_ in ("GROUP", "PLACE") and e - s == 1 and doc[s].tag_ == "JJ":
            continue  # a demonym adjective ("Russian", "Ukrainian"), not an actor or a place
        if type_ == "GROUP" and doc[e - 1].tag_ not in ("NNS", "NNPS"):
            continue
        drafts.append(Draft(start, end, s, e, doc.text[start:end], type_))
    return drafts


def _parent_orgs(doc: "Doc", drafts: list[Draft]) -> list[Draft]:
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


def _extra_drafts(doc: "Doc", drafts: list[Draft]) -> list[Draft]:
    """Surnames of people already found, and exact country names, that NER missed."""
    taken = {i for d in drafts for i in range(d.tok_start, d.tok_end)}
    surnames = {translit_key(person_parts(d.text)[1]) for d in drafts
                if d.type == "PERSON" and person_parts(d.text)[0]}
    extra = []
    dateline = dateline_in_text(doc.text)
    if dateline:
        city = dateline.split(",")[0]
        at = doc.text.find(city)
        span = doc.char_span(at, at + len(city), alignment_mode="expand") if at >= 0 else None
        if span is not None and not taken.intersection(range(span.start, span.end)):
            extra.append(Draft(at, at + len(city), span.start, span.end, city, "PLACE"))
            taken.update(range(span.start, span.end))
    for tok in doc:
        if tok.i in taken or not tok.is_title or tok.pos_ != "PROPN" or not tok.is_alpha:
            continue
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is not None and nxt.is_title and nxt.pos_ == "PROPN":
            continue  # part of a longer name we do not know
        end = tok.idx + len(tok.text)
        if translit_key(tok.text) in surnames:
            extra.append(Draft(tok.idx, end, tok.i, tok.i + 1, tok.text, "PERSON"))
        else:
            alias = lookup_alias(tok.text)
            if alias is not None and alias.type == "PLACE" and len(tok.text) > 3:
                extra.append(Draft(tok.idx, end, tok.i, tok.i + 1, tok.text, "PLACE"))
    return extra


def _evidence(doc: "Doc", d: Draft, full_surnames: set[str], ctx: PlaceContext) -> str | None:
    """The type strong evidence gives this mention, if any."""
    alias = lookup_alias(d.text)
    if alias is not None:
        return alias.type
    first, last = person_parts(d.text)
    if not first and any(surnames_close(translit_key(last), s) for s in full_surnames):
        return "PERSON"
    if honorific_before(doc, d.tok_start) or _titled(doc, d):
        return "PERSON"
    if d.type == "GROUP":
        return None
    entry = resolve_place(d.text, ctx)
    if entry is None or (d.type == "PERSON" and first):  # "Paris Hilton" holds a city name
        return None
    if entry.precision != "city":
        return "PLACE"
    if fold(entry.name) != fold(d.text) and entry.country not in ctx.main_countries():
        return None  # only an alternate name ("Hill" for Al Hillah): too weak to outvote spaCy
    if entry.population >= CITY_OVERRIDE_POPULATION_ANYWHERE or (
            entry.population >= CITY_OVERRIDE_POPULATION and entry.country in ctx.main_countries()):
        return "PLACE"
    return None


def _titled(doc: "Doc", d: Draft) -> bool:
    """A title right before the name ("President Biden"), the name not itself inside a title
    ("Deputy Defense Minister": Defense is followed by Minister)."""
    if d.tok_start == 0 or not is_role_word(doc[d.tok_start - 1]):
        return False
    after = doc[d.tok_end] if d.tok_end < len(doc) else None
    return not (after is not None and is_role_word(after)) and role_before(doc, d.tok_start) \
        is not None


def _vote_types(doc: "Doc", drafts: list[Draft], ctx: PlaceContext) -> None:
    full_surnames = {translit_key(person_parts(d.text)[1]) for d in drafts
                     if d.type == "PERSON" and person_parts(d.text)[0]}
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for d in drafts:
        strong = _evidence(doc, d, full_surnames, ctx)
        votes[name_key(d.text)][d.type] += WEAK
        if strong:
            votes[name_key(d.text)][strong] += STRONG
    for d in drafts:
        if d.type != "GROUP":
            ranked = votes[name_key(d.text)].most_common()
            d.type = ranked[0][0] if ranked else d.type


def find_entities(doc: "Doc") -> list[EntityMention]:
    """PERSON, ORG, PLACE and GROUP mentions of `doc`, sorted, each with its canonical entity."""
    drafts = _initial_drafts(doc)
    drafts += _extra_drafts(doc, drafts) + _parent_orgs(doc, drafts)
    drafts.sort(key=lambda d: (d.start, d.end))
    ctx = build_context((d.text for d in drafts if d.type == "PLACE"), dateline_in_text(doc.text))
    _vote_types(doc, drafts, ctx)
    for d in drafts:
        if d.type == "PERSON":
            d.role = find_role(doc[d.tok_start:d.tok_end])
    group_people([d for d in drafts if d.type == "PERSON"])
    group_orgs([d for d in drafts if d.type == "ORG"])
    group_places([d for d in drafts if d.type == "PLACE"], ctx)
    group_groups([d for d in drafts if d.type == "GROUP"])
    return [EntityMention(d.start, d.end, d.text, d.type, d.canonical, entity_id(d.type, d.key),
                          d.role) for d in drafts]
