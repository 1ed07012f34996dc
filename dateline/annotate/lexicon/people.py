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
