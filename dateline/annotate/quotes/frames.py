"""The speech frame of a quote: the speech verb attached to it, and that verb's speaker.

A frame is attached when the parse links the verb and the quoted words (the quote is the verb's
complement, or "said X" hangs off the quote), or when the verb sits right against the marks
(`X said: "..."`, `"...," X said`, `"...," said X`). A verb with a complement clause of its own
outside the quote reports something else (`"..." Police confirmed a man was arrested`), so it
is no frame of the quote. Speech told to someone who relays it is the relayer's quote ("X said
the driver told him 'he blacked out'" is X's quote, "AP reports X said '...'" X's); "Y quoted
X as saying" and "according to X" go to X; a participle ("..., saying") to the one who speaks
through it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..lexicon.reporting import REPORTING_VERBS, SPEECH_VERBS
from ..syntax import according_to_object, subject_of, verb_by_parse
from .agents import is_org_noun, is_person_noun
from ..syntax import text_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Speech acts that are not in SPEECH_VERBS because they also count or reveal non-speech, and
# manners of speaking that only introduce a quote.
FRAME_VERBS = SPEECH_VERBS | frozenset("""
admit disclose reveal complain concede boast recount remark comment observe testify whisper
yell murmur reiterate emphasise emphasize vow promise lament describe narrate
mutter growl snap sneer gush muse sigh laugh read
""".split())
# ("read" frames what a text says: "'...,' a statement released by the agency read")
# The edge under a speech verb that leads to what is said ("said: ...", "called it ...",
# "warned of ...", "described it as ..."); adjuncts ("rather than ...") are not speech.
_CONTENT_DEPS = frozenset({"ccomp", "xcomp", "dobj", "attr", "oprd", "acomp", "parataxis",
                           "dep", "advcl"})
_CONTENT_PREPS = frozenset({"as", "of", "about", "that"})
_CLIMB_DEPS = frozenset({"pcomp", "prep", "advcl", "xcomp", "conj"})
_NESTING_DEPS = frozenset({"ccomp", "xcomp", "advcl", "pcomp", "prep", "pobj", "dobj"})
_ADJACENT = 4  # tokens between a closing mark and the verb of `"...," the mayor said`


@dataclass
class Frame:
    verb: "Token"
    speaker: "Token"
    linked: bool  # the parse ties the verb to the quoted words


def _inside(tok: "Token", start: int, end: int) -> bool:
    return start <= tok.idx < end


def _between(doc: "Doc", lo: int, hi: int) -> list["Token"]:
    """The tokens starting in the characters [lo, hi)."""
    span = doc.char_span(lo, hi, alignment_mode="expand") if hi > lo else None
    return [t for t in span or () if lo <= t.idx < hi]


def _governs(verb: "Token", quoted: list["Token"], start: int, end: int) -> int | None:
    """Edges from the verb down to its content inside the quote, or None."""
    # How many edges lead from the verb down to what it says inside the quote (1 for "said X"
    # hanging off the quote); None when the quoted words are not its content.
    best = None
    for tok in quoted:
        child = tok
        for depth, anc in enumerate(tok.ancestors, 1):
            if anc.i == verb.i:
                if child.dep_ in _CONTENT_DEPS or (child.dep_ == "prep"
                                                   and child.lower_ in _CONTENT_PREPS):
                    best = depth if best is None else min(best, depth)
                break
            child = anc
    if best is None and any(_inside(a, start, end) for a in verb.ancestors):
        return 1
    if best is None and verb.dep_ == "parataxis" and not _inside(verb.head, start, end) and \
            any(a.i == verb.head.i for tok in quoted for a in tok.ancestors):
        return 1  # "The plan, Al Roe said, was "...": a parenthetical frame tells its clause
    return best


def _content_elsewhere(verb: "Token", start: int, end: int) -> bool:
    """The verb reports a clause of its own, or announces a thing, outside the quote ("will
    announce the location of its head office"; not "told reporters": people are told)."""
    for child in verb.children:
        if child.dep_ == "ccomp" and not _inside(child, start, end) and not any(
                _inside(t, start, end) for t in child.subtree):
            return True
        if child.dep_ == "dobj" and child.pos_ == "NOUN" and not _inside(child, start, end) \
                and not is_person_noun(child) and not is_org_noun(child) \
                and not any(t.is_quote for t in child.subtree):
            return True
    return False


def _speaker_of(verb: "Token") -> "Token | None":
    """Who speaks with `verb`."""
    # Who speaks with `verb`: "according to X", "quoted X as saying", a participle's reporter, else
    # the verb's subject.
    if verb.lower_ == "according":
        return according_to_object(verb)
    if verb.dep_ == "pcomp" and verb.head.lower_ == "as":
        verb = verb.head.head  # "quoted Kim as saying": the quoting verb decides
    if verb.lemma_.lower() == "quote" and any(c.lower_ == "as" for c in verb.children):
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is not None:
            return obj  # "KCNA quoted Kim as saying": Kim speaks
    if verb.tag_ == "VBG" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return participle_speaker(verb)  # "..., tweeting:" speaks for the outer reporter
    if passive_frame(verb):
        # "Scenes have been described as 'total carnage'": what is described does not speak;
        # its "by" agent does ("was described by police as ..."), else nobody named
        return next((o for a in verb.children if a.dep_ == "agent" for o in a.children
                     if o.dep_ == "pobj"), None)
    reporter = _coordinated_reporter(verb)
    if reporter is not None:
        return subject_of(reporter)
    controller = _object_controller(verb)
    if controller is not None:
        return controller  # "which spurred Thurman to note, '...'": Thurman notes
    subject = subject_of(verb)
    if subject is None and verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head  # "the statement, which added that ..."
    if subject is None:
        return _participle_subject(verb)
    return subject


def _object_controller(verb: "Token") -> "Token | None":
    """The object of the verb that a subjectless infinitive of speech completes: it speaks
    ("prompted the minister to say", "asked him to describe"), not the subject above."""
    if verb.dep_ != "xcomp" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    return next((c for c in verb.head.children if c.dep_ == "dobj"), None)


def passive_frame(verb: "Token") -> bool:
    """A speech verb in the passive, whose subject is what is said of, not who says it
    ("was described as"); "was quoted / heard / cited as saying" names the speaker."""
    return any(c.dep_ == "nsubjpass" for c in verb.children) and \
        verb.lemma_.lower() not in ("quote", "hear", "cite")


def _inherited_in_sentence(verb: "Token", speaker: "Token") -> bool:
    """A subjectless speech verb speaks for a speaker of its own sentence even past a quote
    between them: "Hua said it was "...," adding those parties "should ..."" is Hua's."""
    sent = verb.sent
    if speaker.sent.start != sent.start or any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    marks = sum(t.is_quote for t in verb.doc[sent.start:speaker.i])
    return marks % 2 == 0  # not a word of a quotation itself


def _participle_subject(verb: "Token") -> "Token | None":
    """"Mr De Sa, 31, treated for shock, said:": the parse made the participle a clause of
    its own with the speaker as its subject, and left the speech verb without one."""
    for child in verb.children:
        if child.dep_ in ("ccomp", "advcl") and child.i < verb.i and child.tag_ == "VBN":
            subject = next((c for c in child.children if c.dep_ in ("nsubj", "nsubjpass")),
                           None)
            if subject is not None and (subject.ent_type_ == "PERSON" or subject.pos_ == "PROPN"):
                return subject
    return None


def _coordinated_reporter(verb: "Token") -> "Token | None":
    """The speech verb a subjectless speech verb is coordinated with, when the parse hung it on
    the clause reported instead: in "X said the team had reached a view, but admitted it was
    'not easy'" X admits, not the team (a reported clause does not go on to speak)."""
    if verb.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    clause = verb.head
    if clause.dep_ != "ccomp" or clause.lemma_.lower() in FRAME_VERBS:
        return None
    outer = clause.head
    if outer.pos_ in ("VERB", "AUX") and outer.lemma_.lower() in FRAME_VERBS:
        return outer
    return None


# Verbs of taking one's turn in an exchange: whoever does them speaks the participle after.
_RESPONDING = frozenset({"agree", "respond", "reply", "answer", "retort", "interject", "chime",
                         "counter", "disagree", "concur", "join", "react"})


def participle_speaker(verb: "Token") -> "Token | None":
    """Who speaks through a participle ("..., saying", "tweeting:")."""
    # Who speaks through a participle: "X suggested that Y had promised aid, tweeting: “...”" (the
    # outermost reporter, not Y), "Moscow insists on calling it a “...”" (the verb the participle
    # completes), "Putin made an address urging ..." (the subject of the verb whose object the
    # participle modifies). The sentence root's subject is the last resort.
    if verb.dep_ in ("xcomp", "advcl") and verb.head.lemma_.lower() in _RESPONDING:
        own = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        if own is not None:
            return own  # "while Max Verstappen agreed, saying ...": the one who agreed
    reporter = None
    for ancestor in verb.ancestors:
        if ancestor.pos_ == "VERB" and ancestor.lemma_.lower() in REPORTING_VERBS:
            reporter = ancestor
    if reporter is not None and subject_of(reporter) is not None:
        return subject_of(reporter)
    if verb.dep_ == "acl":
        noun = verb.head
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        verb_above = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
        return owner or (_doer(verb_above) if verb_above is not None else None)
    return _doer(verb) or subject_of(verb.sent.root)


def _doer(verb: "Token") -> "Token | None":
    """Who does `verb`: its subject, or the subject or controlling object above it."""
    # Who does `verb`: its subject, else the subject of the clause it completes, where an object
    # controls an infinitive ("triggered the alert system to send messages": the system sends).
    current = verb
    for _ in range(6):
        subject = next((c for c in current.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            return subject
        if current.dep_ == "xcomp" or (current.dep_ == "advcl" and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in current.children)):
            controller = next((c for c in current.head.children if c.dep_ == "dobj"), None)
            if controller is not None:
                return controller
        if current.dep_ not in _CLIMB_DEPS or current.head == current:
            return None
        current = current.head
    return None


def _told_to_reporter(verb: "Token") -> bool:
    """"the driver told him ...": the words went to someone a pronoun names, who relays them."""
    for child in verb.children:
        if child.dep_ in ("dobj", "dative") and child.pos_ == "PRON":
            return True
        if child.dep_ in ("prep", "dative") and child.lower_ == "to" and any(
                c.dep_ == "pobj" and c.pos_ == "PRON" for c in child.children):
            return True
    return False


def _relayed_by(verb: "Token", start: int, end: int, lo: int, hi: int) -> "Token":
    """The speech verb in [lo, hi) that relays `verb`'s words, else `verb`."""
    # The speech verb in [lo, hi) that relays `verb`'s words: "X said the driver told him '...'" is
    # X's quote; "AP reports X said '...'" stays X's.
    child = verb
    for anc in verb.ancestors:
        if child.dep_ not in _NESTING_DEPS or _inside(anc, start, end) or not lo <= anc.idx < hi:
            break
        if anc.pos_ in ("VERB", "AUX") and anc.lemma_.lower() in FRAME_VERBS:
            speaker = _speaker_of(anc)
            if speaker is None or _inside(speaker, start, end) or not _told_to_reporter(verb):
                break
            verb = anc
        child = anc
    return verb


def _loose_subject(doc: "Doc", verb: "Token", lo: int, hi: int) -> "Token | None":
    """The speaker of a frame whose parse gave the verb no subject in reach."""
    # The speaker of a frame whose parse gave the verb no subject in reach (it hung the name off the
    # quote, or ran the sentence on from the line before): the noun phrase standing between `lo` and
    # the verb, else the one right after the verb ("said X").
    between = [t for t in _between(doc, lo, verb.idx) if t.i < verb.i and not t.is_punct]
    inside = {t.i for t in between}
    roots = [t for t in between if t.head.i not in inside and t.pos_ in ("NOUN", "PROPN")]
    if roots:
        return roots[-1]
    if between:  # "When asked ... would start Eriksson replied:": the name right before
        last = between[-1]
        return last if last.i == verb.i - 1 and last.pos_ == "PROPN" else None
    first = next((t for t in doc[verb.i + 1:verb.i + 1 + _ADJACENT]
                  if t.pos_ in ("NOUN", "PROPN") and t.idx < hi), None)
    while first is not None and first.dep_ in ("compound", "amod", "nmod") \
            and first.head.i > first.i and first.head.idx < hi:
        first = first.head  # "said the lock forward": the phrase's head
    return first


def _adjacent_after(doc: "Doc", verb: "Token", close: int) -> bool:
    """`"...," X said` / `"...," said X`: only the speaker's words lie between mark and verb."""
    between = [t for t in _between(doc, close + 1, verb.idx) if not t.is_punct]
    if not between:
        return True
    subject = _speaker_of(verb)
    if subject is None or not close < subject.idx < verb.idx:
        subject = _loose_subject(doc, verb, close, verb.idx)
    words = {t.i for t in subject.subtree} if subject is not None else set()
    rest = [t for t in between if t.i not in words]
    return len(rest) <= 2 and all(t.dep_ in ("aux", "auxpass", "advmod", "neg") for t in rest)


def _adjacent_before(doc: "Doc", verb: "Token", open_at: int) -> bool:
    """`X said: "..."`, `X said that "..."`, `X told reporters: "..."`: no other clause between."""
    between = _between(doc, verb.idx + 1, open_at)
    if any(t.text in (".", "!", "?", ";") for t in between):
        return False  # `X said. "..."`: X's sentence ended before the quote
    between = [t for t in between if not t.is_punct]
    return all(t.head.i == verb.i or verb.i in {a.i for a in t.ancestors} for t in between) \
        and not any(t.pos_ in ("VERB", "AUX") and t.dep_ in ("ccomp", "conj") for t in between)


# Verbs that frame speech only with their particle: '"...," Ann Lee pointed out'.
PHRASAL_FRAMES = frozenset({("point", "out"), ("spell", "out")})


def _phrasal_frame(verb: "Token") -> bool:
    return any(c.dep_ == "prt" and (verb.lemma_.lower(), c.lower_) in PHRASAL_FRAMES
               for c in verb.children)


def _introduces_next(doc: "Doc", verb: "Token", hi: int) -> bool:
    """Whether the verb's clause runs on to a colon right before the next quote."""
    return text_of(doc)[verb.idx:hi].rstrip().endswith(":")


def _quote_opens_with_verb(quoted: list["Token"], start: int, end: int) -> Frame | None:
    """`a source "said the breaches were linked"`: the quote starts with the speech verb. A
    passive one speaks for no one: `said his statement had not been "written by Number 10"`
    quotes the subject of "said"."""
    verb = quoted[0]
    # it must say something inside the quote: "responded to the crisis" is an act, not speech
    if verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in FRAME_VERBS and not any(
            c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) and any(
            c.dep_ in _CONTENT_DEPS and _inside(c, start, end) for c in verb.children):
        speaker = subject_of(verb)
        if speaker is not None and not _inside(speaker, start, end):
            return Frame(verb, speaker, True)
    return None


def find_frame(doc: "Doc", start: int, end: int, before: tuple[int, int],
               after: tuple[int, int], close: int, open_at: int) -> Frame | None:
    """The speech frame of the quote with content [start, end)."""
    # The speech frame of the quote with content [start, end), looked for in the character windows
    # `before` and `after` the marks.
    quoted = [t for t in doc.char_span(start, end, alignment_mode="expand") or ()
              if _inside(t, start, end)]
    if not quoted:
        return None
    opening = _quote_opens_with_verb(quoted, start, end)
    if opening is not None:
        return opening
    found: list[tuple[int, int, int, Frame]] = []
    for lo, hi, is_after in ((before[0], before[1], False), (after[0], after[1], True)):
        window = doc.char_span(lo, hi, alignment_mode="expand") if hi > lo else None
        for verb in window or ():
            if not lo <= verb.idx < hi or _inside(verb, start, end):
                continue
            if verb.lower_ != "according" and not (
                    (verb.pos_ in ("VERB", "AUX") or verb_by_parse(verb)) and (
                        verb.lemma_.lower() in FRAME_VERBS or _phrasal_frame(verb))):
                continue  # (a speech verb tagged a noun still frames: "..., a statement read")
            speaker = _speaker_of(verb)
            if speaker is None and passive_frame(verb):
                continue  # described by nobody named: no frame of a speaker
            if speaker is None or _inside(speaker, start, end) or not (
                    before[0] <= speaker.idx < after[1] or speaker.pos_ == "PRON"
                    or _inherited_in_sentence(verb, speaker)):
                speaker = _loose_subject(doc, verb, close if is_after else lo, hi)
            if speaker is None or _inside(speaker, start, end):
                continue
            depth = _governs(verb, quoted, start, end)
            if is_after and depth is None and _introduces_next(doc, verb, hi):
                # `"..." X was quoted saying: "..."` frames the next quote; not so a verb that
                # governs this one (`"...," Trump told reporters, adding: "..."`)
                continue
            if depth is None and (_content_elsewhere(verb, start, end) or not (
                    _adjacent_after(doc, verb, close) if is_after
                    else _adjacent_before(doc, verb, open_at))):
                continue
            outer = _relayed_by(verb, start, end, before[0], after[1]) if depth else verb
            if outer is not verb:
                verb, speaker = outer, _speaker_of(outer) or speaker
            distance = verb.idx - close if is_after else open_at - verb.idx
            found.append((0 if depth else 1, depth or 0, distance,
                          Frame(verb, speaker, depth is not None)))
    # a news organisation that "reports" relays the words of whoever else speaks in the
    # sentence: "Martin Bamford said the train sped up and "everyone went flying," the AP
    # reports" (the parse may hang the quote on "reports")
    found = [f for f in found if not _relays(f[3])] or found
    return min(found, key=lambda f: f[:3])[3] if found else None


def _relays(frame: Frame) -> bool:
    speaker = frame.speaker
    return frame.verb.lemma_.lower() == "report" and speaker is not None and (
        speaker.ent_type_ == "ORG" or is_org_noun(speaker))
