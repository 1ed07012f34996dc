"""A name NER calls a person that the sentence treats as a body: "the" before it, "which"
after it, "its" for it (the small model tags many firms, teams and apps PERSON).

- "The Zorbex Rovers are top", "joined the Kelso League": a person's name takes no article
  (titles come between: "the late Al Roe", "the Rev. Al Roe");
- "Kelvo, which is owned by ...": a person is "who", never "which";
- "Zentrix raised its offer": the subject's own "its" is said of a thing.

After the vote, a short form takes the type of the longer name it ends ("Hustle", "Del Rio").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..names import name_key
from .grouping import Draft

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def _root(doc: "Doc", s: int, e: int) -> "Token":
    inside = [t for t in doc[s:e] if not s <= t.head.i < e or t.head.i == t.i]
    return inside[-1] if inside else doc[e - 1]


def _the_before(doc: "Doc", s: int, e: int, root: "Token") -> bool:
    """ "the" right before the name, as the name's own determiner; a lone singular word may be
    a nationality noun NER calls a person ("the Briton won")."""
    return s > 0 and doc[s - 1].lower_ == "the" and doc[s - 1].head.i == root.i and \
        root.dep_ != "compound" and (e - s > 1 or root.tag_ == "NNPS")


def _which_after(root: "Token", e: int) -> bool:
    """A relative clause on the name opened by "which": "Kelvo, which is owned by ..."."""
    return any(c.dep_ == "relcl" and c.i > e and any(
        w.lower_ == "which" and w.i < c.i for w in c.children) for c in root.children)


def _its_subject(root: "Token") -> bool:
    """The name is the subject and owns the object by "its": "Zentrix raised its offer" ("it"
    after "Roe said" is too often something else: "Roe said it was a mistake")."""
    if root.dep_ != "nsubj":
        return False
    return any(c.dep_ == "dobj" and any(p.lower_ == "its" and p.dep_ == "poss"
                                        for p in c.children) for c in root.head.children)


def body_cue(doc: "Doc", s: int, e: int) -> bool:
    """Whether the parse treats the PERSON-labelled name doc[s:e] as a body (module doc)."""
    root = _root(doc, s, e)
    return _the_before(doc, s, e, root) or _which_after(root, e) or _its_subject(root)


# words before a name that put it somewhere: "in Del Rio" is the town, not the coach
_LOCATIVE = frozenset({"in", "at", "near", "outside", "inside", "from", "to", "across"})


def tails_follow_their_names(doc: "Doc", drafts: list[Draft], settled: set[str],
                             labels: dict[str, set[str]]) -> None:
    """A name that ends a longer name of the article takes that name's voted type: "Hustle"
    after "the Memphis Hustle" is the club, "Del Rio" after "Jack Del Rio" the coach (NER
    types the short form alone); not when two types claim it, when put somewhere, or when
    the short form's own name types it (`settled` name keys: "Republic of Korea"). Only a
    name whose vote agrees with NER's own label somewhere (`labels`, by text) leads: a cue
    alone ("film-maker Al Roe" read as a maker) is too weak to retype its short form."""
    owners: dict[str, set[str]] = {}
    written = {d.text for d in drafts}
    for d in drafts:
        words = d.text.split()
        # "United Twitter" where "United" is a name of its own: two names run together
        glued = any(" ".join(words[:k]) in written for k in range(1, len(words)))
        if len(words) > 1 and d.type in ("PERSON", "ORG") and not glued and \
                d.type in labels.get(d.text, ()):
            for k in range(1, len(words)):
                owners.setdefault(" ".join(words[k:]), set()).add(d.type)
    for d in drafts:
        types = owners.get(d.text, set())
        if len(types) != 1 or d.type in types or d.type == "GROUP" or \
                name_key(d.text) in settled:
            continue
        if d.tok_start > 0 and doc[d.tok_start - 1].lower_ in _LOCATIVE:
            continue
        d.type = next(iter(types))
