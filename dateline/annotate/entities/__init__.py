"""Entity mentions: people, organisations, groups and places, one canonical entity per real thing.

spans (name spans and repairs) → rules (what NER gets wrong) → grouping (one group per real
thing, canonical name, id) → roles (titles next to a name); aliases and names fold spellings.
"""

from .extract import find_entities

__all__ = ["find_entities"]
