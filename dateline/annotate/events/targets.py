"""Whom a non-physical act is aimed at: a party, never a thing the clause names.

The gold rule is "to whom it was done". A verb's object often names a thing instead ("welcomed
Seoul's decision", "pledged allegiance to the group", "protested against Veltrian policies",
"shrugged off sanctions from Dorn"): the party is then the thing's owner, read from the parse:
its possessor, a state or organisation name on it, or the party of its "of / from / by / to /
with" phrase ("the policies of the council", "a hotline with Seoul"). A thing with no owner is
no target ("condemned the test", "scaled back its activities"). Physical acts keep things as
targets: a building is shelled, a city attacked. A target pronoun stands for its antecedent
unless that is the act's own doer ("officers shot him" is never aimed at the officers).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

from ...model import EntityMention
from ..lexicon.pronouns import GROUP_PRONOUNS, PERSON_PRONOUNS
from ..syntax import name_for
from .arguments import AMOUNT_LABELS, actor_like, is_party
from .ontology import names_an_event
from .reference import group_like, person_like, resolve
from .where import PHYSICAL_TYPES

if TYPE_CHECKING:
    from spacy.tokens import Token

# Protests are aimed at a party too ("protested against Veltrian policies": Veltria).
THING_FREE_TYPES = frozenset({"PROTEST"})
_NAMES = frozenset({"PERSON", "ORG", "NORP", "GPE", "LOC", "FAC"})
# Prepositions whose party owns or receives the thing ("the policies of X", "sanctions from
# X", "allegiance to X", "a hotline with X").
OWNER_PREPS = frozenset({"of", "from", "by", "to", "with"})
AGENT_PREPS = frozenset({"from", "by"})
# Prepositions that name the sides of an act ("talks between X and Y"): whoever brokers,
# welcomes or backs the act is aimed at them.
SIDE_PREPS = frozenset({"between", "among"})


def party(token: "Token") -> bool:
    """Whether a head names someone an act can be aimed at: a person, group, state or place."""
    if token.ent_type_ in AMOUNT_LABELS:
        return False  # "on Monday", "for $2 billion"
    return token.ent_type_ in _NAMES or is_party(token) or actor_like(token) or \
        group_like(token) or person_like(token)


def _owners(thing: "Token", depth: int = 2) -> list["Token"]:
    """The parties a thing belongs to or is given to (see module doc); a possessive pronoun
    mostly takes back the doer ("raised its offer"), so it owns nothing here. An act is owned
    by its doer, not by whom it is done to ("welcomed the release of the girls")."""
    out: list[Token] = []
    preps = AGENT_PREPS | SIDE_PREPS if names_an_event(thing) else OWNER_PREPS
    for child in thing.children:
        if (child.dep_ == "poss" and child.pos_ != "PRON") or (
                child.dep_ in ("amod", "compound", "nmod") and child.ent_type_ in _NAMES):
            out.append(child)
        elif child.dep_ == "prep" and child.lower_ in preps:
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if child.lower_ in SIDE_PREPS:  # both sides: "between X and Y"
                objects += [c for obj in objects for c in obj.conjuncts]
            for obj in objects:
                if party(obj):
                    out.append(obj)
                elif depth > 1:  # "a raft of sanctions from Dorn"
                    out.extend(_owners(obj, depth - 1))
    return out


def _held_by(thing: "Token") -> list["Token"]:
    """The party a physical act's thing belongs to: its named possessor, the party of its
    "of" phrase, or the "by" doer of a participle on it."""
    return [p for p in (
        *(c for c in thing.children if c.dep_ == "poss" and c.pos_ != "PRON"),
        *(o for prep in thing.children if prep.dep_ == "prep" and prep.lower_ == "of"
          for o in prep.children if o.dep_ == "pobj"),
        *(o for acl in thing.children if acl.dep_ == "acl" for by in acl.children
          if by.dep_ == "agent" for o in by.children if o.dep_ == "pobj"),
    ) if party(p) and p.ent_type_ not in ("LOC", "FAC")]


def _dropped(thing: "Token") -> bool:
    """Whether a thing with no owner is left out: a singular thing or an act ("a move", "the
    test", "both events"); a plural noun with no owner may be people the lexicon lacks
    ("guests were offered", "incited others")."""
    return thing.tag_ not in ("NNS", "NNPS") or names_an_event(thing)


def named_doers(actors: Sequence["Token"]) -> bool:
    """Whether some actor head will name a party: a phrase, or a personal pronoun that takes
    one back (not "some" or "others" in "with some blaming the change")."""
    return any(name_for(a, ())[0] or a.lower_ in PERSON_PRONOUNS | GROUP_PRONOUNS
               for a in actors)


def aimed_at(targets: Sequence["Token"], type_: str, doers: bool = True) -> list["Token"]:
    """The targets with each thing replaced by its owners (see module doc); physical acts
    keep their targets as they are, and so does an act with no doer and no party left (an
    event reduced to no party at all would not be reported: "the channel was shut")."""
    if type_ in PHYSICAL_TYPES and type_ not in THING_FREE_TYPES:
        # the thing stays, and whom it belongs to is hit too ("bit a soldier's hand",
        # "blocked the use of Telegram", "offences committed by refugees")
        return list(dict.fromkeys([*targets, *(o for t in targets if not party(t)
                                               for o in _held_by(t))]))
    out: list[Token] = []
    for head in targets:
        owners = _owners(head) if not party(head) else [head]
        if not owners and not _dropped(head):
            owners = [head]
        out.extend(one for one in owners if one not in out)
    return out if out or doers else list(targets)


def undergoer(pronoun: "Token", doers: Sequence["Token"],
              entities: Sequence[EntityMention]) -> "Token":
    """What a target pronoun stands for, when that is not one of the act's doers."""
    found = resolve(pronoun, entities)
    if pronoun.dep_ == "nsubjpass":
        return found
    name = name_for(found, entities)[0]
    if found in doers or (name and name in {name_for(d, entities)[0] for d in doers}):
        return pronoun
    return found


# Acts whose committed deed tells whom they concern: "an offer to buy Dorn Inc".
COMMITTING_TYPES = frozenset({"AGREE"})
# Acts whose threatened deed tells whom they are aimed at: "threatened to strike Dorn".
THREATENING_TYPES = frozenset({"THREATEN"})
# Acts whose demanded clause's subject is the one asked: "demanded that Dorn halt", "called
# for Dorn to halt".
ASKING_TYPES = frozenset({"DEMAND"})
# Prepositions of a light verb that name whom its nominal act is aimed at ("filed a lawsuit
# against Dorn", "expressed solidarity with Dorn").
LIGHT_VERB_PREPS = frozenset({"against", "with", "to", "on", "at"})


def _struck_by(deed: "Token") -> list["Token"]:
    """What a threatened deed would strike: its object, the party of its "on / at / against"
    phrase, or the party its "into / toward" phrase lies near ("to fire missiles into the sea
    near Dorn")."""
    # "not to let Dorn build missiles": whom the deed would let or make act is aimed at
    out = [o for o in deed.children if o.dep_ == "dobj"] + [
        o for clause in deed.children if clause.dep_ == "ccomp" for o in clause.children
        if o.dep_ == "nsubj"]
    for prep in (c for c in deed.children if c.dep_ == "prep"):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            if prep.lower_ in ("on", "at", "against", "upon"):
                out.append(obj)
            elif prep.lower_ in ("into", "toward", "towards", "over"):
                out += [p for near in obj.children if near.dep_ == "prep" and
                        near.lower_ in ("near", "off", "around") for p in near.children
                        if p.dep_ == "pobj"]
    return out


def _timed_deeds(head: "Token") -> list["Token"]:
    """The deed a warning says it is time for ("warned that it was time to strike Dorn")."""
    return [deed for clause in head.children if clause.dep_ == "ccomp"
            for attr in clause.children if attr.dep_ == "attr"
            for deed in _infinitives(attr) + [c for c in attr.children if c.dep_ == "relcl" and
                                              any(g.lower_ == "to" for g in c.children)]]


def _infinitives(head: "Token") -> list["Token"]:
    return [c for c in head.children if c.dep_ in ("acl", "xcomp", "advcl") and
            any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)]


def clause_targets(token: "Token", type_: str) -> list["Token"]:
    """Targets the clause tells around a trigger that has none of its own: the party of its
    light verb's "against / with / to" phrase, the object of the deed an offer commits to,
    and the subject of the clause a demand asks for (see the constants above)."""
    heads = [token]
    if token.pos_ in ("NOUN", "PROPN") and token.dep_ == "dobj" and token.head.pos_ == "VERB":
        verb = token.head
        heads.append(verb)
        found = [p for prep in verb.children if prep.dep_ == "prep" and
                 prep.lower_ in LIGHT_VERB_PREPS
                 for p in prep.children if p.dep_ == "pobj" and party(p)]
        if found:
            return found
    if type_ in COMMITTING_TYPES:
        return [o for head in heads for deed in _infinitives(head) for o in deed.children
                if o.dep_ == "dobj" and party(o)][:1]
    if type_ in THREATENING_TYPES:
        return [o for head in heads for deed in _infinitives(head) + _timed_deeds(head)
                for o in _struck_by(deed) if party(o)][:1]
    if type_ in ASKING_TYPES and token.pos_ == "VERB":
        return [s for clause in token.children if _asked_clause(clause)
                for s in clause.children if s.dep_ == "nsubj" and (
                    party(s) or s.tag_ in ("NNS", "NNPS"))][:1]
    return []


def _asked_clause(clause: "Token") -> bool:
    """The clause a demand asks for: "demanded that Dorn halt", "called for Dorn to halt" (a
    plural subject there is people the lexicon may lack: "that Acme's executives begin")."""
    return clause.dep_ == "ccomp" or (clause.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ == "for" for c in clause.children))
