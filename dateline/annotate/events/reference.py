"""Who a pronoun or a description stands for: people from groups, antecedents of he / it / they.

A personal pronoun takes the nearest earlier subject of its kind (a person for he / she, a
group, state or institution for it / they), and he / she with no person as a subject nearby the
nearest person named at all; a relative pronoun its noun ("Trump, who has
vowed"); the entity component's types tell people from groups where spaCy's miss. A pronoun of
the speaker inside a quotation ("I", "we") is the quotation's speaker, and "we" the
organisation the speaker is introduced with ("Ann Lee, president at Acme, said: 'We ...'"); in
an embedded post, the one who signs it ("I welcome the news. - Ann Lee (@annlee) May 2").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Sequence

from ..entities.roles import ROLE_WORDS
from ..lexicon.pronouns import GROUP_PRONOUNS, PERSON_PRONOUNS, RELATIVE_PRONOUNS
from ...model import EntityMention
from ..syntax import entity_at, is_pronoun
from .clause import PEOPLE
from ..syntax import text_of

if TYPE_CHECKING:
    from spacy.tokens import Token

INSTITUTIONS = frozenset({
    "court", "government", "army", "military", "ministry", "police", "company", "group",
    "party", "council", "committee", "agency", "regime", "administration", "parliament",
    "authority", "navy", "firm", "bank", "union", "organisation", "organization", "commission",
    "tribunal", "board", "cabinet", "coalition", "alliance", "militia", "movement",
    "faction", "wing", "gang", "network",
})
# A speaker's own words for the speaker ("I") or the speaker's organisation ("we").
SPEAKER_WORDS = frozenset({"i", "me", "my", "we", "us", "our"})
_COLLECTIVE = frozenset({"we", "us", "our"})
POSSESSIVES = {"its": "it", "their": "they", "his": "he", "her": "she"}
_PERSON_SUFFIXES = ("man", "men", "ist", "ists", "er", "ers")
GROUP_LABELS = frozenset({"ORG", "GPE", "NORP"})
_LOOKBACK = 80


def person_like(token: "Token") -> bool:
    """A person by name, pronoun or common noun ("the gunman", "a 23-year-old student")."""
    if token.ent_type_ == "PERSON" or token.lower_ in PERSON_PRONOUNS:
        return True
    if token.lower_ == "old" and any(c.lower_ in ("year", "years") for c in token.children):
        return True  # "a 16-year-old" named by age
    if token.pos_ != "NOUN":
        return False
    lemma = token.lemma_.lower()
    return lemma in PEOPLE or lemma in ROLE_WORDS or token.lower_ in PEOPLE or (
        len(lemma) > 5 and lemma.endswith(_PERSON_SUFFIXES))


def group_like(token: "Token") -> bool:
    """A group, state or institution an "it" or "they" can stand for."""
    return token.ent_type_ in GROUP_LABELS or (token.pos_ == "PROPN" and
                                                token.ent_type_ != "PERSON") or \
        token.lemma_.lower() in INSTITUTIONS


def resolve(token: "Token", entities: Sequence[EntityMention] = ()) -> "Token":
    """The noun a relative, personal or possessive pronoun stands for, else the token; the
    entity component's types (`entities`) tell people from groups where spaCy's miss."""
    lower = POSSESSIVES.get(token.lower_, token.lower_)
    if lower in RELATIVE_PRONOUNS and token.head.dep_ in ("relcl", "acl"):
        noun = token.head.head  # "Trump, who has vowed" -> Trump
        if token.dep_ in ("nsubj", "nsubjpass"):
            noun = _agreeing_noun(token)  # "two players on the team who were sent off"
        if lower == "who" and not (person_like(noun) or group_like(noun)):
            # "who" is a person or a body: the parse hung the clause on a thing ("putting
            # pressure on Mollenkopf and his board, who have refused"); the noun right
            # before it is meant
            before = token.i - 1
            while before >= 0 and token.doc[before].is_punct:
                before -= 1
            near = token.doc[before] if before >= 0 else noun
            if near.pos_ in ("NOUN", "PROPN") and (person_like(near) or group_like(near)):
                return near
        # a clause the parse hung on a verb has lost its noun: the pronoun stays unnamed
        return noun if noun.pos_ in ("NOUN", "PROPN", "PRON", "NUM") else token
    if lower not in PERSON_PRONOUNS and lower not in GROUP_PRONOUNS:
        return token
    glossed = _glossed(token)
    if glossed is not None:
        return glossed
    person = lower in PERSON_PRONOUNS
    plural = lower in ("they", "them")
    doc = token.doc
    for i in range(token.i - 1, max(-1, token.i - _LOOKBACK), -1):
        tok = doc[i]
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.lower_ in RELATIVE_PRONOUNS and \
                tok.head.dep_ == "relcl" and tok.sent.start == token.sent.start:
            # in the pronoun's own sentence, "the family of a lawmaker who has been jailed
            # said her detention ...": the lawmaker (across sentences the main subject is
            # more salient than a relative clause's)
            tok = _agreeing_noun(tok)
        if tok.dep_ not in ("nsubj", "nsubjpass") and tok.i == i or is_pronoun(tok):
            continue
        if _of_kind(tok, person, plural, entities) or (
                plural and _people(tok) and tok.sent.start == token.sent.start):
            # "the players ... accused them": people are "they" too, in one sentence (across
            # sentences a body is the likelier); across sentences the main clause's subject
            # is the more salient ("Acme fell, as Dorn Inc refused to pay. It is ...": Acme)
            found = tok if tok.sent.start == token.sent.start else \
                _main_subject(tok, person, plural, entities)
            return _nearer_owner(token, found, person, plural, entities) or found
        owner = _subject_owner(tok, person, plural, entities)
        if owner is not None:
            return owner
    if person and entities:  # no person as subject: the nearest person named at all
        for i in range(token.i - 1, max(-1, token.i - _LOOKBACK), -1):
            mention = entity_at(entities, doc[i].idx, doc[i].idx + len(doc[i].text))
            if mention is not None and mention.type == "PERSON":
                return doc[i]
    return token


def _nearer_owner(pronoun: "Token", found: "Token", person: bool, plural: bool,
                  entities: Sequence[EntityMention]) -> "Token | None":
    """The owner named between the subject found and a possessive pronoun in its own
    sentence, when of the pronoun's kind: "Dorn cut Veltria's aid after its tests" (Veltria
    tested; the owner last named is the one the phrase goes on about)."""
    if pronoun.tag_ != "PRP$":
        return None
    start = max(found.i + 1, pronoun.sent.start)
    owners = [t for t in pronoun.doc[start:pronoun.i] if t.dep_ == "poss" and
              not is_pronoun(t) and _of_kind(t, person, plural, entities)]
    return owners[-1] if owners else None


def _subject_owner(subject: "Token", person: bool, plural: bool,
                   entities: Sequence[EntityMention]) -> "Token | None":
    """The owner of a thing that is a subject, when of the pronoun's kind: "Acme's new offer
    included cash. Its first offer ...": Acme (a thing cannot be "it" for a party)."""
    if subject.dep_ not in ("nsubj", "nsubjpass") or person_like(subject) or \
            group_like(subject):
        return None
    return next((c for c in subject.children if c.dep_ == "poss" and not is_pronoun(c) and
                 _of_kind(c, person, plural, entities)), None)


_OPENING = {"(": ")", "[": "]"}


def _gloss(token: "Token") -> "Token | None":
    """The noun a writer puts in brackets right after a pronoun: "he [Ebbers] said", "threw
    stones at them (the soldiers)"."""
    doc = token.doc
    if token.i + 2 >= len(doc) or doc[token.i + 1].text not in _OPENING:
        return None
    closing = _OPENING[doc[token.i + 1].text]
    end = next((k for k in range(token.i + 2, min(len(doc), token.i + 10))
                if doc[k].text == closing), None)
    if end is None or end == token.i + 2:
        return None
    inside = doc[token.i + 2:end]
    root = next((t for t in inside if not inside.start <= t.head.i < inside.end or
                 t.head.i == t.i), None)
    return root if root is not None and root.pos_ in ("NOUN", "PROPN") else None


def _glossed(pronoun: "Token") -> "Token | None":
    """What a bracket after the pronoun, or after the same pronoun earlier in its sentence,
    says it stands for ("threw stones at them (the soldiers), threatened them")."""
    for tok in reversed(pronoun.doc[pronoun.sent.start:pronoun.i + 1]):
        if tok.lower_ == pronoun.lower_:
            found = _gloss(tok)
            if found is not None:
                return found
    return None


def _of_kind(tok: "Token", person: bool, plural: bool,
             entities: Sequence[EntityMention]) -> bool:
    """Whether a subject can be what the pronoun stands for: "she" is one person, never
    "villagers"; "it" a group, state or institution."""
    mention = entity_at(entities, tok.idx, tok.idx + len(tok.text)) if entities else None
    kind = mention.type if mention is not None else None
    if not plural and tok.tag_ in ("NNS", "NNPS"):
        return False
    if person:
        return person_like(tok) or kind == "PERSON"
    return kind != "PERSON" and (group_like(tok) or kind in ("ORG", "GROUP", "PLACE"))


def _people(tok: "Token") -> bool:
    return tok.tag_ == "NNS" and person_like(tok)


def _agreeing_noun(relative: "Token") -> "Token":
    """The noun a relative subject stands for; when its verb is plural and the noun the parse
    hung it on is not ("two players on the team who were sent off"), the nearest plural noun
    for people before it."""
    clause, noun = relative.head, relative.head.head
    plural = clause.tag_ == "VBP" or any(c.dep_ in ("aux", "auxpass") and c.lower_ in (
        "were", "are", "have") for c in clause.children)
    if not plural or noun.tag_ not in ("NN", "NNP"):
        return noun
    return next((t for t in reversed(relative.doc[relative.sent.start:noun.i])
                 if t.tag_ == "NNS" and person_like(t)), noun)


def _main_clause(subject: "Token") -> bool:
    """Whether a subject's verb heads its sentence, alone or coordinated."""
    verb = subject.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "ROOT"


def _main_subject(found: "Token", person: bool, plural: bool,
                  entities: Sequence[EntityMention]) -> "Token":
    """The subject of its sentence's main clause, when the one found before the pronoun is
    a subordinate clause's and the main one is of the same kind; else the one found."""
    if _main_clause(found):
        return found
    main = [t for t in found.sent if t.i < found.i and t.dep_ in ("nsubj", "nsubjpass") and
            not is_pronoun(t) and _main_clause(t) and _of_kind(t, person, plural, entities)]
    return main[-1] if main else found


def speaker_party(pronoun: "Token", speaker: str, entities: Sequence[EntityMention]) -> str:
    """Who "I" (the speaker) or "we" (the speaker's organisation) in a quotation is."""
    if pronoun.lower_ not in _COLLECTIVE:
        return speaker
    doc = pronoun.doc
    for mention in entities:
        if mention.canonical != speaker or mention.type != "PERSON":
            continue
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            continue
        # "Ann Lee, president at Acme", "Ann Lee of Acme", "Acme's Ann Lee", "Acme
        # spokeswoman Ann Lee": the organisation in the name's own phrase, not in a clause on it
        for appos in (c for c in span.root.children if c.dep_ in (
                "appos", "prep", "poss", "compound", "nmod") and not span.start <= c.i < span.end):
            for tok in appos.subtree:
                org = entity_at(entities, tok.idx, tok.idx + len(tok.text))
                if org is not None and org.type == "ORG":
                    return org.canonical
    return speaker


# The signature line of an embedded social-media post: "- Ann Lee (@annlee) May 2, 2031".
_SIGNATURE = re.compile(r"[\u2014\u2013-]\s*(?P<name>[^\n()\u2014\u2013]+?)\s*\(@\w+\)")


def post_signer(pronoun: "Token", entities: Sequence[EntityMention]) -> str | None:
    """Who "I" or "we" is in an embedded post: the name its signature line gives."""
    text = text_of(pronoun.doc)
    start = text.rfind("\n", 0, pronoun.idx) + 1
    end = text.find("\n", pronoun.idx)
    match = _SIGNATURE.search(text, pronoun.idx, end if end >= 0 else len(text))
    if match is None or start > pronoun.idx:
        return None
    at = match.start("name")
    mention = entity_at(entities, at, match.end("name"))
    return mention.canonical if mention is not None else match.group("name").strip()
