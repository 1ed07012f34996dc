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
from .entity_rules import club_context, extend_span, feature_kind, is_junk, sports_story
from .gazetteer import load_gazetteer
from .names import HONORIFICS, fold, name_key, person_parts, translit_key
from .places import PlaceContext, build_context, dateline_in_text, resolve_place
from .roles import find_role, honorific_before, is_role_word, role_before

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

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
_DATE_TYPES = {"DATE", "TIME"}
_INITIAL = re.compile(r"[A-Z]\.?")
_SCORE = re.compile(r"[\d\-–/.:()]+")  # "7-5", "(4-7)"; "76ers" is a name
# "at the Kodak Theatre": NER calls many buildings organisations
_FACILITY_HEADS = {"theatre", "theater", "hospital", "stadium", "arena", "airport", "courthouse",
                   "prison", "hotel", "museum", "centre", "center", "clinic", "cathedral"}
_AT = {"at", "into", "inside", "outside", "near"}
_LEAD_TAGS = {"VBG", "VBD", "VBZ", "RB", "UH", "WRB"}
# a GPE the gazetteer does not know is a company or a product far more often than a place,
# unless the text puts it somewhere ("in La Manga")
_LOCATIVE = {"in", "at", "near", "outside", "inside", "from", "to", "across", "around", "of"}
_NAME_POS = {"PROPN"}


def _clean(span: "Span", text: str) -> tuple[int, int, int, int] | None:
    """(token start, token end, char start, char end) without leading 'the', trailing 's, a date
    the name swallowed ("Commons on Monday") or an unclosed parenthesis ("Bank (IADB")."""
    doc, s, e = span.doc, span.start, span.end
    type_ = LABEL_TYPES.get(span.label_, "")
    while s < e and (doc[s].pos_ in _LEAD_POS or doc[s].lower_ in _LEAD_WORDS
                     or doc[s].tag_ in _LEAD_TAGS):
        s += 1  # "the", and "Describing" in "Describing Mr Jackson"
    if type_ == "PERSON" and e - s > 2 and doc[s].tag_ == "JJ":
        s += 1  # "Russian Dmitriy Bogdanov"
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
    s, e = extend_span(doc, s, e, type_, load_gazetteer().extra)
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


def _initial_drafts(doc: "Doc", text: str) -> list[Draft]:
    drafts = []
    for ent in doc.ents:
        type_ = LABEL_TYPES.get(ent.label_)
        cleaned = _clean(ent, text) if type_ else None
        if cleaned is None:
            continue
        s, e, start, end = cleaned
        if type_ != "GROUP" and not (text[start].isupper() or text[start].isdigit()):
            continue  # "trans-Atlantic", "defense ministry": not names
        if type_ in ("GROUP", "PLACE") and e - s == 1 and doc[s].tag_ == "JJ":
            continue  # a demonym adjective ("Russian", "Ukrainian"), not an actor or a place
        if type_ == "GROUP" and doc[e - 1].tag_ not in ("NNS", "NNPS"):
            continue
        if lookup_alias(text[start:end]) is None and is_junk(doc, text, s, e, type_):
            continue
        drafts.append(Draft(start, end, s, e, text[start:end], type_,
                            kind=feature_kind(text, start, end)))
    return _dedupe(drafts)


def _dedupe(drafts: list[Draft]) -> list[Draft]:
    """Extended spans may now cover a neighbour ("Emilia" + "Romagna"): keep the longer."""
    drafts.sort(key=lambda d: (d.start, -d.end))
    out: list[Draft] = []
    for d in drafts:
        if out and d.start < out[-1].end:
            continue
        out.append(d)
    return out


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


def _extra_drafts(doc: "Doc", text: str, drafts: list[Draft]) -> list[Draft]:
    """Names NER missed: surnames of people already found, places and organisations of the
    alias table, regions and seas of the gazetteer, and rivers, lakes and mountains written as
    such ("the Lamone river", "Mount Etna")."""
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
    for s, e in _name_runs(doc, taken):
        start, end = doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text)
        name = text[start:end]
        kind = feature_kind(text, start, end)
        if kind is not None or (e - s > 1 and fold(name) in regions):
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


def _evidence(doc: "Doc", d: Draft, facts: "_Facts",
              ctx: PlaceContext) -> tuple[str, int] | None:
    """The type strong evidence gives this mention, and its weight."""
    found = _strong_type(doc, d, facts, ctx)
    if found == "CLUB":  # a club outvotes every city reading of its name in the article
        return "ORG", 2 * STRONG
    return (found, STRONG) if found else None


def _strong_type(doc: "Doc", d: Draft, facts: "_Facts", ctx: PlaceContext) -> str | None:
    alias = lookup_alias(d.text)
    if alias is not None:
        return alias.type
    if d.kind is not None:
        return "PLACE"
    if d.type == "GROUP":  # a plural name the gazetteer holds as a region: "the Pyrenees"
        region = [e for e in load_gazetteer().extra.get(fold(d.text), ()) if e.precision in
                  ("region", "water", "continent")]
        return "PLACE" if region else None
    if d.text in facts.org_heads:
        return "ORG"  # "Mercedes" where the article also writes "Mercedes-Benz"
    first, last = person_parts(d.text)
    if not first and any(surnames_close(translit_key(last), s) for s in facts.full_surnames):
        return "PERSON"
    if honorific_before(doc, d.tok_start) or _titled(doc, d) or (
            d.tok_end - d.tok_start > 1 and doc[d.tok_start].lower_.rstrip(".") in HONORIFICS):
        return "PERSON"
    if d.tok_end - d.tok_start == 2 and _INITIAL.fullmatch(doc[d.tok_start].text):
        return "PERSON"  # "G Jenkins" in a team list
    entry = resolve_place(d.text, ctx)
    if d.type == "ORG" and doc[d.tok_end - 1].lower_ in _FACILITY_HEADS and \
            d.tok_start > 0 and doc[d.tok_start - 1 - (doc[d.tok_start - 1].pos_ == "DET")
                                    ].lower_ in _AT:
        return "PLACE"
    if entry is None and d.type == "PLACE" and doc[d.tok_start].ent_type_ == "GPE" and \
            not d.text.isupper() and not load_gazetteer().lookup(d.text) and not (
                d.tok_start > 0 and doc[d.tok_start - 1].lower_ in _LOCATIVE):
        return "ORG"  # "told Bloomberg", "Krispy Kreme Doughnuts", "MPEG-2"
    if entry is None or (d.type == "PERSON" and first):  # "Paris Hilton" holds a city name
        return None
    if entry.precision != "city":
        return "PLACE"
    if facts.sports and club_context(doc, d.tok_start, d.tok_end):
        return "CLUB"
    if fold(entry.name) != fold(d.text) and entry.country not in facts.main_countries:
        return None  # only an alternate name ("Hill" for Al Hillah): too weak to outvote spaCy
    if entry.population >= CITY_OVERRIDE_POPULATION_ANYWHERE or (
            entry.population >= CITY_OVERRIDE_POPULATION and entry.country in
            facts.main_countries):
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


class _Facts:
    """What the whole article says that each mention's vote needs: computed once."""

    def __init__(self, text: str, drafts: list[Draft], ctx: PlaceContext) -> None:
        self.full_surnames = {translit_key(person_parts(d.text)[1]) for d in drafts
                              if d.type == "PERSON" and person_parts(d.text)[0]}
        self.org_heads = {re.split(r"-| & ", d.text, maxsplit=1)[0] for d in drafts
                          if d.type == "ORG" and ("-" in d.text or " & " in d.text)}
        self.main_countries = ctx.main_countries()
        self.sports = sports_story(text)


def _vote_types(doc: "Doc", text: str, drafts: list[Draft], ctx: PlaceContext) -> None:
    facts = _Facts(text, drafts, ctx)
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for d in drafts:
        strong = _evidence(doc, d, facts, ctx)
        votes[name_key(d.text)][d.type] += WEAK
        if strong:
            votes[name_key(d.text)][strong[0]] += strong[1]
    for d in drafts:
        ranked = votes[name_key(d.text)].most_common()
        if d.type != "GROUP" or (ranked and ranked[0][0] != "GROUP"):
            d.type = ranked[0][0] if ranked else d.type


def find_entities(doc: "Doc") -> list[EntityMention]:
    """PERSON, ORG, PLACE and GROUP mentions of `doc`, sorted, each with its canonical entity."""
    text = doc.text  # Doc.text joins every token: build it once, not per mention
    drafts = _initial_drafts(doc, text)
    drafts += _extra_drafts(doc, text, drafts) + _parent_orgs(doc, drafts)
    drafts.sort(key=lambda d: (d.start, d.end))
    ctx = build_context((d.text for d in drafts if d.type == "PLACE"), dateline_in_text(text))
    _vote_types(doc, text, drafts, ctx)
    for d in drafts:
        if d.type == "PERSON":
            d.role = find_role(doc[d.tok_start:d.tok_end])
    group_people([d for d in drafts if d.type == "PERSON"])
    group_orgs([d for d in drafts if d.type == "ORG"])
    group_places([d for d in drafts if d.type == "PLACE"], ctx)
    group_groups([d for d in drafts if d.type == "GROUP"])
    return [EntityMention(d.start, d.end, d.text, d.type, d.canonical, entity_id(d.type, d.key),
                          d.role) for d in drafts]
