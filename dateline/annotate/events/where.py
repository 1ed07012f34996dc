"""Where an event happened: a place in a locative phrase of its own clause, never its actor's.

The place comes from a locative preposition ("in, near, at, outside, ...") attached to the
trigger, to the verb that carries a nominal trigger ("held talks in Oslo"), or to the object of a
violent or coercive act ("killed 32 people at the Brussels airport"); from a place modifier of a
nominal trigger ("the Dorn attack"); or, for a participle or coordinated clause with none of its
own, from the clause it belongs to ("drove into the crowd in Nice, killing 84") or the act a
relative clause tells more of ("the attack in Nice, which killed 84"); from the place a "where"
clause hangs on ("the capital, Abuja, where she met ..."). A nationality, an actor's country or
a person's origin is never the place ("Veltria condemned", "Veltrian shelling", "a Dorn man was
arrested", "a man from Dorn"), nor is the party a non-physical act is aimed at ("called on
Dorn", "sanctions on Dorn"). Of several places in the phrase, the most precise wins ("the
village of Dorn in Veltria": Dorn).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Iterable, Sequence

from ...model import Place
from .cues import ANSWER_NOUNS
from .occurrence import MEASURE_NOUNS
from .ontology import names_an_event
from .arguments import actor_like
from .reference import group_like, person_like

if TYPE_CHECKING:
    from spacy.tokens import Token

LOCATIVE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "around", "across", "along",
                            "off", "on", "within", "throughout", "from", "over", "into",
                            "through", "onto"})
# Before a state or a people, these name whom a non-physical act is aimed at or what it is
# about, not where it happened: "called on Spain", "sanctions on Dorn", "a dispute over Dorn".
ADDRESSEE_PREPS = frozenset({"on", "over", "onto"})
# Phrases that tell why or for whom, not whom the act was done with ("for the victims").
PURPOSE_PREPS = frozenset({"for", "of", "by", "about", "despite", "after", "before"})
# A destination is where a visit, a meeting or a deployment happens.
DESTINATION_TYPES = frozenset({"CONSULT", "MOBILIZE"})
# A launched missile's path or aim ("flew over Japan", "fired toward the sea") is not where
# the launch happened; the site is ("from Dorn", "in Dorn").
PROJECTILES = frozenset({"missile", "rocket", "projectile", "icbm", "warhead", "satellite"})
# ("into", "onto" stay: where rockets fired into a town hit is where the attack was)
PATH_PREPS = frozenset({"over", "through", "across", "along", "to", "toward", "towards"})
# Types whose object's locative phrase places the act ("arrested a man in Dorn").
PHYSICAL_TYPES = frozenset({"FIGHT", "ASSAULT", "COERCE", "MOBILIZE", "PROTEST", "RETREAT",
                            "AID"})
_PRECISION_RANK = {"facility": 0, "city": 1, "region": 2, "water": 3, "country": 4,
                   "continent": 5, "unknown": 6}
_CLIMB_DEPS = frozenset({"advcl", "conj", "xcomp", "pcomp"})
# The nouns of complex prepositions ("in exchange for", "at the request of", "in response to",
# "on behalf of"): the phrase tells a reason or a party, not a place, so a place named in it
# ("at the request of the United States") is not where the act happened.
COMPLEX_PREPOSITION_NOUNS = ANSWER_NOUNS | frozenset({
    "exchange", "request", "behest", "invitation", "urging", "return", "support", "favour",
    "favor", "honour", "honor", "memory", "name", "behalf", "protest", "solidarity", "defence",
    "defense", "spite", "light", "view", "addition", "place", "lieu", "case", "order", "line",
    "accordance",
})


_DIRECTION = re.compile(r"(?:(?:north|south)(?:-?(?:east|west))?|east|west)(?:wards?|erly)?|"
                        r"near(?:by)?|close")
# Nouns a place name can modify without placing anything: "in US history", "in living memory",
# "in British politics".
RECORD_NOUNS = frozenset({"history", "memory", "record", "records", "politics", "era", "age",
                          "times", "annals"})


def _place_tokens(token: "Token") -> Iterable["Token"]:
    """The tokens of a prepositional object's phrase, without its clauses, and nothing when
    the object is the noun of a complex preposition ("at the request of X")."""
    if token.lemma_.lower() in COMPLEX_PREPOSITION_NOUNS and token.dep_ == "pobj" and \
            token.head.lower_ in LOCATIVE_PREPS and any(c.dep_ == "prep" for c in token.children):
        return
    stack = [token]
    while stack:
        tok = stack.pop()
        yield tok
        if tok.lemma_.lower() in RECORD_NOUNS:
            continue  # "the deadliest shooting in US history": a record, not a place
        stack.extend(c for c in tok.children if c.dep_ not in ("relcl", "acl", "advcl", "appos"))


def _locatives(head: "Token", type_: str) -> list["Token"]:
    preps = LOCATIVE_PREPS | ({"to"} if type_ in DESTINATION_TYPES else set())
    if type_ not in PHYSICAL_TYPES:
        preps = preps - ADDRESSEE_PREPS
    if person_like(head) or group_like(head):
        preps = preps - {"from"}  # "a man from Dorn was arrested": where he is from
    if type_ == "MOBILIZE" and _launches_projectile(head):
        preps = preps - PATH_PREPS  # "fired a missile over Japan": its path, not the site
    # a direction adverb carries the phrase that places the act: "fired eastward from Dorn",
    # "struck north of Dorn", "landed close to Dorn" ("far from Dorn" is no direction)
    bearings = [c for c in head.children if c.dep_ == "advmod" and _DIRECTION.fullmatch(c.lower_)]
    preps_of = [(head, preps)] + [(b, preps | {"of", "to"}) for b in bearings]
    return [tok for h, allowed in preps_of for c in h.children
            if c.dep_ == "prep" and c.lower_ in allowed and not _away(c)
            for pobj in _prep_objects(c) for tok in _place_tokens(pobj)] + \
        _relative_where(head)


def _launches_projectile(head: "Token") -> bool:
    """A launch or test of a missile: the trigger's object or subject, or the noun naming it
    ("fired a missile", "a rocket was launched", "the missile launch"), or the missile itself
    (the parse may hang the path on the object: "fired [a missile over Japan]")."""
    return head.lemma_.lower() in PROJECTILES or any(
        c.lemma_.lower() in PROJECTILES for c in head.children
        if c.dep_ in ("dobj", "nsubjpass", "nsubj", "compound"))


def _away(prep: "Token") -> bool:
    """ "fought far from Dorn", "struck away from Dorn": a distance from the place, not it."""
    return prep.i > 0 and prep.doc[prep.i - 1].lower_ in ("far", "away")


def _prep_objects(prep: "Token") -> list["Token"]:
    """The objects of a preposition, through one stacked on it: "from near Dorn"."""
    return [o for c in prep.children for o in (
        [c] if c.dep_ == "pobj" else [g for g in c.children if g.dep_ == "pobj"]
        if c.dep_ in ("prep", "pcomp") and c.lower_ in LOCATIVE_PREPS else [])]


def _relative_where(clause: "Token") -> list["Token"]:
    """A relative clause opened by "where" happens at the noun it modifies: "the capital,
    Abuja, where she met the president"."""
    if clause.dep_ != "relcl" or not any(c.dep_ == "advmod" and c.lower_ in ("where", "wherever")
                                         for c in clause.children):
        return []
    noun = clause.head
    return [*_place_tokens(noun), *(t for c in noun.children if c.dep_ == "appos"
                                    for t in _place_tokens(c))]


def _named_by(noun: "Token", places: Sequence[Place]) -> list["Token"]:
    """A place the noun itself names: "entered Dorn", "shelled the town of Dorn", "the Dorn
    airport". A country modifying a noun that is no place tells whose it is: "killing 10 US
    citizens" did not happen in the United States."""
    own = _best([noun], places) is not None or noun.ent_type_ in ("GPE", "LOC", "FAC")
    if person_like(noun) and not own:
        return [noun]  # "a Dorn man was arrested": where he is from, not where it happened
    out = [noun, *(c for c in noun.children if c.dep_ == "compound" and (
        own or getattr(_best([c], places), "precision", None) != "country"))]
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
        out += [c for c in prep.children if c.dep_ == "pobj"]
    return out


def _best(tokens: Iterable["Token"], places: Sequence[Place]) -> Place | None:
    found = {id(p): p for tok in tokens for p in places if p.start <= tok.idx < p.end}
    if not found:
        return None
    return min(found.values(), key=lambda p: (_PRECISION_RANK.get(p.precision, 6), p.start))


def _count_of(token: "Token") -> "Token | None":
    """The count a nominal trigger is told in: "a barrage of gunfire", "a wave of strikes"."""
    head = token.head
    if token.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in MEASURE_NOUNS:
        return head.head
    return None


def _carrier(token: "Token") -> "Token | None":
    """The verb a nominal trigger is the subject, object or prepositional object of, through
    a count of it ("unleashed a barrage of gunfire onto the festival")."""
    count = _count_of(token)
    if count is not None:
        token = count
    head = token.head
    if token.dep_ in ("dobj", "nsubj", "nsubjpass", "attr") and head.pos_ in ("VERB", "AUX"):
        return head
    if token.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX"):
        return head.head
    return None


def _act_modified(clause: "Token") -> "Token | None":
    """The act a relative or participle clause tells more of: the noun it hangs on, or the
    noun whose phrase holds that one ("an attack in Dorn, France, which killed 84": the parse
    hangs the clause on the place)."""
    if clause.dep_ not in ("relcl", "acl"):
        return None
    noun = clause.head
    for _ in range(4):
        if names_an_event(noun):
            return noun
        if noun.dep_ not in ("pobj", "prep", "appos", "conj") or noun.head.i == noun.i:
            return None
        noun = noun.head
    return None


def _frame(verb: "Token", type_: str) -> list["Token"]:
    """Where the doer was when acting, told by a participle clause on the verb or its subject
    ("Speaking in Dorn, the minister called for ...", "The minister, speaking in Dorn, ...")
    or by the act a "during" phrase names ("during a visit to Dorn")."""
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    clauses = [c for head in (verb, *subjects) for c in head.children
               if c.dep_ in ("advcl", "acl") and c.tag_ == "VBG" and
               not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)]
    out = [t for clause in clauses for t in _locatives(clause, type_)]
    for head in (verb, *clauses):
        out += [t for prep in head.children if prep.dep_ == "prep" and prep.lower_ == "during"
                for act in prep.children if act.dep_ == "pobj" and names_an_event(act)
                for t in _locatives(act, "CONSULT")]
    return out


def _struck(noun: "Token", places: Sequence[Place]) -> list["Token"]:
    """The place a nominal physical act is done to: "the shelling of Dorn", "raids on Dorn"
    (a person there is no place: "the arrest of a man from Dorn"; "a war against Dorn" names
    a foe)."""
    return [t for prep in noun.children if prep.dep_ == "prep" and prep.lower_ in ("of", "on")
            for obj in prep.children if obj.dep_ == "pobj" for t in _named_by(obj, places)]


def _agents(noun: "Token") -> list["Token"]:
    """The doers of a nominal act named in its "by" phrase, with their conjuncts."""
    return [t for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "by"
            for obj in prep.children if obj.dep_ == "pobj" for t in (obj, *obj.conjuncts)]


def _acted_on(verb: "Token") -> tuple[list["Token"], list["Token"]]:
    """What a physical act is done to: its object or passive subject, and the parties of its
    prepositional phrases ("attacks against a weekly and a shop in Dorn", "clashed with police
    in Dorn": the parse hangs the place on the party), each with its conjuncts. Only the first
    may name the place itself: "shelled Dorn", but "fought against Dorn" names a foe."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    parties = [p for prep in verb.children if prep.dep_ == "prep" and
               prep.lower_ not in PURPOSE_PREPS
               for p in prep.children if p.dep_ == "pobj" and (
                   prep.lower_ == "against" or actor_like(p) or group_like(p))]
    return ([t for obj in objects for t in (obj, *obj.conjuncts)],
            [t for obj in parties for t in (obj, *obj.conjuncts)])


def event_place(token: "Token", type_: str, places: Sequence[Place]) -> str | None:
    """The place name of the event triggered by `token` (see module doc), or None."""
    if not places:
        return None
    tokens: list[Token] = _locatives(token, type_)
    modifiers: list[Token] = []
    if token.pos_ in ("NOUN", "PROPN"):
        modifiers = [c for c in token.children if c.dep_ in ("compound", "amod", "nmod")]
        count = _count_of(token)
        if count is not None:
            tokens += _locatives(count, type_)  # "a barrage of gunfire onto the crowd in Dorn"
        carrier = _carrier(token)
        if carrier is not None:  # not the trigger's own phrase: "imposed in response to
            # Dorn's test" hangs the test there, and its possessor is the doer, not a place
            own = {t.i for t in token.subtree}
            tokens += [t for t in _locatives(carrier, type_) if t.i not in own]
        if type_ in PHYSICAL_TYPES:
            tokens += _struck(token, places)
            for agent in _agents(token):  # "protests by farmers in Dorn": the parse hangs
                tokens += _locatives(agent, type_)  # the place on the doers
    elif type_ in PHYSICAL_TYPES:
        objects, parties = _acted_on(token)
        for obj in objects:
            tokens += _locatives(obj, type_) + _named_by(obj, places)
        for party in parties:
            tokens += _locatives(party, type_)
        for act in (c for c in token.children if c.dep_ == "nsubj" and names_an_event(c)):
            # "the shelling of Dorn killed five": where the act that did it was
            tokens += _locatives(act, type_) + _struck(act, places)
    elif type_ in DESTINATION_TYPES:  # "visited Dorn": the place visited, not "met Ann Lee"
        tokens += [c for c in token.children if c.dep_ == "dobj" and _best([c], places)]
    place = _best(tokens, places) or _best(_frame(token, type_), places)
    named = _best(modifiers, places)
    if place is None and named is not None and named.precision != "country":
        place = named  # "the Dorn attack"; "the Veltrian invasion" names an actor, not a place
    current = token
    for _ in range(3):
        if place is not None or current.head.i == current.i:
            break
        modified = _act_modified(current)
        if modified is not None:
            current = modified  # "the attack in Dorn, which killed 12": the act's place
            place = _best(_locatives(current, type_), places)
            continue
        if current.dep_ == "acl" and current.head.dep_ in _CLIMB_DEPS:
            current = current.head  # a clause the parse hung on its subject ("when a truck
            # barreled ..." parsed as truck <-advcl, barreled <-acl): climb from the subject
        elif current.dep_ not in _CLIMB_DEPS:
            break
        current = current.head
        if current.pos_ == "ADP" or current.dep_ == "prep":
            current = current.head
        place = _best(_locatives(current, type_), places)
    return place.name if place is not None else None

