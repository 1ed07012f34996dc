"""Direct and partial quotes with their speakers.

Quote marks: curly double quotes, straight double quotes (direction read from the context) and
curly single quotes only when they clearly open and close a short phrase. A paragraph that opens
a quote without closing it continues in the next paragraph when that one opens with a quote mark
(news convention); otherwise the quote ends with its paragraph. A quote never spans more than
MAX_PARAGRAPHS paragraphs, so unbalanced marks cannot swallow the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Sequence

from ..model import EntityMention, Quote
from .event_args import according_to_object, entity_at, is_pronoun, name_for, subject_of
from .event_modes import REPORT_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

MAX_PARAGRAPHS = 3
MAX_SINGLE_QUOTE = 250
OPENERS = "“\""
# Parenthesized: without them the difference would apply to the added verbs only, and "he
# believed", "answers showed" would make "he" and "answers" speakers.
SPEECH_VERBS = (REPORT_VERBS | frozenset({
    "ask", "implore", "urge", "plead", "shout", "exclaim", "recall", "call",
    "joke", "write", "tweet", "conclude", "reply", "answer", "tell", "quip", "scream", "cry",
})) - frozenset({"show", "indicate", "estimate", "believe", "suggest", "begin", "continue"})
RELATIVE_PRONOUNS = frozenset({"which", "who", "that"})
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
_PARAGRAPH = re.compile(r"\n\s*\n")


@dataclass
class _Span:
    open_at: int  # index of the opening mark
    end: int  # index of the closing mark (exclusive end of the content)
    single: bool = False


def _paragraphs(text: str) -> list[tuple[int, int]]:
    bounds, start = [], 0
    for match in _PARAGRAPH.finditer(text):
        bounds.append((start, match.start()))
        start = match.end()
    bounds.append((start, len(text)))
    return [(s, e) for s, e in bounds if text[s:e].strip()]


def _straight_opens(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not after.isspace() and (before.isspace() or before in "([—–-:,")


def _single_close(text: str, i: int, limit: int) -> int | None:
    """Index of the ’ closing a ‘ at i, if one clearly does so before `limit`."""
    before = text[i - 1] if i > 0 else " "
    if not (before.isspace() or before in "([—–-\"“") or not text[i + 1:i + 2].isalnum():
        return None
    for j in range(i + 1, min(limit, i + MAX_SINGLE_QUOTE)):
        if text[j] == "’" and not text[j + 1:j + 2].isalpha() and not text[j - 1].isspace():
            return j
    return None


def quote_spans(text: str) -> list[_Span]:
    """Mark pairs in `text`, unbalanced ones closed at their paragraph's end."""
    found: list[_Span] = []
    open_at: int | None = None
    spanned = 0
    last_end = 0
    for start, end in _paragraphs(text):
        j = start
        if open_at is not None:
            first = start + (len(text[start:end]) - len(text[start:end].lstrip()))
            if text[first] in OPENERS and spanned < MAX_PARAGRAPHS:
                j, spanned = first + 1, spanned + 1
            else:
                found.append(_Span(open_at, last_end))
                open_at = None
        while j < end:
            c = text[j]
            if open_at is None:
                if c == "“" or (c == '"' and _straight_opens(text, j)):
                    open_at, spanned = j, 1
                elif c == "‘":
                    close = _single_close(text, j, end)
                    if close is not None:
                        found.append(_Span(j, close, single=True))
                        j = close
            elif c in "”\"":
                found.append(_Span(open_at, j))
                open_at = None
            elif c == "“":  # reopened before closing: the earlier mark was stray
                open_at, spanned = j, 1
            j += 1
        last_end = end
    if open_at is not None:
        found.append(_Span(open_at, last_end))
    return found


def _is_partial(text: str, span: _Span, content: str) -> bool:
    if span.single:
        return True
    before = text[:span.open_at].rstrip(" \t")
    prev = before[-1:] if before else "\n"
    if prev.isalnum() or prev in "’'":
        return True
    return prev in ",—–-(" and content[:1].islower()


def _speaker_token(doc: "Doc", start: int, end: int, after: bool) -> "Token | None":
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
        if ancestor.pos_ == "VERB" and ancestor.lemma_.lower() in REPORT_VERBS:
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
    from .event_args import phrase_span

    span = phrase_span(token)
    return len(span) <= 12 and not any(
        t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound", "acl") and t != token
        for t in span)


class _Speakers:
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


def _clause_end(doc: "Doc", text: str, close: int, para_end: int) -> int:
    """End of the sentence that follows a closing mark ('!” the Guard implored.')."""
    follow = close + 1
    while follow < para_end and text[follow] in " \t”\"’":
        follow += 1
    sent = next((s for s in doc.sents if s.start_char <= follow < s.end_char), None)
    return min(sent.end_char if sent is not None else para_end, para_end)


def _previous_paragraph_start(paragraphs: list[tuple[int, int]], start: int) -> int:
    earlier = [s for s, _ in paragraphs if s < start]
    return earlier[-1] if earlier else start


def find_quotes(doc: "Doc", entities: Sequence[EntityMention] = ()) -> list[Quote]:
    """Quotes in the document in text order, each with its speaker when one can be found."""
    text = doc.text
    speakers = _Speakers(doc, entities)
    paragraphs = _paragraphs(text)
    quotes: list[Quote] = []
    previous: tuple[int, str | None, str | None] | None = None  # (end, speaker, id)
    for span in quote_spans(text):
        start, end = span.open_at + 1, span.end
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end <= start:
            continue
        content = text[start:end]
        partial = _is_partial(text, span, content)
        para_start = max((s for s, _ in paragraphs if s <= span.open_at), default=0)
        para_end = min((e for _, e in paragraphs if e >= span.end), default=len(text))
        after_end = _clause_end(doc, text, span.end, para_end)
        next_open = text.find("“", span.end + 1, after_end)
        after_end = next_open if next_open > 0 else after_end
        sent_before = next((s for s in doc.sents if s.start_char <= span.open_at < s.end_char),
                           None)
        before_start = max(sent_before.start_char if sent_before is not None else para_start,
                           para_start, previous[0] if previous else 0)
        order = [(before_start, span.open_at, False), (span.end + 1, after_end, True)]
        speaker, speaker_id, token = None, None, None
        for lo, hi, after in (order if partial else order[::-1]):
            candidate = _speaker_token(doc, lo, hi, after=after)
            if candidate is not None and speaker is None:
                token = candidate
                speaker, speaker_id = speakers.resolve(candidate, span.open_at)
        if token is not None:
            pass
        elif previous is not None and previous[0] >= _previous_paragraph_start(paragraphs,
                                                                                para_start):
            speaker, speaker_id = previous[1], previous[2]  # the same speaker goes on
        else:
            speaker, speaker_id = None, None
        quotes.append(Quote(start=start, end=end, text=content, speaker=speaker,
                            speaker_id=speaker_id, partial=partial))
        if not partial or speaker:
            previous = (span.end, speaker, speaker_id)
    return quotes
