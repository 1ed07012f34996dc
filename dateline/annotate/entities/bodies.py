"""A name NER calls a person that the sentence treats as a body: "the" before it, "which"
after it (the small model tags many firms, teams and apps PERSON).

- "The Zorbex Rovers are top", "joined the Kelso League": a person's name takes no article
  (titles come between: "the late Al Roe", "the Rev. Al Roe");
- "Kelvo, which is owned by ...": a person is "who", never "which".

After the vote, a short form takes the type of the longer name it ends ("Hustle", "Del Rio").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..names import HONORIFICS, name_key, translit_key
from ..places.gazetteer import load_gazetteer
from .grouping import Draft
from .roles import is_role_word

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def _root(doc: "Doc", s: int, e: int) -> "Token":
    inside = [t for t in doc[s:e] if not s <= t.head.i < e or t.head.i == t.i]
    return inside[-1] if inside else doc[e - 1]


def _the_before(doc: "Doc", s: int, e: int, root: "Token") -> bool:
    """ "the" right before the name, as the name's own determiner; a lone singular word may be
    a nationality noun NER calls a person ("the Briton won"); "the Rt Rev Al Roe" is a title's
    article, "the Al Roe of podcasting" a person made a type."""
    return s > 0 and doc[s - 1].lower_ == "the" and doc[s - 1].head.i == root.i and \
        root.dep_ != "compound" and (e - s > 1 or root.tag_ == "NNPS") and not any(
            is_role_word(t) or t.lower_.rstrip(".") in HONORIFICS for t in doc[s:e]) and \
        not any(c.dep_ == "prep" and c.lower_ == "of" for r in (root, *root.conjuncts)
                for c in r.children)


def _which_after(doc: "Doc", root: "Token", e: int) -> bool:
    """A relative clause on the subject name opened by "which": "Kelvo, which is owned by
    ..." right after the name (after an object, or further on, the parse often hangs the
    clause on the wrong noun: "the novel written by Al Roe, which ...", "Al Roe, head of
    Kelvo, which ...")."""
    return root.dep_ in ("nsubj", "nsubjpass") and e + 1 < len(doc) and \
        doc[e].text == "," and doc[e + 1].lower_ == "which" and any(
            c.dep_ == "relcl" and c.i > e for c in root.children)


def body_cued(doc: "Doc", drafts: list[Draft], surnames: set[str]) -> set[int]:
    """Where each PERSON or ORG name the parse treats as a body starts, once per article ("the
    Osbournes" after "Ozzy Osbourne" is a family: a plural of a full name's surname)."""
    return {d.start for d in drafts if d.type in ("PERSON", "ORG")
            and body_cue(doc, d.tok_start, d.tok_end) and not (
                translit_key(re.sub(r"e?s$", "", d.text)) in surnames
                or translit_key(d.text[:-1]) in surnames)}


def body_cue(doc: "Doc", s: int, e: int) -> bool:
    """Whether the parse treats the PERSON-labelled name doc[s:e] as a body (module doc)."""
    root = _root(doc, s, e)
    return _the_before(doc, s, e, root) or _which_after(doc, root, e)


# words before a name that put it somewhere: "in Del Rio" is the town, not the coach
_LOCATIVE = frozenset({"in", "at", "near", "outside", "inside", "from", "to", "across"})


def tails_follow_their_names(doc: "Doc", drafts: list[Draft], settled: set[str],
                             labels: dict[str, set[str]]) -> None:
    """A name that ends a longer name of the article takes that name's voted type: "Hustle"
    after "the Memphis Hustle" is the club, "Del Rio" after "Jack Del Rio" the coach (NER
    types the short form alone); not when two types claim it, when put somewhere, or when
    strong evidence typed the short form itself (`settled` name keys). Only a
    name whose vote agrees with NER's own label somewhere (`labels`, by text) leads: a cue
    alone ("film-maker Al Roe" read as a maker) is too weak to retype its short form."""
    owners: dict[str, set[str]] = {}
    written = {d.text for d in drafts}
    for d in drafts:
        words = d.text.split()
        # "United Twitter" where "United" is a name of its own: two names run together; a
        # span with a comma in it ("People , Reid") is two names too
        glued = any(" ".join(words[:k]) in written for k in range(1, len(words))) or \
            any(not (t.is_alpha or t.text in "-.'’") for t in doc[d.tok_start:d.tok_end])
        if len(words) > 1 and d.type in ("PERSON", "ORG") and not glued and \
                d.type in labels.get(d.text, ()):
            for k in range(1, len(words)):
                owners.setdefault(" ".join(words[k:]), set()).add(d.type)
    for d in drafts:
        types = owners.get(d.text, set())
        if len(types) != 1 or d.type in types or d.type == "GROUP" or \
                name_key(d.text) in settled or (d.type == "PLACE" and "ORG" in types and
                                                load_gazetteer().lookup(d.text)):
            continue  # a body is often named after its place: "ITV London", "London"
        if d.tok_start > 0 and doc[d.tok_start - 1].lower_ in _LOCATIVE:
            continue
        d.type = next(iter(types))


def _modifier(doc: "Doc", d: Draft) -> bool:
    """The name only modifies a noun after it ("Ugandan women", "Ugandan NGOs")."""
    root = _root(doc, d.tok_start, d.tok_end)
    return root.dep_ in ("compound", "amod") and root.head.i >= d.tok_end


def split_glued_bodies(doc: "Doc", text: str, drafts: list[Draft]) -> list[Draft]:
    """A span made of two names the article writes alone, each voted a body, is those two
    bodies: "the official Acme Chirper account" where "Acme" and "Chirper" are each an ORG
    elsewhere (NER runs the two together and calls the run a person or a place; "Chicago
    Bears" stays whole: "Chicago" alone is a place)."""
    # a body named on its own at least once, not only as a modifier ("Ugandan women": NER's
    # ORG for a nationality word names no body)
    bodies = {d.text for d in drafts if d.type == "ORG" and not _modifier(doc, d)}
    out = []
    for d in drafts:
        cut = next((k for k in range(d.tok_start + 1, d.tok_end)
                    if doc[d.tok_start:k].text in bodies and doc[k:d.tok_end].text in bodies),
                   None) if d.type != "GROUP" else None
        if cut is None:
            out.append(d)
            continue
        for a, b in ((d.tok_start, cut), (cut, d.tok_end)):
            start, end = doc[a].idx, doc[b - 1].idx + len(doc[b - 1].text)
            out.append(Draft(start, end, a, b, text[start:end], "ORG"))
    return out


def named_bodies(doc: "Doc", text: str, drafts: list[Draft]) -> list[Draft]:
    """Bodies NER missed, named between "the" and the kind of body they are: "the Bring Back
    Our Girls campaign", "the Kelso Walkers club" (capitalised words of any part of speech, no
    entity of NER's among them but a "work" it takes a slogan for: a slogan's verbs and
    pronouns are the name's)."""
    from .cues import ORG_NOUNS

    from spacy.attrs import LOWER

    kinds = ORG_NOUNS | {"campaign"}  # a campaign is a body only when named for itself
    taken = {i for d in drafts for i in range(d.tok_start, d.tok_end)}
    found = []
    # the kind nouns found in one array of word ids: a Token object per word is the cost
    wanted = {doc.vocab.strings[k] for k in kinds}
    for i, word in enumerate(doc.to_array(LOWER).tolist()):
        if word not in wanted:
            continue
        noun = doc[i]
        if not (noun.is_lower and noun.pos_ == "NOUN"):
            continue
        s = noun.i
        while s > 0 and doc[s - 1].is_title and doc[s - 1].is_alpha and \
                doc[s - 1].ent_type_ in ("", "WORK_OF_ART") and s - 1 not in taken and \
                doc[s - 1].lower_ != "the":
            s -= 1
        if noun.i - s < 2 or s == 0 or doc[s - 1].lower_ != "the":
            continue
        start, end = doc[s].idx, doc[noun.i - 1].idx + len(doc[noun.i - 1].text)
        found.append(Draft(start, end, s, noun.i, text[start:end], "ORG"))
    return found
