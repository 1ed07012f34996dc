"""Quote speakers: who said a quote, from the speech verb next to it, resolved to a name.

The subject of the nearest speech verb (or an "according to" object, or the reporter behind a
participle) is the speaker; pronouns and document nouns ("the statement") are resolved to the
person or organisation the article named before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

from ...model import EntityMention
from ..lexicon.pronouns import RELATIVE_PRONOUNS
from ..lexicon.reporting import REPORTING_VERBS, SPEECH_VERBS
from ..syntax import according_to_object, entity_at, is_pronoun, name_for, subject_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

HUMAN_NOUNS = frozenset({
    "official", "spokesman", "spokeswoman", "spokesperson", "minister", "president", "leader",
    "mayor", "governor", "general", "commander", "source", "diplomat", "officer", "analyst",
    "resident", "survivor", "witness", "man", "woman", "soldier", "ambassador", "secretary",
    "chief", "adviser", "advisor", "aide", "chancellor", "senator", "lawmaker", "director",
    "expert", "waiter", "driver", "doctor", "nurse", "teacher", "student", "worker", "farmer",
    "pope", "king", "queen", "premier", "envoy", "negotiator", "prosecutor", "judge", "chairman",
})
DOCUMENT_NOUNS = frozenset({"statement", "communique", "release", "post", "tweet", "letter",
                            "report", "readout", "message", "declaration", "note"})


def speaker_token(doc: "Doc", start: int, end: int, after: bool) -> "Token | None":
    """Subject of the nearest speech verb in [start, end), the first one when `after`."""
    tokens = [t for t in doc if start <= t.idx < end]
    for tok in tokens if after else reversed(tokens):
        if tok.lower_ == "according":
            pobj = according_to_object(tok)
            if pobj is not None:
                return pobj
            continue
        if tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in SPEECH_VERBS:
            subj = subject_of(tok)
            if tok.tag_ == "VBG" and not any(c.dep_ == "nsubj" for c in tok.children):
                subj = _participle_speaker(tok) or subj
            if subj is not None and start <= subj.idx < end + 400:
                return subj
            if after and tok.i - tokens[0].i <= 3:  # "said Zelenskyy" without a subject
                nxt = next((t for t in tokens if t.i > tok.i and t.pos_ in ("PROPN", "NOUN")), None)
                if nxt is not None:
                    return nxt
    return None


def _participle_speaker(verb: "Token") -> "Token | None":
    """Who speaks through a participle: "X suggested that Y had promised aid, tweeting: “...”"
    (the outermost reporter, not Y), "Moscow insists on calling it a “...”" (the verb the
    participle completes), "Putin made an address urging ..." (the subject of the verb whose
    object the participle modifies). The sentence root's subject is the last resort."""
    reporter = None
    for ancestor in verb.ancestors:
        if ancestor.pos_ == "VERB" and ancestor.lemma_.lower() in REPORTING_VERBS:
            reporter = ancestor
    if reporter is not None and subject_of(reporter) is not None:
        return subject_of(reporter)
    if verb.dep_ == "acl":
        noun = verb.head
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        return owner or subject_of(noun.head)
    current = verb
    for _ in range(4):
        subj = subject_of(current)
        if subj is not None:
            return subj
        if current.dep_ not in ("pcomp", "prep", "advcl", "xcomp", "conj") or \
                current.head == current:
            break
        current = current.head
    return subject_of(verb.sent.root)


def _is_phrase_name(token: "Token") -> bool:
    """A speaker phrase must be a noun phrase, not a run-on clause ("Moscow, for its part,
    stiffened its response" from a mis-parse)."""
    from ..syntax import phrase_span

    span = phrase_span(token)
    return len(span) <= 12 and not any(
        t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound", "acl") and t != token
        for t in span)


class Speakers:
    """Resolves speaker tokens to names, remembering who spoke for pronouns."""

    def __init__(self, doc: "Doc", entities: Sequence[EntityMention]) -> None:
        self.doc, self.entities = doc, entities
        self.seen: list[tuple[int, str, str | None, bool]] = []  # (offset, name, id, is_person)

    def _is_person(self, token: "Token") -> bool:
        mention = entity_at(self.entities, token.idx, token.idx + len(token.text))
        if mention is not None:
            return mention.type == "PERSON"
        if token.ent_type_ in ("ORG", "GPE", "NORP", "LOC", "FAC"):
            return False
        return token.ent_type_ == "PERSON" or token.lemma_.lower() in HUMAN_NOUNS or \
            token.pos_ == "PROPN"

    def _document_source(self, token: "Token") -> "Token | None":
        """'said the statement' -> NATO, from 'A statement from NATO' nearby."""
        sent_start = max(0, token.sent.start - 80)
        for tok in self.doc[sent_start:token.sent.end]:
            if tok.lemma_.lower() == token.lemma_.lower():
                for child in tok.children:
                    if child.dep_ == "poss":
                        return child
                    if child.dep_ == "prep" and child.lower_ in ("from", "by", "of"):
                        pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                        if pobj is not None:
                            return pobj
        return None

    def resolve(self, token: "Token | None", at: int) -> tuple[str | None, str | None]:
        if token is None:
            return None, None
        if token.lower_ in RELATIVE_PRONOUNS and token.head.dep_ == "relcl":
            token = token.head.head  # "the statement, which added that ..." -> the statement
        if is_pronoun(token):
            return self._antecedent(token, at)
        if token.lemma_.lower() in DOCUMENT_NOUNS:
            source = self._document_source(token)
            if source is not None:
                token = source
        if not self._is_person(token) and token.ent_type_ not in ("ORG", "GPE", "NORP"):
            appos = next((c for c in token.children if c.dep_ == "appos"
                          and (c.ent_type_ == "PERSON" or entity_at(
                              self.entities, c.idx, c.idx + len(c.text)))), None)
            if appos is not None:
                token = appos
        name, entity_id = name_for(token, self.entities)
        if entity_id is None and not _is_phrase_name(token):
            return None, None
        if name:
            self.seen.append((token.idx, name, entity_id, self._is_person(token)))
        return name, entity_id

    def _antecedent(self, pronoun: "Token", at: int) -> tuple[str | None, str | None]:
        person = pronoun.lower_ in ("he", "she", "him", "her", "i")
        candidates = [c for c in self.seen if c[0] < at and (c[3] or not person)]
        sent = pronoun.sent
        earlier = self.doc[max(0, sent.start - 60):sent.start]
        for tok in earlier:
            if tok.dep_ in ("nsubj", "nsubjpass") and not is_pronoun(tok) and tok.idx < at:
                is_person = self._is_person(tok)
                if is_person or (not person and tok.ent_type_ in ("ORG", "GPE", "NORP")):
                    name, entity_id = name_for(tok, self.entities)
                    if name:
                        candidates.append((tok.idx, name, entity_id, is_person))
        if not candidates:
            return None, None
        best = max(candidates, key=lambda c: c[0])
        return best[1], best[2]
