"""The speech frame of a quote: the speech verb attached to it, and that verb's speaker.

A frame is attached when the parse links the verb and the quoted words (the quote is the verb's
complement, or "said X" hangs off the quote), or when the verb sits right against the marks
(`X said: "..."`, `"...," X said`, `"...," said X`). A verb with a complement clause of its own
outside the quote reports something else (`"..." Police confirmed a man was arrested`), so it
is no frame of the quote. Speech told to someone who relays it is the relayer's quote ("X said
the driver told him 'he blacked out'" is X's quote, "AP reports X said '...'" X's); "Y quoted
X as saying" and "according to X" go to X; a participle ("..., saying") to the one who speaks
through it (who speaks with a verb: frame_speaker.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..syntax import subject_of, verb_by_parse
from .agents import is_org_noun, is_person_noun
from .frame_speaker import FRAME_VERBS, passive_frame, speaker_of as _speaker_of
from ..syntax import text_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# The edge under a speech verb that leads to what is said ("said: ...", "called it ...",
# "warned of ...", "described it as ..."); adjuncts ("rather than ...") are not speech.
_CONTENT_DEPS = frozenset({"ccomp", "xcomp", "dobj", "attr", "oprd", "acomp", "parataxis",
                           "dep", "advcl"})
_CONTENT_PREPS = frozenset({"as", "of", "about", "that"})
_NESTING_DEPS = frozenset({"ccomp", "xcomp", "advcl", "pcomp", "prep", "pobj", "dobj"})
_PARENTHETICAL = 50  # the depth a parenthetical frame ranks at
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
        # "The plan, Al Roe said, was "...": a parenthetical frame tells its clause (after any
        # frame the parse ties to the quote itself)
        return _PARENTHETICAL
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


def _inherited_in_sentence(verb: "Token", speaker: "Token") -> bool:
    """A subjectless speech verb speaks for a speaker of its own sentence even past a quote
    between them: "Hua said it was "...," adding those parties "should ..."" is Hua's."""
    sent = verb.sent
    if speaker.sent.start != sent.start or any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    marks = sum(t.is_quote for t in verb.doc[sent.start:speaker.i])
    return marks % 2 == 0  # not a word of a quotation itself


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
