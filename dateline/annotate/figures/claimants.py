"""Who claims a figure: the source the parse ties to the number, never a nearby name.

In order: the speaker of the quote holding the number; the subject of a reporting verb whose
content (complement clause, object, "put ... at") holds the number, innermost first (a threat,
a promise or a demand is its maker's word: "threatened to fire four missiles"); the X of
"according to X" attached to the number's clause; a parenthetical reporting clause hanging off
the number's clause or closing its sentence ("..., the ministry said"); a source named
only by role is the one person the article gives that role; a number in an embedded post is
its signer's. A reporting verb that the number reaches only
through an adjunct ("said of the assault in which 77 died") is not its source. The claimant
must be an agent: a person, organisation or group (a document gives its author: "a UN report
said"); abstract nouns ("the situation shows") claim nothing. Pronouns resolve through the
parse: "he"/"she" to the last person named before, "it"/"they" to the source of the sentence
before or the nearest earlier organisation subject.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ...model import EntityMention, Quote
from ..lexicon.pronouns import GROUP_PRONOUNS, PERSON_PRONOUNS
from ..lexicon.reporting import COUNTING_VERBS, SPEECH_VERBS
from ..quotes.agents import is_agent
from ..quotes.captions import in_lines
from ..events.ontology import names_an_event
from ..syntax import according_to_object, antecedent, misparsed_subject
from . import lexicon as lex
from .claimant_names import _antecedent, _named, noun_phrase
from .shapes import sharing_verb
from .holders import (author_of, closing_frame, earlier_author, inverted_subject,
                      previous_speaker, quoted_speaker, role_holder, signer)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# The edge under a reporting verb that leads to what it reports ("said 40 died", "reported 40
# deaths", "put the toll at 40").
_CONTENT_DEPS = frozenset({"ccomp", "xcomp", "dobj", "attr", "oprd", "acomp", "parataxis",
                           "nsubjpass"})
_CONTENT_PREPS = frozenset({"at"})
# Speech acts whose content is the speaker's word: "threatened to fire four missiles",
# "promised to send 300 troops" (the number is the one who threatened or promised).
_COMMITTING_VERBS = frozenset({"threaten", "vow", "pledge", "promise", "warn", "propose",
                               "offer", "demand",
                               # an aim is its holder's word too: "wants to land two craft"
                               "want", "wish", "hope", "aim", "intend", "seek", "plan"})
# Verbs that report a count only by their "at" phrase: "put the death toll at 40".
_ESTIMATE_AT = frozenset({"put", "place"})
# Reporting verbs whose object is the thing made, not what it says: "posted three photos",
# "wrote two letters" (but "posted that 40 had died" reports)
_MAKING_VERBS = frozenset({"post", "publish", "tweet", "write", "quote", "cite",
                           # "US firms added 146,000 jobs" grows a count, it reports none
                           "add"})
_NOT_NAMES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})
_PARENTHETICAL_DEPS = frozenset({"parataxis", "advcl", "conj", "ROOT"})
# Documents that speak for their author: "a UN report said", "the ministry's statement".
DOCUMENT_NOUNS = frozenset({"report", "statement", "study", "survey", "census", "data",
                            "figure", "figures", "tally", "count", "estimate", "assessment",
                            "analysis", "release", "bulletin", "update", "communique", "post",
                            "tweet", "letter", "document", "record", "records", "projection",
                            "forecast", "prediction"})


@dataclass
class Sources:
    """What claimant resolution needs from the whole document."""

    doc: "Doc"
    entities: list[EntityMention]
    persons: list[tuple[int, str]]  # (start char, name), sorted
    quotes: list[Quote] = field(default_factory=list)
    captions: list[tuple[int, int]] = field(default_factory=list)  # credit and label lines
    last: tuple[int, str] | None = None  # (sentence index, claimant) of the latest claim


def claimant_of(src: Sources, sent: "Span", head: "Token", k: int) -> str | None:
    """The claimant of the number headed by `head` in sentence number `k`."""
    quote = next((q for q in src.quotes if q.start <= head.idx < q.end), None)
    ancestors = [head, *head.ancestors]
    subjects: list[tuple[Token, bool]] = []  # (who, whether a speech verb gives it)
    child = head
    for anc in head.ancestors:
        if quote is not None and not quote.start <= anc.idx < quote.end:
            break  # the quote's own frame is its speaker
        if child.dep_ == "appos" and anc.ent_type_ in ("GPE", "LOC", "FAC"):
            break  # "Nice, a city of 340,000": the narrator describes the place
        if child.dep_ in ("relcl", "acl") and child.pos_ in ("VERB", "AUX") and not (
                child.dep_ == "acl" and child.tag_ in ("VBG", "VBN")
                and not names_an_event(child.head)):
            # "said he was horrified by a shooting that left 50 dead": background; not so a
            # participle that tells what a thing holds ("said a file containing 15.2 million
            # records was hacked")
            break
        made = anc.lemma_.lower() in _MAKING_VERBS and child.dep_ == "dobj" and \
            child.i in (head.i, head.head.i)  # "posted three photos": the narrator counts
        if child.dep_ == "dobj" and child.lemma_.lower() == "life" and child.i == head.head.i:
            made = True  # "the blast claimed 11 lives" takes them, it reports nothing
        if anc.lemma_.lower() in _ESTIMATE_AT and not any(
                c.dep_ == "prep" and c.lower_ in _CONTENT_PREPS for c in anc.children):
            made = True  # "put the toll at 40" reports; "put 1,600 officers on the streets" acts
        speaker = quoted_speaker(anc)
        if speaker is not None:  # "the agency quoted Ann Lee as saying": Lee's word
            subjects.append((speaker, True))
        elif not made and anc.pos_ == "NOUN" and child.dep_ == "ccomp" and \
                anc.lemma_.lower() in COUNTING_VERBS and anc.i > 0 and \
                anc.doc[anc.i - 1].dep_ == "compound" and anc.doc[anc.i - 1].head == anc:
            # a noun takes no clause: "..., the UN agency estimates." is a verb the tagger
            # took for a noun, and the noun before it is its subject
            subjects.append((anc.doc[anc.i - 1], True))
        elif not made and anc.lemma_.lower() in COUNTING_VERBS | _COMMITTING_VERBS and \
                anc.pos_ == "VERB" and (
                _content_dep(child, anc) in _CONTENT_DEPS or (
                    child.dep_ == "prep" and child.lower_ in _CONTENT_PREPS)):
            subject = _subject(anc, head)
            if subject is not None:
                subjects.append((subject, anc.lemma_.lower() in SPEECH_VERBS))
        child = anc
    if quote is not None and not subjects:
        return _bare(quote.speaker)
    counted = head.head if head.dep_ in ("nummod", "quantmod") else head
    for anc in ancestors:
        if anc.i == counted.i:
            continue  # "15.2 million UK records": what is counted, not who counts
        if anc.pos_ == "NOUN" and (anc.lemma_.lower() in DOCUMENT_NOUNS
                                   or anc.lemma_.lower() in lex.PROJECTION_NOUNS):
            author = author_of(anc)
            if author is not None:
                subjects.append((author, False))  # "the agency's forecast of 2 million"
    line = _line(src.doc, sent, head)
    for tok in line:
        if tok.lower_ == "according" and (tok.head in ancestors or tok.head.dep_ == "ROOT"):
            obj = according_to_object(tok)
            if obj is not None and not obj.left_edge.i <= head.i <= obj.right_edge.i:
                subjects.append((obj, True))  # "according to two networks" counts them
    for tok in line:
        inverted = inverted_subject(tok, head) if tok.lemma_.lower() in SPEECH_VERBS and \
            tok not in ancestors else None
        if inverted is not None:  # "..., said the state commission set up by the governor"
            subjects.append((inverted, True))
        elif tok.lemma_.lower() in COUNTING_VERBS and tok.pos_ == "VERB" \
                and tok not in ancestors \
                and (closing_frame(tok, head) or (
                    tok.dep_ in _PARENTHETICAL_DEPS
                    and (tok.head in ancestors or tok.head.head in ancestors)
                    and not any(c.dep_ == "ccomp" or (c.dep_ == "dobj" and not is_agent(c))
                                for c in tok.children))):
            # a reporting clause reports nothing of its own: "..., Ann Lee adding two" counts
            subject = _subject(tok, head)
            if subject is not None:  # "40 were killed, the ministry said"
                subjects.append((subject, tok.lemma_.lower() in SPEECH_VERBS))
    for subject, speech in subjects:
        if _counted_in(subject, head):
            continue  # "a survey of more than 1,000 people": who is counted claims nothing
        name = _resolve(src, sent, subject, k, speech)
        if name:
            src.last = (k, name)
            return name
    if quote is not None and quote.speaker:
        return _bare(quote.speaker)  # "We have counted 40 bodies," the mayor said
    return signer(head, src.entities)  # an embedded post speaks for the one who signs it


def _counted_in(subject: "Token", number: "Token") -> bool:
    """Whether the number is part of the subject's own phrase ("the survey of 1,000 people"),
    not of a clause about it ("MAB, which believes ... up to 50 seats")."""
    for anc in number.ancestors:
        if anc.i == subject.i:
            return True
        if anc.dep_ in ("relcl", "acl", "advcl", "ccomp") and anc.pos_ in ("VERB", "AUX"):
            return False
    return False


def _content_dep(child: "Token", verb: "Token") -> str:
    """The edge from `verb` down to `child`; a bare infinitive the parser hung on `verb`
    takes its sibling's ("pledged to hire a firm, train 120,000 staff": content too)."""
    shared = sharing_verb(child) if child.dep_ in ("conj", "dep") else None
    return shared.dep_ if shared is not None and shared.head.i == verb.i else child.dep_


def _bare(name: str | None) -> str | None:
    """A quote speaker as a claimant phrase: without its article, as noun_phrase gives it."""
    if name and name.split(" ", 1)[0].lower() in ("the", "a", "an") and " " in name:
        return name.split(" ", 1)[1]
    return name


def _line(doc: "Doc", sent: "Span", head: "Token") -> "Span":
    """The part of the sentence on the number's line (a sentence split missed at a break)."""
    start, end = sent.start, sent.end
    for tok in sent:
        if "\n" in tok.text or (tok.i + 1 < sent.end and "\n" in tok.whitespace_):
            if tok.i < head.i:
                start = tok.i + 1
            elif tok.i >= head.i:
                end = tok.i + 1
                break
    return doc[start:end]


def _subject(verb: "Token", number: "Token", climbed: bool = False,
             participle: bool = False) -> "Token | None":
    """Who says it: the agent or subject of `verb` that does not hold the number itself.
    A subjectless participle or coordinated verb takes the subject of the clause it hangs on
    (coordinated verbs share a passive one: "which was shut down and claims 40 members"); one
    acted on there does not do a participle's act ("40 were killed, adding ...", a misparse of
    "said 40 were killed, adding"), so the search goes on to the clause that reports it."""
    for child in verb.children:
        if child.dep_ == "agent":
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
    # the passive subject of the reporting verb itself is what is found or told, not who
    # finds it ("he was found guilty of two counts"); one shared by a verb it joins is its own
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
                 and not ((participle or not climbed) and c.dep_ == "nsubjpass")
                 and not (c.left_edge.i <= number.i <= c.right_edge.i)), None)
    if subj is None and verb.lemma_.lower() in SPEECH_VERBS:
        subj = inverted_subject(verb, number)  # "..., said the state commission set up by"
    if subj is None and closing_frame(verb, number):
        subj = verb.doc[verb.i - 1]  # '..., state-run Novi newspaper reported.'
        # its name, not the words the parse hung on it from before the comma
        subj = next((c for c in subj.children if c.dep_ == "compound"
                     and c.ent_type_ in ("ORG", "PERSON")), subj)
    if subj is None and any(c.dep_ == "auxpass" for c in verb.children) and not climbed:
        return None  # "as the last out was recorded": a passive with no "by" names no one
    if subj is None:
        before = misparsed_subject(verb)  # a finite verb with no subject and nothing to join it
        if before is not None:
            return before
    reported = verb.head.head if verb.head.dep_ == "ccomp" else None
    if subj is None and verb.dep_ == "advcl" and verb.tag_ == "VBG" and reported is not None \
            and verb.lemma_.lower() in COUNTING_VERBS and reported.lemma_.lower() in COUNTING_VERBS:
        # "police said 12 died, adding that 30 were hurt": the parser hung the reporter's
        # participle on what was reported; those who died add nothing
        return _subject(reported, number, True, True)
    steps = ("conj", "xcomp", "advcl", "ccomp") if climbed else ("conj", "xcomp", "advcl")
    if subj is None and verb.dep_ in steps and verb.head.i != verb.i:
        if any(c.dep_ == "nsubj" and c.left_edge.i <= number.i <= c.right_edge.i
               for c in verb.head.children):
            return None  # "1,200 women came forward claiming ...": the counted claim, not of it
        return _subject(verb.head, number, True, participle or verb.dep_ == "advcl")
    if subj is not None and subj.lower_ in ("who", "that", "which") and verb.dep_ == "relcl":
        return verb.head
    return subj


def _resolve(src: Sources, sent: "Span", subject: "Token", k: int,
             speech: bool = False) -> str | None:
    """The claimant's name for a subject token, or None."""
    # The claimant's name; `speech` says a speech verb made it the source, so a name the entity
    # tagger missed still counts ("Zelenskyy said").
    low = subject.lower_
    if in_lines(src.captions, subject.idx):
        return None  # "Thu", "Graphic", a photo credit
    if low in PERSON_PRONOUNS:
        names = [name for start, name in src.persons if start < subject.idx]
        return names[-1] if names else None
    if low in GROUP_PRONOUNS:
        if src.last is not None and k - src.last[0] <= 1:
            return src.last[1]  # "The army said ... It said ...": the source goes on
        earlier = previous_speaker(subject) or antecedent(subject)
        return _resolve(src, sent, earlier, k) if earlier is not None else None
    if subject.pos_ == "PRON" and subject.text.isupper() and len(subject.text) > 1 and \
            (subject.tag_ in ("WP", "WP$", "WDT") or low == "us"):
        # an acronym the tagger read as a pronoun: "WHO said", "US said"
        return next((m.canonical for m in src.entities
                     if m.start <= subject.idx < m.end), subject.text)
    if subject.pos_ == "PRON":
        return None
    if subject.lemma_.lower() in DOCUMENT_NOUNS or low in DOCUMENT_NOUNS:
        author = author_of(subject) or earlier_author(src.doc, subject)
        if author is not None:
            return _resolve(src, sent, author, k)
        return noun_phrase(subject) if any(  # "official figures show": the record speaks
            c.dep_ in ("amod", "compound") for c in subject.children) else None
    if not is_agent(subject, src.entities) and not (
            speech and subject.is_title and subject.ent_type_ not in _NOT_NAMES) and not (
            speech and subject.tag_ == "NNS" and len(low) > 5 and low.endswith(("ers", "ors"))):
        # (doers who speak: "organizers said", "investigators told")
        return None  # "the situation shows", "four fronts": nothing speaks
    named = _named(subject)
    for mention in src.entities:
        if mention.start <= named.idx < mention.end:
            return mention.canonical
    if named.ent_type_ == "PERSON":
        return next(e.text for e in src.doc.ents if e.start <= named.i < e.end)
    holder = role_holder(named, src.entities)
    if holder is not None:
        return holder  # "a government spokesman said" where "the spokesman, Ann Lee" is named
    text = noun_phrase(named)
    if any(c.dep_ == "det" and c.lower_ == "the" for c in named.children) \
            and named.pos_ == "NOUN":
        return _antecedent(src.doc, sent, named) or text
    return text or None
