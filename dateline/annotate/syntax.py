"""Parse helpers shared by components: names for the people and groups a parse points at
(actors, targets, speakers, attributions), conjuncts and antecedents; subjects are in
`subjects`.

A token's name is the canonical entity covering it when the entity component found one, else
the spaCy entity holding it, else its noun phrase ("a senior Pentagon official").
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable, Iterator, Sequence

from ..model import EntityMention
from .lexicon.pronouns import GROUP_PRONOUNS, PERSON_PRONOUNS, PRONOUNS
# re-exported: the events, quotes and figures components import these from here
from .subjects import (misparsed_subject as misparsed_subject, purpose_of as purpose_of,
                       rooted_on_subject as rooted_on_subject, subject_of as subject_of,
                       verb_by_parse as verb_by_parse)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# Children that do not belong to the name of a noun phrase.
_DROP_DEPS = frozenset({"appos", "relcl", "acl", "punct", "cc", "conj", "prep", "advcl", "ccomp",
                        "parataxis", "mark", "nummod", "quantmod", "npadvmod", "advmod"})
_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"})
_NOT_ACTOR_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "PERCENT", "MONEY", "QUANTITY",
                               "ORDINAL"})


def _kept(token: "Token") -> Iterator["Token"]:
    yield token
    for child in token.children:
        if child.dep_ not in _DROP_DEPS:
            yield from _kept(child)


def phrase_span(token: "Token") -> "Span":
    """The noun phrase headed by `token`, without appositions, clauses and trailing PPs."""
    indices = [t.i for t in _kept(token)]
    start, end = min(indices), max(indices) + 1
    doc = token.doc
    while start < end - 1 and (doc[start].is_punct or doc[start].dep_ == "case"):
        start += 1
    while end - 1 > start and (doc[end - 1].is_punct or doc[end - 1].dep_ == "case"):
        end -= 1
    return doc[start:end]


def entity_at(entities: Sequence[EntityMention], start: int, end: int) -> EntityMention | None:
    """The entity mention overlapping the character range best (longest overlap)."""
    best, best_len = None, 0
    for mention in entities:
        overlap = min(end, mention.end) - max(start, mention.start)
        if overlap > best_len:
            best, best_len = mention, overlap
    return best


def is_pronoun(token: "Token") -> bool:
    """A pronoun; "US" and "IT" in capitals, tagged proper nouns, are names."""
    if token.is_upper and len(token.text) > 1 and token.pos_ == "PROPN":
        return False
    return token.lower_ in PRONOUNS or token.pos_ == "PRON"


def name_for(token: "Token", entities: Sequence[EntityMention]) -> tuple[str | None, str | None]:
    """(name, entity_id) for the phrase headed by `token`; (None, None) for a bare pronoun."""
    if is_pronoun(token):
        return None, None
    head_mention = entity_at(entities, token.idx, token.idx + len(token.text))
    if head_mention is not None:
        return head_mention.canonical, head_mention.entity_id
    span = phrase_span(token)
    if token.ent_type_ in _NAME_LABELS:
        ent = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
        # Trust the spaCy entity only inside the phrase (its NER sometimes runs on into a verb).
        if ent is not None and ent.label_ in ("PERSON", "ORG", "GPE", "FAC", "LOC") and \
                span.start <= ent.start and ent.end <= span.end:
            return ent.text, None
    if token.lower_ == "old" and any(c.lower_ in ("year", "years") for c in token.children):
        # "A 16-year-old stabbed ...": a person named by age (tagged DATE); the parse may hang
        # the article on the verb
        first = token.left_edge.i
        if first > 0 and token.doc[first - 1].pos_ == "DET":
            first -= 1
        return token.doc[first:token.i + 1].text, None
    if token.ent_type_ in _NOT_ACTOR_LABELS:
        return None, None
    text = span.text
    if "\n" in text:  # a sentence split missed at a paragraph break: keep the head's line
        offset = token.idx - span.start_char
        line_start = text.rfind("\n", 0, offset) + 1
        line_end = text.find("\n", offset)
        text = text[line_start:line_end if line_end >= 0 else len(text)]
    text = text.strip()
    return (text or None), None


def with_conjuncts(token: "Token") -> list["Token"]:
    """The token and the tokens coordinated with it ("Biden and Zelenskyy")."""
    return [token, *token.conjuncts] if token.conjuncts else [token]


def names(tokens: Iterable["Token"], entities: Sequence[EntityMention]) -> tuple[str, ...]:
    """Distinct names of the tokens, in order, pronouns left out."""
    out: list[str] = []
    for token in tokens:
        name, _ = name_for(token, entities)
        if name and name not in out:
            out.append(name)
    return tuple(out)


def sentence_of(doc: "Doc", char: int) -> "Span | None":
    """The sentence holding a character offset."""
    for sent in doc.sents:
        if sent.start_char <= char < sent.end_char:
            return sent
    return None


def according_to_object(token: "Token") -> "Token | None":
    """X in "according to X" for the token "according" (pcomp parses included)."""
    for prep in token.children:
        for obj in prep.children:
            if obj.dep_ == "pobj":
                return obj
            if obj.dep_ == "pcomp":  # "according to engineer Piet Laar" parsed as a verb
                return next((t for t in obj.subtree if t.dep_ in ("dobj", "pobj")), obj)
    return None


def antecedent(pronoun: "Token", window: int = 60) -> "Token | None":
    """The nearest earlier subject a he/she/it/they can stand for, within `window` tokens:
    a person for he/she, a group or place for it/they ("Russia said it had seized")."""
    lower = pronoun.lower_
    if lower in PERSON_PRONOUNS:
        labels = {"PERSON"}
    elif lower in GROUP_PRONOUNS:
        labels = {"ORG", "GPE", "NORP"}
    else:
        return None
    doc = pronoun.doc
    for i in range(pronoun.i - 1, max(-1, pronoun.i - window), -1):
        tok = doc[i]
        if tok.dep_ in ("nsubj", "nsubjpass") and not is_pronoun(tok) and (
                tok.ent_type_ in labels or ("ORG" in labels and tok.pos_ == "PROPN" and
                                            tok.ent_type_ != "PERSON")):
            return tok
    return None


def entity_text(token: "Token") -> str:
    """The text of the spaCy entity holding the token, else the token's own text."""
    if token.ent_type_:
        ent = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
        if ent is not None:
            return ent.text
    return token.text


_TEXT = "dateline.text"


def text_of(doc: "Doc") -> str:
    """`doc.text`, built once per doc: spaCy joins every token again at each access (profiled,
    those joins cost the annotators a fifth of their time)."""
    text = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return text


def document_author(token: "Token") -> "Token | None":
    """Who a document noun speaks for: 'said the statement' -> NATO, from 'A statement from
    NATO', 'NATO's statement', 'NATO issued a statement' or 'NATO said in a statement' in the
    80 tokens before the sentence or in it."""
    doc = token.doc
    sent_start = max(0, token.sent.start - 80)
    for tok in doc[sent_start:token.sent.end]:
        if tok.lemma_.lower() == token.lemma_.lower():
            for child in tok.children:
                if child.dep_ == "poss":
                    return child
                if child.dep_ == "prep" and child.lower_ in ("from", "by", "of"):
                    pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                    if pobj is not None:
                        return pobj
                if child.dep_ == "acl":  # "a statement released by the agency"
                    by = next((g for a in child.children if a.dep_ == "agent"
                               for g in a.children if g.dep_ == "pobj"), None)
                    if by is not None:
                        return by
            if tok.i >= token.i:
                continue
            verb = tok.head  # "Acme issued a statement", "Acme said in a statement"
            if tok.dep_ == "pobj" and verb.lower_ == "in" and verb.head.dep_ == "nsubj" and \
                    verb.head.head.pos_ == "VERB" and not is_pronoun(verb.head):
                return verb.head  # "..., said Rabbi Ivo Dask in a statement": hung on him
            if tok.dep_ == "pobj" and verb.lower_ == "in" and verb.head.pos_ == "VERB":
                verb = verb.head
            elif tok.dep_ != "dobj":
                continue
            issuer = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if issuer is not None and not is_pronoun(issuer):
                return issuer
    return None


_SPANS = "dateline_spans"


def covering_span(doc: "Doc", start: int, end: int) -> "Span | None":
    """The tokens covering the characters [start, end), None when none do; looked up once per
    document and range (figures and events ask it of the same time expressions again)."""
    cache = doc.user_data.setdefault(_SPANS, {})
    key = (start, end)
    if key not in cache:
        span = doc.char_span(start, end, alignment_mode="expand")
        cache[key] = span if span is not None and len(span) else None
    return cache[key]  # type: ignore[no-any-return]
