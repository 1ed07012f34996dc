"""What a lexicon condition's words are compared with: lemmas, the complement behind a light
head noun, and whether a phrase names a party (a state, group or people) an act is aimed at.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from .clause import MILITARY, PARTS, person_like
from .states import state_named

if TYPE_CHECKING:
    from spacy.tokens import Token

# Head nouns that only say how a thing is had or moved: "the use of Telegram", "access to the
# site", "the supply of oil", "imports of coal". The act on the head is an act on what follows,
# so a condition reads both ("blocked the use of Telegram" blocks Telegram).
LIGHT_HEADS = frozenset({"use", "access", "supply", "flow", "delivery", "import", "export",
                         "sale", "shipment", "transfer", "entry", "transit", "trade"})
# Names an act can be aimed at: a state, a group, a company, a service.
PARTY_LABELS = frozenset({"GPE", "NORP", "ORG", "PERSON"})
# Modifiers that make an act aimed at someone another kind of act than coercion.
OTHER_ACTS = frozenset({"military", "legal", "armed"})
# Endings of nouns for people by what they do or are: "migrant", "refugee", "smuggler".
PERSON_SUFFIXES = ("ant", "ent", "ee", "er", "or", "ist", "ian", "ite")
# Vehicles and premises people are put off or out of ("kicked off a plane", "thrown out of
# the bar"): the lexicon's "venue" class, one list for every row of removal.
VENUES = frozenset({"plane", "flight", "aircraft", "airplane", "airliner", "jet", "train", "bus",
                    "ship", "boat", "ferry", "premises", "property", "stage", "campus", "store",
                    "shop", "restaurant", "bar", "stadium", "pitch", "court", "country", "party",
                    "venue", "hotel", "building"})
# Nouns of a wrongdoing an act against it is aimed at its doers: "measures against crime".
WRONGDOING = frozenset({"crime", "offence", "offense", "terrorism", "terrorist", "corruption",
                        "extremism", "smuggling", "trafficking", "fraud", "violence",
                        "militancy", "insurgency", "dissent", "opposition"})


@functools.lru_cache(maxsize=1024)  # one entry per row's word set
def lemma_forms(values: frozenset[str]) -> frozenset[str]:
    """A row's words and their singulars: tokens are compared by lemma, and a row that lists
    "imports" holds for "suspend import of coal" too."""
    out = set(values)
    for word in values:
        if word.endswith("ies") and len(word) > 4:
            out.add(word[:-3] + "y")
        elif word.endswith(("ches", "shes", "sses", "xes")):
            out.add(word[:-2])
        elif word.endswith("s") and not word.endswith("ss") and len(word) > 3:
            out.add(word[:-1])
    return frozenset(out)


def words_of(found: list["Token"]) -> set[str]:
    """The lemmas and lower-case forms of some tokens."""
    return {t.lemma_.lower() for t in found} | {t.lower_ for t in found}


def _complements(token: "Token", preps: tuple[str, ...]) -> list["Token"]:
    return [p for prep in token.children if prep.dep_ == "prep" and prep.lower_ in preps
            for p in prep.children if p.dep_ == "pobj"]


def looked_through(found: list["Token"]) -> list["Token"]:
    """Objects with what stands behind a part or a light head: "most of the suspects", "the
    use of Telegram", "access to the internet" (the head's `of` or `to` object, by the
    parse)."""
    behind = [p for t in found if t.lemma_.lower() in PARTS for p in _complements(t, ("of",))]
    behind += [p for t in found if t.lemma_.lower() in LIGHT_HEADS
               for p in _complements(t, ("of", "to"))]
    # "lifted the state of emergency": the state is the measure its "of" phrase names
    behind += [p for t in found if t.lemma_.lower() == "state" for p in _complements(t, ("of",))]
    return found + behind


def names_party(token: "Token") -> bool:
    """Whether a noun names a party an act is aimed at: a state, group, company or person
    by name, people, armed forces, or something of a party's ("North Korea's imports")."""
    if token.ent_type_ in PARTY_LABELS or person_like(token):
        return True
    lemma = token.lemma_.lower()
    if lemma in MILITARY or lemma in ("government", "regime", "authority", "group"):
        return True
    if token.pos_ == "NOUN" and lemma.endswith(PERSON_SUFFIXES):
        return True  # "migrants", "refugees", "smugglers", "dissidents": nouns for doers
    if any(c.dep_ == "relcl" and any(s.dep_ == "nsubj" and s.lower_ == "who"
                                     for s in c.children) for c in token.children):
        return True  # "those who commit crimes": a relative "who" tells people
    return any(c.dep_ in ("poss", "compound") and c.ent_type_ in ("GPE", "NORP", "ORG")
               for c in token.children)


def _a_state(token: "Token") -> bool:
    """A state by its name, capital or people ("Belarus", "Minsk", "Belarusian"), whatever
    label the tagger gave a possessive ("Belarus's" is often an ORG)."""
    if token.ent_type_ not in ("GPE", "NORP", "ORG", "PERSON") and token.pos_ != "PROPN":
        return False
    words = [t for t in token.subtree if t.dep_ != "case" and t.i <= token.i and (
        t.i == token.i or t.dep_ == "compound" or t.dep_ == "amod" and t.ent_type_ ==
        token.ent_type_)]  # "North Korean", parsed as two modifiers
    return state_named(" ".join(t.text for t in words)) is not None


def _of_chain(noun: "Token") -> list["Token"]:
    """The nouns of a noun's chain of "of" phrases: "barrels" and "fuel" in "a quota of 500
    barrels of fuel"."""
    out: list["Token"] = []
    current: "Token | None" = noun
    for _ in range(3):
        current = next(iter(_complements(current, ("of",))), None) if current else None
        if current is None:
            break
        out.append(current)
    return out


def aimed_at(token: "Token", preps: frozenset[str], states: bool = False) -> bool:
    """Whether the noun has a phrase with one of `preps` aimed at a party, or at a wrongdoing
    whose doers it is aimed at ("action against refugees", "measures against crime");
    `states`: only at a state or what is a state's ("restrictions on North Korea's imports")."""
    # a support verb's phrase may hang on its noun: "took action against them"
    heads = [token, *(c for c in token.children if c.dep_ == "dobj")]
    # the parse may hang the phrase on the end of the object's "of" chain: "imposed a quota of
    # 500 barrels of fuel on Belarus" aims the quota at Belarus
    heads += [p for head in heads[1:] for p in _of_chain(head)]
    if any(c.dep_ in ("amod", "compound") and c.lower_ in OTHER_ACTS
           for head in heads for c in head.children):
        return False  # "military action against X" is force, "legal action" a suit
    for pobj in (p for head in heads for p in _complements(head, tuple(preps))):
        for target in (pobj, *pobj.conjuncts):
            if states:
                if _a_state(target) or any(c.dep_ in ("poss", "compound", "amod") and
                                           _a_state(c) for c in target.children):
                    return True
            elif names_party(target) or target.lemma_.lower() in WRONGDOING:
                return True
    return False
