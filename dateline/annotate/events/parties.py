"""Names of the parties an event's argument heads point at.

Each head gets the name of its entity or phrase (`syntax.name_for`). A government named by its
capital acts for its country ("Seoul proposed talks": South Korea); a state body named with a
nationality ("the Nigerian army", "Egyptian authorities", "U.S. forces") also names the state it
belongs to, after its own phrase. A capital that is shelled or visited stays the city. A
description stands for the name it is given in apposition ("his envoy, Ana Lim"), and a plural
one for the named members it lists ("countries, including France").
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING, Sequence

from ...model import EntityMention, Place
from ..syntax import entity_at, entity_text, is_pronoun, name_for
from .described_states import addressed, described_pair, described_state
from .ontology import names_an_event
from .reference import person_like
from .states import capital_of, country_named, demonym_country

if TYPE_CHECKING:
    from spacy.tokens import Token

# Bodies of a state: with a nationality word they act for that state.
STATE_BODIES = frozenset({
    "government", "army", "military", "troop", "troops", "force", "forces", "police", "authority",
    "authorities", "court", "ministry", "official", "officials", "navy", "soldier", "soldiers",
    "regime", "administration", "parliament", "cabinet", "prosecutor", "prosecutors", "embassy",
    "diplomat", "diplomats", "delegation", "leader", "leaders", "president", "minister",
    "state", "air", "guard", "guards", "intelligence", "judiciary", "legislature", "junta",
})
# A state's people as a whole, named by nationality: they stand for the state ("stands with
# the American people"); never by inheritance, since "people" alone are anyone.
PEOPLES = frozenset({"people", "public"})
# Words for an organisation that a definite description takes back ("the group").
ORG_WORDS = frozenset({"group", "company", "firm", "organisation", "organization", "party",
                       "movement", "faction", "militia", "network"})
_NAMED = frozenset({"PERSON", "ORG", "NORP", "GPE"})
# Acts done to a place rather than by its government: the capital stays the city.
PLACE_TYPES = frozenset({"FIGHT", "ASSAULT", "COERCE", "CONSULT", "MOBILIZE", "PROTEST", "AID"})


def _place_at(token: "Token", places: Sequence[Place]) -> Place | None:
    return next((p for p in places if p.start <= token.idx < p.end), None)


def _government(token: "Token", name: str | None, places: Sequence[Place]) -> str | None:
    """The country a capital's name stands for ("Seoul" -> South Korea), else None."""
    place = _place_at(token, places)
    if place is not None:
        return capital_of(place.name) if place.precision == "city" else None
    if token.ent_type_ == "GPE" and name:
        return capital_of(name)
    return None


def _state_body(token: "Token") -> bool:
    return token.lemma_.lower() in STATE_BODIES or token.lower_ in STATE_BODIES


def _nationality(token: "Token") -> str | None:
    """The state a body belongs to: "the Nigerian army", "U.S. forces", "Israel's military".
    A bare "the police" takes back the state of the earlier bodies of its own kind ("French
    police" ... "the police"; the state most of them belong to, then most of all the bodies,
    then the nearest); failing one, a bare body belongs to the one state the
    article's earlier bodies belong to ("the Nigerian army" ... "the government"). When they
    belong to several ("U.S. President Obama" reacting to an attack told by "French police"),
    a bare body is left without a state rather than given the wrong one."""
    if not _state_body(token):
        return None
    own = _stated_nationality(token)
    if own is not None or any(c.dep_ in ("poss", "compound", "amod") for c in token.children
                              if c.lower_ not in ("the",)):
        return own
    kind = token.lemma_.lower()
    earlier = [(body.lemma_.lower() == kind, found) for body in token.doc[:token.i]
               if _state_body(body) and (found := _stated_nationality(body)) is not None]
    same_kind = [state for same, state in earlier if same]
    if same_kind:  # the state most of them belong to; on a tie, most of all bodies; nearest
        kin, every = Counter(same_kind), Counter(state for _, state in earlier)
        return max(reversed(same_kind), key=lambda state: (kin[state], every[state]))
    states = {state for _, state in earlier}
    return states.pop() if len(states) == 1 else None


def _stated_nationality(token: "Token") -> str | None:
    for child in token.children:
        if child.dep_ in ("amod", "compound") and child.ent_type_ in ("NORP", "GPE"):
            text = entity_text(child)
            found = demonym_country(text) or country_named(text)
            if found:
                return found
        if child.dep_ == "poss" and child.ent_type_ == "GPE":
            found = country_named(entity_text(child))
            if found:
                return found
    return None


def _named_apposition(head: "Token", entities: Sequence[EntityMention] = ()) -> "Token":
    """A described party's name: in apposition, or closing its title's phrase."""
    if head.pos_ != "NOUN" or head.ent_type_:
        return head
    named = [c for c in head.children if c.dep_ == "appos" and c.ent_type_ in _NAMED]
    if named:
        return named[0]
    last = head.doc[max(t.i for t in head.subtree)]
    mention = entity_at(entities, last.idx, last.idx + len(last.text))
    if mention is not None and mention.type == "PERSON" and last.i > head.i and \
            mention.end == last.idx + len(last.text) and any(
                c.dep_ == "prep" for c in head.children):
        return last
    return head


def _members(head: "Token") -> list["Token"]:
    """The named members a plural description lists ("countries, including France")."""
    if head.pos_ != "NOUN" or head.ent_type_ or head.tag_ != "NNS":
        return [head]
    listed = [m for prep in head.children if prep.dep_ == "prep" and prep.lower_ == "including"
              for obj in prep.children if obj.dep_ == "pobj" for m in (obj, *obj.conjuncts)
              if m.ent_type_ in _NAMED]
    return listed or [head]


def _event_noun(head: "Token") -> bool:
    return head.pos_ == "NOUN" and names_an_event(head)


def _organisation(head: "Token", entities: Sequence[EntityMention]) -> str | None:
    """The organisation a definite "the company" (or "the company spokesperson") stands for."""
    word = head if head.lemma_.lower() in ORG_WORDS else next(
        (c for c in head.children if c.dep_ in ("compound", "poss") and
         c.lemma_.lower() in ORG_WORDS), None)
    if word is None:
        return _named_by_head(head, entities)
    if word.ent_type_ or not any(
            c.dep_ == "det" and c.lower_ in ("the", "this", "that")
            for c in (*word.children, *head.children)):
        return None
    earlier = [m for m in entities if m.type == "ORG" and m.end <= word.idx and
               not addressed(word.doc, m)]
    if not earlier:
        return None
    # the organisation the article keeps naming (an outlet quoted once is not "the company",
    # nor one told or written to), the nearest on a tie
    counts = Counter(m.canonical for m in earlier)
    return max(earlier, key=lambda m: (counts[m.canonical], m.end)).canonical


def _named_by_head(head: "Token", entities: Sequence[EntityMention]) -> str | None:
    """The nearest organisation named before whose name's head word a bare definite "the
    commission" or "the court" repeats ("the European Commission", "the Supreme Court", "the
    Ministry of Defence"); "the state" is a polity, never a name ending in State."""
    lemma = head.lemma_.lower()
    if head.pos_ != "NOUN" or head.ent_type_ or head.tag_ != "NN" or lemma == "state" or \
            [c.lower_ for c in head.children if c.dep_ != "punct"] != ["the"]:
        return None
    named = [m for m in entities if m.type == "ORG" and m.end <= head.idx and
             _name_head(m.text) in (lemma, head.lower_)]
    return max(named, key=lambda m: m.end).canonical if named else None


def _name_head(name: str) -> str:
    words = re.findall(r"[\w-]+", name.split(" of ")[0].lower())
    return words[-1] if words else ""


def _owner_named(head: "Token", name: str | None,
                 entities: Sequence[EntityMention]) -> str | None:
    """A description owned through "his / her" or "whose", named by its owner ("her party"
    -> "Ana Lim's party", "whose troops" -> "Veltria's troops")."""
    owner = next((c for c in head.children if c.dep_ == "poss" and c.lower_ in (
        "his", "her", "whose")), None)
    if owner is None or not name or head.ent_type_:
        return name
    # "Veltria, whose troops invaded": "whose" is the noun its relative clause hangs on
    clause = next((a for a in owner.ancestors if a.dep_ == "relcl"), None)
    found = _person_subject_before(owner, entities) if owner.lower_ != "whose" else \
        clause.head if clause is not None else None
    if found is None or found.i in range(head.left_edge.i, head.right_edge.i + 1):
        return name
    owner_name = name_for(found, entities)[0]
    if not owner_name:
        return name
    return re.sub(rf"(?i)\b{owner.text}\b", f"{owner_name}'s", name, count=1)


def _person_subject_before(pronoun: "Token", entities: Sequence[EntityMention]
                           ) -> "Token | None":
    """The nearest person before "his / her" that is a subject in its own sentence ("Ana Lim
    said her party ..."); an antecedent further off is the resolver's guess, and a wrong name
    is worse than the pronoun."""
    for tok in reversed(pronoun.doc[pronoun.sent.start:pronoun.i]):
        mention = entity_at(entities, tok.idx, tok.idx + len(tok.text))
        if tok.dep_ in ("nsubj", "nsubjpass") and not is_pronoun(tok) and (
                person_like(tok) or (mention is not None and mention.type == "PERSON")):
            return tok
    return None


def party_names(heads: Sequence["Token"], entities: Sequence[EntityMention],
                places: Sequence[Place], as_government: bool = True) -> tuple[str, ...]:
    """Distinct names of the heads, in order; `as_government` reads capitals as their
    states (false for the targets of acts done to places)."""
    out: list[str] = []

    def add(name: str | None) -> None:
        # a stray hyphen the parse made a noun ("co-chairman": co, -, chairman) is no name
        if name and name not in out and any(ch.isalnum() for ch in name):
            out.append(name)
    for described in heads:
        if _event_noun(described):
            continue  # "the uprising toppled ...": an event, not a party
        if described.dep_ in ("amod", "compound") and described.ent_type_ == "GPE" and (
                place := _place_at(described, places)) is not None and \
                place.precision in ("city", "region"):
            continue  # "the Nice attack", "the Las Vegas shooting": where, not who
        if described.dep_ in ("amod", "compound") and described.ent_type_ in ("NORP", "GPE"):
            # a party named by its mark on an instrument or an act ("Russian missiles")
            text = entity_text(described)
            add(demonym_country(text) or country_named(text) or name_for(described, entities)[0])
            continue
        for head in _members(_named_apposition(described, entities)):
            name, _ = name_for(head, entities)
            name = _owner_named(head, name, entities)
            state = _government(head, name, places) if as_government else None
            add(state or name)
            add(_nationality(head))
            if head.lemma_.lower() in PEOPLES:  # "the American people": the state, as a whole
                add(_stated_nationality(head))
            add(_organisation(head, entities))
            add(described_state(head, places))  # "the isolated country": the state named
            for body in _body_of_members(head):  # "members of a vigilante group"
                add(name_for(body, entities)[0])
            for one in _pair(head, places) + described_pair(head, entities):
                add(one)
    return tuple(out)


def _body_of_members(head: "Token") -> list["Token"]:
    """The body members belong to: "members of the group", "Security Council members"."""
    if head.lemma_.lower() != "member":
        return []
    return [c for c in head.children if c.dep_ == "compound" and c.ent_type_ == "ORG"][-1:] + [
        p for prep in head.children if prep.dep_ == "prep" and prep.lower_ == "of"
        for p in prep.children if p.dep_ == "pobj"]


def _pair(head: "Token", places: Sequence[Place]) -> list[str]:
    """The two countries "the two countries" or "both nations" takes back: the last two
    named before it ("two countries" with no article tells new ones)."""
    words = {c.lower_ for c in head.children if c.dep_ in ("nummod", "det", "predet")}
    if head.tag_ != "NNS" or head.ent_type_ or not ({"the", "two"} <= words or "both" in words) \
            or head.lemma_.lower() not in ("country", "nation", "state", "neighbour", "neighbor"):
        return []
    named = [p.name for p in sorted(places, key=lambda p: p.start)
             if p.precision == "country" and p.end <= head.idx]
    last = list(dict.fromkeys(reversed(named)))[:2]
    return last[::-1] if len(last) == 2 else []
