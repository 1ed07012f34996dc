"""Who can speak or claim: people, organisations and groups, never abstract nouns.

Speakers of quotes and claimants of figures must be agents. A token is one when the entity
component or spaCy names a person, organisation or country there, or when its head noun is a
person or organisation noun ("the spokesman", "police", "the ministry", "a journalist").
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

from ...model import EntityMention
from ..entities.cues import ORG_NOUNS as BODY_NOUNS
from ..entities.roles import ROLE_WORDS
from ..syntax import entity_at

if TYPE_CHECKING:
    from spacy.tokens import Token

# People by what they are or do; roles and titles come from ROLE_WORDS.
PERSON_NOUNS = ROLE_WORDS | frozenset("""
man woman men women boy girl child children person people resident residents survivor witness
parent parents
soldier officer source sources spokesperson official officials father mother husband wife son
daughter brother sister friend neighbour neighbor relative victim passenger driver pilot doctor
nurse teacher student worker farmer owner waiter journalist activist historian politician
citizen civilian villager shopkeeper engineer scientist researcher investigator detective
policeman policewoman constable firefighter paramedic rescuer volunteer guard manager
executive employee customer user bystander eyewitness lawmaker legislator member observer
monitor medic surgeon commentator columnist editor blogger writer author poet singer actor
captive hostage prisoner detainee inmate abductee migrant pilgrim tourist visitor fan
spectator protester demonstrator schoolgirl schoolboy pupil baby infant teenager adult
rebel militant insurgent separatist guerrilla gunman attacker fighter troop troops rescuer
responder investigator prosecutor defender lawyer attorney broker trader economist
coach player striker midfielder goalkeeper referee umpire athlete champion rider runner
dealer banker investor buyer seller consumer shopper negotiator mediator strategist forecaster
insider dictator despot tyrant strongman ruler
""".split())
# Bodies that speak through a spokesperson.
ORG_NOUNS = frozenset("""
company firm group organisation organization agency ministry department government
administration authority authorities army military police force navy court council
committee commission office bureau service union party parliament congress senate cabinet
regime embassy university hospital school bank network newspaper paper broadcaster channel
station media press outlet outlets
team club federation alliance coalition board prosecutor's prosecution campaign charity
ltd inc inc. corp corp. llc plc co. gmbh
""".split())
# Person nouns by their agentive ending ("-ist", "-ian") when the lists above miss them.
_PERSON_SUFFIXES = ("ist", "ists", "ian", "ians", "man", "men", "woman", "women", "person")
_AGENT_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def is_person_noun(token: "Token") -> bool:
    """A common noun that names a person ("the spokesman", "a journalist")."""
    low, lemma = token.lower_, token.lemma_.lower()
    if low in PERSON_NOUNS or lemma in PERSON_NOUNS:
        return True
    return len(low) > 6 and low.endswith(_PERSON_SUFFIXES)


def is_org_noun(token: "Token") -> bool:
    """A common noun that names a body: the speaking bodies above, or a kind of organisation
    the entity component types names by ("the airline", "the carmaker")."""
    low, lemma = token.lower_, token.lemma_.lower()
    return low in ORG_NOUNS or lemma in ORG_NOUNS or (lemma in BODY_NOUNS and not
                                                      is_person_noun(token))


def is_agent(token: "Token", entities: Sequence[EntityMention] = ()) -> bool:
    """Whether the noun phrase headed by `token` names who can speak or claim."""
    mention = entity_at(entities, token.idx, token.idx + len(token.text))
    if mention is not None and mention.type in ("PERSON", "ORG", "GROUP", "PLACE"):
        return True
    if token.ent_type_ in _AGENT_LABELS:
        return True
    return is_person_noun(token) or is_org_noun(token) or any(
        c.dep_ in ("compound", "poss") and (c.ent_type_ in _AGENT_LABELS or is_org_noun(c) or (
            entity_at(entities, c.idx, c.idx + len(c.text)) is not None))
        for c in token.children)  # "Kremlin spokesman", "the company's lawyers"
