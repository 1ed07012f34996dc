"""Sources the parse hides: a closing frame hung on the wrong word, a role, a post's signer,
the author of a document."""

from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

from ...model import EntityMention
from ..entities.roles import ROLE_WORDS
from ..events.reference import post_signer
from ..lexicon.reporting import SPEECH_VERBS
from ..quotes.agents import is_agent

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Modifiers of a role noun that tell whose role it is ("government spokesman", "Nice prosecutor").
_QUALIFIERS = frozenset({"compound", "amod", "nmod", "poss"})


def role_holder(role: "Token", entities: Sequence[EntityMention]) -> str | None:
    """The one person the article gives this role by apposition or title ("the spokesman, Ann
    Lee"; "Bo Li, prosecutor of Nice") for a claimant named only by it ("a spokesman said")."""
    if role.pos_ != "NOUN" or role.lower_ not in ROLE_WORDS:
        return None
    holders: dict[str, set[str]] = {}
    for mention in entities:
        words = set((mention.role or "").lower().split())
        if mention.type == "PERSON" and role.lower_ in words:
            holders.setdefault(mention.canonical, set()).update(words)
    if len(holders) > 1:  # "the Paris prosecutor" among two prosecutors: the one of Paris
        marks = {c.lower_ for c in role.children if c.dep_ in _QUALIFIERS}
        holders = {name: words for name, words in holders.items() if marks & words}
    return next(iter(holders)) if len(holders) == 1 else None


def signer(head: "Token", entities: Sequence[EntityMention]) -> str | None:
    """Who signs the embedded post the number stands in ("... 21 girls. - Ann Lee (@annlee)")."""
    return post_signer(head, entities)


def closing_frame(verb: "Token", number: "Token") -> bool:
    """A reporting verb that ends the sentence after the number and a comma, however the parse
    hung it: on a word before ('... known as the "Club," state-run Novi newspaper reported'),
    or joined to the first clause with the last one as its content ("40 claims were filed,
    and 30 were paid, the company said on Monday"): a "..., X said" frame for all of it."""
    if verb.dep_ not in ("ccomp", "relcl", "conj") or verb.i < number.i or any(
            c.dep_ in ("dobj", "mark") or c.tag_ in ("WDT", "WP")
            or (c.dep_ == "ccomp" and c.i > verb.i) for c in verb.children):
        return False
    doc = verb.doc
    if not all(t.is_punct or t.is_space or (verb.is_ancestor(t) and t.pos_ not in (
            "VERB", "AUX")) for t in doc[verb.i + 1:verb.sent.end]):
        return False  # nothing after it but its own time or place: "said on Monday."
    comma = next((t for t in reversed(doc[number.i + 1:verb.i]) if t.text == ","), None)
    if comma is None or verb.i - comma.i > 12:  # a short phrase: "the state-run Al-Ahram paper"
        return False
    between = doc[comma.i + 1:verb.i]  # the source's noun phrase, nothing finite or a pronoun
    return any(t.pos_ in ("NOUN", "PROPN") for t in between) and not any(
        t.tag_ in ("VBD", "VBZ", "VBP", "MD") or t.pos_ == "PRON" for t in between)


def author_of(tok: "Token") -> "Token | None":
    """The author a document noun stands for ("the ministry's report", "a UN report")."""
    # The author a document noun stands for: "the ministry's report", "a UN report", "a report from
    # the agency".
    for child in tok.children:
        if child.dep_ == "poss" or (child.dep_ in ("compound", "nmod") and child.ent_type_ in
                                    ("ORG", "GPE", "NORP", "PERSON")):
            return child
        if child.dep_ == "prep" and child.lower_ in ("from", "by", "of"):
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None and is_agent(pobj):
                return pobj
    return None


def earlier_author(doc: "Doc", tok: "Token") -> "Token | None":
    """The author of "the statement" from where the text introduced it ("in a statement, the
    army said ...", "a UN report ...") a few sentences before."""
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children):
        return None
    for prev in reversed(doc[max(0, tok.sent.start - 120):tok.i]):
        if prev.lemma_.lower() != tok.lemma_.lower() or prev.pos_ != "NOUN":
            continue
        author = author_of(prev)
        if author is None and prev.dep_ == "pobj" and prev.head.lower_ == "in":
            verb = prev.head.head  # "In a statement, the army said": the speaker writes it
            if verb.pos_ == "VERB" and verb.lemma_.lower() in SPEECH_VERBS:
                author = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if author is not None:
            return author
    return None


_NOUNISH = frozenset({"DET", "ADJ", "NOUN", "PROPN"})


def inverted_subject(verb: "Token", number: "Token") -> "Token | None":
    """Who speaks in an inverted closing frame the parse misread as a clause ("..., said the
    state Recovery Commission set up by the governor"): the noun phrase right after the verb."""
    doc = verb.doc
    if verb.i <= number.i + 1 or doc[verb.i - 1].text != "," or verb.tag_ not in (
            "VBD", "VBZ", "VBP") or any(c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i
                                        or c.dep_ == "mark" for c in verb.children):
        return None
    head = None
    for tok in doc[verb.i + 1:verb.sent.end]:
        if tok.pos_ not in _NOUNISH or tok.ent_type_ in ("DATE", "TIME"):
            break
        if tok.pos_ in ("NOUN", "PROPN"):
            head = tok  # the last noun of the run heads it: "the state Recovery Commission"
    if head is None or any(c.dep_ == "nsubj" and c.i == head.i for c in verb.children):
        return None  # a subject the parse already found goes the usual way
    return head


def quoted_speaker(verb: "Token") -> "Token | None":
    """Who a quoting verb gives the words to: "the agency quoted Ann Lee as saying ...", "Ann
    Lee was quoted as saying ..." (the one quoted, not the one quoting)."""
    if verb.lemma_.lower() not in ("quote", "cite") or not any(
            c.lower_ == "as" and any(g.lemma_.lower() == "say" for g in c.children)
            for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "dobj"), None) or next(
        (c for c in verb.children if c.dep_ == "nsubjpass"), None)


def previous_speaker(pronoun: "Token") -> "Token | None":
    """Who the sentence before quotes by name when "it" or "they" speaks now ("..., the
    government said. Two more were freed, it said"): the nearest named subject of its speech
    verb, the source going on."""
    start = pronoun.sent.start
    if start == 0:
        return None
    subjects = [c for tok in pronoun.doc[start - 1].sent if tok.pos_ == "VERB"
                and tok.lemma_.lower() in SPEECH_VERBS for c in tok.children
                if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")
                and c.ent_type_ != "PERSON"]  # "it" and "they" are no one person
    return subjects[-1] if subjects else None
