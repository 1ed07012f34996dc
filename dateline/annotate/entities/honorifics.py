"""A person's name as written with its honorific: "Mr. Roe", "Dr Lee".

NER leaves "Mr." outside the PERSON span; GUIDELINES 3 keeps a name "as written" in the
mention ("Mr. Lopez") while the canonical drops the honorific, so only the mention widens.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..names import HONORIFICS
from .grouping import Draft

if TYPE_CHECKING:
    from spacy.tokens import Doc


def _honorific_at(doc: "Doc", i: int) -> bool:
    """Token i is a capitalised honorific ("Mr.", "Mrs", "Dr.") written before the next word."""
    if i < 0:
        return False
    tok = doc[i]
    return tok.is_title and tok.lower_.rstrip(".") in HONORIFICS and tok.whitespace_ != ""


def with_honorifics(doc: "Doc", text: str, drafts: list[Draft]) -> None:
    """Widen each PERSON mention over the honorific right before it (canonical unchanged)."""
    for d in drafts:
        if d.type != "PERSON" or not _honorific_at(doc, d.tok_start - 1):
            continue
        d.start, d.tok_start = doc[d.tok_start - 1].idx, d.tok_start - 1
        d.text = text[d.start:d.end]
