"""Entity mentions with one canonical entity per real thing in the article.

Types: PERSON, ORG, PLACE (spaCy GPE, LOC, FAC) and GROUP. GROUP is a NORP used as an actor: a
plural noun ("Russians", "Ukrainians", "Europeans"). NORP adjectives ("Russian troops") are not
mentions: they describe, they do not act; they still feed roles ("Russian President").

The small spaCy model mistypes names often (Kyiv as PERSON, Kharkiv as ORG, Zelenskyy as GPE).
Each mention gets a type vote: strong evidence (alias table, a title or Mr./Mrs. before it, a
surname of a full PERSON name in the article, the first name of exactly one full PERSON name
that is no one's surname ("Melania" after "Melania Trump"), a country/region/sea or a
sizeable/in-context city of the gazetteer) weighs 3, spaCy's label 1; all mentions with the
same name share the winner.
The mention spans themselves come from `entity_spans`.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import TYPE_CHECKING

from ...model import EntityMention
from ..names import HONORIFICS, fold, name_key, person_parts, translit_key
from ..places import PlaceContext, build_context, dateline_in_text, resolve_place
from ..places.gazetteer import load_gazetteer
from .aliases import lookup_alias
from .grouping import (
    Draft,
    entity_id,
    first_word_keys,
    full_name_keys,
    group_groups,
    group_orgs,
    group_people,
    group_places,
    lone_word_owner,
    surnames_close,
)
from .roles import find_role, honorific_before, is_role_word, role_before
from .rules import club_context, has_hyphen_link, sports_story
from .spans import extra_drafts, initial_drafts, parent_orgs

if TYPE_CHECKING:
    from spacy.tokens import Doc

STRONG, WEAK = 3, 1
# a city this size in one of the article's main countries (or this size anywhere) outvotes
# spaCy's PERSON/ORG label: "Kyiv" tagged PERSON, "Sumy" tagged ORG
CITY_OVERRIDE_POPULATION = 15000
CITY_OVERRIDE_POPULATION_ANYWHERE = 200000
_INITIAL = re.compile(r"[A-Z]\.?")
# "at the Kodak Theatre": NER calls many buildings organisations
_FACILITY_HEADS = {"theatre", "theater", "hospital", "stadium", "arena", "airport", "courthouse",
                   "prison", "hotel", "museum", "centre", "center", "clinic", "cathedral"}
_AT = {"at", "into", "inside", "outside", "near"}
# a GPE the gazetteer does not know is a company or a product far more often than a place,
# unless the text puts it somewhere ("in La Manga")
_LOCATIVE = {"in", "at", "near", "outside", "inside", "from", "to", "across", "around", "of"}


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
    if has_hyphen_link(d.text) and resolve_place(d.text, ctx) is not None:
        return "PLACE"  # "Stratford-upon-Avon" tagged PERSON: a linked compound names a place
    first, last = person_parts(d.text)
    if not first and any(surnames_close(translit_key(last), s) for s in facts.full_surnames):
        return "PERSON"
    if not first and _first_name_of_one(doc, d, facts, ctx):
        return "PERSON"  # "Melania Trump ... Melania said", whatever spaCy called "Melania"
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


def _first_name_of_one(doc: "Doc", d: Draft, facts: "_Facts", ctx: PlaceContext) -> bool:
    """A lone word that is the first name of exactly one full PERSON name in the article, not
    written as a place ("Paris Hilton ... arrived in Paris") nor naming a country or region."""
    if d.type == "GROUP" or d.tok_end - d.tok_start != 1 or lone_word_owner(
            translit_key(d.text), facts.full_names, facts.first_words) is None:
        return False
    if d.tok_start > 0 and doc[d.tok_start - 1].lower_ in _LOCATIVE - {"to", "from", "of"}:
        return False
    entry = resolve_place(d.text, ctx)
    return entry is None or entry.precision == "city"


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
        self.full_names = full_name_keys([d.text for d in drafts if d.type == "PERSON"])
        self.first_words = first_word_keys(d.text for d in drafts if d.type != "GROUP")
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
    drafts = initial_drafts(doc, text)
    drafts += extra_drafts(doc, text, drafts) + parent_orgs(doc, drafts)
    drafts.sort(key=lambda d: (d.start, d.end))
    ctx = build_context((d.text for d in drafts if d.type == "PLACE"), dateline_in_text(text))
    _vote_types(doc, text, drafts, ctx)
    for d in drafts:
        if d.type == "PERSON":
            d.role = find_role(doc[d.tok_start:d.tok_end])
    group_people([d for d in drafts if d.type == "PERSON"],
                 first_word_keys(d.text for d in drafts if d.type != "GROUP"))
    group_orgs([d for d in drafts if d.type == "ORG"])
    group_places([d for d in drafts if d.type == "PLACE"], ctx)
    group_groups([d for d in drafts if d.type == "GROUP"])
    return [EntityMention(d.start, d.end, d.text, d.type, d.canonical, entity_id(d.type, d.key),
                          d.role) for d in drafts]
