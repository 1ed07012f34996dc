"""Frames a quote takes from around it when no speech verb governs it: the sentence of
reported speech just before it, or an earlier one of its paragraph when nobody else acts in
between (`lead_in`), a signature after a dash (`signed`), and, for a
partial quote, the agent whose clause holds it (`holder`); `Sentences` finds the doc's sentences
by character offset for them and for extract.py."""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING, Sequence

from ...model import EntityMention
from ..lexicon.pronouns import GROUP_PRONOUNS, PERSON_PRONOUNS
from ..lexicon.reporting import SPEAKING_DOCUMENTS, SPEECH_VERBS
from ..syntax import subject_of
from .agents import is_agent
from .frames import FRAME_VERBS, Frame, passive_frame
from .spans import quote_spans

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

MIN_WORDS = 4  # fewer words in quote marks are a name, a title or a scare quote


class Sentences:
    """The doc's sentences, found by character offset (spaCy rebuilds doc.sents per access)."""

    def __init__(self, doc: "Doc") -> None:
        self.sents = list(doc.sents)
        self.starts = [s.start_char for s in self.sents]

    def at(self, char: int) -> "Span | None":
        k = bisect.bisect_right(self.starts, char) - 1
        return self.sents[k] if k >= 0 and char < self.sents[k].end_char else None


def lead_in(sentences: Sentences, text: str, open_at: int, para_start: int,
            floor: int, captions: Sequence[tuple[int, int]] = ()) -> Frame | None:
    """The frame of a quote opening right after a sentence of reported speech."""
    # `X said he had suspended him. "He will stay suspended."`: the main speech verb of the
    # sentence just before, with no quote between, frames the quote. The sentence is in the
    # same paragraph, or, across a paragraph break, ends in a colon ("Mr Adams told the BBC:")
    # or tells what someone said right before a paragraph that is the quote ("He said they
    # decided to drive back.\n\n"I thought a straight road is a straight road."). Words in
    # quote marks inside the sentence itself (a scare quote, a partial quote) are its own.
    before = text[:open_at].rstrip()
    opens_paragraph = not text[para_start:open_at].strip()
    while opens_paragraph and before and (line := _caption_at(captions, len(before) - 1) or (
            (before.rfind("\n") + 1, len(before)) if before[-1] not in _SENTENCE_END else None)):
        # a caption, a credit or a time stamp between is no one's, nor is a line with no
        # sentence punctuation (a picture caption: "Jo Roe at the summit in Paris")
        before = text[:line[0]].rstrip()
        para_start = len(before)
    sent = sentences.at(len(before) - 1) if before else None
    colon = ends_in_colon(text, open_at)
    lo = floor if colon or opens_paragraph else max(para_start, floor)
    if sent is None or not (colon or before.endswith((".", "!", "?"))) \
            or _quoted_between(text, max(sent.start_char, lo), open_at, sent.start_char):
        return None
    # the main verb, or the last main clause coordinated with it ("The sides meet on Sunday
    # and Kirwan says his side will be hoping ...")
    # ("The first attack, she says, came later": a parenthetical frame tells the speech too)
    told = [c for c in sent.root.children if c.dep_ == "parataxis" and c.pos_ == "VERB"]
    for root in reversed([*told, sent.root, *(c for c in sent.root.conjuncts
                                              if c.pos_ == "VERB")]):
        if root.idx < lo:
            continue
        lemma = root.lemma_.lower()
        if opens_paragraph and not colon and para_start > sent.start_char:
            introduces = lemma in SPEECH_VERBS  # the paragraph before: only a verb of saying
        else:  # before a colon, a statement that "read" and a person who "spoke" introduce it
            introduces = lemma in FRAME_VERBS or (colon and lemma in ("read", "speak"))
        subject = _own_name_subject(root) or subject_of(root)
        source = None if introduces else _document_source(root)
        if source is not None:
            # "Obama received a letter from McCain. "..."": the words are the letter's author's,
            # not those of whoever the sentence shows receiving it
            return Frame(root, source, False)
        if not introduces and colon and subject is not None and root.pos_ == "VERB" and \
                (root.tag_ == "VBD" or any(c.dep_ == "aux" for c in root.children)) and \
                not any(c.dep_ == "auxpass" for c in root.children) and \
                (subject.pos_ in ("PRON", "PROPN") or is_agent(subject)):
            # "Ana Roe, the mayor, turned to the president: "..."": a colon after an agent's
            # act hands the turn to them, whatever the verb (told as past: a headline's
            # present, "Cubs win title: "..."", quotes someone else)
            introduces = True
        if not introduces and subject is not None and _a_person(subject) and \
                root.pos_ == "VERB" and not any(c.dep_ == "auxpass" for c in root.children):
            # "Yoshihiro Naito, 77, opposed the idea. "The commitment we've made ..."": a
            # person the sentence before shows acting goes on in their own words, in the same
            # paragraph or the next ("She met him later.\n\n"...": whoever "she" is)
            introduces = True
        if not introduces:
            continue
        return Frame(root, subject, False) if subject is not None else None
    return _paragraph_speaker(sentences, sent, text, lo)


def _a_person(subject: "Token") -> bool:
    """A subject that is a person's name or "he" / "she"."""
    return (subject.ent_type_ == "PERSON" and subject.pos_ == "PROPN") or \
        subject.lower_ in ("he", "she")


def _speaks(verb: "Token") -> "Token | None":
    """The person a verb of saying has speak ("argues Ann Roe", "she says"), else None."""
    subject = subject_of(verb) if verb.lemma_.lower() in SPEECH_VERBS else None
    return subject if subject is not None and _a_person(subject) else None


def _paragraph_speaker(sentences: Sentences, sent: "Span", text: str, lo: int) -> Frame | None:
    """The speaker a paragraph of reported speech goes on with: "We are in a new phase,
    argues Ann Roe. The boom is over and firms must deliver.\n\n"In the boom ..."": the
    sentence before the quote frames no one's words, but an earlier one of its paragraph has
    a person say them, and no other person is a subject in between."""
    para = max(text.rfind("\n", 0, sent.start_char) + 1, lo)
    k = bisect.bisect_left(sentences.starts, sent.start_char)
    between = sent
    for earlier in reversed(sentences.sents[max(0, k - 2):k]):
        if earlier.start_char < para or any(
                t.dep_ in ("nsubj", "nsubjpass") and (t.ent_type_ == "PERSON" or
                                                    t.lower_ in PERSON_PRONOUNS)
                for t in between):
            return None  # someone else acts before the quote
        root = earlier.root
        for verb in [c for c in root.children if c.dep_ == "parataxis" and c.pos_ == "VERB"
                     and c.i > root.i] + [root]:
            speaker = _speaks(verb)
            if speaker is not None:
                return Frame(verb, speaker, False)
        between = earlier
    return None


_SENTENCE_END = ".!?…:;\"”’'"


def _caption_at(captions: Sequence[tuple[int, int]], at: int) -> tuple[int, int] | None:
    return next((line for line in captions if line[0] <= at < line[1]), None)


def _document_source(root: "Token") -> "Token | None":
    """The author of a document the clause names: "a letter from X", "X's statement"; or of a
    speech act named by its noun, "a furious response from X" (not "X's remarks", which a
    response may answer)."""
    for tok in root.subtree:
        document = tok.lemma_.lower() in SPEAKING_DOCUMENTS
        if tok.pos_ != "NOUN" or not (document or tok.lemma_.lower() in _SPEECH_NOUNS):
            continue
        for child in tok.children:
            if child.dep_ == "poss" and document:
                return child
            if child.dep_ == "prep" and child.lower_ in ("from", "by"):
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if pobj is not None:
                    return pobj
    return None


# speech acts named by a noun, whose words a quote right after gives ("a reply from X")
_SPEECH_NOUNS = frozenset({"response", "reply", "retort", "riposte", "rebuke", "warning",
                           "plea", "appeal"})


def _own_name_subject(verb: "Token") -> "Token | None":
    """A coordinated verb's own subject: its nsubj, or the name right before it that the
    parse hung elsewhere ("at Twickenham and Kirwan says": Kirwan, not the first clause's)."""
    if verb.dep_ != "conj":
        return None
    own = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if own is not None:
        return own
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    return before if before is not None and before.pos_ == "PROPN" and \
        before.ent_type_ in ("PERSON", "ORG", "") else None


def ends_in_colon(text: str, open_at: int) -> bool:
    return text[:open_at].rstrip().endswith(":")


def _quoted_between(text: str, lo: int, hi: int, sent_start: int) -> bool:
    """Whether a quote stands between the lead-in sentence and the quote: a mark before the
    sentence, or a quotation of its own inside it (not a scare or partial quote)."""
    segment = text[lo:hi]
    if not any(c in segment for c in "“”\""):
        return False
    if lo < sent_start and any(c in text[lo:sent_start] for c in "“”\""):
        return True
    for span in quote_spans(text[sent_start:hi]):
        content = text[sent_start + span.open_at + 1:sent_start + span.end].strip()
        if len(content.split()) >= MIN_WORDS and content[:1].isupper():
            return True
    return False


def named_colon(doc: "Doc", text: str, open_at: int) -> Frame | None:
    """A name alone before a colon at the start of its line: `Ann Roe: "..."` is hers."""
    colon = text.rfind(":", 0, open_at)
    if colon < 0 or text[colon + 1:open_at].strip():
        return None
    start = text.rfind("\n", 0, colon) + 1
    name = doc.char_span(start, colon, alignment_mode="expand") if colon > start else None
    if name is None or not 0 < len(name) <= 4 or any(t.pos_ != "PROPN" for t in name):
        return None
    head = name[-1]
    # a person or body, or the surname of a person named before ("Brexit:" is a topic)
    if head.ent_type_ not in ("PERSON", "ORG") and not any(
            e.label_ == "PERSON" and e[-1].text == head.text for e in doc.ents):
        return None
    return Frame(head, head, False)


_DASH = re.compile(r"[ \t]*[—–-]{1,2}[ \t]*")


def signed(doc: "Doc", text: str, close: int) -> Frame | None:
    """A quote signed after a dash with a name: `"..." — Jane Roe, chief executive`, or a
    post's author (`"..." — Jeff Paul (@jeffpaul)`)."""
    dash = _DASH.match(text, close + 1)
    if dash is None or dash.end() == close + 1 or not any(c in dash.group() for c in "—–-"):
        return None
    name = next((e for e in doc.ents if e.start_char == dash.end()), None)
    if name is None or name.label_ not in ("PERSON", "ORG"):
        return None
    return Frame(name.root, name.root, False)


def holder(doc: "Doc", start: int, end: int,
            entities: Sequence[EntityMention]) -> "Token | None":
    """The nearest agent subject of the clauses holding a partial quote, if any."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    for anc in span.root.ancestors:
        if anc.dep_ == "ccomp" and anc.head.lemma_.lower() in FRAME_VERBS:
            continue  # "King said the singer threw it in an "angry" attack": King's words
        if anc.lemma_ == "be" and span.root.dep_ in ("attr", "acomp") and \
                span.root.head.i == anc.i:
            continue  # 'India is a "growing economy"': what India is called, not by India
        if anc.pos_ in ("VERB", "AUX") and passive_frame(anc):
            continue  # "the driver was described as "a careful man"": not the driver's words
        if anc.pos_ in ("VERB", "AUX"):
            subject = subject_of(anc)
            if subject is not None and not start <= subject.idx < end and (
                    subject.lower_ in PERSON_PRONOUNS  # "He has denied "any allegations""
                    or subject.pos_ != "PRON" and is_agent(subject, entities)
                    or subject.lower_ in GROUP_PRONOUNS and _issues_document(anc)):
                return subject  # 'It issued a statement that "..."': whoever "it" is
            aside = _as_said(anc)
            if aside is not None and not start <= aside.idx < end:
                return aside
    return None


def _issues_document(verb: "Token") -> bool:
    """The verb puts out a document that speaks ("issued a statement", "released a note")."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in SPEAKING_DOCUMENTS
               for c in verb.children)


def _as_said(verb: "Token") -> "Token | None":
    """The speaker of an "as X said" clause on the verb: "As Haynes explained, the idea was for
    the character to be "more geeky"" is Haynes's account."""
    for clause in verb.children:
        if clause.dep_ == "advcl" and clause.lemma_.lower() in FRAME_VERBS and any(
                c.dep_ == "mark" and c.lower_ == "as" for c in clause.children):
            return subject_of(clause)
    return None
