"""Roles and titles written next to a name: "Ukrainian President", "Kremlin spokesman",
"Secretary of State", or an apposition ("Dmitry Peskov, the Kremlin spokesman").

A role needs one word from ROLE_WORDS; the words around it come from the parse (compound, amod,
nmod, "of" phrases, possessives) so that the role is the writer's own phrase, not a lexicon entry.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..names import HONORIFICS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from .grouping import Draft

ROLE_WORDS = frozenset("""
president vice-president minister premier chancellor secretary spokesman spokeswoman spokesperson
mayor governor senator sen. rep. representative congressman congresswoman ambassador envoy
general gen. lt. col. colonel commander chief admiral marshal officer official leader head
director chairman chairwoman chair ceo founder king queen prince princess pope emperor sheikh
emir judge justice prosecutor attorney lawyer adviser advisor aide deputy counterpart diplomat
correspondent reporter analyst economist expert professor mp lawmaker speaker candidate
ombudsman patriarch archbishop bishop cardinal rabbi imam captain sergeant major commissioner
premier president-elect dictator monarch chief-of-staff lieutenant regent strongman
""".split())
_MAX_ROLE_TOKENS = 7
_PART_ENTS = {"NORP", "GPE", "ORG", "LOC", "FAC"}


def is_role_word(token: "Token") -> bool:
    return token.lower_ in ROLE_WORDS


def honorific_before(doc: "Doc", start: int) -> bool:
    """True when the name starting at token `start` follows Mr./Mrs./Dr. and the like."""
    return start > 0 and doc[start - 1].lower_.rstrip(".") in HONORIFICS


def with_honorifics(doc: "Doc", text: str, drafts: "list[Draft]") -> None:
    """Widen each PERSON mention over the capitalised honorific written right before it ("Mr.
    Roe", "Dr Lee"): NER leaves it outside the span, GUIDELINES 3 keeps a name as written in
    the mention (the canonical still drops it)."""
    for d in drafts:
        if d.type != "PERSON" or not honorific_before(doc, d.tok_start):
            continue
        before = doc[d.tok_start - 1]
        if before.is_title and before.whitespace_:
            d.start, d.tok_start = before.idx, d.tok_start - 1
            d.text = text[d.start:d.end]


def _role_part(token: "Token") -> bool:
    if token.is_punct or token.is_space or token.like_num:
        return False
    if token.ent_type_ == "PERSON":
        return token.i + 1 < len(token.doc) and token.doc[token.i + 1].tag_ == "POS"
    if token.tag_ == "POS" or token.lower_ == "of":
        return True
    return token.pos_ in ("PROPN", "NOUN", "ADJ") or token.ent_type_ in _PART_ENTS


def _trim(tokens: list["Token"]) -> list["Token"]:
    while tokens and (tokens[0].lower_ in ("of", "the") or tokens[0].tag_ == "POS"):
        tokens = tokens[1:]
    while tokens and tokens[-1].lower_ in ("of", "the"):
        tokens = tokens[:-1]
    return tokens


def role_before(doc: "Doc", start: int) -> str | None:
    """The title written right before the name starting at token `start`, if any."""
    tokens: list["Token"] = []
    i = start - 1
    while i >= 0 and len(tokens) < _MAX_ROLE_TOKENS and _role_part(doc[i]):
        tokens.insert(0, doc[i])
        i -= 1
    tokens = _trim(tokens)
    # keep only the stretch from the first word that attaches to the role onwards
    if not tokens or not any(is_role_word(t) for t in tokens):
        return None
    # a lowercase common noun that is not a role ends the title ("troops President X" -> President)
    for k in range(len(tokens) - 1, -1, -1):
        t = tokens[k]
        if t.pos_ == "NOUN" and not is_role_word(t) and t.is_lower and k < len(tokens) - 1:
            if any(is_role_word(u) for u in tokens[k + 1:]):
                tokens = tokens[k + 1:]
            break
    tokens = _trim(tokens)
    if not tokens or not any(is_role_word(t) for t in tokens):
        return None
    return doc[tokens[0].i: tokens[-1].i + 1].text


def _phrase_to(head: "Token") -> str | None:
    """The modifiers of a role noun and the noun itself ("the Kremlin spokesman" -> minus 'the')."""
    if not is_role_word(head):
        return None
    left = [t for t in head.subtree if t.i <= head.i]
    left = [t for t in left if t.i >= head.i - _MAX_ROLE_TOKENS]
    while left and (left[0].pos_ in ("DET", "PUNCT") or left[0].lower_ in ("his", "her", "its")):
        left = left[1:]
    if not left:
        return None
    return head.doc[left[0].i: head.i + 1].text


def role_apposition(span: "Span") -> str | None:
    """A role in apposition: "X, the Kremlin spokesman," or "the Kremlin spokesman, X"."""
    root = span.root
    for child in root.children:
        if child.dep_ == "appos" and child.i >= span.end:
            role = _phrase_to(child)
            if role:
                return role
    if root.dep_ == "appos" and root.head.i < span.start:
        return _phrase_to(root.head)
    return None


def find_role(span: "Span") -> str | None:
    """The role written with the mention `span`: title before it, else apposition."""
    return role_before(span.doc, span.start) or role_apposition(span)
