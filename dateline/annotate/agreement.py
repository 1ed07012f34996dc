"""Agreement of "he" and "she" with the person they stand for: gender and number.

English marks a person's gender on few words, and an article says it in its own text: an
honorific before the name ("Mr Roe", "Mrs Lee"), a noun of kin or role set beside the name
("her husband Tony", "Ann Roe, a spokeswoman"), or a pronoun bound to the name inside its own
clause ("Ann Roe said she ...", "Ann Roe and her son", "Al Roe grabbed his bag"). What the
article says of any mention of a person holds for all of them; a person the article says
nothing about agrees with both pronouns; where it says both, the heavier evidence wins. A
plural noun ("doctors", "the couple's sons") is never "he" or "she".
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable, Iterable

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

MALE, FEMALE = "m", "f"
_HONORIFICS = {"mr": MALE, "mr.": MALE, "sir": MALE, "lord": MALE, "mrs": FEMALE,
               "mrs.": FEMALE, "ms": FEMALE, "ms.": FEMALE, "miss": FEMALE, "dame": FEMALE,
               "lady": FEMALE}
# nouns whose meaning carries the gender (English has no grammatical gender to read instead)
_GENDERED_NOUNS = {
    **dict.fromkeys("""man boy father husband son brother uncle nephew grandfather grandson
        widower king prince spokesman chairman congressman businessman policeman
        sportsman boyfriend stepfather""".split(), MALE),
    **dict.fromkeys("""woman girl mother wife daughter sister aunt niece grandmother
        granddaughter widow queen princess spokeswoman chairwoman congresswoman
        businesswoman policewoman actress sportswoman girlfriend stepmother""".split(), FEMALE)}
_PRONOUNS = {"he": MALE, "him": MALE, "his": MALE, "himself": MALE,
             "she": FEMALE, "her": FEMALE, "hers": FEMALE, "herself": FEMALE}
STRONG, _WEAK = 3, 1  # an honorific or noun outweighs a pronoun that may be someone else's
# verbs whose "it" only stands for what follows or for the weather: no one's pronoun
_EXPLETIVE_IT = frozenset("be seem appear remain emerge happen turn take rain snow".split())


def pronoun_gender(token: "Token") -> str | None:
    return _PRONOUNS.get(token.lower_)


def is_plural(token: "Token") -> bool:
    """A plural noun: never "he" or "she". (Each person of a coordination still can be.)"""
    # the tagger sometimes takes a surname for a plural
    return token.tag_ in ("NNS", "NNPS") and token.ent_type_ != "PERSON"


def noun_gender(token: "Token") -> str | None:
    """The gender a description's own head noun carries ("the 14-year-old son")."""
    return _GENDERED_NOUNS.get(token.lemma_.lower()) or _GENDERED_NOUNS.get(token.lower_)


def _clause_pronouns(root: "Token", verb: "Token") -> list[str]:
    """Genders of pronouns bound to a subject in its clause: the subject of what it says
    ("Roe said she ..."), a possessive or reflexive in its clause ("grabbed her son") or in
    its own coordination ("Roe and her husband"), when no other person shares that clause."""
    found = []
    for clause in verb.children:
        if clause.dep_ == "ccomp":
            found += [g for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")
                      and (g := pronoun_gender(c))]
    for conj in root.conjuncts:
        found += [g for c in conj.children if c.dep_ == "poss" and (g := pronoun_gender(c))]
    people = {t.i for t in verb.subtree if t.ent_type_ == "PERSON" and t.ent_iob_ == "B"}
    if len(people) <= 1:
        found += [g for t in verb.subtree if t.dep_ in ("poss", "dobj", "pobj")
                  and t.lower_ in ("his", "her", "himself", "herself")
                  and (t.dep_ == "poss" or t.lower_.endswith("self"))
                  and (g := pronoun_gender(t))]
    return found


def binds_it(subject: "Token") -> bool:
    """The subject of a speech verb takes "it" or "its" in its clause, as a body or a thing
    does ("the carrier said it was researching", "the carrier said its crew"): no person.
    An "it" that only stands for what follows ("said it was unclear whether ...", "it is
    raining") binds nothing."""
    verb = subject.head
    if subject.dep_ not in ("nsubj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX"):
        return False
    for clause in verb.children:
        if clause.dep_ != "ccomp":
            continue
        for c in clause.children:
            if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "it" and \
                    clause.lemma_ not in _EXPLETIVE_IT:
                return True
    return any(t.dep_ == "poss" and t.lower_ == "its" for t in verb.subtree
               if t.i > subject.i)


def mention_gender(ent: "Span") -> list[tuple[str, int]]:
    """The (gender, weight) votes one mention of a person carries (see module doc)."""
    doc, root = ent.doc, ent.root
    votes: list[tuple[str, int]] = []
    before = doc[ent.start - 1] if ent.start > 0 else None
    for word in (before, ent[0]):
        if word is not None and (g := _HONORIFICS.get(word.lower_)):
            votes.append((g, STRONG))
    near = [root.head] if root.dep_ in ("appos", "compound") else []
    near += [c for c in root.children if c.dep_ in ("appos", "compound")]
    votes += [(g, STRONG) for t in near if abs(t.i - root.i) <= 6 and (g := noun_gender(t))]
    if root.dep_ in ("nsubj", "nsubjpass"):
        votes += [(g, _WEAK) for g in _clause_pronouns(root, root.head)]
    return votes


def verdict(votes: Iterable[tuple[str, int]]) -> str | None:
    """The gender the heavier votes give; None when there are none or they tie."""
    tally = {MALE: 0, FEMALE: 0}
    for gender, weight in votes:
        tally[gender] += weight
    return None if tally[MALE] == tally[FEMALE] else \
        MALE if tally[MALE] > tally[FEMALE] else FEMALE


def person_genders(doc: "Doc", key: Callable[["Token"], str | None]) -> dict[str, str]:
    """The gender the article gives each person, by `key` of the last word of a name
    (an entity id or a name); persons it says nothing or contradictory things of are left out."""
    votes: dict[str, list[tuple[str, int]]] = {}
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        name = key(ent[-1])
        if name is not None:
            votes.setdefault(name, []).extend(mention_gender(ent))
    return {name: gender for name, found in votes.items() if (gender := verdict(found))}
