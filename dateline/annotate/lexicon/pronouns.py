"""Pronouns, once: which stand for a person, which for a group or thing, which relate clauses."""

from __future__ import annotations

PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "himself", "herself"})
GROUP_PRONOUNS = frozenset({"it", "they", "them", "itself", "themselves"})
SPEAKER_PRONOUNS = frozenset({"i", "we", "you", "us", "me"})
RELATIVE_PRONOUNS = frozenset({"which", "who", "that"})
DEMONSTRATIVES = frozenset({"this", "these", "those"})
PRONOUNS = (PERSON_PRONOUNS | GROUP_PRONOUNS | SPEAKER_PRONOUNS | RELATIVE_PRONOUNS
            | DEMONSTRATIVES)
