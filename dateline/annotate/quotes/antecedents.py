"""Pronoun antecedents for quote speakers: who "he", "she", "it" or "they" stands for.

A pronoun goes to the nearest earlier person (he, she) or body (it, they) that spoke or acted
as a subject and agrees with it in gender and number (agreement.py), a person shown acting in
the sentence just before outranking an older one (roles.py). `Antecedents` holds what the
search needs (the document, its entities, the speakers seen so far); `speakers.Speakers`
builds on it and supplies how a token becomes a name.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Callable, Sequence

from ...model import EntityMention
from ..agreement import is_plural, noun_gender, person_genders, pronoun_gender
from ..lexicon.pronouns import PERSON_PRONOUNS
from ..syntax import entity_at, is_pronoun, text_of
from .agents import is_org_noun, is_person_noun
from .captions import caption_lines, in_lines
from .frames import FRAME_VERBS
from .roles import according_to, acts, addressee, main_clause, subject_verb

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_GROUP_LABELS = frozenset({"ORG", "GPE", "NORP"})
NOT_PERSON_LABELS = frozenset({"GPE", "LOC", "NORP", "FAC", "DATE", "TIME", "CARDINAL"})
_LOOKBACK = 80  # tokens searched for a pronoun's antecedent
_CHAIN_STEPS = 3  # times a chain of the same subject pronoun may carry the search back

# (offset, name, entity id, is a person, form: "m" / "f" / "pl" / None, see agreement.py)
Candidate = tuple[int, str, "str | None", bool, "str | None"]
Name = tuple["str | None", "str | None"]  # (name, entity id)


def _key(name: str, entity_id: str | None) -> str:
    return entity_id or name.split()[-1].lower()


def _speaks_for_body(token: "Token") -> bool:
    """A person who speaks for an organisation ("a London Fire Brigade spokesman", "a
    spokeswoman for the council"): "they" may stand for them, as the body they speak for."""
    return any((c.dep_ == "compound" and c.ent_type_ == "ORG") or (
        c.dep_ == "prep" and c.lower_ in ("for", "of") and any(
            o.dep_ == "pobj" and o.ent_type_ == "ORG" for o in c.children))
        for c in token.children)


class Antecedents:
    """The speakers seen so far in a document, and the search for a pronoun's antecedent."""

    def __init__(self, doc: "Doc", entities: Sequence[EntityMention],
                 quoted: Sequence[tuple[int, int]] = ()) -> None:
        self.doc, self.entities, self.quoted = doc, entities, quoted
        self.captions = caption_lines(text_of(doc))
        self.seen: list[Candidate] = []
        self._genders: dict[str, str] | None = None

    def _mention(self, token: "Token") -> EntityMention | None:
        found = entity_at(self.entities, token.idx, token.idx + len(token.text))
        if found is None and token.pos_ == "PROPN":
            # a name NER missed here is typed as its other mentions are (one type per name)
            found = self._by_name.get(token.text)
        return found

    @functools.cached_property
    def _by_name(self) -> dict[str, EntityMention]:
        """The article's one-word mentions by their text, for names written more than once (a
        type the article gives a name once may be NER's slip; once per article)."""
        seen: dict[str, list[EntityMention]] = {}
        for m in self.entities:
            if " " not in m.text:
                seen.setdefault(m.text, []).append(m)
        return {text: found[0] for text, found in seen.items() if len(found) > 1}

    def _form(self, token: "Token", name: str, entity_id: str | None) -> str | None:
        """What "he" or "she" must agree with: the person's gender, or "pl" for many."""
        if is_plural(token) and not self._person_token(token):  # "Arians", a person's surname
            return "pl"
        if self._genders is None:
            def key(tok: "Token") -> str | None:  # the last word of a name, as _name keys it
                mention = self._mention(tok)
                if mention is not None and mention.entity_id:
                    return mention.entity_id
                return tok.lower_ if tok.is_alpha else None
            self._genders = person_genders(self.doc, key)
        return noun_gender(token) or self._genders.get(_key(name, entity_id))

    def _candidate(self, token: "Token", name: str, entity_id: str | None,
                   is_person: bool) -> Candidate:
        return token.idx, name, entity_id, is_person, self._form(token, name, entity_id)

    def is_person(self, token: "Token") -> bool:
        mention = self._mention(token)
        if mention is not None and not (mention.type == "PLACE" and token.ent_type_ == "PERSON"):
            return mention.type == "PERSON"
        if token.ent_type_ in ("ORG", "GPE", "NORP", "LOC", "FAC"):
            return False
        return token.ent_type_ == "PERSON" or is_person_noun(token) or token.pos_ == "PROPN"

    def _person_token(self, token: "Token") -> bool:
        """Whether the entity component (or, with none there, NER) names a person here."""
        mention = self._mention(token)
        return mention.type == "PERSON" if mention is not None else token.ent_type_ == "PERSON"

    def _in_quote(self, token: "Token") -> bool:
        """Inside a quote, or on a caption, credit or label line: no one there speaks."""
        return any(s <= token.idx < e for s, e in self.quoted) \
            or in_lines(self.captions, token.idx)

    # how a token becomes a name: supplied by speakers.Speakers
    def _named(self, token: "Token") -> "Token":
        raise NotImplementedError

    def _name(self, token: "Token") -> Name:
        raise NotImplementedError

    def _definite_person(self, token: "Token") -> bool:
        raise NotImplementedError

    def _named_before(self, token: "Token", at: int) -> Name | None:
        raise NotImplementedError

    def _pronoun(self, token: "Token", at: int) -> tuple[str | None, str | None]:
        name, entity_id = self._antecedent(token, at)
        if name and token.lower_ in PERSON_PRONOUNS:  # "she told ..., she said": the same one
            self.seen.append((token.idx, name, entity_id, True, pronoun_gender(token)))
        return name, entity_id

    def _persons_named(self, pronoun: "Token", sent: "Span", reported: set[int]
                       ) -> list[Candidate]:
        """People named in any role before the pronoun, when no subject or speaker is there
        to stand for it: "But for Al Roe, an analyst, the future is video. '...,' he said"."""
        found = []
        for tok in self.doc[self._window_start(pronoun, sent.start):pronoun.i]:
            name_goes_on = tok.i + 1 < len(self.doc) and self.doc[tok.i + 1].ent_iob_ == "I"
            # the entity component's type, on the article's evidence, not NER's label here
            # a name that only modifies a noun ("an Al Roe strike") names no one acting
            modifier = tok.dep_ == "compound" and tok.head.i > tok.i and \
                not self._person_token(tok.head)
            if tok.pos_ != "PROPN" or not self._person_token(tok) or name_goes_on \
                    or tok.i in reported \
                    or self._in_quote(tok) or addressee(tok) or modifier:
                continue  # the last word of each name only, outside quotes and reports
            name, entity_id = self._name(tok)
            if name:
                found.append(self._candidate(tok, name, entity_id, True))
        return found

    def _window_start(self, pronoun: "Token", sent_start: int) -> int:
        """Where the search for a pronoun's antecedent starts: _LOOKBACK tokens before its
        sentence, and further back along a chain of the same pronoun as a subject ("Arians
        directed the Colts ... He said he was planning ... He wants ... 'I might,' he told
        reporters": every "he" is Arians), up to _CHAIN_STEPS links back."""
        start = max(0, sent_start - _LOOKBACK)
        for _ in range(_CHAIN_STEPS):
            chained = next((t for t in self.doc[start:sent_start] if t.lower_ == pronoun.lower_
                            and t.dep_ in ("nsubj", "nsubjpass") and not self._in_quote(t)),
                           None)
            if chained is None or chained.sent.start - _LOOKBACK >= start:
                break
            start = max(0, chained.sent.start - _LOOKBACK)
        return start

    def _antecedent(self, pronoun: "Token", at: int, person: bool | None = None,
                    named: bool = False, fits: Callable[[str | None], bool] | None = None
                    ) -> tuple[str | None, str | None]:
        """The nearest earlier speaker or subject a pronoun (or, with `person` and `named`, a
        description of a person) can stand for; `named`: only people with an entity id;
        `fits`: only people whose entity id it accepts (a title they hold)."""
        if person is None:
            person = pronoun.lower_ in PERSON_PRONOUNS or pronoun.lower_ == "i"
        candidates = [c for c in self.seen if c[0] < at and (c[3] or not person)]
        sent = pronoun.sent
        speaking: list[Candidate] = []  # named speakers of any type
        reported = {t.i for c in pronoun.head.children if c.dep_ in ("ccomp", "xcomp")
                    for t in c.subtree}  # "Mr Blair has ..., he said": not Mr Blair
        for tok in self.doc[self._window_start(pronoun, sent.start):pronoun.i]:
            if according_to(tok) and not is_pronoun(tok) and not self._in_quote(tok):
                tok = self._named(tok)  # "..., according to John Lee, an editor. '...,' he says"
                if self.is_person(tok) == person:
                    name, entity_id = self._name(tok)
                    if name:
                        candidates.append(self._candidate(tok, name, entity_id, person))
                continue
            verb = subject_verb(tok)
            if verb is None or is_pronoun(tok) or self._in_quote(tok) \
                    or tok.i in reported or not main_clause(verb):
                continue
            tok = self._named(tok)
            mention = self._mention(tok)
            # a name the entity component types a body or place (on the article's evidence)
            # is no "he" or "she", whatever NER called this one token
            if person and tok.pos_ == "PROPN" and tok.ent_type_ not in NOT_PERSON_LABELS \
                    and verb.lemma_.lower() in FRAME_VERBS and (
                        mention is None or mention.type == "PERSON"):
                name, entity_id = self._name(tok)
                if name:
                    speaking.append(self._candidate(tok, name, entity_id, True))
            is_person = self.is_person(tok)
            group = tok.ent_type_ in _GROUP_LABELS or is_org_noun(tok) or (
                not person and is_person and _speaks_for_body(tok))
            if (person and is_person) or (not person and group):
                found = self._named_before(tok, tok.idx) if person and not named and \
                    self._definite_person(tok) else None
                name, entity_id = found or self._name(tok)
                if name:
                    candidates.append(self._candidate(tok, name, entity_id, is_person))
        gender = pronoun_gender(pronoun) or noun_gender(pronoun)
        singular = person and not is_plural(pronoun)

        def agrees(c: Candidate) -> bool:
            if c[4] == "pl":
                return not singular
            return gender is None or c[4] is None or c[4] == gender

        candidates = [c for c in candidates if agrees(c)]
        if not candidates and not named:
            # "X reports ... she says": the tagger took the reporter for a body (a description,
            # "the minister", stands for a person the text names, never for a reporting body)
            candidates = [c for c in speaking if agrees(c)]
        if not candidates and person:
            candidates = [c for c in self._persons_named(pronoun, sent, reported) if agrees(c)]
        if named:
            candidates = [c for c in candidates if c[2] is not None and c[0] < pronoun.idx
                          and (fits is None or fits(c[2]))]
        if not candidates:
            return None, None
        best = max(candidates, key=lambda c: c[0])
        if person and not named:
            best = self._newly_acting(pronoun, best, agrees) or best
        return best[1], best[2]

    def _newly_acting(self, pronoun: "Token", best: Candidate,
                      agrees: Callable[[Candidate], bool]) -> Candidate | None:
        """A person who acts in a clause of the sentence just before the pronoun's outranks an
        older antecedent: after "The girls listened to Yemi Osinbajo speak.", "he said" is
        Osinbajo, not whoever spoke before. What someone else reports ("officials believe
        Roe fled") is no such act."""
        start = pronoun.sent.start
        if start == 0:
            return None
        previous = self.doc[start - 1].sent
        if best[0] >= previous.start_char:
            return None
        for tok in previous:
            if tok.ent_type_ == "PERSON" and acts(tok) and not self._in_quote(tok):
                name, entity_id = self._name(tok)
                if name and agrees(found := self._candidate(tok, name, entity_id, True)):
                    return found
        return None
