"""Who stands for an argument head: the people a count or a measure of them stands for ("21
of the schoolgirls", "a series of attacks"), the doer behind an instrument or a relative
clause on a thing ("a truck driven by a gunman", "a statement that condemned ..."), and the
conjuncts of each. `argument_heads` puts arguments.py's readings of a clause through them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon.pronouns import RELATIVE_PRONOUNS
from ..syntax import is_pronoun, verb_by_parse, with_conjuncts
from .arguments import (INSTRUMENTS, VIOLENT_TYPES, actor_like, agents, is_party,
                        roles_of_clause)
from .clause import PARTS
from .nominal_arguments import captors, noun_arguments
from .occurrence import MEASURE_NOUNS
from .ontology import load_lexicon, names_an_event
from .reference import GROUP_LABELS, group_like, person_like, resolve
from .targets import aimed_at, clause_targets, named_doers
from .verb_arguments import verb_arguments

if TYPE_CHECKING:
    from spacy.tokens import Token


def _user_of(head: "Token") -> list["Token"]:
    """The doer behind a head: an instrument's user ("a truck driven by a gunman"), or the
    party an instrument or a violent act is marked with ("Russian missiles hit", "Israeli air
    strikes hit", "Hamas rockets struck"), or none."""
    lemma = head.lemma_.lower()
    if lemma not in INSTRUMENTS and not any(
            row.type in VIOLENT_TYPES for row in load_lexicon().get((lemma, "N"), ())):
        return [head]
    users = [agent for acl in head.children if acl.dep_ == "acl" for agent in agents(acl)]
    marks = [c for c in head.children
             if c.dep_ in ("amod", "compound", "poss") and c.ent_type_ in GROUP_LABELS]
    if users or marks or lemma in INSTRUMENTS:
        return users or marks
    # an act that did harm was done by its own doers: "the attack by militants killed ten"
    return [d for d in noun_arguments(head, "ASSAULT")[0] if d.i != head.i]


# Nouns and quantifiers that measure out a whole named in their "of" phrase.
_QUANTITY_HEADS = PARTS | MEASURE_NOUNS | frozenset({
    "group", "hundred", "thousand", "million", "score", "handful", "majority", "minority",
    "host", "several", "few", "both", "none", "millions",
})


def _partitive_whole(token: "Token") -> "Token":
    """The people a count of them stands for: "21 of the schoolgirls" -> the schoolgirls, "a
    number of global figures" -> the figures."""
    if token.pos_ != "NUM" and not token.like_num and token.lower_ not in _QUANTITY_HEADS \
            and token.lemma_.lower() not in _QUANTITY_HEADS:
        return token
    whole = next((g for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                  for g in c.children if g.dep_ == "pobj"), None)
    return whole if whole is not None else token


def _relative_doer(noun: "Token", type_: str, thing: bool = False) -> list["Token"]:
    """Who acts through a relative clause's noun that cannot act itself: the issuer of "a
    statement that condemned ...", the user of "a rocket that killed ...", the one who called
    something "an action that raises tensions and urged ...". A party, or an act told by a
    noun ("an attack that killed"), is its own doer; so is the violent act whose place or
    object the parse hung the clause on ("the attack in Nice, France, which killed 84": the
    attack killed, not Nice)."""
    act = _violent_act_around(noun) if type_ in VIOLENT_TYPES else None
    if act is not None:
        return [act]
    hit = noun.dep_ == "dobj" and any(row.type in VIOLENT_TYPES for row in load_lexicon().get(
        (noun.head.lemma_.lower(), "V"), ()))
    if type_ in VIOLENT_TYPES and hit and (thing or not _party_there(noun)):
        # "accused Russia of shelling Kharkiv, which killed three": the shelling killed, and
        # the shelled city did nothing ("which" is never a person, whatever the tagger says)
        return roles_of_clause(noun.head)[0]
    if actor_like(noun) or group_like(noun) or (
            type_ not in VIOLENT_TYPES and names_an_event(noun)) or (
            type_ in VIOLENT_TYPES and noun.lemma_.lower() not in INSTRUMENTS):
        return [noun]
    holder = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else noun.head
    if noun.dep_ not in ("dobj", "pobj") or holder.pos_ not in ("VERB", "AUX") or (
            type_ in VIOLENT_TYPES and not any(
                row.type in VIOLENT_TYPES or row.type == "MOBILIZE"
                for row in load_lexicon().get((holder.lemma_.lower(), "V"), ()))):
        return [noun]  # "police found / investigate a bomb that killed ...": no use of it
    return roles_of_clause(holder)[0] or [noun]


# Where a violent act happens: a place there is no doer of what the act did.
_AT_PLACE = frozenset({"in", "at", "near", "outside", "inside", "around", "across"})
# What a violent act is done to, besides where.
_ACTED_ON = frozenset({"on", "of", "against"})


def _violent_act_around(noun: "Token") -> "Token | None":
    """The noun of a violent act that `noun` is the place or object of ("the attack in Nice",
    "a strike on a school"), else None. A person or group there stays itself ("attacks on
    protesters, who fought back"), and so does a state the act is aimed at ("an attack on
    Veltria, which retaliated")."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or _party_there(noun):
        return None
    act = prep.head
    if act.pos_ != "NOUN" or not any(row.type in VIOLENT_TYPES for row in
                                     load_lexicon().get((act.lemma_.lower(), "N"), ())):
        return None
    lower = prep.lower_
    if lower in _AT_PLACE or (lower in _ACTED_ON and noun.ent_type_ not in ("GPE", "NORP")):
        return act
    return None


def _party_there(noun: "Token") -> bool:
    """A person or a group in the phrase: it may act itself (a state named as a place may
    not, GPE and LOC being places there)."""
    return noun.ent_type_ in ("PERSON", "ORG", "NORP") or person_like(noun) or (
        group_like(noun) and noun.ent_type_ not in ("GPE", "LOC", "FAC"))


def _relative_noun(pronoun: "Token") -> "Token":
    """The noun a relative pronoun inside a count stands for ("defendants, five of whom were
    fined": the defendants), else the pronoun."""
    clause = next((a for a in pronoun.ancestors if a.dep_ == "relcl"), None)
    return clause.head if clause is not None and clause.head.pos_ in ("NOUN", "PROPN") \
        else pronoun


def _bound_person(pronoun: "Token") -> "Token | None":
    """The one person a he / she stands for in its own sentence when no person is a subject
    before it: the nearest one the clause acts on ("Police arrested the man after he stabbed
    two people"); None leaves it to the article-wide resolver, which reads subjects only."""
    if pronoun.lower_ not in ("he", "she"):
        return None
    people = [t for t in pronoun.doc[pronoun.sent.start:pronoun.i]
              if not is_pronoun(t) and t.tag_ in ("NN", "NNP") and (
                  person_like(t) or (t.pos_ == "PROPN" and not t.ent_type_))]
    if any(t.dep_ in ("nsubj", "nsubjpass") for t in people):
        return None
    objects = [t for t in people if t.dep_ == "dobj"]
    return objects[-1] if objects else None


def argument_heads(token: "Token", type_: str, second: str | None = None
                   ) -> tuple[list["Token"], list["Token"]]:
    """(actor heads, target heads) of a trigger, conjuncts included, relative pronouns
    resolved (personal pronouns are left to the caller, who knows the reporter)."""
    if token.pos_ in ("NOUN", "PROPN") and not verb_by_parse(token):
        actors, targets = noun_arguments(token, type_)
    else:
        actors, targets = verb_arguments(token, second)
    if type_ == "RETREAT" and not actors:  # "girls abducted by X were released": X freed them
        actors = captors([t for t in targets if t.dep_ == "nsubjpass"])
    if type_ == "MOBILIZE":  # what is deployed or tested is no target
        targets = [t for t in targets if is_party(t) and t.dep_ != "dobj"]
    if type_ == "CONSULT" and token.pos_ == "VERB":
        # what is discussed is no party; whom with is, also where the parse hung the "with"
        # phrase on the topic ("discussing the situation with other members")
        topics = [t for t in targets if t.dep_ == "dobj" and not is_party(t)]
        targets = [t for t in targets if t not in topics] + [
            p for t in topics for w in t.children if w.dep_ == "prep" and w.lower_ == "with"
            for p in w.children if p.dep_ == "pobj" and is_party(p)]

    def expand(heads: list["Token"], doers: bool) -> list["Token"]:
        out: list[Token] = []
        for head in heads:
            for tok in with_conjuncts(head):
                tok = _bound_person(tok) or tok if doers else tok
                stand_ins = [tok]
                if tok.lower_ in RELATIVE_PRONOUNS:
                    thing = tok.lower_ == "which"
                    tok = resolve(tok)
                    stand_ins = _relative_doer(tok, type_, thing) if doers and \
                        tok.i != head.i else [tok]
                for one in (c for stand_in in stand_ins for c in (
                        with_conjuncts(stand_in) if stand_in.i != tok.i else [stand_in])):
                    one = _partitive_whole(one)
                    if one.i != tok.i and one.lower_ in ("whom", "which"):
                        one = _relative_noun(one)  # "five of whom were fined"
                    if one not in out:
                        out.append(one)
        return out
    actors, targets = expand(actors, True), expand(targets, False)
    if type_ in VIOLENT_TYPES:  # after relative pronouns: "missiles that can hit"
        actors = [user for actor in actors for user in _user_of(actor)]
        targets = [t for t in targets if t.lemma_.lower() not in INSTRUMENTS]
    return actors, aimed_at(targets, type_, named_doers(actors)) or clause_targets(token, type_)
