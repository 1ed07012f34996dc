"""Which side violence strikes: civilians or a place where they live, pray or learn (ASSAULT,
ACLED's violence against civilians, unless a state's forces strike: GUIDELINES' FIGHT) or an
armed side's troops, camp or base (FIGHT when a group does it, even one that is no state's:
"vigilantes ambushed a rebel camp"; one person who strikes soldiers assaults them)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .clause import MILITARY, agent_of, noun_agent, objects

if TYPE_CHECKING:
    from spacy.tokens import Token

# People who take no part in fighting, and the places that hold them: an attack on these by
# anyone but a state's forces is violence against civilians.
CIVILIAN_TARGETS = frozenset({
    "civilian", "villager", "resident", "worshipper", "worshiper", "pupil", "student",
    "schoolgirl", "schoolboy", "child", "woman", "passenger", "shopper", "tourist", "refugee",
    "school", "church", "mosque", "synagogue", "temple", "market", "hospital", "clinic", "home",
    "house", "hotel", "restaurant", "cafe", "club", "nightclub", "cinema", "theatre",
    "theater", "concert", "wedding", "funeral", "shop", "bus", "dormitory", "classroom",
})
# An armed side's positions: an attack on these is combat.
ARMED_PLACES = frozenset({"camp", "base", "barracks", "position", "outpost", "checkpoint",
                          "stronghold", "hideout", "garrison", "post", "trench", "bunker"})

# What makes a camp one of civilians, even a named one: "the Dadaab refugee camp".
CIVILIAN_CAMPS = frozenset({"refugee", "displacement", "displaced", "migrant", "holiday",
                            "summer", "transit", "idp", "protest", "tent", "relief", "aid"})


def struck_side(token: "Token") -> str | None:
    """"civilian" or "armed" for the object a violent verb or noun acts on, else None; a camp
    or a post counts as armed only when an armed side's ("a rebel camp", "army posts"), not a
    refugee camp."""
    for target in objects(token):
        lemma = target.lemma_.lower()
        mods = {c.lemma_.lower() for c in target.children if c.dep_ in ("compound", "amod")}
        if lemma in CIVILIAN_TARGETS and not mods & MILITARY:
            return "civilian"  # not "a school for soldiers", "the army's school"
        if lemma in MILITARY or lemma in ARMED_PLACES and not mods & CIVILIAN_CAMPS and (
                mods & (MILITARY | {"military"}) or any(
                    c.dep_ in ("compound", "poss") and (c.pos_ == "PROPN" or c.ent_type_ in (
                        "ORG", "NORP")) or c.dep_ == "poss" and c.lemma_.lower() in MILITARY
                    for c in target.children)):  # "a Boko Haram camp", "the army's post"
            return "armed" if _a_group(token) else None
    return None


def _a_group(token: "Token") -> bool:
    """Whether the act's stated doer is a group or a side, not one person ("rebels",
    "members of a militia", "Veltria"; not "a psychiatrist", "Ann Lee")."""
    doer = noun_agent(token) if token.pos_ in ("NOUN", "PROPN") else agent_of(token)
    if doer is None or doer.ent_type_ == "PERSON":
        return False
    return doer.tag_ in ("NNS", "NNPS") or doer.ent_type_ in ("ORG", "NORP", "GPE") or \
        doer.lemma_.lower() in MILITARY or doer.lower_ in ("they", "we")


# Armed men of no state: their violence on civilians is no combat.
IRREGULARS = frozenset({"fighter", "fighters", "rebel", "rebels", "separatist", "separatists",
                        "militia", "militiaman", "militiamen", "insurgent", "insurgents",
                        "gunman", "gunmen", "jihadist", "jihadists"})


def irregular(doer: "Token") -> bool:
    """Whether the doer is an armed group of no state: "the fighters", "rebels"."""
    return doer.lemma_.lower() in IRREGULARS or doer.lower_ in IRREGULARS


# Animals: violence by or to one is no act between parties ("a gorilla was killed after a boy
# fell into its moat", "the animal did not appear to be attacking the boy").
ANIMALS = frozenset({
    "animal", "gorilla", "chimpanzee", "chimp", "ape", "monkey", "orangutan", "lion",
    "lioness", "tiger", "elephant", "giraffe", "rhino", "hippo", "bear", "panda", "dog",
    "puppy", "cat", "horse", "cow", "bull", "pig", "sheep", "goat", "whale", "dolphin", "shark",
    "crocodile", "alligator", "snake", "wolf", "leopard", "cheetah", "boar", "silverback",
})


def animal_party(token: "Token") -> bool:
    """Whether an animal does the violent act or undergoes it."""
    doer = noun_agent(token) if token.pos_ in ("NOUN", "PROPN") else agent_of(token)
    return any(p is not None and p.lemma_.lower() in ANIMALS for p in (doer, *objects(token)))
