"""Common nouns for people that the components read as roles, never as names."""

from __future__ import annotations

# Nouns that name the doer of a violent happening; a name in apposition is that doer's.
PERPETRATOR_NOUNS = frozenset({
    "attacker", "assailant", "gunman", "shooter", "bomber", "killer", "perpetrator", "driver",
    "hijacker", "stabber", "suspect",
})
# Head words of a nameless description of a person ("a Tunisian-born man", "an armed driver").
DESCRIPTION_HEADS = PERPETRATOR_NOUNS | frozenset({"man", "woman", "person", "youth",
                                                   "teenager", "individual"})
# Occupations written before a name as a title would be ("Singer Rihanna", "Actor Ann Lee"):
# no part of the name. Words that also come before places or things ("host Qatar", "driver",
# "model", "manager", "oil producer Saudi Arabia", "chip designer Arm") stay out.
OCCUPATIONS = frozenset({
    "singer", "actor", "actress", "rapper", "comedian", "chef", "author", "writer", "novelist",
    "poet", "musician", "artist", "coach", "journalist", "reporter",
    "photographer", "filmmaker", "songwriter", "guitarist", "drummer", "dancer", "astronaut",
    "entrepreneur", "billionaire", "businessman", "businesswoman", "economist", "historian",
    "scientist", "professor", "lawyer", "attorney", "activist", "blogger", "broadcaster",
    "striker", "goalkeeper", "midfielder",
})
