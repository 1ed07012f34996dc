"""A party ending its own legal action backs down: "voluntarily dismissed the lawsuit",
"prosecutors dropped the charges" (RETREAT); a court or judge that dismisses a suit rules
against it (REJECT, the row after), and so does any party that "dismisses the claims" or a
complaint "from" another.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .clause import agent_of, objects
from .condition_words import lemma_forms, words_of

if TYPE_CHECKING:
    from spacy.tokens import Token

# Who rules on a legal action rather than bringing it.
_BENCH = frozenset({"court", "judge", "tribunal", "jury", "magistrate", "justice", "panel"})


def own_action_ended(token: "Token", actions: frozenset[str]) -> bool:
    """Whether the verb ends a legal action of `actions` and its stated doer is no bench."""
    doer = agent_of(token)
    if doer is None or doer.lemma_.lower() in _BENCH or doer.ent_type_ == "ORG" and \
            any(w in doer.text.lower() for w in _BENCH):
        return False
    ended = [o for o in objects(token) if not any(
        c.dep_ == "prep" and c.lower_ in ("from", "by") for c in o.children)]
    return bool(words_of(ended) & lemma_forms(actions))  # "an appeal from X" is X's
