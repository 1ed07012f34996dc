"""Parse helpers shared by components: names for the people and groups a parse points at
(actors, targets, speakers, attributions), subjects, conjuncts and antecedents.

A token's name is the canonical entity covering it when the entity component found one, else
the spaCy entity holding it, else its noun phrase ("a senior Pentagon official").
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable, Iterator, Sequence

from ..model import EntityMention
from .lexicon.pronouns import GROUP_PRONOUNS, PERSON_PRONOUNS, PRONOUNS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# Children that do not belong to the name of a noun phrase.
_DROP_DEPS = frozenset({"appos", "relcl", "acl", "punct", "cc", "conj", "prep", "advcl", "ccomp",
                        "parataxis", "mark", "nummod", "quantmod", "npadvmod", "advmod"})
_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"})
_NOT_ACTOR_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "PERCENT", "MONEY", "QUANTITY",
                               "ORDINAL"})
SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
# Verbs whose infinitive complement shares their subject ("agreed to send", "plans to invade").
CONTROL_DEPS = frozenset({"xcomp", "conj", "advcl"})


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


def verb_by_parse(token: "Token") -> bool:
    """A word the tagger took for a noun that the parse makes a verb: it has a subject, or an
    object and is coordinated with a verb ("a couple storm a party and gun down 14": the
    parse gives "storm" a subject, "gun" an object)."""
    if token.pos_ != "NOUN":
        return False
    if token.n_lefts and any(c.dep_ in ("nsubj", "nsubjpass") for c in token.lefts):
        return True  # no noun takes a subject
    if token.dep_ != "conj" or not token.n_rights or token.head.i == token.i:
        return False
    return any(c.dep_ == "dobj" for c in token.rights) and (
        token.head.pos_ == "VERB" or verb_by_parse(token.head))


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


# Where a verb goes to: a participle with such a complement tells a motion someone made
# ("plowed into a crowd"), not what was done to its noun ("injured in the attack").
_DIRECTIONS = frozenset({"into", "onto", "through", "across", "toward", "towards", "at"})
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_INSIDE_SUBJECT = frozenset({"acl", "agent", "prep", "pobj", "appos", "compound"})


def rooted_on_subject(verb: "Token") -> "Token | None":
    """The subject of a sentence the parse rooted on it, hanging the main verb on it as a
    participle: "A truck plowed into a crowd." reads as a noun phrase ("a truck [that was]
    plowed"), but a sentence that closes with a stop has a verb. It is this one when nothing
    else in the sentence is finite and the participle acts: it has an object, or it goes
    somewhere ("into a crowd"). The participle may hang on a noun inside the subject ("A
    truck driven by a gunman plowed into ..."). "Five people injured in the attack." stays a
    caption's passive; a verb the tagger read as a past tense ("called on them to go") needs
    no such test. None when the parse is not that."""
    if verb.dep_ != "acl" or verb.tag_ not in ("VBD", "VBN"):
        return None  # the cheap tests first: subject_of asks this of every verb
    if any(c.dep_ in ("aux", "auxpass", "agent", "nsubj", "nsubjpass") for c in verb.children):
        return None
    if verb.tag_ != "VBD" and not any(
            c.dep_ in ("dobj", "dative") or (c.dep_ == "prep" and c.lower_ in _DIRECTIONS)
            for c in verb.children):
        return None  # a participle that does nothing may be a caption's passive; a past
        # tense the tagger saw is a verb whatever it does ("Ann Roe, a judge, called on ...")
    root = verb.sent.root
    if root.pos_ not in ("NOUN", "PROPN") or root.i > verb.i:
        return None
    current = verb.head
    while current.i != root.i:  # up through the subject's own modifiers only
        if current.dep_ not in _INSIDE_SUBJECT:
            return None
        current = current.head
    if not verb.sent.text.rstrip().endswith((".", "!")):
        return None  # a headline or a label: "Truck driven into crowd"
    inside = {t.i for t in verb.subtree}
    return None if any(t.tag_ in _FINITE and t.i not in inside for t in verb.sent) else root


# Prepositions that also open a clause ("after the talks" / "after the army said ...").
CLAUSE_PREPOSITIONS = frozenset({"after", "before", "since", "until", "till", "as"})


def misparsed_subject(verb: "Token") -> "Token | None":
    """The noun right before a finite verb the parse hung on an earlier one though no "and",
    "or" or subordinator joins them: a misparse of that noun's own predicate ("came after the
    newspaper, quoting sources, reported that ..."); a comma-set participle between them is
    skipped."""
    head, doc = verb.head, verb.doc
    if verb.dep_ not in ("conj", "advcl") or verb.tag_ not in ("VBD", "VBZ", "VBP") or any(
            c.dep_ in ("mark", "aux", "cc") for c in verb.children):
        return None
    if head.i >= verb.i or any(c.dep_ == "cc" and head.i < c.i < verb.i for c in head.children):
        return None
    j = verb.i - 1
    while j > head.i and doc[j].is_punct:
        j -= 1
    clause = next((a for a in doc[j].ancestors if a.tag_ in ("VBG", "VBN") and a.dep_ in (
        "advcl", "acl") and a.right_edge.i == j and head.i < a.left_edge.i), None)
    if clause is None and doc[j].tag_ in ("VBG", "VBN") and doc[j].dep_ in ("advcl", "acl"):
        clause = doc[j]
    if clause is not None:
        j = clause.left_edge.i - 1
        while j > head.i and doc[j].is_punct:
            j -= 1
    noun = doc[j]
    if j <= head.i or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    while noun.dep_ in ("compound", "appos") and noun.head.i != noun.i:
        noun = noun.head
    # the object of a preposition that also opens clauses, on the earlier verb: the parse
    # read "after" as a preposition and the clause's subject as its object
    prep = noun.head
    return noun if noun.dep_ == "pobj" and prep.head == head and \
        prep.lower_ in CLAUSE_PREPOSITIONS else None


def subject_of(verb: "Token") -> "Token | None":
    """The grammatical subject of a verb, inherited through xcomp/conj/advcl when it has none
    (the noun a sentence was wrongly rooted on, `rooted_on_subject`)."""
    seen = 0
    current: Token | None = verb
    while current is not None and seen < 6:
        for child in current.children:
            if child.dep_ in SUBJECT_DEPS:
                return child
        rooted = rooted_on_subject(current)
        if rooted is not None:
            return rooted
        before = misparsed_subject(current)
        if before is not None:
            return before
        if current.dep_ in CONTROL_DEPS or (current.pos_ == "ADJ" and current.dep_ == "acomp"):
            current = current.head
        else:
            return None
        seen += 1
    return None


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


# Nouns of an "in ... to" purpose phrase: "in order to", "in an attempt / effort / bid to".
PURPOSE_NOUNS = frozenset({"order", "attempt", "effort", "bid", "move", "drive", "push",
                           "quest", "hope", "hopes"})


def purpose_of(verb: "Token") -> "Token | None":
    """The clause an "in order to" or "in an attempt to" infinitive is the purpose of ("used
    the law in order to withdraw the passports": "used"; "will meet GM in an attempt to reach
    agreement": "meet"); None for any other clause. The parse hangs the infinitive on the
    noun as its clause."""
    head = verb.head
    if verb.dep_ == "acl" and head.lemma_.lower() in PURPOSE_NOUNS and head.dep_ == "pobj" \
            and head.head.lower_ == "in" and any(c.dep_ == "aux" and c.lower_ == "to"
                                                  for c in verb.children):
        return head.head.head
    return None


def covering_span(doc: "Doc", start: int, end: int) -> "Span | None":
    """The tokens covering the characters [start, end), None when none do; looked up once per
    document and range (figures and events ask it of the same time expressions again)."""
    cache = doc.user_data.setdefault(_SPANS, {})
    key = (start, end)
    if key not in cache:
        span = doc.char_span(start, end, alignment_mode="expand")
        cache[key] = span if span is not None and len(span) else None
    return cache[key]  # type: ignore[no-any-return]
