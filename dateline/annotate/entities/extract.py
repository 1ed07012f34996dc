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
from ..lexicon.people import OCCUPATIONS
from ..names import HONORIFICS, fold, name_key, person_parts, translit_key
from ..places import PlaceContext, build_context, dateline_in_text, resolve_place
from ..places.features import facility_after
from ..places.gazetteer import load_gazetteer
from .aliases import lookup_alias
from .bodies import body_cued, named_bodies, split_glued_bodies, tails_follow_their_names
from .cues import cue_type, head_type
from .kinds import THING, made_by_a_body, product_lines
from .orgforms import core_name, legal_form
from .openers import without_capitalised_words, without_glued_titles
from .parts import join_teams
from .phrases import said_of_as_he_or_she
from .shapes import among_people, named_as_one, person_shaped, titled
from ..agreement import mention_gender
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
from .roles import find_role, honorific_before, with_honorifics
from .rules import club_context, has_hyphen_link, page_furniture, sports_story
from .spans import extra_drafts, initial_drafts, parent_orgs, with_alias_names
from ..syntax import text_of

if TYPE_CHECKING:
    from spacy.tokens import Doc

STRONG, WEAK = 3, 1
# a GPE the gazetteer does not know, written without "in"/"at": spaCy's PLACE vote goes to ORG
NOT_PLACE = "NOT_PLACE"
# a city this size in one of the article's main countries (or this size anywhere) outvotes
# spaCy's PERSON/ORG label: "Kyiv" tagged PERSON, "Sumy" tagged ORG
CITY_OVERRIDE_POPULATION = 15000
CITY_OVERRIDE_POPULATION_ANYWHERE = 200000
# facility words that are also common surnames: "Nathan Lane", "Linda Park" stay people
_SURNAME_HEADS = {"lane", "park", "street", "beach", "bridge", "camp", "hall", "castle", "port"}
_INITIAL = re.compile(r"[A-Z]\.?")
_COMPASS = {"N": "North", "S": "South", "E": "East", "W": "West"}
# "at the Kodak Theatre": NER calls many buildings organisations
_FACILITY_HEADS = {"theatre", "theater", "arena", "courthouse", "hotel", "museum", "centre",
                   "center"}
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
        if region:
            return "PLACE"
        # the surname of a person the article names in full, however demonym-like: "Bruce
        # Arians ... Arians said" (NER calls the lone word a nationality)
        lone = d.tok_end - d.tok_start == 1 and doc[d.tok_start].pos_ == "PROPN"
        return "PERSON" if lone and translit_key(d.text) in facts.full_surnames else None
    if d.text in facts.org_heads and not (d.tok_start > 0 and
                                          doc[d.tok_start - 1].lower_ in _LOCATIVE):
        return "ORG"  # "Mercedes" where the article also writes "Mercedes-Benz" / "Mercedes AG"
    if d.type != "GROUP" and _named_area(d.text):
        return "PLACE"  # "West Bank", "New Hampshire": whatever the words around say
    if d.type != "GROUP" and not (d.type == "PERSON" and d.tok_end - d.tok_start == 2 and
                                  doc[d.tok_end - 1].lower_ in _SURNAME_HEADS):
        cue = cue_type(doc, d.tok_start, d.tok_end)  # "Nathan Lane" is a person
        if cue is not None:
            return cue
    if d.type == "PERSON" and made_by_a_body(d.text, facts.lone_orgs):
        return THING  # "Zorbex Glass": a body's name opening a "person's" names its product
    if d.type == "PERSON" and d.start in facts.body_cued:
        # "the Seattle Seahawks", "Kelvo, which ...": NER's person is a body (or a place the
        # gazetteer knows); the whole name is then no person (`_vote_types`)
        return "PLACE" if resolve_place(d.text, ctx) is not None else "ORG"
    if d.type == "ORG" and (person_shaped(doc, d) and translit_key(d.text.split()[-1]) in
                            facts.lone_people or named_as_one(doc, d) and said_of_as_he_or_she(
                                doc, d.tok_start, d.tok_end, facts.next_start(d.tok_end))):
        # "Mallam Garba Shehu" tagged ORG, then "Shehu said" tagged PERSON; "NPR's Ana
        # Lee-Roe reports ... she says": "he" / "she" is said of a person
        return "PERSON"
    if facility_after(facts.text, d.end) and any(
            e.precision != "city" or e.population >= CITY_OVERRIDE_POPULATION
            for e in load_gazetteer().lookup(d.text)):
        return "PLACE"  # "the Kursk nuclear plant": a plant named after its town
    if has_hyphen_link(d.text) and resolve_place(d.text, ctx) is not None:
        return "PLACE"  # "Stratford-upon-Avon" tagged PERSON: a linked compound names a place
    first, last = person_parts(d.text)
    if not first and any(surnames_close(translit_key(last), s) for s in facts.full_surnames):
        return "PERSON"
    if d.text in facts.surname_runs:
        return "PERSON"  # "Jack Del Rio ... Del Rio announced": a two-word surname, not a town
    if not first and _first_name_of_one(doc, d, facts, ctx):
        return "PERSON"  # "Melania Trump ... Melania said", whatever spaCy called "Melania"
    if d.tok_end - d.tok_start == 1 and among_people(doc[d.tok_start]):
        return "PERSON"  # "their sons Matthew, William and Zachary": no town of that name
    if d.tok_start > 0 and doc[d.tok_start - 1].lower_ in OCCUPATIONS:
        return "PERSON"  # "Singer Rihanna": an occupation before a name names a person
    if honorific_before(doc, d.tok_start) or titled(doc, d) or (
            d.tok_end - d.tok_start > 1 and doc[d.tok_start].lower_.rstrip(".") in HONORIFICS):
        return "PERSON"
    if d.tok_end - d.tok_start == 2 and _INITIAL.fullmatch(doc[d.tok_start].text):
        point = _COMPASS.get(doc[d.tok_start].text[0], "")  # "S. Korea" is a country
        return "PLACE" if point and _named_area(f"{point} {doc[d.tok_end - 1].text}") \
            else "PERSON"  # "G Jenkins" in a team list
    entry = resolve_place(d.text, ctx)
    if d.type == "ORG" and doc[d.tok_end - 1].lower_ in _FACILITY_HEADS and \
            d.tok_start > 0 and doc[d.tok_start - 1 - (doc[d.tok_start - 1].pos_ == "DET")
                                    ].lower_ in _AT:
        return "PLACE"
    if entry is None and d.type == "PLACE" and doc[d.tok_start].ent_type_ == "GPE" and \
            not d.text.isupper() and not load_gazetteer().lookup(d.text) and not (
                d.tok_start > 0 and doc[d.tok_start - 1].lower_ in _LOCATIVE):
        return NOT_PLACE  # "told Bloomberg", "Krispy Kreme Doughnuts", "MPEG-2"
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


def _named_area(text: str) -> bool:
    """A country, region, sea or continent of the gazetteer written with its own name."""
    return len(text) > 3 and any(e.precision != "city" and fold(e.name) == fold(text)
                                 for e in load_gazetteer().extra.get(fold(text), ()))


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


class _Facts:
    """What the whole article says that each mention's vote needs: computed once."""

    def __init__(self, doc: "Doc", text: str, drafts: list[Draft], ctx: PlaceContext) -> None:
        self.text = text  # Doc.text rebuilds the string on every access
        # people by spaCy's label, or full names their words call people ("seaweed farmer
        # Mitsuyo Kawamura says", tagged ORG): their lone surnames are people too
        people = [d for d in drafts if (d.type == "PERSON" or (
                      d.type == "ORG" and d.tok_end - d.tok_start > 1 and
                      cue_type(doc, d.tok_start, d.tok_end) == "PERSON"))
                  and head_type(doc, d.tok_start, d.tok_end) is None]
        self.full_surnames = {translit_key(person_parts(d.text)[1]) for d in people
                              if person_parts(d.text)[0]}
        self.full_names = full_name_keys([d.text for d in people])
        self.surname_runs = {" ".join(d.text.split()[k:]) for d in people
                             if all(w[:1].isupper() for w in d.text.split())
                             for k in range(1, len(d.text.split()) - 1)}
        self.first_words = first_word_keys(d.text for d in drafts if d.type != "GROUP")
        self.org_heads = {re.split(r"-| & ", d.text, maxsplit=1)[0] for d in drafts
                          if d.type == "ORG" and ("-" in d.text or " & " in d.text)}
        self.org_heads |= {d.text.rsplit(" ", 1)[0] for d in drafts if legal_form(d.text)}
        # "Acme Widgets Group Inc." makes "Acme Widgets" a body too
        self.org_heads |= {core_name(d.text) for d in drafts if legal_form(d.text)}
        self.lone_orgs = {d.text for d in drafts if d.type == "ORG" and " " not in d.text}
        self.lone_people = {translit_key(d.text) for d in drafts
                            if d.type == "PERSON" and d.tok_end - d.tok_start == 1}
        self.main_countries = ctx.main_countries()
        # where each name of someone who could be "he" or "she" starts (a place cannot)
        self.starts = sorted(d.tok_start for d in drafts if d.type in ("PERSON", "ORG"))
        self.sports = sports_story(text)
        self.body_cued = body_cued(doc, drafts, self.full_surnames)


    def next_start(self, i: int) -> int:
        """The first token of the next name at or after token `i` (a large number if none)."""
        return next((s for s in self.starts if s >= i), 1 << 30)


def _vote_types(doc: "Doc", text: str, drafts: list[Draft], ctx: PlaceContext) -> set[str]:
    """All mentions of one name share the type: strong evidence first, spaCy's labels break
    ties (nine "Boko Haram" tagged PERSON do not outvote "the militant group Boko Haram").
    Returns the name keys whose type strong evidence gave."""
    facts = _Facts(doc, text, drafts, ctx)
    strong: dict[str, Counter[str]] = defaultdict(Counter)
    weak: dict[str, Counter[str]] = defaultdict(Counter)
    # "the Kelso League", "Kelvo, which ...": a name the parse treats as a body once is no
    # person anywhere in the article ("G League" is no "G Jenkins")
    bodies = {name_key(d.text) for d in drafts if d.start in facts.body_cued}
    for d in drafts:
        found = _evidence(doc, d, facts, ctx)
        key = name_key(d.text)
        if found and found[0] == NOT_PLACE:
            weak[key]["ORG"] += WEAK
            continue
        if key in bodies and found and found[0] == "PERSON":
            found = None
        weak[key]["ORG" if key in bodies and d.type == "PERSON" else d.type] += WEAK
        if found:
            strong[key][found[0]] += found[1]
    first: dict[str, str] = {}
    settled: set[str] = set()
    for d in sorted(drafts, key=lambda d: d.start):
        first.setdefault(name_key(d.text), d.type)
    for d in drafts:
        key = name_key(d.text)
        types = set(strong[key]) | set(weak[key])
        if not types:
            continue
        # a tie goes to the first mention's label, the same for every mention ("Krebs
        # reported ... Krebs links" tagged PERSON then ORG stays one type); in a fixed order,
        # a tie between two other types must not follow the hash seed
        best = max(sorted(types), key=lambda t: (strong[key][t], weak[key][t],
                                                 t == first[key]))
        if d.type != "GROUP" or best != "GROUP":
            d.type = best
        if strong[key][best]:
            settled.add(key)
    return settled


def find_entities(doc: "Doc") -> list[EntityMention]:
    """PERSON, ORG, PLACE and GROUP mentions of `doc`, sorted, each with its canonical entity."""
    text = text_of(doc)  # Doc.text joins every token: build it once, not per mention
    drafts = with_alias_names(doc, text, initial_drafts(doc, text))
    drafts += extra_drafts(doc, text, drafts) + parent_orgs(doc, drafts)
    drafts += named_bodies(doc, text, drafts)
    drafts = [d for d in drafts if not page_furniture(text, d.start, d.end)]
    drafts = join_teams(doc, text, sorted(drafts, key=lambda d: (d.start, d.end)))
    ctx = build_context((d.text for d in drafts if d.type == "PLACE"), dateline_in_text(text))
    labels: dict[str, set[str]] = defaultdict(set)  # NER's own labels, before the vote
    for d in drafts:
        labels[d.text].add(d.type)
    evidenced = _vote_types(doc, text, drafts, ctx)
    drafts = split_glued_bodies(doc, text, drafts)
    tails_follow_their_names(doc, drafts, evidenced, labels)
    product_lines(doc, drafts, text)  # Doc.text rebuilds the string: pass it
    drafts = [d for d in drafts if d.type != THING]  # a product, an animal: no entity
    without_glued_titles(doc, text, drafts)
    for d in drafts:
        if d.type == "PERSON":
            d.role = find_role(doc[d.tok_start:d.tok_end])
    group_people([d for d in drafts if d.type == "PERSON"],
                 first_word_keys(d.text for d in drafts if d.type != "GROUP"),
                 lambda d: mention_gender(doc[d.tok_start:d.tok_end]))
    group_orgs([d for d in drafts if d.type == "ORG"])
    group_places([d for d in drafts if d.type == "PLACE"], ctx, text)
    group_groups([d for d in drafts if d.type == "GROUP"])
    drafts = without_capitalised_words(doc, drafts)
    with_honorifics(doc, text, drafts)
    return [EntityMention(d.start, d.end, d.text, d.type, d.canonical, entity_id(d.type, d.key),
                          d.role) for d in drafts]
