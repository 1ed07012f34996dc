"""A verb's subject by the parse, with the misparses that hide it undone, and its purpose."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
# Verbs whose infinitive complement shares their subject ("agreed to send", "plans to invade").
CONTROL_DEPS = frozenset({"xcomp", "conj", "advcl"})


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
