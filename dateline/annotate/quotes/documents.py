"""Documents that speak for whoever wrote them, and texts that speak for the body owning them:
"it" after a sent letter is the letter, a letter's author is who sent or signed it, and a
document naming no author is the last writer's ("The governors wrote to the president. "...,"
the letter said")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon.reporting import SPEAKING_DOCUMENTS
from ..syntax import document_author, is_pronoun, subject_of
from .agents import is_org_noun, is_person_noun
from .antecedents import Antecedents
from .frames import FRAME_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Token

NAMED_LABELS = frozenset({"PERSON", "ORG", "GPE", "FAC", "LOC"})
# Verbs whose subject puts a document out (not one who finds or receives it).
_ISSUING = frozenset({"issue", "release", "send", "publish", "sign", "pen", "draft", "deliver",
                      "circulate", "file", "submit", "lodge"})


def _issuer(document: "Token") -> "Token | None":
    """Who puts out a document they are the object of: "Ana Roe sent a letter" (Ana Roe)."""
    verb = document.head
    if document.dep_ != "dobj" or not (verb.lemma_.lower() in _ISSUING
                                       or verb.lemma_.lower() in FRAME_VERBS):
        return None
    return subject_of(verb)


class Documents(Antecedents):
    """Speakers behind documents and owned texts."""

    def _author_of(self, document: "Token") -> "Token | None":
        """Who a document speaks for: its author as written, the body owning the place it is
        on ("the statement on Acme's page"), who put it out, else who spoke last before it."""
        source = document_author(document)
        if source is None and document.pos_ == "NOUN" and self._mention(document) is None:
            # (not "the Post": a name)
            source = next((t for t in document.subtree if t.dep_ == "poss" and self._body(t)),
                          None) or _issuer(document) or self._last_reporter(document)
        return source

    def _document_before(self, pronoun: "Token") -> "Token | None":
        """The document "it" stands for: the last one named since the sentence before, with
        no agent subject after it ("X sent a letter. "...," it read": the letter)."""
        start = pronoun.doc[pronoun.sent.start - 1].sent.start if pronoun.sent.start else 0
        for tok in reversed(pronoun.doc[start:pronoun.i]):
            if self._in_quote(tok):
                continue
            if tok.dep_ in ("nsubj", "nsubjpass") and self._agent_itself(tok):
                return None
            if tok.pos_ == "NOUN" and tok.lemma_.lower() in SPEAKING_DOCUMENTS:
                return tok
        return None

    def _last_reporter(self, document: "Token") -> "Token | None":
        """Who last spoke or wrote before a document that names no author: "The governors
        wrote to the president. "...," the letter said" (the letter is theirs)."""
        start = document.sent.start  # in its sentence or the two before
        for _ in range(2):
            start = document.doc[start - 1].sent.start if start else 0
        for verb in reversed(document.doc[start:document.i]):
            # ("read" is what a text does, not its writer: "Jo Roe Read more")
            if verb.pos_ == "VERB" and verb.lemma_.lower() in FRAME_VERBS \
                    and verb.lemma_.lower() != "read" and not self._in_quote(verb):
                subject = subject_of(verb)
                if subject is not None and subject.lemma_.lower() not in SPEAKING_DOCUMENTS \
                        and subject.lower_ not in ("it", "this", "that") \
                        and not self._in_quote(subject):
                    return subject
        return None

    def _body(self, token: "Token") -> bool:
        """An organisation or group, or "its" / "their" (not a person)."""
        if is_pronoun(token):
            return token.lower_ in ("its", "their")
        mention = self._mention(token)
        if mention is not None:
            return mention.type in ("ORG", "GROUP")
        return token.ent_type_ in ("ORG", "NORP") or is_org_noun(token)

    def _agent_itself(self, token: "Token") -> bool:
        """The noun itself names who can speak (not only its owner: "Acme's rules")."""
        return self._mention(token) is not None or token.ent_type_ in NAMED_LABELS or \
            is_person_noun(token) or is_org_noun(token)
