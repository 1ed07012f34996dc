"""Accidents and disasters: harm that is no PLOVER event (docs/ontology.md).

"killed when a tram derailed", "injured in the crash", "the flood killed four", "a tourist ship
struck a bridge": the harm's cause in the clause is an accident, a disaster or a vehicle hitting
a thing, or the article tells an accident and no violence at all. A named thing that is no
weapon blowing up in a story of no other violence is a mishap ("a gas explosion", "if the
rocket does not explode").
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from .clause import HARM_LEMMAS, objects, person_like

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Harm in an accident or a disaster is no PLOVER event (docs/ontology.md): "killed when a tram
# derailed", "injured in the crash", "the flood killed four".
ACCIDENT_NOUNS = frozenset({
    "accident", "crash", "collision", "derailment", "flood", "flooding", "earthquake", "quake",
    "storm", "hurricane", "typhoon", "cyclone", "tornado", "landslide", "mudslide", "avalanche",
    "wildfire", "blaze", "eruption", "tsunami", "collapse", "pileup", "wreck", "heatwave",
    "drought", "lightning", "crush", "stampede", "wreckage", "rubble", "debris", "disaster",
})
ACCIDENT_VERBS = frozenset({"crash", "derail", "collide", "capsize", "overturn", "flip", "tip",
                            "sink", "plunge", "collapse", "topple"})
_ACCIDENT_WORDS = ACCIDENT_NOUNS | ACCIDENT_VERBS
RESCUE_LEMMAS = frozenset({"free", "release", "rescue"})
# What blows up, by accident or by design: the story tells which (`accidental`).
EXPLOSIONS = frozenset({"explode", "explosion", "blast"})
WEAPONS = frozenset({"bomb", "device", "explosive", "grenade", "mine", "shell", "ied",
                     "munition", "charge", "bomber", "vest", "missile", "warhead", "drone"})
# Vehicles as the doer: one that hits a thing is a collision; one driven into people is not.
VEHICLES = frozenset({"ship", "boat", "ferry", "vessel", "barge", "tanker", "yacht", "train",
                      "tram", "bus", "coach", "car", "lorry", "truck", "van", "taxi",
                      "motorbike", "motorcycle", "bicycle"})


def accidental(token: "Token") -> bool:
    """Harm whose cause in the clause is an accident or a disaster ("killed when a tram
    derailed", "the crash injured four"), or a rescue from one, not a violent act."""
    if token.lemma_.lower() in EXPLOSIONS:
        return _mishap(token)
    if token.lemma_.lower() in RESCUE_LEMMAS:  # "freed five people trapped in the wreckage"
        # in a story of an accident and no violence, a rescue is the local services' work
        # ("survivors rescued from the tram"; a driver released by police is still released)
        return token.lemma_.lower() == "rescue" and accident_story(token.doc) or any(
            w.pos_ == "NOUN" and w.lemma_.lower() in ACCIDENT_NOUNS
            or w.lemma_.lower() == "trap" and w.pos_ in ("VERB", "ADJ")
            for obj in objects(token) for w in obj.subtree)  # "free two people trapped"
    for subject in (c for c in token.children if c.dep_ == "nsubj"):
        if subject.lower_ in ("that", "which") and token.dep_ == "relcl":
            subject = token.head  # "the earthquakes that struck central Italy"
        if any(w.pos_ in ("NOUN", "PROPN") and w.lemma_.lower() in ACCIDENT_NOUNS
               for w in (subject, *(c for c in subject.children if c.dep_ == "compound"))):
            return True  # a disaster as the doer: "an earthquake struck", "Hurricane Irma hit"
        if subject.pos_ == "NOUN" and subject.lemma_.lower() in VEHICLES and (
                found := _hit(token)) and not any(
                person_like(o) or o.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
                for o in found) and not violent_story(token.doc):
            return True  # a vehicle hitting a thing: "a tourist ship struck a bridge"
    if token.lemma_.lower() not in HARM_LEMMAS:
        return False
    if token.dep_ in ("conj", "advcl") and token.head.lemma_.lower() in HARM_LEMMAS and \
            accidental(token.head):
        return True  # "seven died in the crash, while 50 others were injured"
    if token.dep_ in ("conj", "advcl", "xcomp") and token.head.pos_ == "VERB" and \
            token.head.lemma_.lower() in ACCIDENT_VERBS:
        return True  # "the tram crashed, killing seven people"
    if token.dep_ in ("conj", "advcl", "xcomp") and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in EXPLOSIONS and _mishap(c)
            for c in token.head.children):
        return True  # "a gas explosion ripped through the block, killing five"
    if _told_of_a_wreck(token) or (_agentless(token) and accident_story(token.doc)):
        return True
    for child in token.children:
        if child.dep_ in ("nsubj", "agent", "prep", "advcl"):
            if child.lower_ in ("that", "which") and token.dep_ == "relcl":
                child = token.head  # "the crash that killed seven"
            for word in child.subtree:
                words = ACCIDENT_VERBS if word.pos_ == "VERB" else ACCIDENT_NOUNS
                if word.pos_ in ("VERB", "NOUN") and word.lemma_.lower() in words and \
                        not weaponised(word):
                    return True
                if word.lemma_.lower() in EXPLOSIONS and _mishap(word):
                    return True  # "a gas explosion killed five"
    return False


def weaponised(verb: "Token") -> bool:
    """A vehicle driven as a weapon: its driver an attacker or its load a bomb ("a suicide
    bomber crashed a truck into the consulate", "a car loaded with explosives rammed into the
    wall", "drove a car bomb into the base"). No accident, whatever the verb."""
    if verb.pos_ != "VERB":
        return False
    parties = [c for c in verb.children if c.dep_ in ("nsubj", "dobj")]
    armed = WEAPONS | violence_words()
    return any(t.lemma_.lower() in armed or t.lower_ in armed
               for p in parties for t in p.subtree if t.pos_ == "NOUN")


def _mishap(explosion: "Token") -> bool:
    """An explosion of a named thing that is no weapon, in a story that tells no other
    violence: a rocket, an engine or a gas main that blew up ("if Falcon Heavy does not
    explode", "a Falcon 9 explosion on the pad"). "Explosions were heard" names nothing, and
    a bomb is a weapon."""
    if explosion.pos_ == "VERB":
        things = [c for c in explosion.children if c.dep_ == "nsubj"] or (
            [explosion.head] if explosion.dep_ == "acl" else [])  # "the star exploding"
    else:
        things = [c for c in explosion.children if c.dep_ in ("compound", "nmod")] + [
            o for p in explosion.children if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children if o.dep_ == "pobj"]
    named = [t for t in things if t.pos_ in ("NOUN", "PROPN") and not t.like_num]
    if not named or any(t.lemma_.lower() in WEAPONS for w in named for t in w.subtree):
        return False
    return not _story_lemmas(explosion.doc) & (violence_words() - EXPLOSIONS)


def _hit(token: "Token") -> list["Token"]:
    """What a verb hits: its direct object, or what it ran "into" or "onto"."""
    return [c for c in token.children if c.dep_ == "dobj"] + [
        o for p in token.children if p.dep_ == "prep" and p.lower_ in ("into", "onto")
        for o in p.children if o.dep_ == "pobj"]


def _told_of_a_wreck(token: "Token") -> bool:
    """A harm participle whose doer is a vehicle or a thing that crashed: "a tram overturned
    in Croydon, trapping five and injuring 40" (the participles modify the tram)."""
    current = token
    while current.dep_ == "conj" and current.head.i != current.i:
        current = current.head
    if current.dep_ != "acl" or current.tag_ != "VBG":
        return False
    return any(c.pos_ == "VERB" and c.lemma_.lower() in ACCIDENT_VERBS
               for c in current.head.children)


def _agentless(token: "Token") -> bool:
    """Harm with no one named as its doer: a passive without "by" ("40 were injured", "those
    who have been injured") or a death ("seven died")."""
    if token.lemma_.lower() == "die":
        return True
    return token.tag_ == "VBN" and not any(c.dep_ in ("agent", "nsubj") for c in token.children)


def _story_lemmas(doc: "Doc") -> frozenset[str]:
    """The lemmas of the article's nouns and verbs, read once per document."""
    cached = doc.user_data.get("dateline_story_lemmas")
    if cached is None:
        cached = doc.user_data["dateline_story_lemmas"] = frozenset(
            t.lemma_.lower() for t in doc if t.pos_ in ("NOUN", "VERB"))
    return cached  # type: ignore[no-any-return]


def violent_story(doc: "Doc") -> bool:
    """Whether the article tells a violent act anywhere (violence_words: attack, shooting,
    bombing, terror ...)."""
    return bool(_story_lemmas(doc) & violence_words())


def accident_story(doc: "Doc") -> bool:
    """Whether the article tells an accident or a disaster and no violence: it names a crash,
    a derailment or a flood, and no attack, shooting, bombing or other violent act of its
    trigger lexicon. There, harm no one is named doing is the accident's."""
    return bool(_story_lemmas(doc) & _ACCIDENT_WORDS) and not violent_story(doc)


@functools.lru_cache(maxsize=1)
def violence_words() -> frozenset[str]:
    """Words that tell a violent act by themselves: the lexicon's unconditional ASSAULT and
    FIGHT triggers (attack, shooting, bombing, raid, stab, shell ...) but harm, which
    accidents do too; with "shoot", "gunman" and "terror"."""
    from .ontology import load_lexicon

    found = {lemma for (lemma, _), rows in load_lexicon().items() if any(
        r.type in ("ASSAULT", "FIGHT") and r.condition is None and r.second is None
        for r in rows)}
    return frozenset(found - HARM_LEMMAS - {"explode"} |
                     {"shoot", "gunman", "terror", "terrorist", "terrorism", "militant"})
