"""A stance noun given by a verb of conveying is the act told: "offered their condolences",
"extended its sympathy", "sent their congratulations" (the verb is light, as "expressed" is)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# Verbs that only convey a stance noun to someone.
CONVEYING_VERBS = frozenset({"offer", "extend", "send", "convey", "pass", "express", "give",
                             "pay", "voice"})
# Kinds of act a stance noun names.
STANCE_TYPES = frozenset({"SUPPORT", "DISAPPROVE"})


def conveyed(noun: "Token", type_: str) -> bool:
    """Whether a stance noun is the object of a conveying verb: the verb tells that it was
    given (a "to" phrase or not)."""
    return type_ in STANCE_TYPES and noun.dep_ == "dobj" and \
        noun.head.lemma_.lower() in CONVEYING_VERBS
