"""A hostile act that its doer stops is a retreat: "agreed to stop opposing Qualcomm in court",
"the rebels stopped attacking the town", "ceased firing".

A verb of ceasing takes the hostile act it governs as a gerund, and what the clause tells is
the ceasing, a de-escalation (RETREAT), not the act that ends; its doer is the act's. An
infinitive ("stopped to rest") is a purpose, no ceasing, and an act that is no hostility
("stopped talking to reporters") keeps its type.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from .ontology import Trigger

if TYPE_CHECKING:
    from spacy.tokens import Token

CEASING_VERBS = frozenset({"stop", "cease", "quit", "halt", "discontinue"})
# Acts whose ending eases a conflict (PLOVER RETREAT: de-escalation).
HOSTILE_TYPES = frozenset({"FIGHT", "ASSAULT", "COERCE", "REJECT", "DISAPPROVE", "THREATEN",
                           "SANCTION", "PROTEST"})


def ceased(token: "Token", row: Trigger) -> Trigger:
    """The row a trigger holds with: RETREAT for a hostile gerund a verb of ceasing governs."""
    if row.type not in HOSTILE_TYPES or token.tag_ != "VBG" or token.dep_ != "xcomp" or \
            token.head.lemma_.lower() not in CEASING_VERBS:
        return row
    return dataclasses.replace(row, type="RETREAT", acled=None)
