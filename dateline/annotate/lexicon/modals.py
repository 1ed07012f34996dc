"""Modal and future auxiliaries, once: what makes a statement possible, future or conditional."""

from __future__ import annotations

# "may", "might", "should", "must": a possibility or obligation that also looks forward
WEAK_FUTURE_MODALS = frozenset({"may", "might", "should", "must"})
# "could", "can" ("ca" is spaCy's token for the "ca" of "can't"): ability, forward only by context
ABILITY_MODALS = frozenset({"could", "can", "ca"})
POSSIBILITY_MODALS = WEAK_FUTURE_MODALS | ABILITY_MODALS
# "must", "should": an obligation, what is to be done ("the arsonists must face trial"), not
# a guess at what may happen
OBLIGATION_MODALS = frozenset({"must", "should"})
# "will", "shall", "'ll", "wo" ("wo" of "won't")
FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
CONDITIONAL_AUX = frozenset({"would", "'d"})
MODALS = POSSIBILITY_MODALS | FUTURE_AUX | CONDITIONAL_AUX
