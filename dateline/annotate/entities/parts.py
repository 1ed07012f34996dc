"""Span repairs before cleaning: one NER span that holds two names, or only part of one.

- a possessive inside the span ends the first name: "Israel's Shin Bet", "Kim's New Year";
- a doubled word (a caption glued to the text) is one name: "Acme Acme";
- two long names joined by "and" are two names: "the Food Standards Agency and Health Protection
  Office" (short pairs stay one: "Bosnia and Herzegovina", "Marks and Spencer");
- a NORP adjective right before an ORG that it modifies belongs to it: "Islamic State";
- a given name the model left outside a one-word PERSON belongs to it: "Hock Tan";
- a lowercase syllable after a hyphen is part of a given name: "Moon Jae-in", "Kim Jong-un";
- a direction word is no part of a known place: "Northeastern Nigeria" is Nigeria;
- in a sports story "the" + a place + a plural name is one club: "the Arlow Rangers".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..names import HONORIFICS
from .aliases import lookup_alias
from .grouping import Draft
from .roles import ROLE_WORDS
from .rules import club_context, sports_story

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

MONTHS = frozenset("january february march april may june july august september october november "
                   "december jan feb mar apr jun jul aug sep sept oct nov dec".split())
DIRECTION_ADJECTIVES = frozenset({"northern", "southern", "eastern", "western", "northeastern",
                                  "northwestern", "southeastern", "southwestern", "central",
                                  "north-eastern", "north-western", "south-eastern",
                                  "south-western"})
_MIN_COORDINATED = 3  # words each side of "and" before a span is read as two names


def _has_name(doc: "Doc", s: int, e: int) -> bool:
    """A capitalised word that is not a month: "March 6" after a possessive is a date."""
    return any(t.is_title and t.is_alpha and t.lower_ not in MONTHS or t.is_upper and t.is_alpha
               for t in doc[s:e])


def _trim_direction(doc: "Doc", s: int, e: int) -> int:
    """ "Northeastern Nigeria" -> "Nigeria" when only the shorter name is a known place."""
    from ..places.gazetteer import load_gazetteer

    if e - s < 2 or doc[s].lower_ not in DIRECTION_ADJECTIVES:
        return s
    gaz = load_gazetteer()
    return s + 1 if not gaz.lookup(doc[s:e].text) and gaz.lookup(doc[s + 1:e].text) else s


# Lower-case prepositions no name has inside it, only between two names the model ran together
# ("Alleyne on Instagram", "Jo Lee via Reuters"); "of", "de", "upon" and "on" in hyphens stay.
_RUN_ON_PREPS = frozenset({"on", "via", "at"})


def split_span(doc: "Doc", s: int, e: int) -> list[tuple[int, int]]:
    """The names inside the token span [s, e) (usually just the span itself)."""
    s = _trim_direction(doc, s, e)
    if e - s > 2 and doc[s + 1].tag_ == "POS":  # "Korean People's Army" stays one name
        return [(a, b) for a, b in ((s, s + 1), (s + 2, e)) if _has_name(doc, a, b)]
    words = [t.lower_ for t in doc[s:e]]
    half = len(words) // 2
    if len(words) % 2 == 0 and half and words[:half] == words[half:]:
        return [(s, s + half)]
    for i in range(s + _MIN_COORDINATED, e - _MIN_COORDINATED):
        if doc[i].lower_ == "and" and not any(t.lower_ == "of" for t in doc[s:i]):
            return [(s, i), (i + 1, e)]
    for i in range(s + 1, e - 1):
        if doc[i].text in _RUN_ON_PREPS:  # "Tavon Alleyne on Instagram": the name and a place
            return [(a, b) for a, b in ((s, i), (i + 1, e)) if _has_name(doc, a, b)]
    return [(s, e)]


def _given_name(doc: "Doc", i: int, opening: bool = False) -> bool:
    """An untagged capitalised proper noun; one opening its sentence only with `opening` (a
    tagger's PROPN there is a name, though any word there is capitalised)."""
    tok = doc[i]
    return tok.pos_ == "PROPN" and tok.is_title and tok.is_alpha and not tok.ent_type_ and \
        tok.lower_ not in ROLE_WORDS and tok.lower_ not in HONORIFICS and (
            opening or not tok.is_sent_start)


def _left_part(doc: "Doc", s: int, e: int, label: str) -> bool:
    """The word before [s, e) belongs to the name: an alias ("Boko" + "Haram"), a NORP adjective
    of an ORG ("Islamic" + "State"), a given name before a lone surname ("Hock" + "Tan")."""
    left = doc[s - 1]
    if left.is_title and lookup_alias(doc[s - 1:e].text) is not None:
        return True
    if label == "ORG" and left.ent_type_ == "NORP" and left.is_title and s <= left.head.i < e:
        return True
    # a one-word name whose given name opens the sentence: "Yoshihide Suga condemned ..."
    # (NER then often types the surname alone a body)
    return label in ("PERSON", "ORG") and e - s == 1 and left.head.i == s and _given_name(
        doc, s - 1, opening=label == "ORG") and (label == "PERSON" or bool(left.is_sent_start))


def grow_span(doc: "Doc", s: int, e: int, label: str) -> tuple[int, int]:
    """[s, e) grown over the parts of the name the model left outside (see the module doc)."""
    if s > 0 and _left_part(doc, s, e, label):
        s -= 1
    if label == "PERSON" and e + 1 < len(doc) and doc[e].text == "-" and \
            not doc[e - 1].whitespace_ and not doc[e].whitespace_ and doc[e + 1].is_lower and \
            doc[e + 1].is_alpha and len(doc[e + 1]) <= 3:
        e += 2
    return s, e


def _score_at(doc: "Doc", i: int) -> bool:
    """A score starts at token `i`: "8 - 7", "3-1"."""
    return i + 2 < len(doc) and doc[i].text.isdigit() and doc[i + 1].text in ("-", "–") and \
        doc[i + 2].text.isdigit()


def _plural_name(tok: "Token") -> bool:
    """ "Rangers", and "Browns" the tagger left singular: a team's plural name."""
    return tok.tag_ == "NNPS" or (tok.tag_ == "NNP" and tok.lower_.endswith("s") and
                                  not tok.lower_.endswith("ss") and not tok.ent_type_)


def join_teams(doc: "Doc", text: str, drafts: list[Draft]) -> list[Draft]:
    """ "the Arlow Rangers" read as a place before a plural name is one club (drafts sorted)."""
    # only in a sports story or where a mention is written as a club's ("the Arlow Rangers
    # 8-7"); a town's people are written without "the" before the town
    pairs = {}
    for d in drafts:
        k = d.tok_end
        if d.type == "PLACE" and d.tok_start > 0 and doc[d.tok_start - 1].lower_ == "the" and \
                k < len(doc) and _plural_name(doc[k]) and doc[k].is_title and \
                doc[k - 1].head.i == k:
            pairs[d.start] = (d, k + 1)
    clubs = {text[d.start:doc[k - 1].idx + len(doc[k - 1])] for d, k in pairs.values()
             if sports_story(text) or club_context(doc, d.tok_start, k) or _score_at(doc, k)}
    out: list[Draft] = []
    held = -1  # the end token of the last club made: the plural name inside it goes
    for d in drafts:
        if d.tok_start < held:
            continue
        if d.start in pairs:
            k = pairs[d.start][1]
            name = text[d.start:doc[k - 1].idx + len(doc[k - 1])]
            if name in clubs:
                d, held = Draft(d.start, d.start + len(name), d.tok_start, k, name, "ORG"), k
        out.append(d)
    return out
