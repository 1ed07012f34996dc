"""A happening named by a word that says only "it happened", told back to the story's act.

"The incident occurred at the entrance to her home", "the confrontation took place after ...":
a definite noun of a bare happening, with no word of its own saying which, that the text says
took place, points back to the story's violent act, the first real one the article tells
(the lead's), and takes its type. A modifier makes it a happening of its own ("a shooting
incident" is typed by "shooting"; "a similar incident" is another one), an indefinite one
("an incident occurred") is new, and a story told with no violence gives it no type (a crash
"incident" is no event).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable, Sequence

from ...model import Event
from .occurrence import occurs
from .ontology import Trigger

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Nouns that say only that something happened, never which kind of act.
BARE_HAPPENINGS = frozenset({"incident", "confrontation", "altercation"})
_VIOLENT = frozenset({"ASSAULT", "FIGHT"})
_DEFINITE = frozenset({"the", "this", "that"})


def story_act(events: Iterable[Event]) -> str | None:
    """The type of the article's first violent act told as real, if any."""
    return next((e.type for e in events if e.type in _VIOLENT and
                 e.mode in ("asserted", "claimed")), None)


def _bare_definite(token: "Token") -> bool:
    """A definite bare-happening noun with no modifier of its own."""
    return token.pos_ == "NOUN" and token.lemma_.lower() in BARE_HAPPENINGS and \
        token.dep_ in ("nsubj", "nsubjpass") and \
        any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in token.children) and \
        not any(c.dep_ in ("amod", "compound", "nmod", "poss", "nummod") for c in token.children)


def told_back(sent: "Span", act: str | None, found: Sequence[tuple["Token", Trigger]]
              ) -> list[tuple["Token", Trigger]]:
    """The sentence's triggers with each bare happening said to occur typed as the story's
    act `act` (see the module doc)."""
    if act is None:
        return list(found)
    taken = {token.i for token, _ in found}
    extra = [(token, Trigger(token.lemma_.lower(), "N", act, None)) for token in sent
             if token.i not in taken and _bare_definite(token) and occurs(token)]
    return sorted([*found, *extra], key=lambda pair: pair[0].i) if extra else list(found)
