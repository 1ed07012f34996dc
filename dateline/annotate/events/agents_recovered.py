"""Doers the clause tells but not where arguments.py reads them: a subject the parse hung on a
fronted clause, the doer of an agentless passive named on the act it followed, and the speaker's
own organisation behind "our team"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .ontology import names_an_event
from .reference import INSTITUTIONS, person_like

if TYPE_CHECKING:
    from spacy.tokens import Token

# Prepositions that put a passive act right after, or inside, another act: the other act's
# "by" doer is the passive's ("arrested following an inquiry by the police").
SEQUEL_PREPS = frozenset({"following", "after", "amid", "during", "in"})
# Collective nouns a speaker's "our" turns into the speaker's own body ("our team will ...").
_OWN_BODIES = INSTITUTIONS | frozenset({"team", "staff", "crew", "country", "nation", "people"})


def fronted_subject(verb: "Token") -> "Token | None":
    """The subject of a finite verb with none, that the parse hung as an apposition on the
    last noun of a fronted clause ("While condemning the test, Dorn and Lima urged ...": Dorn
    became an apposition of "the test"); None when there is no such clause."""
    if verb.tag_ not in ("VBD", "VBP", "VBZ") and not any(
            c.dep_ in ("aux", "auxpass") for c in verb.children):
        return None
    between = {c.i for c in verb.children if c.dep_ in ("aux", "auxpass", "neg", "advmod")}
    for clause in (c for c in verb.children if c.dep_ == "advcl" and c.i < verb.i):
        for tok in clause.subtree:
            if tok.dep_ != "appos" or tok.pos_ not in ("PROPN", "NOUN"):
                continue
            gap = range(tok.right_edge.i + 1, verb.i)
            comma = tok.doc[tok.left_edge.i - 1].text == "," if tok.left_edge.i else False
            if comma and all(i in between for i in gap):
                return tok
    return _conjoined_subject(verb, between)


def _conjoined_subject(verb: "Token", between: set[int]) -> "Token | None":
    """The subject of a coordinated clause that the parse joined to the last noun of the
    clause before ("accused them of theft and the players were asked to leave": "players"
    made a conjunct of "theft")."""
    if verb.dep_ != "conj":
        return None
    start = verb.i - 1
    while start in between:
        start -= 1
    noun = verb.doc[start].head if verb.doc[start].dep_ != "conj" else verb.doc[start]
    if noun.dep_ != "conj" or noun.pos_ not in ("NOUN", "PROPN") or \
            noun.right_edge.i != start or noun.head.dep_ in ("nsubj", "nsubjpass"):
        return None
    before = noun.left_edge.i - 1
    return noun if before >= 0 and verb.doc[before].lower_ == "and" else None


def sequel_doers(verb: "Token") -> list["Token"]:
    """The "by" doers of the act an agentless passive followed or came in ("was arrested
    following an investigation by the police": the police); none when that act has none."""
    out: list[Token] = []
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in SEQUEL_PREPS):
        for act in (c for c in prep.children if c.dep_ == "pobj" and names_an_event(c)):
            out.extend(p for by in act.children if by.dep_ == "prep" and by.lower_ == "by"
                       for p in by.children if p.dep_ == "pobj")
    return with_owner(out)


def speakers_own(heads: list["Token"]) -> list["Token"]:
    """Each "our team" or "our government" as its "our", which the speaker's organisation
    stands for; "our son" or "our lawyers" are people, who stay themselves."""
    out = []
    for head in heads:
        our = next((c for c in head.children if c.dep_ == "poss" and c.lower_ == "our"), None)
        own = our is not None and head.pos_ == "NOUN" and not person_like(head) and \
            head.lemma_.lower() in _OWN_BODIES
        # "our team at Acme" names the organisation itself
        named = [p for prep in head.children if prep.dep_ == "prep" and prep.lower_ in (
            "at", "of", "in") for p in prep.children if p.dep_ == "pobj" and p.ent_type_ in (
            "ORG", "NORP") and p.pos_ == "PROPN"]
        out.append((named[0] if named else our) if own and our is not None else head)
    return out


def with_owner(units: list["Token"]) -> list["Token"]:
    """Each doer with the organisation it is a unit of ("Dorn Police's crimes division")."""
    return [one for unit in units for one in (unit, *(
        c for c in unit.children if c.dep_ == "poss" and c.ent_type_ in ("ORG", "GPE")))]
