"""Named things that are no entity: the common noun a writer names them with says so.

The guidelines code people, organisations, groups and places, never products, vehicles,
animals or works. NER calls "the Zorbex Heavy" an ORG and a zoo's gorilla a PERSON; the
writer's own frame gives the kind away: "a gorilla called Kumbo", "the rocket, known as the
Zorbex Heavy" (naming verbs), "the vessel, Sea Lark" (apposition), "gorilla Kumbo" (a class
noun right before the name), "the Big Zorbex Rocket" (the name's own last word).
The noun classes are generic English classes, not names.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..names import HONORIFICS, acronym_of, initials, is_acronym
from .aliases import lookup_alias

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .grouping import Draft

# the type a draft gets when its frame names a thing: voted like a type, then dropped
THING = "THING"
# made things a name can end with ("Big Zorbex Rocket", "Essential Phone"); none is a word
# that ends a person's or an organisation's name
# singular only: a plural ends many a maker's name ("Volvo Cars", "Daimler Trucks")
PRODUCT_HEADS = frozenset("""
rocket phone smartphone handset car truck spacecraft satellite jet jetliner airliner plane
drone missile chip processor laptop tablet console headset smartwatch sedan hatchback
roadster suv pickup minivan locomotive tanker submarine warship destroyer frigate ferry yacht
""".split())
_ANIMALS = frozenset("""
animal gorilla gorillas chimpanzee chimp ape monkey orangutan lion lioness tiger elephant
giraffe rhino hippo bear panda dog puppy cat kitten horse pony stallion mare cow bull
pig sheep goat whale orca dolphin shark seal otter penguin eagle parrot owl crocodile
alligator snake tortoise turtle silverback cub pet mascot
""".split())
_VEHICLES_AND_WORKS = frozenset("""
vessel ship boat vehicle aircraft helicopter train device gadget film movie documentary
album song novel book painting sculpture opera musical sitcom
app software game videogame glasses headphones earbuds
""".split())
THING_NOUNS = PRODUCT_HEADS | _ANIMALS | _VEHICLES_AND_WORKS
_NAMING_VERBS = frozenset({"call", "name", "dub", "nickname", "know", "christen"})
# only a made thing comes in versions: "the Mac version of the Quill Store"
_VERSIONS = frozenset({"version", "versions", "edition", "editions"})
_OWNERS = frozenset({"his", "her", "their", "my", "our", "your"})


def thing_noun(token: "Token") -> bool:
    """A lowercase common noun for a product, a vehicle, an animal or a work."""
    return token.pos_ == "NOUN" and token.is_lower and (
        token.lower_ in THING_NOUNS or token.lemma_ in THING_NOUNS)


def made_by_a_body(name: str, bodies: "set[str]") -> bool:
    """A "person's" name opened by a body's name is its product or unit ("Zorbex Glass"): no
    first name is a company's (the article's one-word bodies, or the alias table's)."""
    words = name.split()
    if len(words) < 2 or words[0].lower().rstrip(".") in HONORIFICS:
        return False
    alias = lookup_alias(words[0])
    return words[0] in bodies or (alias is not None and alias.type == "ORG")


def named_thing(root: "Token") -> bool:
    """A naming verb gives the name a thing: "a gorilla called Kumbo", "known as the X"."""
    verb = root.head
    if root.dep_ == "pobj" and verb.lower_ == "as":  # "known as X": the verb is one up
        verb = verb.head
    elif root.dep_ not in ("oprd", "attr", "dobj", "xcomp", "appos"):
        return False
    if verb.pos_ != "VERB" or verb.lemma_ not in _NAMING_VERBS or verb.dep_ not in (
            "acl", "relcl", "appos"):
        return False
    return thing_noun(verb.head)


def versioned(root: "Token", s: int, e: int) -> bool:
    """ "the Mac version", "a version of the Quill Store": the name is a product."""
    head = root.head
    if root.dep_ == "compound" and head.i >= e and head.lower_ in _VERSIONS:
        return True
    return root.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in _VERSIONS


def owned(doc: "Doc", root: "Token", s: int, e: int) -> bool:
    """ "crashed his Vantor": a lone name a person owns is a thing (a car by its maker)."""
    # the maker's name modifying a noun ("his Vantor car") is not: root is then a compound
    # "posted on her Quillgram" (an object of a preposition) is an account at a company
    return e - s == 1 and s > 0 and doc[s - 1].lower_ in _OWNERS and \
        doc[s - 1].head.i == root.i and root.dep_ in ("dobj", "nsubj")


def model_number(doc: "Doc", s: int, e: int) -> bool:
    """ "Quill 2" tagged ORG: a name closed by a bare number is a model."""
    # the caller rules out bodies and places numbered ("Channel 4", "Terminal 5")
    return e - s >= 2 and doc[e - 1].text.isdigit() and doc[s].ent_type_ == "ORG" and \
        doc[e - 2].is_title and doc[e - 2].pos_ == "PROPN"


def product_lines(doc: "Doc", drafts: list["Draft"], text: str | None = None) -> None:
    """Names of a model's product line, a thing's acronym or its cut-short end become things."""
    # "Quill Visual Core" beside "Quill 2" (unless "Quill" alone names the maker), "the BZR,
    # or Big Zorbex Rocket", "Store" NER cut from "the Quill Store"
    models = {doc[d.tok_start].text for d in drafts if d.type == THING and
              model_number(doc, d.tok_start, d.tok_end)}
    shorts = {initials(d.text) for d in drafts if d.type == THING and " " in d.text}
    names = {d.text for d in drafts if d.type == THING and " " in d.text}
    if names and text is None:
        text = doc.text  # rebuilt from every token: the caller passes the one it has
    alone = {d.text for d in drafts if d.type != THING and d.tok_end - d.tok_start == 1}
    # "Zorbex Glass ... Glass": a thing's last word alone, typed a person, is that thing
    lasts = {d.text.split()[-1] for d in drafts if d.type == THING and " " in d.text}
    for d in drafts:
        first = doc[d.tok_start].text
        if d.type == "ORG" and d.tok_end - d.tok_start > 1 and first in models and \
                first not in alone or is_acronym(d.text) and acronym_of(d.text) in shorts or \
                text is not None and any(text[max(0, d.end - len(n)):d.end] == n
                                         for n in names) or \
                d.type == "PERSON" and d.text in lasts:
            d.type = THING  # the last: the end of a thing's name NER cut short ("Quill Store")
